//! A Twilio REST stand-in: the Messages endpoint with Twilio's auth, validation and error JSON,
//! plus the webhooks Twilio sends back (signed status callbacks and inbound SMS). Portico's own
//! Twilio client talks to it over HTTP, so the wire format is what is under test.

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use ring::hmac;
use serde_json::{Value, json};
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How the stand-in misbehaves, mirroring what Twilio actually does when things go wrong.
#[derive(Clone, Debug)]
pub enum Failure {
    Http500,
    /// Sleep this long, then answer 500: lets tests prove Portico's client times out.
    Timeout(Duration),
    /// A Twilio error JSON body (`code`, `message`, `more_info`, `status`) with this HTTP status.
    Error {
        code: u32,
        http_status: u16,
    },
    /// Take the message (it will reach the phone) but lose the answer: a proxy's HTML error
    /// page instead of JSON. Portico cannot know whether Twilio took it.
    AcceptThenGarble,
    /// A slow Twilio: hold the request this long before taking the message, then answer as
    /// usual (the message is not listed while held).
    SlowAccept(Duration),
    /// Take the message at once (it is listed), then hold the answer this long.
    AcceptThenHold(Duration),
}

/// One message Twilio accepted.
#[derive(Clone, Debug)]
pub struct SentSms {
    pub sid: String,
    pub to: String,
    pub from: Option<String>,
    pub messaging_service_sid: Option<String>,
    pub body: String,
    pub status_callback: Option<String>,
    pub validity_period: Option<u32>,
    pub num_segments: u32,
    pub created: jiff::Timestamp,
}

#[derive(Default)]
struct Inner {
    requests: AtomicUsize,
    state: Mutex<Faults>,
    client: reqwest::Client,
}

#[derive(Default)]
struct Faults {
    messages: Vec<SentSms>,
    fail_next: Option<(usize, Failure)>,
    fail_for: HashMap<String, Failure>,
    auto_callbacks: Vec<String>,
    /// (message sid, status, HTTP status Portico answered) for every callback posted.
    callbacks: Vec<(String, String, u16)>,
    /// Dates messages with this clock instead of the wall clock (Portico's test clock).
    clock: Option<portico::clock::ManualClock>,
    /// Answer the list endpoint with a 500.
    listing_fails: bool,
}

#[derive(Clone)]
pub struct TwilioStandIn {
    pub base: String,
    pub account_sid: String,
    pub auth_token: String,
    pub from: String,
    inner: Arc<Inner>,
}

impl TwilioStandIn {
    /// Start on a fresh loopback port with fresh credentials. (An associated fn, so the
    /// `standins::*` re-export does not clash with `SmtpServer::start`.)
    pub async fn start() -> TwilioStandIn {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind twilio stand-in");
        let t = TwilioStandIn {
            base: format!("http://{}", listener.local_addr().expect("addr")),
            account_sid: format!("AC{}", hex32()),
            auth_token: hex32(),
            from: "+15005550006".into(),
            inner: Arc::default(),
        };
        let app = Router::new()
            .route("/2010-04-01/Accounts/{sid}/Messages.json", post(create_message).get(list_messages))
            .fallback(|| async { error(20404, 404, "The requested resource was not found") })
            .with_state(t.clone());
        tokio::spawn(async move { axum::serve(listener, app).await.expect("twilio stand-in") });
        t
    }

