//! A code when the link will not open: the landing page and the email show a link's code,
//! typed at `/c` on any device it redeems the link (one use between the two), and it is
//! limited, locked, expired and stored like the secret it is.

use crate::helpers::*;
use crate::standins::parse;
use reqwest::StatusCode;
use serde_json::{Value, json};
use std::time::Duration;

/// The symbols codes are made of.
const ALPHABET: &str = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

/// The code a landing page shows (`ABCD-EFGH`).
fn shown_code(html: &str) -> Option<String> {
    let needle = "<p class=\"link-code\"><bdi dir=\"ltr\">";
    let start = html.find(needle)? + needle.len();
    let end = html[start..].find('<')?;
    Some(html[start..start + end].to_string())
}

/// Open the link's landing page on the phone (consuming nothing) and read its code.
async fn code_from_landing(phone: &Browser, url: &str) -> String {
    let landing = phone.get(url).await;
    assert_eq!(landing.status, StatusCode::OK, "{}", landing.text);
    shown_code(&landing.text).unwrap_or_else(|| panic!("no code on the landing page: {}", landing.text))
}

/// Type `code` at `/c` in `b`, as a browser would: the form first, then the POST.
async fn type_code(b: &Browser, code: &str) -> Reply {
    let form = b.get("/c").await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.text);
    let csrf = form_field(&form.text, "csrf").expect("a csrf field on /c");
    b.post_form("/c", &[("csrf", &csrf), ("code", code)]).await
}

/// A code with the same first half as `code` (so it counts against it) and another second.
fn wrong_after_first_half(code: &str, n: usize) -> String {
    let mut chars: Vec<char> = code.chars().collect();
    let last = chars[8];
    let others: Vec<char> = ALPHABET.chars().filter(|c| *c != last).collect();
    chars[8] = others[n % others.len()];
    chars.into_iter().collect()
}

async fn appointment_link(app: &TestApp, p: &Value, hours_ahead: i64) -> (Value, String) {
    let a = app.appointment_for(p["id"].as_str().unwrap(), hours_ahead).await;
    let l = app.link(json!({"patient_id": p["id"], "purpose": "appointment", "subject_id": a["id"]})).await;
    (a, l["url"].as_str().unwrap().to_string())
}

/// The status the clinic API gives the newest link.
async fn newest_link_status(app: &TestApp) -> String {
    let ids = app.raw_column(&bytes(app, "id", "links ORDER BY created_at DESC, id DESC")).await;
    let id = String::from_utf8(ids[0].clone()).unwrap();
    app.get(&format!("/links/{id}")).await.json()["status"].as_str().unwrap().to_string()
}

/// `SELECT <expr> FROM <from>` with the value read as bytes on either backend.
fn bytes(app: &TestApp, expr: &str, from: &str) -> String {
    if app.db.url.starts_with("sqlite:") {
        format!("SELECT CAST({expr} AS BLOB) FROM {from}")
    } else {
        format!("SELECT convert_to(({expr})::text, 'UTF8') FROM {from}")
    }
}

fn no_session_cookie(r: &Reply) -> bool {
    r.headers.get_all("set-cookie").iter().all(|v| !v.to_str().unwrap().starts_with("portico_session"))
}

