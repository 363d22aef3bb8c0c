//! Live conversations over Server-Sent Events, read here as a browser's `EventSource` reads
//! them: a staff reply reaches the patient's open stream and the patient's message the staff
//! stream; typing notices cross and are throttled; a reconnect with `Last-Event-ID` gets
//! exactly what it missed, in order; a stream carries nothing of another patient or clinic;
//! signing out closes it; a reply's alert waits and is not sent once the patient has read it
//! on the page; and a second server on the same PostgreSQL streams what the first stored,
//! also after its listener connection was dropped.

use crate::helpers::*;
use reqwest::StatusCode;
use serde_json::{Value, json};
use std::time::Duration;

/// One event as `EventSource` sees it.
#[derive(Debug, Clone)]
pub struct SseEvent {
    pub id: Option<String>,
    pub event: String,
    pub data: Value,
}

/// An open event stream.
pub struct Sse {
    response: reqwest::Response,
    buffer: String,
}

impl Sse {
    /// Open `url` with the browser's cookies, as a reconnect after `last_id` when given.
    pub async fn open(b: &Browser, url: &str, last_id: Option<&str>) -> Result<Sse, (StatusCode, String)> {
        let mut request =
            http_client().get(url).header("cookie", b.cookie_header()).header("accept", "text/event-stream");
        if let Some(id) = last_id {
            request = request.header("last-event-id", id);
        }
        let response = request.send().await.expect("stream request");
        if response.status() != StatusCode::OK {
            let status = response.status();
            return Err((status, response.text().await.unwrap_or_default()));
        }
        let kind = response.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
        assert!(kind.starts_with("text/event-stream"), "{kind}");
        Ok(Sse { response, buffer: String::new() })
    }

    /// The next event within `wait`; `None` if none came or the stream ended.
    pub async fn next(&mut self, wait: Duration) -> Option<SseEvent> {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            if let Some(end) = self.buffer.find("\n\n") {
                let block: String = self.buffer.drain(..end + 2).collect();
                if let Some(e) = parse_block(&block) {
                    return Some(e);
                }
                continue;
            }
            let chunk = tokio::time::timeout_at(deadline, self.response.chunk()).await.ok()?.ok()??;
            self.buffer.push_str(&String::from_utf8_lossy(&chunk));
        }
    }

    /// The next event named `kind` within `wait`, skipping others.
    pub async fn next_of(&mut self, kind: &str, wait: Duration) -> Option<SseEvent> {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            let e = self.next(left).await?;
            if e.event == kind {
                return Some(e);
            }
        }
    }

    /// Whether the server closed the stream within `wait`.
    pub async fn ends_within(&mut self, wait: Duration) -> bool {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            match tokio::time::timeout_at(deadline, self.response.chunk()).await {
                Err(_) => return false,
                Ok(Ok(Some(_))) => continue,
                Ok(_) => return true,
            }
        }
    }
}

fn parse_block(block: &str) -> Option<SseEvent> {
    let (mut id, mut event, mut data) = (None, "message".to_string(), String::new());
    for line in block.lines() {
        if let Some(v) = line.strip_prefix("id:") {
            id = Some(v.trim().to_string());
        } else if let Some(v) = line.strip_prefix("event:") {
            event = v.trim().to_string();
        } else if let Some(v) = line.strip_prefix("data:") {
            data.push_str(v.trim_start());
        }
    }
    // A keep-alive comment has no data.
    if data.is_empty() {
        return None;
    }
    Some(SseEvent { id, event, data: serde_json::from_str(&data).expect("event data is JSON") })
}

const SOON: Duration = Duration::from_secs(5);
const QUIET: Duration = Duration::from_millis(700);

/// Nina on the care team, signed in with the link of her sign-in email (dev outbox).
pub async fn nina(app: &TestApp) -> Browser {
    staff_member(app, "nina@lakeside.example", "Nina Okafor", &app.api_key).await
}

pub async fn staff_member(app: &TestApp, email: &str, name: &str, key: &str) -> Browser {
    staff_member_as(app, email, name, key, "nurse").await
}

