//! Household reminders: patients of one clinic who share a phone, with reminders due within
//! the same hour, get one SMS naming the visits by time only; its link lists the times, and
//! each visit opens only with the date of birth of the person it is for.

use crate::helpers::*;
use reqwest::StatusCode;
use serde_json::{Value, json};

const FAMILY_PHONE: &str = "+13125550177";

async fn child(app: &TestApp, name: &str, birth_date: Option<&str>) -> Value {
    let mut body = json!({"name": name, "phone": FAMILY_PHONE, "language": "en", "time_zone": "America/Chicago"});
    if let Some(b) = birth_date {
        body["birth_date"] = json!(b);
    }
    app.create_patient(body).await
}

/// A visit `minutes` from now whose one reminder falls due two hours before it.
async fn visit(app: &TestApp, patient: &Value, minutes: i64) -> Value {
    let starts = app.clock_now() + jiff::SignedDuration::from_mins(minutes);
    let r = app
        .post(
            "/appointments",
            &json!({"patient_id": patient["id"], "starts_at": starts.to_string(), "location": "Suite 300",
                    "provider": "Dr. Herrera", "reminders": ["PT2H"]}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    r.json()
}

async fn reminder_of(app: &TestApp, patient: &Value) -> Value {
    let r = app.get(&format!("/patients/{}/deliveries", patient["id"].as_str().unwrap())).await;
    let list = r.json()["data"].as_array().unwrap().clone();
    list.into_iter().find(|d| d["purpose"] == "reminder").unwrap()
}

fn advance_to(app: &TestApp, minutes_from_epoch: i64) {
    app.clock.set(test_epoch() + jiff::SignedDuration::from_mins(minutes_from_epoch));
}

fn sms_texts(outbox: &[Value]) -> Vec<String> {
    outbox.iter().filter(|m| m["channel"] == "sms").map(|m| m["body"].as_str().unwrap().to_string()).collect()
}

crate::backend_tests! {
    async fn two_visits_on_one_phone_within_the_hour_go_in_one_sms_that_names_nobody(app) {
        let ada = child(&app, "Ada Okafor", Some("2015-04-02")).await;
        let ben = child(&app, "Ben Okafor", Some("2018-09-30")).await;
        visit(&app, &ada, 26 * 60).await;
        visit(&app, &ben, 26 * 60 + 30).await;
        advance_to(&app, 24 * 60 + 1);
        app.drain().await;
        let texts = sms_texts(&app.outbox().await);
        assert_eq!(texts.len(), 1, "one SMS for both: {texts:?}");
        assert!(texts[0].contains("2 visits") && texts[0].contains("/l/"), "{}", texts[0]);
        for name in ["Ada", "Ben", "Okafor", "Herrera", "Suite"] {
            assert!(!texts[0].contains(name), "the SMS names nobody and nothing: {}", texts[0]);
        }
        let (a, b) = (reminder_of(&app, &ada).await, reminder_of(&app, &ben).await);
        assert_eq!(a["status"], "sent");
        assert_eq!(b["status"], "sent", "Ben's reminder went in Ada's SMS");
        assert_eq!(b["digest_of"], a["id"]);
        // Ben's own due time passes: nothing more goes out.
        advance_to(&app, 24 * 60 + 45);
        app.drain().await;
        assert_eq!(sms_texts(&app.outbox().await).len(), 1);
    }

    async fn two_reminders_of_one_visit_in_the_same_hour_name_that_visit_once(app) {
        let ada = child(&app, "Ada Okafor", Some("2015-04-02")).await;
        let ben = child(&app, "Ben Okafor", Some("2018-09-30")).await;
        // Ben's reminder leads; both of Ada's fall due within its hour.
        visit(&app, &ben, 26 * 60).await;
        let starts = app.clock_now() + jiff::SignedDuration::from_mins(26 * 60 + 20);
        let r = app
            .post("/appointments", &json!({"patient_id": ada["id"], "starts_at": starts.to_string(), "reminders": ["PT2H", "PT1H45M"]}))
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
        advance_to(&app, 24 * 60 + 1);
        app.drain().await;
        let texts = sms_texts(&app.outbox().await);
        assert_eq!(texts.len(), 1, "{texts:?}");
        assert!(texts[0].contains("2 visits"), "Ada's visit once, Ben's once: {}", texts[0]);
        let deliveries = app.get(&format!("/patients/{}/deliveries", ada["id"].as_str().unwrap())).await.json();
        let sent = deliveries["data"].as_array().unwrap().iter().filter(|d| d["status"] == "sent").count();
        assert_eq!(sent, 2, "both of Ada's reminders went in that one SMS: {deliveries}");
        advance_to(&app, 24 * 60 + 45);
        app.drain().await;
        assert_eq!(sms_texts(&app.outbox().await).len(), 1, "nothing more goes out");
    }

    async fn a_household_link_lists_times_only_and_each_visit_opens_with_its_own_birth_date(app) {
        let ada = child(&app, "Ada Okafor", Some("2015-04-02")).await;
        let ben = child(&app, "Ben Okafor", Some("2018-09-30")).await;
        let ada_visit = visit(&app, &ada, 26 * 60).await;
        let ben_visit = visit(&app, &ben, 26 * 60 + 30).await;
        advance_to(&app, 24 * 60 + 1);
        app.drain().await;
        let text = sms_texts(&app.outbox().await).remove(0);
        let url = text.split_whitespace().find(|w| w.contains("/l/")).unwrap().to_string();
        let b = app.browser();
        let r = b.redeem(&url).await;
        assert_eq!(r.header("location"), Some("/p/household"), "{}", r.text);
        let page = b.get(&app.url("/p/household")).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.text);
        assert_eq!(page.text.matches("Visit on").count(), 2, "{}", page.text);
        for name in ["Ada", "Ben", "Okafor", "Herrera", "Suite 300"] {
            assert!(!page.text.contains(name), "the list shows times only: {name}");
        }
        // Holding the link opens no patient's pages.
        for path in ["/p".to_string(), format!("/p/appointments/{}", ada_visit["id"].as_str().unwrap())] {
            let r = b.get(&app.url(&path)).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{path}");
            assert_eq!(r.header("location"), Some("/p/household"), "{path}");
        }
        let csrf = form_field(&page.text, "csrf").unwrap();
        // Visit 1 is Ada's: Ben's date of birth does not open it.
        let wrong = b.post_form(&app.url("/p/household/open"), &[("csrf", &csrf), ("visit", "1"), ("birth_date", "2018-09-30")]).await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(wrong.text.contains("does not match"), "{}", wrong.text);
        let csrf = form_field(&wrong.text, "csrf").unwrap();
        let opened = b.post_form(&app.url("/p/household/open"), &[("csrf", &csrf), ("visit", "1"), ("birth_date", "2015-04-02")]).await;
        assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.text);
        let ada_page = b.get(&app.url(opened.header("location").unwrap())).await;
        assert_eq!(ada_page.status, StatusCode::OK);
        assert!(ada_page.text.contains("Suite 300"), "Ada's visit, in full");
        let bens = b.get(&app.url(&format!("/p/appointments/{}", ben_visit["id"].as_str().unwrap()))).await;
        assert_eq!(bens.status, StatusCode::NOT_FOUND, "Ada's session does not open Ben's visit");
        // The list is still there for the next visit, which needs Ben's date of birth.
        let page = b.get(&app.url("/p/household")).await;
        let csrf = form_field(&page.text, "csrf").unwrap();
        let opened = b.post_form(&app.url("/p/household/open"), &[("csrf", &csrf), ("visit", "2"), ("birth_date", "2018-09-30")]).await;
        assert_eq!(opened.header("location").map(str::to_string), Some(format!("/p/appointments/{}", ben_visit["id"].as_str().unwrap())));
        let adas = b.get(&app.url(&format!("/p/appointments/{}", ada_visit["id"].as_str().unwrap()))).await;
        assert_eq!(adas.status, StatusCode::NOT_FOUND, "Ben's session does not open Ada's visit");
    }

    async fn one_patients_daily_cap_holds_the_whole_household_sms_until_all_may_go(app) {
        let r = app.patch("/clinic", &json!({"daily_reminder_cap": 1})).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        let ada = child(&app, "Ada Okafor", Some("2015-04-02")).await;
        let ben = child(&app, "Ben Okafor", Some("2018-09-30")).await;
        // Ben already had his one reminder today (10:00 in Chicago).
        app.reminded_appointment_for(ben["id"].as_str().unwrap(), 5).await;
        let before = sms_texts(&app.outbox().await).len();
        // Visits tomorrow at 14:00 and 14:30, reminders due today at 12:00 and 12:30.
        for (who, minutes) in [(&ada, 28 * 60), (&ben, 28 * 60 + 30)] {
            let starts = app.clock_now() + jiff::SignedDuration::from_mins(minutes);
            let r = app.post("/appointments", &json!({"patient_id": who["id"], "starts_at": starts.to_string(), "reminders": ["PT26H"]})).await;
            assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
        }
        advance_to(&app, 2 * 60 + 1);
        app.drain().await;
        assert_eq!(sms_texts(&app.outbox().await).len(), before, "nothing goes while one of them is capped");
        let held = reminder_of(&app, &ada).await;
        assert_eq!((held["status"].as_str(), held["error_code"].as_str()), (Some("pending"), Some("daily-cap")), "{held}");
        assert_eq!(held["due_at"], "2030-03-06T14:00:00Z", "08:00 tomorrow, when Ben may have reminders again");
        // Tomorrow morning both may go: one SMS for the two.
        advance_to(&app, 22 * 60 + 1);
        app.drain().await;
        let texts = sms_texts(&app.outbox().await);
        assert_eq!(texts.len(), before + 1, "{texts:?}");
        assert!(texts.last().unwrap().contains("2 visits"), "{texts:?}");
    }

    async fn a_patient_without_a_birth_date_on_record_gets_a_reminder_of_their_own(app) {
        let ada = child(&app, "Ada Okafor", Some("2015-04-02")).await;
        let ben = child(&app, "Ben Okafor", None).await;
        visit(&app, &ada, 26 * 60).await;
        visit(&app, &ben, 26 * 60 + 30).await;
        advance_to(&app, 24 * 60 + 31);
        app.drain().await;
        let texts = sms_texts(&app.outbox().await);
        assert_eq!(texts.len(), 2, "two reminders of their own: {texts:?}");
        assert!(texts.iter().all(|t| !t.contains("2 visits")));
    }

    async fn a_clinic_that_does_not_take_the_birth_date_as_proof_sends_no_household_reminders(app) {
        let r = app.patch("/clinic", &json!({"step_up_birth_date": "off"})).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        let ada = child(&app, "Ada Okafor", Some("2015-04-02")).await;
        let ben = child(&app, "Ben Okafor", Some("2018-09-30")).await;
        visit(&app, &ada, 26 * 60).await;
        visit(&app, &ben, 26 * 60 + 30).await;
        advance_to(&app, 24 * 60 + 31);
        app.drain().await;
        let texts = sms_texts(&app.outbox().await);
        assert_eq!(texts.len(), 2, "each its own reminder: {texts:?}");
    }
}
