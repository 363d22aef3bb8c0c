//! The care team's side: invitations over real SMTP, sign-in by emailed link or code (once
//! each, limited, never saying whether an address is known), staff sessions that idle out and
//! end, and the shared inbox: a patient's text needs a reply, a staff reply stores the
//! message and alerts the patient without the text, close and reopen, and nothing of another
//! clinic. Every staff action is audited as the staff person.

use crate::helpers::*;
use crate::standins::parse;
use reqwest::StatusCode;
use serde_json::{Value, json};
use std::time::Duration;

const NINA: &str = "nina@lakeside.example";

async fn invite(app: &TestApp, email: &str, name: &str) -> Value {
    let r = app.post("/staff", &json!({"email": email, "role": "nurse", "name": name})).await;
    assert!(r.status == StatusCode::CREATED || r.status == StatusCode::OK, "{}", r.text);
    r.json()
}

/// The text of the `n`th email (from 1) the SMTP stand-in received.
async fn mail_text(smtp: &SmtpServer, n: usize) -> (String, String) {
    let mail = smtp.wait_for(n, Duration::from_secs(10)).await;
    let m = &mail[n - 1];
    (m.rcpt_to.join(","), parse(m).body_text(0).unwrap().to_string())
}

fn link_in(text: &str, path: &str) -> String {
    let start = text.find(path).unwrap_or_else(|| panic!("no {path} link in {text}"));
    let rest = &text[start..];
    let end = rest.find(|c: char| c.is_whitespace()).unwrap_or(rest.len());
    rest[..end].to_string()
}

fn code_in(text: &str) -> String {
    let words: Vec<&str> = text.split(|c: char| !c.is_ascii_digit()).filter(|w| w.len() == 6).collect();
    words.first().unwrap_or_else(|| panic!("no code in {text}")).to_string()
}

async fn ask_sign_in(_app: &TestApp, b: &Browser, email: &str) -> Reply {
    let page = b.get("/staff/signin").await;
    let csrf = form_field(&page.text, "csrf").unwrap();
    b.post_form("/staff/signin", &[("csrf", &csrf), ("email", email)]).await
}

