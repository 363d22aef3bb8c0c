//! Promised reply times, on both backends with an injected clock: a patient who writes on
//! Friday at 16:30 to a clinic promising an answer within one business hour is told Monday
//! 09:30 (on the page and by SMS) and the conversation is due then; waiting on the patient
//! pauses the clock and their next message resumes it; a staff reply stops it; a new
//! calendar moves the deadline; a bad calendar or policy is refused naming the field and
//! changes nothing.

use crate::helpers::*;
use portico::domain::{ReplyClock, ThreadId};
use portico::i18n::Lang;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

/// Local wall-clock time in Chicago (the test clinic's zone) as an instant.
fn chicago(s: &str) -> jiff::Timestamp {
    let dt: jiff::civil::DateTime = s.parse().unwrap();
    dt.to_zoned(jiff::tz::TimeZone::get("America/Chicago").unwrap()).unwrap().timestamp()
}

/// Friday 2030-03-08, 16:30 in Chicago (the clocks go forward that Sunday).
const FRIDAY_1630: &str = "2030-03-08T16:30";
const MONDAY_0930: &str = "2030-03-11T09:30";

/// The default policy with questions answered within one business hour.
fn one_hour_questions() -> Value {
    let days = |d: u32| json!({"normal": {"business_days": d}, "urgent": {"business_minutes": 120}});
    json!({
        "appointment": days(1), "refill": days(2), "billing": days(2), "other": days(2),
        "question": {"normal": {"business_minutes": 60}, "urgent": {"business_minutes": 30}}
    })
}

async fn put(app: &TestApp, path: &str, body: &Value) -> Reply {
    app.api(Method::PUT, path, Some(body)).await
}

async fn sam(app: &TestApp) -> Value {
    app.create_patient(json!({
        "name": "Sam Okafor", "phone": "+13125550177", "email": "sam@example.org",
        "language": "en", "time_zone": "America/Chicago", "channels": ["sms", "email"]
    }))
    .await
}

async fn clock_of(app: &TestApp, patient: &Value) -> ReplyClock {
    let thread = ThreadId::parse(patient["thread_id"].as_str().unwrap()).unwrap();
    app.state.store.reply_clock(&app.clinic.id, &thread).await.unwrap().unwrap()
}

