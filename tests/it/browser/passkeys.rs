//! Passkeys in a real browser, with Chromium's virtual authenticator (WebDriver's WebAuthn
//! extension): register one right after a step-up, sign out, sign in with the passkey alone
//! from the sign-in page and read a message; without user verification the sign-in is
//! refused and health details stay closed; a removed passkey no longer signs in. axe-core
//! checks the new pages in English and Arabic. Portico runs at `http://localhost:PORT`:
//! WebAuthn refuses an IP address as the relying party.

use super::checks::{Axe, Shots};
use super::webdriver::{Chrome, Js};
use super::{SECRET, id, message_alert_link, patient};
use crate::helpers::*;
use std::time::Duration;

/// Wait until the browser has left `path` (a form was submitted), up to `tries` × 200 ms.
async fn left(b: &Chrome, path: &str, tries: u32) -> String {
    for _ in 0..tries {
        let url = b.current_url().await;
        if !url.contains(path) {
            return url;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    b.current_url().await
}

/// From the sign-in page, with the passkey: the browser's conditional request may sign in on
/// its own (Chromium's virtual authenticator answers it at once), else the button does.
/// Where the browser ends up; `expect_in` says whether to wait long for it.
async fn sign_in_with_passkey(app: &TestApp, b: &Chrome, expect_in: bool) -> String {
    b.goto(&app.url("/signin")).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    if b.current_url().await.ends_with("/signin")
        && let Some(button) = b.try_find("#passkey-signin-button").await
    {
        b.click(&button).await;
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    left(b, "/signin", if expect_in { 50 } else { 10 }).await
}

async fn sign_out(b: &Chrome) {
    b.click(&b.find("form[action='/p/sign-out'] button").await).await;
    for _ in 0..50 {
        if b.current_url().await.ends_with("/p/sign-out") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(b.current_url().await.ends_with("/p/sign-out"), "signed out");
}

/// Whether the thread's message shows: health details open.
async fn message_shows(b: &Chrome, thread: &str) -> bool {
    b.goto(thread).await;
    b.find("h1").await;
    b.page_source().await.contains(SECRET)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_passkey_made_after_step_up_signs_in_alone_only_with_user_verification_until_removed() {
    let Some(axe) = Axe::load() else { return };
    let Some(b) = Chrome::start(Js::Enabled).await else { return };
    let Some(app) = spawn_localhost_app(Backend::Sqlite).await else { return };
    let mut problems = vec![];
    let shots = Shots("passkeys".into());
    // The sign-in page before any passkey exists (so no conditional request answers at once),
    // in English and in Arabic.
    for lang in ["ar", "en"] {
        b.goto(&app.url(&format!("/lang/{lang}?next=/signin"))).await;
        b.find("#passkey-signin-button").await;
        assert!(b.page_source().await.contains(if lang == "ar" { "dir=\"rtl\"" } else { "dir=\"ltr\"" }));
        problems.extend(axe.violations(&b, &format!("sign-in ({lang})")).await);
        shots.take(&b, &format!("signin-{lang}")).await;
    }
    let authenticator = b.add_virtual_authenticator(true).await;
    let p = patient(&app, "en").await;
    let me = super::Patient { app: &app, b: &b, shots };
    me.open_link(&message_alert_link(&app, &p).await, "thread").await;
    me.step_up().await;

    // Right after the step-up: the offer, then the page the link was for.
    let add = b.find("#passkey-register-button").await;
    assert!(b.current_url().await.contains("/p/passkeys/offer?next="), "the offer comes right after step-up");
    problems.extend(axe.violations(&b, "passkey offer").await);
    me.shots.take(&b, "offer").await;
    b.click(&add).await;
    me.read().await;
    let thread = b.current_url().await;
    assert!(thread.contains("/p/threads/"), "{thread}");
    let held = b.virtual_credentials(&authenticator).await;
    assert_eq!(held.len(), 1, "one credential on the authenticator: {held:?}");
    assert_eq!(held[0]["isResidentCredential"], true, "a discoverable credential");
    let notices: Vec<serde_json::Value> = app
        .outbox()
        .await
        .into_iter()
        .filter(|m| m["body"].as_str().is_some_and(|t| t.contains("passkey was added")))
        .collect();
    assert_eq!(notices.len(), 1, "one notice: {notices:?}");
    assert_eq!(notices[0]["to"], "dana@example.org", "to the other contact point, not the phone links go to");

    b.goto(&app.url("/p/settings")).await;
    b.find(".passkey-card").await;
    problems.extend(axe.violations(&b, "settings with a passkey").await);
    me.shots.take(&b, "settings-passkey").await;
    sign_out(&b).await;
    assert!(!message_shows(&b, &thread).await, "signed out");

    // The passkey alone, from the sign-in page.
    let landed = sign_in_with_passkey(&app, &b, true).await;
    assert!(landed.ends_with("/p"), "signed in to the home page: {landed}");
    assert!(message_shows(&b, &thread).await, "a passkey sign-in opens health details");
    // The patient's own trail says how she signed in.
    b.goto(&app.url("/p/activity")).await;
    let trail = b.text(&b.find("#activity").await).await;
    assert!(trail.contains("Signed in with a passkey"), "{trail}");
    assert!(trail.contains("You · with a passkey"), "{trail}");
    assert!(trail.contains("Added a passkey"), "{trail}");
    problems.extend(axe.violations(&b, "who opened your record").await);
    me.shots.take(&b, "activity").await;
    sign_out(&b).await;

    // Without user verification: refused, and health details stay closed.
    b.set_user_verified(&authenticator, false).await;
    let landed = sign_in_with_passkey(&app, &b, false).await;
    assert!(!landed.ends_with("/p"), "not signed in: {landed}");
    assert!(!message_shows(&b, &thread).await, "health details stay closed without user verification");
    b.set_user_verified(&authenticator, true).await;

    // Remove it (the sign-in is a fresh step-up): it no longer signs in.
    let landed = sign_in_with_passkey(&app, &b, true).await;
    assert!(landed.ends_with("/p"), "{landed}");
    b.goto(&app.url("/p/settings")).await;
    b.click(&b.find("button[id^='remove-']").await).await;
    b.find(".notice").await;
    assert!(b.current_url().await.ends_with("/p/settings?done=passkey-removed"));
    assert!(b.try_find(".passkey-card").await.is_none(), "no card left");
    sign_out(&b).await;
    let landed = sign_in_with_passkey(&app, &b, false).await;
    assert!(!landed.ends_with("/p"), "a removed passkey does not sign in: {landed}");
    assert!(!message_shows(&b, &thread).await, "and opens nothing");
    let actions: Vec<String> =
        app.state.store.audit_events(None, 500).await.unwrap().into_iter().map(|e| e.action).collect();
    let details: Vec<String> =
        app.state.store.audit_events(None, 500).await.unwrap().into_iter().filter_map(|e| e.detail).collect();
    assert!(details.iter().any(|d| d == "unknown_credential"), "the removed one was refused: {details:?}");
    for a in ["passkey.registered", "passkey.signed_in", "passkey.removed"] {
        assert!(actions.iter().any(|x| x == a), "{a} is audited: {actions:?}");
    }
    let events = app.state.store.audit_events(None, 500).await.unwrap();
    let auth_of = |action: &str| events.iter().find(|e| e.action == action).and_then(|e| e.auth.clone());
    assert_eq!(auth_of("passkey.signed_in").as_deref(), Some("passkey"));
    assert_eq!(auth_of("passkey.removed").as_deref(), Some("passkey"), "removed in a passkey session");
    assert!(auth_of("passkey.registered").is_some_and(|a| a.starts_with("link+")), "added after a step-up");

    assert!(problems.is_empty(), "axe-core found accessibility problems:\n{}", problems.join("\n"));
    let _ = id(&p);
}

/// Without JavaScript the sign-in page still signs a patient in: it offers a new link.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_javascript_the_sign_in_page_offers_a_new_link_and_no_passkey_button() {
    let Some(b) = Chrome::start(Js::Disabled).await else { return };
    let Some(app) = spawn_localhost_app(Backend::Sqlite).await else { return };
    b.goto(&app.url("/signin")).await;
    let contact = b.find("#contact").await;
    assert!(b.try_find("#passkey-signin-button").await.is_some_and(|_| true));
    let shown = b.execute("return !document.getElementById('passkey-signin').hidden;", serde_json::json!([])).await;
    assert_eq!(shown, false, "no passkey button without script");
    b.send_keys(&contact, "+13125550161").await;
    b.click(&b.find("form[action='/l/request'] button").await).await;
    b.find("h1").await;
    assert_eq!(b.current_url().await, app.url("/l/request"));
}