crate::backend_tests! {
    async fn the_api_gives_a_links_code_and_the_code_opens_that_link(app) {
        let p = app.maria().await;
        let a = app.appointment_for(p["id"].as_str().unwrap(), 30).await;
        let l = app.link(json!({"patient_id": p["id"], "purpose": "appointment", "subject_id": a["id"]})).await;
        let code = l["code"].as_str().unwrap().to_string();
        assert_eq!(code.len(), 9, "ABCD-EFGH: {code}");
        assert_eq!(l["code_url"], app.url("/c"));
        let r = type_code(&app.browser(), &code).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        assert_eq!(r.header("location").map(str::to_string), Some(format!("/p/appointments/{}", a["id"].as_str().unwrap())));
    }

    async fn a_code_typed_in_a_second_browser_opens_the_links_page_once(app) {
        let p = app.maria().await;
        let (a, url) = appointment_link(&app, &p, 30).await;
        let phone = app.browser();
        let landing = phone.get(&url).await;
        let code = shown_code(&landing.text).expect("the landing page shows the code");
        assert!(landing.text.contains(&format!("{}/c", app.base)), "and where to type it");
        assert!(says(&landing.text, "es", "landing-code-heading"), "in the patient's language");
        assert_eq!(app.live_sessions(p["id"].as_str().unwrap()).await, 0, "showing the code consumed nothing");
        // The computer: a fresh cookie jar; the code typed as people type it.
        let computer = app.browser();
        let r = type_code(&computer, &code.to_lowercase().replace('-', " ")).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        assert_eq!(r.header("location").unwrap(), format!("/p/appointments/{}", a["id"].as_str().unwrap()));
        let cookie = r.headers.get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_string()).find(|c| c.starts_with("portico_session=")).unwrap();
        assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"), "{cookie}");
        let page = computer.get(r.header("location").unwrap()).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.text.contains("Suite 300"), "the session opens the link's page: {}", page.text);
        assert_eq!(app.live_sessions(p["id"].as_str().unwrap()).await, 1);
        assert_eq!(newest_link_status(&app).await, "used");
        let audit = app.state.store.audit_events(Some(&app.clinic.id), 20).await.unwrap();
        assert!(audit.iter().any(|e| e.action == "link.redeemed"), "redeemed as the link would be");
        assert!(audit.iter().any(|e| e.action == "link.code_used" && e.actor == format!("patient:{}", p["id"].as_str().unwrap())));
        // Once: the code again, from a third device, is refused as used; so is the link.
        let again = type_code(&app.browser(), &code).await;
        assert_eq!(again.status, StatusCode::GONE, "{}", again.text);
        assert!(says(&again.text, "en", "code-used-heading"), "{}", again.text);
        assert!(no_session_cookie(&again));
        let link_again = phone.get(&url).await;
        assert_eq!(link_again.status, StatusCode::GONE);
        assert!(says(&link_again.text, "es", "link-used-heading"));
        assert_eq!(app.live_sessions(p["id"].as_str().unwrap()).await, 1);
    }

    async fn a_mangled_link_points_to_the_code_form_and_a_used_one_does_not(app) {
        let p = app.maria().await;
        let (_, url) = appointment_link(&app, &p, 30).await;
        let b = app.browser();
        // Cut short, as a mail client may wrap it.
        let mangled = b.get(&url[..url.len() - 5]).await;
        assert_eq!(mangled.status, StatusCode::NOT_FOUND);
        assert!(mangled.text.contains("href=\"/c\"") && says(&mangled.text, "en", "link-bad-code"), "{}", mangled.text);
        assert_eq!(b.redeem(&url).await.status, StatusCode::SEE_OTHER);
        let used = app.browser().get(&url).await;
        assert_eq!(used.status, StatusCode::GONE);
        assert!(!used.text.contains("href=\"/c\"") && shown_code(&used.text).is_none(), "its code is used up too: {}", used.text);
    }

    async fn a_used_link_refuses_its_code_as_used(app) {
        let p = app.maria().await;
        let (_, url) = appointment_link(&app, &p, 30).await;
        let phone = app.browser();
        let code = code_from_landing(&phone, &url).await;
        assert_eq!(phone.redeem(&url).await.status, StatusCode::SEE_OTHER, "the link first");
        let r = type_code(&app.browser(), &code).await;
        assert_eq!(r.status, StatusCode::GONE, "{}", r.text);
        assert!(says(&r.text, "en", "code-used-heading") && says(&r.text, "en", "link-send-new"), "{}", r.text);
        assert!(r.text.contains("LNK-USED"));
        assert!(no_session_cookie(&r));
        assert_eq!(app.live_sessions(p["id"].as_str().unwrap()).await, 1);
    }

    async fn five_wrong_tries_lock_a_code_and_then_the_right_one_is_refused_too(app) {
        let p = app.maria().await;
        let (_, first) = appointment_link(&app, &p, 30).await;
        let (_, second) = appointment_link(&app, &p, 40).await;
        let phone = app.browser();
        let computer = app.browser();
        // Four wrong tries leave the code working: the fifth try is its last.
        let code = code_from_landing(&phone, &first).await;
        for n in 0..4 {
            let r = type_code(&computer, &wrong_after_first_half(&code, n)).await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.text);
            assert!(says(&r.text, "en", "code-wrong") && r.text.contains("CODE-WRONG"), "{}", r.text);
        }
        assert_eq!(type_code(&computer, &code).await.status, StatusCode::SEE_OTHER, "the fifth try, right, works");
        // An hour later (the address's limit has room again), five wrong tries lock the next.
        app.clock.advance(Duration::from_secs(61 * 60));
        let code = code_from_landing(&phone, &second).await;
        for n in 0..5 {
            assert_eq!(type_code(&app.browser(), &wrong_after_first_half(&code, n)).await.status, StatusCode::UNPROCESSABLE_ENTITY);
        }
        let r = type_code(&app.browser(), &code).await;
        assert_eq!(r.status, StatusCode::GONE, "{}", r.text);
        assert!(says(&r.text, "en", "code-locked-heading") && says(&r.text, "en", "code-locked-explain"), "{}", r.text);
        assert!(r.text.contains("CODE-LOCKED") && says(&r.text, "en", "link-send-new"));
        assert!(no_session_cookie(&r));
        // The first code's session has ended by now (a link session lasts an hour at most).
        assert_eq!(app.live_sessions(p["id"].as_str().unwrap()).await, 0, "the locked code started none");
        // The lock is the code's: the link itself still works.
        assert_eq!(phone.redeem(&second).await.status, StatusCode::SEE_OTHER);
    }

    async fn a_code_is_refused_once_its_link_has_expired_and_the_dead_link_shows_no_code(app) {
        let p = app.maria().await;
        let l = app.link(json!({"patient_id": p["id"], "purpose": "sign_in", "ttl_seconds": 600})).await;
        let url = l["url"].as_str().unwrap();
        let phone = app.browser();
        let code = code_from_landing(&phone, url).await;
        app.clock.advance(Duration::from_secs(601));
        let r = type_code(&app.browser(), &code).await;
        assert_eq!(r.status, StatusCode::GONE, "{}", r.text);
        assert!(says(&r.text, "en", "code-expired-heading"), "{}", r.text);
        assert!(r.text.contains("action=\"/l/request\"") && says(&r.text, "en", "link-send-new"), "says how to get a new link");
        assert!(r.text.contains("LNK-EXPIRED"));
        assert!(no_session_cookie(&r));
        // The link's own page: expired, no code (the link is dead), and the way to a new one.
        let dead = phone.get(url).await;
        assert_eq!(dead.status, StatusCode::GONE);
        assert!(says(&dead.text, "es", "link-expired-heading") && says(&dead.text, "es", "link-send-new"));
        assert!(form_action(&dead.text).unwrap().ends_with("/renew"));
        assert!(shown_code(&dead.text).is_none() && !dead.text.contains(&code) && !dead.text.contains(&code[..4]), "{}", dead.text);
        assert_eq!(app.live_sessions(p["id"].as_str().unwrap()).await, 0);
    }

    async fn tries_past_ten_an_hour_from_one_address_get_429_and_a_clear_page(app) {
        let p = app.maria().await;
        let (_, url) = appointment_link(&app, &p, 30).await;
        let code = code_from_landing(&app.browser(), &url).await;
        let guesser = app.browser();
        for n in 0..10 {
            // Codes no link has: a full guess each time.
            let (a, b) = (&ALPHABET[n..n + 1], &ALPHABET[n + 1..n + 2]);
            let guess = format!("{a}{b}ZZ-ZZZ{a}");
            let r = type_code(&guesser, &guess).await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "try {n}: {}", r.text);
        }
        // Another browser on the same address is the same client; the right code waits too.
        let r = type_code(&app.browser(), &code).await;
        assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "{}", r.text);
        assert!(says(&r.text, "en", "link-wait-heading") && r.text.contains("RATE-IP"), "{}", r.text);
        assert_eq!(r.header("retry-after"), Some("3600"));
        assert!(no_session_cookie(&r));
        assert_eq!(app.live_sessions(p["id"].as_str().unwrap()).await, 0);
        app.clock.advance(Duration::from_secs(61 * 60));
        assert_eq!(type_code(&app.browser(), &code).await.status, StatusCode::SEE_OTHER, "an hour later it works");
    }

    async fn a_malformed_or_forged_code_post_gets_a_clear_answer_and_counts_no_try(app) {
        let p = app.maria().await;
        let (_, url) = appointment_link(&app, &p, 30).await;
        let code = code_from_landing(&app.browser(), &url).await;
        let b = app.browser();
        for bad in ["", "hello", "0000-0000", "ILO1-UUUU", &code[..8], &format!("{code}2"), "7KQM-3XTR'; DROP TABLE links; --"] {
            let r = type_code(&b, bad).await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad:?}: {}", r.text);
            assert!(says(&r.text, "en", "code-format") && r.text.contains("CODE-FORMAT"), "{bad:?}: {}", r.text);
            assert!(r.text.contains("aria-invalid=\"true\""), "the field says it is wrong");
        }
        let csrf = form_field(&b.get("/c").await.text, "csrf").unwrap();
        // No token, another browser's token, another site: refused before anything is tried.
        assert_eq!(b.post_form("/c", &[("code", &code)]).await.status, StatusCode::FORBIDDEN);
        let other = app.browser();
        let other_csrf = form_field(&other.get("/c").await.text, "csrf").unwrap();
        assert_eq!(b.post_form("/c", &[("csrf", &other_csrf), ("code", &code)]).await.status, StatusCode::FORBIDDEN);
        let r = app.client.post(app.url("/c")).header("origin", "https://evil.example").header("cookie", b.cookie_header())
            .form(&[("csrf", csrf.as_str()), ("code", code.as_str())]).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::FORBIDDEN);
        assert_eq!(app.live_sessions(p["id"].as_str().unwrap()).await, 0);
        let tries = app.raw_column(&bytes(&app, "code_tries", "links")).await;
        assert_eq!(tries, vec![b"0".to_vec()], "none of that counted against the code");
        // Ten refusals, yet the address's limit is untouched: the code works.
        assert_eq!(type_code(&b, &code).await.status, StatusCode::SEE_OTHER);
    }

    async fn a_code_is_not_stored_in_plain_text_anywhere_in_the_database(app) {
        let p = app.maria().await;
        let (_, url) = appointment_link(&app, &p, 30).await;
        let code = code_from_landing(&app.browser(), &url).await;
        // Leave traces of every kind: a wrong try, then the redemption and its audit rows.
        type_code(&app.browser(), &wrong_after_first_half(&code, 0)).await;
        assert_eq!(type_code(&app.browser(), &code).await.status, StatusCode::SEE_OTHER);
        let plain = code.replace('-', "");
        // Any six characters in a row (the whole code, and a half with a neighbour's pair);
        // ids share the code's alphabet, so a four-character half turns up in them by chance
        // about once a hundred runs, six characters about once in a billion.
        let mut needles = vec![code.clone(), plain.to_lowercase()];
        needles.extend((0..=plain.len() - 6).map(|i| plain[i..i + 6].to_string()));
        let sqlite = app.db.url.starts_with("sqlite:");
        // Every column of every table, as the bytes stored (PostgreSQL's bytea as it is, the
        // rest as text).
        let columns: Vec<(String, String, bool)> = if sqlite {
            let tables = app.raw_column("SELECT name FROM sqlite_master WHERE type = 'table'").await;
            let mut out = vec![];
            for t in tables {
                let t = String::from_utf8(t).unwrap();
                for c in app.raw_column(&format!("SELECT name FROM pragma_table_info('{t}')")).await {
                    out.push((t.clone(), String::from_utf8(c).unwrap(), true));
                }
            }
            out
        } else {
            let rows = app.raw_column("SELECT convert_to(table_name || ' ' || column_name || ' ' || data_type, 'UTF8') FROM information_schema.columns WHERE table_schema = 'public'").await;
            rows.into_iter().map(|r| {
                let s = String::from_utf8(r).unwrap();
                let mut it = s.splitn(3, ' ');
                (it.next().unwrap().to_string(), it.next().unwrap().to_string(), it.next() == Some("bytea"))
            }).collect()
        };
        assert!(columns.iter().any(|(t, c, _)| t == "links" && c == "code_locator"), "{columns:?}");
        let mut read = 0;
        for (t, c, raw) in &columns {
            let sql = match (sqlite, raw) {
                (true, _) => format!("SELECT CAST(\"{c}\" AS BLOB) FROM \"{t}\""),
                (false, true) => format!("SELECT \"{c}\" FROM \"{t}\""),
                (false, false) => format!("SELECT convert_to(\"{c}\"::text, 'UTF8') FROM \"{t}\""),
            };
            for value in app.raw_column(&sql).await {
                read += 1;
                for n in &needles {
                    assert!(!value.windows(n.len()).any(|w| w == n.as_bytes()), "{t}.{c} holds {n}");
                }
            }
        }
        assert!(read > 50, "the check read the database: {read} values");
        let locators = app.raw_column("SELECT code_locator FROM links").await;
        assert!(locators.iter().all(|l| l.len() == 32), "a 32-byte keyed hash per link");
    }
}

