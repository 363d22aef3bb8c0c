//! Faults found by trying Portico as an attacker and as a bad day would, each held here:
//! a link kept for replay is not readable at rest, a `next` that is not a plain path is
//! refused before the step-up acts, an array is not an object, parallel guesses are counted,
//! a contact change needs a fresh step-up, and the OpenAPI document names every purpose.

use crate::helpers::*;
use portico::domain::*;
use reqwest::StatusCode;
use serde_json::{Value, json};

/// Maria in a session stepped up by a code to her email, landed on the settings page.
async fn stepped_up_on_settings(app: &TestApp) -> (Value, Browser) {
    let p = app.maria().await;
    let (b, _) = app.stepped_up_browser(&p, "settings").await;
    (p, b)
}

crate::backend_tests! {
    async fn a_link_kept_for_an_idempotent_replay_is_not_readable_at_rest(app) {
        let p = app.maria().await;
        let body = json!({"patient_id": p["id"], "purpose": "sign_in"});
        let send = || app.client.post(app.url("/api/v1/links")).bearer_auth(&app.api_key).header("idempotency-key", "link-1").json(&body).send();
        let first = send().await.unwrap();
        assert_eq!(first.status(), StatusCode::CREATED);
        let first: Value = first.json().await.unwrap();
        let token = token_of(first["url"].as_str().unwrap());
        let kept = app.raw_column("SELECT response FROM idempotency_keys").await;
        assert_eq!(kept.len(), 1, "the response was kept for replay");
        assert!(!kept[0].windows(token.len()).any(|w| w == token.as_bytes()), "no token at rest");
        let again = send().await.unwrap();
        assert_eq!(again.headers()["idempotent-replayed"], "true");
        let again: Value = again.json().await.unwrap();
        assert_eq!(again["url"], first["url"], "the replay still answers as the first did");
    }

    async fn a_step_up_next_with_a_line_break_goes_home_instead_of_failing_after_the_step(app) {
        let p = app.maria().await;
        let l = app.link(json!({"patient_id": p["id"], "purpose": "thread"})).await;
        let b = app.browser();
        let r = b.redeem(l["url"].as_str().unwrap()).await;
        let thread = r.header("location").unwrap().to_string();
        let gate = b.get(&thread).await;
        let csrf = form_field(&gate.text, "csrf").unwrap();
        let next = format!("{thread}\r\nSet-Cookie: x=y");
        b.post_form("/p/verify/send", &[("csrf", &csrf), ("next", &next)]).await;
        let code = app.last_code().await;
        let r = b.post_form("/p/verify/code", &[("csrf", &csrf), ("next", &next), ("code", &code)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        assert_eq!(r.header("location"), Some("/p"));
        assert!(b.get("/p").await.status == StatusCode::OK, "the stepped-up session arrived");
    }

    async fn a_json_array_is_refused_where_an_object_is_expected(app) {
        let p = app.maria().await;
        let path = format!("/patients/{}", p["id"].as_str().unwrap());
        let r = app.patch(&path, &json!(["New Name"])).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.text);
        assert_eq!(r.json()["error"]["field"], "body");
        assert_eq!(app.get(&path).await.json()["name"], "Maria Lopez", "nothing changed");
        let r = app.post("/appointments", &json!([p["id"], "2030-01-01T10:00:00Z"])).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.text);
    }

    async fn a_contact_change_needs_a_step_up_of_the_last_twenty_minutes(app) {
        let (_, b) = stepped_up_on_settings(&app).await;
        app.clock.advance(std::time::Duration::from_secs(21 * 60));
        let page = b.get("/p/settings").await;
        assert_eq!(page.status, StatusCode::OK, "settings still open: the session is stepped up");
        let csrf = form_field(&page.text, "csrf").unwrap();
        let sent_before = app.outbox().await.len();
        let r = b.post_form("/p/settings/contact", &[("csrf", &csrf), ("kind", "phone"), ("value", "+13125550199")]).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        assert!(r.text.contains("/p/verify/send"), "the step-up page, again: {}", r.text);
        assert_eq!(app.outbox().await.len(), sent_before, "no code went to the new number");
    }

    async fn a_contact_change_right_after_the_step_up_sends_its_code(app) {
        let (_, b) = stepped_up_on_settings(&app).await;
        app.clock.advance(std::time::Duration::from_secs(19 * 60));
        let csrf = form_field(&b.get("/p/settings").await.text, "csrf").unwrap();
        let r = b.post_form("/p/settings/contact", &[("csrf", &csrf), ("kind", "phone"), ("value", "+13125550199")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        assert_eq!(app.outbox().await.last().unwrap()["to"], "+13125550199");
    }

    async fn the_openapi_delivery_schema_names_every_purpose_the_code_sends(app) {
        let doc = app.client.get(app.url("/api/v1/openapi.json")).send().await.unwrap().json::<Value>().await.unwrap();
        let listed: Vec<String> = doc["components"]["schemas"]["Delivery"]["properties"]["purpose"]["enum"]
            .as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect();
        for purpose in [DeliveryPurpose::Link, DeliveryPurpose::Reminder, DeliveryPurpose::Cancellation, DeliveryPurpose::MessageAlert, DeliveryPurpose::RefillUpdate] {
            // A new purpose makes this match fail to compile until it is listed here too.
            match purpose {
                DeliveryPurpose::Link | DeliveryPurpose::Reminder | DeliveryPurpose::Cancellation
                | DeliveryPurpose::MessageAlert | DeliveryPurpose::RefillUpdate => {}
            }
            assert!(listed.iter().any(|l| l == purpose.as_str()), "{} missing from {listed:?}", purpose.as_str());
        }
    }
}

mod store {
    crate::store_tests! {
        async fn parallel_hits_on_one_bucket_each_see_the_others(store) {
            let now = jiff::Timestamp::now();
            let since = now - jiff::SignedDuration::from_hours(1);
            let mut tasks = tokio::task::JoinSet::new();
            for _ in 0..20 {
                let store = store.clone();
                tasks.spawn(async move { store.rate_hit("stepup-try:pat_x", now, since).await.unwrap() });
            }
            let mut counts = vec![];
            while let Some(n) = tasks.join_next().await {
                counts.push(n.unwrap());
            }
            counts.sort();
            assert_eq!(counts, (1..=20).collect::<Vec<i64>>(), "each hit counted the ones before it");
        }
    }
}
