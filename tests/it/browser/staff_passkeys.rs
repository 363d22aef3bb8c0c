//! Staff passkeys in a real browser, with Chromium's virtual authenticator: a nurse signed in
//! by email adds a passkey on `/staff/passkeys` (a notice goes to her work address), signs out,
//! signs in at `/staff/signin` with the passkey alone and lands on the inbox; without user
//! verification she is not signed in; a patient's passkey opens no staff pages; a removed
//! passkey no longer signs in. axe-core checks the pages. Portico runs at `localhost`.

use super::checks::Axe;
use super::webdriver::{Chrome, Js};
use crate::helpers::*;
use reqwest::StatusCode;
use serde_json::json;
use std::time::Duration;

const EMAIL: &str = "nina@lakeside.example";

async fn sign_in_by_email(app: &TestApp, b: &Chrome) {
    b.goto(&app.url("/staff/signin")).await;
    b.send_keys(&b.find("#email").await, EMAIL).await;
    b.click(&b.find("form[action='/staff/signin'] button").await).await;
    b.find("[role=status]").await;
    let outbox = app.outbox().await;
    let mail = outbox.iter().rev().find(|m| m["to"] == EMAIL).expect("a sign-in email");
    let link = mail["body"].as_str().unwrap().split_whitespace().find(|w| w.contains("/staff/s/")).unwrap().to_string();
    b.goto(&link).await;
    b.click(&b.find("form[action^='/staff/s/'] button").await).await;
    b.find("a[href='/staff/passkeys']").await;
}

/// From the staff sign-in page with a passkey (the conditional request may answer on its
/// own); where the browser ends up.
async fn sign_in_with_passkey(app: &TestApp, b: &Chrome, expect_in: bool) -> String {
    b.goto(&app.url("/staff/signin")).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    if b.current_url().await.ends_with("/staff/signin")
        && let Some(button) = b.try_find("#passkey-signin-button").await
    {
        b.click(&button).await;
    }
    for _ in 0..(if expect_in { 50 } else { 10 }) {
        tokio::time::sleep(Duration::from_millis(200)).await;
        if !b.current_url().await.contains("/staff/signin") {
            break;
        }
    }
    b.current_url().await
}

async fn sign_out(b: &Chrome) {
    b.click(&b.find("form[action='/staff/signout'] button").await).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
}

async fn inbox_opens(app: &TestApp, b: &Chrome) -> bool {
    b.goto(&app.url("/staff")).await;
    b.find("h1").await;
    b.try_find("a[href='/staff/passkeys']").await.is_some()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_nurse_adds_a_passkey_and_signs_in_with_it_alone_only_with_user_verification_until_removed() {
    let Some(axe) = Axe::load() else { return };
    let Some(b) = Chrome::start(Js::Enabled).await else { return };
    let Some(app) = spawn_localhost_app(Backend::Sqlite).await else { return };
    let r = app.post("/staff", &json!({"email": EMAIL, "role": "nurse", "name": "Nina Okafor"})).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    let mut problems = vec![];
    b.goto(&app.url("/staff/signin")).await;
    b.find("#passkey-signin-button").await;
    problems.extend(axe.violations(&b, "staff sign-in").await);
    let authenticator = b.add_virtual_authenticator(true).await;
    sign_in_by_email(&app, &b).await;

    b.click(&b.find("a[href='/staff/passkeys']").await).await;
    b.find("#passkey-register-button").await;
    problems.extend(axe.violations(&b, "staff passkeys").await);
    b.click(&b.find("#passkey-register-button").await).await;
    b.find(".passkey-card").await;
    assert!(b.current_url().await.ends_with("/staff/passkeys?done=added"), "{}", b.current_url().await);
    problems.extend(axe.violations(&b, "staff passkeys, one added").await);
    let held = b.virtual_credentials(&authenticator).await;
    assert_eq!((held.len(), &held[0]["isResidentCredential"]), (1, &json!(true)), "{held:?}");
    let notices = app
        .outbox()
        .await
        .into_iter()
        .filter(|m| m["to"] == EMAIL && m["body"].as_str().is_some_and(|t| t.contains("passkey was added")))
        .count();
    assert_eq!(notices, 1, "a notice to her work address");
    sign_out(&b).await;
    assert!(!inbox_opens(&app, &b).await, "signed out");

    let landed = sign_in_with_passkey(&app, &b, true).await;
    assert!(landed.ends_with("/staff"), "signed in to the inbox: {landed}");
    assert!(inbox_opens(&app, &b).await);
    sign_out(&b).await;

    b.set_user_verified(&authenticator, false).await;
    let landed = sign_in_with_passkey(&app, &b, false).await;
    assert!(!landed.ends_with("/staff"), "not signed in without user verification: {landed}");
    assert!(!inbox_opens(&app, &b).await);
    b.set_user_verified(&authenticator, true).await;

    // Remove it (a passkey sign-in is a fresh one): it no longer signs in.
    let landed = sign_in_with_passkey(&app, &b, true).await;
    assert!(landed.ends_with("/staff"), "{landed}");
    b.goto(&app.url("/staff/passkeys")).await;
    b.click(&b.find("button[id^='remove-']").await).await;
    b.find(".notice").await;
    assert!(b.try_find(".passkey-card").await.is_none(), "no card left");
    sign_out(&b).await;
    let landed = sign_in_with_passkey(&app, &b, false).await;
    assert!(!landed.ends_with("/staff"), "a removed passkey does not sign in: {landed}");
    let audit = app.state.store.audit_events(None, 500).await.unwrap();
    let actions: Vec<&str> = audit.iter().map(|e| e.action.as_str()).collect();
    for a in ["passkey.registered", "staff.signed_in", "passkey.removed", "passkey.staff_sign_in_refused"] {
        assert!(actions.contains(&a), "{a} is audited: {actions:?}");
    }
    assert!(
        audit.iter().any(|e| e.detail.as_deref().is_some_and(|d| d.starts_with("passkey:"))),
        "the sign-in names its passkey"
    );
    assert!(problems.is_empty(), "axe-core found accessibility problems:\n{}", problems.join("\n"));
}
