//! Caregiver grants: a patient invites a caregiver by SMS, the caregiver proves the phone with a
//! code and acts for the patient within the grant's scopes only; revoking takes effect on the
//! very next request; an invitation works once and not after it expires; the clinic API makes,
//! lists, changes and revokes clinic-given grants; the audit trail names actor, subject and grant.

use crate::helpers::*;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

const MARTA: &str = "+13125550190";

/// Ana Ruiz (phone only, with a birth date, so she steps up with it), signed in through a link
/// and stepped up, on her caregivers page.
async fn ana_on_her_caregivers_page(app: &TestApp) -> (Value, Browser, String) {
    on_caregivers_page(app, "Ana Ruiz", "+13125550177").await
}

/// A patient (phone only, born 1950-02-03) signed in, stepped up, on their caregivers page.
async fn on_caregivers_page(app: &TestApp, name: &str, phone: &str) -> (Value, Browser, String) {
    let p = app.create_patient(json!({"name": name, "phone": phone, "birth_date": "1950-02-03"})).await;
    let l = app.link(json!({"patient_id": p["id"], "purpose": "thread"})).await;
    let b = app.browser();
    b.redeem(l["url"].as_str().unwrap()).await;
    let gate = b.get("/p/caregivers").await;
    assert!(says(&gate.text, "en", "step-up-heading"), "the caregivers page needs a step-up: {}", gate.text);
    let csrf = form_field(&gate.text, "csrf").unwrap();
    let r = b
        .post_form("/p/verify/birth-date", &[("csrf", &csrf), ("next", "/p/caregivers"), ("birth_date", "1950-02-03")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
    let page = b.get("/p/caregivers").await;
    assert_eq!(page.status, StatusCode::OK);
    let csrf = form_field(&page.text, "csrf").unwrap();
    (p, b, csrf)
}

/// Ana invites Marta by SMS for appointments and messages; the invitation link it carries.
async fn invite_marta(b: &Browser, csrf: &str, twilio: &crate::standins::twilio::TwilioStandIn) -> String {
    invite_marta_with(b, csrf, twilio, &[]).await
}

/// `invite_marta`, with more fields of the form (`copies`).
async fn invite_marta_with(
    b: &Browser,
    csrf: &str,
    twilio: &crate::standins::twilio::TwilioStandIn,
    more: &[(&str, &str)],
) -> String {
    let mut form = vec![
        ("csrf", csrf),
        ("name", "Marta Ruiz"),
        ("contact", MARTA),
        ("scope_appointments", "1"),
        ("scope_messages", "1"),
        ("months", "18"),
    ];
    form.extend_from_slice(more);
    let r = b.post_form("/p/caregivers/invite", &form).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
    assert_eq!(r.header("location"), Some("/p/caregivers?done=invited"));
    let sms = twilio.messages().into_iter().rev().find(|m| m.to == MARTA).expect("an invitation SMS to Marta");
    assert!(sms.body.contains("invited you to help"), "{}", sms.body);
    let start = sms.body.find("http").expect("a link");
    sms.body[start..].split_whitespace().next().unwrap().to_string()
}

/// Marta opens the invitation, asks for a code and types it: her browser, now a caregiver's.
async fn marta_accepts(app: &TestApp, twilio: &crate::standins::twilio::TwilioStandIn, url: &str) -> (Browser, Reply) {
    marta_accepts_in(app, twilio, url, "en").await
}

/// `marta_accepts` from a browser that chose language `lang` on Portico's pages.
async fn marta_accepts_in(
    app: &TestApp,
    twilio: &crate::standins::twilio::TwilioStandIn,
    url: &str,
    lang: &str,
) -> (Browser, Reply) {
    let c = app.browser();
    if lang != "en" {
        c.cookies.lock().unwrap().insert("portico_lang".into(), lang.into());
    }
    let page = c.get(url).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    assert!(says(&page.text, lang, "invitation-heading"), "{}", page.text);
    let path = url.trim_start_matches(&app.base).to_string();
    let csrf = form_field(&page.text, "csrf").unwrap();
    let before = twilio.messages().len();
    let r = c.post_form(&format!("{path}/code"), &[("csrf", &csrf)]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let sent = twilio.messages();
    assert_eq!(sent.len(), before + 1);
    let code_sms = sent.last().unwrap();
    assert_eq!(code_sms.to, MARTA, "the code goes to the invited phone");
    let code = code_sms.body.split(|ch: char| !ch.is_ascii_digit()).find(|w| w.len() == 6).unwrap().to_string();
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let r = c.post_form(&format!("{path}/accept"), &[("csrf", &csrf), ("code", wrong)]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "a wrong code is refused");
    assert!(c.cookie("portico_caregiver").is_none());
    let r = c.post_form(&format!("{path}/accept"), &[("csrf", &csrf), ("code", &code)]).await;
    (c, r)
}

async fn audit_of(app: &TestApp, patient: &str) -> Vec<Value> {
    let r = app.get(&format!("/audit?subject={patient}&limit=500")).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    r.json()["data"].as_array().unwrap().clone()
}

/// The patient's newest active grant.
async fn grant_id(app: &TestApp, patient: &str) -> String {
    let grants = app.get(&format!("/patients/{patient}/grants")).await.json();
    let live =
        grants["data"].as_array().unwrap().iter().rev().find(|g| g["status"] == "active").expect("an active grant");
    live["id"].as_str().unwrap().to_string()
}

fn grant_of(event: &Value) -> Option<String> {
    let detail: Value = serde_json::from_str(event["detail"].as_str()?).ok()?;
    detail["grant"].as_str().map(str::to_string)
}

mod invited_by_sms {
    use super::*;

    crate::provider_tests! {
        async fn a_caregiver_invited_by_sms_acts_within_the_grant_until_the_patient_revokes_it(app, twilio, smtp) {
            let (p, b, csrf) = ana_on_her_caregivers_page(&app).await;
            let pid = p["id"].as_str().unwrap().to_string();
            let url = invite_marta(&b, &csrf, &twilio).await;
            let (c, r) = marta_accepts(&app, &twilio, &url).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
            assert_eq!(r.header("location"), Some(format!("/p/for/{pid}").as_str()));
            assert!(c.cookie("portico_caregiver").is_some());

            // Every page says for whom, with a way back; only the granted scopes are offered.
            let home = c.get(&format!("/p/for/{pid}")).await;
            assert_eq!(home.status, StatusCode::OK, "{}", home.text);
            assert!(home.text.contains("You are helping Ana Ruiz"), "{}", home.text);
            assert!(home.text.contains("href=\"/p/for\""), "a way back");
            assert!(home.text.contains(&format!("/p/for/{pid}/messages")));
            assert!(!home.text.contains(&format!("/p/for/{pid}/refills")));
            let list = c.get("/p/for").await;
            assert!(list.text.contains("Ana Ruiz"));
            assert_eq!(c.get(&format!("/p/for/{pid}/appointments")).await.status, StatusCode::OK);

            // A scope the grant does not hold, by URL, is refused.
            let r = c.get(&format!("/p/for/{pid}/refills")).await;
            assert_eq!(r.status, StatusCode::FORBIDDEN);
            assert!(says(&r.text, "en", "caregiver-refused-heading"));

            // A message reaches the care team labelled with both names.
            let page = c.get(&format!("/p/for/{pid}/messages")).await;
            assert!(page.text.contains("You are helping Ana Ruiz"));
            let ccsrf = form_field(&page.text, "csrf").unwrap();
            let r = c.post_form(&format!("/p/for/{pid}/messages"), &[("csrf", &ccsrf), ("body", "Mum asks if she can come earlier")]).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
            let thread = app.get(&format!("/patients/{pid}/messages")).await.json();
            let last = thread["data"].as_array().unwrap().last().unwrap().clone();
            assert_eq!(last["sender"], "Marta Ruiz for Ana Ruiz");
            assert_eq!(last["body"], "Mum asks if she can come earlier");

            // Ana sees the grant (who, since, until, last used) and revokes it.
            let page = b.get("/p/caregivers").await;
            assert!(page.text.contains("Marta Ruiz") && page.text.contains("Last used"), "{}", page.text);
            let grants = app.get(&format!("/patients/{pid}/grants")).await.json();
            let gid = grants["data"][0]["id"].as_str().unwrap().to_string();
            assert_eq!(grants["data"][0]["status"], "active");
            assert!(grants["data"][0]["last_used_at"].is_string());
            let r = b.post_form(&format!("/p/caregivers/{gid}/revoke"), &[("csrf", &csrf)]).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);

            // The caregiver's very next request, on any page, with the same session, is refused.
            for path in [format!("/p/for/{pid}"), format!("/p/for/{pid}/messages"), format!("/p/for/{pid}/appointments")] {
                let r = c.get(&path).await;
                assert_eq!(r.status, StatusCode::FORBIDDEN, "{path}");
                assert!(!r.text.contains("Mum asks"), "{path}");
            }
            let r = c.post_form(&format!("/p/for/{pid}/messages"), &[("csrf", &ccsrf), ("body", "again")]).await;
            assert_eq!(r.status, StatusCode::FORBIDDEN);
            assert!(!c.get("/p/for").await.text.contains("Ana Ruiz"));
            // And the invitation link is dead.
            assert_eq!(c.get(&url).await.status, StatusCode::GONE);

            // The trail names actor, subject and grant for what Marta did and what was refused.
            let events = audit_of(&app, &pid).await;
            let person = events.iter().find(|e| e["action"] == "grant.accepted").expect("accepted")["actor"].as_str().unwrap().to_string();
            assert!(person.starts_with("person:"), "{person}");
            for action in ["grant.invited", "grant.accepted", "grant.message_sent", "grant.refused", "grant.revoked"] {
                let e = events.iter().find(|e| e["action"] == action).unwrap_or_else(|| panic!("{action}: {events:?}"));
                assert_eq!(grant_of(e).as_deref(), Some(gid.as_str()), "{action}");
            }
            let sent = events.iter().find(|e| e["action"] == "grant.message_sent").unwrap();
            assert_eq!(sent["actor"], person);
            let refusals: Vec<&Value> = events.iter().filter(|e| e["action"] == "grant.refused").collect();
            assert!(refusals.iter().any(|e| e["detail"].as_str().unwrap().contains("out_of_scope")));
            assert!(refusals.iter().any(|e| e["detail"].as_str().unwrap().contains("revoked")));
        }

        async fn a_caregivers_stream_carries_the_patients_messages_until_revoked_or_signed_out(app, twilio, smtp) {
            use crate::live::Sse;
            use std::time::Duration;
            let (p, b, csrf) = ana_on_her_caregivers_page(&app).await;
            let pid = p["id"].as_str().unwrap().to_string();
            let url = invite_marta(&b, &csrf, &twilio).await;
            let (c, _) = marta_accepts(&app, &twilio, &url).await;
            let page = c.get(&format!("/p/for/{pid}/messages")).await;
            assert!(page.text.contains(&format!("data-live-stream=\"/p/for/{pid}/messages/live?after=")), "{}", page.text);
            let live = app.url(&format!("/p/for/{pid}/messages/live"));
            let mut stream = Sse::open(&c, &live, None).await.unwrap();

            // A reply from the care team reaches Marta's open page as it is sent.
            let r = app.post(&format!("/patients/{pid}/messages"), &json!({"body": "Results are in", "sender": "Dr. Okafor"})).await;
            assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
            let e = stream.next_of("message", Duration::from_secs(5)).await.expect("the reply on the caregiver's stream");
            assert_eq!((e.data["body"].as_str(), e.data["author"].as_str()), (Some("Results are in"), Some("staff")));
            assert!(e.data.get("patient").is_none() && e.data.get("unverified").is_none(), "nothing of the staff's view");

            // A red flag written by the caregiver gets the safety reply on her page at once.
            let ccsrf = form_field(&page.text, "csrf").unwrap();
            let r = c.post_form(&format!("/p/for/{pid}/messages"), &[("csrf", &ccsrf), ("body", "Mum has chest pain")]).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
            let after = c.get(r.header("location").unwrap()).await;
            assert!(after.text.contains("role=\"alert\"><strong>If this is an emergency, call 911 now."), "{}", after.text);

            // Ana revokes the grant: the stream closes at once, and cannot be opened again.
            let r = b.post_form(&format!("/p/caregivers/{}/revoke", grant_id(&app, &pid).await), &[("csrf", &csrf)]).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
            assert!(stream.ends_within(Duration::from_secs(2)).await, "revoking closes the stream");
            assert_eq!(Sse::open(&c, &live, None).await.err().map(|e| e.0), Some(StatusCode::FORBIDDEN));

            // Granted again, her stream opens; signing out closes it.
            let url = invite_marta(&b, &csrf, &twilio).await;
            let (c, _) = marta_accepts(&app, &twilio, &url).await;
            let mut stream = Sse::open(&c, &live, None).await.unwrap();
            let page = c.get("/p/for").await;
            let ccsrf = form_field(&page.text, "csrf").unwrap();
            c.post_form("/p/for/sign-out", &[("csrf", &ccsrf)]).await;
            assert!(stream.ends_within(Duration::from_secs(2)).await, "signing out closes the stream");
        }

        async fn another_patients_id_in_the_url_is_refused_and_audited(app, twilio, smtp) {
            let other = app.create_patient(json!({"name": "Luis Soto", "phone": "+13125550155"})).await;
            let oid = other["id"].as_str().unwrap();
            let (_, b, csrf) = ana_on_her_caregivers_page(&app).await;
            let url = invite_marta(&b, &csrf, &twilio).await;
            let (c, r) = marta_accepts(&app, &twilio, &url).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER);
            for path in [format!("/p/for/{oid}"), format!("/p/for/{oid}/messages"), format!("/p/for/{oid}/appointments")] {
                let r = c.get(&path).await;
                assert_eq!(r.status, StatusCode::FORBIDDEN, "{path}");
                assert!(!r.text.contains("Luis"), "nothing of the other patient: {path}");
            }
            let events = app.state.store.audit_events(None, 500).await.unwrap();
            assert!(events.iter().any(|e| e.action == "grant.refused"
                && e.subject.as_deref() == Some(oid)
                && e.actor.starts_with("person:")
                && e.detail.as_deref().is_some_and(|d| d.contains("no_grant"))));
        }

        async fn a_caregiver_helping_two_patients_is_one_person_who_picks_whom_to_help(app, twilio, smtp) {
        let (ana, b, csrf) = ana_on_her_caregivers_page(&app).await;
        let (luis, b2, csrf2) = on_caregivers_page(&app, "Luis Soto", "+13125550155").await;
        let first = invite_marta(&b, &csrf, &twilio).await;
        let second = invite_marta(&b2, &csrf2, &twilio).await;
        assert_ne!(first, second);
        let (_, r) = marta_accepts(&app, &twilio, &first).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let (c, r) = marta_accepts(&app, &twilio, &second).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let list = c.get("/p/for").await;
        let (aid, lid) = (ana["id"].as_str().unwrap(), luis["id"].as_str().unwrap());
        assert!(list.text.contains(&format!("/p/for/{aid}")) && list.text.contains(&format!("/p/for/{lid}")), "{}", list.text);
        assert!(c.get(&format!("/p/for/{aid}/messages")).await.text.contains("You are helping Ana Ruiz"));
        assert!(c.get(&format!("/p/for/{lid}/messages")).await.text.contains("You are helping Luis Soto"));
        let events = app.state.store.audit_events(None, 500).await.unwrap();
        let people: std::collections::HashSet<&str> =
            events.iter().filter(|e| e.action == "grant.accepted").map(|e| e.actor.as_str()).collect();
        assert_eq!(people.len(), 1, "the same phone is the same person: {people:?}");
    }

    async fn bad_invitations_are_refused_and_inviting_needs_a_fresh_step_up(app, twilio, smtp) {
        let (p, b, csrf) = ana_on_her_caregivers_page(&app).await;
        let pid = p["id"].as_str().unwrap();
        let good = [("name", "Marta Ruiz"), ("contact", MARTA), ("scope_messages", "1"), ("months", "18")];
        let cases: [(&str, &str, &str); 4] = [
            ("contact", "next door", "caregivers-bad-contact"),
            ("name", "<b>Marta</b>", "caregivers-bad-name"),
            ("months", "240", "caregivers-bad-months"),
            ("scope_messages", "", "caregivers-bad-scopes"),
        ];
        for (field, value, problem) in cases {
            let mut form: Vec<(&str, &str)> = vec![("csrf", &csrf)];
            form.extend(good.iter().map(|(k, v)| (*k, if *k == field { value } else { *v })));
            let r = b.post_form("/p/caregivers/invite", &form).await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{field}");
            assert!(says(&r.text, "en", problem), "{field}: {}", r.text);
        }
        assert_eq!(app.get(&format!("/patients/{pid}/grants")).await.json()["data"], json!([]));
        assert!(twilio.messages().iter().all(|m| m.to != MARTA), "nothing sent");
        // Twenty-one minutes later the step-up is no longer fresh: inviting asks for it again.
        app.clock.advance(std::time::Duration::from_secs(21 * 60));
        let mut form: Vec<(&str, &str)> = vec![("csrf", &csrf)];
        form.extend(good.iter().copied());
        let r = b.post_form("/p/caregivers/invite", &form).await;
        assert!(says(&r.text, "en", "step-up-heading"), "{}", r.text);
        assert_eq!(app.get(&format!("/patients/{pid}/grants")).await.json()["data"], json!([]));
    }

    async fn a_clinic_given_grant_stops_working_the_moment_it_expires_within_a_live_session(app, twilio, smtp) {
        let p = app.create_patient(json!({"name": "Sofia Reyes", "phone": "+13125550170", "birth_date": "2019-06-01"})).await;
        let pid = p["id"].as_str().unwrap().to_string();
        let until = (app.clock_now() + jiff::SignedDuration::from_mins(150)).to_string();
        let r = app.post(&format!("/patients/{pid}/grants"), &json!({"grantee_name": "Marta Ruiz", "phone": MARTA,
            "scopes": ["appointments"], "basis": "parent_of_minor", "expires_at": until})).await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
        let gid = r.json()["id"].as_str().unwrap().to_string();
        let sms = twilio.messages().into_iter().rev().find(|m| m.to == MARTA).unwrap();
        let url = sms.body[sms.body.find("http").unwrap()..].split_whitespace().next().unwrap().to_string();
        let (c, r) = marta_accepts(&app, &twilio, &url).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        let page = format!("/p/for/{pid}/appointments");
        for _ in 0..2 {
            app.clock.advance(std::time::Duration::from_secs(50 * 60));
            assert_eq!(c.get(&page).await.status, StatusCode::OK, "still within the grant");
        }
        app.clock.advance(std::time::Duration::from_secs(50 * 60));
        let r = c.get(&page).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "the session lives on, the grant does not");
        assert_eq!(app.get(&format!("/patients/{pid}/grants")).await.json()["data"][0]["status"], "expired");
        let events = audit_of(&app, &pid).await;
        let e = events.iter().find(|e| e["action"] == "grant.refused").expect("audited");
        assert_eq!(grant_of(e).as_deref(), Some(gid.as_str()));
        assert!(e["detail"].as_str().unwrap().contains("\"expired\""), "{e}");
    }

    async fn an_invitation_works_once_and_not_after_it_expires(app, twilio, smtp) {
            let (p, b, csrf) = ana_on_her_caregivers_page(&app).await;
            let url = invite_marta(&b, &csrf, &twilio).await;
            let (_, r) = marta_accepts(&app, &twilio, &url).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER);
            // Used: a second browser gets a clear refusal and nothing changes.
            let again = app.browser().get(&url).await;
            assert_eq!(again.status, StatusCode::GONE);
            assert!(says(&again.text, "en", "invitation-refused-heading"));

            // A second invitation, left for eight days, no longer opens.
            let page = b.get("/p/caregivers").await;
            let csrf = form_field(&page.text, "csrf").unwrap();
            let r = b.post_form("/p/caregivers/invite", &[("csrf", &csrf), ("name", "Pablo Ruiz"), ("contact", "+13125550191"), ("scope_refills", "1"), ("months", "3")]).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
            let sms = twilio.messages().into_iter().rev().find(|m| m.to == "+13125550191").unwrap();
            let late = sms.body[sms.body.find("http").unwrap()..].split_whitespace().next().unwrap().to_string();
            app.clock.advance(std::time::Duration::from_secs(8 * 24 * 3600));
            let r = app.browser().get(&late).await;
            assert_eq!(r.status, StatusCode::GONE);
            let pid = p["id"].as_str().unwrap();
            let grants = app.get(&format!("/patients/{pid}/grants")).await.json();
            assert_eq!(grants["data"][1]["status"], "invited", "an unanswered invitation leaves the grant invited");
            let events = audit_of(&app, pid).await;
            let refused: Vec<&Value> = events.iter().filter(|e| e["action"] == "grant.invitation_refused").collect();
            assert!(refused.iter().any(|e| e["detail"].as_str().unwrap().contains("\"used\"")));
            assert!(refused.iter().any(|e| e["detail"].as_str().unwrap().contains("\"expired\"")));
        }
    }
}

