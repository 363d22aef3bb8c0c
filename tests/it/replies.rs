//! Replies by SMS act on what they answer: the visit the latest reminder to the number was
//! about, in that reminder's clinic; a family phone is asked which visit (by time, never by
//! name); free text lands in the conversation of the patient whose message it answers; a text
//! no conversation can take is kept for the clinic.

use crate::helpers::*;
use serde_json::{Value, json};

const FAMILY_PHONE: &str = "+13125550177";

fn webhook(app: &TestApp) -> String {
    app.url("/webhooks/twilio/sms")
}

async fn reply(app: &TestApp, twilio: &TwilioStandIn, text: &str) -> String {
    let (code, body) = twilio.inbound(&webhook(app), FAMILY_PHONE, &twilio.from, text).await;
    assert_eq!(code, 200, "{body}");
    body
}

async fn status(app: &TestApp, appointment: &Value) -> String {
    let r = app.get(&format!("/appointments/{}", appointment["id"].as_str().unwrap())).await;
    r.json()["status"].as_str().unwrap().to_string()
}

async fn person(app: &TestApp, name: &str) -> Value {
    app.create_patient(json!({"name": name, "phone": FAMILY_PHONE, "language": "en", "time_zone": "America/Chicago"}))
        .await
}

async fn thread(app: &TestApp, patient: &Value) -> Vec<Value> {
    let r = app.get(&format!("/patients/{}/messages", patient["id"].as_str().unwrap())).await;
    r.json()["data"].as_array().unwrap().clone()
}

fn advance(app: &TestApp, minutes: i64) {
    app.clock.advance(std::time::Duration::from_secs(minutes as u64 * 60));
}

/// A second clinic on the same Portico, with its own API key.
async fn second_clinic(app: &TestApp) -> String {
    let (_, key) = portico::clinics::create_clinic(
        &*app.state.store,
        &*app.state.clock,
        "Riverside Pediatrics",
        Some("+13125550300"),
        "America/Chicago",
    )
    .await
    .unwrap();
    key
}

async fn post_as(app: &TestApp, key: &str, path: &str, body: &Value) -> Value {
    let r = app.client.post(app.url(&format!("/api/v1{path}"))).bearer_auth(key).json(body).send().await.unwrap();
    assert_eq!(r.status(), 201);
    r.json().await.unwrap()
}

async fn status_as(app: &TestApp, key: &str, appointment: &Value) -> String {
    let path = format!("/api/v1/appointments/{}", appointment["id"].as_str().unwrap());
    let r = app.client.get(app.url(&path)).bearer_auth(key).send().await.unwrap();
    let v: Value = r.json().await.unwrap();
    v["status"].as_str().unwrap().to_string()
}

