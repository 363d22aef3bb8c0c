//! Sending for real: Portico's Twilio client against the Twilio stand-in, lettre against a
//! loopback SMTP server, signed webhooks back, and the dispatcher's policy under faults.

use crate::helpers::*;
use crate::standins::{Failure, parse};
use mail_parser::MimeHeaders;
use reqwest::StatusCode;
use serde_json::{Value, json};
use std::time::Duration;

async fn james(app: &TestApp) -> Value {
    app.create_patient(json!({"name": "James Carter", "phone": "+13125550177", "language": "en"})).await
}

async fn delivery(app: &TestApp, id: &str) -> Value {
    let r = app.get(&format!("/deliveries/{id}")).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    r.json()
}

async fn contact_status(app: &TestApp, patient: &Value, channel: &str) -> Value {
    app.get(&format!("/patients/{}", patient["id"].as_str().unwrap())).await.json()["contact_status"][channel].clone()
}

fn status_url(app: &TestApp) -> String {
    app.url("/webhooks/twilio/sms")
}

crate::provider_tests! {
    async fn a_link_sent_by_sms_goes_through_twilio_and_its_status_only_moves_forward(app, twilio, smtp) {
        let p = app.maria().await;
        let l = app.link(json!({"patient_id": p["id"], "purpose": "sign_in", "send": true})).await;
        assert_eq!(l["sent_via"]["channel"], "sms");
        assert_eq!(l["sent_via"]["status"], "queued");
        let sent = twilio.messages();
        assert_eq!(sent.len(), 1);
        let m = &sent[0];
        assert_eq!(m.to, "+13125550142");
        assert_eq!(m.from.as_deref(), Some(twilio.from.as_str()));
        assert!(m.body.contains(l["url"].as_str().unwrap()), "{}", m.body);
        assert!(m.body.contains("Lakeside Family Clinic") && m.body.contains("STOP"));
        let callback = m.status_callback.clone().unwrap();
        let id = l["sent_via"]["delivery_id"].as_str().unwrap();
        assert_eq!(callback, app.url(&format!("/webhooks/twilio/status?delivery={id}")));
        assert!(m.validity_period.is_some_and(|v| v <= 3600), "a sign-in link is useless after an hour");

        let d = delivery(&app, id).await;
        assert_eq!(d["status"], "queued");
        assert_eq!(d["provider_id"], m.sid.as_str());
        assert_eq!(d["segments"], m.num_segments);
        assert_eq!(d["attempts"], 1);

        assert_eq!(twilio.send_status(&m.sid, "sent").await, 200);
        assert_eq!(delivery(&app, id).await["status"], "sent");
        assert_eq!(twilio.send_status(&m.sid, "delivered").await, 200);
        assert_eq!(twilio.send_status(&m.sid, "sent").await, 200, "a late report is acknowledged");
        assert_eq!(twilio.send_status(&m.sid, "delivered").await, 200, "a repeat is harmless");
        let d = delivery(&app, id).await;
        assert_eq!(d["status"], "delivered", "status only moves forward");
        assert!(d["delivered_at"].is_string());
        let log = app.get(&format!("/patients/{}/deliveries", p["id"].as_str().unwrap())).await.json();
        assert_eq!(log["data"].as_array().unwrap().len(), 1);
        assert_eq!(log["data"][0]["purpose"], "link");
    }

    async fn a_forged_webhook_changes_nothing(app, twilio, smtp) {
        let p = james(&app).await;
        let l = app.link(json!({"patient_id": p["id"], "purpose": "sign_in", "send": true})).await;
        let id = l["sent_via"]["delivery_id"].as_str().unwrap();
        let sid = twilio.messages()[0].sid.clone();
        let status = app.url(&format!("/webhooks/twilio/status?delivery={id}"));
        let params = [("MessageSid", sid.as_str()), ("MessageStatus", "failed"), ("ErrorCode", "30005")];
        let (code, _) = twilio.post_signed(&status, &params, Some("AAAAAAAAAAAAAAAAAAAAAAAAAAA=")).await;
        assert_eq!(code, 403);
        let (code, _) = twilio.post_signed(&status, &params, Some("")).await;
        assert_eq!(code, 403);
        // A genuine signature for another URL (a replay with the delivery changed).
        let other = app.url("/webhooks/twilio/status?delivery=dlv_00000000000000000000000000");
        let sig = crate::standins::sign(&twilio.auth_token, &other, &params.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect::<Vec<_>>());
        let (code, _) = twilio.post_signed(&status, &params, Some(&sig)).await;
        assert_eq!(code, 403);
        let (code, _) = twilio.post_signed(&status_url(&app), &[("From", "+13125550177"), ("Body", "STOP")], Some("forged")).await;
        assert_eq!(code, 403);
        assert_eq!(delivery(&app, id).await["status"], "queued");
        assert_eq!(contact_status(&app, &p, "sms").await, "ok");
        assert!(smtp.messages().is_empty(), "no fallback was triggered");
    }

    async fn stop_blocks_the_next_sms_before_any_provider_call_and_start_restores_it(app, twilio, smtp) {
        let p = james(&app).await;
        let (code, body) = twilio.inbound(&status_url(&app), "+13125550177", &twilio.from, "STOP").await;
        assert_eq!(code, 200, "{body}");
        assert_eq!(contact_status(&app, &p, "sms").await, "opted_out");
        let events = app.state.store.audit_events(None, 50).await.unwrap();
        let stop = events.iter().find(|e| e.action == "contact.opted_out").expect("audited");
        assert_eq!(stop.auth.as_deref(), Some("sms"), "proved by a text from the patient's number");
        let before = twilio.requests();
        let r = app.post("/links", &json!({"patient_id": p["id"], "purpose": "sign_in", "send": true})).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "nothing can reach an opted-out, phone-only patient: {}", r.text);
        assert_eq!(twilio.requests(), before, "no provider call was even attempted");

        let (code, _) = twilio.inbound(&status_url(&app), "+13125550177", &twilio.from, "START").await;
        assert_eq!(code, 200);
        assert_eq!(contact_status(&app, &p, "sms").await, "ok");
        let l = app.link(json!({"patient_id": p["id"], "purpose": "sign_in", "send": true})).await;
        assert_eq!(l["sent_via"]["status"], "queued");
        assert_eq!(twilio.messages().len(), 1);
    }

    async fn a_queued_sms_to_a_number_that_opts_out_is_dropped_and_email_takes_over(app, twilio, smtp) {
        let p = app.maria().await;
        // Queued while the provider is down…
        twilio.fail_next(1, Failure::Http500);
        let l = app.link(json!({"patient_id": p["id"], "purpose": "sign_in", "send": true})).await;
        let id = l["sent_via"]["delivery_id"].as_str().unwrap().to_string();
        assert_eq!(l["sent_via"]["status"], "pending");
        // …then the patient texts STOP before the retry.
        twilio.inbound(&status_url(&app), "+13125550142", &twilio.from, "stop").await;
        twilio.recover();
        app.clock.advance(Duration::from_secs(120));
        app.drain().await;
        assert_eq!(twilio.messages().len(), 0, "no SMS after STOP");
        let d = delivery(&app, &id).await;
        assert_eq!(d["status"], "dropped");
        assert_eq!(d["error_code"], "opted-out");
        let mail = smtp.wait_for(1, Duration::from_secs(10)).await;
        assert_eq!(mail[0].rcpt_to, vec!["maria@example.org".to_string()]);
    }

    async fn help_answers_with_the_clinic_name_and_number(app, twilio, smtp) {
        james(&app).await;
        let (code, body) = twilio.inbound(&status_url(&app), "+13125550177", &twilio.from, "HELP").await;
        assert_eq!(code, 200);
        assert!(body.contains("<Response><Message>"), "{body}");
        assert!(body.contains("Lakeside Family Clinic") && body.contains("(312) 555-0100"), "the number as the patient dials it: {body}");
        assert!(!body.contains("After hours"), "no after-hours line is set: {body}");
        let r = app.patch("/clinic", &serde_json::json!({"after_hours_phone": "+13125550199"})).await;
        assert_eq!(r.status, reqwest::StatusCode::OK, "{}", r.text);
        let (_, body) = twilio.inbound(&status_url(&app), "+13125550177", &twilio.from, "HELP").await;
        assert!(body.contains("After hours: (312) 555-0199."), "{body}");
    }

    async fn confirm_and_cancel_words_act_on_the_visit_the_reminder_was_about(app, twilio, smtp) {
        let p = james(&app).await;
        let pid = p["id"].as_str().unwrap();
        let first = app.reminded_appointment_for(pid, 30).await;
        let second = app.appointment_for(pid, 80).await;
        let (_, body) = twilio.inbound(&status_url(&app), "+13125550177", &twilio.from, "SÍ").await;
        assert!(body.contains("confirmed"), "{body}");
        assert_eq!(app.get(&format!("/appointments/{}", first["id"].as_str().unwrap())).await.json()["status"], "confirmed");
        let (_, body) = twilio.inbound(&status_url(&app), "+13125550177", &twilio.from, "CANCELAR").await;
        assert!(body.contains("cancelled"), "{body}");
        assert_eq!(app.get(&format!("/appointments/{}", first["id"].as_str().unwrap())).await.json()["status"], "cancelled");
        assert_eq!(app.get(&format!("/appointments/{}", second["id"].as_str().unwrap())).await.json()["status"], "scheduled");
        let (_, body) = twilio.inbound(&status_url(&app), "+13125550177", &twilio.from, "Can I bring my daughter?").await;
        assert!(body.contains("reply"), "free text is acknowledged: {body}");
        let (_, again) = twilio.inbound(&status_url(&app), "+13125550177", &twilio.from, "She is 7 <b>years</b> old").await;
        assert!(!again.contains("<Message>"), "acknowledged once, not per text: {again}");
        let thread = app.get(&format!("/patients/{pid}/messages")).await.json();
        let texts: Vec<&str> = thread["data"].as_array().unwrap().iter().map(|m| m["body"].as_str().unwrap()).collect();
        assert_eq!(texts, ["Can I bring my daughter?", "She is 7 <b>years</b> old"], "replies land in the thread");
        assert_eq!(thread["data"][0]["author"], "patient");
        assert_eq!(thread["data"][0]["sender_verified"], true, "the number is this patient's alone");
    }

    async fn reply_words_work_in_every_language_and_answers_come_in_the_patients(app, twilio, smtp) {
        let p = app
            .create_patient(json!({"name": "Olga Petrova", "phone": "+13125550188", "language": "ru", "time_zone": "America/Chicago"}))
            .await;
        let pid = p["id"].as_str().unwrap();
        let a = app.appointment_for(pid, 30).await;
        let aid = a["id"].as_str().unwrap();
        let ru = portico::i18n::Lang::from_tag("ru").unwrap();
        let (_, body) = twilio.inbound(&status_url(&app), "+13125550188", &twilio.from, "да").await;
        assert!(body.contains(&ru.t("reply-confirmed")), "confirmed, answered in Russian: {body}");
        assert_eq!(app.get(&format!("/appointments/{aid}")).await.json()["status"], "confirmed");
        // A cancel word of another language still cancels; the answer stays Russian.
        let (_, body) = twilio.inbound(&status_url(&app), "+13125550188", &twilio.from, "Hủy").await;
        assert!(body.contains(&ru.t("reply-cancelled")), "{body}");
        assert_eq!(app.get(&format!("/appointments/{aid}")).await.json()["status"], "cancelled");
        // Every locale's stop and start words opt out and back in.
        for lang in portico::i18n::Lang::all() {
            let stop = lang.t("inbound-stop");
            let start = lang.t("inbound-start");
            let (stop, start) = (stop.split(',').next().unwrap().trim(), start.split(',').next().unwrap().trim());
            twilio.inbound(&status_url(&app), "+13125550188", &twilio.from, stop).await;
            assert_eq!(contact_status(&app, &p, "sms").await, "opted_out", "{}: {stop}", lang.code());
            twilio.inbound(&status_url(&app), "+13125550188", &twilio.from, start).await;
            assert_eq!(contact_status(&app, &p, "sms").await, "ok", "{}: {start}", lang.code());
        }
        let (_, body) = twilio.inbound(&status_url(&app), "+13125550188", &twilio.from, "ПОМОЩЬ").await;
        assert!(body.contains("(312) 555-0100") && body.contains("STOP"), "{body}");
    }

    async fn an_sms_twilio_took_while_its_answer_was_lost_is_recorded_not_sent_again(app, twilio, smtp) {
        let p = james(&app).await;
        let pid = p["id"].as_str().unwrap();
        // A first alert goes out normally; a second, with the same words, loses Twilio's answer.
        let first = app.post(&format!("/patients/{pid}/messages"), &json!({"body": "one", "sender": "Dr. Okafor"})).await;
        let first = first.json()["alert_delivery_id"].as_str().unwrap().to_string();
        app.drain().await;
        twilio.fail_next(1, Failure::AcceptThenGarble);
        let second = app.post(&format!("/patients/{pid}/messages"), &json!({"body": "two", "sender": "Dr. Okafor"})).await;
        let second = second.json()["alert_delivery_id"].as_str().unwrap().to_string();
        app.drain().await;
        assert_eq!(twilio.messages().len(), 2, "Twilio took both");
        let d = delivery(&app, &second).await;
        assert_eq!(d["status"], "pending", "Portico could not tell: {d}");
        assert_eq!(d["error_code"], "bad-response");
        // The retry asks Twilio first, finds the SMS (not the first alert's, whose SID is
        // taken), and records it instead of sending a second copy.
        app.clock.advance(std::time::Duration::from_secs(3600));
        app.drain().await;
        let sent = twilio.messages();
        assert_eq!(sent.len(), 2, "no duplicate SMS");
        let d = delivery(&app, &second).await;
        assert_eq!(d["status"], "queued", "{d}");
        assert_eq!(d["provider_id"], sent[1].sid.as_str());
        assert_ne!(delivery(&app, &first).await["provider_id"], d["provider_id"]);
        // Twilio's later report settles it as usual.
        twilio.send_status(&sent[1].sid, "delivered").await;
        assert_eq!(delivery(&app, &second).await["status"], "delivered");
        // When Twilio refused outright (HTTP 500), nothing is found and the retry sends.
        twilio.fail_next(1, Failure::Http500);
        app.post(&format!("/patients/{pid}/messages"), &json!({"body": "three", "sender": "Dr. Okafor"})).await;
        app.drain().await;
        app.clock.advance(std::time::Duration::from_secs(3600));
        app.drain().await;
        assert_eq!(twilio.messages().len(), 3);
    }

    async fn a_patients_own_quiet_hours_hold_messages_until_their_morning(app, twilio, smtp) {
        let p = james(&app).await;
        let pid = p["id"].as_str().unwrap();
        // It is 10:00 in Chicago; James keeps 09:00–12:00 quiet (he works nights).
        let mut patient = app.state.store.patient(&app.clinic.id, &portico::domain::PatientId::parse(pid).unwrap()).await.unwrap().unwrap();
        patient.quiet_hours = Some(portico::domain::QuietHours::new(9 * 60, 12 * 60).unwrap());
        app.state.store.update_patient(&patient).await.unwrap();
        let r = app.post(&format!("/patients/{pid}/messages"), &json!({"body": "Lab results are in", "sender": "Dr. Okafor"})).await;
        let d = r.json()["alert_delivery_id"].as_str().unwrap().to_string();
        app.drain().await;
        assert!(twilio.messages().is_empty(), "held for the patient's own quiet hours");
        assert_eq!(delivery(&app, &d).await["error_code"], "quiet-hours");
        app.clock.advance(std::time::Duration::from_secs(2 * 3600 + 60));
        app.drain().await;
        assert_eq!(twilio.messages().len(), 1, "sent after 12:00 local");
    }

    async fn a_failing_provider_is_retried_with_backoff_until_it_recovers(app, twilio, smtp) {
        let p = james(&app).await;
        twilio.fail_next(3, Failure::Http500);
        let l = app.link(json!({"patient_id": p["id"], "purpose": "appointment", "subject_id": app.appointment_for(p["id"].as_str().unwrap(), 48).await["id"], "send": true})).await;
        let id = l["sent_via"]["delivery_id"].as_str().unwrap().to_string();
        let mut due_gaps = vec![];
        for attempt in 1..=3 {
            let d = delivery(&app, &id).await;
            assert_eq!(d["status"], "pending", "attempt {attempt}");
            assert_eq!(d["attempts"], attempt);
            assert_eq!(d["error_code"], "20500", "Twilio's code for its own 500");
            let due: jiff::Timestamp = d["due_at"].as_str().unwrap().parse().unwrap();
            let gap = due.duration_since(app.clock_now()).as_secs();
            assert!(gap >= 0 && gap <= 30 * 2i64.pow(attempt as u32), "attempt {attempt}: retry in {gap}s exceeds the backoff ceiling");
            due_gaps.push(gap);
            assert_eq!(app.drain().await, 0, "nothing is sent before its retry time");
            // Times in the API are whole seconds: step past the rounding.
            app.clock.advance(Duration::from_secs(gap as u64 + 2));
            app.drain().await;
        }
        let d = delivery(&app, &id).await;
        assert_eq!(d["status"], "queued", "{d}");
        assert_eq!(d["attempts"], 4);
        assert_eq!(twilio.messages().len(), 1, "sent once after recovery");
        assert_eq!(twilio.requests(), 4);
    }

    async fn a_provider_that_never_recovers_dead_letters_the_message_when_it_can_no_longer_help(app, twilio, smtp) {
        let p = james(&app).await;
        twilio.fail_always_for("+13125550177", Failure::Http500);
        let l = app.link(json!({"patient_id": p["id"], "purpose": "sign_in", "ttl_seconds": 3600, "send": true})).await;
        let id = l["sent_via"]["delivery_id"].as_str().unwrap().to_string();
        for _ in 0..500 {
            let d = delivery(&app, &id).await;
            if d["status"] != "pending" {
                break;
            }
            let due: jiff::Timestamp = d["due_at"].as_str().unwrap().parse().unwrap();
            let gap = due.duration_since(app.clock_now()).as_secs().max(0);
            app.clock.advance(Duration::from_secs(gap as u64 + 2));
            app.drain().await;
        }
        let d = delivery(&app, &id).await;
        assert_eq!(d["status"], "dead", "{d}");
        assert_eq!(d["error_code"], "20500");
        assert_eq!(twilio.requests() as i64, d["attempts"].as_i64().unwrap());
        // James has no other channel: nothing more is tried.
        app.clock.advance(Duration::from_secs(5 * 3600));
        assert_eq!(app.drain().await, 0);
        assert_eq!(twilio.requests() as i64, d["attempts"].as_i64().unwrap());
    }

    async fn permanent_errors_never_retry_flag_the_number_and_fall_back_to_email(app, twilio, smtp) {
        let p = app.maria().await;
        twilio.fail_always_for("+13125550142", Failure::Error { code: 21211, http_status: 400 });
        let l = app.link(json!({"patient_id": p["id"], "purpose": "thread", "send": true})).await;
        let id = l["sent_via"]["delivery_id"].as_str().unwrap().to_string();
        let d = delivery(&app, &id).await;
        assert_eq!(d["status"], "failed");
        assert_eq!(d["error_code"], "21211");
        assert_eq!(contact_status(&app, &p, "sms").await, "invalid");
        // The care team sees it on Maria's conversation, to reach her another way.
        let conversation = app.get(&format!("/conversations/{}", p["thread_id"].as_str().unwrap())).await.json();
        let flagged: Vec<&serde_json::Value> = conversation["steps"].as_array().unwrap().iter().filter(|s| s["kind"] == "contact_flagged").collect();
        assert_eq!(flagged.len(), 1, "{conversation}");
        assert_eq!(flagged[0]["detail"], "sms invalid");
        app.drain().await;
        let mail = smtp.wait_for(1, Duration::from_secs(10)).await;
        assert_eq!(mail[0].rcpt_to, vec!["maria@example.org".to_string()]);
        let log = app.get(&format!("/patients/{}/deliveries", p["id"].as_str().unwrap())).await.json();
        let email = log["data"].as_array().unwrap().iter().find(|d| d["channel"] == "email").unwrap().clone();
        assert_eq!(email["fallback_of"], id.as_str());
        assert_eq!(email["status"], "sent");
        for _ in 0..5 {
            app.clock.advance(Duration::from_secs(3600));
            app.drain().await;
        }
        assert_eq!(twilio.requests(), 1, "a permanent error is never retried");
        // The link in the email opens the thread.
        let parsed = parse(&mail[0]);
        let text = parsed.body_text(0).unwrap().to_string();
        let url = text.split_whitespace().find(|w| w.contains("/l/")).unwrap();
        let r = app.browser().redeem(url).await;
        assert_eq!(r.header("location").unwrap(), format!("/p/threads/{}", p["thread_id"].as_str().unwrap()));
    }

    async fn an_undelivered_report_for_a_dead_handset_flags_it_and_falls_back(app, twilio, smtp) {
        let p = app.maria().await;
        let l = app.link(json!({"patient_id": p["id"], "purpose": "sign_in", "send": true})).await;
        let sid = twilio.messages()[0].sid.clone();
        assert_eq!(twilio.send_status_with_error(&sid, "undelivered", Some(30005)).await, 200);
        let d = delivery(&app, l["sent_via"]["delivery_id"].as_str().unwrap()).await;
        assert_eq!(d["status"], "undelivered");
        assert_eq!(d["error_code"], "30005");
        assert_eq!(contact_status(&app, &p, "sms").await, "invalid");
        app.drain().await;
        smtp.wait_for(1, Duration::from_secs(10)).await;
    }

    async fn an_sms_never_confirmed_in_time_goes_out_by_email_too(app, twilio, smtp) {
        let p = app.maria().await;
        let l = app.link(json!({"patient_id": p["id"], "purpose": "thread", "send": true})).await;
        let sid = twilio.messages()[0].sid.clone();
        twilio.send_status(&sid, "sent").await;
        assert_eq!(app.state.dispatcher.follow_up_unconfirmed().await.unwrap(), 0, "still within the window");
        app.clock.advance(Duration::from_secs(61 * 60));
        assert_eq!(app.state.dispatcher.follow_up_unconfirmed().await.unwrap(), 1);
        assert_eq!(app.state.dispatcher.follow_up_unconfirmed().await.unwrap(), 0, "followed up once");
        app.drain().await;
        let mail = smtp.wait_for(1, Duration::from_secs(10)).await;
        assert_eq!(mail[0].rcpt_to, vec!["maria@example.org".to_string()]);
        // A confirmed one is left alone.
        let q = app.create_patient(json!({"name": "Ann Lee", "phone": "+13125550199", "email": "ann@example.org"})).await;
        app.link(json!({"patient_id": q["id"], "purpose": "sign_in", "send": true})).await;
        let sid = twilio.messages()[1].sid.clone();
        twilio.send_status(&sid, "delivered").await;
        app.clock.advance(Duration::from_secs(61 * 60));
        assert_eq!(app.state.dispatcher.follow_up_unconfirmed().await.unwrap(), 0);
        let _ = l;
    }

    async fn email_is_multipart_from_the_clinic_with_the_link_in_both_parts(app, twilio, smtp) {
        assert!(!smtp.url.contains("tls"), "this one is plain SMTP on loopback");
        let p = app.create_patient(json!({"name": "Wang Xiuying", "email": "wang@example.org", "language": "zh-Hans"})).await;
        let l = app.link(json!({"patient_id": p["id"], "purpose": "sign_in", "send": true})).await;
        assert_eq!(l["sent_via"]["channel"], "email");
        let mail = smtp.wait_for(1, Duration::from_secs(10)).await;
        assert_eq!(mail[0].mail_from, "care@lakeside.example");
        let m = parse(&mail[0]);
        let url = l["url"].as_str().unwrap();
        assert!(m.subject().unwrap().contains("Lakeside Family Clinic"));
        let from = m.from().unwrap().first().unwrap();
        assert_eq!(from.name(), Some("Lakeside Family Clinic"));
        assert_eq!(from.address(), Some("care@lakeside.example"));
        assert!(m.message_id().is_some_and(|id| id.contains('@')), "a proper Message-ID");
        assert!(m.date().is_some(), "a Date header");
        assert!(m.body_text(0).unwrap().contains(url), "the link in the text part");
        assert!(m.body_html(0).unwrap().contains(url), "the link in the HTML part");
        assert!(m.content_type().is_some_and(|c| c.c_subtype.as_deref() == Some("alternative")));
        let d = delivery(&app, l["sent_via"]["delivery_id"].as_str().unwrap()).await;
        assert_eq!(d["status"], "sent");
        assert!(d["provider_id"].as_str().unwrap().contains('@'), "the Message-ID is the provider id");
    }

    async fn email_reuses_its_connection_and_drops_one_that_a_refusal_broke(app, twilio, smtp) {
        let p = app.create_patient(json!({"name": "Ann Lee", "email": "ann@example.org"})).await;
        let send = || app.link(json!({"patient_id": p["id"], "purpose": "sign_in", "send": true}));
        for _ in 0..3 {
            assert_eq!(send().await["sent_via"]["status"], "sent");
        }
        let mail = smtp.wait_for(3, Duration::from_secs(10)).await;
        assert!(mail.iter().all(|m| m.connection == mail[0].connection), "one connection for all three: {:?}",
            mail.iter().map(|m| m.connection).collect::<Vec<_>>());
        smtp.fail_next(1, 451);
        assert_eq!(send().await["sent_via"]["status"], "pending", "a 451 is a failure to retry");
        assert_eq!(send().await["sent_via"]["status"], "sent");
        let mail = smtp.wait_for(4, Duration::from_secs(10)).await;
        assert_ne!(mail[3].connection, mail[0].connection, "the connection the refusal left mid-message is not reused");
    }

    async fn a_mailbox_the_server_refuses_is_flagged(app, twilio, smtp) {
        let p = app.create_patient(json!({"name": "Kim Min-jun", "email": "minjun@example.org"})).await;
        smtp.fail_next(1, 550);
        let l = app.link(json!({"patient_id": p["id"], "purpose": "sign_in", "send": true})).await;
        let d = delivery(&app, l["sent_via"]["delivery_id"].as_str().unwrap()).await;
        assert_eq!(d["status"], "failed", "{d}");
        assert_eq!(contact_status(&app, &p, "email").await, "invalid");
    }
}