mod clinic_given {
    use super::*;

    crate::backend_tests! {
        async fn the_api_creates_lists_changes_and_revokes_a_clinic_given_grant(app) {
            let p = app.create_patient(json!({"name": "Sofia Reyes", "phone": "+13125550170", "birth_date": "2019-06-01"})).await;
            let pid = p["id"].as_str().unwrap();
            let until = (app.clock_now() + jiff::SignedDuration::from_hours(24 * 365)).to_string();
            let r = app.post(&format!("/patients/{pid}/grants"), &json!({
                "grantee_name": "Elena Reyes", "phone": "+13125550171", "scopes": ["appointments", "messages"],
                "basis": "parent_of_minor", "expires_at": until})).await;
            assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
            let g = r.json();
            assert_eq!(g["status"], "invited");
            assert_eq!(g["basis"], "parent_of_minor");
            assert_eq!(g["invitation_sent"], true);
            let gid = g["id"].as_str().unwrap();
            let outbox = app.outbox().await;
            assert!(outbox.iter().any(|m| m["to"] == "+13125550171" && m["body"].as_str().unwrap().contains("/g/")));

            let list = app.get(&format!("/patients/{pid}/grants")).await.json();
            assert_eq!(list["data"].as_array().unwrap().len(), 1);
            assert_eq!(list["data"][0]["scopes"], json!(["appointments", "messages"]));

            let r = app.patch(&format!("/grants/{gid}"), &json!({"scopes": ["appointments"]})).await;
            assert_eq!(r.status, StatusCode::OK, "{}", r.text);
            assert_eq!(r.json()["scopes"], json!(["appointments"]));
            let r = app.api(Method::DELETE, &format!("/grants/{gid}"), None).await;
            assert_eq!(r.status, StatusCode::OK, "{}", r.text);
            assert_eq!(r.json()["status"], "revoked");
            let r = app.patch(&format!("/grants/{gid}"), &json!({"scopes": ["messages"]})).await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "a revoked grant does not change");
            let list = app.get(&format!("/patients/{pid}/grants")).await.json();
            assert_eq!(list["data"][0]["scopes"], json!(["appointments"]));
            assert_eq!(list["data"][0]["status"], "revoked");

            let events = audit_of(&app, pid).await;
            for action in ["grant.invited", "grant.changed", "grant.revoked"] {
                let e = events.iter().find(|e| e["action"] == action).unwrap_or_else(|| panic!("{action}"));
                assert!(e["actor"].as_str().unwrap().starts_with("api:"));
                assert_eq!(grant_of(e).as_deref(), Some(gid));
            }
            // Another clinic's id, or one that is not a grant, is not found.
            assert_eq!(app.patch("/grants/grt_00000000000000000000000000", &json!({})).await.status, StatusCode::NOT_FOUND);
        }