    fn faults(&self) -> std::sync::MutexGuard<'_, Faults> {
        self.inner.state.lock().expect("twilio state")
    }

    pub fn messages(&self) -> Vec<SentSms> {
        self.faults().messages.clone()
    }

    /// Every request to the Messages endpoint, accepted or not (retries show up here).
    pub fn requests(&self) -> usize {
        self.inner.requests.load(Ordering::SeqCst)
    }

    /// Status callbacks posted so far: (message sid, status, HTTP status Portico answered).
    pub fn callbacks(&self) -> Vec<(String, String, u16)> {
        self.faults().callbacks.clone()
    }

    pub fn fail_next(&self, n: usize, f: Failure) {
        self.faults().fail_next = Some((n, f));
    }

    pub fn fail_always_for(&self, to: &str, f: Failure) {
        self.faults().fail_for.insert(to.to_string(), f);
    }

    /// Date messages by this clock (the app's), as Twilio's clock would follow real time.
    pub fn use_clock(&self, clock: portico::clock::ManualClock) {
        self.faults().clock = Some(clock);
    }

    fn now(&self) -> jiff::Timestamp {
        use portico::clock::Clock;
        self.faults().clock.as_ref().map(|c| c.now()).unwrap_or_else(jiff::Timestamp::now)
    }

    /// Make `GET …/Messages.json` fail (Portico cannot ask what was sent).
    pub fn fail_listing(&self, fails: bool) {
        self.faults().listing_fails = fails;
    }

    /// Put a message on record as if it had been sent (by anyone, at any time).
    pub fn inject(&self, msg: SentSms) {
        self.faults().messages.push(msg);
    }

    pub fn recover(&self) {
        let mut s = self.faults();
        s.fail_next = None;
        s.fail_for.clear();
    }

    /// After each accepted message with a StatusCallback, post these statuses in order.
    pub fn set_auto_callbacks(&self, statuses: &[&str]) {
        self.faults().auto_callbacks = statuses.iter().map(|s| s.to_string()).collect();
    }

    /// `undelivered` and `failed` carry ErrorCode 30008 ("unknown error"), as Twilio always
    /// sends one for them; use `send_status_with_error` to choose it or leave it out.
    pub async fn send_status(&self, sid: &str, status: &str) -> u16 {
        let code = matches!(status, "undelivered" | "failed").then_some(30008);
        self.send_status_with_error(sid, status, code).await
    }

    pub async fn send_status_with_error(&self, sid: &str, status: &str, error_code: Option<u32>) -> u16 {
        let msg = self
            .messages()
            .into_iter()
            .find(|m| m.sid == sid)
            .unwrap_or_else(|| panic!("twilio stand-in never sent {sid}"));
        let url =
            msg.status_callback.clone().unwrap_or_else(|| panic!("message {sid} was sent without a StatusCallback"));
        let from = msg.from.clone().unwrap_or_else(|| self.from.clone());
        let code = error_code.map(|c| c.to_string());
        let mut params = vec![
            ("AccountSid", self.account_sid.as_str()),
            ("ApiVersion", "2010-04-01"),
            ("From", &from),
            ("MessageSid", sid),
            ("MessageStatus", status),
            ("SmsSid", sid),
            ("SmsStatus", status),
            ("To", &msg.to),
        ];
        if let Some(c) = &code {
            params.push(("ErrorCode", c));
        }
        if let Some(m) = &msg.messaging_service_sid {
            params.push(("MessagingServiceSid", m));
        }
        let (answered, _) = self.post_signed(&url, &params, None).await;
        let record = (sid.to_string(), status.to_string(), answered);
        self.faults().callbacks.push(record);
        answered
    }

    /// An inbound SMS webhook as Twilio posts it, signed with this account's token.
    pub async fn inbound(&self, url: &str, from: &str, to: &str, body: &str) -> (u16, String) {
        let sid = format!("SM{}", hex32());
        let segments = segments(body).to_string();
        let params = [
            ("AccountSid", self.account_sid.as_str()),
            ("ApiVersion", "2010-04-01"),
            ("Body", body),
            ("From", from),
            ("MessageSid", &sid),
            ("NumMedia", "0"),
            ("NumSegments", &segments),
            ("SmsStatus", "received"),
            ("To", to),
        ];
        self.post_signed(url, &params, None).await
    }

    /// POST a form the way Twilio does; `signature_override` forges the signature header.
    pub async fn post_signed(
        &self,
        url: &str,
        params: &[(&str, &str)],
        signature_override: Option<&str>,
    ) -> (u16, String) {
        let owned: Vec<(String, String)> = params.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        let signature = signature_override.map(str::to_string).unwrap_or_else(|| sign(&self.auth_token, url, &owned));
        let r = self
            .inner
            .client
            .post(url)
            .header("X-Twilio-Signature", signature)
            .header("User-Agent", "TwilioProxy/1.1")
            .form(&owned)
            .send()
            .await
            .unwrap_or_else(|e| panic!("twilio stand-in could not post to {url}: {e}"));
        let status = r.status().as_u16();
        (status, r.text().await.expect("webhook response body"))
    }
}

/// Twilio's request signature: base64(HMAC-SHA1(token, url + sorted key/value pairs)).
pub fn sign(auth_token: &str, url: &str, params: &[(String, String)]) -> String {
    let mut sorted: Vec<&(String, String)> = params.iter().collect();
    sorted.sort();
    let mut data = url.to_string();
    for (k, v) in sorted {
        data.push_str(k);
        data.push_str(v);
    }
    let key = hmac::Key::new(hmac::HMAC_SHA1_FOR_LEGACY_USE_ONLY, auth_token.as_bytes());
    STANDARD.encode(hmac::sign(&key, data.as_bytes()).as_ref())
}