mod dev_channels {
    use super::*;

    crate::backend_tests! {
        async fn deliveries_belong_to_their_clinic(app) {
            let p = app.maria().await;
            let l = app.link(json!({"patient_id": p["id"], "purpose": "sign_in", "send": true})).await;
            let id = l["sent_via"]["delivery_id"].as_str().unwrap();
            let d = delivery(&app, id).await;
            assert_eq!(d["status"], "sent");
            assert_eq!(d["channel"], "sms");
            assert_eq!(d["segments"], 1);
            let (_, other_key) = portico::clinics::create_clinic(&*app.state.store, &*app.state.clock, "Riverside Clinic", None, "America/New_York").await.unwrap();
            let r = app.client.get(app.url(&format!("/api/v1/deliveries/{id}"))).bearer_auth(&other_key).send().await.unwrap();
            assert_eq!(r.status(), StatusCode::NOT_FOUND);
            let r = app.client.get(app.url(&format!("/api/v1/patients/{}/deliveries", p["id"].as_str().unwrap()))).bearer_auth(&other_key).send().await.unwrap();
            assert_eq!(r.status(), StatusCode::NOT_FOUND);
            assert_eq!(app.get("/deliveries/dlv_nope").await.status, StatusCode::NOT_FOUND);
        }

        async fn twilio_webhooks_are_not_served_without_twilio(app) {
            let r = app.client.post(app.url("/webhooks/twilio/sms")).form(&[("From", "+13125550142"), ("Body", "STOP")]).send().await.unwrap();
            assert_eq!(r.status(), StatusCode::NOT_FOUND);
        }
    }
}