        async fn bad_grant_bodies_are_refused_naming_the_field_and_change_nothing(app) {
            let p = app.create_patient(json!({"name": "Sofia Reyes", "phone": "+13125550170"})).await;
            let pid = p["id"].as_str().unwrap();
            let until = (app.clock_now() + jiff::SignedDuration::from_hours(24 * 30)).to_string();
            let base = json!({"grantee_name": "Elena Reyes", "email": "elena@example.org", "scopes": ["messages"],
                "basis": "legal_representative", "evidence_reference": "Court order 2030-114", "verified_by": "J. Park", "expires_at": until});
            let cases: Vec<(&str, Value)> = vec![
                ("scopes", json!({"scopes": ["settings"]})),
                ("scopes", json!({"scopes": []})),
                ("basis", json!({"basis": "neighbour"})),
                ("basis", json!({"basis": "patient_given"})),
                ("evidence_reference", json!({"evidence_reference": null})),
                ("verified_by", json!({"verified_by": null})),
                ("expires_at", json!({"expires_at": "tomorrow"})),
                ("expires_at", json!({"expires_at": "2020-01-01T00:00:00Z"})),
                ("email", json!({"email": "not an address"})),
                ("email", json!({"phone": "+13125550171"})),
                ("grantee_name", json!({"grantee_name": "<b>Elena</b>"})),
            ];
            for (field, change) in cases {
                let mut body = base.clone();
                for (k, v) in change.as_object().unwrap() {
                    if v.is_null() { body.as_object_mut().unwrap().remove(k); } else { body[k] = v.clone(); }
                }
                let r = app.post(&format!("/patients/{pid}/grants"), &body).await;
                assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{field}: {}", r.text);
                assert_eq!(r.json()["error"]["field"], field, "{}", r.text);
            }
            assert_eq!(app.get(&format!("/patients/{pid}/grants")).await.json()["data"], json!([]));
            assert!(app.outbox().await.iter().all(|m| m["to"] != "elena@example.org"), "no invitation went out");
            let r = app.post(&format!("/patients/{pid}/grants"), &base).await;
            assert_eq!(r.status, StatusCode::CREATED, "the unchanged body is fine: {}", r.text);
        }
    }
}

/// The patient's own trail (`/p/activity`) and the clinic's (`GET /audit?patient=`): what the
/// patient and their caregiver did, who, under which grant, and how each had signed in.
mod trail {
    use super::*;

    crate::provider_tests! {
        async fn the_patient_reads_what_they_and_their_caregiver_did_and_how_each_proved_who_they_are(app, twilio, smtp) {
            // Ana: a link, then her date of birth; Marta: the invitation's code.
            let (p, b, csrf) = ana_on_her_caregivers_page(&app).await;
            let pid = p["id"].as_str().unwrap().to_string();
            let url = invite_marta(&b, &csrf, &twilio).await;
            let (c, _) = marta_accepts(&app, &twilio, &url).await;
            assert_eq!(c.get(&format!("/p/for/{pid}/messages")).await.status, StatusCode::OK);
            let gid = grant_id(&app, &pid).await;

            let page = b.get("/p/activity").await;
            assert_eq!(page.status, StatusCode::OK, "{}", page.text);
            for words in [
                "Read your messages</strong><br><span class=\"small\">",
                "Marta Ruiz, who helps you · with a code we sent",
                "Accepted your invitation to help",
                "Invited someone to help",
                "You · with the link we sent and your date of birth",
                "Proved it was you",
                "Opened a link from the clinic",
                "You · with the link we sent</span>",
            ] {
                assert!(page.text.contains(words), "{words}: {}", page.text);
            }
            assert!(b.get("/p/settings").await.text.contains("href=\"/p/activity\""), "settings leads to the trail");
            assert!(b.get("/p/caregivers").await.text.contains("href=\"/p/activity\""), "so does the caregivers page");

            // The clinic reads the same rows, each naming the patient, the grant and the sign-in.
            let r = app.get(&format!("/audit?patient={pid}&limit=500")).await;
            assert_eq!(r.status, StatusCode::OK, "{}", r.text);
            let events = r.json()["data"].as_array().unwrap().clone();
            assert!(events.iter().all(|e| e["patient"] == pid.as_str()), "{events:?}");
            let find = |action: &str| events.iter().find(|e| e["action"] == action).cloned().unwrap_or_else(|| panic!("{action}: {events:?}"));
            let viewed = find("grant.messages_viewed");
            assert_eq!((viewed["grant"].as_str(), viewed["auth"].as_str()), (Some(gid.as_str()), Some("code")));
            assert!(viewed["actor"].as_str().unwrap().starts_with("person:"));
            assert_eq!(find("grant.invited")["auth"], "link+birth_date");
            assert_eq!(find("grant.invited")["grant"], gid.as_str());
            assert_eq!(find("step_up.passed")["auth"], "link+birth_date");
            assert_eq!(find("link.redeemed")["auth"], "link");
            assert_eq!(find("link.redeemed")["actor"], format!("patient:{pid}"));
        }

        async fn another_patients_trail_shows_nothing_of_this_one_and_needs_its_own_step_up(app, twilio, smtp) {
            let (p, b, csrf) = ana_on_her_caregivers_page(&app).await;
            let pid = p["id"].as_str().unwrap().to_string();
            invite_marta(&b, &csrf, &twilio).await;
            let luis = app.create_patient(json!({"name": "Luis Soto", "phone": "+13125550155"})).await;
            let lid = luis["id"].as_str().unwrap().to_string();
            let l = app.link(json!({"patient_id": lid, "purpose": "thread"})).await;
            let b2 = app.browser();
            b2.redeem(l["url"].as_str().unwrap()).await;
            // Signed in by a link alone: the trail needs a step-up first.
            let gate = b2.get("/p/activity").await;
            assert!(says(&gate.text, "en", "step-up-heading"), "{}", gate.text);
            assert!(!gate.text.contains("Invited someone"));
            let theirs = app.get(&format!("/audit?patient={lid}&limit=500")).await.json();
            let theirs = theirs["data"].as_array().unwrap();
            assert!(!theirs.is_empty());
            assert!(theirs.iter().all(|e| e["patient"] == lid.as_str() && e["actor"] == format!("patient:{lid}")), "{theirs:?}");
            assert!(theirs.iter().all(|e| !e["action"].as_str().unwrap().starts_with("grant.")), "nothing of Ana's: {theirs:?}");
            // And a patient id that is none is a clear refusal, not an empty page.
            let r = app.get("/audit?patient=not-an-id").await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.text);
            assert_eq!(app.get(&format!("/audit?patient={pid}")).await.status, StatusCode::OK);
        }

        async fn a_long_trail_comes_in_pages_of_fifty_each_event_once(app, twilio, smtp) {
            let (p, b, csrf) = ana_on_her_caregivers_page(&app).await;
            let pid = p["id"].as_str().unwrap().to_string();
            let url = invite_marta(&b, &csrf, &twilio).await;
            let (c, _) = marta_accepts(&app, &twilio, &url).await;
            for _ in 0..55 {
                assert_eq!(c.get(&format!("/p/for/{pid}/appointments")).await.status, StatusCode::OK);
                app.clock.advance(std::time::Duration::from_secs(1));
            }
            let total = app.get(&format!("/audit?patient={pid}&limit=500")).await.json()["data"].as_array().unwrap().len();
            assert!(total > 55, "{total}");
            let first = b.get("/p/activity").await;
            assert_eq!(first.text.matches("<li><strong>").count(), 50);
            let older = first.text.split("href=\"").find_map(|s| s.strip_prefix("/p/activity?before=")).expect("an older page");
            let older = format!("/p/activity?before={}", &older[..older.find('"').unwrap()]);
            let second = b.get(&older).await;
            assert_eq!(second.status, StatusCode::OK);
            assert_eq!(second.text.matches("<li><strong>").count(), total - 50, "the rest, none twice");
            assert!(second.text.contains("Opened a link from the clinic"), "the oldest is last");
            assert!(second.text.contains("href=\"/p/activity\""), "a way back to the newest");
            assert_eq!(b.get("/p/activity?before=nonsense").await.status, StatusCode::NOT_FOUND);
        }
    }
}

/// A parent's grant as the child grows up, decided from the birth date at each request with the
/// test clock: on the clinic's age for privacy (12 unless it chooses another) the parent keeps
/// appointments and writing to the clinic, not the thread or refills; at 18 the grant ends.
mod growing_up {
    use super::*;
    use crate::live::Sse;
    use std::time::Duration;