crate::provider_tests! {
    async fn a_reply_confirms_the_visit_its_reminder_was_about_not_the_next_one(app, twilio, smtp) {
        let p = person(&app, "James Carter").await;
        let pid = p["id"].as_str().unwrap();
        let reminded = app.reminded_appointment_for(pid, 72).await;
        // Booked after the reminder went out, and sooner: the patient's "next" visit.
        let sooner = app.appointment_for(pid, 24).await;
        let body = reply(&app, &twilio, "1").await;
        assert!(body.contains("confirmed"), "{body}");
        assert_eq!(status(&app, &reminded).await, "confirmed");
        assert_eq!(status(&app, &sooner).await, "scheduled", "the visit no reminder was about is untouched");
    }

    async fn a_number_two_clinics_share_acts_only_in_the_clinic_whose_reminder_it_answers(app, twilio, smtp) {
        let other = second_clinic(&app).await;
        let here = person(&app, "James Carter").await;
        let there = post_as(&app, &other, "/patients", &json!({"name": "James Carter", "phone": FAMILY_PHONE, "language": "en"})).await;
        let ours = app.reminded_appointment_for(here["id"].as_str().unwrap(), 48).await;
        advance(&app, 90);
        let starts = (app.clock_now() + jiff::SignedDuration::from_hours(30)).to_string();
        let theirs = post_as(&app, &other, "/appointments", &json!({"patient_id": there["id"], "starts_at": starts,
            "duration_minutes": 30, "reminders": ["P30D"]})).await;
        assert!(app.drain().await >= 1);
        let body = reply(&app, &twilio, "2").await;
        assert!(body.contains("cancelled"), "{body}");
        assert_eq!(status_as(&app, &other, &theirs).await, "cancelled", "the latest reminder was the other clinic's");
        assert_eq!(status(&app, &ours).await, "scheduled", "nothing happened in this clinic");
        // This clinic writes again: now a reply is this clinic's, and the other's stays as it was.
        advance(&app, 5);
        let next = app.reminded_appointment_for(here["id"].as_str().unwrap(), 100).await;
        let body = reply(&app, &twilio, "YES").await;
        assert!(body.contains("confirmed"), "{body}");
        assert_eq!(status(&app, &next).await, "confirmed");
        assert_eq!(status(&app, &ours).await, "scheduled", "an earlier batch's visit is not meant");
        assert_eq!(status_as(&app, &other, &theirs).await, "cancelled");
    }

    async fn a_family_phone_is_asked_which_visit_by_time_and_the_digit_cancels_that_one(app, twilio, smtp) {
        let parent = person(&app, "Grace Okafor").await;
        let ada = person(&app, "Ada Okafor").await;
        let ben = person(&app, "Ben Okafor").await;
        let ada_visit = app.reminded_appointment_for(ada["id"].as_str().unwrap(), 26).await;
        advance(&app, 5);
        let ben_visit = app.reminded_appointment_for(ben["id"].as_str().unwrap(), 27).await;
        let question = reply(&app, &twilio, "X").await;
        assert!(question.contains("Which visit do you want to cancel?"), "{question}");
        assert!(question.contains("1 for ") && question.contains("2 for "), "{question}");
        for name in ["Ada", "Ben", "Grace", "Okafor"] {
            assert!(!question.contains(name), "the question names nobody: {question}");
        }
        assert_eq!(status(&app, &ada_visit).await, "scheduled", "nothing is cancelled before the answer");
        assert_eq!(status(&app, &ben_visit).await, "scheduled");
        let done = reply(&app, &twilio, "2").await;
        assert!(done.contains("cancelled"), "{done}");
        assert_eq!(status(&app, &ben_visit).await, "cancelled", "2 was the later visit");
        assert_eq!(status(&app, &ada_visit).await, "scheduled");
        // The question was answered once: another "2" is a plain cancel word again, and one
        // visit is left in the batch.
        let again = reply(&app, &twilio, "2").await;
        assert!(again.contains("cancelled"), "{again}");
        assert_eq!(status(&app, &ada_visit).await, "cancelled");

        // Free text goes to the patient whose message it answers (Ben's reminder was the
        // latest), marked as from a shared number.
        reply(&app, &twilio, "Ben has a fever, can we come another day?").await;
        let bens = thread(&app, &ben).await;
        assert_eq!(bens.len(), 1, "{bens:?}");
        assert_eq!(bens[0]["body"], "Ben has a fever, can we come another day?");
        assert_eq!(bens[0]["sender_verified"], false, "the shared number is marked");
        assert!(thread(&app, &ada).await.is_empty() && thread(&app, &parent).await.is_empty());
    }

    async fn a_digit_not_offered_asks_again_and_an_old_question_is_not_answered(app, twilio, smtp) {
        let ada = person(&app, "Ada Okafor").await;
        let ben = person(&app, "Ben Okafor").await;
        let ada_visit = app.reminded_appointment_for(ada["id"].as_str().unwrap(), 26).await;
        let ben_visit = app.reminded_appointment_for(ben["id"].as_str().unwrap(), 27).await;
        reply(&app, &twilio, "C").await;
        let wrong = reply(&app, &twilio, "7").await;
        assert!(wrong.contains("from 1 to 2"), "{wrong}");
        let done = reply(&app, &twilio, "1").await;
        assert!(done.contains("confirmed"), "{done}");
        assert_eq!(status(&app, &ada_visit).await, "confirmed");
        assert_eq!(status(&app, &ben_visit).await, "scheduled");
        // A question left unanswered past its time is gone: "1" is a confirm word again,
        // which could mean either visit, so it is asked anew.
        reply(&app, &twilio, "X").await;
        advance(&app, 7 * 60);
        let later = reply(&app, &twilio, "1").await;
        assert!(later.contains("Which visit do you want to confirm?"), "{later}");
        assert_eq!(status(&app, &ben_visit).await, "scheduled");
    }

    async fn a_text_no_conversation_can_take_is_kept_for_the_clinic(app, twilio, smtp) {
        let ada = person(&app, "Ada Okafor").await;
        let ben = person(&app, "Ben Okafor").await;
        let body = reply(&app, &twilio, "Running late, sorry").await;
        assert!(body.contains("Your care team will read your message"), "{body}");
        assert!(thread(&app, &ada).await.is_empty() && thread(&app, &ben).await.is_empty(), "no one's conversation");
        let unmatched = app.get("/texts/unmatched").await.json();
        let data = unmatched["data"].as_array().unwrap();
        assert_eq!(data.len(), 1, "{unmatched}");
        assert_eq!(data[0]["body"], "Running late, sorry");
        assert_eq!(data[0]["from"], FAMILY_PHONE);
        // A number no patient has reaches the clinic while this Portico serves only it.
        let (_, stranger) = twilio.inbound(&webhook(&app), "+13125550999", &twilio.from, "Who is this?").await;
        assert!(stranger.contains("We do not know this number"), "{stranger}");
        let unmatched = app.get("/texts/unmatched").await.json();
        assert_eq!(unmatched["data"][0]["from"], "+13125550999", "{unmatched}");
        // With a second clinic nobody can tell whose it is: the sender is told to call.
        second_clinic(&app).await;
        let (_, stranger) = twilio.inbound(&webhook(&app), "+13125550998", &twilio.from, "Hello?").await;
        assert!(stranger.contains("not registered"), "{stranger}");
        assert_eq!(app.get("/texts/unmatched").await.json()["data"].as_array().unwrap().len(), 2, "not this clinic's");
    }

    async fn a_text_to_another_number_answers_none_of_our_reminders(app, twilio, smtp) {
        let p = person(&app, "James Carter").await;
        let pid = p["id"].as_str().unwrap();
        let reminded = app.reminded_appointment_for(pid, 72).await;
        let sooner = app.appointment_for(pid, 24).await;
        let (_, body) = twilio.inbound(&webhook(&app), FAMILY_PHONE, "+13125550000", "1").await;
        // With no reminder to answer, the number's one patient is asked which of their visits.
        assert!(body.contains("Which visit do you want to confirm?"), "{body}");
        assert_eq!(status(&app, &reminded).await, "scheduled");
        assert_eq!(status(&app, &sooner).await, "scheduled");
    }
}