mod tls {
    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn email_goes_over_tls_to_a_relay_with_a_private_certificate() {
        let (smtp, pem) = SmtpServer::start_tls().await;
        let dir = tempfile::tempdir().unwrap();
        let ca = dir.path().join("relay-ca.pem");
        std::fs::write(&ca, &pem).unwrap();
        let settings = [
            ("PORTICO_EMAIL", "smtp".to_string()),
            ("PORTICO_SMTP_URL", format!("smtps://portico:s%40cret@localhost:{}", smtp.port)),
            ("PORTICO_EMAIL_FROM", "care@lakeside.example".to_string()),
            ("PORTICO_SMTP_CA_FILE", ca.display().to_string()),
        ];
        let Some(app) = spawn_app_with(Backend::Sqlite, &settings).await else { return };
        let p = app.create_patient(json!({"name": "Wang Xiuying", "email": "wang@example.org"})).await;
        let l = app.link(json!({"patient_id": p["id"], "purpose": "sign_in", "send": true})).await;
        assert_eq!(l["sent_via"]["status"], "sent", "{l}");
        let mail = smtp.wait_for(1, Duration::from_secs(10)).await;
        assert!(mail[0].tls);
        assert!(parse(&mail[0]).body_text(0).unwrap().contains(l["url"].as_str().unwrap()));

        // STARTTLS on the submission port, required.
        let (submission, pem) = SmtpServer::start_starttls().await;
        let ca = dir.path().join("submission-ca.pem");
        std::fs::write(&ca, &pem).unwrap();
        let settings = [
            ("PORTICO_EMAIL", "smtp".to_string()),
            ("PORTICO_SMTP_URL", submission.url.clone()),
            ("PORTICO_EMAIL_FROM", "care@lakeside.example".to_string()),
            ("PORTICO_SMTP_CA_FILE", ca.display().to_string()),
        ];
        let Some(app) = spawn_app_with(Backend::Sqlite, &settings).await else { return };
        let p = app.create_patient(json!({"name": "Ann Lee", "email": "ann@example.org"})).await;
        let l = app.link(json!({"patient_id": p["id"], "purpose": "sign_in", "send": true})).await;
        assert_eq!(l["sent_via"]["status"], "sent", "{l}");
        assert!(submission.wait_for(1, Duration::from_secs(10)).await[0].tls, "upgraded before the message");

        // Without the private root the certificate is refused and nothing is sent.
        let (strict, _) = SmtpServer::start_tls().await;
        let settings = [
            ("PORTICO_EMAIL", "smtp".to_string()),
            ("PORTICO_SMTP_URL", format!("smtps://localhost:{}", strict.port)),
            ("PORTICO_EMAIL_FROM", "care@lakeside.example".to_string()),
        ];
        let Some(app) = spawn_app_with(Backend::Sqlite, &settings).await else { return };
        let p = app.create_patient(json!({"name": "Kim Min-jun", "email": "minjun@example.org"})).await;
        let l = app.link(json!({"patient_id": p["id"], "purpose": "sign_in", "send": true})).await;
        assert_eq!(
            l["sent_via"]["status"], "pending",
            "an untrusted certificate is a failure to retry, not a send: {l}"
        );
        assert!(strict.messages().is_empty());
    }
}