/// A member of the care team in `role`, signed in by the link of their sign-in email.
pub async fn staff_member_as(app: &TestApp, email: &str, name: &str, key: &str, role: &str) -> Browser {
    let r = app
        .client
        .post(app.url("/api/v1/staff"))
        .bearer_auth(key)
        .json(&json!({"email": email, "role": role, "name": name}))
        .send()
        .await
        .unwrap();
    assert!(r.status().is_success(), "{}", r.text().await.unwrap());
    let b = app.browser();
    let page = b.get("/staff/signin").await;
    let csrf = form_field(&page.text, "csrf").unwrap();
    b.post_form("/staff/signin", &[("csrf", &csrf), ("email", email)]).await;
    let outbox = app.outbox().await;
    let mail = outbox.iter().rev().find(|m| m["to"] == email).expect("a sign-in email");
    let link = mail["body"].as_str().unwrap().split_whitespace().find(|w| w.contains("/staff/s/")).unwrap().to_string();
    let r = b.redeem(&link).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
    b
}

/// Maria in a stepped-up session on her thread: her browser and the thread's path.
async fn maria_on_her_thread(app: &TestApp) -> (Value, Browser, String) {
    let maria = app.maria().await;
    let (b, thread) = app.stepped_up_browser(&maria, "thread").await;
    (maria, b, thread)
}

