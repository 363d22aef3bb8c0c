//! Outbound events, on both backends, to a receiver on loopback: a change's event reaches each
//! endpoint that takes its type, signed as the Standard Webhooks specification says (checked
//! here with an HMAC computed from the spec, not with Portico's code); a receiver that is down
//! for a while gets the event when it is back; one that never answers is given up after the
//! schedule and disabled while the others go on; a rolled-back change sends nothing; one
//! patient's events arrive in order; targets on private networks are refused.

use crate::helpers::*;
use base64::Engine as _;
use reqwest::StatusCode;
use serde_json::{Value, json};
use std::sync::atomic::{AtomicU16, Ordering};
use std::sync::{Arc, Mutex};

/// What a receiver was sent: each POST's headers and body.
pub type Received = Arc<Mutex<Vec<(axum::http::HeaderMap, Vec<u8>)>>>;

/// A receiver: what it was sent (headers and body), and the status it answers with.
#[derive(Clone)]
pub struct Receiver {
    pub url: String,
    pub got: Received,
    answer: Arc<AtomicU16>,
}

impl Receiver {
    pub async fn start() -> Receiver {
        let got = Arc::new(Mutex::new(vec![]));
        let answer = Arc::new(AtomicU16::new(200));
        let (g, a) = (got.clone(), answer.clone());
        let app = axum::Router::new().fallback(move |headers: axum::http::HeaderMap, body: axum::body::Bytes| {
            let (g, a) = (g.clone(), a.clone());
            async move {
                g.lock().unwrap().push((headers, body.to_vec()));
                axum::http::StatusCode::from_u16(a.load(Ordering::SeqCst)).unwrap()
            }
        });
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/hooks", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await });
        Receiver { url, got, answer }
    }

    fn bodies(&self) -> Vec<Value> {
        self.got.lock().unwrap().iter().map(|(_, b)| serde_json::from_slice(b).unwrap()).collect()
    }
}

async fn spawn(backend: Backend) -> Option<TestApp> {
    spawn_app_with(backend, &[("PORTICO_WEBHOOKS_ALLOW_PRIVATE", "1".into())]).await
}

async fn endpoint(app: &TestApp, url: &str, events: &[&str]) -> Value {
    let r = app.post("/webhooks", &json!({"url": url, "events": events})).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    r.json()
}

async fn cancel(app: &TestApp, appointment: &Value) {
    let r = app.post(&format!("/appointments/{}/cancel", appointment["id"].as_str().unwrap()), &json!({})).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
}

async fn send(app: &TestApp) -> usize {
    portico::outbound::send_due(&app.state).await.unwrap()
}

/// The signature as the specification defines it, computed here.
fn expected_signature(secret: &str, id: &str, timestamp: &str, body: &[u8]) -> String {
    let key = base64::engine::general_purpose::STANDARD.decode(secret.strip_prefix("whsec_").unwrap()).unwrap();
    let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, &key);
    let signed = [id.as_bytes(), b".", timestamp.as_bytes(), b".", body].concat();
    format!("v1,{}", base64::engine::general_purpose::STANDARD.encode(ring::hmac::sign(&key, &signed).as_ref()))
}

/// Run statements on the test's database as another program would (one transaction each).
async fn exec(app: &TestApp, statements: &[String]) {
    if app.db.url.starts_with("sqlite:") {
        let pool = sqlx::SqlitePool::connect(&app.db.url).await.unwrap();
        for sql in statements {
            sqlx::query(sqlx::AssertSqlSafe(sql.clone())).execute(&pool).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
        }
        pool.close().await;
    } else {
        let pool = sqlx::PgPool::connect(&app.db.url).await.unwrap();
        for sql in statements {
            sqlx::query(sqlx::AssertSqlSafe(sql.clone())).execute(&pool).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
        }
        pool.close().await;
    }
}