    /// The clinic gives Marta a parent's grant for Lucia (born `born`) for appointments,
    /// messages and refills; Marta accepts it. Lucia's id and Marta's browser.
    async fn marta_parent_of_lucia(
        app: &TestApp,
        twilio: &crate::standins::twilio::TwilioStandIn,
        born: &str,
    ) -> (String, Browser) {
        let p = app.create_patient(json!({"name": "Lucia Ruiz", "phone": "+13125550166", "birth_date": born})).await;
        let pid = p["id"].as_str().unwrap().to_string();
        let r = app
            .post(
                &format!("/patients/{pid}/messages"),
                &json!({"body": "Your test results are normal", "sender": "Dr. Okafor"}),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
        let until = (app.clock_now() + jiff::SignedDuration::from_hours(24 * 365)).to_string();
        let r = app
            .post(
                &format!("/patients/{pid}/grants"),
                &json!({
            "grantee_name": "Marta Ruiz", "phone": MARTA, "scopes": ["appointments", "messages", "refills"],
            "basis": "parent_of_minor", "expires_at": until}),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
        let sms = twilio.messages().into_iter().rev().find(|m| m.to == MARTA).expect("the invitation");
        let url = sms.body.split_whitespace().find(|w| w.contains("/g/")).unwrap().to_string();
        let (c, r) = marta_accepts(app, twilio, &url).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        (pid, c)
    }

    /// Move the clock past the next midnight where the clinic is, with a request of Marta's
    /// every 50 minutes so that her caregiver session (1 h idle, 24 h absolute) lives on.
    async fn past_midnight(app: &TestApp, c: &Browser) {
        let tz = jiff::tz::TimeZone::get(app.get("/clinic").await.json()["time_zone"].as_str().unwrap()).unwrap();
        let today = app.clock_now().to_zoned(tz.clone()).date();
        while app.clock_now().to_zoned(tz.clone()).date() == today {
            app.clock.advance(Duration::from_secs(50 * 60));
            assert_eq!(c.get("/p/for").await.status, StatusCode::OK, "the session lives on");
        }
    }

    async fn reads_the_thread(c: &Browser, pid: &str) -> bool {
        let page = c.get(&format!("/p/for/{pid}/messages")).await;
        assert_eq!(page.status, StatusCode::OK, "the messages page opens to write: {}", page.text);
        page.text.contains("Your test results are normal")
    }

    crate::provider_tests! {
        async fn a_parent_keeps_appointments_and_writing_but_not_the_thread_from_the_twelfth_birthday(app, twilio, smtp) {
            // The test clock's day is 2030-03-05: Lucia turns 12 tomorrow.
            let (pid, c) = marta_parent_of_lucia(&app, &twilio, "2018-03-06").await;
            assert!(reads_the_thread(&c, &pid).await, "the day before: the thread is there");
            assert_eq!(c.get(&format!("/p/for/{pid}/refills")).await.status, StatusCode::OK);

            past_midnight(&app, &c).await;
            let page = c.get(&format!("/p/for/{pid}/messages")).await;
            assert!(page.text.contains("Since Lucia Ruiz turned 12, their messages are theirs alone to read"), "{}", page.text);
            assert!(!page.text.contains("Your test results are normal"), "the birthday: the thread is closed");
            assert!(!page.text.contains("data-live-stream"), "and no live stream is offered");
            let r = app.get(&format!("/patients/{pid}/messages")).await.json();
            let before = r["data"].as_array().unwrap().len();
            let csrf = form_field(&page.text, "csrf").unwrap();
            let r = c.post_form(&format!("/p/for/{pid}/messages"), &[("csrf", &csrf), ("body", "Can Lucia come after school?")]).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "writing to the clinic goes on: {}", r.text);
            let after = app.get(&format!("/patients/{pid}/messages")).await.json();
            assert_eq!(after["data"].as_array().unwrap().len(), before + 1);
            assert!(!c.get(r.header("location").unwrap()).await.text.contains("Your test results"), "not even after writing");
            assert_eq!(c.get(&format!("/p/for/{pid}/appointments")).await.status, StatusCode::OK);
            let r = c.get(&format!("/p/for/{pid}/refills")).await;
            assert_eq!(r.status, StatusCode::FORBIDDEN, "refills are the teenager's now");
            let home = c.get(&format!("/p/for/{pid}")).await;
            assert!(!home.text.contains(&format!("/p/for/{pid}/refills")), "and no longer offered: {}", home.text);
            assert_eq!(Sse::open(&c, &app.url(&format!("/p/for/{pid}/messages/live")), None).await.err().map(|e| e.0), Some(StatusCode::FORBIDDEN));
            let events = audit_of(&app, &pid).await;
            assert!(events.iter().any(|e| e["action"] == "grant.refused" && e["detail"].as_str().unwrap().contains("teen_privacy")), "{events:?}");

            // A clinic that draws the line at 14 gives the thread back to the parent.
            let r = app.patch("/clinic", &json!({"teen_privacy_age": 14})).await;
            assert_eq!(r.status, StatusCode::OK, "{}", r.text);
            assert_eq!(r.json()["teen_privacy_age"], 14);
            assert!(reads_the_thread(&c, &pid).await, "12 under a clinic age of 14");
            for bad in [json!(9), json!(18), json!("twelve"), json!(12.5)] {
                let r = app.patch("/clinic", &json!({"teen_privacy_age": bad})).await;
                assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}: {}", r.text);
            }
            assert_eq!(app.get("/clinic").await.json()["teen_privacy_age"], 14, "a refused change changes nothing");
        }

        async fn a_teenager_gives_the_parent_back_their_messages_and_takes_them_back_after_their_own_step_up(app, twilio, smtp) {
            // Lucia is 13: the thread is hers alone.
            let (pid, c) = marta_parent_of_lucia(&app, &twilio, "2017-01-10").await;
            assert!(!reads_the_thread(&c, &pid).await);
            let gid = grant_id(&app, &pid).await;

            // Marta cannot give it to herself: that form is Lucia's, in Lucia's session.
            let r = c.post_form(&format!("/p/caregivers/{gid}/teen"), &[("csrf", "x"), ("scope", "messages"), ("on", "1")]).await;
            assert_ne!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
            assert!(!reads_the_thread(&c, &pid).await);

            // Lucia, by her own link and her own step-up.
            let l = app.link(json!({"patient_id": pid, "purpose": "thread"})).await;
            let b = app.browser();
            b.redeem(l["url"].as_str().unwrap()).await;
            let gate = b.get("/p/caregivers").await;
            let csrf = form_field(&gate.text, "csrf").unwrap();
            let r = b.post_form("/p/verify/birth-date", &[("csrf", &csrf), ("next", "/p/caregivers"), ("birth_date", "2017-01-10")]).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
            let page = b.get("/p/caregivers").await;
            assert!(page.text.contains("Let Marta Ruiz read my messages again"), "{}", page.text);
            assert!(page.text.contains("Let Marta Ruiz see my refills again"));
            let csrf = form_field(&page.text, "csrf").unwrap();
            let r = b.post_form(&format!("/p/caregivers/{gid}/teen"), &[("csrf", &csrf), ("scope", "messages"), ("on", "1")]).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
            assert_eq!(r.header("location"), Some("/p/caregivers?done=teen-restored"));
            assert!(reads_the_thread(&c, &pid).await, "given back: Marta reads the thread again");
            assert_eq!(c.get(&format!("/p/for/{pid}/refills")).await.status, StatusCode::FORBIDDEN, "only what was given");
            let g = app.get(&format!("/patients/{pid}/grants")).await.json()["data"][0].clone();
            assert_eq!(g["teen_restored"], json!(["messages"]));

            // What the age never kept cannot be "given"; Lucia takes the thread back.
            let r = b.post_form(&format!("/p/caregivers/{gid}/teen"), &[("csrf", &csrf), ("scope", "appointments"), ("on", "1")]).await;
            assert_eq!(r.status, StatusCode::NOT_FOUND, "{}", r.text);
            let r = b.post_form(&format!("/p/caregivers/{gid}/teen"), &[("csrf", &csrf), ("scope", "messages"), ("on", "0")]).await;
            assert_eq!(r.header("location"), Some("/p/caregivers?done=teen-withdrawn"));
            assert!(!reads_the_thread(&c, &pid).await, "hers alone again");
            let events = audit_of(&app, &pid).await;
            for action in ["grant.teen_restored", "grant.teen_withdrawn"] {
                let e = events.iter().find(|e| e["action"] == action).unwrap_or_else(|| panic!("{action}"));
                assert_eq!(grant_of(e).as_deref(), Some(gid.as_str()));
                assert_eq!(e["actor"], format!("patient:{pid}"));
                assert_eq!(e["auth"], "link+birth_date");
            }
            assert!(smtp.messages().is_empty());
        }

        async fn both_sides_are_told_thirty_days_before_a_parents_grant_narrows_and_ends_each_once(app, twilio, smtp) {
            // The test clock's day is 2030-03-05: Lucia turns 12 on 2030-04-05, 31 days ahead;
            // Pablo turns 18 on 2030-04-06.
            let (_, _c) = marta_parent_of_lucia(&app, &twilio, "2018-04-05").await;
            let pablo = app.create_patient(json!({"name": "Pablo Ruiz", "email": "pablo@example.org", "birth_date": "2012-04-06"})).await;
            let until = (app.clock_now() + jiff::SignedDuration::from_hours(24 * 365)).to_string();
            let r = app.post(&format!("/patients/{}/grants", pablo["id"].as_str().unwrap()), &json!({
                "grantee_name": "Marta Ruiz", "phone": MARTA, "scopes": ["appointments"], "basis": "parent_of_minor", "expires_at": until})).await;
            assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
            let sms = twilio.messages().into_iter().rev().find(|m| m.to == MARTA).unwrap();
            let url = sms.body.split_whitespace().find(|w| w.contains("/g/")).unwrap().to_string();
            assert_eq!(marta_accepts(&app, &twilio, &url).await.1.status, StatusCode::SEE_OTHER);
            let (sent_sms, sent_mail) = (twilio.messages().len(), smtp.messages().len());

            assert_eq!(portico::growing_up::run_due(&app.state).await.unwrap(), 0, "31 days ahead: not yet");
            app.clock.advance(std::time::Duration::from_secs(24 * 3600));
            assert_eq!(portico::growing_up::run_due(&app.state).await.unwrap(), 1, "30 days before Lucia's 12th birthday");
            let new: Vec<_> = twilio.messages().into_iter().skip(sent_sms).collect();
            let to_marta = new.iter().find(|m| m.to == MARTA).expect("the parent is told");
            assert!(to_marta.body.contains("Lucia Ruiz turns 12") && to_marta.body.contains("theirs alone"), "{}", to_marta.body);
            let to_lucia = new.iter().find(|m| m.to == "+13125550166").expect("the child is told");
            assert!(to_lucia.body.contains("you turn 12") && to_lucia.body.contains("Marta Ruiz"), "{}", to_lucia.body);
            assert_eq!(new.len(), 2);
            assert_eq!(portico::growing_up::run_due(&app.state).await.unwrap(), 0, "each notice once");

            app.clock.advance(std::time::Duration::from_secs(24 * 3600));
            assert_eq!(portico::growing_up::run_due(&app.state).await.unwrap(), 1, "30 days before Pablo's 18th");
            let mail = smtp.wait_for(sent_mail + 1, std::time::Duration::from_secs(10)).await;
            let mail = mail.iter().skip(sent_mail).find(|m| m.rcpt_to.iter().any(|r| r.contains("pablo@example.org"))).expect("Pablo is told by email");
            let text = crate::standins::parse(mail).body_text(0).unwrap().to_string();
            assert!(text.contains("you turn 18"), "{text}");
            assert!(twilio.messages().iter().any(|m| m.to == MARTA && m.body.contains("Pablo Ruiz turns 18")));
            assert_eq!(portico::growing_up::run_due(&app.state).await.unwrap(), 0);
            let notices = app.state.store.audit_events(None, 500).await.unwrap().into_iter().filter(|e| e.action == "grant.notice_sent").count();
            assert_eq!(notices, 2, "each notice audited");
        }

        async fn a_parents_grant_ends_on_the_eighteenth_birthday_and_a_legal_representatives_does_not(app, twilio, smtp) {
            // Lucia turns 18 tomorrow.
            let (pid, c) = marta_parent_of_lucia(&app, &twilio, "2012-03-06").await;
            assert!(!reads_the_thread(&c, &pid).await, "17: private already");
            assert!(c.get("/p/for").await.text.contains("Lucia Ruiz"));

            past_midnight(&app, &c).await;
            for path in [format!("/p/for/{pid}/messages"), format!("/p/for/{pid}/refills"), format!("/p/for/{pid}/appointments")] {
                let r = c.get(&path).await;
                assert_eq!(r.status, StatusCode::FORBIDDEN, "{path}: {}", r.text);
                assert!(!r.text.contains("Your test results"), "{path}");
            }
            assert!(!c.get("/p/for").await.text.contains("Lucia Ruiz"), "no longer among those Marta helps");
            let events = audit_of(&app, &pid).await;
            assert!(events.iter().any(|e| e["action"] == "grant.refused" && e["detail"].as_str().unwrap().contains("came_of_age")), "{events:?}");

            // A guardianship the clinic verified is not a parent's grant: it goes on past 18.
            let until = (app.clock_now() + jiff::SignedDuration::from_hours(24 * 365)).to_string();
            let r = app.post(&format!("/patients/{pid}/grants"), &json!({
                "grantee_name": "Marta Ruiz", "phone": MARTA, "scopes": ["appointments", "messages"],
                "basis": "legal_representative", "evidence_reference": "Guardianship order 2029-77", "verified_by": "J. Park",
                "expires_at": until})).await;
            assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
            let sms = twilio.messages().into_iter().rev().find(|m| m.to == MARTA).expect("the second invitation");
            let url = sms.body.split_whitespace().find(|w| w.contains("/g/")).unwrap().to_string();
            let (g, r) = marta_accepts(&app, &twilio, &url).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
            assert!(reads_the_thread(&g, &pid).await, "a guardian reads the thread of an adult ward");
            assert_eq!(g.get(&format!("/p/for/{pid}/refills")).await.status, StatusCode::FORBIDDEN, "not a scope of this grant");
            assert!(g.get("/p/for").await.text.contains("Lucia Ruiz"));
        }
    }
}

/// A caregiver whose session ended (`/p/for/sign-in`): a code to the phone they proved.
mod signing_in_again {
    use super::*;
    use std::time::Duration;

    /// Ana has invited Marta, who accepted a day ago: Marta's browser, its session over.
    async fn marta_a_day_later(app: &TestApp, twilio: &crate::standins::twilio::TwilioStandIn) -> (String, Browser) {
        let (p, b, csrf) = ana_on_her_caregivers_page(app).await;
        let url = invite_marta(&b, &csrf, twilio).await;
        let (c, _) = marta_accepts(app, twilio, &url).await;
        app.clock.advance(Duration::from_secs(25 * 3600));
        (p["id"].as_str().unwrap().to_string(), c)
    }

