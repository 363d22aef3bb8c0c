//! Deep links end to end: landing pages consume nothing, POST consumes once, and every way
//! a link can be wrong is refused without a session.

use crate::helpers::*;
use reqwest::StatusCode;
use serde_json::{Value, json};

async fn sign_in_link(app: &TestApp) -> (Value, String) {
    let p = app.maria().await;
    let l = app.link(json!({"patient_id": p["id"], "purpose": "sign_in"})).await;
    (p, l["url"].as_str().unwrap().to_string())
}

/// POST the link's form with a valid CSRF token but without fetching a fresh landing page
/// (for links the landing page already refuses).
async fn post_with_csrf(app: &TestApp, b: &Browser, url: &str, csrf: &str) -> Reply {
    let _ = app;
    b.post_form(url, &[("csrf", csrf)]).await
}

crate::backend_tests! {
    async fn the_landing_page_consumes_nothing_and_shows_no_health_details(app) {
        let p = app.maria().await;
        let a = app.appointment_for(p["id"].as_str().unwrap(), 30).await;
        let l = app.link(json!({"patient_id": p["id"], "purpose": "appointment", "subject_id": a["id"]})).await;
        let url = l["url"].as_str().unwrap();
        let scanner = app.browser();
        for _ in 0..3 {
            let r = scanner.get(url).await;
            assert_eq!(r.status, StatusCode::OK);
            assert!(r.text.contains("Lakeside Family Clinic"));
            assert!(r.text.contains("<button"));
            assert!(!r.text.contains("Dr. Herrera") && !r.text.contains("Suite 300") && !r.text.contains("Maria"), "no details before the button");
            assert_eq!(scanner.head(url).await.status, StatusCode::OK);
        }
        assert_eq!(app.get(&format!("/links/{}", l["id"].as_str().unwrap())).await.json()["status"], "active");
        assert_eq!(app.live_sessions(p["id"].as_str().unwrap()).await, 0);
        let r = app.browser().redeem(url).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(r.header("location").unwrap(), format!("/p/appointments/{}", a["id"].as_str().unwrap()));
    }

    async fn redeeming_starts_a_session_that_opens_the_page(app) {
        let p = app.maria().await;
        let a = app.appointment_for(p["id"].as_str().unwrap(), 30).await;
        let l = app.link(json!({"patient_id": p["id"], "purpose": "appointment", "subject_id": a["id"]})).await;
        let b = app.browser();
        let r = b.redeem(l["url"].as_str().unwrap()).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let cookie = r.headers.get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_string()).find(|c| c.starts_with("portico_session=")).unwrap();
        assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"), "{cookie}");
        assert_eq!(b.cookie("portico_session").unwrap().len(), 43);
        let page = b.get(r.header("location").unwrap()).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.text.contains("Suite 300"), "{}", page.text);
        assert!(page.text.contains("Dr. Herrera"));
        assert!(page.text.contains("tel:+13125550100"));
        assert_eq!(b.get("/p").await.status, StatusCode::OK);
        assert_eq!(app.live_sessions(p["id"].as_str().unwrap()).await, 1);
        assert_eq!(app.get(&format!("/links/{}", l["id"].as_str().unwrap())).await.json()["status"], "used");
        let audit = app.state.store.audit_events(Some(&app.clinic.id), 20).await.unwrap();
        let redeemed = audit.iter().find(|e| e.action == "link.redeemed").expect("a link.redeemed audit event");
        assert_eq!(redeemed.subject.as_deref(), l["id"].as_str());
        assert_eq!(redeemed.actor, format!("patient:{}", p["id"].as_str().unwrap()));
        assert_eq!(redeemed.detail.as_deref(), Some("appointment"));
        assert_eq!(redeemed.clinic_id.as_ref(), Some(&app.clinic.id));
    }

    async fn a_used_link_cannot_be_redeemed_again(app) {
        let (p, url) = sign_in_link(&app).await;
        let b = app.browser();
        let landing = b.get(&url).await;
        let csrf = form_field(&landing.text, "csrf").unwrap();
        assert_eq!(post_with_csrf(&app, &b, &url, &csrf).await.status, StatusCode::SEE_OTHER);
        let again = post_with_csrf(&app, &b, &url, &csrf).await;
        assert_eq!(again.status, StatusCode::GONE);
        assert!(says(&again.text, "es", "link-used-heading"), "in the patient's language");
        assert!(says(&again.text, "es", "link-send-new"));
        let landing = app.browser().get(&url).await;
        assert_eq!(landing.status, StatusCode::GONE);
        assert_eq!(app.live_sessions(p["id"].as_str().unwrap()).await, 1);
    }

    async fn fifty_concurrent_posts_of_one_token_give_exactly_one_303(app) {
        let (p, url) = sign_in_link(&app).await;
        let b = app.browser();
        let landing = b.get(&url).await;
        let csrf = form_field(&landing.text, "csrf").unwrap();
        let mut tasks = tokio::task::JoinSet::new();
        for _ in 0..50 {
            let b = b.clone();
            let url = url.clone();
            let csrf = csrf.clone();
            tasks.spawn(async move { b.post_form(&url, &[("csrf", &csrf)]).await.status });
        }
        let mut statuses = vec![];
        while let Some(s) = tasks.join_next().await {
            statuses.push(s.unwrap());
        }
        assert_eq!(statuses.iter().filter(|s| **s == StatusCode::SEE_OTHER).count(), 1, "{statuses:?}");
        assert_eq!(statuses.iter().filter(|s| **s == StatusCode::GONE).count(), 49, "{statuses:?}");
        assert_eq!(app.live_sessions(p["id"].as_str().unwrap()).await, 1);
    }

    async fn every_single_character_change_to_a_token_is_refused_without_a_session(app) {
        let (p, url) = sign_in_link(&app).await;
        let token = token_of(&url);
        let b = app.browser();
        let landing = b.get(&url).await;
        let csrf = form_field(&landing.text, "csrf").unwrap();
        let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let mut tried = 0;
        for i in 0..token.len() {
            // Three substitutions per position on the wire (all 63 are checked offline in
            // the token's unit test), plus a dropped and an added character.
            for &c in alphabet.iter().filter(|c| **c != token.as_bytes()[i]).step_by(21) {
                let mut t = token.clone().into_bytes();
                t[i] = c;
                let bad = format!("{}/l/{}", app.base, String::from_utf8(t).unwrap());
                let r = b.post_form(&bad, &[("csrf", &csrf)]).await;
                assert_eq!(r.status, StatusCode::NOT_FOUND, "position {i}");
                assert!(r.text.contains("This link does not work"));
                assert!(r.headers.get_all("set-cookie").iter().all(|v| !v.to_str().unwrap().starts_with("portico_session")));
                tried += 1;
            }
        }
        assert!(tried >= 3 * 43);
        for bad in [&token[..42], &format!("{token}A"), "", "%00"] {
            let r = b.post_form(&format!("{}/l/{bad}", app.base), &[("csrf", &csrf)]).await;
            assert!(r.status == StatusCode::NOT_FOUND || r.status == StatusCode::METHOD_NOT_ALLOWED, "{bad}: {}", r.status);
        }
        assert_eq!(app.live_sessions(p["id"].as_str().unwrap()).await, 0);
        assert_eq!(post_with_csrf(&app, &b, &url, &csrf).await.status, StatusCode::SEE_OTHER, "the real token still works");
    }

    async fn an_expired_link_is_refused_one_second_after_expiry(app) {
        let p = app.maria().await;
        let l = app.link(json!({"patient_id": p["id"], "purpose": "sign_in", "ttl_seconds": 600})).await;
        let url = l["url"].as_str().unwrap();
        let b = app.browser();
        let landing = b.get(url).await;
        let csrf = form_field(&landing.text, "csrf").unwrap();
        app.clock.advance(std::time::Duration::from_secs(601));
        let r = post_with_csrf(&app, &b, url, &csrf).await;
        assert_eq!(r.status, StatusCode::GONE);
        assert!(says(&r.text, "es", "link-expired-heading"));
        assert_eq!(b.get(url).await.status, StatusCode::GONE);
        assert_eq!(app.live_sessions(p["id"].as_str().unwrap()).await, 0);
        let audit = app.state.store.audit_events(Some(&app.clinic.id), 20).await.unwrap();
        assert!(audit.iter().any(|e| e.action == "link.refused" && e.detail.as_deref() == Some("LNK-EXPIRED")));
    }

    async fn a_revoked_link_is_refused(app) {
        let p = app.maria().await;
        let l = app.link(json!({"patient_id": p["id"], "purpose": "sign_in"})).await;
        let url = l["url"].as_str().unwrap();
        let b = app.browser();
        let csrf = form_field(&b.get(url).await.text, "csrf").unwrap();
        let r = app.post(&format!("/links/{}/revoke", l["id"].as_str().unwrap()), &json!({})).await;
        assert_eq!(r.status, StatusCode::OK);
        assert_eq!(r.json()["status"], "revoked");
        let r = post_with_csrf(&app, &b, url, &csrf).await;
        assert_eq!(r.status, StatusCode::GONE);
        assert!(says(&r.text, "es", "link-revoked-heading"));
        assert_eq!(app.live_sessions(p["id"].as_str().unwrap()).await, 0);
    }

    async fn a_superseded_link_is_refused_and_the_newer_one_works(app) {
        let p = app.maria().await;
        let old = app.link(json!({"patient_id": p["id"], "purpose": "sign_in"})).await;
        let b = app.browser();
        let csrf = form_field(&b.get(old["url"].as_str().unwrap()).await.text, "csrf").unwrap();
        let new = app.link(json!({"patient_id": p["id"], "purpose": "sign_in"})).await;
        let r = post_with_csrf(&app, &b, old["url"].as_str().unwrap(), &csrf).await;
        assert_eq!(r.status, StatusCode::GONE);
        assert_eq!(app.get(&format!("/links/{}", old["id"].as_str().unwrap())).await.json()["status"], "superseded");
        assert_eq!(app.live_sessions(p["id"].as_str().unwrap()).await, 0);
        assert_eq!(app.browser().redeem(new["url"].as_str().unwrap()).await.status, StatusCode::SEE_OTHER);
    }

    async fn a_post_without_csrf_or_from_another_origin_is_refused(app) {
        let (p, url) = sign_in_link(&app).await;
        let b = app.browser();
        let landing = b.get(&url).await;
        let csrf = form_field(&landing.text, "csrf").unwrap();
        // No token.
        assert_eq!(b.post_form(&url, &[]).await.status, StatusCode::FORBIDDEN);
        // A token for another seed (another browser's page).
        let other = app.browser();
        let other_csrf = form_field(&other.get(&url).await.text, "csrf").unwrap();
        assert_eq!(b.post_form(&url, &[("csrf", &other_csrf)]).await.status, StatusCode::FORBIDDEN);
        // No cookie.
        let r = app.client.post(&url).header("origin", &app.base).form(&[("csrf", &csrf)]).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::FORBIDDEN);
        // Another site's form.
        let r = app.client.post(&url).header("origin", "https://evil.example").header("cookie", format!("portico_csrf={}", b.cookie("portico_csrf").unwrap()))
            .form(&[("csrf", &csrf)]).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::FORBIDDEN);
        assert_eq!(app.live_sessions(p["id"].as_str().unwrap()).await, 0);
        assert_eq!(b.post_form(&url, &[("csrf", &csrf)]).await.status, StatusCode::SEE_OTHER, "the link survived the attempts");
    }

    async fn a_token_signed_before_rotation_works_until_its_key_is_retired(app) {
        let p = app.maria().await;
        let keys = app.db.dir.path().join("portico.keys");
        let cli = |args: &[&str]| {
            let out = std::process::Command::new(env!("CARGO_BIN_EXE_portico")).args(args).env("PORTICO_KEYS_FILE", &keys).env("RUST_LOG", "warn").output().unwrap();
            assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
            String::from_utf8(out.stdout).unwrap()
        };
        let before = app.link(json!({"patient_id": p["id"], "purpose": "sign_in"})).await;
        let before_b = app.link(json!({"patient_id": p["id"], "purpose": "thread"})).await;
        assert!(cli(&["keys", "rotate"]).contains("k2"));
        let list = cli(&["keys", "list"]);
        assert!(list.contains("k1") && list.contains("k2") && list.contains("signing") && list.contains("verifying"), "{list}");
        let after = app.link(json!({"patient_id": p["id"], "purpose": "appointment", "subject_id": app.appointment_for(p["id"].as_str().unwrap(), 30).await["id"]})).await;
        assert_eq!(app.browser().redeem(before["url"].as_str().unwrap()).await.status, StatusCode::SEE_OTHER, "old key still verifies");
        cli(&["keys", "retire", "k1"]);
        let r = app.browser().get(before_b["url"].as_str().unwrap()).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "a retired key's tokens stop at once");
        assert!(r.text.contains("LNK-KEY"));
        assert_eq!(app.browser().redeem(after["url"].as_str().unwrap()).await.status, StatusCode::SEE_OTHER, "the new key signs and verifies");
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_portico")).args(["keys", "retire", "k2"]).env("PORTICO_KEYS_FILE", &keys).output().unwrap();
        assert!(!out.status.success(), "the last active key cannot be retired");
    }

    async fn an_expired_link_offers_a_fresh_one_sent_to_the_contact_on_file(app) {
        let p = app.maria().await;
        let a = app.appointment_for(p["id"].as_str().unwrap(), 30).await;
        let l = app.link(json!({"patient_id": p["id"], "purpose": "appointment", "subject_id": a["id"], "ttl_seconds": 60})).await;
        app.clock.advance(std::time::Duration::from_secs(120));
        let b = app.browser();
        let refused = b.get(l["url"].as_str().unwrap()).await;
        assert_eq!(refused.status, StatusCode::GONE);
        let action = form_action(&refused.text).unwrap();
        assert!(action.ends_with("/renew"));
        let csrf = form_field(&refused.text, "csrf").unwrap();
        let r = b.post_form(&action, &[("csrf", &csrf)]).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        assert!(r.text.contains("on its way"));
        assert!(!r.text.contains("312555"), "the page does not reveal the number");
        app.drain().await;
        let outbox = app.outbox().await;
        assert_eq!(outbox.len(), 1);
        assert_eq!(outbox[0]["to"], "+13125550142");
        let body = outbox[0]["body"].as_str().unwrap();
        let fresh = body.split_whitespace().find(|w| w.contains("/l/")).unwrap();
        let r = app.browser().redeem(fresh).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(r.header("location").unwrap(), format!("/p/appointments/{}", a["id"].as_str().unwrap()));
        // Renewals are limited per patient; the answer stays the same.
        for _ in 0..5 {
            let r = b.post_form(&action, &[("csrf", &csrf)]).await;
            assert_eq!(r.status, StatusCode::OK);
        }
        app.drain().await;
        assert_eq!(app.outbox().await.len(), 3, "at most three renewals an hour");
    }

    async fn a_tampered_link_offers_a_request_form_that_reveals_nothing(app) {
        let (_p, url) = sign_in_link(&app).await;
        let mut bad = url.clone();
        bad.pop();
        bad.push(if url.ends_with('A') { 'B' } else { 'A' });
        let b = app.browser();
        let page = b.get(&bad).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND);
        assert_eq!(form_action(&page.text).unwrap(), "/l/request");
        let csrf = form_field(&page.text, "csrf").unwrap();
        let known = b.post_form("/l/request", &[("csrf", &csrf), ("contact", "+1 312 555 0142")]).await;
        let unknown = b.post_form("/l/request", &[("csrf", &csrf), ("contact", "+1 312 555 0999")]).await;
        assert_eq!(known.status, StatusCode::OK);
        assert_eq!(known.text, unknown.text, "the same answer whether or not the number is on file");
        let bad_format = b.post_form("/l/request", &[("csrf", &csrf), ("contact", "hello")]).await;
        assert_eq!(bad_format.status, StatusCode::UNPROCESSABLE_ENTITY);
        // Sending happens after the answer.
        let mut outbox = vec![];
        for _ in 0..50 {
            app.drain().await;
            outbox = app.outbox().await;
            if !outbox.is_empty() {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        assert_eq!(outbox.len(), 1, "{outbox:?}");
        assert_eq!(outbox[0]["to"], "+13125550142");
        let fresh = outbox[0]["body"].as_str().unwrap().split_whitespace().find(|w| w.contains("/l/")).unwrap();
        assert_eq!(app.browser().redeem(fresh).await.status, StatusCode::SEE_OTHER);
        assert_eq!(b.post_form("/l/request", &[("contact", "+1 312 555 0142")]).await.status, StatusCode::FORBIDDEN, "CSRF applies here too");
    }

    async fn a_session_sees_only_its_own_patients_pages(app) {
        let p = app.maria().await;
        let q = app.create_patient(json!({"name": "James Carter", "phone": "+13125550177"})).await;
        let theirs = app.appointment_for(q["id"].as_str().unwrap(), 30).await;
        let l = app.link(json!({"patient_id": p["id"], "purpose": "sign_in"})).await;
        let b = app.browser();
        assert_eq!(b.redeem(l["url"].as_str().unwrap()).await.status, StatusCode::SEE_OTHER);
        assert_eq!(b.get(&format!("/p/appointments/{}", theirs["id"].as_str().unwrap())).await.status, StatusCode::NOT_FOUND);
        assert_eq!(b.get(&format!("/p/threads/{}", q["thread_id"].as_str().unwrap())).await.status, StatusCode::NOT_FOUND);
        assert_eq!(b.get(&format!("/p/threads/{}", p["thread_id"].as_str().unwrap())).await.status, StatusCode::OK);
        assert_eq!(app.browser().get("/p").await.status, StatusCode::UNAUTHORIZED, "no cookie, no page");
    }

    async fn a_link_session_idles_out_and_signing_out_ends_it(app) {
        let (p, url) = sign_in_link(&app).await;
        let b = app.browser();
        assert_eq!(b.redeem(&url).await.status, StatusCode::SEE_OTHER);
        let home = b.get("/p").await;
        assert_eq!(home.status, StatusCode::OK);
        app.clock.advance(std::time::Duration::from_secs(16 * 60));
        assert_eq!(b.get("/p").await.status, StatusCode::UNAUTHORIZED, "15 minutes idle ends a link session");
        let l = app.link(json!({"patient_id": p["id"], "purpose": "sign_in"})).await;
        let b = app.browser();
        assert_eq!(b.redeem(l["url"].as_str().unwrap()).await.status, StatusCode::SEE_OTHER);
        let home = b.get("/p").await;
        let csrf = form_field(&home.text, "csrf").unwrap();
        assert_eq!(b.post_form("/p/sign-out", &[("csrf", "forged")]).await.status, StatusCode::FORBIDDEN);
        assert_eq!(b.get("/p").await.status, StatusCode::OK);
        let out = b.post_form("/p/sign-out", &[("csrf", &csrf)]).await;
        assert_eq!(out.status, StatusCode::OK);
        assert_eq!(b.get("/p").await.status, StatusCode::UNAUTHORIZED);
        assert_eq!(app.live_sessions(p["id"].as_str().unwrap()).await, 0);
    }
}