crate::per_backend! {
    spawn,

    async fn every_kind_of_change_writes_its_event_with_the_ids_it_is_about(app) {
        let rx = Receiver::start().await;
        endpoint(&app, &rx.url, &portico::domain::webhooks::EVENT_TYPES).await;
        let p = app.maria().await;
        let pid = p["id"].as_str().unwrap();
        let a = app.reminded_appointment_for(pid, 48).await;
        let aid = a["id"].as_str().unwrap();
        exec(&app, &[
            format!("UPDATE appointments SET status = 'confirmed' WHERE id = '{aid}'"),
            format!("INSERT INTO audit_events (id, at, clinic_id, actor, action, subject) VALUES ('aud_x', 1, '{}', 'patient', 'appointment.reschedule_requested', '{aid}')", app.clinic.id.as_str()),
            format!("INSERT INTO refill_requests (id, clinic_id, patient_id, medication, pharmacy, status, created_at, updated_at) VALUES ('rfl_x', '{}', '{pid}', 'Metformin 500 mg', 'Main St', 'requested', 1, 1)", app.clinic.id.as_str()),
            "UPDATE refill_requests SET status = 'approved', updated_at = 2 WHERE id = 'rfl_x'".to_string(),
            format!("UPDATE contact_points SET status = 'invalid' WHERE patient_id = '{pid}' AND channel = 'sms'"),
            format!("UPDATE deliveries SET status = 'failed' WHERE patient_id = '{pid}'"),
            format!("INSERT INTO conversations (thread_id, clinic_id, status, updated_at) SELECT id, clinic_id, 'open', 0 FROM threads WHERE patient_id = '{pid}' AND NOT EXISTS (SELECT 1 FROM conversations c WHERE c.thread_id = threads.id)"),
            format!("UPDATE conversations SET overdue_announced_for = 5 WHERE thread_id IN (SELECT id FROM threads WHERE patient_id = '{pid}')"),
        ]).await;
        for _ in 0..10 {
            send(&app).await;
        }
        let got = rx.bodies();
        let kinds: Vec<&str> = got.iter().map(|b| b["type"].as_str().unwrap()).collect();
        for kind in ["appointment.confirmed", "appointment.reschedule_requested", "refill.requested", "refill.updated", "contact_point.flagged", "delivery.failed", "conversation.overdue"] {
            assert_eq!(kinds.iter().filter(|k| **k == kind).count(), 1, "{kind} once in {kinds:?}");
        }
        let of = |kind: &str| got.iter().find(|b| b["type"] == kind).unwrap()["data"].clone();
        assert_eq!(of("appointment.confirmed")["appointment_id"], aid);
        assert_eq!(of("appointment.reschedule_requested")["appointment_id"], aid);
        assert_eq!((of("refill.updated")["refill_id"].as_str(), of("refill.updated")["status"].as_str()), (Some("rfl_x"), Some("approved")));
        assert_eq!((of("contact_point.flagged")["channel"].as_str(), of("contact_point.flagged")["status"].as_str()), (Some("sms"), Some("invalid")));
        assert_eq!(of("delivery.failed")["patient_id"], pid);
        assert!(of("conversation.overdue")["conversation_id"].is_string());
        assert!(got.iter().all(|b| b["data"]["clinic_id"] == app.clinic.id.as_str()));
    }

    async fn a_cancellation_reaches_the_endpoint_signed_as_the_spec_says(app) {
        let rx = Receiver::start().await;
        let other = Receiver::start().await;
        let e = endpoint(&app, &rx.url, &["appointment.cancelled"]).await;
        endpoint(&app, &other.url, &["message.received"]).await;
        let secret = e["secret"].as_str().unwrap().to_string();
        let listed = app.get("/webhooks").await.json();
        assert!(!listed.to_string().contains(&secret), "the secret is shown once: {listed}");
        let p = app.maria().await;
        let a = app.appointment_for(p["id"].as_str().unwrap(), 48).await;
        cancel(&app, &a).await;
        assert_eq!(send(&app).await, 1);
        let got = rx.got.lock().unwrap().clone();
        assert_eq!(got.len(), 1);
        assert!(other.got.lock().unwrap().is_empty(), "an endpoint gets only the types it takes");
        let (headers, body) = &got[0];
        let h = |n: &str| headers.get(n).unwrap().to_str().unwrap().to_string();
        assert_eq!(h("webhook-timestamp"), app.clock_now().as_second().to_string());
        assert_eq!(h("webhook-signature"), expected_signature(&secret, &h("webhook-id"), &h("webhook-timestamp"), body));
        let event: Value = serde_json::from_slice(body).unwrap();
        assert_eq!(event["type"], "appointment.cancelled");
        assert_eq!(event["data"]["appointment_id"], a["id"]);
        assert_eq!(event["data"]["patient_id"], p["id"]);
        assert!(!String::from_utf8_lossy(body).contains("Maria"), "ids only: {event}");
        assert_eq!(send(&app).await, 0, "sent once");
        let tries = app.get(&format!("/webhooks/{}/attempts", e["id"].as_str().unwrap())).await.json();
        assert_eq!(tries["data"][0]["status_code"], 200, "{tries}");
    }

    async fn a_receiver_down_for_a_while_gets_the_event_when_it_is_back(app) {
        let rx = Receiver::start().await;
        let e = endpoint(&app, &rx.url, &["appointment.cancelled"]).await;
        let p = app.maria().await;
        cancel(&app, &app.appointment_for(p["id"].as_str().unwrap(), 48).await).await;
        rx.answer.store(503, Ordering::SeqCst);
        assert_eq!(send(&app).await, 1);
        assert_eq!(send(&app).await, 0, "not again before its wait");
        for wait in [5, 300, 1800] {
            app.clock.advance(std::time::Duration::from_secs(wait));
            if wait == 1800 {
                rx.answer.store(200, Ordering::SeqCst);
            }
            assert_eq!(send(&app).await, 1, "retried after {wait} s");
        }
        let tries = app.get(&format!("/webhooks/{}/attempts", e["id"].as_str().unwrap())).await.json();
        let codes: Vec<i64> = tries["data"].as_array().unwrap().iter().map(|t| t["status_code"].as_i64().unwrap()).collect();
        assert_eq!(codes, vec![200, 503, 503, 503], "newest first");
        let ids: std::collections::BTreeSet<String> =
            rx.got.lock().unwrap().iter().map(|(h, _)| h["webhook-id"].to_str().unwrap().to_string()).collect();
        assert_eq!(ids.len(), 1, "every try is the same message");
        app.clock.advance(std::time::Duration::from_secs(86_400));
        assert_eq!(send(&app).await, 0, "delivered: never again");
    }

    async fn an_endpoint_failing_past_the_schedule_is_disabled_and_the_others_go_on(app) {
        let (down, up) = (Receiver::start().await, Receiver::start().await);
        down.answer.store(500, Ordering::SeqCst);
        let r = app.post("/staff", &json!({"email": "ada@lakeside.example", "role": "admin", "name": "Ada Okafor"})).await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
        let r = app.post("/staff", &json!({"email": "nia@lakeside.example", "role": "nurse", "name": "Nia Brown"})).await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
        let bad = endpoint(&app, &down.url, &["appointment.cancelled"]).await;
        endpoint(&app, &up.url, &["appointment.cancelled"]).await;
        let p = app.maria().await;
        cancel(&app, &app.appointment_for(p["id"].as_str().unwrap(), 72).await).await;
        send(&app).await;
        for wait in portico::domain::webhooks::RETRY_AFTER_SECONDS {
            app.clock.advance(std::time::Duration::from_secs(wait as u64));
            send(&app).await;
        }
        assert_eq!(down.got.lock().unwrap().len(), 8, "the first try and seven retries, over more than a day");
        assert_eq!(up.got.lock().unwrap().len(), 1);
        let shown = app.get(&format!("/webhooks/{}", bad["id"].as_str().unwrap())).await.json();
        assert_eq!(shown["status"], "disabled", "{shown}");
        assert!(shown["disabled_reason"].as_str().unwrap().contains("answered 500"), "{shown}");
        let audit = app.get("/audit?action=webhook.disabled").await.json();
        assert_eq!(audit["data"].as_array().unwrap().len(), 1, "{audit}");
        let notices: Vec<Value> = app.outbox().await.into_iter().filter(|m| m["subject"] == "An event endpoint was turned off").collect();
        assert_eq!(notices.len(), 1, "one notice, to the admin only: {notices:?}");
        assert_eq!(notices[0]["to"], "ada@lakeside.example");
        assert!(notices[0]["body"].as_str().unwrap().contains(&down.url), "{notices:?}");
        // Later events go on to the endpoint that answers, none to the disabled one.
        cancel(&app, &app.appointment_for(p["id"].as_str().unwrap(), 96).await).await;
        send(&app).await;
        assert_eq!((down.got.lock().unwrap().len(), up.got.lock().unwrap().len()), (8, 2));
        // Enabled again, it takes new events.
        let r = app.patch(&format!("/webhooks/{}", bad["id"].as_str().unwrap()), &json!({"enabled": true})).await;
        assert_eq!(r.json()["status"], "active");
    }

    async fn a_rolled_back_change_sends_nothing(app) {
        let rx = Receiver::start().await;
        endpoint(&app, &rx.url, &["appointment.cancelled"]).await;
        let p = app.maria().await;
        let a = app.appointment_for(p["id"].as_str().unwrap(), 48).await;
        let id = a["id"].as_str().unwrap();
        let sql = format!("UPDATE appointments SET status = 'cancelled' WHERE id = '{id}'");
        if app.db.url.starts_with("sqlite:") {
            let pool = sqlx::SqlitePool::connect(&app.db.url).await.unwrap();
            let mut tx = pool.begin().await.unwrap();
            sqlx::query(sqlx::AssertSqlSafe(sql.clone())).execute(&mut *tx).await.unwrap();
            tx.rollback().await.unwrap();
        } else {
            let pool = sqlx::PgPool::connect(&app.db.url).await.unwrap();
            let mut tx = pool.begin().await.unwrap();
            sqlx::query(sqlx::AssertSqlSafe(sql.clone())).execute(&mut *tx).await.unwrap();
            tx.rollback().await.unwrap();
        }
        assert_eq!(send(&app).await, 0);
        assert!(rx.got.lock().unwrap().is_empty());
        // The same change committed does send.
        cancel(&app, &a).await;
        assert_eq!(send(&app).await, 1);
    }

    async fn a_request_for_another_time_whose_audit_row_is_refused_leaves_no_message_and_no_event(app) {
        let rx = Receiver::start().await;
        endpoint(&app, &rx.url, &["appointment.reschedule_requested", "message.received"]).await;
        let p = app.maria().await;
        let a = app.appointment_for(p["id"].as_str().unwrap(), 30).await;
        let (b, csrf) = app.on_visit_page(&p, &a).await;
        let ask = format!("/p/appointments/{}/reschedule", a["id"].as_str().unwrap());
        // The audit row (which makes the request's event) is refused: the message must go with it.
        let refuse = if app.db.url.starts_with("sqlite:") {
            vec!["CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_events BEGIN SELECT RAISE(ABORT, 'refused'); END".to_string()]
        } else {
            vec![
                "CREATE FUNCTION refuse_row() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$ LANGUAGE plpgsql".to_string(),
                "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION refuse_row()".to_string(),
            ]
        };
        exec(&app, &refuse).await;
        let r = b.post_form(&ask, &[("csrf", &csrf), ("note", "mornings")]).await;
        assert_eq!(r.status, StatusCode::INTERNAL_SERVER_ERROR, "{}", r.text);
        assert_eq!(send(&app).await, 0);
        assert!(rx.got.lock().unwrap().is_empty());
        exec(&app, &["DROP TRIGGER refuse_audit".to_string() + if app.db.url.starts_with("sqlite:") { "" } else { " ON audit_events" }]).await;
        // The same request committed sends both events.
        let r = b.post_form(&ask, &[("csrf", &csrf), ("note", "mornings")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        // One patient's events go one at a time, in order.
        assert_eq!(send(&app).await + send(&app).await, 2);
        let mut kinds: Vec<String> = rx.bodies().iter().map(|b| b["type"].as_str().unwrap().to_string()).collect();
        kinds.sort();
        assert_eq!(kinds, ["appointment.reschedule_requested", "message.received"]);
    }

    async fn one_patients_events_arrive_in_order_and_a_held_one_waits_for_the_earlier(app) {
        let rx = Receiver::start().await;
        endpoint(&app, &rx.url, &["appointment.cancelled", "message.received"]).await;
        let p = app.maria().await;
        let pid = p["id"].as_str().unwrap();
        let (a1, a2) = (app.appointment_for(pid, 48).await, app.appointment_for(pid, 72).await);
        rx.answer.store(503, Ordering::SeqCst);
        cancel(&app, &a1).await;
        cancel(&app, &a2).await;
        assert_eq!(send(&app).await, 1, "the second waits behind the first");
        rx.answer.store(200, Ordering::SeqCst);
        app.clock.advance(std::time::Duration::from_secs(5));
        assert_eq!(send(&app).await, 1);
        assert_eq!(send(&app).await, 1, "then the second");
        let ids: Vec<Value> = rx.bodies().iter().map(|b| b["data"]["appointment_id"].clone()).collect();
        assert_eq!(ids, vec![a1["id"].clone(), a1["id"].clone(), a2["id"].clone()]);
    }

    async fn a_patients_message_carries_its_text_only_to_an_endpoint_that_takes_it(app) {
        let (with, without) = (Receiver::start().await, Receiver::start().await);
        let r = app.post("/webhooks", &json!({"url": with.url, "events": ["message.received"], "include_text": true})).await;
        assert_eq!(r.status, StatusCode::CREATED);
        endpoint(&app, &without.url, &["message.received"]).await;
        let p = app.maria().await;
        let id = portico::domain::PatientId::parse(p["id"].as_str().unwrap()).unwrap();
        let patient = app.state.store.patient(&app.clinic.id, &id).await.unwrap().unwrap();
        let m = portico::domain::Message::from_patient(&patient, "My knee still hurts".into(), app.clock_now());
        app.state.store.insert_message(&m, None, None).await.unwrap();
        assert_eq!(send(&app).await, 2);
        assert_eq!(with.bodies()[0]["data"]["text"], "My knee still hurts");
        assert_eq!(with.bodies()[0]["data"]["message_id"], m.id.as_str());
        assert!(without.bodies()[0]["data"].get("text").is_none(), "{:?}", without.bodies());
    }

    async fn a_test_send_and_a_rotation_sign_with_both_secrets_during_the_overlap(app) {
        let rx = Receiver::start().await;
        let e = endpoint(&app, &rx.url, &["delivery.failed"]).await;
        let id = e["id"].as_str().unwrap();
        let old = e["secret"].as_str().unwrap().to_string();
        let rotated = app.post(&format!("/webhooks/{id}/rotate-secret"), &json!({})).await.json();
        let new = rotated["secret"].as_str().unwrap().to_string();
        assert_ne!(old, new);
        let r = app.post(&format!("/webhooks/{id}/test"), &json!({})).await;
        assert_eq!(r.status, StatusCode::ACCEPTED, "{}", r.text);
        assert_eq!(send(&app).await, 1);
        let (headers, body) = rx.got.lock().unwrap()[0].clone();
        let h = |n: &str| headers.get(n).unwrap().to_str().unwrap().to_string();
        let (mid, ts) = (h("webhook-id"), h("webhook-timestamp"));
        assert_eq!(h("webhook-signature"), format!("{} {}", expected_signature(&new, &mid, &ts, &body), expected_signature(&old, &mid, &ts, &body)));
        assert_eq!(serde_json::from_slice::<Value>(&body).unwrap()["type"], "webhook.test");
        app.clock.advance(std::time::Duration::from_secs(25 * 3600));
        app.post(&format!("/webhooks/{id}/test"), &json!({})).await;
        send(&app).await;
        let (headers, body) = rx.got.lock().unwrap()[1].clone();
        let h = |n: &str| headers.get(n).unwrap().to_str().unwrap().to_string();
        assert_eq!(h("webhook-signature"), expected_signature(&new, &h("webhook-id"), &h("webhook-timestamp"), &body), "the old one no longer signs");
    }
}

mod refused {
    use super::*;

    crate::backend_tests! {
        async fn targets_on_loopback_private_or_link_local_networks_are_refused(app) {
            for url in ["http://127.0.0.1:9/hooks", "https://127.0.0.1/hooks", "https://10.0.0.5/hooks", "https://169.254.169.254/latest",
                        "https://[::1]/hooks", "https://localhost/hooks", "https://192.168.0.10/hooks"] {
                let r = app.post("/webhooks", &json!({"url": url, "events": ["message.received"]})).await;
                assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{url}: {}", r.text);
                assert!(r.text.contains("url"), "{}", r.text);
            }
            let r = app.post("/webhooks", &json!({"url": "https://hooks.example.org/p", "events": ["nothing.happened"]})).await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.text);
            assert_eq!(app.get("/webhooks").await.json()["data"].as_array().unwrap().len(), 0, "nothing was kept");
        }
    }
}
