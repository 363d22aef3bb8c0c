//! Fuzzing on the stable toolchain: proptest generators, structure-aware and raw bytes, for
//! the token parser, the phone and email parsers, the Twilio signature check and form body,
//! the words Fluent builds around user text, and the JSON API bodies. No input may panic or
//! answer 5xx, and nothing is stored from a refused one.
//!
//! `cargo test --test it fuzz::` runs each target a few hundred cases. The long run, one
//! million cases per target unless `PORTICO_FUZZ_CASES` says otherwise:
//! `cargo test --test it -- --ignored fuzz::` (a release build, `--release`, is faster;
//! `PORTICO_FUZZ_ONLY=api,inbound` picks targets).

use crate::helpers::*;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use portico::domain::{Email, Phone};
use portico::i18n::{Arg, Lang};
use portico::links::{KeyRing, LinkToken};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde_json::{Value, json};
use tower::ServiceExt;

/// Cases for a quick run (in every `cargo test`) and for the long run.
const QUICK: u32 = 1000;
const QUICK_HTTP: u32 = 300;

fn long_cases() -> u32 {
    std::env::var("PORTICO_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(1_000_000)
}

/// Run `test` on `cases` values of `strategy`; a failure panics with the shrunk input.
fn run<S: Strategy>(name: &str, cases: u32, strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>)
where
    S::Value: std::fmt::Debug,
{
    let config = Config { cases, failure_persistence: None, ..Config::default() };
    let mut runner = TestRunner::new(config);
    let started = std::time::Instant::now();
    if let Err(e) = runner.run(&strategy, test) {
        panic!("{name}: {e}");
    }
    eprintln!("fuzz {name}: {cases} cases, no failure, {:.1} s", started.elapsed().as_secs_f64());
}

/// Raw bytes as the text a client could send (invalid UTF-8 replaced).
fn raw_text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(any::<u8>(), 0..max).prop_map(|b| String::from_utf8_lossy(&b).into_owned())
}

// --- Pure targets --------------------------------------------------------------------------

fn tokens(cases: u32) {
    let ring = KeyRing::generate().unwrap();
    let real = LinkToken::mint(&ring).unwrap().as_str().to_string();
    let strategy = prop_oneof![
        raw_text(64),
        "[A-Za-z0-9_-]{43}",
        (0..43usize, any::<u8>()).prop_map(move |(i, b)| {
            // The real token with one character replaced by another of the alphabet.
            let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
            let mut t = real.clone().into_bytes();
            let c = alphabet[usize::from(b) % alphabet.len()];
            t[i] = if t[i] == c { alphabet[(usize::from(b) + 1) % alphabet.len()] } else { c };
            String::from_utf8(t).unwrap()
        }),
    ];
    let real = LinkToken::mint(&ring).unwrap();
    assert!(LinkToken::verify(real.as_str(), &ring).is_ok(), "a real token verifies");
    run("tokens", cases, strategy, |s| {
        prop_assert!(LinkToken::verify(&s, &ring).is_err(), "only a minted token verifies: {s:?}");
        Ok(())
    });
}

fn phones_and_emails(cases: u32) {
    let strategy = prop_oneof![
        raw_text(40),
        "\\+?[0-9 ().-]{0,20}",
        "[a-zA-Z0-9._%+-]{0,20}@[a-zA-Z0-9.-]{0,20}\\.?[a-z]{0,6}",
        "[\\PC]{0,30}@[\\PC]{0,30}",
    ];
    run("phones and emails", cases, strategy, |s| {
        if let Ok(p) = Phone::parse(&s) {
            prop_assert_eq!(Phone::parse(p.as_str()).map(|q| q.to_string()), Ok(p.to_string()), "a phone reparses");
            prop_assert!(p.as_str().starts_with('+') && p.as_str()[1..].bytes().all(|b| b.is_ascii_digit()));
        }
        if let Ok(e) = Email::parse(&s) {
            prop_assert_eq!(
                Email::parse(&e.to_string()).map(|f| f.to_string()),
                Ok(e.to_string()),
                "an email reparses"
            );
            prop_assert!(!e.to_string().contains(['\r', '\n', '<', '>']), "no header injection: {e:?}");
        }
        Ok(())
    });
}

fn params() -> impl Strategy<Value = Vec<(String, String)>> {
    prop::collection::vec(("[A-Za-z]{1,12}", raw_text(40)), 0..8)
}

