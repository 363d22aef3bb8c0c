//! Reminders and alerts through the dev outbox, with the injected clock: planning with the
//! appointment, re-planning, cancellation notices, quiet hours across time zones and a
//! daylight-saving change, daily caps, and alerts that never carry the message.

use crate::helpers::*;
use reqwest::StatusCode;
use serde_json::{Value, json};
use std::time::Duration;

async fn appointment(app: &TestApp, patient: &Value, starts: jiff::Timestamp, reminders: Option<Value>) -> Value {
    let mut body = json!({"patient_id": patient["id"], "starts_at": starts.to_string(), "location": "Suite 300"});
    if let Some(r) = reminders {
        body["reminders"] = r;
    }
    let r = app.post("/appointments", &body).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    r.json()
}

async fn deliveries(app: &TestApp, patient: &Value) -> Vec<Value> {
    let r = app.get(&format!("/patients/{}/deliveries", patient["id"].as_str().unwrap())).await;
    let mut list = r.json()["data"].as_array().unwrap().clone();
    list.reverse(); // oldest first
    list
}

fn due(d: &Value) -> jiff::Timestamp {
    d["due_at"].as_str().unwrap().parse().unwrap()
}

fn hours(h: i64) -> jiff::SignedDuration {
    jiff::SignedDuration::from_hours(h)
}

async fn chicago(app: &TestApp) -> Value {
    app.create_patient(json!({"name": "James Carter", "phone": "+13125550177", "time_zone": "America/Chicago"})).await
}