async fn patient_writes(b: &Browser, thread: &str, text: &str) {
    let page = b.get(thread).await;
    let csrf = form_field(&page.text, "csrf").unwrap();
    let r = b.post_form(&format!("{thread}/messages"), &[("csrf", &csrf), ("body", text)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
}

async fn staff_replies(b: &Browser, thread_id: &str, text: &str) {
    let path = format!("/staff/conversations/{thread_id}");
    let page = b.get(&path).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    let csrf = form_field(&page.text, "csrf").unwrap();
    let r = b.post_form(&format!("{path}/reply"), &[("csrf", &csrf), ("body", text)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
}

async fn post_typing(b: &Browser, page_path: &str, typing_path: &str) -> StatusCode {
    let page = b.get(page_path).await;
    let csrf = form_field(&page.text, "csrf").unwrap();
    b.post_form(typing_path, &[("csrf", &csrf)]).await.status
}

fn thread_id_of(path: &str) -> String {
    path.rsplit('/').next().unwrap().to_string()
}

crate::backend_tests! {
    async fn a_staff_reply_appears_on_the_patients_stream_and_the_patients_message_on_the_staff_stream(app) {
        let (_, patient, thread) = maria_on_her_thread(&app).await;
        let staff = nina(&app).await;
        let id = thread_id_of(&thread);
        let mut patient_stream = Sse::open(&patient, &app.url(&format!("{thread}/live")), None).await.unwrap();
        let mut staff_stream = Sse::open(&staff, &app.url("/staff/live"), None).await.unwrap();

        staff_replies(&staff, &id, "Yes, 3 pm works.").await;
        let seen = patient_stream.next_of("message", SOON).await.expect("the reply on the patient's stream");
        assert_eq!(seen.data["body"], "Yes, 3 pm works.");
        assert_eq!(seen.data["author"], "staff");
        assert_eq!(seen.data["sender"], "Nina Okafor");
        assert!(seen.data.get("unverified").is_none(), "staff-only fields stay off the patient's stream");
        let echo = staff_stream.next_of("message", SOON).await.expect("the reply on the staff stream");
        assert_eq!(echo.data["thread"], id.as_str());

        patient_writes(&patient, &thread, "Thank you!").await;
        let got = staff_stream.next_of("message", SOON).await.expect("the patient's message on the staff stream");
        assert_eq!(got.data["body"], "Thank you!");
        assert_eq!(got.data["author"], "patient");
        assert_eq!(got.data["patient"], "Maria Lopez");
        let mine = patient_stream.next_of("message", SOON).await.expect("the patient's own message, for other tabs");
        assert_eq!(mine.data["body"], "Thank you!");
    }

    async fn typing_notices_cross_to_the_other_side_without_staff_names_and_are_throttled(app) {
        let (_, patient, thread) = maria_on_her_thread(&app).await;
        let staff = nina(&app).await;
        let id = thread_id_of(&thread);
        let page = format!("/staff/conversations/{id}");
        let mut patient_stream = Sse::open(&patient, &app.url(&format!("{thread}/live")), None).await.unwrap();
        let mut staff_stream = Sse::open(&staff, &app.url("/staff/live"), None).await.unwrap();

        assert_eq!(post_typing(&staff, &page, &format!("{page}/typing")).await, StatusCode::NO_CONTENT);
        let typing = patient_stream.next_of("typing", SOON).await.expect("the patient sees the team typing");
        // Maria reads Spanish.
        assert_eq!(typing.data["text"], "El equipo de atención está escribiendo…");
        assert_eq!(typing.data["thread"], id.as_str());
        assert!(typing.id.is_none(), "typing is not a durable event");
        assert!(staff_stream.next_of("typing", QUIET).await.is_none(), "nobody is told of their own typing");
        // A second notice at once is refused (the clock has not moved).
        assert_eq!(post_typing(&staff, &page, &format!("{page}/typing")).await, StatusCode::TOO_MANY_REQUESTS);
        app.clock.advance(Duration::from_secs(3));
        assert_eq!(post_typing(&staff, &page, &format!("{page}/typing")).await, StatusCode::NO_CONTENT);
        assert!(patient_stream.next_of("typing", SOON).await.is_some());

        assert_eq!(post_typing(&patient, &thread, &format!("{thread}/typing")).await, StatusCode::NO_CONTENT);
        let seen = staff_stream.next_of("typing", SOON).await.expect("staff see the patient typing");
        assert_eq!(seen.data["text"], "The patient is typing…");
        assert_eq!(app.state.store.messages(&app.clinic.id, &portico::domain::ThreadId::parse(&id).unwrap()).await.unwrap().len(), 0, "typing stores no message");

        // The clinic may show who is typing.
        assert_eq!(app.patch("/clinic", &json!({"live_typing_names": true})).await.status, StatusCode::OK);
        let mut named = Sse::open(&patient, &app.url(&format!("{thread}/live")), None).await.unwrap();
        app.clock.advance(Duration::from_secs(3));
        assert_eq!(post_typing(&staff, &page, &format!("{page}/typing")).await, StatusCode::NO_CONTENT);
        let typing = named.next_of("typing", SOON).await.unwrap();
        assert_eq!(typing.data["text"], "Nina Okafor está escribiendo…");
    }

    async fn a_reconnect_with_last_event_id_gets_every_missed_event_once_in_order(app) {
        let (_, patient, thread) = maria_on_her_thread(&app).await;
        let staff = nina(&app).await;
        let id = thread_id_of(&thread);
        let url = app.url(&format!("{thread}/live"));
        let mut stream = Sse::open(&patient, &url, None).await.unwrap();
        staff_replies(&staff, &id, "first").await;
        let first = stream.next_of("message", SOON).await.unwrap();
        let last_id = first.id.clone().expect("durable events carry an id");
        drop(stream);
        for text in ["second", "third", "fourth"] {
            staff_replies(&staff, &id, text).await;
        }
        let mut again = Sse::open(&patient, &url, Some(&last_id)).await.unwrap();
        let mut bodies = vec![];
        let mut ids = vec![];
        while let Some(e) = again.next(QUIET).await {
            if e.event == "message" {
                bodies.push(e.data["body"].as_str().unwrap().to_string());
                ids.push(e.id.unwrap().parse::<i64>().unwrap());
            }
        }
        assert_eq!(bodies, ["second", "third", "fourth"]);
        assert!(ids.windows(2).all(|w| w[0] < w[1]), "{ids:?}");
        assert!(ids[0] > last_id.parse::<i64>().unwrap());
    }

    async fn a_patients_stream_carries_nothing_of_another_patient_and_a_staff_stream_nothing_of_another_clinic(app) {
        let (_, maria, maria_thread) = maria_on_her_thread(&app).await;
        let ana = app.create_patient(json!({"name": "Ana Ruiz", "phone": "+13125550177", "email": "ana@example.com", "language": "en"})).await;
        let (ana_b, ana_thread) = app.stepped_up_browser(&ana, "thread").await;
        // Another patient's thread is not Maria's to stream.
        let refused = Sse::open(&maria, &app.url(&format!("{ana_thread}/live")), None).await.err().expect("refused");
        assert_eq!(refused.0, StatusCode::NOT_FOUND);
        let (other_clinic, other_key) = portico::clinics::create_clinic(
            &*app.state.store, &*app.state.clock, "Riverside Pediatrics", Some("+13125550300"), "America/Chicago",
        ).await.unwrap();
        let outsider = staff_member(&app, "omar@riverside.example", "Omar Haddad", &other_key).await;
        let mut outsider_stream = Sse::open(&outsider, &app.url("/staff/live"), None).await.unwrap();
        let mut maria_stream = Sse::open(&maria, &app.url(&format!("{maria_thread}/live")), None).await.unwrap();
        let staff = nina(&app).await;
        let mut staff_stream = Sse::open(&staff, &app.url("/staff/live"), None).await.unwrap();

        patient_writes(&ana_b, &ana_thread, "Ana's private words").await;
        staff_replies(&staff, &thread_id_of(&ana_thread), "For Ana only").await;
        let first = staff_stream.next_of("message", SOON).await.expect("the clinic's own staff see it");
        assert_eq!(first.data["body"], "Ana's private words");
        assert!(maria_stream.next(QUIET).await.is_none(), "Maria's stream carries nothing of Ana's thread");
        assert!(outsider_stream.next(QUIET).await.is_none(), "another clinic's staff see nothing");
        // Not even by replaying from the start.
        let mut replay = Sse::open(&outsider, &app.url("/staff/live"), Some("0")).await.unwrap();
        assert!(replay.next(QUIET).await.is_none());
        let mut replay = Sse::open(&maria, &app.url(&format!("{maria_thread}/live")), Some("0")).await.unwrap();
        assert!(replay.next(QUIET).await.is_none());
        // Both streams were open all along: each carries its own side's next message.
        staff_replies(&staff, &thread_id_of(&maria_thread), "For Maria").await;
        let own = maria_stream.next_of("message", SOON).await.expect("Maria's stream is live");
        assert_eq!(own.data["body"], "For Maria");
        let theirs = app
            .client
            .post(app.url("/api/v1/patients"))
            .bearer_auth(&other_key)
            .json(&json!({"name": "Omar's patient", "phone": "+13125550188"}))
            .send()
            .await
            .unwrap()
            .json::<Value>()
            .await
            .unwrap();
        let r = app
            .client
            .post(app.url(&format!("/api/v1/patients/{}/messages", theirs["id"].as_str().unwrap())))
            .bearer_auth(&other_key)
            .json(&json!({"body": "Riverside's own", "sender": "Omar Haddad"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::CREATED);
        let got = outsider_stream.next_of("message", SOON).await.expect("the other clinic's stream is live");
        assert_eq!(got.data["body"], "Riverside's own");
        let _ = other_clinic;
    }

    async fn signing_out_closes_the_open_stream_and_a_signed_out_browser_cannot_open_one(app) {
        let (_, patient, thread) = maria_on_her_thread(&app).await;
        let url = app.url(&format!("{thread}/live"));
        let mut stream = Sse::open(&patient, &url, None).await.unwrap();
        let page = patient.get(&thread).await;
        let csrf = form_field(&page.text, "csrf").unwrap();
        assert_eq!(patient.post_form("/p/sign-out", &[("csrf", &csrf)]).await.status, StatusCode::OK);
        assert!(stream.ends_within(SOON).await, "the stream closes at sign-out");
        let refused = Sse::open(&patient, &url, None).await.err().expect("refused after sign-out");
        assert_eq!(refused.0, StatusCode::UNAUTHORIZED);

        let staff = nina(&app).await;
        let mut staff_stream = Sse::open(&staff, &app.url("/staff/live"), None).await.unwrap();
        let inbox = staff.get("/staff").await;
        let csrf = form_field(&inbox.text, "csrf").unwrap();
        staff.post_form("/staff/signout", &[("csrf", &csrf)]).await;
        assert!(staff_stream.ends_within(SOON).await, "the staff stream closes at sign-out");
    }

    async fn a_stream_needs_a_stepped_up_session_and_past_the_limit_a_tab_gets_a_clear_refusal(app) {
        let maria = app.maria().await;
        let l = app.link(json!({"patient_id": maria["id"], "purpose": "thread"})).await;
        let b = app.browser();
        let r = b.redeem(l["url"].as_str().unwrap()).await;
        let thread = r.header("location").unwrap().to_string();
        let not_yet = Sse::open(&b, &app.url(&format!("{thread}/live")), None).await.err().expect("not stepped up");
        assert_eq!(not_yet.0, StatusCode::UNAUTHORIZED);

        let (_, patient, thread) = maria_on_her_thread(&app).await;
        let url = app.url(&format!("{thread}/live"));
        let mut open = vec![];
        for _ in 0..8 {
            open.push(Sse::open(&patient, &url, None).await.unwrap());
        }
        let (status, text) = Sse::open(&patient, &url, None).await.err().expect("the ninth is refused");
        assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
        assert!(text.contains("LIVE-LIMIT") && says(&text, "es", "live-too-many-tabs"), "{text}");
        open.pop();
        // Closing one makes room (the server notices the closed stream).
        let mut reopened = None;
        for _ in 0..50 {
            if let Ok(s) = Sse::open(&patient, &url, None).await {
                reopened = Some(s);
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert!(reopened.is_some(), "a closed tab frees its place");
    }

    async fn a_reply_alert_waits_two_minutes_and_is_not_sent_when_the_patient_read_it_on_the_page(app) {
        let (maria, patient, thread) = maria_on_her_thread(&app).await;
        let staff = nina(&app).await;
        let id = thread_id_of(&thread);
        let maria_id = portico::domain::PatientId::parse(maria["id"].as_str().unwrap()).unwrap();
        let alerts = || async {
            let all = app.state.store.deliveries_for(&app.clinic.id, &maria_id, 100).await.unwrap();
            let mut alerts: Vec<_> = all.into_iter().filter(|d| d.purpose == portico::domain::DeliveryPurpose::MessageAlert).collect();
            alerts.sort_by_key(|d| d.created_at);
            alerts.into_iter().map(|d| (d.status, d.error_code)).collect::<Vec<_>>()
        };
        use portico::domain::DeliveryStatus::{Dropped, Pending};
        staff_replies(&staff, &id, "Read me on the page").await;
        app.drain().await;
        assert_eq!(alerts().await, [(Pending, None)], "the alert waits for the patient to read the reply");
        // The patient has the thread open: the page marks it read.
        app.clock.advance(Duration::from_secs(20));
        assert!(patient.get(&thread).await.text.contains("Read me on the page"));
        app.clock.advance(Duration::from_secs(180));
        app.drain().await;
        assert_eq!(alerts().await, [(Dropped, Some("read-on-page".to_string()))], "read on the page: no alert");

        // A reply the patient does not read is alerted once the wait is over.
        staff_replies(&staff, &id, "Not read yet").await;
        app.clock.advance(Duration::from_secs(90));
        app.drain().await;
        assert_eq!(alerts().await[1], (Pending, None), "still within the wait");
        app.clock.advance(Duration::from_secs(60));
        app.drain().await;
        let (status, _) = alerts().await[1].clone();
        assert!(!matches!(status, Pending | Dropped), "sent once the wait is over: {status:?}");
        let outbox = app.outbox().await;
        assert!(!outbox.iter().any(|m| m["body"].as_str().unwrap_or("").contains("Not read yet")), "the alert never carries the text");
    }

    async fn a_browser_too_far_behind_is_told_to_reload_instead_of_being_sent_the_whole_history(app) {
        let (maria, patient, thread) = maria_on_her_thread(&app).await;
        let id = portico::domain::PatientId::parse(maria["id"].as_str().unwrap()).unwrap();
        let p = app.state.store.patient(&app.clinic.id, &id).await.unwrap().unwrap();
        let n = portico::web::live::REPLAY_MAX as usize + 1;
        for i in 0..n {
            let m = portico::store::Message::from_patient(&p, format!("note {i}"), app.clock_now());
            app.state.store.insert_message(&m, None, None).await.unwrap();
        }
        let url = app.url(&format!("{thread}/live"));
        let mut far = Sse::open(&patient, &url, Some("0")).await.unwrap();
        let first = far.next(SOON).await.expect("an event");
        assert_eq!(first.event, "reset", "{first:?}");
        assert!(far.next(QUIET).await.is_none(), "and none of the {n} missed messages");
        // Within reach, the missed ones come.
        let last = app.state.store.last_live_event().await.unwrap();
        let mut near = Sse::open(&patient, &url, Some(&(last - 3).to_string())).await.unwrap();
        let (bodies, _) = messages_within(&mut near, Duration::from_secs(2)).await;
        assert_eq!(bodies.len(), 3, "{bodies:?}");
    }

    async fn a_reply_falling_overdue_is_announced_once_to_staff_streams_and_not_to_the_patient(app) {
        let (_, patient, thread) = maria_on_her_thread(&app).await;
        let staff = nina(&app).await;
        let id = thread_id_of(&thread);
        patient_writes(&patient, &thread, "Is my refill ready?").await;
        let tid = portico::domain::ThreadId::parse(&id).unwrap();
        let due = app.state.store.reply_clock(&app.clinic.id, &tid).await.unwrap().unwrap().due_at.expect("a reply is due");
        let mut staff_stream = Sse::open(&staff, &app.url("/staff/live"), None).await.unwrap();
        let mut patient_stream = Sse::open(&patient, &app.url(&format!("{thread}/live")), None).await.unwrap();

        app.state.live.announce_overdue().await;
        assert!(staff_stream.next_of("conversation", QUIET).await.is_none(), "not due yet");
        app.clock.set(due + jiff::SignedDuration::from_mins(1));
        app.state.live.announce_overdue().await;
        let e = staff_stream.next_of("conversation", SOON).await.expect("the conversation fell overdue");
        assert_eq!((e.data["thread"].as_str(), e.data["overdue"].as_bool()), (Some(id.as_str()), Some(true)));
        app.state.live.announce_overdue().await;
        assert!(staff_stream.next_of("conversation", QUIET).await.is_none(), "announced once");
        assert!(patient_stream.next(QUIET).await.is_none(), "the care team's deadlines stay off the patient's stream");
    }

    async fn a_reply_written_before_someone_elses_is_held_with_its_text_not_sent(app) {
        let (maria, patient, thread) = maria_on_her_thread(&app).await;
        patient_writes(&patient, &thread, "Can I come at 3?").await;
        let (nina, omar) = (nina(&app).await, staff_member(&app, "omar@lakeside.example", "Omar Haddad", &app.api_key).await);
        let id = thread_id_of(&thread);
        let path = format!("/staff/conversations/{id}");
        // Both open the conversation; Nina answers first.
        let omars_page = omar.get(&path).await;
        let omar_csrf = form_field(&omars_page.text, "csrf").unwrap();
        let omar_seen = form_field(&omars_page.text, "seen").expect("the page says what it showed");
        staff_replies(&nina, &id, "Yes, 3 pm works.").await;
        let count = || async {
            app.get(&format!("/patients/{}/messages", maria["id"].as_str().unwrap())).await.json()["data"].as_array().unwrap().len()
        };
        let before = count().await;

        let r = omar.post_form(&format!("{path}/reply"), &[("csrf", &omar_csrf), ("seen", &omar_seen), ("body", "We can do 4 pm")]).await;
        assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.text);
        assert!(says(&r.text, "en", "staff-reply-held"), "{}", r.text);
        assert!(r.text.contains(">We can do 4 pm</textarea>"), "the draft is kept: {}", r.text);
        assert!(r.text.contains("Yes, 3 pm works."), "and what came is shown");
        assert_eq!(count().await, before, "nothing was sent");

        // Sent again from the page that shows Nina's reply, it goes.
        let seen = form_field(&r.text, "seen").unwrap();
        let csrf = form_field(&r.text, "csrf").unwrap();
        let r = omar.post_form(&format!("{path}/reply"), &[("csrf", &csrf), ("seen", &seen), ("body", "We can do 4 pm")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        assert_eq!(count().await, before + 1);
    }

    async fn an_internal_note_reaches_the_team_and_never_the_patient(app) {
        let (maria, patient, thread) = maria_on_her_thread(&app).await;
        patient_writes(&patient, &thread, "Is the lab open Saturday?").await;
        let (nina, omar) = (nina(&app).await, staff_member(&app, "omar@lakeside.example", "Omar Haddad", &app.api_key).await);
        let id = thread_id_of(&thread);
        let path = format!("/staff/conversations/{id}");
        let mut patient_stream = Sse::open(&patient, &app.url(&format!("{thread}/live")), None).await.unwrap();
        let mut omar_stream = Sse::open(&omar, &app.url("/staff/live"), None).await.unwrap();
        let page = nina.get(&path).await;
        let csrf = form_field(&page.text, "csrf").unwrap();
        let r = nina.post_form(&format!("{path}/notes"), &[("csrf", &csrf), ("body", "Called the lab: closed Saturdays")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);

        // Omar's open page is told, and shows it.
        let e = omar_stream.next_of("conversation", SOON).await.expect("the note on the staff stream");
        assert_eq!(e.data["thread"], id.as_str());
        let seen = omar.get(&path).await.text;
        assert!(seen.contains("Called the lab: closed Saturdays") && seen.contains("Nina Okafor"), "{seen}");

        // Never the patient: not the page, the stream, or the clinic API's messages.
        assert!(!patient.get(&thread).await.text.contains("Called the lab"));
        assert!(patient_stream.next(QUIET).await.is_none(), "nothing on the patient's stream");
        let api = app.get(&format!("/patients/{}/messages", maria["id"].as_str().unwrap())).await.text;
        assert!(!api.contains("Called the lab"), "{api}");
        // An empty note is refused and adds nothing.
        let r = nina.post_form(&format!("{path}/notes"), &[("csrf", &csrf), ("body", "   ")]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(nina.get(&path).await.text.matches("Called the lab").count(), 1);
    }

    async fn staff_see_when_the_patient_has_read_the_reply(app) {
        let (_, patient, thread) = maria_on_her_thread(&app).await;
        let staff = nina(&app).await;
        let id = thread_id_of(&thread);
        staff_replies(&staff, &id, "Please bring your inhaler.").await;
        let mut staff_stream = Sse::open(&staff, &app.url("/staff/live"), None).await.unwrap();
        let page = staff.get(&format!("/staff/conversations/{id}")).await;
        assert!(!page.text.contains("Seen by the patient"), "not read yet");
        app.clock.advance(Duration::from_secs(30));
        patient.get(&thread).await;
        let read = staff_stream.next_of("read", SOON).await.expect("a read marker on the staff stream");
        assert_eq!(read.data["thread"], id.as_str());
        assert!(read.data["text"].as_str().unwrap().starts_with("Seen by the patient"), "{}", read.data);
        let page = staff.get(&format!("/staff/conversations/{id}")).await;
        assert!(page.text.contains("Seen by the patient"), "{}", page.text);
    }
}

/// What a stream sends within `wait`: the bodies of its message events and their ids.
async fn messages_within(stream: &mut Sse, wait: Duration) -> (Vec<String>, Vec<i64>) {
    let (mut bodies, mut ids) = (vec![], vec![]);
    let deadline = tokio::time::Instant::now() + wait;
    loop {
        let left = deadline.saturating_duration_since(tokio::time::Instant::now());
        let Some(e) = stream.next(left.min(QUIET)).await else { break };
        if e.event == "message" {
            bodies.push(e.data["body"].as_str().unwrap().to_string());
            ids.push(e.id.unwrap().parse::<i64>().unwrap());
        }
    }
    (bodies, ids)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_postgresql_a_second_server_streams_what_the_first_stored_also_after_its_listener_was_dropped() {
    let Some(app) = spawn_app(Backend::Postgres).await else { return };
    let peer = app.peer().await;
    let (_, patient, thread) = maria_on_her_thread(&app).await;
    let staff = nina(&app).await;
    let id = thread_id_of(&thread);
    let url = format!("{peer}{thread}/live");
    let mut stream = Sse::open(&patient, &url, None).await.unwrap();
    // The peer's listener is up once its hub has read the first signal; give it a moment.
    tokio::time::sleep(Duration::from_millis(300)).await;

    let posted = std::time::Instant::now();
    staff_replies(&staff, &id, "first").await;
    let first = stream.next_of("message", Duration::from_secs(1)).await.expect("on the other server within 1 s");
    assert_eq!(first.data["body"], "first");
    eprintln!("posted on one server, streamed by the other in {:?}", posted.elapsed());

    // Every LISTEN connection of the test's database is dropped; what is stored meanwhile
    // still arrives, once each, in order.
    let dropped = app
        .raw_column(
            "SELECT pg_terminate_backend(pid)::text FROM pg_stat_activity \
             WHERE datname = current_database() AND query LIKE 'LISTEN%'",
        )
        .await;
    assert!(!dropped.is_empty(), "a listener connection was there to drop");
    for text in ["second", "third", "fourth"] {
        staff_replies(&staff, &id, text).await;
    }
    let (bodies, ids) = messages_within(&mut stream, SOON).await;
    assert_eq!(bodies, ["second", "third", "fourth"], "the open stream gets what was missed");
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "{ids:?}");

    // A browser that reconnects with Last-Event-ID gets the same, once, in order.
    drop(stream);
    let mut again = Sse::open(&patient, &url, first.id.as_deref()).await.unwrap();
    let (replayed, replayed_ids) = messages_within(&mut again, Duration::from_secs(2)).await;
    assert_eq!(replayed, ["second", "third", "fourth"]);
    assert_eq!(replayed_ids, ids);
}