fn twilio_signatures(cases: u32) {
    let token = "fuzz-auth-token";
    let strategy = (raw_text(80), params(), raw_text(40), any::<usize>());
    run("twilio signatures", cases, strategy, |(url, params, presented, i)| {
        let good = crate::standins::twilio::sign(token, &url, &params);
        prop_assert!(
            portico::notify::twilio::signature_matches(token, &url, &params, &good),
            "a real signature matches"
        );
        prop_assert!(
            !portico::notify::twilio::signature_matches(token, &url, &params, &presented) || presented == good
        );
        let mut bad = good.clone().into_bytes();
        let at = i % bad.len();
        bad[at] = if bad[at] == b'A' { b'B' } else { b'A' };
        let bad = String::from_utf8_lossy(&bad).into_owned();
        prop_assert!(!portico::notify::twilio::signature_matches(token, &url, &params, &bad), "one character off");
        let mut changed = params.clone();
        changed.push(("Extra".into(), "1".into()));
        prop_assert!(!portico::notify::twilio::signature_matches(token, &url, &changed, &good), "a parameter added");
        Ok(())
    });
}

fn fluent_text(cases: u32) {
    let langs: Vec<Lang> = Lang::all().collect();
    let strategy = (0..langs.len(), raw_text(60), raw_text(20));
    run("fluent text", cases, strategy, |(l, clinic, url)| {
        let t = langs[l];
        let out = t.f("sms-link-signin", &[("clinic", Arg::Str(&clinic)), ("url", Arg::Str(&url))]);
        prop_assert!(out.contains(clinic.as_str()) && out.contains(url.as_str()), "the text is kept: {out:?}");
        Ok(())
    });
}

#[test]
fn token_parser_refuses_everything_but_minted_tokens() {
    tokens(QUICK);
}

#[test]
fn phone_and_email_parsers_never_panic_and_normalise_once() {
    phones_and_emails(QUICK);
}

#[test]
fn twilio_signatures_match_only_the_signed_request() {
    twilio_signatures(QUICK);
}

#[test]
fn fluent_keeps_any_user_text_in_every_locale() {
    fluent_text(QUICK);
}

// --- HTTP targets, in process (the router with its layers, on SQLite) ------------------------

/// JSON values shaped like API bodies: the real field names with values of every type.
fn api_body() -> impl Strategy<Value = Vec<u8>> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        raw_text(30).prop_map(Value::from),
        Just(json!("+13125550142")),
        Just(json!("2030-03-06T15:00:00Z")),
        Just(json!("sms")),
        Just(json!(["sms", "email"])),
    ];
    let value = leaf.prop_recursive(2, 8, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::btree_map("[a-z_]{1,10}", inner, 0..3).prop_map(|m| json!(m)),
        ]
    });
    let fields = prop::sample::select(vec![
        "name",
        "birth_date",
        "phone",
        "email",
        "language",
        "time_zone",
        "channels",
        "patient_id",
        "starts_at",
        "duration_minutes",
        "location",
        "provider",
        "reminders",
        "bring",
        "body",
        "sender",
        "urgent",
        "purpose",
        "subject_id",
        "ttl_seconds",
        "send",
        "reason",
    ]);
    prop_oneof![
        3 => prop::collection::btree_map(fields, value.clone(), 0..8).prop_map(|m| serde_json::to_vec(&m).unwrap()),
        1 => value.prop_map(|v| serde_json::to_vec(&v).unwrap()),
        1 => prop::collection::vec(any::<u8>(), 0..200),
    ]
}

fn api_bodies(cases: u32) {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let app = rt.block_on(spawn_app(Backend::Sqlite)).unwrap();
    let p = rt.block_on(app.maria());
    let pid = p["id"].as_str().unwrap().to_string();
    let router = portico::web::router(app.state.clone());
    let routes = [
        ("POST", "/api/v1/patients".to_string()),
        ("POST", "/api/v1/appointments".to_string()),
        ("POST", "/api/v1/links".to_string()),
        ("PATCH", format!("/api/v1/patients/{pid}")),
        ("POST", format!("/api/v1/patients/{pid}/messages")),
    ];
    let created = std::cell::Cell::new(0usize);
    let strategy = (0..routes.len(), api_body());
    run("api bodies", cases, strategy, |(r, body)| {
        let (method, path) = &routes[r];
        let req = Request::builder()
            .method(*method)
            .uri(path.as_str())
            .header("authorization", format!("Bearer {}", app.api_key))
            .header("content-type", "application/json")
            .body(Body::from(body))
            .unwrap();
        let status = rt.block_on(router.clone().oneshot(req)).unwrap().status();
        prop_assert!(!status.is_server_error(), "{method} {path}: {status}");
        if r == 0 && status == StatusCode::CREATED {
            created.set(created.get() + 1);
        }
        Ok(())
    });
    let patients = rt.block_on(app.state.store.patients(&app.clinic.id)).unwrap();
    assert_eq!(patients.len(), 1 + created.get(), "a patient exists for each 201 and for nothing refused");
}

