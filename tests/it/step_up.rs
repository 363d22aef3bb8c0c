//! Health details behind a second step: messages open only after a code sent to the other
//! contact point (or the date of birth, where the clinic allows it), with strict limits.

use crate::helpers::*;
use reqwest::StatusCode;
use serde_json::{Value, json};

const SECRET: &str = "Your A1C came back at 6.1";

/// Maria (SMS first, email second) with a staff message, signed in through a thread link.
async fn signed_in(app: &TestApp) -> (Value, Browser, String) {
    let p = app.maria().await;
    let r = app
        .post(
            &format!("/patients/{}/messages", p["id"].as_str().unwrap()),
            &json!({"body": SECRET, "sender": "Dr. Okafor"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED);
    let l = app.link(json!({"patient_id": p["id"], "purpose": "thread"})).await;
    let b = app.browser();
    let r = b.redeem(l["url"].as_str().unwrap()).await;
    let thread = r.header("location").unwrap().to_string();
    (p, b, thread)
}

fn code_in(outbox: &[Value]) -> String {
    let body = outbox.last().unwrap()["body"].as_str().unwrap();
    body.split(|c: char| !c.is_ascii_digit()).find(|w| w.len() == 6).unwrap().to_string()
}

crate::backend_tests! {
    async fn messages_open_only_after_a_code_sent_to_the_other_contact_point(app) {
        let (p, b, thread) = signed_in(&app).await;
        let gate = b.get(&thread).await;
        assert_eq!(gate.status, StatusCode::OK);
        assert!(says(&gate.text, "es", "step-up-heading"));
        assert!(!gate.text.contains(SECRET), "no health details before the step");
        assert!(gate.text.contains("m•••@example.org"), "the code goes to the email, not the phone the link came to");
        let csrf = form_field(&gate.text, "csrf").unwrap();
        let sent = b.post_form("/p/verify/send", &[("csrf", &csrf), ("next", &thread)]).await;
        assert_eq!(sent.status, StatusCode::OK);
        let outbox = app.outbox().await;
        assert_eq!(outbox.last().unwrap()["to"], "maria@example.org");
        let code = code_in(&outbox);
        let wrong = if code == "000000" { "111111" } else { "000000" };
        let r = b.post_form("/p/verify/code", &[("csrf", &csrf), ("next", &thread), ("code", wrong)]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(!r.text.contains(SECRET));
        let before = b.cookie("portico_session").unwrap();
        let r = b.post_form("/p/verify/code", &[("csrf", &csrf), ("next", &thread), ("code", &code)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        assert_eq!(r.header("location").unwrap(), thread);
        let after = b.cookie("portico_session").unwrap();
        assert_ne!(before, after, "the session id changes at step-up");
        let cookie = r.headers.get_all("set-cookie").iter().map(|v| v.to_str().unwrap()).find(|c| c.starts_with("portico_session=")).unwrap().to_string();
        assert!(cookie.contains("HttpOnly") && cookie.contains("Max-Age=86400"), "{cookie}");
        let page = b.get(&thread).await;
        assert!(page.text.contains(SECRET), "{}", page.text);
        // The old cookie is dead.
        let old = app.client.get(app.url(&thread)).header("cookie", format!("portico_session={before}")).send().await.unwrap();
        assert_eq!(old.status(), StatusCode::UNAUTHORIZED);
        // Reply.
        let csrf = form_field(&page.text, "csrf").unwrap();
        let r = b.post_form(&format!("{thread}/messages"), &[("csrf", &csrf), ("body", "Thanks <doctor>, see you soon")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let page = b.get(&thread).await;
        assert!(page.text.contains("Thanks &lt;doctor&gt;, see you soon") || page.text.contains("Thanks &#60;doctor&#62;, see you soon"), "escaped on the page: {}", page.text);
        assert!(!page.text.contains("<doctor>"));
        let api = app.get(&format!("/patients/{}/messages", p["id"].as_str().unwrap())).await.json();
        assert_eq!(api["data"][1]["author"], "patient");
        assert_eq!(api["data"][1]["body"], "Thanks <doctor>, see you soon");
    }

    async fn tries_are_limited_per_hour_and_stop_hard_after_twenty_failures(app) {
        let (_, b, thread) = signed_in(&app).await;
        let gate = b.get(&thread).await;
        let csrf = form_field(&gate.text, "csrf").unwrap();
        b.post_form("/p/verify/send", &[("csrf", &csrf), ("next", &thread)]).await;
        let code = code_in(&app.outbox().await);
        let wrong = if code == "000000" { "111111" } else { "000000" };
        for _ in 0..5 {
            let r = b.post_form("/p/verify/code", &[("csrf", &csrf), ("next", &thread), ("code", wrong)]).await;
            assert!(says(&r.text, "es", "step-up-code-wrong"));
        }
        let r = b.post_form("/p/verify/code", &[("csrf", &csrf), ("next", &thread), ("code", &code)]).await;
        assert!(says(&r.text, "es", "step-up-too-many-tries"), "the sixth try in an hour is refused, even a right one");
        // Keep failing, an hour at a time, until the hard stop. Sessions idle out, so sign in again.
        let mut failures = 5;
        while failures < 20 {
            app.clock.advance(std::time::Duration::from_secs(3601));
            let (_, b2, thread2) = {
                let l = app.link(json!({"patient_id": app.get("/patients").await.json()["data"][0]["id"], "purpose": "thread"})).await;
                let b2 = app.browser();
                let r = b2.redeem(l["url"].as_str().unwrap()).await;
                ((), b2, r.header("location").unwrap().to_string())
            };
            let gate = b2.get(&thread2).await;
            let csrf2 = form_field(&gate.text, "csrf").unwrap();
            for _ in 0..5 {
                if failures >= 20 {
                    break;
                }
                b2.post_form("/p/verify/code", &[("csrf", &csrf2), ("next", &thread2), ("code", wrong)]).await;
                failures += 1;
            }
            if failures >= 20 {
                let locked = b2.get(&thread2).await;
                assert!(says(&locked.text, "es", "step-up-locked"), "{}", locked.text);
                let r = b2.post_form("/p/verify/send", &[("csrf", &csrf2), ("next", &thread2)]).await;
                let code = code_in(&app.outbox().await);
                let r2 = b2.post_form("/p/verify/code", &[("csrf", &csrf2), ("next", &thread2), ("code", &code)]).await;
                assert_ne!(r2.status, StatusCode::SEE_OTHER, "locked even with the right code");
                assert!(!r2.text.contains(SECRET) && !r.text.contains(SECRET));
            }
        }
    }

    async fn the_date_of_birth_works_only_where_the_clinic_allows_it(app) {
        let (_, b, thread) = signed_in(&app).await;
        let gate = b.get(&thread).await;
        assert!(!gate.text.contains("birth_date"), "off by default");
        let csrf = form_field(&gate.text, "csrf").unwrap();
        let r = b.post_form("/p/verify/birth-date", &[("csrf", &csrf), ("next", &thread), ("birth_date", "1981-04-12")]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "refused while the clinic has not enabled it");
        let r = app.patch("/clinic", &json!({"step_up_with_birth_date": true})).await;
        assert_eq!(r.json()["step_up_with_birth_date"], true);
        let gate = b.get(&thread).await;
        assert!(gate.text.contains("birth_date"));
        let r = b.post_form("/p/verify/birth-date", &[("csrf", &csrf), ("next", &thread), ("birth_date", "1981-04-13")]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        let r = b.post_form("/p/verify/birth-date", &[("csrf", &csrf), ("next", "//evil.example/x"), ("birth_date", "1981-04-12")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(r.header("location").unwrap(), "/p", "never redirected off the site");
        assert!(b.get(&thread).await.text.contains(SECRET));
    }

    async fn a_patient_with_one_contact_point_and_no_birth_date_option_is_told_to_call(app) {
        let p = app.create_patient(json!({"name": "James Carter", "phone": "+13125550177"})).await;
        let l = app.link(json!({"patient_id": p["id"], "purpose": "thread"})).await;
        let b = app.browser();
        let r = b.redeem(l["url"].as_str().unwrap()).await;
        let gate = b.get(r.header("location").unwrap()).await;
        assert!(says(&gate.text, "en", "step-up-no-way") && gate.text.contains("tel:+13125550100"), "{}", gate.text);
        assert!(!gate.text.contains("/p/verify/send"));
    }
}