/// GSM 03.38 basic set (without ESC); extension-table characters cost two septets.
const GSM7_BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?\
¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const GSM7_EXTENSION: &str = "\x0c^{}\\[~]|€";

/// How many SMS segments Twilio bills for `body` (GSM-7 when possible, else UCS-2).
pub fn segments(body: &str) -> u32 {
    let septets: Option<u32> = body
        .chars()
        .map(|c| match c {
            c if GSM7_BASIC.contains(c) => Some(1),
            c if GSM7_EXTENSION.contains(c) => Some(2),
            _ => None,
        })
        .sum();
    match septets {
        Some(n) if n <= 160 => 1,
        Some(n) => n.div_ceil(153),
        None => match body.encode_utf16().count() as u32 {
            n if n <= 70 => 1,
            n => n.div_ceil(67),
        },
    }
}

fn hex32() -> String {
    let mut bytes = [0u8; 16];
    ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut bytes).expect("rng");
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn error(code: u32, status: u16, message: &str) -> Response {
    let status = StatusCode::from_u16(status).expect("http status");
    let body = json!({
        "code": code, "message": message, "status": status.as_u16(),
        "more_info": format!("https://www.twilio.com/docs/errors/{code}"),
    });
    (status, axum::Json(body)).into_response()
}

async fn fail(f: Failure) -> Response {
    match f {
        Failure::Http500 => error(20500, 500, "Internal Server Error"),
        Failure::Timeout(d) => {
            tokio::time::sleep(d).await;
            error(20500, 500, "Internal Server Error")
        }
        Failure::Error { code, http_status } => error(code, http_status, &format!("Error {code} (injected)")),
        Failure::AcceptThenGarble | Failure::SlowAccept(_) | Failure::AcceptThenHold(_) => {
            error(20500, 500, "Internal Server Error")
        }
    }
}

fn basic_auth(headers: &HeaderMap) -> Option<(String, String)> {
    let value = headers.get("authorization")?.to_str().ok()?;
    let raw = STANDARD.decode(value.strip_prefix("Basic ")?.trim()).ok()?;
    let (user, pass) = String::from_utf8(raw).ok()?.split_once(':').map(|(u, p)| (u.to_string(), p.to_string()))?;
    Some((user, pass))
}

fn is_e164(n: &str) -> bool {
    n.strip_prefix('+').is_some_and(|d| (8..=15).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()))
}

async fn create_message(
    State(t): State<TwilioStandIn>,
    Path(sid): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    t.inner.requests.fetch_add(1, Ordering::SeqCst);
    if basic_auth(&headers) != Some((t.account_sid.clone(), t.auth_token.clone())) {
        return error(20003, 401, "Authenticate");
    }
    if sid != t.account_sid {
        return error(20404, 404, "The requested resource was not found");
    }
    let form: Vec<(String, String)> = url::form_urlencoded::parse(&body).into_owned().collect();
    let get = |k: &str| form.iter().find(|(n, v)| n == k && !v.is_empty()).map(|(_, v)| v.clone());
    let to = get("To");
    let injected = {
        let mut guard = t.faults();
        let s = &mut *guard;
        match &mut s.fail_next {
            Some((n, f)) if *n > 0 => {
                *n -= 1;
                Some(f.clone())
            }
            _ => to.as_ref().and_then(|to| s.fail_for.get(to).cloned()),
        }
    };
    let garble = matches!(injected, Some(Failure::AcceptThenGarble));
    let mut hold_answer = None;
    match injected {
        Some(Failure::SlowAccept(d)) => tokio::time::sleep(d).await,
        Some(Failure::AcceptThenHold(d)) => hold_answer = Some(d),
        Some(f) if !garble => return fail(f).await,
        _ => {}
    }
    let Some(to) = to else {
        return error(21604, 400, "A 'To' phone number is required.");
    };
    let (from, mss) = (get("From"), get("MessagingServiceSid"));
    if from.is_some() == mss.is_some() {
        return error(21603, 400, "Exactly one of 'From' or 'MessagingServiceSid' is required.");
    }
    let Some(text) = get("Body") else {
        return error(21602, 400, "Message body is required.");
    };
    if !is_e164(&to) {
        return error(21211, 400, &format!("Invalid 'To' Phone Number: {to}"));
    }
    if text.chars().count() > 1600 {
        return error(21617, 400, "The concatenated message body exceeds the 1600 character limit.");
    }
    let validity_period = match get("ValidityPeriod").map(|v| v.parse::<u32>()) {
        None => None,
        Some(Ok(v)) if (1..=36000).contains(&v) => Some(v),
        Some(_) => return error(21624, 400, "Invalid validity period value"),
    };
    let msg = SentSms {
        sid: format!("SM{}", hex32()),
        to,
        from,
        messaging_service_sid: mss,
        num_segments: segments(&text),
        body: text,
        status_callback: get("StatusCallback"),
        validity_period,
        created: t.now(),
    };
    let auto = {
        let mut s = t.faults();
        s.messages.push(msg.clone());
        s.auto_callbacks.clone()
    };
    if msg.status_callback.is_some() && !auto.is_empty() {
        let (t, sid) = (t.clone(), msg.sid.clone());
        tokio::spawn(async move {
            // Real callbacks never beat the API response; give Portico a beat to store the sid.
            tokio::time::sleep(Duration::from_millis(100)).await;
            for status in auto {
                t.send_status(&sid, &status).await;
            }
        });
    }
    if garble {
        return (StatusCode::CREATED, "<html><body>502 Bad Gateway</body></html>").into_response();
    }
    if let Some(d) = hold_answer {
        tokio::time::sleep(d).await;
    }
    (StatusCode::CREATED, axum::Json(message_json(&t.account_sid, &msg))).into_response()
}