crate::backend_tests! {
    async fn a_patient_who_asks_for_both_gets_each_reminder_by_sms_and_email_each_within_its_own_cap(app) {
        let p = app
            .create_patient(json!({"name": "Maria Lopez", "phone": "+13125550142", "email": "maria@example.org",
                "channels": ["sms", "email"], "reminders_on_every_channel": true, "time_zone": "America/Chicago"}))
            .await;
        assert_eq!(p["reminders_on_every_channel"], true);
        for h in [30, 31, 32, 33] {
            appointment(&app, &p, app.clock_now() + hours(h), Some(json!(["PT48H"]))).await;
        }
        app.drain().await;
        let outbox = app.outbox().await;
        let by = |channel: &str| outbox.iter().filter(|m| m["channel"] == channel).count();
        assert_eq!((by("sms"), by("email")), (3, 3), "three a day on each channel: {outbox:?}");
        // A cancelled visit is announced where its reminders went: both.
        let sent = deliveries(&app, &p).await.into_iter().find(|d| d["status"] == "sent").unwrap();
        let r = app.post(&format!("/appointments/{}/cancel", sent["appointment_id"].as_str().unwrap()), &json!({})).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        app.drain().await;
        let notices: Vec<Value> = deliveries(&app, &p).await.into_iter().filter(|d| d["purpose"] == "cancellation").collect();
        let mut channels: Vec<&str> = notices.iter().map(|d| d["channel"].as_str().unwrap()).collect();
        channels.sort();
        assert_eq!(channels, ["email", "sms"]);
        // Back to the first channel only: the next visit's reminder is one SMS.
        let r = app.patch(&format!("/patients/{}", p["id"].as_str().unwrap()), &json!({"reminders_on_every_channel": false})).await;
        assert_eq!(r.json()["reminders_on_every_channel"], false);
        let before = deliveries(&app, &p).await.len();
        appointment(&app, &p, app.clock_now() + hours(40), Some(json!(["PT48H"]))).await;
        let planned: Vec<Value> = deliveries(&app, &p).await.into_iter().skip(before).collect();
        assert_eq!(planned.len(), 1, "{planned:?}");
        assert_eq!(planned[0]["channel"], "sms");
    }

    async fn an_appointment_plans_the_clinics_reminders_with_it(app) {
        let p = chicago(&app).await;
        let starts = app.clock_now() + hours(80);
        let a = appointment(&app, &p, starts, None).await;
        let list = deliveries(&app, &p).await;
        let reminders: Vec<&Value> = list.iter().filter(|d| d["purpose"] == "reminder").collect();
        assert_eq!(reminders.len(), 3);
        let mut dues: Vec<_> = reminders.iter().map(|d| due(d)).collect();
        dues.sort();
        assert_eq!(dues, vec![starts - hours(72), starts - hours(24), starts - hours(2)]);
        assert!(reminders.iter().all(|d| d["status"] == "pending" && d["appointment_id"] == a["id"]));
        assert_eq!(app.drain().await, 0, "nothing is due yet");
    }

    async fn reminders_already_past_collapse_into_one_sent_now_with_a_link_to_the_visit(app) {
        let p = chicago(&app).await;
        let a = appointment(&app, &p, app.clock_now() + hours(30), None).await;
        let list = deliveries(&app, &p).await;
        assert_eq!(list.len(), 3, "one catch-up now, then 24 h and 2 h before: {list:?}");
        assert_eq!(app.drain().await, 1);
        let outbox = app.outbox().await;
        assert_eq!(outbox.len(), 1);
        let body = outbox[0]["body"].as_str().unwrap();
        assert!(body.starts_with("Lakeside Family Clinic: visit"), "{body}");
        assert!(!body.contains("Suite 300"), "no place or details beyond the time: {body}");
        let url = body.split_whitespace().find(|w| w.contains("/l/")).unwrap();
        let r = app.browser().redeem(url).await;
        assert_eq!(r.header("location").unwrap(), format!("/p/appointments/{}", a["id"].as_str().unwrap()));
        let sent = deliveries(&app, &p).await.into_iter().find(|d| d["status"] == "sent").unwrap();
        assert_eq!(sent["segments"], 1);
    }

    async fn rescheduling_replans_and_cancelling_sends_a_notice_once_a_reminder_went_out(app) {
        let p = chicago(&app).await;
        let a = appointment(&app, &p, app.clock_now() + hours(80), None).await;
        let id = a["id"].as_str().unwrap();
        let later = app.clock_now() + hours(100);
        let r = app.patch(&format!("/appointments/{id}"), &json!({"starts_at": later.to_string()})).await;
        assert_eq!(r.status, StatusCode::OK);
        let list = deliveries(&app, &p).await;
        assert_eq!(list.iter().filter(|d| d["status"] == "dropped").count(), 3, "the old plan is dropped");
        let pending: Vec<_> = list.iter().filter(|d| d["status"] == "pending").map(due).collect();
        assert!(pending.contains(&(later - hours(72))), "{pending:?}");

        app.clock.advance(Duration::from_secs(28 * 3600 + 60));
        assert_eq!(app.drain().await, 1, "the 72-hour reminder for the new time");
        let r = app.post(&format!("/appointments/{id}/cancel"), &json!({"reason": "feeling better"})).await;
        assert_eq!(r.status, StatusCode::OK);
        app.drain().await;
        let outbox = app.outbox().await;
        assert_eq!(outbox.len(), 2, "{outbox:?}");
        assert!(outbox[1]["body"].as_str().unwrap().contains("cancelled"));
        app.clock.advance(Duration::from_secs(80 * 3600));
        app.drain().await;
        assert_eq!(app.outbox().await.len(), 2, "no reminder for a cancelled visit");
        let q = app.create_patient(json!({"name": "Ann Lee", "phone": "+13125550199"})).await;
        let b = appointment(&app, &q, app.clock_now() + hours(80), None).await;
        app.post(&format!("/appointments/{}/cancel", b["id"].as_str().unwrap()), &json!({})).await;
        app.drain().await;
        assert_eq!(app.outbox().await.len(), 2, "no cancellation notice when no reminder had gone out");
    }

    async fn a_reminder_that_can_no_longer_help_is_dropped_not_sent_late(app) {
        let p = chicago(&app).await;
        appointment(&app, &p, app.clock_now() + hours(5), Some(json!(["PT2H"]))).await;
        app.clock.advance(Duration::from_secs(6 * 3600));
        app.drain().await;
        assert!(app.outbox().await.is_empty());
        let list = deliveries(&app, &p).await;
        assert_eq!(list[0]["status"], "dropped");
        assert_eq!(list[0]["error_code"], "too-late");
    }

    async fn quiet_hours_hold_reminders_until_morning_in_each_patients_own_zone(app) {
        // 03:00 UTC: 21:00 in Chicago (quiet), 10:00 in Ho Chi Minh City (not).
        app.clock.set("2030-03-06T03:00:00Z".parse().unwrap());
        let chi = chicago(&app).await;
        let vn = app.create_patient(json!({"name": "Nguyễn Thị Lan", "phone": "+84901234567", "language": "vi", "time_zone": "Asia/Ho_Chi_Minh"})).await;
        appointment(&app, &chi, app.clock_now() + hours(30), Some(json!(["PT48H"]))).await;
        appointment(&app, &vn, app.clock_now() + hours(30), Some(json!(["PT48H"]))).await;
        app.drain().await;
        let outbox = app.outbox().await;
        assert_eq!(outbox.len(), 1);
        assert_eq!(outbox[0]["to"], "+84901234567");
        let held = deliveries(&app, &chi).await[0].clone();
        assert_eq!(held["status"], "pending");
        assert_eq!(held["error_code"], "quiet-hours");
        assert_eq!(held["attempts"], 0, "waiting is not an attempt");
        assert_eq!(held["due_at"], "2030-03-06T14:00:00Z", "08:00 in Chicago");
        app.clock.set("2030-03-06T14:00:01Z".parse().unwrap());
        app.drain().await;
        assert_eq!(app.outbox().await.len(), 2);
    }

    async fn reminder_times_and_quiet_hours_follow_a_daylight_saving_change(app) {
        // Chicago springs forward at 02:00 on 10 March 2030.
        let p = chicago(&app).await;
        let visit: jiff::Timestamp = "2030-03-10T14:00:00Z".parse().unwrap(); // 09:00 CDT
        appointment(&app, &p, visit, Some(json!(["P1D", "PT30M"]))).await;
        let list = deliveries(&app, &p).await;
        let dues: Vec<String> = list.iter().map(|d| d["due_at"].as_str().unwrap().to_string()).collect();
        assert!(dues.contains(&"2030-03-09T15:00:00Z".to_string()), "a day before is 09:00 CST, 25 hours earlier: {dues:?}");
        // A reminder due in the small hours of the change waits for 08:00 CDT (13:00 UTC).
        let q = app.create_patient(json!({"name": "Ann Lee", "phone": "+13125550199", "time_zone": "America/Chicago"})).await;
        app.clock.set("2030-03-10T07:30:00Z".parse().unwrap()); // 01:30 CST
        appointment(&app, &q, "2030-03-10T20:00:00Z".parse().unwrap(), Some(json!(["PT14H"]))).await;
        app.drain().await;
        let held = deliveries(&app, &q).await[0].clone();
        assert_eq!(held["due_at"], "2030-03-10T13:00:00Z", "{held}");
    }

    async fn a_daily_cap_moves_the_fourth_reminder_to_the_next_morning(app) {
        let p = chicago(&app).await;
        for h in [30, 31, 32, 33] {
            appointment(&app, &p, app.clock_now() + hours(h), Some(json!(["PT48H"]))).await;
        }
        app.drain().await;
        assert_eq!(app.outbox().await.len(), 3, "at most three reminders a day");
        let held: Vec<Value> = deliveries(&app, &p).await.into_iter().filter(|d| d["status"] == "pending").collect();
        assert_eq!(held.len(), 1);
        assert_eq!(held[0]["error_code"], "daily-cap");
        assert_eq!(held[0]["due_at"], "2030-03-06T14:00:00Z", "08:00 the next day in Chicago");
        let r = app.patch("/clinic", &json!({"daily_reminder_cap": 5})).await;
        assert_eq!(r.status, StatusCode::OK);
        app.clock.set("2030-03-06T14:00:01Z".parse().unwrap());
        app.drain().await;
        assert_eq!(app.outbox().await.len(), 4);
    }

    async fn a_message_alert_never_carries_the_message_and_urgent_ones_skip_quiet_hours(app) {
        let p = app.create_patient(json!({"name": "Maria Lopez", "phone": "+13125550142", "email": "maria@example.org", "language": "es"})).await;
        let pid = p["id"].as_str().unwrap();
        let secret = "Your biopsy results are ready: benign lesion, no follow-up";
        let r = app.post(&format!("/patients/{pid}/messages"), &json!({"body": secret, "sender": "Dr. Okafor"})).await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
        app.drain().await;
        let outbox = app.outbox().await;
        assert_eq!(outbox.len(), 1);
        let body = outbox[0]["body"].as_str().unwrap();
        assert!(body.contains("mensaje nuevo"), "in Spanish: {body}");
        for word in ["biopsy", "benign", "lesion", "results", "Okafor"] {
            assert!(!body.contains(word), "the SMS must not carry {word:?}: {body}");
        }
        let url = body.split_whitespace().find(|w| w.contains("/l/")).unwrap();
        let r = app.browser().redeem(url).await;
        assert_eq!(r.header("location").unwrap(), format!("/p/threads/{}", p["thread_id"].as_str().unwrap()));
        let thread = app.get(&format!("/patients/{pid}/messages")).await.json();
        assert_eq!(thread["data"][0]["body"], secret);
        assert_eq!(thread["data"][0]["author"], "staff");

        app.clock.set("2030-03-06T05:00:00Z".parse().unwrap()); // 23:00 in Chicago
        app.post(&format!("/patients/{pid}/messages"), &json!({"body": "routine", "sender": "Front desk"})).await;
        app.post(&format!("/patients/{pid}/messages"), &json!({"body": "call us tonight", "sender": "Nurse", "urgent": true})).await;
        app.drain().await;
        assert_eq!(app.outbox().await.len(), 2, "only the urgent alert goes out at night");
    }

    async fn bad_schedules_and_messages_are_refused(app) {
        let p = chicago(&app).await;
        let starts = (app.clock_now() + hours(30)).to_string();
        for bad in [json!(["3 days"]), json!(["P1Y"]), json!(["-PT2H"]), json!("PT2H"), json!(["PT1H", "PT2H", "PT3H", "PT4H", "PT5H", "PT6H", "PT7H"])] {
            let r = app.post("/appointments", &json!({"patient_id": p["id"], "starts_at": starts, "reminders": bad})).await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
            assert_eq!(r.json()["error"]["field"], "reminders");
        }
        for bad in [json!({"quiet_hours": {"start": "25:00", "end": "08:00"}}), json!({"daily_reminder_cap": 0}), json!({"reminders": ["soon"]}), json!({"timezone": "x"})] {
            let r = app.patch("/clinic", &bad).await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        }
        let pid = p["id"].as_str().unwrap();
        for bad in [json!({"body": "", "sender": "x"}), json!({"body": "x".repeat(5000), "sender": "x"}), json!({"body": "hi"}), json!({"body": "a\u{0}b", "sender": "x"})] {
            let r = app.post(&format!("/patients/{pid}/messages"), &bad).await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        }
        assert!(deliveries(&app, &p).await.is_empty(), "nothing was queued");
        let c = app.get("/clinic").await.json();
        assert_eq!(c["reminders"], json!(["PT72H", "PT24H", "PT2H"]));
        assert_eq!(c["quiet_hours"], json!({"start": "21:00", "end": "08:00"}));
        assert_eq!(c["daily_reminder_cap"], 3);
    }
}