    async fn ask_for_code(c: &Browser, contact: &str) -> Reply {
        let page = c.get("/p/for/sign-in").await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.text);
        let csrf = form_field(&page.text, "csrf").unwrap();
        c.post_form("/p/for/sign-in/code", &[("csrf", &csrf), ("contact", contact)]).await
    }

    fn code_in(twilio: &crate::standins::twilio::TwilioStandIn) -> String {
        let sms = twilio.messages().into_iter().rev().find(|m| m.to == MARTA).unwrap();
        sms.body.split(|ch: char| !ch.is_ascii_digit()).find(|w| w.len() == 6).unwrap().to_string()
    }

    crate::provider_tests! {
        async fn a_caregiver_whose_session_ended_signs_in_again_with_a_code_to_the_phone_they_proved(app, twilio, smtp) {
            let (pid, c) = marta_a_day_later(&app, &twilio).await;
            let r = c.get(&format!("/p/for/{pid}/messages")).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
            assert_eq!(r.header("location"), Some("/p/for/sign-in"), "a page leads to the caregiver's sign-in");
            assert!(c.get("/signin").await.text.contains("href=\"/p/for/sign-in\""), "linked from the sign-in page");

            // A number nobody proved gets the very same answer, and no SMS.
            let before = twilio.messages().len();
            let r = ask_for_code(&c, "+13125550199").await;
            assert_eq!(r.status, StatusCode::OK, "{}", r.text);
            assert!(says(&r.text, "en", "caregiver-sign-in-sent"));
            assert_eq!(twilio.messages().len(), before, "nothing sent to a number no caregiver proved");

            let r = ask_for_code(&c, "+1 312 555 0190").await;
            assert!(says(&r.text, "en", "caregiver-sign-in-sent"));
            assert_eq!(twilio.messages().len(), before + 1);
            let code = code_in(&twilio);
            let csrf = form_field(&r.text, "csrf").unwrap();
            let wrong = if code == "000000" { "111111" } else { "000000" };
            let r = c.post_form("/p/for/sign-in", &[("csrf", &csrf), ("contact", MARTA), ("code", wrong)]).await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "a wrong code is refused");
            assert!(r.header("set-cookie").is_none_or(|v| !v.contains("portico_caregiver=")));
            let r = c.post_form("/p/for/sign-in", &[("csrf", &csrf), ("contact", MARTA), ("code", &code)]).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
            assert_eq!(r.header("location"), Some("/p/for"));
            assert!(c.get("/p/for").await.text.contains("Ana Ruiz"), "helping Ana again");
            assert_eq!(c.get(&format!("/p/for/{pid}/messages")).await.status, StatusCode::OK);

            // The code worked once.
            let d = app.browser();
            let page = d.get("/p/for/sign-in").await;
            let dcsrf = form_field(&page.text, "csrf").unwrap();
            let r = d.post_form("/p/for/sign-in", &[("csrf", &dcsrf), ("contact", MARTA), ("code", &code)]).await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "used already");
            let events = app.state.store.audit_events(None, 500).await.unwrap();
            let signed_in = events.iter().find(|e| e.action == "caregiver.signed_in").expect("audited");
            assert!(signed_in.actor.starts_with("person:"));
            assert_eq!(signed_in.auth.as_deref(), Some("code"));
        }

        async fn a_caregiver_sign_in_code_locks_after_five_wrong_tries_and_three_are_sent_an_hour_at_most(app, twilio, smtp) {
            let (_, c) = marta_a_day_later(&app, &twilio).await;
            let r = ask_for_code(&c, MARTA).await;
            let code = code_in(&twilio);
            let csrf = form_field(&r.text, "csrf").unwrap();
            let wrong = if code == "000000" { "111111" } else { "000000" };
            for _ in 0..5 {
                let r = c.post_form("/p/for/sign-in", &[("csrf", &csrf), ("contact", MARTA), ("code", wrong)]).await;
                assert!(says(&r.text, "en", "step-up-code-wrong"), "{}", r.text);
            }
            let r = c.post_form("/p/for/sign-in", &[("csrf", &csrf), ("contact", MARTA), ("code", &code)]).await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "locked after five wrong tries, even the right code");
            assert!(says(&r.text, "en", "step-up-too-many-tries"));
            let sent = twilio.messages().len();
            for _ in 0..2 {
                assert!(says(&ask_for_code(&c, MARTA).await.text, "en", "caregiver-sign-in-sent"));
            }
            assert_eq!(twilio.messages().len(), sent + 2);
            let r = ask_for_code(&c, MARTA).await;
            assert!(says(&r.text, "en", "step-up-too-many-codes"), "a fourth within the hour: {}", r.text);
            assert_eq!(twilio.messages().len(), sent + 2);
            // A bad form or a stranger's token changes nothing.
            let r = c.post_form("/p/for/sign-in", &[("csrf", "forged"), ("contact", MARTA), ("code", &code)]).await;
            assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.text);
            let r = ask_for_code(&c, "not a phone").await;
            assert!(says(&r.text, "en", "caregivers-bad-contact"));
        }
    }
}

mod reminder_copies {
    use super::*;
    use std::time::Duration;

    /// Whether `body` is message `id` of locale `lang` rendered with any arguments: each piece
    /// of its text between placeables is in `body`, in order.
    fn renders(body: &str, lang: &str, id: &str) -> bool {
        let t = portico::i18n::Lang::from_tag(lang).unwrap();
        let gap = || portico::i18n::Arg::Str("\u{1}");
        let text = t.f(id, &[("clinic", gap()), ("when", gap()), ("url", gap()), ("name", gap())]);
        let mut rest = body;
        for piece in text.split('\u{1}').map(str::trim).filter(|p| !p.is_empty()) {
            match rest.find(piece) {
                Some(at) => rest = &rest[at + piece.len()..],
                None => return false,
            }
        }
        true
    }

    fn to(twilio: &crate::standins::twilio::TwilioStandIn, number: &str, since: usize) -> Vec<String> {
        twilio.messages().into_iter().skip(since).filter(|m| m.to == number).map(|m| m.body).collect()
    }

