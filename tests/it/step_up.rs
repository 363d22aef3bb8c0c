//! Health details behind a second step: messages open only after a code sent to the other
//! contact point, or the date of birth (by default for a patient with no other contact point;
//! clinics may turn it on for everyone or off), with strict limits. The page names what works
//! for this patient, or what to ask the clinic for.

use crate::helpers::*;
use reqwest::StatusCode;
use serde_json::{Value, json};

const SECRET: &str = "Your A1C came back at 6.1";

/// Maria (SMS first, email second) with a staff message, signed in through a thread link.
async fn signed_in(app: &TestApp) -> (Value, Browser, String) {
    let p = app.maria().await;
    with_a_message_through_a_thread_link(app, p).await
}

/// `p` gets a staff message and opens their thread link in a fresh browser.
async fn with_a_message_through_a_thread_link(app: &TestApp, p: Value) -> (Value, Browser, String) {
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

/// James, reached by SMS only (one contact point), with a staff message, signed in through a
/// thread link.
async fn one_contact_patient(app: &TestApp, birth_date: Option<&str>) -> (Value, Browser, String) {
    let p =
        app.create_patient(json!({"name": "James Carter", "phone": "+13125550177", "birth_date": birth_date})).await;
    with_a_message_through_a_thread_link(app, p).await
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
        let events = app.state.store.audit_events(None, 50).await.unwrap();
        let read = events.iter().find(|e| e.action == "messages.viewed").expect("the read is audited");
        assert_eq!(read.auth.as_deref(), Some("link+code"), "a link, then a code to the other contact point");
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
        // Maria has a second contact point for a code, so by default the date of birth is not offered.
        let (_, b, thread) = signed_in(&app).await;
        let gate = b.get(&thread).await;
        assert!(!gate.text.contains("birth_date"), "off by default for a patient a code can reach");
        assert!(gate.text.contains(&portico::i18n::Lang::from_tag("es").unwrap().f("step-up-ways-code", &[
            ("channel", portico::i18n::Arg::Str("email")), ("destination", portico::i18n::Arg::Str("m•••@example.org"))])),
            "the page names where the code will go: {}", gate.text);
        let csrf = form_field(&gate.text, "csrf").unwrap();
        let r = b.post_form("/p/verify/birth-date", &[("csrf", &csrf), ("next", &thread), ("birth_date", "1981-04-12")]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "refused while the clinic has not enabled it");
        let r = app.patch("/clinic", &json!({"step_up_birth_date": "on"})).await;
        assert_eq!(r.json()["step_up_birth_date"], "on");
        let gate = b.get(&thread).await;
        assert!(gate.text.contains("birth_date"));
        assert!(gate.text.contains(&portico::i18n::Lang::from_tag("es").unwrap().f("step-up-ways-code-or-birth-date", &[
            ("channel", portico::i18n::Arg::Str("email")), ("destination", portico::i18n::Arg::Str("m•••@example.org"))])),
            "both ways, named: {}", gate.text);
        let r = b.post_form("/p/verify/birth-date", &[("csrf", &csrf), ("next", &thread), ("birth_date", "1981-04-13")]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        let r = b.post_form("/p/verify/birth-date", &[("csrf", &csrf), ("next", "//evil.example/x"), ("birth_date", "1981-04-12")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(r.header("location").unwrap(), "/p", "never redirected off the site");
        assert!(b.get(&thread).await.text.contains(SECRET));
    }

    async fn a_patient_with_one_contact_point_steps_up_by_birth_date_with_default_settings(app) {
        assert_eq!(app.get("/clinic").await.json()["step_up_birth_date"], "default");
        let (p, b, thread) = one_contact_patient(&app, Some("1958-09-30")).await;
        let gate = b.get(&thread).await;
        assert!(says(&gate.text, "en", "step-up-ways-birth-date") && says(&gate.text, "en", "step-up-birth-date-only-label"), "{}", gate.text);
        assert!(!gate.text.contains("/p/verify/send"), "no code: there is no second contact point");
        assert!(!says(&gate.text, "en", "step-up-birth-date-label"), "not \"or\": it is the only way");
        assert!(!gate.text.contains(SECRET));
        let csrf = form_field(&gate.text, "csrf").unwrap();
        let r = b.post_form("/p/verify/birth-date", &[("csrf", &csrf), ("next", &thread), ("birth_date", "1958-09-30")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        assert_eq!(r.header("location").unwrap(), thread);
        assert!(b.get(&thread).await.text.contains(SECRET));
        let events = app.state.store.audit_events(Some(&app.clinic.id), 50).await.unwrap();
        let passed = events.iter().find(|e| e.action == "step_up.passed").expect("a step_up.passed audit row");
        assert_eq!(passed.detail.as_deref(), Some("birth_date"));
        assert_eq!(passed.actor, format!("patient:{}", p["id"].as_str().unwrap()));
        assert_eq!(passed.auth.as_deref(), Some("link+birth_date"), "a link, then the date of birth");
    }

    async fn a_clinic_that_turned_the_birth_date_off_tells_a_one_contact_patient_what_to_ask_for(app) {
        let r = app.patch("/clinic", &json!({"step_up_birth_date": "off"})).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        assert_eq!(r.json()["step_up_birth_date"], "off");
        let (p, b, thread) = one_contact_patient(&app, Some("1958-09-30")).await;
        let gate = b.get(&thread).await;
        assert!(says(&gate.text, "en", "step-up-no-way-off"), "{}", gate.text);
        assert!(gate.text.contains("href=\"tel:+13125550100\"") && gate.text.contains("(312) 555-0100"), "the clinic's number, as the patient dials it: {}", gate.text);
        assert!(!gate.text.contains("/p/verify/send") && !gate.text.contains("/p/verify/birth-date"), "nothing on offer that would not work");
        // The gate has no form; the session's token, from the home page.
        let csrf = form_field(&b.get("/p").await.text, "csrf").unwrap();
        let r = b.post_form("/p/verify/birth-date", &[("csrf", &csrf), ("next", &thread), ("birth_date", "1958-09-30")]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "the right date does not pass once the clinic turned it off");
        assert!(!b.get(&thread).await.text.contains(SECRET));
        // What the page told the patient to ask for works: with an email added, a code can go there.
        let r = app.patch(&format!("/patients/{}", p["id"].as_str().unwrap()), &json!({"email": "james@example.org"})).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        let gate = b.get(&thread).await;
        assert!(gate.text.contains("/p/verify/send") && gate.text.contains("j•••@example.org"), "{}", gate.text);
        assert!(!says(&gate.text, "en", "step-up-no-way-off"));
    }

    async fn a_one_contact_patient_without_a_birth_date_on_file_is_told_to_ask_the_clinic_for_one(app) {
        let (p, b, thread) = one_contact_patient(&app, None).await;
        let gate = b.get(&thread).await;
        assert!(says(&gate.text, "en", "step-up-no-way-no-birth-date") && gate.text.contains("tel:+13125550100"), "{}", gate.text);
        assert!(!gate.text.contains("/p/verify/send") && !gate.text.contains("/p/verify/birth-date"));
        // What the page told the patient to ask for works: with a date of birth on file, it is offered.
        let r = app.patch(&format!("/patients/{}", p["id"].as_str().unwrap()), &json!({"birth_date": "1958-09-30"})).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        let gate = b.get(&thread).await;
        assert!(gate.text.contains("/p/verify/birth-date") && !says(&gate.text, "en", "step-up-no-way-no-birth-date"), "{}", gate.text);
    }

    async fn wrong_birth_dates_are_limited_to_five_tries_an_hour(app) {
        let (_, b, thread) = one_contact_patient(&app, Some("1958-09-30")).await;
        let gate = b.get(&thread).await;
        let csrf = form_field(&gate.text, "csrf").unwrap();
        for _ in 0..5 {
            let r = b.post_form("/p/verify/birth-date", &[("csrf", &csrf), ("next", &thread), ("birth_date", "1958-09-29")]).await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
            assert!(says(&r.text, "en", "step-up-birth-date-wrong"), "{}", r.text);
        }
        let r = b.post_form("/p/verify/birth-date", &[("csrf", &csrf), ("next", &thread), ("birth_date", "1958-09-30")]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(says(&r.text, "en", "step-up-too-many-tries"), "the sixth try in an hour is refused, even a right one");
        assert!(!b.get(&thread).await.text.contains(SECRET));
        // An hour on, the right date works (in a new session: the old one idled out).
        app.clock.advance(std::time::Duration::from_secs(3601));
        let l = app.link(json!({"patient_id": app.get("/patients").await.json()["data"][0]["id"], "purpose": "thread"})).await;
        let b = app.browser();
        let thread = b.redeem(l["url"].as_str().unwrap()).await.header("location").unwrap().to_string();
        let csrf = form_field(&b.get(&thread).await.text, "csrf").unwrap();
        let r = b.post_form("/p/verify/birth-date", &[("csrf", &csrf), ("next", &thread), ("birth_date", "1958-09-30")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
    }

    async fn the_birth_date_setting_is_default_on_or_off_and_anything_else_is_refused(app) {
        let r = app.patch("/clinic", &json!({"step_up_birth_date": "sometimes"})).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(r.json()["error"]["field"], "step_up_birth_date");
        let r = app.patch("/clinic", &json!({"step_up_birth_date": "on", "step_up_with_birth_date": false})).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "the old and new forms together are refused");
        assert_eq!(app.get("/clinic").await.json()["step_up_birth_date"], "default", "a refused change changes nothing");
        // The deprecated boolean still works: true is on, false is off.
        let r = app.patch("/clinic", &json!({"step_up_with_birth_date": true})).await;
        assert_eq!(r.json()["step_up_birth_date"], "on");
        let r = app.patch("/clinic", &json!({"step_up_with_birth_date": false})).await;
        assert_eq!(r.json()["step_up_birth_date"], "off");
        let r = app.patch("/clinic", &json!({"step_up_birth_date": "default"})).await;
        assert_eq!(r.json()["step_up_birth_date"], "default");
        assert_eq!(app.get("/clinic").await.json()["step_up_birth_date"], "default");
    }
}
