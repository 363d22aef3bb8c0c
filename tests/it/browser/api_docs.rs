//! The API reference page in a real browser: it names every operation of the OpenAPI
//! document, loads nothing from another origin, and axe-core finds nothing on it.

use super::checks::Axe;
use super::start;
use super::webdriver::Js;
use serde_json::json;

#[tokio::test]
async fn the_api_reference_names_every_operation_loads_nothing_foreign_and_passes_axe() {
    let Some(axe) = Axe::load() else { return };
    let Some((app, b)) = start(Js::Enabled).await else { return };
    b.goto(&app.url("/api/docs")).await;
    b.find("h1").await;
    let doc = portico::web::api::openapi_document();
    let shown: Vec<String> = serde_json::from_value(
        b.execute("return [...document.querySelectorAll('section h3 code')].map(c => c.textContent);", json!([])).await,
    )
    .unwrap();
    for (path, ops) in doc["paths"].as_object().unwrap() {
        for method in ops.as_object().unwrap().keys() {
            let title = format!("{} /api/v1{path}", method.to_uppercase());
            assert!(shown.contains(&title), "{title} is not on the page");
        }
    }
    let foreign = b
        .execute(
            "return performance.getEntriesByType('resource').map(e => e.name).filter(u => new URL(u).origin !== location.origin);",
            json!([]),
        )
        .await;
    assert_eq!(foreign, json!([]), "loaded from another origin");
    let problems = axe.violations(&b, "API reference").await;
    assert!(problems.is_empty(), "axe-core found accessibility problems:\n{}", problems.join("\n"));
}