    /// An appointment of the patient `hours` ahead with the reminder offsets `offsets`.
    async fn visit(app: &TestApp, patient: &str, hours: i64, offsets: &[&str]) -> Value {
        let starts = app.clock_now() + jiff::SignedDuration::from_hours(hours);
        let r = app
            .post(
                "/appointments",
                &json!({"patient_id": patient, "starts_at": starts.to_string(), "duration_minutes": 30,
                        "location": "Suite 300", "reminders": offsets}),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
        r.json()
    }

    async fn deliveries(app: &TestApp, patient: &str) -> Vec<Value> {
        app.get(&format!("/patients/{patient}/deliveries")).await.json()["data"].as_array().unwrap().clone()
    }

    const ANA: &str = "+13125550177";

    /// Ana invites Marta with reminder copies; Marta accepts from a browser reading `lang`.
    async fn marta_gets_copies(
        app: &TestApp,
        twilio: &crate::standins::twilio::TwilioStandIn,
        lang: &str,
    ) -> (String, Browser, String, Browser) {
        let (p, b, csrf) = ana_on_her_caregivers_page(app).await;
        let pid = p["id"].as_str().unwrap().to_string();
        let url = invite_marta_with(&b, &csrf, twilio, &[("copies", "1")]).await;
        let (c, r) = marta_accepts_in(app, twilio, &url, lang).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        (pid, b, csrf, c)
    }

    /// The one-tap link in the SMS `body` (a caregiver's copy's).
    fn copy_link(body: &str) -> String {
        let start = body.find("/p/for/l/").unwrap_or_else(|| panic!("no copy link: {body}"));
        body[start..start + "/p/for/l/".len() + 43].to_string()
    }

    /// Open a copy's link in `c` (its landing page, then its button): the button's answer.
    async fn open_link(c: &Browser, link: &str) -> Reply {
        let landing = c.get(link).await;
        assert_eq!(landing.status, StatusCode::OK, "{}", landing.text);
        let csrf = form_field(&landing.text, "csrf").unwrap();
        c.post_form(link, &[("csrf", &csrf)]).await
    }

    crate::provider_tests! {
        async fn a_copys_link_opens_the_visits_once_without_a_code_and_nothing_beyond_that_grants_appointments(app, twilio, smtp) {
            let (pid, _b, _csrf, _c) = marta_gets_copies(&app, &twilio, "en").await;
            let gid = grant_id(&app, &pid).await;
            let v = visit(&app, &pid, 3, &["P30D", "PT1H"]).await;
            let vid = v["id"].as_str().unwrap();
            let before = twilio.messages().len();
            app.drain().await;
            let link = copy_link(&to(&twilio, MARTA, before)[0]);

            // On another phone's browser, signed in nowhere: the landing page names nobody.
            let d = app.browser();
            let landing = d.get(&link).await;
            assert_eq!(landing.status, StatusCode::OK, "{}", landing.text);
            assert!(landing.text.contains("id=\"open-visits\""), "{}", landing.text);
            assert!(!landing.text.contains("Ana") && !landing.text.contains("Ruiz"), "{}", landing.text);
            let r = open_link(&d, &link).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
            let visits = format!("/p/for/{pid}/appointments");
            assert_eq!(r.header("location"), Some(visits.as_str()));
            let page = d.get(&visits).await;
            assert_eq!(page.status, StatusCode::OK, "{}", page.text);
            assert!(page.text.contains(&format!("id=\"confirm-{vid}\"")), "{}", page.text);

            // She confirms from there: under the grant, signed in with the link.
            let ccsrf = form_field(&page.text, "csrf").unwrap();
            let r = d.post_form(&format!("{visits}/{vid}/confirm"), &[("csrf", &ccsrf)]).await;
            assert_eq!(r.header("location"), Some(format!("{visits}?done=confirmed").as_str()), "{}", r.text);
            assert_eq!(app.get(&format!("/appointments/{vid}")).await.json()["status"], "confirmed");

            // Anything more asks her to sign in: Ana's messages, whom she helps, her settings.
            for path in [format!("/p/for/{pid}/messages"), format!("/p/for/{pid}/refills"), "/p/for".to_string()] {
                let r = d.get(&path).await;
                assert_eq!(r.status, StatusCode::SEE_OTHER, "{path}: {}", r.text);
                assert_eq!(r.header("location"), Some("/p/for/sign-in?more=1"), "{path}");
            }
            let r = d.post_form(&format!("/p/for/{pid}/messages"), &[("csrf", &ccsrf), ("body", "Hello")]).await;
            assert_eq!(r.header("location"), Some("/p/for/sign-in?more=1"), "{}", r.text);
            let r = d.post_form("/p/for/settings", &[("csrf", &ccsrf), ("language", "fr"), ("time_zone", "")]).await;
            assert_eq!(r.header("location"), Some("/p/for/sign-in?more=1"), "{}", r.text);
            let thread = app.get(&format!("/patients/{pid}/messages")).await.json();
            assert!(thread["data"].as_array().unwrap().iter().all(|m| m["body"] != "Hello"), "{thread}");
            let r = d.get("/p/for/sign-in?more=1").await;
            assert!(says(&r.text, "en", "caregiver-sign-in-more"), "{}", r.text);

            // Once: the button again, on this browser or another, opens nothing.
            let again = d.get(&link).await;
            assert_eq!(again.status, StatusCode::GONE, "{}", again.text);
            assert!(again.text.contains("id=\"caregiver-sign-in\""), "{}", again.text);
            let e = app.browser();
            assert_eq!(e.get(&link).await.status, StatusCode::GONE);
            // A patient's link address with the copy's token is no link.
            let patient_path = link.replace("/p/for/l/", "/l/");
            assert_eq!(e.get(&patient_path).await.status, StatusCode::NOT_FOUND);

            // The trail: opened under the grant by Marta with the link; the confirmation too.
            let events = audit_of(&app, &pid).await;
            let opened = events.iter().find(|e| e["action"] == "grant_link.opened").unwrap_or_else(|| panic!("{events:?}"));
            assert_eq!(grant_of(opened).as_deref(), Some(gid.as_str()));
            assert_eq!(opened["auth"], "link");
            assert!(opened["actor"].as_str().unwrap().starts_with("person:"));
            let confirmed = events.iter().find(|e| e["action"] == "grant.appointment_confirmed").unwrap();
            assert_eq!(confirmed["auth"], "link");
            assert!(smtp.messages().is_empty());
        }

        async fn a_copys_link_and_the_session_it_opened_die_with_the_grant(app, twilio, smtp) {
            let (pid, b, csrf, c) = marta_gets_copies(&app, &twilio, "en").await;
            visit(&app, &pid, 3, &["P30D", "PT1H"]).await;
            visit(&app, &pid, 4, &["P30D", "PT2H"]).await;
            let before = twilio.messages().len();
            app.drain().await;
            let links: Vec<String> = to(&twilio, MARTA, before).iter().map(|m| copy_link(m)).collect();
            assert_eq!(links.len(), 2, "{links:?}");

            // Opened in Marta's own browser, where she is signed in: her session stays whole.
            let r = open_link(&c, &links[0]).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
            assert_eq!(c.get(&format!("/p/for/{pid}/messages")).await.status, StatusCode::OK);
            assert_eq!(c.get("/p/for").await.status, StatusCode::OK);

            // The second opened elsewhere, then Ana withdraws the grant.
            let d = app.browser();
            assert_eq!(open_link(&d, &links[1]).await.status, StatusCode::SEE_OTHER);
            let gid = grant_id(&app, &pid).await;
            let r = b.post_form(&format!("/p/caregivers/{gid}/revoke"), &[("csrf", &csrf)]).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
            let r = d.get(&format!("/p/for/{pid}/appointments")).await;
            assert_eq!(r.status, StatusCode::FORBIDDEN, "the link's session, the very next request: {}", r.text);

            // A used link stays used, and the refusal is in the trail.
            let landing = app.browser().get(&links[1]).await;
            assert_eq!(landing.status, StatusCode::GONE, "used: {}", landing.text);
            let events = audit_of(&app, &pid).await;
            assert!(events.iter().any(|e| e["action"] == "grant_link.refused"), "{events:?}");
            assert!(smtp.messages().is_empty());
        }

        async fn an_unopened_copy_link_of_a_revoked_grant_opens_nothing_even_from_a_page_loaded_before(app, twilio, smtp) {
            let (pid, b, csrf, _c) = marta_gets_copies(&app, &twilio, "en").await;
            visit(&app, &pid, 3, &["P30D", "PT1H"]).await;
            let before = twilio.messages().len();
            app.drain().await;
            let link = copy_link(&to(&twilio, MARTA, before)[0]);
            // Marta's landing page is open when Ana withdraws the grant.
            let d = app.browser();
            let landing = d.get(&link).await;
            let dcsrf = form_field(&landing.text, "csrf").unwrap();
            let gid = grant_id(&app, &pid).await;
            b.post_form(&format!("/p/caregivers/{gid}/revoke"), &[("csrf", &csrf)]).await;
            // Its button opens nothing, and the link's page no longer offers it.
            let r = d.post_form(&link, &[("csrf", &dcsrf)]).await;
            assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.text);
            assert!(d.cookie("portico_caregiver").is_none());
            let landing = d.get(&link).await;
            assert_eq!(landing.status, StatusCode::FORBIDDEN, "{}", landing.text);
            assert!(!landing.text.contains("id=\"open-visits\""), "{}", landing.text);
            let refused: Vec<Value> =
                audit_of(&app, &pid).await.into_iter().filter(|e| e["action"] == "grant_link.refused").collect();
            assert_eq!(refused.len(), 2, "{refused:?}");
            assert!(refused.iter().all(|e| e["detail"].as_str().unwrap().contains("revoked")), "{refused:?}");
            assert!(smtp.messages().is_empty());
        }

        async fn a_copy_whose_send_had_an_unclear_answer_is_found_at_twilio_and_not_sent_again(app, twilio, smtp) {
            let (pid, _b, _csrf, _c) = marta_gets_copies(&app, &twilio, "en").await;
            let gid = grant_id(&app, &pid).await;
            // Twilio takes every SMS to Marta but its answer is lost.
            twilio.fail_always_for(MARTA, crate::standins::Failure::AcceptThenGarble);
            let before = twilio.messages().len();
            visit(&app, &pid, 3, &["P30D", "PT1H"]).await;
            app.drain().await;
            let copy_of = |log: Vec<Value>| log.into_iter().find(|d| d["grant_id"] == gid.as_str() && d["attempts"].as_i64() > Some(0)).unwrap();
            let copy = copy_of(deliveries(&app, &pid).await);
            assert_eq!((copy["status"].as_str(), copy["error_code"].as_str()), (Some("pending"), Some("bad-response")), "{copy}");
            // Its next try asks Twilio first, finds the copy by its words around the token, and sends nothing.
            let due: jiff::Timestamp = copy["due_at"].as_str().unwrap().parse().unwrap();
            app.clock.advance(Duration::from_secs(due.duration_since(app.clock_now()).as_secs().max(0) as u64 + 2));
            app.drain().await;
            let sent = to(&twilio, MARTA, before);
            assert_eq!(sent.len(), 1, "one copy at Twilio: {sent:?}");
            let copy = copy_of(deliveries(&app, &pid).await);
            assert_ne!(copy["status"], "pending", "{copy}");
            let sid = twilio.messages().into_iter().skip(before).find(|m| m.to == MARTA).unwrap().sid;
            assert_eq!(copy["provider_id"], sid.as_str(), "recorded as the SMS Twilio has");
            assert!(smtp.messages().is_empty());
        }

        async fn a_caregivers_copies_keep_a_daily_cap_of_their_own(app, twilio, smtp) {
            let r = app.patch("/clinic", &json!({"daily_reminder_cap": 1})).await;
            assert_eq!(r.status, StatusCode::OK, "{}", r.text);
            let (pid, _b, _csrf, _c) = marta_gets_copies(&app, &twilio, "en").await;
            // Reminders due at 12:00 and 17:00 in Chicago, one day.
            visit(&app, &pid, 3, &["PT1H"]).await;
            visit(&app, &pid, 8, &["PT1H"]).await;
            let before = twilio.messages().len();
            app.clock.advance(Duration::from_secs(2 * 3600 + 60));
            app.drain().await;
            assert_eq!((to(&twilio, ANA, before).len(), to(&twilio, MARTA, before).len()), (1, 1), "the first to each");
            let before = twilio.messages().len();
            app.clock.advance(Duration::from_secs(5 * 3600));
            app.drain().await;
            assert!(to(&twilio, ANA, before).is_empty(), "Ana's cap");
            assert!(to(&twilio, MARTA, before).is_empty(), "Marta's own cap, one a day like Ana's");
            let gid = grant_id(&app, &pid).await;
            let log = deliveries(&app, &pid).await;
            assert!(
                log.iter().any(|d| d["grant_id"] == gid.as_str() && d["status"] == "dropped" && d["error_code"] == "daily-cap"),
                "the second copy, held by the cap until after the visit, is dropped: {log:?}"
            );
            assert!(smtp.messages().is_empty());
        }

        async fn a_caregiver_who_asked_for_copies_gets_each_reminder_on_her_phone_in_her_language_with_her_own_link(app, twilio, smtp) {
            // A visit booked before Marta accepted: its reminder is planned for her when she does.
            let (p, b, csrf) = ana_on_her_caregivers_page(&app).await;
            let pid = p["id"].as_str().unwrap().to_string();
            let early = visit(&app, &pid, 30, &["PT24H"]).await;
            let url = invite_marta_with(&b, &csrf, &twilio, &[("copies", "1")]).await;
            let page = b.get("/p/caregivers").await;
            assert!(says(&page.text, "en", "caregivers-copies-on"), "the card says so: {}", page.text);
            let (c, r) = marta_accepts_in(&app, &twilio, &url, "es").await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
            let gid = grant_id(&app, &pid).await;
            let grant = app.get(&format!("/patients/{pid}/grants")).await.json()["data"][0].clone();
            assert_eq!(grant["reminder_copies"], true);

            // A visit booked after: a catch-up reminder now, to each of them, on their own phones.
            let before = twilio.messages().len();
            let soon = visit(&app, &pid, 3, &["P30D", "PT1H"]).await;
            app.drain().await;
            let ana = to(&twilio, ANA, before);
            let marta = to(&twilio, MARTA, before);
            assert_eq!((ana.len(), marta.len()), (1, 1), "one each: {ana:?} {marta:?}");
            assert!(ana[0].contains("/l/"), "Ana's reminder carries her own link: {}", ana[0]);
            let page_url = app.url(&format!("/p/for/{pid}/appointments"));
            assert!(marta[0].contains(&app.url("/p/for/l/")), "Marta's copy carries her own link: {}", marta[0]);
            assert!(!marta[0].contains(&app.url("/l/")), "no patient's token ever reaches the caregiver: {}", marta[0]);
            assert!(!marta[0].contains("Ana") && !marta[0].contains("Ruiz"), "no name in an SMS: {}", marta[0]);
            assert!(renders(&marta[0], "es", "sms-copy-reminder"), "in the language Marta reads: {}", marta[0]);

            // The copy is in the clinic's delivery log, under the grant, to Marta's phone.
            let log = deliveries(&app, &pid).await;
            let copies: Vec<&Value> = log.iter().filter(|d| d["grant_id"] == gid.as_str()).collect();
            assert_eq!(copies.len(), 3, "the earlier visit's one, and the later's catch-up and planned: {log:?}");
            assert!(copies.iter().any(|d| d["appointment_id"] == soon["id"] && d["status"] == "queued"));
            assert!(copies.iter().any(|d| d["appointment_id"] == early["id"] && d["status"] == "pending"));

            // Her page opens what the copy is about under her grant, and says she gets them.
            let r = c.get(&page_url).await;
            assert_eq!(r.status, StatusCode::OK, "{}", r.text);
            assert!(r.text.contains("id=\"stop-copies\""), "{}", r.text);

            // The earlier visit's reminder goes to both when its time comes.
            let before = twilio.messages().len();
            app.clock.advance(Duration::from_secs(6 * 3600));
            app.drain().await;
            assert_eq!(to(&twilio, MARTA, before).len(), 1, "the copy of the reminder planned when she accepted");
            assert_eq!(to(&twilio, ANA, before).len(), 1);
            assert!(smtp.messages().is_empty());
        }

        async fn stop_from_the_caregiver_stops_only_her_copies_and_stop_from_the_patient_only_the_patients(app, twilio, smtp) {
            let inbound = app.url("/webhooks/twilio/sms");
            let (pid, _b, _csrf, _c) = marta_gets_copies(&app, &twilio, "en").await;
            let gid = grant_id(&app, &pid).await;
            visit(&app, &pid, 5, &["P30D", "PT3H", "PT1H"]).await;
            let before = twilio.messages().len();
            app.drain().await;
            assert_eq!((to(&twilio, ANA, before).len(), to(&twilio, MARTA, before).len()), (1, 1));

            // Marta texts STOP: her copies stop; Ana's number is untouched.
            let (code, _) = twilio.inbound(&inbound, MARTA, &twilio.from, "STOP").await;
            assert_eq!(code, 200);
            let pat = app.get(&format!("/patients/{pid}")).await.json();
            assert_eq!(pat["contact_status"]["sms"], "ok", "{pat}");
            let before = twilio.messages().len();
            app.clock.advance(Duration::from_secs(2 * 3600));
            app.drain().await;
            assert_eq!(to(&twilio, ANA, before).len(), 1, "Ana still gets hers");
            assert!(to(&twilio, MARTA, before).is_empty(), "no copy after Marta's STOP");
            let log = deliveries(&app, &pid).await;
            assert!(
                log.iter().any(|d| d["grant_id"] == gid.as_str() && d["status"] == "dropped" && d["error_code"] == "opted-out"),
                "{log:?}"
            );
            let events = app.state.store.audit_events(None, 200).await.unwrap();
            assert!(events.iter().any(|e| e.action == "caregiver_contact.opted_out" && e.actor.starts_with("person:")));

            // Ana texts STOP and Marta START: now only the copy goes.
            twilio.inbound(&inbound, ANA, &twilio.from, "STOP").await;
            twilio.inbound(&inbound, MARTA, &twilio.from, "START").await;
            let before = twilio.messages().len();
            app.clock.advance(Duration::from_secs(2 * 3600));
            app.drain().await;
            assert!(to(&twilio, ANA, before).is_empty(), "Ana said STOP");
            assert_eq!(to(&twilio, MARTA, before).len(), 1, "Marta said START; Ana's STOP is not hers");
            assert!(smtp.messages().is_empty());
        }

        async fn a_copy_keeps_the_caregivers_own_night_and_language_where_she_set_them(app, twilio, smtp) {
            let (pid, _b, _csrf, c) = marta_gets_copies(&app, &twilio, "en").await;
            // Marta lives in Madrid and reads French.
            let page = c.get("/p/for").await;
            assert!(page.text.contains("id=\"caregiver-settings\""), "{}", page.text);
            let ccsrf = form_field(&page.text, "csrf").unwrap();
            let r = c.post_form("/p/for/settings", &[("csrf", &ccsrf), ("language", "fr"), ("time_zone", "Europe/Madrid")]).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
            let page = c.get("/p/for").await;
            assert!(page.text.contains("<option value=\"Europe/Madrid\" selected>"), "{}", page.text);
            for bad in [("language", "xx"), ("time_zone", "Mars/Olympus")] {
                let mut form = vec![("csrf", ccsrf.as_str()), ("language", "fr"), ("time_zone", "Europe/Madrid")];
                form.retain(|(k, _)| *k != bad.0);
                form.push(bad);
                let r = c.post_form("/p/for/settings", &form).await;
                assert!(r.status.is_client_error(), "{bad:?}: {}", r.status);
            }

            // 15:00 in Chicago is 22:00 in Madrid: Ana's reminder goes, Marta's copy waits for
            // her morning, which comes after the visit: it is dropped, never sent at night.
            app.clock.advance(Duration::from_secs(5 * 3600));
            visit(&app, &pid, 3, &["P30D"]).await;
            let before = twilio.messages().len();
            app.drain().await;
            assert_eq!(to(&twilio, ANA, before).len(), 1);
            assert!(to(&twilio, MARTA, before).is_empty(), "not at night where Marta lives");
            let log = deliveries(&app, &pid).await;
            assert!(log.iter().any(|d| d["grant_id"].is_string() && d["error_code"] == "quiet-hours"), "{log:?}");

            // The next afternoon in Madrid, morning in Chicago: both go, Marta's in French.
            app.clock.advance(Duration::from_secs(18 * 3600));
            visit(&app, &pid, 5, &["P30D"]).await;
            let before = twilio.messages().len();
            app.drain().await;
            let marta = to(&twilio, MARTA, before);
            assert_eq!(marta.len(), 1, "{marta:?}");
            assert!(renders(&marta[0], "fr", "sms-copy-reminder"), "in French: {}", marta[0]);
            assert!(smtp.messages().is_empty());
        }

        async fn copies_end_with_the_grant_and_when_either_side_turns_them_off(app, twilio, smtp) {
            let (pid, b, csrf, c) = marta_gets_copies(&app, &twilio, "en").await;
            let gid = grant_id(&app, &pid).await;
            visit(&app, &pid, 30, &["PT24H", "PT12H", "PT2H"]).await;
            let pending = |log: &[Value]| log.iter().filter(|d| d["grant_id"] == gid.as_str() && d["status"] == "pending").count();
            assert_eq!(pending(&deliveries(&app, &pid).await), 3);

            // Marta stops them from her page (the way for a caregiver who gets them by email).
            let page = c.get(&format!("/p/for/{pid}/appointments")).await;
            let ccsrf = form_field(&page.text, "csrf").unwrap();
            let r = c.post_form(&format!("/p/for/{pid}/copies/stop"), &[("csrf", &ccsrf)]).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
            let page = c.get(r.header("location").unwrap()).await;
            assert!(page.text.contains("You will no longer get Ana Ruiz"), "{}", page.text);
            assert!(!page.text.contains("id=\"stop-copies\""));
            assert_eq!(pending(&deliveries(&app, &pid).await), 0, "her pending copies are dropped at once");

            // Ana turns them on again: planned again for what is ahead.
            let r = b.post_form(&format!("/p/caregivers/{gid}/copies"), &[("csrf", &csrf), ("on", "1")]).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
            assert_eq!(r.header("location"), Some("/p/caregivers?done=copies-on"));
            assert_eq!(pending(&deliveries(&app, &pid).await), 3);

            // Ana revokes the grant: the copies still queued are never sent.
            let r = b.post_form(&format!("/p/caregivers/{gid}/revoke"), &[("csrf", &csrf)]).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER);
            let before = twilio.messages().len();
            app.clock.advance(Duration::from_secs(6 * 3600));
            app.drain().await;
            assert_eq!(to(&twilio, ANA, before).len(), 1, "Ana's own reminder");
            assert!(to(&twilio, MARTA, before).is_empty(), "nothing under a revoked grant");
            let log = deliveries(&app, &pid).await;
            assert!(log.iter().any(|d| d["grant_id"] == gid.as_str() && d["error_code"] == "grant-ended"), "{log:?}");
            let events = audit_of(&app, &pid).await;
            for action in ["grant.copies_stopped", "grant.copies_started"] {
                let e = events.iter().find(|e| e["action"] == action).unwrap_or_else(|| panic!("{action}"));
                assert_eq!(grant_of(e).as_deref(), Some(gid.as_str()), "{action}");
            }
            assert!(smtp.messages().is_empty());
        }

