//! Patient pages beyond the link: refills, settings (with a change of phone), and the language
//! of every page, in every locale.

use crate::helpers::*;
use portico::i18n::Lang;
use reqwest::StatusCode;
use serde_json::{Value, json};

/// Maria (Spanish, SMS first, email second) in a stepped-up session that has landed on `next`.
async fn stepped_up(app: &TestApp, p: &Value, purpose: &str, subject: Option<&str>) -> (Browser, String) {
    let mut body = json!({"patient_id": p["id"], "purpose": purpose});
    if let Some(s) = subject {
        body["subject_id"] = json!(s);
    }
    let l = app.link(body).await;
    let b = app.browser();
    let r = b.redeem(l["url"].as_str().unwrap()).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let next = r.header("location").unwrap().to_string();
    let gate = b.get(&next).await;
    let csrf = form_field(&gate.text, "csrf").expect("step-up form");
    let sent = b.post_form("/p/verify/send", &[("csrf", &csrf), ("next", &next)]).await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.text);
    let code = last_code(&app.outbox().await);
    let r = b.post_form("/p/verify/code", &[("csrf", &csrf), ("next", &next), ("code", &code)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
    (b, next)
}

fn last_code(outbox: &[Value]) -> String {
    let body = outbox.last().unwrap()["body"].as_str().unwrap();
    body.split(|c: char| !c.is_ascii_digit()).find(|w| w.len() == 6).unwrap().to_string()
}

/// A path as the switcher writes it in `next=` (every non-alphanumeric byte escaped).
fn percent(path: &str) -> String {
    path.bytes()
        .map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}

fn id(v: &Value) -> &str {
    v["id"].as_str().unwrap()
}

crate::backend_tests! {
    async fn a_patient_asks_for_a_refill_and_follows_it_to_the_pharmacy(app) {
        let p = app.maria().await;
        let med = app.post(&format!("/patients/{}/medications", id(&p)), &json!({"name": "Metformin 500 mg", "instructions": "twice a day"})).await;
        assert_eq!(med.status, StatusCode::CREATED, "{}", med.text);
        let med = med.json();
        let (b, _) = stepped_up(&app, &p, "sign_in", None).await;
        let page = b.get("/p/refills").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.text.contains("Metformin 500 mg") && says(&page.text, "es", "refills-heading"), "{}", page.text);
        let csrf = form_field(&page.text, "csrf").unwrap();
        let r = b
            .post_form("/p/refills", &[("csrf", &csrf), ("medication", id(&med)), ("pharmacy", "other"), ("other_pharmacy", "Walgreens, 5th Ave"), ("note", "Running low")])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        let shown = b.get(r.header("location").unwrap()).await;
        assert!(says(&shown.text, "es", "refills-sent") && says(&shown.text, "es", "refill-status-received"), "{}", shown.text);

        let list = app.get(&format!("/refills?patient_id={}&status=received", id(&p))).await.json();
        let refill = list["data"][0].clone();
        assert_eq!(refill["medication"], "Metformin 500 mg");
        assert_eq!(refill["medication_id"], med["id"]);
        assert_eq!(refill["pharmacy"], "Walgreens, 5th Ave");
        assert_eq!(refill["note"], "Running low");
        // It reaches the care team's inbox too, owed a reply by the refill promise.
        let thread = app.get(&format!("/patients/{}/messages", id(&p))).await.json();
        let last = thread["data"].as_array().unwrap().last().unwrap().clone();
        assert_eq!(last["author"], "patient");
        assert!(last["body"].as_str().unwrap().starts_with("Refill request: Metformin 500 mg (pharmacy: Walgreens, 5th Ave;"), "{last}");
        let tid = portico::domain::ThreadId::parse(p["thread_id"].as_str().unwrap()).unwrap();
        let clock = app.state.store.reply_clock(&app.clinic.id, &tid).await.unwrap().unwrap();
        assert_eq!((clock.category, clock.running()), (portico::domain::ReplyCategory::Refill, true));

        // The clinic moves it on: the patient is told, without the medicine's name.
        let before = app.outbox().await.len();
        let r = app.post(&format!("/refills/{}/status", id(&refill)), &json!({"status": "in_review", "note": "Dr. Okafor is reviewing"})).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        assert!(r.json()["notice_delivery_id"].is_string());
        app.drain().await;
        let outbox = app.outbox().await;
        assert_eq!(outbox.len(), before + 1);
        let notice = outbox.last().unwrap();
        assert_eq!(notice["to"], "+13125550142");
        let body = notice["body"].as_str().unwrap();
        assert!(body.contains("/l/") && !body.contains("Metformin"), "{body}");
        let page = b.get(&format!("/p/refills/{}", id(&refill))).await;
        assert!(page.text.contains("Dr. Okafor is reviewing") && says(&page.text, "es", "refill-status-in-review"));

        // Needs a visit: one tap asks the care team, through the thread.
        let r = app.post(&format!("/refills/{}/status", id(&refill)), &json!({"status": "needs_visit"})).await;
        assert_eq!(r.json()["timeline"].as_array().unwrap().len(), 3);
        let page = b.get(&format!("/p/refills/{}", id(&refill))).await;
        let csrf = form_field(&page.text, "csrf").unwrap();
        let r = b.post_form(&format!("/p/refills/{}/visit", id(&refill)), &[("csrf", &csrf)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let thread = app.get(&format!("/patients/{}/messages", id(&p))).await.json();
        assert!(thread["data"].as_array().unwrap().iter().any(|m| m["body"].as_str().unwrap().contains("Visit request")), "{thread}");

        let r = app.post(&format!("/refills/{}/status", id(&refill)), &json!({"status": "sent_to_pharmacy"})).await;
        assert_eq!(r.json()["status"], "sent_to_pharmacy");
        // Final: nothing moves it back, and bad input changes nothing.
        let r = app.post(&format!("/refills/{}/status", id(&refill)), &json!({"status": "in_review"})).await;
        assert_eq!(r.status, StatusCode::CONFLICT);
        let r = app.post(&format!("/refills/{}/status", id(&refill)), &json!({"status": "shipped"})).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(app.get(&format!("/refills/{}", id(&refill))).await.json()["status"], "sent_to_pharmacy");
    }

    async fn refills_are_behind_step_up_and_only_the_patients_own(app) {
        let p = app.maria().await;
        let other = app.create_patient(json!({"name": "James Carter", "phone": "+13125550177", "email": "james@example.org"})).await;
        let med = app.post(&format!("/patients/{}/medications", id(&other)), &json!({"name": "Lisinopril 10 mg"})).await.json();
        // A link session that has not stepped up sees the step-up page, not medicines.
        let l = app.link(json!({"patient_id": p["id"], "purpose": "sign_in"})).await;
        let b = app.browser();
        b.redeem(l["url"].as_str().unwrap()).await;
        let gate = b.get("/p/refills").await;
        assert!(says(&gate.text, "es", "step-up-heading"));
        let (b, _) = stepped_up(&app, &p, "sign_in", None).await;
        let page = b.get("/p/refills").await;
        assert!(!page.text.contains("Lisinopril"), "another patient's medicine");
        let csrf = form_field(&page.text, "csrf").unwrap();
        // Picking another patient's medicine is refused, and so is an empty request.
        let r = b.post_form("/p/refills", &[("csrf", &csrf), ("medication", id(&med)), ("pharmacy", "other"), ("other_pharmacy", "CVS")]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        let r = b.post_form("/p/refills", &[("csrf", &csrf), ("medication", "other"), ("pharmacy", "other")]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        let r = b.post_form("/p/refills", &[("csrf", "forged"), ("medication", "other"), ("other_medication", "X"), ("pharmacy", "other"), ("other_pharmacy", "CVS")]).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        assert_eq!(app.get("/refills").await.json()["data"].as_array().unwrap().len(), 0, "nothing stored");
        // Another patient's request is "not found".
        let (ob, _) = stepped_up(&app, &other, "sign_in", None).await;
        let op = ob.get("/p/refills").await;
        let csrf = form_field(&op.text, "csrf").unwrap();
        let r = ob.post_form("/p/refills", &[("csrf", &csrf), ("medication", id(&med)), ("pharmacy", "other"), ("other_pharmacy", "CVS")]).await;
        let theirs = r.header("location").unwrap().split('?').next().unwrap().to_string();
        assert_eq!(b.get(&theirs).await.status, StatusCode::NOT_FOUND);
        // The API refuses bad input without storing anything.
        let r = app.post(&format!("/patients/{}/medications", id(&p)), &json!({"name": ""})).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        let r = app.get("/refills?status=lost").await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        let r = app.patch(&format!("/medications/{}", id(&med)), &json!({"active": false})).await;
        assert_eq!(r.status, StatusCode::OK);
        assert_eq!(app.get(&format!("/patients/{}/medications", id(&other))).await.json()["data"][0]["active"], false);
    }

    async fn settings_offer_reminders_by_both_sms_and_email(app) {
        let p = app.maria().await;
        let (b, _) = stepped_up(&app, &p, "settings", None).await;
        let page = b.get("/p/settings").await;
        assert!(page.text.contains("value=\"both\""), "the choice is offered: {}", page.text);
        let csrf = form_field(&page.text, "csrf").unwrap();
        let r = b.post_form("/p/settings", &[("csrf", &csrf), ("language", "es"), ("channels", "both"), ("allow_sms", "1"), ("allow_email", "1")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        let api = app.get(&format!("/patients/{}", id(&p))).await.json();
        assert_eq!(api["reminders_on_every_channel"], true);
        assert_eq!(api["channels"], json!(["sms", "email"]));
        let after = b.get(r.header("location").unwrap()).await;
        assert!(after.text.contains("value=\"both\" checked"), "the page shows the choice: {}", after.text);
        // With SMS unticked, "both" is just email.
        let csrf = form_field(&after.text, "csrf").unwrap();
        b.post_form("/p/settings", &[("csrf", &csrf), ("language", "es"), ("channels", "both"), ("allow_email", "1")]).await;
        let api = app.get(&format!("/patients/{}", id(&p))).await.json();
        assert_eq!((api["reminders_on_every_channel"].as_bool(), api["channels"].clone()), (Some(false), json!(["email"])));
    }

    async fn settings_change_language_channels_quiet_hours_and_opt_out(app) {
        let p = app.maria().await;
        let (b, _) = stepped_up(&app, &p, "settings", None).await;
        let page = b.get("/p/settings").await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.text);
        assert!(says(&page.text, "es", "settings-heading"));
        let csrf = form_field(&page.text, "csrf").unwrap();
        let r = b
            .post_form("/p/settings", &[("csrf", &csrf), ("language", "fr"), ("channels", "email_first"), ("quiet_from", "22:00"), ("quiet_until", "07:30"), ("allow_email", "1")])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        let after = b.get(r.header("location").unwrap()).await;
        assert!(says(&after.text, "fr", "settings-saved"), "the page now speaks French: {}", after.text);
        assert!(after.text.contains("value=\"22:00\"") && after.text.contains("value=\"07:30\""));
        let api = app.get(&format!("/patients/{}", id(&p))).await.json();
        assert_eq!(api["language"], "fr");
        assert_eq!(api["channels"], json!(["email"]), "SMS unticked: email only");
        assert_eq!(api["contact_status"]["sms"], "opted_out");
        // Messages now go by email, in French.
        app.post(&format!("/patients/{}/messages", id(&p)), &json!({"body": "Hello", "sender": "Dr. Okafor", "urgent": true})).await;
        app.drain().await;
        let last = app.outbox().await.last().unwrap().clone();
        assert_eq!(last["to"], "maria@example.org");
        assert!(last["subject"].as_str().unwrap().contains("nouveau message"), "{last}");
        // Ticking SMS again opts back in; an impossible quiet-hours pair changes nothing.
        let csrf = form_field(&after.text, "csrf").unwrap();
        let r = b.post_form("/p/settings", &[("csrf", &csrf), ("language", "fr"), ("channels", "sms_first"), ("allow_sms", "1"), ("allow_email", "1")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let api = app.get(&format!("/patients/{}", id(&p))).await.json();
        assert_eq!(api["channels"], json!(["sms", "email"]));
        assert_eq!(api["contact_status"]["sms"], "ok");
        let r = b.post_form("/p/settings", &[("csrf", &csrf), ("language", "fr"), ("channels", "sms_first"), ("quiet_from", "22:00"), ("allow_sms", "1")]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        let r = b.post_form("/p/settings", &[("csrf", &csrf), ("language", "xx"), ("channels", "sms_first"), ("allow_sms", "1")]).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST);
        let r = b.post_form("/p/settings", &[("csrf", &csrf), ("language", "fr"), ("channels", "sms_first")]).await;
        assert!(says(&r.text, "fr", "settings-channels-invalid"), "nothing allowed at all is refused");
        assert_eq!(app.get(&format!("/patients/{}", id(&p))).await.json()["channels"], json!(["sms", "email"]), "unchanged");
    }

    async fn a_new_phone_counts_only_after_its_code_and_the_old_one_is_told(app) {
        let p = app.maria().await;
        let (b, _) = stepped_up(&app, &p, "settings", None).await;
        let page = b.get("/p/settings").await;
        let csrf = form_field(&page.text, "csrf").unwrap();
        let r = b.post_form("/p/settings/contact", &[("csrf", &csrf), ("kind", "phone"), ("value", "not a phone")]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        let r = b.post_form("/p/settings/contact", &[("csrf", &csrf), ("kind", "phone"), ("value", "+13125550199")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        let outbox = app.outbox().await;
        assert_eq!(outbox.last().unwrap()["to"], "+13125550199", "the code goes to the new number");
        let code = last_code(&outbox);
        assert_eq!(app.get(&format!("/patients/{}", id(&p))).await.json()["phone"], "+13125550142", "not yet");
        let wrong = if code == "000000" { "111111" } else { "000000" };
        let r = b.post_form("/p/settings/contact/confirm", &[("csrf", &csrf), ("code", wrong)]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        let r = b.post_form("/p/settings/contact/confirm", &[("csrf", &csrf), ("code", &code)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        assert_eq!(app.get(&format!("/patients/{}", id(&p))).await.json()["phone"], "+13125550199");
        let outbox = app.outbox().await;
        let told = outbox.last().unwrap();
        assert_eq!(told["to"], "+13125550142", "the old number is told");
        assert!(told["body"].as_str().unwrap().contains("(312) 555-0100"), "with the clinic's number, as the patient dials it: {told}");
        // The code works once.
        let r = b.post_form("/p/settings/contact/confirm", &[("csrf", &csrf), ("code", &code)]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        // Email the same way: the code to the new address, the notice to the old one.
        let r = b.post_form("/p/settings/contact", &[("csrf", &csrf), ("kind", "email"), ("value", "maria.lopez@example.net")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        let outbox = app.outbox().await;
        assert_eq!(outbox.last().unwrap()["to"], "maria.lopez@example.net");
        let code = last_code(&outbox);
        let r = b.post_form("/p/settings/contact/confirm", &[("csrf", &csrf), ("code", &code)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        assert_eq!(app.get(&format!("/patients/{}", id(&p))).await.json()["email"], "maria.lopez@example.net");
        let told = app.outbox().await.last().unwrap().clone();
        assert_eq!(told["to"], "maria@example.org", "the old address is told");
        let es = Lang::from_tag("es").unwrap();
        assert_eq!(told["subject"], es.f1("email-subject-contact-changed", "clinic", "Lakeside Family Clinic"), "in her language");
    }

    async fn every_page_speaks_every_language_with_a_switcher_and_fits_the_budget(app) {
        let p = app.maria().await;
        let a = app.appointment_for(id(&p), 30).await;
        let l = app.link(json!({"patient_id": p["id"], "purpose": "appointment", "subject_id": a["id"]})).await;
        let landing_url = l["url"].as_str().unwrap().to_string();
        let landing_path = format!("/l/{}", token_of(&landing_url));
        let med = app.post(&format!("/patients/{}/medications", id(&p)), &json!({"name": "Metformin 500 mg"})).await.json();
        let (b, _) = stepped_up(&app, &p, "sign_in", None).await;
        let csrf = form_field(&b.get("/p/refills").await.text, "csrf").unwrap();
        let r = b.post_form("/p/refills", &[("csrf", &csrf), ("medication", id(&med)), ("pharmacy", "other"), ("other_pharmacy", "CVS")]).await;
        let refill = r.header("location").unwrap().split('?').next().unwrap().to_string();
        let css = app.browser().get("/static/portico.css").await.text.len();
        let pages = [
            landing_path.clone(),
            "/p".to_string(),
            format!("/p/appointments/{}", id(&a)),
            format!("/p/threads/{}", p["thread_id"].as_str().unwrap()),
            "/p/refills".to_string(),
            refill,
            "/p/settings".to_string(),
            "/l/not-a-real-token".to_string(),
            "/c".to_string(),
        ];
        for lang in Lang::all() {
            let code = lang.code();
            let r = b.get(&format!("/lang/{code}?next={}", "/p")).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER);
            assert_eq!(r.header("location"), Some("/p"));
            for path in &pages {
                let page = b.get(path).await;
                assert!(page.status == StatusCode::OK || path.contains("not-a-real"), "{code} {path}: {}", page.status);
                let html = &page.text;
                assert!(html.contains(&format!("<html lang=\"{code}\" dir=\"{}\">", lang.dir())), "{code} {path}");
                assert!(!html.contains("{ $") && !html.contains("-heading<"), "{code} {path}: an untranslated id");
                assert!(html.contains(&format!("next={}\"", percent(path))), "{code} {path}: the switch comes back here");
                for other in Lang::all() {
                    assert!(html.contains(&format!("lang=\"{}\"", other.code())), "{code} {path}: switcher lacks {}", other.code());
                }
                assert_security_headers(&page, &format!("{code} {path}"));
                assert_eq!(page.header("cache-control"), Some("no-store"), "{code} {path}");
                assert!(html.len() + css < 30 * 1024, "{code} {path}: {} bytes with CSS, over 30 KB even before compression", html.len() + css);
            }
        }
        assert_eq!(Lang::from_tag("ar").unwrap().dir(), "rtl");
        // The switcher never leaves the site, and knows only real languages.
        let r = b.get("/lang/es?next=//evil.example/").await;
        assert_eq!(r.header("location"), Some("/p"));
        assert_eq!(b.get("/lang/xx?next=/p").await.status, StatusCode::NOT_FOUND);
        // Without a choice on the device, the landing page speaks the patient's language.
        let fresh = app.browser();
        assert!(fresh.get(&landing_path).await.text.contains("<html lang=\"es\""));
        // A page that knows no patient speaks the browser's language.
        let r = app.client.get(app.url("/l/not-a-real-token")).header("accept-language", "xx, fr-CA;q=0.8, en;q=0.5").send().await.unwrap();
        assert!(r.text().await.unwrap().contains("<html lang=\"fr\""));
    }

    async fn pages_wear_the_clinics_colour_when_it_is_dark_enough(app) {
        let r = app.patch("/clinic", &json!({"brand_color": "#ffff00"})).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "too light for white text");
        assert_eq!(r.json()["error"]["field"], "brand_color");
        let r = app.patch("/clinic", &json!({"brand_color": "red; } body { display:none"})).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        let css_url = format!("/c/{}/brand.css", app.clinic.id);
        assert!(app.browser().get(&css_url).await.text.contains("#0b5d7a"), "the default until one is set");
        let r = app.patch("/clinic", &json!({"brand_color": "#5A2D82"})).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        assert_eq!(r.json()["brand_color"], "#5a2d82");
        let css = app.browser().get(&css_url).await;
        assert_eq!(css.header("content-type"), Some("text/css; charset=utf-8"));
        assert_eq!(css.text.trim(), ":root { --brand: #5a2d82; }");
        let p = app.maria().await;
        let l = app.link(json!({"patient_id": p["id"], "purpose": "sign_in"})).await;
        let landing = app.browser().get(l["url"].as_str().unwrap()).await;
        assert!(landing.text.contains(&format!("href=\"{css_url}\"")), "{}", landing.text);
        assert_eq!(app.browser().get("/c/cln_nope/brand.css").await.status, StatusCode::NOT_FOUND);
    }

    async fn every_patient_form_refuses_a_forged_token_or_a_foreign_origin(app) {
        let p = app.maria().await;
        let a = app.appointment_for(id(&p), 30).await;
        let (b, _) = stepped_up(&app, &p, "sign_in", None).await;
        let csrf = form_field(&b.get("/p/refills").await.text, "csrf").unwrap();
        let r = b.post_form("/p/refills", &[("csrf", &csrf), ("medication", "other"), ("other_medication", "Metformin"), ("pharmacy", "other"), ("other_pharmacy", "CVS")]).await;
        let refill = r.header("location").unwrap().split('?').next().unwrap().to_string();
        let forms: Vec<(String, Vec<(&str, &str)>)> = vec![
            (format!("/p/appointments/{}/confirm", id(&a)), vec![]),
            (format!("/p/appointments/{}/cancel", id(&a)), vec![("reason", "other")]),
            (format!("/p/appointments/{}/reschedule", id(&a)), vec![("note", "later")]),
            (format!("/p/threads/{}/messages", p["thread_id"].as_str().unwrap()), vec![("body", "hello")]),
            ("/p/refills".into(), vec![("medication", "other"), ("other_medication", "X"), ("pharmacy", "other"), ("other_pharmacy", "Y")]),
            (format!("{refill}/visit"), vec![]),
            ("/p/settings".into(), vec![("language", "fr"), ("channels", "sms_first"), ("allow_sms", "1")]),
            ("/p/settings/contact".into(), vec![("kind", "phone"), ("value", "+13125550199")]),
            ("/p/settings/contact/confirm".into(), vec![("code", "123456")]),
            ("/p/verify/send".into(), vec![("next", "/p")]),
            ("/p/sign-out".into(), vec![]),
        ];
        let before_api = app.get(&format!("/patients/{}", id(&p))).await.json();
        let before_out = app.outbox().await.len();
        for (path, fields) in &forms {
            for token in ["", "forged-token", &csrf[..20]] {
                let mut f = fields.clone();
                f.push(("csrf", token));
                let r = b.post_form(path, &f).await;
                assert_eq!(r.status, StatusCode::FORBIDDEN, "{path} with {token:?}: {}", r.text);
                assert_security_headers(&r, path);
            }
            // The right token from another site is refused too.
            let mut f = fields.clone();
            f.push(("csrf", &csrf));
            let r = b
                .client
                .post(format!("{}{path}", b.base))
                .header("cookie", b.cookie_header())
                .header("origin", "https://evil.example")
                .form(&f)
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), StatusCode::FORBIDDEN, "{path} from another origin");
        }
        assert_eq!(app.get(&format!("/patients/{}", id(&p))).await.json(), before_api, "nothing changed");
        assert_eq!(app.get(&format!("/appointments/{}", id(&a))).await.json()["status"], "scheduled");
        assert_eq!(app.outbox().await.len(), before_out, "nothing sent");
        assert_eq!(b.get("/p").await.status, StatusCode::OK, "still signed in");
        // The language cookie is HttpOnly and SameSite=Lax, like every Portico cookie.
        let r = b.get("/lang/ar?next=/p").await;
        let cookie = r.header("set-cookie").unwrap();
        assert!(cookie.starts_with("portico_lang=ar;") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
    }

    async fn a_browser_that_sends_origin_null_is_judged_by_fetch_metadata(app) {
        // Under no-referrer, Chromium posts same-site forms with `Origin: null`.
        let p = app.maria().await;
        let l = app.link(json!({"patient_id": p["id"], "purpose": "sign_in"})).await;
        let url = l["url"].as_str().unwrap();
        let b = app.browser();
        let csrf = form_field(&b.get(url).await.text, "csrf").unwrap();
        let post = |site: Option<&'static str>| {
            let mut req = b.client.post(url).header("cookie", b.cookie_header()).header("origin", "null");
            if let Some(site) = site {
                req = req.header("sec-fetch-site", site);
            }
            req.form(&[("csrf", csrf.as_str())]).send()
        };
        assert_eq!(post(None).await.unwrap().status(), StatusCode::FORBIDDEN, "null without fetch metadata");
        assert_eq!(post(Some("cross-site")).await.unwrap().status(), StatusCode::FORBIDDEN);
        assert_eq!(post(Some("same-site")).await.unwrap().status(), StatusCode::FORBIDDEN, "a sibling subdomain is another site");
        assert_eq!(app.live_sessions(id(&p)).await, 0, "nothing consumed");
        assert_eq!(post(Some("same-origin")).await.unwrap().status(), StatusCode::SEE_OTHER);
        assert_eq!(app.live_sessions(id(&p)).await, 1);
    }
}
