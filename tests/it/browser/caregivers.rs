//! Caregiver grants in a real browser (JavaScript on, so axe-core can run): the patient opens
//! "People who help you", invites a caregiver by SMS (with reminder copies); the caregiver opens
//! the invitation, asks for a code, types it, reads the patient's appointments and confirms one,
//! writes to the care team, and is refused a scope the grant does not hold; a reminder copy's
//! one-tap link opens the visits on another browser, where she asks for another time. axe-core
//! checks each new page, in English and Arabic.

use super::checks::{Axe, Shots};
use super::webdriver::{Chrome, Js};
use super::{message_alert_link, start};
use crate::helpers::*;
use serde_json::json;

const CAREGIVER_PHONE: &str = "+13125550190";

/// The newest dev-outbox SMS to the caregiver's phone.
async fn last_to_caregiver(app: &TestApp) -> String {
    let outbox = app.outbox().await;
    let m = outbox.iter().rev().find(|m| m["to"] == CAREGIVER_PHONE).expect("an SMS to the caregiver");
    m["body"].as_str().unwrap().to_string()
}

async fn walk(language: &str) {
    let Some(axe) = Axe::load() else { return };
    let Some((app, b)) = start(Js::Enabled).await else { return };
    let shots = Shots(format!("caregivers-{language}"));
    let mut problems = vec![];
    let p = app
        .create_patient(
            json!({"name": "Ana Ruiz", "birth_date": "1950-02-03", "phone": "+13125550166", "language": language}),
        )
        .await;
    let pid = p["id"].as_str().unwrap().to_string();
    b.goto(&message_alert_link(&app, &p).await).await;
    b.click(&b.find(super::OPEN_BUTTON).await).await;
    // The thread opens before the next address is typed in.
    b.find("input[name=next][value^='/p/threads/']").await;
    b.goto(&app.url("/p/caregivers")).await;
    b.execute("document.getElementById('birth_date').value = '1950-02-03';", json!([])).await;
    b.click(&b.find("form[action='/p/verify/birth-date'] button").await).await;
    b.find("#cg-name").await;
    problems.extend(axe.violations(&b, &format!("{language} caregivers, none yet")).await);
    shots.take(&b, "caregivers").await;
    b.send_keys(&b.find("#cg-name").await, "Marta Ruiz").await;
    b.send_keys(&b.find("#cg-contact").await, CAREGIVER_PHONE).await;
    b.click(&b.find("input[name=scope_messages]").await).await;
    b.click(&b.find("#cg-copies").await).await;
    b.click(&b.find("form[action='/p/caregivers/invite'] button").await).await;
    b.find("form[action$='/revoke']").await;
    b.find("form[action$='/copies']").await;
    problems.extend(axe.violations(&b, &format!("{language} caregivers, one invited")).await);
    shots.take(&b, "caregivers-invited").await;

    let sms = last_to_caregiver(&app).await;
    let url = sms.split_whitespace().find(|w| w.contains("/g/")).expect("an invitation link").to_string();
    let c = Chrome::start(Js::Enabled).await.expect("a second browser");
    c.goto(&url).await;
    problems.extend(axe.violations(&c, &format!("{language} invitation")).await);
    shots.take(&c, "invitation").await;
    c.click(&c.find("form[action$='/code'] button").await).await;
    let code_field = c.find("#code").await;
    problems.extend(axe.violations(&c, &format!("{language} invitation, code sent")).await);
    shots.take(&c, "invitation-code").await;
    let code = last_to_caregiver(&app)
        .await
        .split(|ch: char| !ch.is_ascii_digit())
        .find(|w| w.len() == 6)
        .unwrap()
        .to_string();
    c.send_keys(&code_field, &code).await;
    c.click(&c.find("form[action$='/accept'] button").await).await;
    c.find(&format!("a[href='/p/for/{pid}/messages']")).await;
    problems.extend(axe.violations(&c, &format!("{language} helping")).await);
    shots.take(&c, "helping").await;
    app.appointment_for(&pid, 48).await;
    c.goto(&app.url(&format!("/p/for/{pid}/appointments"))).await;
    c.find("#stop-copies").await;
    let confirm = c.find("button[id^='confirm-']").await;
    problems.extend(axe.violations(&c, &format!("{language} helping: appointments")).await);
    c.click(&confirm).await;
    c.find("#done-notice").await;
    problems.extend(axe.violations(&c, &format!("{language} helping: a visit confirmed")).await);
    shots.take(&c, "helping-confirmed").await;
    c.goto(&app.url(&format!("/p/for/{pid}/messages"))).await;
    c.send_keys(&c.find("#body").await, "Can Mum come at 3?").await;
    c.click(&c.find("form[action$='/messages'] button").await).await;
    c.find(".notice").await;
    problems.extend(axe.violations(&c, &format!("{language} helping: messages")).await);
    shots.take(&c, "helping-messages").await;
    c.goto(&app.url(&format!("/p/for/{pid}/refills"))).await;
    c.find("h1").await;
    assert!(c.page_source().await.contains("GRANT"), "refused with the grant's support code");
    problems.extend(axe.violations(&c, &format!("{language} helping: refused")).await);
    c.goto(&app.url("/p/for")).await;
    c.find(&format!("a[href='/p/for/{pid}']")).await;
    problems.extend(axe.violations(&c, &format!("{language} people you help")).await);
    // The page a caregiver signs in again from, once their session has ended.
    c.goto(&app.url("/p/for/sign-in")).await;
    c.find("#cg-contact").await;
    problems.extend(axe.violations(&c, &format!("{language} caregiver sign-in")).await);
    shots.take(&c, "caregiver-sign-in").await;
    // A reminder copy's one-tap link, on another phone's browser: the landing page,
    // the visits it opens, asking for another time, the link used up, and more needing a sign-in.
    let starts = app.clock_now() + jiff::SignedDuration::from_hours(30);
    let r = app
        .post("/appointments", &json!({"patient_id": pid, "starts_at": starts.to_string(), "reminders": ["P30D"]}))
        .await;
    assert_eq!(r.status, reqwest::StatusCode::CREATED, "{}", r.text);
    app.drain().await;
    let copy = last_to_caregiver(&app).await;
    let link = copy.split_whitespace().find(|w| w.contains("/p/for/l/")).expect("a copy's link").to_string();
    let d = Chrome::start(Js::Enabled).await.expect("a third browser");
    d.goto(&link).await;
    let open = d.find("#open-visits").await;
    problems.extend(axe.violations(&d, &format!("{language} a reminder copy's link")).await);
    shots.take(&d, "copy-link").await;
    d.click(&open).await;
    let ask = d.find("button[id^='reschedule-']").await;
    problems.extend(axe.violations(&d, &format!("{language} visits from a copy's link")).await);
    d.click(&ask).await;
    d.find("#done-notice").await;
    problems.extend(axe.violations(&d, &format!("{language} another time asked for")).await);
    shots.take(&d, "copy-link-reschedule").await;
    d.goto(&link).await;
    d.find("#caregiver-sign-in").await;
    problems.extend(axe.violations(&d, &format!("{language} a used copy's link")).await);
    d.goto(&app.url(&format!("/p/for/{pid}/messages"))).await;
    d.find("#sign-in-more").await;
    problems.extend(axe.violations(&d, &format!("{language} sign in for more")).await);
    shots.take(&d, "copy-link-sign-in-more").await;
    // Ana reads who opened her record: Marta's message is there under Marta's name.
    b.goto(&app.url("/p/activity")).await;
    let trail = b.text(&b.find("#activity").await).await;
    assert!(trail.contains("Marta Ruiz"), "{trail}");
    assert!(b.page_source().await.contains(if language == "ar" { "dir=\"rtl\"" } else { "dir=\"ltr\"" }));
    problems.extend(axe.violations(&b, &format!("{language} who opened your record")).await);
    shots.take(&b, "activity").await;
    let thread = app.get(&format!("/patients/{pid}/messages")).await.json();
    let last = thread["data"].as_array().unwrap().last().unwrap().clone();
    assert!(last["sender"].as_str().unwrap().contains("Marta Ruiz"), "{last}");
    assert!(problems.is_empty(), "axe-core found accessibility problems:\n{}", problems.join("\n"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_caregiver_is_invited_accepts_and_helps_in_a_browser_in_english() {
    walk("en").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_caregiver_is_invited_accepts_and_helps_in_a_browser_in_arabic() {
    walk("ar").await;
}