/// Nina, invited and signed in by the link of her sign-in email: her browser and staff id.
pub(crate) async fn nina(app: &TestApp, smtp: &SmtpServer) -> (Browser, String) {
    let staff = invite(app, NINA, "Nina Okafor").await;
    let b = app.browser();
    let before = smtp.messages().len();
    ask_sign_in(app, &b, NINA).await;
    let (_, text) = mail_text(smtp, before + 1).await;
    let r = b.redeem(&link_in(&text, "/staff/s/")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
    (b, staff["id"].as_str().unwrap().to_string())
}

async fn audit_actors(app: &TestApp, action: &str) -> Vec<String> {
    let events = app.state.store.audit_events(Some(&app.clinic.id), 500).await.unwrap();
    events.into_iter().filter(|e| e.action == action).map(|e| e.actor).collect()
}

/// Maria, with a reminder sent to her phone, texts the clinic free text.
pub(crate) async fn maria_texts(app: &TestApp, twilio: &TwilioStandIn, text: &str) -> Value {
    let maria = app.maria().await;
    app.reminded_appointment_for(maria["id"].as_str().unwrap(), 72).await;
    let (code, body) = twilio.inbound(&app.url("/webhooks/twilio/sms"), "+13125550142", &twilio.from, text).await;
    assert_eq!(code, 200, "{body}");
    maria
}

pub(crate) async fn thread_of(app: &TestApp, patient: &Value) -> String {
    let r = app.get(&format!("/patients/{}/messages", patient["id"].as_str().unwrap())).await;
    r.json()["data"][0]["thread_id"].as_str().unwrap().to_string()
}

pub(crate) async fn press(b: &Browser, page_path: &str, action: &str, fields: &[(&str, &str)]) -> Reply {
    let page = b.get(page_path).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    let csrf = form_field(&page.text, "csrf").unwrap();
    let mut all = vec![("csrf", csrf.as_str())];
    all.extend_from_slice(fields);
    b.post_form(action, &all).await
}

crate::provider_tests! {
    async fn an_invitation_is_emailed_and_accepting_it_once_signs_the_member_in(app, twilio, smtp) {
        let staff = invite(&app, NINA, "Nina Okafor").await;
        assert_eq!(staff["created"], true);
        let (to, text) = mail_text(&smtp, 1).await;
        assert!(to.contains(NINA), "{to}");
        let link = link_in(&text, "/staff/invite/");
        let b = app.browser();
        let landing = b.get(&link).await;
        assert_eq!(landing.status, StatusCode::OK);
        assert!(landing.text.contains("Nina Okafor"), "{}", landing.text);
        assert_eq!(b.cookie("portico_staff"), None, "opening the link signs nobody in");
        let r = b.redeem(&link).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        assert_eq!(r.header("location"), Some("/staff"));
        assert!(b.cookie("portico_staff").is_some());
        assert_eq!(b.get("/staff").await.status, StatusCode::OK);
        let again = app.browser().get(&link).await;
        assert_eq!(again.status, StatusCode::GONE, "an invitation works once");
        let id = staff["id"].as_str().unwrap();
        assert_eq!(audit_actors(&app, "staff.invitation_accepted").await, vec![format!("staff:{id}")]);
        assert!(audit_actors(&app, "staff.invited").await[0].starts_with("api:"));
    }

    async fn the_sign_in_answer_is_the_same_for_a_known_and_an_unknown_address_and_the_link_works_once(app, twilio, smtp) {
        invite(&app, NINA, "Nina Okafor").await;
        smtp.wait_for(1, Duration::from_secs(10)).await;
        let b = app.browser();
        let known = ask_sign_in(&app, &b, NINA).await;
        let unknown = ask_sign_in(&app, &b, "nobody@lakeside.example").await;
        assert_eq!(known.status, unknown.status);
        assert_eq!(known.text.replace(NINA, ""), unknown.text.replace("nobody@lakeside.example", ""));
        let (to, text) = mail_text(&smtp, 2).await;
        assert!(to.contains(NINA));
        let link = link_in(&text, "/staff/s/");
        let r = b.redeem(&link).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        assert_eq!(b.get("/staff").await.status, StatusCode::OK);
        assert_eq!(app.browser().get(&link).await.status, StatusCode::GONE, "the link works once");
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert_eq!(smtp.messages().len(), 2, "nothing was sent to the unknown address");
    }

    async fn a_code_typed_on_another_device_signs_in_once_and_uses_the_link_too(app, twilio, smtp) {
        invite(&app, NINA, "Nina Okafor").await;
        let phone = app.browser();
        ask_sign_in(&app, &phone, NINA).await;
        let (_, text) = mail_text(&smtp, 2).await;
        let code = code_in(&text);
        let desk = app.browser();
        let r = press(&desk, "/staff/signin", "/staff/signin/code", &[("email", NINA), ("code", &code)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        assert_eq!(desk.get("/staff").await.status, StatusCode::OK);
        let again = press(&app.browser(), "/staff/signin", "/staff/signin/code", &[("email", NINA), ("code", &code)]).await;
        assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY, "a code works once");
        assert_eq!(phone.get(&link_in(&text, "/staff/s/")).await.status, StatusCode::GONE, "and its link is used");
    }

    async fn wrong_codes_are_limited_per_address_and_then_even_the_right_one_is_refused(app, twilio, smtp) {
        invite(&app, NINA, "Nina Okafor").await;
        let b = app.browser();
        ask_sign_in(&app, &b, NINA).await;
        let (_, text) = mail_text(&smtp, 2).await;
        let code = code_in(&text);
        let wrong = if code == "000000" { "111111" } else { "000000" };
        for _ in 0..5 {
            let r = press(&b, "/staff/signin", "/staff/signin/code", &[("email", NINA), ("code", wrong)]).await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.text);
        }
        let r = press(&b, "/staff/signin", "/staff/signin/code", &[("email", NINA), ("code", &code)]).await;
        assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(b.cookie("portico_staff"), None);
    }

    async fn a_staff_session_idles_out_after_30_minutes_and_ends_after_12_hours(app, twilio, smtp) {
        let (b, _) = nina(&app, &smtp).await;
        app.clock.advance(Duration::from_secs(29 * 60));
        assert_eq!(b.get("/staff").await.status, StatusCode::OK, "29 minutes idle is fine");
        for _ in 0..27 {
            app.clock.advance(Duration::from_secs(25 * 60));
            assert_eq!(b.get("/staff").await.status, StatusCode::OK);
        }
        // 29 + 27 × 25 minutes = 11 h 44 min; 20 more passes 12 h.
        app.clock.advance(Duration::from_secs(20 * 60));
        let r = b.get("/staff").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "ended after 12 hours however busy");
        assert_eq!(r.header("location"), Some("/staff/signin"));

        let (fresh, _) = nina(&app, &smtp).await;
        app.clock.advance(Duration::from_secs(31 * 60));
        assert_eq!(fresh.get("/staff").await.status, StatusCode::SEE_OTHER, "31 minutes idle ends it");
    }

    async fn a_patients_text_needs_a_reply_and_the_staff_reply_alerts_without_the_text(app, twilio, smtp) {
        let maria = maria_texts(&app, &twilio, "My knee still hurts after the visit").await;
        let (b, staff_id) = nina(&app, &smtp).await;
        let inbox = b.get("/staff").await;
        assert!(inbox.text.contains("Maria Lopez"), "{}", inbox.text);
        let thread = thread_of(&app, &maria).await;
        let page_path = format!("/staff/conversations/{thread}");
        let page = b.get(&page_path).await;
        assert!(page.text.contains("My knee still hurts after the visit"));
        let sent_before = twilio.messages().len();
        let r = press(&b, &page_path, &format!("{page_path}/reply"), &[("body", "Please come in on Monday at nine")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        let msgs = app.get(&format!("/patients/{}/messages", maria["id"].as_str().unwrap())).await.json();
        let last = msgs["data"].as_array().unwrap().last().unwrap().clone();
        assert_eq!(last["author"], "staff");
        assert_eq!(last["sender"], "Nina Okafor");
        assert_eq!(last["body"], "Please come in on Monday at nine");
        // The alert waits the clinic's two minutes for the patient to read the reply on a page.
        app.drain().await;
        assert_eq!(twilio.messages().len(), sent_before, "not yet: the patient may be reading it");
        app.clock.advance(Duration::from_secs(121));
        app.drain().await;
        let alerts: Vec<_> = twilio.messages().into_iter().skip(sent_before).collect();
        assert!(!alerts.is_empty(), "the patient is alerted");
        assert!(alerts.iter().all(|m| !m.body.contains("Monday")), "the alert does not carry the text");
        assert!(!b.get("/staff").await.text.contains("Maria Lopez"), "answered: no longer needs a reply");
        assert_eq!(audit_actors(&app, "message.sent").await, vec![format!("staff:{staff_id}")]);
    }

    async fn a_staff_members_read_of_a_conversation_is_audited_for_the_clinic_and_not_on_the_patients_own_page(app, twilio, smtp) {
        let maria = maria_texts(&app, &twilio, "My knee still hurts after the visit").await;
        let pid = maria["id"].as_str().unwrap().to_string();
        let (b, staff_id) = nina(&app, &smtp).await;
        let thread = thread_of(&app, &maria).await;
        assert_eq!(b.get(&format!("/staff/conversations/{thread}")).await.status, StatusCode::OK);
        // The clinic reads who opened it, by patient.
        let trail = app.get(&format!("/audit?patient={pid}&action=conversation.viewed")).await.json();
        let reads = trail["data"].as_array().unwrap();
        assert_eq!(reads.len(), 1, "{trail}");
        assert_eq!(reads[0]["actor"], format!("staff:{staff_id}"));
        assert_eq!(reads[0]["subject"], thread.as_str());
        assert_eq!(reads[0]["patient"], pid.as_str());
        // Maria's "who opened my record" page lists what she and her caregivers did, not the team.
        let l = app.link(json!({"patient_id": pid, "purpose": "thread"})).await;
        let p = app.browser();
        p.redeem(l["url"].as_str().unwrap()).await;
        let gate = p.get("/p/activity").await;
        let csrf = form_field(&gate.text, "csrf").unwrap();
        // The step-up code goes to one of her contact points.
        let (texts, mails) = (twilio.messages().len(), smtp.messages().len());
        p.post_form("/p/verify/send", &[("csrf", &csrf), ("next", "/p/activity")]).await;
        let text = match twilio.messages().get(texts) {
            Some(sms) => sms.body.clone(),
            None => mail_text(&smtp, mails + 1).await.1,
        };
        let code = code_in(&text);
        let r = p.post_form("/p/verify/code", &[("csrf", &csrf), ("next", "/p/activity"), ("code", &code)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        let page = p.get("/p/activity").await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.text);
        assert!(!page.text.contains("Nina"), "{}", page.text);
        assert!(!says(&page.text, "es", "activity-someone"), "no read by someone she cannot name: {}", page.text);
    }

    async fn closing_moves_a_conversation_to_closed_and_a_new_patient_text_reopens_it(app, twilio, smtp) {
        let maria = maria_texts(&app, &twilio, "Is the lab open on Saturday").await;
        let (b, staff_id) = nina(&app, &smtp).await;
        let thread = thread_of(&app, &maria).await;
        let page_path = format!("/staff/conversations/{thread}");
        let bad = press(&b, &page_path, &format!("{page_path}/wait"), &[("review_on", "2001-01-01")]).await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "a review date in the past is refused");
        assert!(b.get("/staff?view=needs-reply").await.text.contains("Maria Lopez"), "and nothing changed");
        let r = press(&b, &page_path, &format!("{page_path}/assign"), &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert!(b.get("/staff?view=mine").await.text.contains("Maria Lopez"));
        let r = press(&b, &page_path, &format!("{page_path}/close"), &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert!(!b.get("/staff?view=needs-reply").await.text.contains("Maria Lopez"));
        assert!(b.get("/staff?view=closed").await.text.contains("Maria Lopez"));
        let (code, _) = twilio.inbound(&app.url("/webhooks/twilio/sms"), "+13125550142", &twilio.from, "Hello again").await;
        assert_eq!(code, 200);
        assert!(b.get("/staff?view=needs-reply").await.text.contains("Maria Lopez"), "reopened");
        assert!(!b.get("/staff?view=closed").await.text.contains("Maria Lopez"));
        let me = format!("staff:{staff_id}");
        assert_eq!(audit_actors(&app, "conversation.assigned").await, vec![me.clone()]);
        assert_eq!(audit_actors(&app, "conversation.closed").await, vec![me]);
    }

    async fn another_clinics_conversation_is_404_and_forged_staff_forms_change_nothing(app, twilio, smtp) {
        let (_, key) = portico::clinics::create_clinic(
            &*app.state.store, &*app.state.clock, "Riverside Pediatrics", Some("+13125550300"), "America/Chicago",
        ).await.unwrap();
        let other = app.client.post(app.url("/api/v1/patients")).bearer_auth(&key)
            .json(&json!({"name": "Sam Lee", "email": "sam@example.org", "language": "en",
                          "time_zone": "America/Chicago", "channels": ["email"]}))
            .send().await.unwrap().json::<Value>().await.unwrap();
        let path = format!("/api/v1/patients/{}/messages", other["id"].as_str().unwrap());
        let m = app.client.post(app.url(&path)).bearer_auth(&key).json(&json!({"body": "Hello", "sender": "Dr. Park"}))
            .send().await.unwrap().json::<Value>().await.unwrap();
        let theirs = m["thread_id"].as_str().unwrap().to_string();
        let (b, _) = nina(&app, &smtp).await;
        assert_eq!(b.get(&format!("/staff/conversations/{theirs}")).await.status, StatusCode::NOT_FOUND);
        let inbox = b.get("/staff?view=open").await;
        let csrf = form_field(&inbox.text, "csrf").unwrap();
        let r = b.post_form(&format!("/staff/conversations/{theirs}/close"), &[("csrf", &csrf)]).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        assert!(!inbox.text.contains("Sam Lee"));

        let maria = maria_texts(&app, &twilio, "A question").await;
        let ours = thread_of(&app, &maria).await;
        let forged = b.post_form(&format!("/staff/conversations/{ours}/close"), &[("csrf", "forged")]).await;
        assert_eq!(forged.status, StatusCode::FORBIDDEN);
        let foreign = b.client.post(app.url(&format!("/staff/conversations/{ours}/close")))
            .header("cookie", b.cookie_header()).header("origin", "https://evil.example")
            .form(&[("csrf", csrf.as_str())]).send().await.unwrap();
        assert_eq!(foreign.status(), StatusCode::FORBIDDEN);
        assert!(b.get("/staff?view=needs-reply").await.text.contains("Maria Lopez"), "still open");
        let patient_session = app.browser();
        assert_eq!(patient_session.get("/staff").await.status, StatusCode::SEE_OTHER, "no staff session, no inbox");
    }
}
