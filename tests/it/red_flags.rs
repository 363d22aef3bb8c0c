//! Red flags: a text or a thread-page message that may tell of an emergency is answered at
//! once with the safety reply, at any hour and every time, in the patient's language; its
//! conversation turns urgent and is due within 15 minutes, and the inbox says so. An
//! ordinary message gets neither.

use crate::helpers::*;
use portico::domain::{PatientId, ReplyPriority};
use serde_json::{Value, json};

fn webhook(app: &TestApp) -> String {
    app.url("/webhooks/twilio/sms")
}

/// 03:00 in Chicago, inside the clinic's quiet hours.
fn three_am() -> jiff::Timestamp {
    jiff::civil::date(2030, 3, 6)
        .at(3, 0, 0, 0)
        .to_zoned(jiff::tz::TimeZone::get("America/Chicago").unwrap())
        .unwrap()
        .timestamp()
}

async fn clock_of(app: &TestApp, patient: &Value) -> portico::domain::ReplyClock {
    let id = PatientId::parse(patient["id"].as_str().unwrap()).unwrap();
    let p = app.state.store.patient(&app.clinic.id, &id).await.unwrap().unwrap();
    app.state.store.reply_clock(&app.clinic.id, &p.thread_id).await.unwrap().unwrap()
}

mod by_text {
    use super::*;

    crate::provider_tests! {
    async fn a_red_flag_text_at_3_am_gets_the_safety_reply_in_english_spanish_and_arabic_and_turns_urgent(app, twilio, smtp) {
        app.clock.set(three_am());
        let cases = [
            ("+13125550181", "en", "I have chest pain and I can't breathe", "If this is an emergency, call 911 now"),
            ("+13125550182", "es", "Tengo dolor de pecho desde anoche", "Si es una emergencia, llame al 911 ahora"),
            ("+13125550183", "ar", "عندي ألم في الصدر", "إذا كانت هذه حالة طارئة، فاتصل بالرقم"),
        ];
        for (phone, language, text, safety) in cases {
            let p = app.create_patient(json!({"name": "Sam Reyes", "phone": phone, "language": language})).await;
            let (code, body) = twilio.inbound(&webhook(&app), phone, &twilio.from, text).await;
            assert_eq!(code, 200, "{body}");
            assert!(body.contains(safety), "{language}: {body}");
            let clock = clock_of(&app, &p).await;
            assert_eq!(clock.priority, ReplyPriority::Urgent, "{language}");
            assert_eq!(clock.due_at, Some(three_am() + jiff::SignedDuration::from_mins(15)), "{language}: at any hour");
            // A second one that night is answered again: no once-a-day rule for safety.
            let (_, again) = twilio.inbound(&webhook(&app), phone, &twilio.from, text).await;
            assert!(again.contains(safety), "{language}, again: {again}");
        }
        // An ordinary text: the usual acknowledgement, a normal conversation.
        let p = app.create_patient(json!({"name": "Ada Obi", "phone": "+13125550184", "language": "en"})).await;
        let (_, body) = twilio.inbound(&webhook(&app), "+13125550184", &twilio.from, "Can I move my visit to Friday?").await;
        assert!(!body.contains("911"), "{body}");
        assert_eq!(clock_of(&app, &p).await.priority, ReplyPriority::Normal);
        let audit = app.get("/audit?limit=500").await.json();
        let flagged = audit["data"].as_array().unwrap().iter().filter(|e| e["action"] == "message.red_flag").count();
        assert_eq!(flagged, 6, "each red-flag message is recorded");
        // The clinic can review what is matched, per language.
        let lists = app.get("/clinic/red-flags").await.json();
        assert_eq!(lists["acknowledge_within_minutes"], 15);
        assert!(lists["phrases"]["es"].as_array().unwrap().iter().any(|p| p == "dolor de pecho"), "{lists}");
        assert_eq!(lists["phrases"].as_object().unwrap().len(), 10, "one list per supported language");
    }

    async fn a_clinic_that_names_a_crisis_line_has_it_in_the_safety_reply_and_a_bad_one_is_refused(app, twilio, smtp) {
        let r = app.patch("/clinic", &json!({"crisis_line": "988"})).await;
        assert_eq!(r.status, reqwest::StatusCode::OK, "{}", r.text);
        assert_eq!(r.json()["crisis_line"], "988");
        app.create_patient(json!({"name": "Sam Reyes", "phone": "+13125550185", "language": "en"})).await;
        let (_, body) = twilio.inbound(&webhook(&app), "+13125550185", &twilio.from, "I want to kill myself").await;
        assert!(body.contains("call 911 now") && body.contains("call or text 988 now"), "{body}");
        for bad in ["call us", "<b>988</b>", "9", "1234567890123456789012"] {
            let r = app.patch("/clinic", &json!({"crisis_line": bad})).await;
            assert_eq!(r.status, reqwest::StatusCode::UNPROCESSABLE_ENTITY, "{bad}: {}", r.text);
            assert_eq!(r.json()["error"]["field"], "crisis_line");
        }
        assert_eq!(app.get("/clinic").await.json()["crisis_line"], "988", "unchanged by the refusals");
        assert_eq!(app.patch("/clinic", &json!({"crisis_line": ""})).await.json()["crisis_line"], serde_json::Value::Null);
        let (_, body) = twilio.inbound(&webhook(&app), "+13125550185", &twilio.from, "I want to kill myself").await;
        assert!(!body.contains("988"), "{body}");
    }
    }
}

crate::backend_tests! {
    async fn a_red_flag_on_the_thread_page_shows_the_safety_reply_and_the_inbox_marks_it_urgent(app) {
        let maria = app.maria().await;
        let (b, thread) = app.stepped_up_browser(&maria, "thread").await;
        let page = b.get(&thread).await;
        let csrf = form_field(&page.text, "csrf").unwrap();
        let r = b.post_form(&format!("{thread}/messages"), &[("csrf", &csrf), ("body", "Me duele el pecho mucho")]).await;
        assert_eq!(r.status, reqwest::StatusCode::SEE_OTHER, "{}", r.text);
        let after = b.get(r.header("location").unwrap()).await;
        assert!(after.text.contains("<p class=\"problem\" role=\"alert\"><strong>Si es una emergencia, llame al 911 ahora."), "{}", after.text);
        assert_eq!(clock_of(&app, &maria).await.priority, ReplyPriority::Urgent);

        let staff = crate::live::nina(&app).await;
        let inbox = staff.get("/staff").await;
        assert!(says(&inbox.text, "en", "staff-urgent"), "{}", inbox.text);
        // An ordinary message leaves no safety reply on the page.
        let csrf = form_field(&after.text, "csrf").unwrap();
        let r = b.post_form(&format!("{thread}/messages"), &[("csrf", &csrf), ("body", "Gracias")]).await;
        let plain = b.get(r.header("location").unwrap()).await;
        assert_eq!(plain.status, reqwest::StatusCode::OK);
        assert!(!plain.text.contains("role=\"alert\""), "{}", plain.text);
    }
}
