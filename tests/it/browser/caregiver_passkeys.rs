//! A caregiver's passkey in a real browser, with Chromium's virtual authenticator: a caregiver
//! who accepted an invitation with a code adds a passkey on `/p/for` (a notice goes to her
//! phone), signs out, signs in at `/p/for/sign-in` with the passkey alone and helps the patient
//! again; without user verification she is not signed in; a removed passkey no longer signs in;
//! a revoked grant leaves the passkey opening nothing of the patient's. axe-core checks the
//! pages. Portico runs at `localhost`.

use super::checks::Axe;
use super::webdriver::{Chrome, Js};
use crate::helpers::*;
use reqwest::StatusCode;
use serde_json::json;
use std::time::Duration;

const MARTA: &str = "+13125550190";

/// The newest SMS to Marta in the dev outbox.
async fn last_to_marta(app: &TestApp) -> String {
    let outbox = app.outbox().await;
    let sms = outbox.iter().rev().find(|m| m["to"] == MARTA).expect("an SMS to Marta");
    sms["body"].as_str().unwrap().to_string()
}

/// From the caregiver sign-in page with a passkey (the button); where the browser ends up.
async fn sign_in_with_passkey(app: &TestApp, b: &Chrome, expect_in: bool) -> String {
    b.goto(&app.url("/p/for/sign-in")).await;
    b.click(&b.find("#passkey-signin-button").await).await;
    for _ in 0..(if expect_in { 50 } else { 10 }) {
        tokio::time::sleep(Duration::from_millis(200)).await;
        if !b.current_url().await.contains("/p/for/sign-in") {
            break;
        }
    }
    b.current_url().await
}

async fn sign_out(b: &Chrome) {
    b.click(&b.find("form[action='/p/for/sign-out'] button").await).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_caregiver_adds_a_passkey_and_signs_in_with_it_alone_only_with_user_verification_until_removed() {
    let Some(axe) = Axe::load() else { return };
    let Some(b) = Chrome::start(Js::Enabled).await else { return };
    let Some(app) = spawn_localhost_app(Backend::Sqlite).await else { return };
    let p = app.create_patient(json!({"name": "Ana Ruiz", "phone": "+13125550166"})).await;
    let pid = p["id"].as_str().unwrap().to_string();
    let until = (app.clock_now() + jiff::SignedDuration::from_hours(24 * 365)).to_string();
    let r = app
        .post(
            &format!("/patients/{pid}/grants"),
            &json!({"grantee_name": "Marta Ruiz", "phone": MARTA, "scopes": ["appointments"], "basis": "legal_representative",
                    "evidence_reference": "POA 2030-7", "verified_by": "Front desk", "expires_at": until}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    let gid = r.json()["id"].as_str().unwrap().to_string();
    let mut problems = vec![];
    let authenticator = b.add_virtual_authenticator(true).await;

    // Marta accepts with the code sent to her phone.
    let invitation = last_to_marta(&app).await;
    b.goto(invitation.split_whitespace().find(|w| w.contains("/g/")).unwrap()).await;
    b.click(&b.find("form[action$='/code'] button").await).await;
    let code_field = b.find("#code").await;
    let code =
        last_to_marta(&app).await.split(|c: char| !c.is_ascii_digit()).find(|w| w.len() == 6).unwrap().to_string();
    b.send_keys(&code_field, &code).await;
    b.click(&b.find("form[action$='/accept'] button").await).await;
    b.find(&format!("a[href='/p/for/{pid}/appointments']")).await;

    // She adds a passkey on her own page.
    b.goto(&app.url("/p/for")).await;
    b.find("#passkey-register-button").await;
    problems.extend(axe.violations(&b, "people you help, with passkeys").await);
    b.click(&b.find("#passkey-register-button").await).await;
    b.find(".passkey-card").await;
    assert!(b.current_url().await.ends_with("/p/for?done=passkey-added"), "{}", b.current_url().await);
    problems.extend(axe.violations(&b, "people you help, a passkey added").await);
    let held = b.virtual_credentials(&authenticator).await;
    assert_eq!((held.len(), &held[0]["isResidentCredential"]), (1, &json!(true)), "{held:?}");
    assert!(last_to_marta(&app).await.contains("a passkey was added"), "a notice to her phone");
    sign_out(&b).await;

    // The passkey alone signs her in, and she helps Ana again.
    b.goto(&app.url("/p/for/sign-in")).await;
    b.find("#passkey-signin-button").await;
    problems.extend(axe.violations(&b, "caregiver sign-in with a passkey button").await);
    let landed = sign_in_with_passkey(&app, &b, true).await;
    assert!(landed.ends_with("/p/for"), "signed in: {landed}");
    b.goto(&app.url(&format!("/p/for/{pid}/appointments"))).await;
    b.find("h1").await;
    assert!(b.page_source().await.contains("You are helping Ana Ruiz"));
    let events = app.state.store.audit_events(None, 500).await.unwrap();
    let viewed = events.iter().find(|e| e.action == "grant.appointments_viewed").expect("audited");
    assert_eq!(viewed.auth.as_deref(), Some("passkey"), "her reads say how she signed in");
    sign_out(&b).await;

    // Without user verification: not signed in.
    b.set_user_verified(&authenticator, false).await;
    let landed = sign_in_with_passkey(&app, &b, false).await;
    assert!(!landed.ends_with("/p/for"), "not signed in without user verification: {landed}");
    b.set_user_verified(&authenticator, true).await;

    // A revoked grant: the passkey signs her in to nothing of Ana's.
    let r = app.api(reqwest::Method::DELETE, &format!("/grants/{gid}"), None).await;
    assert!(r.status.is_success(), "{}", r.text);
    let landed = sign_in_with_passkey(&app, &b, true).await;
    assert!(landed.ends_with("/p/for"), "{landed}");
    b.goto(&app.url(&format!("/p/for/{pid}/appointments"))).await;
    b.find("h1").await;
    assert!(!b.page_source().await.contains("You are helping Ana Ruiz"), "refused under a revoked grant");

    // Removed (her passkey session is recent): it no longer signs in.
    b.goto(&app.url("/p/for")).await;
    b.click(&b.find("button[id^='remove-']").await).await;
    b.find("#done-notice").await;
    assert!(b.try_find(".passkey-card").await.is_none(), "no card left");
    sign_out(&b).await;
    let landed = sign_in_with_passkey(&app, &b, false).await;
    assert!(!landed.ends_with("/p/for"), "a removed passkey does not sign in: {landed}");
    let actions: Vec<String> =
        app.state.store.audit_events(None, 500).await.unwrap().into_iter().map(|e| e.action).collect();
    for a in ["passkey.registered", "caregiver.signed_in", "passkey.removed", "passkey.caregiver_sign_in_refused"] {
        assert!(actions.iter().any(|x| x == a), "{a} is audited: {actions:?}");
    }
    assert!(problems.is_empty(), "axe-core found accessibility problems:\n{}", problems.join("\n"));
}