        async fn copies_go_only_where_the_grant_reaches(app, twilio, smtp) {
            // Copies need the appointments scope: the form refuses them without it.
            let (p, b, csrf) = ana_on_her_caregivers_page(&app).await;
            let pid = p["id"].as_str().unwrap().to_string();
            let r = b
                .post_form(
                    "/p/caregivers/invite",
                    &[("csrf", &csrf), ("name", "Marta Ruiz"), ("contact", MARTA), ("scope_messages", "1"), ("months", "18"), ("copies", "1")],
                )
                .await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.text);
            assert!(says(&r.text, "en", "caregivers-copies-need-appointments"));
            assert!(app.get(&format!("/patients/{pid}/grants")).await.json()["data"].as_array().unwrap().is_empty(), "nothing saved");

            // Another patient of the clinic (her brother) gets no copy to Marta: her grant is Ana's.
            let url = invite_marta_with(&b, &csrf, &twilio, &[("copies", "1")]).await;
            let (_c, r) = marta_accepts(&app, &twilio, &url).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER);
            let brother = app.create_patient(json!({"name": "Luis Ruiz", "phone": "+13125550178"})).await;
            let bid = brother["id"].as_str().unwrap();
            visit(&app, bid, 3, &["P30D"]).await;
            // An invitation not yet accepted gets nothing either.
            let (q, qb, qcsrf) = on_caregivers_page(&app, "Rosa Diaz", "+13125550179").await;
            let qid = q["id"].as_str().unwrap();
            let r = qb
                .post_form(
                    "/p/caregivers/invite",
                    &[("csrf", &qcsrf), ("name", "Marta Ruiz"), ("contact", MARTA), ("scope_appointments", "1"), ("months", "18"), ("copies", "1")],
                )
                .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
            visit(&app, qid, 3, &["P30D"]).await;
            let before = twilio.messages().len();
            app.drain().await;
            assert!(to(&twilio, MARTA, before).is_empty(), "{:?}", to(&twilio, MARTA, before));
            assert_eq!(to(&twilio, "+13125550178", before).len(), 1);
            assert_eq!(to(&twilio, "+13125550179", before).len(), 1);

            // The clinic API says the same: copies need appointments.
            let r = app
                .post(
                    &format!("/patients/{pid}/grants"),
                    &json!({"grantee_name": "Pedro Ruiz", "phone": "+13125550180", "scopes": ["messages"], "basis": "legal_representative",
                            "evidence_reference": "POA 12", "verified_by": "Front desk", "expires_at": (app.clock_now() + jiff::SignedDuration::from_hours(24 * 300)).to_string(),
                            "reminder_copies": true}),
                )
                .await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.text);
            assert!(r.text.contains("reminder_copies"), "{}", r.text);
            assert!(smtp.messages().is_empty());
        }

        async fn a_caregiver_who_proved_an_email_gets_her_copy_by_email_without_a_patients_unsubscribe_link(app, twilio, smtp) {
            let (p, b, csrf) = ana_on_her_caregivers_page(&app).await;
            let pid = p["id"].as_str().unwrap().to_string();
            let r = b
                .post_form(
                    "/p/caregivers/invite",
                    &[("csrf", &csrf), ("name", "Marta Ruiz"), ("contact", "marta@example.org"), ("scope_appointments", "1"), ("months", "18"), ("copies", "1")],
                )
                .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
            let invitation = smtp.messages().last().expect("the invitation").clone();
            let text = crate::standins::parse(&invitation).body_text(0).unwrap().to_string();
            let start = text.find("http").expect("a link");
            let url = text[start..].split_whitespace().next().unwrap().to_string();
            let c = app.browser();
            let page = c.get(&url).await;
            let path = url.trim_start_matches(&app.base).to_string();
            let icsrf = form_field(&page.text, "csrf").unwrap();
            c.post_form(&format!("{path}/code"), &[("csrf", &icsrf)]).await;
            let mail = crate::standins::parse(smtp.messages().last().unwrap()).body_text(0).unwrap().to_string();
            let code = mail.split(|ch: char| !ch.is_ascii_digit()).find(|w| w.len() == 6).unwrap().to_string();
            let r = c.post_form(&format!("{path}/accept"), &[("csrf", &icsrf), ("code", &code)]).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);

            let mails = smtp.messages().len();
            visit(&app, &pid, 3, &["P30D"]).await;
            app.drain().await;
            let new: Vec<_> = smtp.messages().into_iter().skip(mails).collect();
            assert_eq!(new.len(), 1, "the copy, by email");
            let raw = String::from_utf8_lossy(&new[0].data).to_string();
            assert!(raw.contains("marta@example.org"), "to Marta");
            assert!(!raw.to_ascii_lowercase().contains("list-unsubscribe"), "no patient's one-click link in a copy");
            let body = crate::standins::parse(&new[0]).body_text(0).unwrap().to_string();
            assert!(body.contains(&app.url("/p/for/l/")), "her own one-tap link: {body}");
            assert!(says(&body, "en", "email-copy-why"), "{body}");
            assert!(body.contains("Marta"), "addressed to Marta: {body}");
            assert!(!body.contains("Ana"), "{body}");
            assert_eq!(twilio.messages().iter().filter(|m| m.to == ANA).count(), 1, "Ana's own reminder by SMS");
        }
    }
}

mod acting_on_visits {
    use super::*;

    const ANA: &str = "+13125550177";

