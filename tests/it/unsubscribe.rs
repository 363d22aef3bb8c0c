//! One-click unsubscribe (RFC 8058): a message-alert email names its unsubscribe address in
//! `List-Unsubscribe` with `List-Unsubscribe-Post`; the mail provider's POST works without a
//! session or form token, is idempotent, and is honoured before the next send; a person who
//! opens the address is asked first; a changed token is refused.

use crate::helpers::*;
use crate::standins::smtp::parse;
use serde_json::{Value, json};
use std::time::Duration;

async fn email_status(app: &TestApp, p: &Value) -> String {
    let r = app.get(&format!("/patients/{}", p["id"].as_str().unwrap())).await.json();
    r["contact_status"]["email"].as_str().unwrap_or_default().to_string()
}

async fn alert(app: &TestApp, p: &Value, body: &str) {
    let r = app
        .post(
            &format!("/patients/{}/messages", p["id"].as_str().unwrap()),
            &json!({"body": body, "sender": "Dr. Okafor"}),
        )
        .await;
    assert_eq!(r.status, reqwest::StatusCode::CREATED, "{}", r.text);
    app.drain().await;
}

crate::provider_tests! {
    async fn one_click_unsubscribe_stops_alert_emails_without_a_session_and_twice_changes_nothing(app, _twilio, smtp) {
        let p = app.create_patient(json!({"name": "Lan Tran", "email": "lan@example.org", "channels": ["email"]})).await;
        alert(&app, &p, "Your results are in").await;
        let mail = smtp.wait_for(1, Duration::from_secs(10)).await;
        let parsed = parse(&mail[0]);
        let header = parsed.header_raw("List-Unsubscribe").expect("List-Unsubscribe").trim().to_string();
        assert_eq!(parsed.header_raw("List-Unsubscribe-Post").map(str::trim), Some("List-Unsubscribe=One-Click"));
        let url = header.trim_start_matches('<').trim_end_matches('>').to_string();
        assert!(url.starts_with(&format!("{}/u/", app.base)), "{url}");

        // Opening it asks first and changes nothing.
        let r = http_client().get(&url).send().await.unwrap();
        assert_eq!(r.status(), reqwest::StatusCode::OK);
        let page = r.text().await.unwrap();
        assert!(page.contains("l•••@example.org") && !page.contains("lan@example.org"), "{page}");
        assert_eq!(email_status(&app, &p).await, "ok");

        // The provider's POST: no cookie, no Origin, no form token.
        for _ in 0..2 {
            let r = http_client()
                .post(&url)
                .header("content-type", "application/x-www-form-urlencoded")
                .body("List-Unsubscribe=One-Click")
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), reqwest::StatusCode::OK);
            assert_eq!(email_status(&app, &p).await, "opted_out");
        }
        let audit = app.get(&format!("/audit?subject={}&limit=100", p["id"].as_str().unwrap())).await.json();
        let recorded = audit["data"].as_array().unwrap().iter().filter(|e| e["action"] == "patient.unsubscribed").count();
        assert_eq!(recorded, 1, "the second POST changed nothing");

        // The next alert is not emailed.
        alert(&app, &p, "Another note").await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert_eq!(smtp.messages().len(), 1, "honoured before the next send");

        // A token changed by one character, or for another patient, is refused.
        let q = app.create_patient(json!({"name": "Ana Ruiz", "email": "ana@example.org", "channels": ["email"]})).await;
        let swapped = url.replace(p["id"].as_str().unwrap(), q["id"].as_str().unwrap());
        let mut tampered = url.clone();
        let last = tampered.pop().unwrap();
        tampered.push(if last == 'A' { 'B' } else { 'A' });
        for bad in [swapped, tampered] {
            let r = http_client().post(&bad).body("List-Unsubscribe=One-Click").send().await.unwrap();
            assert_eq!(r.status(), reqwest::StatusCode::NOT_FOUND, "{bad}");
        }
        assert_eq!(email_status(&app, &q).await, "ok");
    }
}