/// With the SMTP and Twilio stand-ins, to read the email and the SMS as sent.
mod email {
    use super::*;

    crate::provider_tests! {
        async fn a_link_email_carries_the_code_in_both_parts_and_the_code_works(app, twilio, smtp) {
            let p = app.create_patient(json!({"name": "Ann Lee", "phone": "+13125550199", "email": "ann@example.org", "channels": ["email", "sms"]})).await;
            let l = app.link(json!({"patient_id": p["id"], "purpose": "sign_in", "send": true})).await;
            assert_eq!(l["sent_via"]["channel"], "email");
            let mail = smtp.wait_for(1, Duration::from_secs(10)).await;
            let m = parse(&mail[0]);
            let (text, html) = (m.body_text(0).unwrap().to_string(), m.body_html(0).unwrap().to_string());
            let url = l["url"].as_str().unwrap();
            let code = code_from_landing(&app.browser(), url).await;
            let at = format!("{}/c", app.base);
            assert!(text.contains(&code) && text.contains(&at), "the text part: {text}");
            assert!(html.contains(&code) && html.contains(&at), "the HTML part: {html}");
            assert!(says(&html, "en", "email-link-note"), "next to the link's own words");
            // The email's code is the link's: typed on another device it signs in.
            let r = type_code(&app.browser(), &code).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
            assert_eq!(r.header("location"), Some("/p"));
            // An SMS keeps its segment budget: it carries the link alone.
            let q = app.maria().await;
            let s = app.link(json!({"patient_id": q["id"], "purpose": "sign_in", "send": true})).await;
            assert_eq!(s["sent_via"]["channel"], "sms");
            let sms = twilio.messages().last().unwrap().body.clone();
            let sms_code = code_from_landing(&app.browser(), s["url"].as_str().unwrap()).await;
            assert!(sms.contains(s["url"].as_str().unwrap()) && !sms.contains(&sms_code) && !sms.contains(&at), "{sms}");
        }
    }
}