mod appointment_page {
    use super::*;

    /// Redeem an appointment link and return the browser and the page.
    async fn open(app: &TestApp, hours_ahead: i64) -> (Value, Value, Browser, Reply) {
        let p = app.maria().await;
        let a = app.appointment_for(p["id"].as_str().unwrap(), hours_ahead).await;
        let l = app.link(json!({"patient_id": p["id"], "purpose": "appointment", "subject_id": a["id"]})).await;
        let b = app.browser();
        let r = b.redeem(l["url"].as_str().unwrap()).await;
        let page = b.get(r.header("location").unwrap()).await;
        assert_eq!(page.status, StatusCode::OK);
        (p, a, b, page)
    }

    fn action(page: &str, suffix: &str) -> String {
        let needle = format!("/{suffix}\"");
        let end = page.find(&needle).unwrap_or_else(|| panic!("no {suffix} form in {page}")) + suffix.len() + 1;
        let start = page[..end].rfind("action=\"").unwrap() + "action=\"".len();
        page[start..end].to_string()
    }

    crate::backend_tests! {
        async fn the_page_says_what_to_bring_as_the_clinic_wrote_it(app) {
            let (p, a, b, page) = open(&app, 30).await;
            assert!(says(&page.text, "es", "appointment-bring-default"), "general advice until the clinic writes its own");
            let aid = a["id"].as_str().unwrap();
            let r = app.patch(&format!("/appointments/{aid}"), &json!({"bring": "Fast for 8 hours & bring your glucose log"})).await;
            assert_eq!(r.status, StatusCode::OK, "{}", r.text);
            assert_eq!(r.json()["bring"], "Fast for 8 hours & bring your glucose log");
            let page = b.get(&format!("/p/appointments/{aid}")).await;
            assert!(page.text.contains("Fast for 8 hours &#38; bring your glucose log"), "{}", page.text);
            let r = app
                .post("/appointments", &json!({"patient_id": p["id"], "starts_at": "2030-03-09T15:00:00Z", "bring": "x".repeat(201)}))
                .await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
            assert_eq!(r.json()["error"]["field"], "bring");
        }

        async fn a_patient_confirms_with_one_tap_and_the_clinic_sees_it(app) {
            let (_, a, b, page) = open(&app, 30).await;
            let csrf = form_field(&page.text, "csrf").unwrap();
            let r = b.post_form(&action(&page.text, "confirm"), &[("csrf", &csrf)]).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER);
            let after = b.get(r.header("location").unwrap()).await;
            assert!(says(&after.text, "es", "appointment-done-confirmed"), "{}", after.text);
            assert!(!after.text.contains("/confirm\""), "no second confirm button");
            assert_eq!(app.get(&format!("/appointments/{}", a["id"].as_str().unwrap())).await.json()["status"], "confirmed");
        }