/// The patient writes on their thread page; the page they land on.
async fn writes(b: &Browser, patient: &Value, body: &str) -> Reply {
    let path = format!("/p/threads/{}", patient["thread_id"].as_str().unwrap());
    let csrf = form_field(&b.get(&path).await.text, "csrf").unwrap();
    let r = b.post_form(&format!("{path}/messages"), &[("csrf", &csrf), ("body", body)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
    b.get(r.header("location").unwrap()).await
}

/// Fluent isolates each placeable with FSI/PDI marks; the page carries them as they are.
fn plain(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

crate::backend_tests! {
    async fn a_web_message_at_friday_1630_under_a_one_hour_promise_is_due_monday_0930_and_the_page_says_so(app) {
        assert_eq!(put(&app, "/clinic/reply-policy", &one_hour_questions()).await.status, StatusCode::OK);
        app.clock.set(chicago(FRIDAY_1630));
        let p = sam(&app).await;
        let (b, _) = app.stepped_up_browser(&p, "thread").await;
        let page = writes(&b, &p, "Is my lab result in?").await;
        assert_eq!(clock_of(&app, &p).await.due_at, Some(chicago(MONDAY_0930)));
        let text = plain(&page.text);
        assert!(
            text.contains("Your message was sent. The care team will answer by Monday, March 11, 2030 at 9:30 AM."),
            "{text}"
        );
        assert!(!text.contains("one business day"));
    }

    async fn with_no_policy_set_a_question_is_due_when_the_next_business_day_closes(app) {
        app.clock.set(chicago(FRIDAY_1630));
        let p = sam(&app).await;
        let (b, _) = app.stepped_up_browser(&p, "thread").await;
        writes(&b, &p, "Hello").await;
        assert_eq!(clock_of(&app, &p).await.due_at, Some(chicago("2030-03-11T17:00")));
        let policy = app.get("/clinic/reply-policy").await.json();
        assert_eq!(policy["custom"], false);
        assert_eq!(policy["question"]["normal"]["business_days"], 1);
        assert_eq!(policy["refill"]["normal"]["business_days"], 2);
        assert_eq!(policy["other"]["urgent"]["business_minutes"], 120);
    }

    async fn waiting_on_the_patient_pauses_the_clock_and_their_next_message_resumes_it_with_what_was_left(app) {
        put(&app, "/clinic/reply-policy", &one_hour_questions()).await;
        app.clock.set(chicago("2030-03-11T10:00"));
        let p = sam(&app).await;
        let (b, _) = app.stepped_up_browser(&p, "thread").await;
        writes(&b, &p, "A question").await;
        assert_eq!(clock_of(&app, &p).await.due_at, Some(chicago("2030-03-11T11:00")));
        app.clock.set(chicago("2030-03-11T10:20"));
        let thread = ThreadId::parse(p["thread_id"].as_str().unwrap()).unwrap();
        portico::reply_times::paused(&*app.state.store, &app.clinic, &thread, app.clock_now()).await.unwrap();
        let paused = clock_of(&app, &p).await;
        assert_eq!((paused.due_at, paused.paused_left), (None, Some(jiff::SignedDuration::from_mins(40))));
        app.clock.set(chicago("2030-03-12T16:50"));
        // A day later the first session has idled out: the patient comes back by a new link.
        let (b, _) = app.stepped_up_browser(&p, "thread").await;
        let page = writes(&b, &p, "Here is the photo you asked for").await;
        let resumed = clock_of(&app, &p).await;
        assert_eq!(resumed.due_at, Some(chicago("2030-03-13T09:30")), "10 minutes that day, 30 the next morning");
        assert_eq!(resumed.first_unanswered_at, Some(chicago("2030-03-11T10:00")));
        assert!(plain(&page.text).contains("Wednesday, March 13, 2030 at 9:30 AM"), "{}", page.text);
    }

    async fn a_staff_reply_the_patient_can_see_stops_the_clock(app) {
        app.clock.set(chicago(FRIDAY_1630));
        let p = sam(&app).await;
        let (b, _) = app.stepped_up_browser(&p, "thread").await;
        writes(&b, &p, "A question").await;
        assert!(clock_of(&app, &p).await.running());
        let r = app
            .post(&format!("/patients/{}/messages", p["id"].as_str().unwrap()), &json!({"body": "Yes, it is in.", "sender": "Nurse Nina"}))
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
        let stopped = clock_of(&app, &p).await;
        assert!(!stopped.running() && stopped.due_at.is_none() && stopped.first_unanswered_at.is_none());
        app.clock.set(chicago("2030-03-12T09:00"));
        let (b, _) = app.stepped_up_browser(&p, "thread").await;
        writes(&b, &p, "Thanks, one more thing").await;
        assert_eq!(clock_of(&app, &p).await.due_at, Some(chicago("2030-03-13T17:00")), "a new message starts a new clock");
    }

    async fn putting_a_calendar_moves_the_deadline_of_a_conversation_owed_a_reply(app) {
        put(&app, "/clinic/reply-policy", &one_hour_questions()).await;
        app.clock.set(chicago(FRIDAY_1630));
        let p = sam(&app).await;
        let (b, _) = app.stepped_up_browser(&p, "thread").await;
        writes(&b, &p, "A question").await;
        assert_eq!(clock_of(&app, &p).await.due_at, Some(chicago(MONDAY_0930)));
        let before = app.get("/clinic/calendar").await.json();
        assert_eq!((before["custom"].clone(), before["time_zone"].clone()), (json!(false), json!("America/Chicago")));
        let mut calendar = before.clone();
        calendar.as_object_mut().unwrap().retain(|k, _| k == "week" || k == "holidays" || k == "partial_days");
        calendar["holidays"] = json!(["2030-03-11"]);
        calendar["week"]["friday"] = json!([{"from": "09:00", "to": "12:00"}, {"from": "13:00", "to": "18:00"}]);
        let r = put(&app, "/clinic/calendar", &calendar).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        assert_eq!(r.json()["custom"], true);
        assert_eq!(clock_of(&app, &p).await.due_at, Some(chicago("2030-03-08T17:30")), "open until 18:00 on Fridays now");
        calendar["week"]["friday"] = json!([{"from": "09:00", "to": "17:00"}]);
        put(&app, "/clinic/calendar", &calendar).await;
        assert_eq!(clock_of(&app, &p).await.due_at, Some(chicago("2030-03-12T09:30")), "Monday is a holiday now");
        assert_eq!(app.get("/clinic/calendar").await.json()["holidays"], json!(["2030-03-11"]));
        let audited = app.state.store.audit_events(Some(&app.clinic.id), 100).await.unwrap();
        assert_eq!(audited.iter().filter(|e| e.action == "clinic.calendar_changed").count(), 2);
    }

    async fn bad_calendar_and_policy_bodies_are_refused_naming_the_field_and_change_nothing(app) {
        put(&app, "/clinic/reply-policy", &one_hour_questions()).await;
        app.clock.set(chicago(FRIDAY_1630));
        let p = sam(&app).await;
        let (b, _) = app.stepped_up_browser(&p, "thread").await;
        writes(&b, &p, "A question").await;
        let (calendar, policy) = (app.get("/clinic/calendar").await.text, app.get("/clinic/reply-policy").await.text);
        let week = json!({"monday": [{"from": "09:00", "to": "17:00"}]});
        let bad_calendars = [
            (json!({"week": {"monday": [{"from": "17:00", "to": "09:00"}]}}), "week.monday[0].to"),
            (json!({"week": {"monday": [{"from": "9am", "to": "17:00"}]}}), "week.monday[0].from"),
            (json!({"week": {"tuesday": [{"from": "09:00", "to": "13:00"}, {"from": "12:00", "to": "17:00"}]}}), "week.tuesday[1].from"),
            (json!({"week": {}}), "week"),
            (json!({"week": {"funday": []}}), "week"),
            (json!({"week": week, "holidays": ["2030-02-30"]}), "holidays[0]"),
            (json!({"week": week, "holidays": ["2030-12-25", "2030-12-25"]}), "holidays[1]"),
            (json!({"week": week, "partial_days": [{"date": "2030-12-24", "hours": []}]}), "partial_days[0].hours"),
            (json!({"week": week, "time_zone": "Europe/Paris"}), "time_zone"),
            (json!({"holidays": []}), "body"),
        ];
        for (body, field) in &bad_calendars {
            let r = put(&app, "/clinic/calendar", body).await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{body}: {}", r.text);
            let named = r.json()["error"]["field"].as_str().unwrap_or_default().to_string();
            assert!(named == *field || named.starts_with(&format!("{field}.")), "{body}: {named} is not {field}");
        }
        let mut no_questions = one_hour_questions();
        no_questions.as_object_mut().unwrap().remove("question");
        let mut both = one_hour_questions();
        both["refill"]["normal"] = json!({"business_minutes": 30, "business_days": 1});
        let mut zero = one_hour_questions();
        zero["question"]["urgent"] = json!({"business_minutes": 0});
        for (body, field) in [(no_questions, "body"), (both, "refill.normal"), (zero, "question.urgent.business_minutes")] {
            let r = put(&app, "/clinic/reply-policy", &body).await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{body}: {}", r.text);
            assert_eq!(r.json()["error"]["field"], field, "{}", r.text);
        }
        assert_eq!(app.get("/clinic/calendar").await.text, calendar);
        assert_eq!(app.get("/clinic/reply-policy").await.text, policy);
        assert_eq!(clock_of(&app, &p).await.due_at, Some(chicago(MONDAY_0930)));
        let audited = app.state.store.audit_events(Some(&app.clinic.id), 100).await.unwrap();
        assert!(audited.iter().all(|e| e.action != "clinic.calendar_changed"));
    }
}

/// By SMS, through the Twilio stand-in.
mod sms {
    use super::*;

    crate::provider_tests! {
        async fn a_text_is_acknowledged_by_sms_with_the_promised_time_in_the_patients_language(app, twilio, smtp) {
            put(&app, "/clinic/reply-policy", &one_hour_questions()).await;
            app.clock.set(chicago(FRIDAY_1630));
            let maria = app.maria().await;
            app.reminded_appointment_for(maria["id"].as_str().unwrap(), 72).await;
            let (code, answer) =
                twilio.inbound(&app.url("/webhooks/twilio/sms"), "+13125550142", &twilio.from, "¿Puedo llevar a mi hija?").await;
            assert_eq!(code, 200, "{answer}");
            let due = chicago(MONDAY_0930);
            assert_eq!(clock_of(&app, &maria).await.due_at, Some(due));
            let es = Lang::from_tag("es").unwrap();
            let when = es.datetime_short(&due.to_zoned(jiff::tz::TimeZone::get("America/Chicago").unwrap()));
            let expected = es.f1("reply-acknowledged-by", "when", &when);
            assert!(answer.contains(&expected), "{answer} should say {expected}");
            assert!(plain(&answer).contains("9:30"), "{answer}");
        }

        async fn staff_see_the_due_time_and_an_overdue_conversation_in_its_view_until_waiting_pauses_it(app, twilio, smtp) {
            put(&app, "/clinic/reply-policy", &one_hour_questions()).await;
            app.clock.set(chicago(FRIDAY_1630));
            let maria = crate::staff::maria_texts(&app, &twilio, "Is the lab open on Saturday").await;
            let thread = crate::staff::thread_of(&app, &maria).await;
            let page_path = format!("/staff/conversations/{thread}");
            app.clock.set(chicago("2030-03-11T09:29"));
            let (b, _) = crate::staff::nina(&app, &smtp).await;
            let inbox = plain(&b.get("/staff?view=needs-reply").await.text);
            assert!(inbox.contains("Reply due Mon Mar 11 9:30 AM"), "{inbox}");
            assert!(!plain(&b.get("/staff?view=overdue").await.text).contains("Maria Lopez"), "not late yet");
            app.clock.set(chicago("2030-03-11T09:31"));
            let overdue = plain(&b.get("/staff?view=overdue").await.text);
            assert!(overdue.contains("Maria Lopez") && overdue.contains("Overdue: the reply was due Mon Mar 11 9:30 AM"), "{overdue}");
            assert!(plain(&b.get(&page_path).await.text).contains("Overdue: the reply was due"));
            let r = crate::staff::press(&b, &page_path, &format!("{page_path}/wait"), &[("review_on", "2030-03-12")]).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
            assert!(!plain(&b.get("/staff?view=overdue").await.text).contains("Maria Lopez"), "waiting on the patient pauses the clock");
            assert_eq!(clock_of(&app, &maria).await.paused_left, Some(jiff::SignedDuration::ZERO), "it was already late");
            let (code, _) = twilio.inbound(&app.url("/webhooks/twilio/sms"), "+13125550142", &twilio.from, "Still wondering").await;
            assert_eq!(code, 200);
            assert!(plain(&b.get("/staff?view=overdue").await.text).contains("Maria Lopez"), "resumed with nothing left: late again");
        }
    }
}