    crate::provider_tests! {
        async fn a_caregiver_confirms_and_cancels_the_patients_visits_and_the_patient_and_care_team_are_told(app, twilio, smtp) {
            let (p, b, csrf) = ana_on_her_caregivers_page(&app).await;
            let pid = p["id"].as_str().unwrap().to_string();
            let url = invite_marta(&b, &csrf, &twilio).await;
            let (c, _) = marta_accepts(&app, &twilio, &url).await;
            let first = app.appointment_for(&pid, 48).await;
            let second = app.reminded_appointment_for(&pid, 72).await;
            let (fid, sid) = (first["id"].as_str().unwrap(), second["id"].as_str().unwrap());
            let path = format!("/p/for/{pid}/appointments");
            let page = c.get(&path).await;
            assert!(page.text.contains(&format!("id=\"confirm-{fid}\"")) && page.text.contains(&format!("id=\"cancel-{sid}\"")), "{}", page.text);
            let ccsrf = form_field(&page.text, "csrf").unwrap();

            // Another patient's visit under Ana's id: not found, and it stays as it was.
            let other = app.create_patient(json!({"name": "Luis Ruiz", "phone": "+13125550178"})).await;
            let theirs = app.appointment_for(other["id"].as_str().unwrap(), 48).await;
            let tid = theirs["id"].as_str().unwrap();
            let r = c.post_form(&format!("{path}/{tid}/cancel"), &[("csrf", &ccsrf)]).await;
            assert_eq!(r.status, StatusCode::NOT_FOUND, "{}", r.text);
            assert_eq!(app.get(&format!("/appointments/{tid}")).await.json()["status"], "scheduled");

            // Confirm: as the patient's own button does.
            let r = c.post_form(&format!("{path}/{fid}/confirm"), &[("csrf", &ccsrf)]).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
            assert_eq!(r.header("location"), Some(format!("{path}?done=confirmed").as_str()));
            assert_eq!(app.get(&format!("/appointments/{fid}")).await.json()["status"], "confirmed");
            let page = c.get(&format!("{path}?done=confirmed")).await;
            assert!(page.text.contains("The visit is confirmed. Ana Ruiz sees it too."), "{}", page.text);
            assert!(!page.text.contains(&format!("id=\"confirm-{fid}\"")), "nothing left to confirm");

            // Cancel: Ana gets the notice (her reminder went out), the care team a message.
            let before = twilio.messages().len();
            let r = c.post_form(&format!("{path}/{sid}/cancel"), &[("csrf", &ccsrf)]).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
            assert_eq!(app.get(&format!("/appointments/{sid}")).await.json()["status"], "cancelled");
            app.drain().await;
            let to_ana: Vec<String> = twilio.messages().into_iter().skip(before).filter(|m| m.to == ANA).map(|m| m.body).collect();
            assert_eq!(to_ana.len(), 1, "{to_ana:?}");
            assert!(to_ana[0].contains("cancelled"), "{}", to_ana[0]);
            let thread = app.get(&format!("/patients/{pid}/messages")).await.json();
            let last = thread["data"].as_array().unwrap().last().unwrap().clone();
            assert_eq!(last["sender"], "Marta Ruiz for Ana Ruiz");
            assert!(last["body"].as_str().unwrap().contains(sid), "{last}");
            // Twice changes nothing more.
            let r = c.post_form(&format!("{path}/{sid}/cancel"), &[("csrf", &ccsrf)]).await;
            assert_eq!(r.header("location"), Some(format!("{path}?done=unchanged").as_str()));

            // The trail names Marta, Ana and the grant, and Ana's own page says so.
            let gid = grant_id(&app, &pid).await;
            let events = audit_of(&app, &pid).await;
            for action in ["grant.appointment_confirmed", "grant.appointment_cancelled"] {
                let e = events.iter().find(|e| e["action"] == action).unwrap_or_else(|| panic!("{action}: {events:?}"));
                assert_eq!(grant_of(e).as_deref(), Some(gid.as_str()));
                assert!(e["actor"].as_str().unwrap().starts_with("person:"));
            }
            let activity = b.get("/p/activity").await;
            assert!(says(&activity.text, "en", "activity-grant-appointment-cancelled"), "{}", activity.text);
            assert!(smtp.messages().is_empty());
        }

        async fn a_caregiver_asks_for_another_time_and_the_care_team_hears_who_asked_for_whom(app, twilio, smtp) {
            let (p, b, csrf) = ana_on_her_caregivers_page(&app).await;
            let pid = p["id"].as_str().unwrap().to_string();
            let url = invite_marta(&b, &csrf, &twilio).await;
            let (c, _) = marta_accepts(&app, &twilio, &url).await;
            let v = app.appointment_for(&pid, 48).await;
            let vid = v["id"].as_str().unwrap();
            let path = format!("/p/for/{pid}/appointments");
            let page = c.get(&path).await;
            assert!(page.text.contains(&format!("id=\"reschedule-{vid}\"")), "{}", page.text);
            let ccsrf = form_field(&page.text, "csrf").unwrap();
            let r = c.post_form(&format!("{path}/{vid}/reschedule"), &[("csrf", &ccsrf), ("note", "Mornings suit her\u{7}")]).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
            assert_eq!(r.header("location"), Some(format!("{path}?done=requested").as_str()));
            let page = c.get(&format!("{path}?done=requested")).await;
            assert!(page.text.contains("The care team is asked to find another time for this visit for Ana Ruiz."), "{}", page.text);

            // The care team reads it in Ana's conversation, labelled; the visit is unchanged.
            let thread = app.get(&format!("/patients/{pid}/messages")).await.json();
            let last = thread["data"].as_array().unwrap().last().unwrap().clone();
            assert_eq!(last["sender"], "Marta Ruiz for Ana Ruiz");
            let body = last["body"].as_str().unwrap();
            assert!(body.contains(vid) && body.contains("Mornings suit her") && !body.contains('\u{7}'), "{body}");
            assert_eq!(app.get(&format!("/appointments/{vid}")).await.json()["status"], "scheduled");

            // The trail has it as the patient's own request is, by Marta under the grant.
            let gid = grant_id(&app, &pid).await;
            let events = app.state.store.audit_events(None, 200).await.unwrap();
            let e = events.iter().find(|e| e.action == "appointment.reschedule_requested").expect("audited");
            assert_eq!(e.subject.as_deref(), Some(vid));
            assert_eq!(e.for_patient.as_deref(), Some(pid.as_str()));
            assert_eq!(e.grant().as_deref(), Some(gid.as_str()));
            assert!(e.actor.starts_with("person:"), "{}", e.actor);

            // Another patient's visit under Ana's id: not found, nothing written.
            let other = app.create_patient(json!({"name": "Luis Ruiz", "phone": "+13125550178"})).await;
            let theirs = app.appointment_for(other["id"].as_str().unwrap(), 48).await;
            let r = c.post_form(&format!("{path}/{}/reschedule", theirs["id"].as_str().unwrap()), &[("csrf", &ccsrf)]).await;
            assert_eq!(r.status, StatusCode::NOT_FOUND, "{}", r.text);
            let after = app.get(&format!("/patients/{pid}/messages")).await.json();
            assert_eq!(after["data"].as_array().unwrap().len(), thread["data"].as_array().unwrap().len());
            assert!(smtp.messages().is_empty());
        }

        async fn a_caregiver_cannot_act_on_another_patients_visit_or_without_the_appointments_scope(app, twilio, smtp) {
            let (p, b, csrf) = ana_on_her_caregivers_page(&app).await;
            let pid = p["id"].as_str().unwrap().to_string();
            let r = b
                .post_form(
                    "/p/caregivers/invite",
                    &[("csrf", &csrf), ("name", "Marta Ruiz"), ("contact", MARTA), ("scope_messages", "1"), ("months", "18")],
                )
                .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER);
            let sms = twilio.messages().into_iter().rev().find(|m| m.to == MARTA).unwrap();
            let start = sms.body.find("http").unwrap();
            let url = sms.body[start..].split_whitespace().next().unwrap().to_string();
            let (c, _) = marta_accepts(&app, &twilio, &url).await;
            let mine = app.appointment_for(&pid, 48).await;
            let other = app.create_patient(json!({"name": "Luis Ruiz", "phone": "+13125550178"})).await;
            let theirs = app.appointment_for(other["id"].as_str().unwrap(), 48).await;
            let page = c.get(&format!("/p/for/{pid}/messages")).await;
            let ccsrf = form_field(&page.text, "csrf").unwrap();

            // No appointments scope: refused, changes nothing, audited.
            let r = c.post_form(&format!("/p/for/{pid}/appointments/{}/cancel", mine["id"].as_str().unwrap()), &[("csrf", &ccsrf)]).await;
            assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.text);
            assert_eq!(app.get(&format!("/appointments/{}", mine["id"].as_str().unwrap())).await.json()["status"], "scheduled");
            assert!(audit_of(&app, &pid).await.iter().any(|e| e["action"] == "grant.refused"));

            let r = c.post_form(&format!("/p/for/{pid}/appointments/{}/confirm", theirs["id"].as_str().unwrap()), &[("csrf", &ccsrf)]).await;
            assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.text);
            assert!(smtp.messages().is_empty());
        }
    }
}

mod acting_on_refills {
    use super::*;

    crate::provider_tests! {
        async fn a_caregiver_asks_for_a_refill_for_the_patient_and_the_care_team_sees_who_asked(app, twilio, smtp) {
            let p = app.create_patient(json!({"name": "Ana Ruiz", "phone": "+13125550177"})).await;
            let pid = p["id"].as_str().unwrap().to_string();
            let until = (app.clock_now() + jiff::SignedDuration::from_hours(24 * 365)).to_string();
            let r = app
                .post(
                    &format!("/patients/{pid}/grants"),
                    &json!({"grantee_name": "Marta Ruiz", "phone": MARTA, "scopes": ["refills"], "basis": "legal_representative",
                            "evidence_reference": "POA 2030-7", "verified_by": "Front desk", "expires_at": until}),
                )
                .await;
            assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
            let gid = r.json()["id"].as_str().unwrap().to_string();
            let sms = twilio.messages().into_iter().rev().find(|m| m.to == MARTA).unwrap();
            let url = sms.body.split_whitespace().find(|w| w.contains("/g/")).unwrap().to_string();
            let (c, _) = marta_accepts(&app, &twilio, &url).await;
            let path = format!("/p/for/{pid}/refills");
            let page = c.get(&path).await;
            assert!(page.text.contains(&format!("action=\"{path}\"")), "the request form: {}", page.text);
            let csrf = form_field(&page.text, "csrf").unwrap();

            // A form without a pharmacy is refused, naming what it lacks; nothing is stored.
            let r = c.post_form(&path, &[("csrf", &csrf), ("medication", "other"), ("other_medication", "Metformin 500 mg"), ("pharmacy", "other")]).await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.text);
            assert!(says(&r.text, "en", "refills-need-pharmacy"), "{}", r.text);
            assert!(app.get("/refills").await.json()["data"].as_array().unwrap().is_empty());

            let r = c
                .post_form(&path, &[("csrf", &csrf), ("medication", "other"), ("other_medication", "Metformin 500 mg"), ("pharmacy", "other"), ("other_pharmacy", "Walgreens on Main"), ("note", "She has two days left")])
                .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
            let page = c.get(r.header("location").unwrap()).await;
            assert!(page.text.contains("The request is with the care team. Ana Ruiz sees it too."), "{}", page.text);
            assert!(page.text.contains("Metformin 500 mg"));
            let refills = app.get("/refills").await.json();
            let filed = refills["data"].as_array().unwrap();
            assert_eq!(filed.len(), 1, "{refills}");
            assert_eq!(filed[0]["patient_id"], pid.as_str());
            assert_eq!(filed[0]["pharmacy"], "Walgreens on Main");
            let thread = app.get(&format!("/patients/{pid}/messages")).await.json();
            let last = thread["data"].as_array().unwrap().last().unwrap().clone();
            assert_eq!(last["sender"], "Marta Ruiz for Ana Ruiz");
            assert!(last["body"].as_str().unwrap().contains("Refill request: Metformin 500 mg"), "{last}");
            let events = audit_of(&app, &pid).await;
            let e = events.iter().find(|e| e["action"] == "grant.refill_requested").expect("audited");
            assert_eq!(grant_of(e).as_deref(), Some(gid.as_str()));
            assert!(smtp.messages().is_empty());
        }

        async fn a_caregiver_without_the_refills_scope_cannot_ask_for_one(app, twilio, smtp) {
            let (p, b, csrf) = ana_on_her_caregivers_page(&app).await;
            let pid = p["id"].as_str().unwrap().to_string();
            let url = invite_marta(&b, &csrf, &twilio).await;
            let (c, _) = marta_accepts(&app, &twilio, &url).await;
            let page = c.get(&format!("/p/for/{pid}/messages")).await;
            let ccsrf = form_field(&page.text, "csrf").unwrap();
            let r = c
                .post_form(&format!("/p/for/{pid}/refills"), &[("csrf", &ccsrf), ("medication", "other"), ("other_medication", "Metformin"), ("pharmacy", "other"), ("other_pharmacy", "Walgreens")])
                .await;
            assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.text);
            assert!(app.get("/refills").await.json()["data"].as_array().unwrap().is_empty(), "nothing stored");
            assert!(smtp.messages().is_empty());
        }
    }
}