/// A message resource as Twilio writes it.
fn message_json(account_sid: &str, msg: &SentSms) -> Value {
    let date = jiff::fmt::rfc2822::to_string(&msg.created.to_zoned(jiff::tz::TimeZone::UTC)).expect("rfc2822 date");
    json!({
        "sid": msg.sid, "account_sid": account_sid, "to": msg.to,
        "from": msg.from, "messaging_service_sid": msg.messaging_service_sid,
        "body": msg.body, "status": "queued", "num_segments": msg.num_segments.to_string(),
        "num_media": "0", "direction": "outbound-api", "api_version": "2010-04-01",
        "date_created": date, "date_updated": date, "date_sent": null,
        "price": null, "price_unit": "USD", "error_code": null, "error_message": null,
        "uri": format!("/2010-04-01/Accounts/{account_sid}/Messages/{}.json", msg.sid),
    })
}

/// `GET …/Messages.json?To=…&PageSize=…`: newest first, as Twilio lists them.
async fn list_messages(
    State(t): State<TwilioStandIn>,
    Path(sid): Path<String>,
    headers: HeaderMap,
    axum::extract::Query(q): axum::extract::Query<HashMap<String, String>>,
) -> Response {
    if basic_auth(&headers) != Some((t.account_sid.clone(), t.auth_token.clone())) {
        return error(20003, 401, "Authenticate");
    }
    if sid != t.account_sid {
        return error(20404, 404, "The requested resource was not found");
    }
    if t.faults().listing_fails {
        return error(20500, 500, "Internal Server Error");
    }
    let size: usize = q.get("PageSize").and_then(|s| s.parse().ok()).unwrap_or(50).min(1000);
    let messages: Vec<Value> = t
        .messages()
        .iter()
        .rev()
        .filter(|m| q.get("To").is_none_or(|to| *to == m.to))
        .filter(|m| q.get("From").is_none_or(|from| m.from.as_ref() == Some(from)))
        .take(size)
        .map(|m| message_json(&t.account_sid, m))
        .collect();
    axum::Json(json!({"messages": messages, "page": 0, "page_size": size, "next_page_uri": null})).into_response()
}

/// The signer reproduces signatures computed by Twilio's own helper library.
#[test]
pub fn check_vectors() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vectors/twilio-signatures.json");
    let text = std::fs::read_to_string(path).expect("twilio signature vectors");
    let doc: Value = serde_json::from_str(&text).expect("vectors JSON");
    let cases = doc["cases"].as_array().expect("cases");
    assert!(!cases.is_empty());
    for case in cases {
        let params: Vec<(String, String)> = case["params"]
            .as_object()
            .expect("params")
            .iter()
            .map(|(k, v)| (k.clone(), v.as_str().expect("string param").to_string()))
            .collect();
        let got = sign(case["auth_token"].as_str().expect("auth_token"), case["url"].as_str().expect("url"), &params);
        assert_eq!(got, case["signature"].as_str().expect("signature"), "{}", case["description"]);
    }
}
