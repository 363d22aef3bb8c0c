//! One tap to confirm: an appointment link's landing page offers "Confirm I will come", which
//! in one POST uses the link, confirms the visit (the same change and audit row as the
//! appointment page's button) and lands on the page with the confirmation shown; "See or
//! change" only opens the page. GET never acts; a visit that can no longer be confirmed still
//! opens its page, with a notice saying why.

use crate::helpers::*;
use reqwest::StatusCode;
use serde_json::{Value, json};

fn id(v: &Value) -> &str {
    v["id"].as_str().unwrap()
}

/// A link to `a`, as the clinic's API issues it.
async fn link_to(app: &TestApp, p: &Value, a: &Value) -> String {
    let l = app.link(json!({"patient_id": p["id"], "purpose": "appointment", "subject_id": a["id"]})).await;
    l["url"].as_str().unwrap().to_string()
}

/// Open the landing page and press the button whose `then` is `then`.
async fn tap(b: &Browser, url: &str, then: &str) -> Reply {
    let landing = b.get(url).await;
    assert_eq!(landing.status, StatusCode::OK, "landing: {}", landing.text);
    let csrf = form_field(&landing.text, "csrf").unwrap();
    b.post_form(url, &[("csrf", &csrf), ("then", then)]).await
}

async fn status_of(app: &TestApp, a: &Value) -> Value {
    app.get(&format!("/appointments/{}", id(a))).await.json()["status"].clone()
}

/// The `appointment.confirmed` audit rows for `a`.
async fn confirmations(app: &TestApp, a: &Value) -> usize {
    let events = app.state.store.audit_events(Some(&app.clinic.id), 200).await.unwrap();
    events.iter().filter(|e| e.action == "appointment.confirmed" && e.subject.as_deref() == Some(id(a))).count()
}

