//! Twilio webhooks are acted on once: Twilio retries a webhook that timed out and a signature
//! never expires, so a repeat of a signed request gets the first answer and changes nothing.

use crate::helpers::*;
use serde_json::{Value, json};

async fn james(app: &TestApp) -> Value {
    app.create_patient(json!({"name": "James Carter", "phone": "+13125550177", "language": "en"})).await
}

/// One inbound SMS exactly as Twilio signs it, with a fixed `MessageSid`.
fn inbound<'a>(twilio: &'a TwilioStandIn, sid: &'a str, body: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("AccountSid", twilio.account_sid.as_str()),
        ("ApiVersion", "2010-04-01"),
        ("Body", body),
        ("From", "+13125550177"),
        ("MessageSid", sid),
        ("NumMedia", "0"),
        ("NumSegments", "1"),
        ("SmsStatus", "received"),
        ("To", twilio.from.as_str()),
    ]
}

async fn status_of(app: &TestApp, appointment: &Value) -> String {
    let r = app.get(&format!("/appointments/{}", appointment["id"].as_str().unwrap())).await;
    r.json()["status"].as_str().unwrap().to_string()
}

crate::provider_tests! {
    async fn a_replayed_inbound_sms_is_applied_once(app, twilio, smtp) {
        let p = james(&app).await;
        let pid = p["id"].as_str().unwrap();
        let visits = [app.reminded_appointment_for(pid, 30).await, app.appointment_for(pid, 80).await, app.appointment_for(pid, 130).await];
        let url = app.url("/webhooks/twilio/sms");
        let params = inbound(&twilio, "SM0000000000000000000000000000cancel", "2");
        let mut answers = vec![];
        for _ in 0..3 {
            answers.push(twilio.post_signed(&url, &params, None).await);
        }
        assert_eq!(answers[0].0, 200);
        assert!(answers[0].1.contains("cancelled"), "{}", answers[0].1);
        assert!(answers.iter().all(|a| *a == answers[0]), "a repeat answers as the first did: {answers:?}");
        assert_eq!(status_of(&app, &visits[0]).await, "cancelled");
        assert_eq!(status_of(&app, &visits[1]).await, "scheduled", "the replay cancelled nothing more");
        assert_eq!(status_of(&app, &visits[2]).await, "scheduled", "the replay cancelled nothing more");

        let params = inbound(&twilio, "SM00000000000000000000000000000text", "Can I bring my daughter?");
        let first = twilio.post_signed(&url, &params, None).await;
        let again = twilio.post_signed(&url, &params, None).await;
        assert_eq!(first, again);
        let thread = app.get(&format!("/patients/{pid}/messages")).await.json();
        assert_eq!(thread["data"].as_array().unwrap().len(), 1, "the text is in the thread once: {thread}");
    }

    async fn concurrent_copies_of_one_inbound_sms_are_applied_once(app, twilio, smtp) {
        let p = james(&app).await;
        let pid = p["id"].as_str().unwrap();
        let mut visits = vec![];
        visits.push(app.reminded_appointment_for(pid, 30).await);
        for h in 1..6 {
            visits.push(app.appointment_for(pid, 30 + 50 * h).await);
        }
        let url = app.url("/webhooks/twilio/sms");
        let sid = "SM000000000000000000000000concurrent";
        let mut tasks = tokio::task::JoinSet::new();
        for _ in 0..6 {
            let (twilio, url) = (twilio.clone(), url.clone());
            tasks.spawn(async move { twilio.post_signed(&url, &inbound(&twilio, sid, "2"), None).await });
        }
        let mut answers = vec![];
        while let Some(a) = tasks.join_next().await {
            answers.push(a.unwrap());
        }
        assert!(answers.iter().all(|a| a.0 == 200 && a.1.contains("cancelled")), "{answers:?}");
        let mut cancelled = 0;
        for v in &visits {
            if status_of(&app, v).await == "cancelled" {
                cancelled += 1;
            }
        }
        assert_eq!(cancelled, 1, "one text cancels one visit, however many copies arrive together");
    }

    async fn a_replayed_status_report_is_answered_from_its_receipt(app, twilio, smtp) {
        let p = james(&app).await;
        app.link(json!({"patient_id": p["id"], "purpose": "sign_in", "send": true})).await;
        app.drain().await;
        let sid = twilio.messages()[0].sid.clone();
        for _ in 0..3 {
            assert_eq!(twilio.send_status(&sid, "delivered").await, 200);
        }
        let metrics = app.state.metrics.render();
        assert!(
            metrics.contains("portico_webhooks_replayed_total{kind=\"status\"} 2"),
            "two of the three identical reports were repeats:\n{metrics}"
        );
    }

    async fn concurrent_copies_of_a_handset_unreachable_report_queue_one_retry(app, twilio, smtp) {
        let p = james(&app).await;
        app.link(json!({"patient_id": p["id"], "purpose": "sign_in", "send": true})).await;
        app.drain().await;
        let sid = twilio.messages()[0].sid.clone();
        // Twilio's retry of a report it thought lost can arrive beside the first: five at once.
        let mut tasks = tokio::task::JoinSet::new();
        for _ in 0..5 {
            let (twilio, sid) = (twilio.clone(), sid.clone());
            tasks.spawn(async move { twilio.send_status_with_error(&sid, "undelivered", Some(30003)).await });
        }
        let mut answers = vec![];
        while let Some(a) = tasks.join_next().await {
            answers.push(a.unwrap());
        }
        assert!(answers.iter().all(|a| *a == 200), "{answers:?}");
        let metrics = app.state.metrics.render();
        assert!(metrics.contains("portico_delivery_retries_total{kind=\"sms\"} 1"), "one retry queued:\n{metrics}");
        assert!(metrics.contains("portico_webhooks_replayed_total{kind=\"status\"} 4"), "four were repeats:\n{metrics}");
        let log = app.get(&format!("/patients/{}/deliveries", p["id"].as_str().unwrap())).await.json();
        let rows = log["data"].as_array().unwrap();
        assert_eq!(rows.len(), 1, "no other channel was tried: {log}");
        assert_eq!(rows[0]["status"], "pending", "queued again once: {log}");
    }
}
