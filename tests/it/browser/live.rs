//! A live conversation in two real browsers, a patient's phone and a staff member's desk:
//! the staff member's typing shows on the patient's open page and goes away by itself, the
//! reply appears there without a reload, the patient's answer appears on the staff page the
//! same way, and the staff page shows that the patient has read the reply. With JavaScript
//! off the same conversation works by the page's refresh link. axe-core checks both pages.

use super::checks::Axe;
use super::webdriver::{Chrome, Js};
use crate::helpers::*;
use crate::live::nina;
use serde_json::json;
use std::time::Duration;

/// Whether the text of the first element matching `css` comes to contain `want` within `wait`.
async fn shows(b: &Chrome, css: &str, want: &str, wait: Duration) -> bool {
    let deadline = tokio::time::Instant::now() + wait;
    loop {
        if let Some(el) = b.try_find(css).await
            && b.text(&el).await.contains(want)
        {
            return true;
        }
        if tokio::time::Instant::now() >= deadline {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Whether the element matching `css` comes to be empty within `wait`.
async fn empties(b: &Chrome, css: &str, wait: Duration) -> bool {
    let deadline = tokio::time::Instant::now() + wait;
    loop {
        if let Some(el) = b.try_find(css).await
            && b.text(&el).await.trim().is_empty()
        {
            return true;
        }
        if tokio::time::Instant::now() >= deadline {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Mark the window; a reload loses the mark.
async fn mark(b: &Chrome) {
    b.execute("window.__notReloaded = true;", json!([])).await;
}

async fn still_marked(b: &Chrome) -> bool {
    b.execute("return window.__notReloaded === true;", json!([])).await == json!(true)
}

/// Open `path` in `chrome` signed in with `cookie` (from a session made over HTTP).
async fn open_as(chrome: &Chrome, app: &TestApp, cookie: (&str, String), path: &str) {
    chrome.goto(&app.url("/signin")).await;
    chrome.add_cookie(cookie.0, &cookie.1).await;
    chrome.goto(&app.url(path)).await;
}

async fn both_sides_live(backend: Backend) {
    let Some(axe) = Axe::load() else { return };
    let Some(phone) = Chrome::start(Js::Enabled).await else { return };
    let Some(desk) = Chrome::start(Js::Enabled).await else { return };
    let Some(app) = spawn_app(backend).await else { return };
    let maria = app.maria().await;
    let (patient, thread) = app.stepped_up_browser(&maria, "thread").await;
    let staff = nina(&app).await;
    let id = thread.rsplit('/').next().unwrap().to_string();
    let conversation = format!("/staff/conversations/{id}");
    open_as(&phone, &app, ("portico_session", patient.cookie("portico_session").unwrap()), &thread).await;
    open_as(&desk, &app, ("portico_staff", staff.cookie("portico_staff").unwrap()), &conversation).await;
    let wait = Duration::from_secs(10);
    // Maria reads Spanish; Nina, English.
    assert!(
        shows(&phone, "[data-live-status]", "Los mensajes nuevos aparecen aquí", wait).await,
        "the patient's page is live"
    );
    assert!(shows(&desk, "[data-live-status]", "New messages appear here", wait).await, "the staff page is live");
    let mut problems = axe.violations(&phone, "live thread (patient)").await;
    problems.extend(axe.violations(&desk, "live conversation (staff)").await);
    assert!(problems.is_empty(), "{problems:#?}");

    mark(&phone).await;
    desk.send_keys(&desk.find("#body").await, "Yes, 3 pm works.").await;
    assert!(
        shows(&phone, "[data-live-typing]", "El equipo de atención está escribiendo…", wait).await,
        "the patient sees the team typing, without names"
    );
    assert!(empties(&phone, "[data-live-typing]", Duration::from_secs(12)).await, "the typing notice expires");
    desk.click(&desk.find("form[action$='/reply'] button").await).await;
    assert!(shows(&phone, "[data-live-list]", "Yes, 3 pm works.", wait).await, "the reply appears on the open page");
    assert!(still_marked(&phone).await, "without a reload");
    // The patient's page saw the reply: the staff page says so.
    assert!(shows(&desk, "[data-live-seen]", "Seen by the patient", wait).await, "the staff page shows it was read");

    mark(&desk).await;
    phone.send_keys(&phone.find("#body").await, "¡Gracias!").await;
    assert!(shows(&desk, "[data-live-typing]", "The patient is typing…", wait).await);
    phone.click(&phone.find("form[action$='/messages'] button").await).await;
    assert!(
        shows(&desk, "[data-live-list]", "¡Gracias!", wait).await,
        "the patient's message appears on the staff page"
    );
    assert!(still_marked(&desk).await, "without a reload");
    // A reply written after that message arrived live is sent, not held: the page counts
    // what it showed live as seen.
    desk.send_keys(&desk.find("#body").await, "See you then.").await;
    desk.click(&desk.find("form[action$='/reply'] button").await).await;
    assert!(shows(&phone, "[data-live-list]", "See you then.", wait).await, "the second reply reaches the patient");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_live_conversation_crosses_between_patient_and_staff_pages_on_sqlite() {
    both_sides_live(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_live_conversation_crosses_between_patient_and_staff_pages_on_postgresql() {
    both_sides_live(Backend::Postgres).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_javascript_off_the_conversation_works_by_the_refresh_link() {
    let Some(phone) = Chrome::start(Js::Disabled).await else { return };
    let Some(app) = spawn_app(Backend::Sqlite).await else { return };
    let maria = app.maria().await;
    let (patient, thread) = app.stepped_up_browser(&maria, "thread").await;
    open_as(&phone, &app, ("portico_session", patient.cookie("portico_session").unwrap()), &thread).await;
    assert!(
        shows(&phone, "[data-live-status]", "Última actualización", Duration::from_secs(5)).await,
        "a last-updated line"
    );
    let source = phone.page_source().await;
    assert!(!source.contains("http-equiv=\"refresh\""), "no meta refresh (WCAG 2.2.1)");
    let staff = nina(&app).await;
    let id = thread.rsplit('/').next().unwrap();
    let path = format!("/staff/conversations/{id}");
    let page = staff.get(&path).await;
    let csrf = form_field(&page.text, "csrf").unwrap();
    staff.post_form(&format!("{path}/reply"), &[("csrf", &csrf), ("body", "Come at 3.")]).await;
    phone.click(&phone.find("[data-live-status] a").await).await;
    assert!(shows(&phone, "ol.thread", "Come at 3.", Duration::from_secs(5)).await, "the refresh link shows the reply");
}