crate::backend_tests! {
    async fn confirm_i_will_come_uses_the_link_once_confirms_and_shows_the_confirmation(app) {
        let p = app.maria().await;
        let a = app.appointment_for(id(&p), 30).await;
        let url = link_to(&app, &p, &a).await;
        let b = app.browser();
        // The landing page offers both buttons, in the patient's language, and does nothing.
        let landing = b.get(&url).await;
        assert!(landing.text.contains("name=\"then\" value=\"confirm\"") && landing.text.contains("name=\"then\" value=\"open\""), "{}", landing.text);
        assert!(says(&landing.text, "es", "appointment-confirm") && says(&landing.text, "es", "landing-appointment-see"));
        assert!(!landing.text.contains("Dr. Herrera") && !landing.text.contains("Suite 300"), "no details before the button");
        let csrf = form_field(&landing.text, "csrf").unwrap();
        for _ in 0..2 {
            assert_eq!(b.get(&url).await.status, StatusCode::OK);
        }
        assert_eq!(status_of(&app, &a).await, "scheduled", "GET never confirms");
        assert_eq!(app.live_sessions(id(&p)).await, 0, "GET never uses the link");
        // One POST: the link is used, the visit confirmed, and the page says so.
        let r = tap(&b, &url, "confirm").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        let to = r.header("location").unwrap().to_string();
        assert_eq!(to, format!("/p/appointments/{}?done=confirmed", id(&a)));
        assert_eq!(status_of(&app, &a).await, "confirmed");
        assert_eq!(app.live_sessions(id(&p)).await, 1);
        let page = b.get(&to).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(says(&page.text, "es", "appointment-done-confirmed") && says(&page.text, "es", "status-confirmed"), "{}", page.text);
        assert!(!page.text.contains("/confirm\""), "nothing left to confirm");
        let events = app.state.store.audit_events(Some(&app.clinic.id), 50).await.unwrap();
        let confirmed: Vec<_> = events.iter().filter(|e| e.action == "appointment.confirmed").collect();
        assert_eq!(confirmed.len(), 1, "{events:?}");
        assert_eq!(confirmed[0].subject.as_deref(), Some(id(&a)));
        assert_eq!(confirmed[0].actor, format!("patient:{}", id(&p)));
        assert!(events.iter().any(|e| e.action == "link.redeemed"), "the link's use is audited too");
        // The same link again, with the landing page's valid CSRF token, is refused as used:
        // nothing more happens.
        assert_eq!(b.get(&url).await.status, StatusCode::GONE);
        let again = b.post_form(&url, &[("csrf", &csrf), ("then", "confirm")]).await;
        assert_eq!(again.status, StatusCode::GONE, "{}", again.text);
        assert!(says(&again.text, "es", "link-used-heading"), "{}", again.text);
        assert_eq!(confirmations(&app, &a).await, 1, "confirmed once");
        assert_eq!(app.live_sessions(id(&p)).await, 1, "no second session");
    }

    async fn see_or_change_only_opens_the_appointment_page(app) {
        let p = app.maria().await;
        let a = app.appointment_for(id(&p), 30).await;
        let b = app.browser();
        let r = tap(&b, &link_to(&app, &p, &a).await, "open").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(r.header("location").unwrap(), format!("/p/appointments/{}", id(&a)));
        assert_eq!(status_of(&app, &a).await, "scheduled");
        assert_eq!(confirmations(&app, &a).await, 0);
        let page = b.get(r.header("location").unwrap()).await;
        assert!(page.text.contains("/confirm\""), "the page still offers to confirm");
    }

    async fn a_visit_that_can_no_longer_be_confirmed_opens_its_page_with_a_notice_saying_why(app) {
        let p = app.maria().await;
        // Cancelled by the clinic after the link went out.
        let cancelled = app.appointment_for(id(&p), 30).await;
        let url = link_to(&app, &p, &cancelled).await;
        let r = app.post(&format!("/appointments/{}/cancel", id(&cancelled)), &json!({})).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        let b = app.browser();
        let r = tap(&b, &url, "confirm").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        assert_eq!(r.header("location").unwrap(), format!("/p/appointments/{}?done=cancelled-cannot-confirm", id(&cancelled)));
        let page = b.get(r.header("location").unwrap()).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(says(&page.text, "es", "appointment-done-cancelled-cannot-confirm"), "{}", page.text);
        assert_eq!(status_of(&app, &cancelled).await, "cancelled");
        // Already confirmed: a second link to the same visit says so, and confirms nothing again.
        let visit = app.appointment_for(id(&p), 40).await;
        let first = tap(&app.browser(), &link_to(&app, &p, &visit).await, "confirm").await;
        assert_eq!(first.header("location").unwrap(), format!("/p/appointments/{}?done=confirmed", id(&visit)));
        let b = app.browser();
        let r = tap(&b, &link_to(&app, &p, &visit).await, "confirm").await;
        assert_eq!(r.header("location").unwrap(), format!("/p/appointments/{}?done=already-confirmed", id(&visit)));
        assert!(says(&b.get(r.header("location").unwrap()).await.text, "es", "appointment-done-already-confirmed"));
        assert_eq!(confirmations(&app, &visit).await, 1, "no second confirmation");
        // Begun already: the link still works (it lasts a week), the visit cannot be confirmed.
        let soon = app.appointment_for(id(&p), 2).await;
        let url = link_to(&app, &p, &soon).await;
        app.clock.advance(std::time::Duration::from_secs(3 * 3600));
        let b = app.browser();
        let r = tap(&b, &url, "confirm").await;
        assert_eq!(r.header("location").unwrap(), format!("/p/appointments/{}?done=passed-cannot-confirm", id(&soon)));
        assert!(says(&b.get(r.header("location").unwrap()).await.text, "es", "appointment-done-passed-cannot-confirm"));
        assert_eq!(status_of(&app, &soon).await, "scheduled");
        assert_eq!(confirmations(&app, &soon).await, 0);
    }

    async fn confirm_on_a_link_that_is_not_an_appointments_only_opens_its_page(app) {
        let p = app.maria().await;
        let a = app.appointment_for(id(&p), 30).await;
        let l = app.link(json!({"patient_id": p["id"], "purpose": "sign_in"})).await;
        let b = app.browser();
        let landing = b.get(l["url"].as_str().unwrap()).await;
        assert!(!landing.text.contains("value=\"confirm\""), "one button only");
        let csrf = form_field(&landing.text, "csrf").unwrap();
        let r = b.post_form(l["url"].as_str().unwrap(), &[("csrf", &csrf), ("then", "confirm")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(r.header("location").unwrap(), "/p");
        assert_eq!(status_of(&app, &a).await, "scheduled");
    }

    async fn confirm_i_will_come_without_a_valid_csrf_token_changes_nothing(app) {
        let p = app.maria().await;
        let a = app.appointment_for(id(&p), 30).await;
        let url = link_to(&app, &p, &a).await;
        let b = app.browser();
        b.get(&url).await;
        let r = b.post_form(&url, &[("csrf", "forged"), ("then", "confirm")]).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        assert_eq!(status_of(&app, &a).await, "scheduled");
        assert_eq!(app.live_sessions(id(&p)).await, 0);
        // And the link still works afterwards.
        assert_eq!(tap(&b, &url, "confirm").await.status, StatusCode::SEE_OTHER);
        assert_eq!(status_of(&app, &a).await, "confirmed");
    }
}
