//! The dispatcher under provider faults: a long outage, a message whose time runs out, a
//! handset out of reach, reports out of order, and resends that must not supersede the link
//! the patient already has. Each runs on SQLite and PostgreSQL.

use crate::helpers::*;
use crate::standins::{Failure, SentSms};
use reqwest::StatusCode;
use serde_json::{Value, json};
use std::time::Duration;

async fn delivery(app: &TestApp, id: &str) -> Value {
    let r = app.get(&format!("/deliveries/{id}")).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    r.json()
}

fn link_in(body: &str) -> String {
    body.split_whitespace().find(|w| w.contains("/l/")).unwrap_or_else(|| panic!("no link in {body}")).to_string()
}

/// Move the clock to just past the delivery's next try and run the dispatcher, until it is
/// no longer waiting (at most `max` tries).
async fn retry_until_settled(app: &TestApp, id: &str, max: usize) -> Value {
    for _ in 0..max {
        let d = delivery(app, id).await;
        if d["status"] != "pending" {
            return d;
        }
        let due: jiff::Timestamp = d["due_at"].as_str().unwrap().parse().unwrap();
        let gap = due.duration_since(app.clock_now()).as_secs().max(0);
        // Times in the API are whole seconds: step past the rounding.
        app.clock.advance(Duration::from_secs(gap as u64 + 2));
        app.drain().await;
    }
    panic!("still pending after {max} tries");
}

