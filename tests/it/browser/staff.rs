//! The care team's pages in a real browser, with JavaScript on and off: the clinic's administrator signs in with the
//! emailed link (from the dev outbox), see the patient's text in "Needs reply", open the
//! conversation and answer it, read the reply-time figures and plan an absence. axe-core
//! checks every staff page on the way (JavaScript on).

use super::checks::{Axe, Shots};
use super::start;
use super::webdriver::{Chrome, Js};
use crate::helpers::*;
use reqwest::StatusCode;
use serde_json::json;

const TEXT: &str = "Can I come at 3 instead of 11?";
const ANSWER: &str = "Yes, 3 pm works. See you then.";

/// Nina, the clinic's administrator on the care team, and Maria, who wrote to the clinic.
async fn clinic_with_a_patient_text(app: &TestApp) -> serde_json::Value {
    let r =
        app.post("/staff", &json!({"email": "nina@lakeside.example", "role": "admin", "name": "Nina Okafor"})).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    // A team, so that the conversation page offers to move it to one.
    let nurses = json!({"name": "Nurses", "members": [r.json()["id"]], "is_default": true});
    assert_eq!(app.post("/teams", &nurses).await.status, StatusCode::CREATED);
    let maria = app.maria().await;
    let id = portico::domain::PatientId::parse(maria["id"].as_str().unwrap()).unwrap();
    let p = app.state.store.patient(&app.clinic.id, &id).await.unwrap().unwrap();
    let m = portico::store::Message::from_patient(&p, TEXT.to_string(), app.clock_now());
    app.state.store.insert_message(&m, None, None).await.unwrap();
    // As every way a patient writes does: the reply clock starts.
    let category = portico::domain::ReplyCategory::Question;
    portico::reply_times::patient_wrote(&*app.state.store, &app.clinic, &p.thread_id, category, app.clock_now())
        .await
        .unwrap();
    maria
}

/// The sign-in link of the newest staff email in the dev outbox.
async fn sign_in_link(app: &TestApp) -> String {
    let outbox = app.outbox().await;
    let mail = outbox.iter().rev().find(|m| m["to"] == "nina@lakeside.example").expect("a sign-in email");
    let body = mail["body"].as_str().unwrap();
    body.split_whitespace().find(|w| w.contains("/staff/s/")).expect("a sign-in link").to_string()
}

/// Save the page as seen and, with JavaScript on, run axe-core on it.
async fn look(axe: &Axe, b: &Chrome, shots: &Shots, checked: bool, page: &str, problems: &mut Vec<String>) {
    shots.take(b, page).await;
    if checked {
        problems.extend(axe.violations(b, &format!("staff {page}")).await);
    }
}

async fn walk(js: Js, name: &str) {
    let Some(axe) = Axe::load() else { return };
    let Some((app, b)) = start(js).await else { return };
    let maria = clinic_with_a_patient_text(&app).await;
    let shots = Shots(name.into());
    let checked = js == Js::Enabled;
    let mut problems = vec![];
    b.goto(&app.url("/staff/signin")).await;
    look(&axe, &b, &shots, checked, "signin", &mut problems).await;
    b.send_keys(&b.find("#email").await, "nina@lakeside.example").await;
    b.click(&b.find("form[action='/staff/signin'] button").await).await;
    b.find("[role=status]").await;
    look(&axe, &b, &shots, checked, "signin-sent", &mut problems).await;
    b.goto(&sign_in_link(&app).await).await;
    look(&axe, &b, &shots, checked, "link", &mut problems).await;
    b.click(&b.find("form[action^='/staff/s/'] button").await).await;
    let row = b.find("a[href^='/staff/conversations/']").await;
    assert_eq!(b.text(&row).await, "Maria Lopez", "Maria's text needs a reply");
    look(&axe, &b, &shots, checked, "inbox", &mut problems).await;
    b.click(&row).await;
    let page = b.text(&b.find("main").await).await;
    assert!(page.contains(TEXT), "{page}");
    look(&axe, &b, &shots, checked, "conversation", &mut problems).await;
    b.send_keys(&b.find("#body").await, ANSWER).await;
    b.click(&b.find("form[action$='/reply'] button").await).await;
    let mut shown = false;
    for _ in 0..50 {
        shown = b.page_source().await.contains(ANSWER);
        if shown {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(shown, "the reply is on the page: {}", b.page_source().await);
    look(&axe, &b, &shots, checked, "replied", &mut problems).await;
    let thread = app.get(&format!("/patients/{}/messages", maria["id"].as_str().unwrap())).await.json();
    let last = thread["data"].as_array().unwrap().last().unwrap().clone();
    assert_eq!((last["author"].as_str(), last["body"].as_str()), (Some("staff"), Some(ANSWER)), "{thread}");
    assert_eq!(last["sender"], "Nina Okafor");
    // The reply counts in the reply-time figures, drawn as a table and a chart.
    b.goto(&app.url("/staff")).await;
    b.click(&b.find("a[href='/staff/reports']").await).await;
    let answered = b.text(&b.find("table.figures tbody tr:last-child td").await).await;
    assert_eq!(answered, "1", "one answer so far");
    b.find("svg[role=img]").await;
    look(&axe, &b, &shots, checked, "reports", &mut problems).await;
    // Planning an absence: today, with no one covering.
    b.goto(&app.url("/staff")).await;
    b.click(&b.find("a[href='/staff/away']").await).await;
    look(&axe, &b, &shots, checked, "away", &mut problems).await;
    b.click(&b.find("form[action='/staff/away'] button").await).await;
    let planned = b.text(&b.find("main ul.list li").await).await;
    assert!(planned.contains("Nina Okafor: 2030-03-05 to 2030-03-05"), "{planned}");
    look(&axe, &b, &shots, checked, "away-planned", &mut problems).await;
    // As the clinic's administrator, just signed in: the teams with their forms.
    b.goto(&app.url("/staff")).await;
    b.click(&b.find("a[href='/staff/admin/teams']").await).await;
    b.find("form[action^='/staff/admin/teams/']").await;
    look(&axe, &b, &shots, checked, "admin-teams", &mut problems).await;
    assert!(problems.is_empty(), "axe-core found accessibility problems:\n{}", problems.join("\n"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_administrator_signs_in_by_email_and_works_the_staff_pages_with_javascript_on() {
    walk(Js::Enabled, "staff").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_administrator_signs_in_by_email_and_works_the_staff_pages_with_javascript_off() {
    walk(Js::Disabled, "staff-nojs").await;
}