        async fn a_patient_cancels_with_a_reason_and_pending_reminders_stop(app) {
            let p = app.maria().await;
            let starts = app.clock_now() + jiff::SignedDuration::from_hours(80);
            let a = app.post("/appointments", &json!({"patient_id": p["id"], "starts_at": starts.to_string()})).await.json();
            let l = app.link(json!({"patient_id": p["id"], "purpose": "appointment", "subject_id": a["id"]})).await;
            let b = app.browser();
            let r = b.redeem(l["url"].as_str().unwrap()).await;
            let page = b.get(r.header("location").unwrap()).await;
            let csrf = form_field(&page.text, "csrf").unwrap();
            let r = b.post_form(&action(&page.text, "cancel"), &[("csrf", &csrf), ("reason", "transport")]).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER);
            let got = app.get(&format!("/appointments/{}", a["id"].as_str().unwrap())).await.json();
            assert_eq!(got["status"], "cancelled");
            assert_eq!(got["cancel_reason"], "patient: no transport");
            // The care team hears of it in the conversation, with the reason, to offer another time.
            let thread = app.get(&format!("/patients/{}/messages", p["id"].as_str().unwrap())).await.json();
            let last = thread["data"].as_array().unwrap().last().unwrap().clone();
            assert!(last["body"].as_str().unwrap().ends_with("reason: no transport."), "{last}");
            let log = app.get(&format!("/patients/{}/deliveries", p["id"].as_str().unwrap())).await.json();
            assert!(log["data"].as_array().unwrap().iter().all(|d| d["status"] == "dropped"), "{log}");
            app.clock.advance(std::time::Duration::from_secs(79 * 3600));
            app.drain().await;
            assert!(app.outbox().await.is_empty(), "no reminder, and no notice of what the patient just did");
        }

        async fn asking_for_another_time_reaches_the_care_team(app) {
            let (p, a, b, page) = open(&app, 30).await;
            let csrf = form_field(&page.text, "csrf").unwrap();
            let r = b.post_form(&action(&page.text, "reschedule"), &[("csrf", &csrf), ("note", "mornings <please>")]).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER);
            let thread = app.get(&format!("/patients/{}/messages", p["id"].as_str().unwrap())).await.json();
            let body = thread["data"][0]["body"].as_str().unwrap();
            assert!(body.contains("Reschedule request") && body.contains(a["id"].as_str().unwrap()) && body.contains("mornings <please>"), "{body}");
            assert_eq!(thread["data"][0]["author"], "patient");
            assert_eq!(app.get(&format!("/appointments/{}", a["id"].as_str().unwrap())).await.json()["status"], "scheduled");
        }

        async fn the_calendar_file_speaks_the_patients_language(app) {
            // Maria reads Spanish.
            let (_, a, b, page) = open(&app, 30).await;
            let ics = b.get(&format!("/p/appointments/{}/calendar.ics", a["id"].as_str().unwrap())).await;
            assert_eq!(ics.status, StatusCode::OK);
            let es = portico::i18n::Lang::from_tag("es").unwrap();
            // Long lines are folded (RFC 5545 §3.1): unfold before reading.
            let text = ics.text.replace("\r\n ", "");
            let summary = es.f1("calendar-summary", "clinic", "Lakeside Family Clinic");
            assert!(text.contains(&format!("\r\nSUMMARY;LANGUAGE=es:{summary}\r\n")), "{text}");
            assert_eq!(summary, "Cita en Lakeside Family Clinic");
            let description = text.lines().find(|l| l.starts_with("DESCRIPTION;LANGUAGE=es:")).expect("a description");
            assert!(description.contains(&format!("{}: Dr. Herrera", es.t("appointment-with"))), "{description}");
            assert!(description.contains(&es.t("appointment-bring")) && description.contains("(312) 555-0100"), "{description}");
            assert!(!text.contains("Appointment at"), "no English left: {text}");
            assert!(ics.text.split("\r\n").all(|l| l.len() <= 75), "no line over 75 octets: {}", ics.text);
            // The page shows the clinic's number as the patient dials it, and the link dials E.164.
            assert!(page.text.contains("<a href=\"tel:+13125550100\" dir=\"ltr\">(312) 555-0100</a>"), "{}", page.text);
            // A patient who reads English gets English.
            let q = app.create_patient(json!({"name": "James Carter", "phone": "+13125550177", "language": "en"})).await;
            let theirs = app.appointment_for(q["id"].as_str().unwrap(), 30).await;
            let l = app.link(json!({"patient_id": q["id"], "purpose": "appointment", "subject_id": theirs["id"]})).await;
            let b = app.browser();
            b.redeem(l["url"].as_str().unwrap()).await;
            let ics = b.get(&format!("/p/appointments/{}/calendar.ics", theirs["id"].as_str().unwrap())).await;
            assert!(ics.text.replace("\r\n ", "").contains("SUMMARY;LANGUAGE=en:Appointment at Lakeside Family Clinic"), "{}", ics.text);
        }

        async fn the_calendar_file_and_the_forms_are_guarded(app) {
            let (_, a, b, page) = open(&app, 30).await;
            let id = a["id"].as_str().unwrap();
            let ics = b.get(&format!("/p/appointments/{id}/calendar.ics")).await;
            assert_eq!(ics.status, StatusCode::OK);
            assert!(ics.header("content-type").unwrap().starts_with("text/calendar"));
            assert!(ics.text.contains("BEGIN:VEVENT") && ics.text.contains("LOCATION:Suite 300") && ics.text.contains(&format!("UID:{id}@portico")));
            assert!(ics.text.contains("DTSTART:") && ics.text.contains("\r\n"));
            assert!(page.text.contains("tel:+13125550100") && page.text.contains("openstreetmap.org/search?query=Suite%20300"));
            assert_eq!(b.post_form(&action(&page.text, "confirm"), &[("csrf", "forged")]).await.status, StatusCode::FORBIDDEN);
            assert_eq!(app.browser().get(&format!("/p/appointments/{id}/calendar.ics")).await.status, StatusCode::UNAUTHORIZED);
            let r = app.client.post(app.url(&format!("/p/appointments/{id}/confirm"))).header("origin", "https://evil.example")
                .header("cookie", format!("portico_session={}; portico_csrf={}", b.cookie("portico_session").unwrap(), b.cookie("portico_csrf").unwrap()))
                .form(&[("csrf", form_field(&page.text, "csrf").unwrap())]).send().await.unwrap();
            assert_eq!(r.status(), StatusCode::FORBIDDEN);
            assert_eq!(app.get(&format!("/appointments/{id}")).await.json()["status"], "scheduled");
            // Another patient's appointment is not reachable from this session.
            let q = app.create_patient(json!({"name": "James Carter", "phone": "+13125550177"})).await;
            let theirs = app.appointment_for(q["id"].as_str().unwrap(), 30).await;
            let csrf = form_field(&page.text, "csrf").unwrap();
            let r = b.post_form(&format!("/p/appointments/{}/cancel", theirs["id"].as_str().unwrap()), &[("csrf", &csrf)]).await;
            assert_eq!(r.status, StatusCode::NOT_FOUND);
            assert_eq!(app.get(&format!("/appointments/{}", theirs["id"].as_str().unwrap())).await.json()["status"], "scheduled");
        }
    }
}