crate::provider_tests! {
    async fn an_hour_long_provider_outage_delays_messages_but_loses_none(app, twilio, smtp) {
        const N: usize = 12;
        twilio.fail_next(usize::MAX, Failure::Http500);
        let mut ids = vec![];
        for i in 0..N {
            let p = app.create_patient(json!({"name": format!("Patient {i}"), "phone": format!("+1312555{}", 3000 + i)})).await;
            let l = app.link(json!({"patient_id": p["id"], "purpose": "sign_in", "ttl_seconds": 24 * 3600, "send": true})).await;
            ids.push(l["sent_via"]["delivery_id"].as_str().unwrap().to_string());
        }
        for _ in 0..60 {
            app.clock.advance(Duration::from_secs(60));
            app.drain().await;
        }
        for id in &ids {
            let d = delivery(&app, id).await;
            assert_eq!(d["status"], "pending", "still waiting for Twilio after an hour: {d}");
        }
        twilio.recover();
        for _ in 0..11 {
            app.clock.advance(Duration::from_secs(60));
            app.drain().await;
        }
        for id in &ids {
            assert_eq!(delivery(&app, id).await["status"], "queued", "sent within the backoff cap of recovery");
        }
        assert_eq!(twilio.messages().len(), N, "each once");
    }

    async fn a_claim_whose_lease_was_taken_over_before_the_provider_call_sends_nothing(app, twilio, smtp) {
        let p = app.maria().await;
        // The first try fails, so the delivery waits in the outbox for its next one.
        twilio.fail_next(1, Failure::Http500);
        let l = app.link(json!({"patient_id": p["id"], "purpose": "sign_in", "ttl_seconds": 3600, "send": true})).await;
        let d = delivery(&app, l["sent_via"]["delivery_id"].as_str().unwrap()).await;
        assert_eq!(d["status"], "pending", "{d}");
        let due: jiff::Timestamp = d["due_at"].as_str().unwrap().parse().unwrap();
        app.clock.advance(Duration::from_secs(due.duration_since(app.clock_now()).as_secs().max(0) as u64 + 2));
        let store = &app.state.store;
        let now = app.clock_now();
        let lapsed = store.claim_for_dispatch(now, now + jiff::SignedDuration::from_secs(1), 10).await.unwrap().remove(0).delivery;
        // The first dispatcher stalls past its lease; another claims the delivery.
        app.clock.advance(Duration::from_secs(2));
        let later = app.clock_now();
        let taken = store.claim_for_dispatch(later, later + jiff::SignedDuration::from_secs(60), 10).await.unwrap().remove(0).delivery;
        assert_eq!(taken.id, lapsed.id);
        assert!(app.state.dispatcher.deliver(lapsed).await.unwrap().is_none(), "the lapsed claim sent nothing");
        assert!(twilio.messages().is_empty(), "the lapsed claim never called Twilio");
        assert!(app.state.dispatcher.deliver(taken).await.unwrap().is_some(), "the claim that holds the lease sends");
        assert_eq!(twilio.messages().len(), 1, "one SMS");
    }

    async fn a_message_that_fails_until_it_can_no_longer_help_goes_to_the_next_channel_and_is_logged(app, twilio, smtp) {
        let p = app.maria().await;
        twilio.fail_always_for("+13125550142", Failure::Http500);
        let l = app.link(json!({"patient_id": p["id"], "purpose": "sign_in", "ttl_seconds": 2 * 3600, "send": true})).await;
        let id = l["sent_via"]["delivery_id"].as_str().unwrap().to_string();
        let d = retry_until_settled(&app, &id, 2000).await;
        assert_eq!(d["status"], "dead", "{d}");
        assert_eq!(d["error_code"], "20500", "the provider's last answer is in the log");
        let attempts = d["attempts"].as_i64().unwrap();
        assert!(attempts > 8, "retried for the two hours, not eight times: {attempts}");
        assert_eq!(twilio.requests() as i64, attempts);
        let gave_up: jiff::Timestamp = d["updated_at"].as_str().unwrap().parse().unwrap();
        let expires: jiff::Timestamp = l["expires_at"].as_str().unwrap().parse().unwrap();
        assert!(gave_up < expires, "gave up on SMS while the link could still help");
        // Then the patient's next channel, while it can still help.
        app.drain().await;
        let mail = smtp.wait_for(1, Duration::from_secs(10)).await;
        assert_eq!(mail[0].rcpt_to, vec!["maria@example.org".to_string()]);
        let log = app.get(&format!("/patients/{}/deliveries", p["id"].as_str().unwrap())).await.json();
        let email = log["data"].as_array().unwrap().iter().find(|d| d["channel"] == "email").unwrap().clone();
        assert_eq!(email["fallback_of"], id.as_str());
        let audit = app.state.store.audit_events(Some(&app.clinic.id), 100).await.unwrap();
        assert!(audit.iter().any(|e| e.action == "delivery.failed" && e.subject.as_deref() == Some(id.as_str())), "the clinic sees it");
        // Nothing more on SMS.
        let before = twilio.requests();
        app.clock.advance(Duration::from_secs(3 * 3600));
        app.drain().await;
        assert_eq!(twilio.requests(), before);
    }

    async fn an_unreachable_handset_reported_by_callback_is_retried_not_left_undelivered(app, twilio, smtp) {
        let p = app.maria().await;
        let l = app.link(json!({"patient_id": p["id"], "purpose": "sign_in", "send": true})).await;
        let id = l["sent_via"]["delivery_id"].as_str().unwrap().to_string();
        let sid = twilio.messages()[0].sid.clone();
        assert_eq!(twilio.send_status_with_error(&sid, "undelivered", Some(30003)).await, 200);
        let d = delivery(&app, &id).await;
        assert_eq!(d["status"], "pending", "queued again: {d}");
        assert_eq!(d["error_code"], "30003");
        assert_eq!(app.drain().await, 0, "not before its retry time");
        assert!(smtp.messages().is_empty(), "no fallback while SMS may still get through");
        let d = retry_until_settled(&app, &id, 5).await;
        assert_eq!(d["status"], "queued", "{d}");
        let sent = twilio.messages();
        assert_eq!(sent.len(), 2, "sent again");
        assert_eq!(link_in(&sent[0].body), link_in(&sent[1].body), "with the same link");
        assert_eq!(d["provider_id"], sent[1].sid.as_str());
    }

    async fn a_late_undelivered_report_after_delivered_changes_nothing(app, twilio, smtp) {
        let p = app.maria().await;
        let l = app.link(json!({"patient_id": p["id"], "purpose": "sign_in", "send": true})).await;
        let id = l["sent_via"]["delivery_id"].as_str().unwrap().to_string();
        let sid = twilio.messages()[0].sid.clone();
        assert_eq!(twilio.send_status(&sid, "delivered").await, 200);
        assert_eq!(twilio.send_status_with_error(&sid, "undelivered", Some(30005)).await, 200, "acknowledged");
        let d = delivery(&app, &id).await;
        assert_eq!(d["status"], "delivered", "{d}");
        assert!(d["error_code"].is_null(), "{d}");
        let patient = app.get(&format!("/patients/{}", p["id"].as_str().unwrap())).await.json();
        assert_ne!(patient["contact_status"]["sms"], "invalid", "the number is not flagged");
        assert_eq!(app.drain().await, 0, "no fallback queued");
        assert!(smtp.messages().is_empty());
    }

    async fn a_resend_after_an_ambiguous_try_carries_the_link_the_patient_already_has(app, twilio, smtp) {
        let p = app.create_patient(json!({"name": "James Carter", "phone": "+13125550177", "language": "en"})).await;
        let pid = p["id"].as_str().unwrap();
        // Twilio takes the alert but its answer is lost, and it cannot be asked afterwards.
        twilio.fail_next(1, Failure::AcceptThenGarble);
        twilio.fail_listing(true);
        let r = app.post(&format!("/patients/{pid}/messages"), &json!({"body": "one", "sender": "Dr. Okafor"})).await;
        let id = r.json()["alert_delivery_id"].as_str().unwrap().to_string();
        app.drain().await;
        assert_eq!(delivery(&app, &id).await["error_code"], "bad-response");
        let d = retry_until_settled(&app, &id, 5).await;
        assert_eq!(d["status"], "queued", "{d}");
        let sent = twilio.messages();
        assert_eq!(sent.len(), 2, "Portico could not tell, so it sent again");
        let (first, second) = (link_in(&sent[0].body), link_in(&sent[1].body));
        assert_eq!(first, second, "the resend repeats the link instead of superseding it");
        let r = app.browser().redeem(&first).await;
        assert_eq!(r.header("location").unwrap(), format!("/p/threads/{}", p["thread_id"].as_str().unwrap()), "the first SMS's link works: {}", r.text);
    }

    async fn a_link_whose_send_had_an_unclear_answer_is_the_one_the_api_hands_back(app, twilio, smtp) {
        let p = app.create_patient(json!({"name": "James Carter", "phone": "+13125550177", "language": "en"})).await;
        twilio.fail_next(1, Failure::AcceptThenGarble);
        let l = app.link(json!({"patient_id": p["id"], "purpose": "sign_in", "send": true})).await;
        assert_eq!(l["sent_via"]["status"], "pending");
        let sent = twilio.messages();
        assert_eq!(sent.len(), 1);
        assert_eq!(link_in(&sent[0].body), l["url"].as_str().unwrap(), "one link: the one Twilio may have delivered");
        let r = app.browser().redeem(&link_in(&sent[0].body)).await;
        assert_eq!(r.header("location").unwrap(), "/p", "{}", r.text);
    }

    async fn reconciliation_ignores_messages_from_another_sender_or_from_before_the_delivery(app, twilio, smtp) {
        let p = app.create_patient(json!({"name": "James Carter", "phone": "+13125550177", "language": "en"})).await;
        let pid = p["id"].as_str().unwrap();
        let alert = |body: &'static str| {
            let app = &app;
            async move {
                let r = app.post(&format!("/patients/{pid}/messages"), &json!({"body": body, "sender": "Dr. Okafor"})).await;
                r.json()["alert_delivery_id"].as_str().unwrap().to_string()
            }
        };
        alert("one").await;
        app.drain().await;
        let words = twilio.messages()[0].body.clone();
        let token = crate::helpers::token_of(&link_in(&words));
        let lookalike = |sid: &str, from: &str, created: jiff::Timestamp| SentSms {
            sid: sid.to_string(),
            to: "+13125550177".into(),
            from: Some(from.to_string()),
            messaging_service_sid: None,
            body: words.replace(&token, &"B".repeat(43)),
            status_callback: None,
            validity_period: None,
            num_segments: 1,
            created,
        };
        app.clock.advance(Duration::from_secs(3 * 3600));
        // The same words to the same phone: once from another sender (another account's
        // number) just now, once from ours but before the delivery was queued.
        twilio.inject(lookalike("SMother", "+15005550999", app.clock_now()));
        twilio.inject(lookalike("SMolder", twilio.from.as_str(), app.clock_now() - jiff::SignedDuration::from_hours(2)));
        let id = alert("two").await;
        // Its try was ambiguous (as after a timeout) and Twilio in fact never took it.
        app.raw_sql(&format!("UPDATE deliveries SET error_code = 'timeout' WHERE id = '{id}'")).await;
        app.drain().await;
        let d = delivery(&app, &id).await;
        assert_eq!(d["status"], "queued", "{d}");
        let ours: Vec<_> = twilio.messages().into_iter().filter(|m| m.from.as_deref() == Some(twilio.from.as_str()) && m.sid != "SMolder").collect();
        assert_eq!(ours.len(), 2, "the second alert was sent, not mistaken for another's message");
        assert_eq!(d["provider_id"], ours[1].sid.as_str());
    }

    async fn a_change_that_fails_after_its_outbox_rows_were_written_sends_nothing(app, twilio, smtp) {
        let p = app.maria().await;
        let pid = p["id"].as_str().unwrap();
        // The second delivery row of a write fails, after the first is in: the appointment
        // and its first reminder must go with it.
        if app.db.url.starts_with("sqlite:") {
            app.raw_sql(
                "CREATE TRIGGER fail_second_delivery BEFORE INSERT ON deliveries \
                 WHEN (SELECT COUNT(*) FROM deliveries) >= 1 BEGIN SELECT RAISE(ABORT, 'forced failure'); END",
            )
            .await;
        } else {
            app.raw_sql(
                "CREATE FUNCTION fail_second_delivery() RETURNS trigger AS $$ BEGIN \
                 IF (SELECT COUNT(*) FROM deliveries) >= 1 THEN RAISE EXCEPTION 'forced failure'; END IF; \
                 RETURN NEW; END $$ LANGUAGE plpgsql",
            )
            .await;
            app.raw_sql(
                "CREATE TRIGGER fail_second_delivery BEFORE INSERT ON deliveries \
                 FOR EACH ROW EXECUTE FUNCTION fail_second_delivery()",
            )
            .await;
        }
        let starts = app.clock_now() + jiff::SignedDuration::from_hours(72);
        let r = app
            .post(
                "/appointments",
                &json!({"patient_id": pid, "starts_at": starts.to_string(), "duration_minutes": 30, "reminders": ["PT48H", "PT24H"]}),
            )
            .await;
        assert_eq!(r.status, StatusCode::INTERNAL_SERVER_ERROR, "{}", r.text);
        let log = app.get(&format!("/patients/{pid}/deliveries")).await.json();
        assert!(log["data"].as_array().unwrap().is_empty(), "no delivery row survived: {log}");
        let patient = portico::domain::PatientId::parse(pid).unwrap();
        assert!(app.state.store.appointments_for(&app.clinic.id, &patient).await.unwrap().is_empty(), "nor the appointment");
        app.clock.advance(Duration::from_secs(72 * 3600));
        assert_eq!(app.drain().await, 0);
        assert!(twilio.messages().is_empty() && smtp.messages().is_empty(), "nothing sent");
    }
}