/// Inbound SMS form bodies: real parameter names with any values, signed or not.
fn inbound_form() -> impl Strategy<Value = (Vec<(String, String)>, bool)> {
    let names = prop::sample::select(vec!["From", "To", "Body", "MessageSid", "AccountSid", "NumMedia", "SmsStatus"]);
    let value =
        prop_oneof![raw_text(30), Just("+13125550142".to_string()), Just("STOP".to_string()), Just("1".to_string())];
    (prop::collection::vec((names.prop_map(str::to_string), value), 0..7), any::<bool>())
}

fn inbound_sms(cases: u32) {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let (app, twilio, _smtp) = rt.block_on(spawn_with_providers(Backend::Sqlite)).unwrap();
    rt.block_on(app.maria());
    let router = portico::web::router(app.state.clone());
    let url = app.state.config.public_link("/webhooks/twilio/sms");
    let before = rt.block_on(app.state.store.audit_events(None, 10_000)).unwrap().len();
    let refused_changed = std::cell::Cell::new(false);
    let checked = std::cell::Cell::new(0u64);
    run("inbound sms", cases, inbound_form(), |(params, signed)| {
        let body = serde_urlencoded::to_string(&params).unwrap();
        let mut req = Request::builder()
            .method("POST")
            .uri("/webhooks/twilio/sms")
            .header("content-type", "application/x-www-form-urlencoded");
        if signed {
            req = req.header("x-twilio-signature", crate::standins::twilio::sign(&twilio.auth_token, &url, &params));
        }
        // Reading the audit trail twice a case would make a long run quadratic: every 16th
        // unsigned case checks that it changed nothing.
        let n = checked.get() + 1;
        checked.set(n);
        let check = !signed && n.is_multiple_of(16);
        let audited = check.then(|| rt.block_on(app.state.store.audit_events(None, 10_000)).unwrap().len());
        let status = rt.block_on(router.clone().oneshot(req.body(Body::from(body)).unwrap())).unwrap().status();
        prop_assert!(!status.is_server_error(), "{status} for {params:?}");
        if !signed {
            prop_assert_eq!(status, StatusCode::FORBIDDEN);
        }
        if let Some(audited) = audited {
            let after = rt.block_on(app.state.store.audit_events(None, 10_000)).unwrap().len();
            refused_changed.set(refused_changed.get() || after != audited);
        }
        Ok(())
    });
    assert!(!refused_changed.get(), "an unsigned request changed nothing");
    assert!(rt.block_on(app.state.store.audit_events(None, 10_000)).unwrap().len() >= before);
}

#[test]
fn api_bodies_of_any_shape_never_answer_5xx_nor_store_what_was_refused() {
    api_bodies(QUICK_HTTP);
}

#[test]
fn inbound_sms_of_any_shape_never_answers_5xx_and_unsigned_ones_change_nothing() {
    inbound_sms(QUICK_HTTP);
}

// --- The long run ----------------------------------------------------------------------------

/// A fuzz target by name, run for a number of cases.
type Target = (&'static str, fn(u32));

#[test]
#[ignore = "the long fuzz run: minutes; run with --ignored"]
fn long_run_of_every_target() {
    let n = long_cases();
    // `PORTICO_FUZZ_ONLY=api,inbound` runs only those targets.
    let only = std::env::var("PORTICO_FUZZ_ONLY").ok();
    let wanted = |t: &str| only.as_deref().is_none_or(|o| o.split(',').any(|w| w.trim() == t));
    let targets: [Target; 6] = [
        ("tokens", tokens),
        ("phones", phones_and_emails),
        ("signatures", twilio_signatures),
        ("fluent", fluent_text),
        ("api", api_bodies),
        ("inbound", inbound_sms),
    ];
    for (name, target) in targets {
        if wanted(name) {
            target(n);
        }
    }
}
