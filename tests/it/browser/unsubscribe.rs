//! The unsubscribe page in a real browser, in English and Arabic: it asks before it stops
//! anything, its button stops reminder and alert email, and axe-core finds nothing on either
//! page.

use super::checks::Axe;
use super::start;
use super::webdriver::Js;
use portico::domain::{Email, PatientId};
use serde_json::json;

#[tokio::test]
async fn the_unsubscribe_page_asks_first_and_passes_axe_in_english_and_arabic() {
    let Some(axe) = Axe::load() else { return };
    let Some((app, b)) = start(Js::Enabled).await else { return };
    let mut problems = vec![];
    for (n, language) in ["en", "ar"].into_iter().enumerate() {
        let email = format!("reader{n}@example.org");
        let p = app
            .create_patient(json!({"name": "Lan Tran", "email": email, "channels": ["email"], "language": language}))
            .await;
        let patient = PatientId::parse(p["id"].as_str().unwrap()).unwrap();
        let ring = app.state.links.keys.ring();
        let token =
            portico::links::unsubscribe_token(&ring, &app.clinic.id, &patient, &Email::parse(&email).unwrap()).unwrap();
        b.goto(&app.url(&format!("/u/{token}"))).await;
        b.find("form button[type=submit]").await;
        problems.extend(axe.violations(&b, &format!("unsubscribe ({language})")).await);
        let status =
            app.get(&format!("/patients/{}", p["id"].as_str().unwrap())).await.json()["contact_status"]["email"]
                .clone();
        assert_eq!(status, "ok", "opening the page stops nothing");
        b.click(&b.find("form button[type=submit]").await).await;
        b.find("p.notice[role=status]").await;
        problems.extend(axe.violations(&b, &format!("unsubscribed ({language})")).await);
        let status =
            app.get(&format!("/patients/{}", p["id"].as_str().unwrap())).await.json()["contact_status"]["email"]
                .clone();
        assert_eq!(status, "opted_out");
    }
    assert!(problems.is_empty(), "axe-core found accessibility problems:\n{}", problems.join("\n"));
}
