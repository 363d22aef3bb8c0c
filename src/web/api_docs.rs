//! `GET /api/docs`: the API reference, drawn on the server from the OpenAPI document
//! (`api::openapi_document`) with the product's own stylesheet: every operation with its
//! parameters, body and answers, then every schema with its fields. Nothing is loaded from
//! another origin and no script runs; the machine-readable document stays at
//! `/api/v1/openapi.json`.

use crate::state::AppState;
use askama::Template;
use axum::Router;
use axum::http::header;
use axum::response::{Html, IntoResponse};
use axum::routing::get;
use serde_json::Value;

pub fn router() -> Router<AppState> {
    Router::new().route("/api/docs", get(page))
}

#[derive(Template)]
#[template(path = "api_docs.html")]
struct DocsPage {
    version: String,
    operations: Vec<Operation>,
    schemas: Vec<Schema>,
}

struct Operation {
    anchor: String,
    method: String,
    path: String,
    summary: String,
    parameters: Vec<String>,
    body: Option<String>,
    responses: Vec<String>,
}

struct Schema {
    name: String,
    fields: Vec<(String, String)>,
}

/// A schema as a reader says it: its name, "one of …", "list of …", or its type.
fn shape(s: &Value) -> String {
    if let Some(r) = s.get("$ref").and_then(Value::as_str) {
        return r.rsplit('/').next().unwrap_or(r).to_string();
    }
    if let Some(e) = s.get("enum").and_then(Value::as_array) {
        let names: Vec<String> =
            e.iter().map(|v| v.as_str().map(String::from).unwrap_or_else(|| v.to_string())).collect();
        return format!("one of {}", names.join(", "));
    }
    if let Some(c) = s.get("const") {
        return format!("always {c}");
    }
    match s.get("type") {
        Some(Value::String(t)) if t == "array" => format!("list of {}", s.get("items").map(shape).unwrap_or_default()),
        Some(Value::String(t)) => t.clone(),
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(" or "),
        _ => "any".into(),
    }
}

fn operations(doc: &Value) -> Vec<Operation> {
    let mut out = vec![];
    for (path, ops) in doc["paths"].as_object().into_iter().flatten() {
        for (method, op) in ops.as_object().into_iter().flatten() {
            let parameters = op["parameters"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|p| {
                    let p = match p.get("$ref").and_then(Value::as_str) {
                        Some(r) => &doc["components"]["parameters"][r.rsplit('/').next().unwrap_or(r)],
                        None => p,
                    };
                    let required = if p["required"] == true { ", required" } else { "" };
                    format!(
                        "{} ({}{}): {}",
                        p["name"].as_str().unwrap_or(""),
                        p["in"].as_str().unwrap_or(""),
                        required,
                        shape(&p["schema"])
                    )
                })
                .collect();
            let body = op["requestBody"]["content"]
                .as_object()
                .and_then(|c| c.iter().next())
                .map(|(kind, c)| format!("{kind}: {}", shape(&c["schema"])));
            let responses = op["responses"]
                .as_object()
                .into_iter()
                .flatten()
                .map(|(code, r)| {
                    let schema = r["content"]["application/json"]["schema"].clone();
                    if schema.is_null() { code.clone() } else { format!("{code}: {}", shape(&schema)) }
                })
                .collect();
            out.push(Operation {
                anchor: format!("{method}-{}", path.replace(['/', '{', '}'], "-")),
                method: method.to_uppercase(),
                path: path.clone(),
                summary: op["summary"].as_str().unwrap_or("").to_string(),
                parameters,
                body,
                responses,
            });
        }
    }
    out.sort_by(|a, b| (&a.path, &a.method).cmp(&(&b.path, &b.method)));
    out
}

fn schemas(doc: &Value) -> Vec<Schema> {
    doc["components"]["schemas"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(name, s)| {
            let required: Vec<&str> =
                s["required"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
            let fields = s["properties"]
                .as_object()
                .into_iter()
                .flatten()
                .map(|(f, p)| {
                    let mut what = shape(p);
                    if required.contains(&f.as_str()) {
                        what.push_str(", required");
                    }
                    if let Some(d) = p["description"].as_str() {
                        what = format!("{what} — {d}");
                    }
                    (f.clone(), what)
                })
                .collect();
            Schema { name: name.clone(), fields }
        })
        .collect()
}

async fn page() -> impl IntoResponse {
    let doc = crate::web::api::openapi_document();
    let page = DocsPage {
        version: doc["info"]["version"].as_str().unwrap_or("").to_string(),
        operations: operations(&doc),
        schemas: schemas(&doc),
    };
    match page.render() {
        Ok(html) => ([(header::CACHE_CONTROL, "no-store")], Html(html)).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "could not draw the API reference");
            (axum::http::StatusCode::INTERNAL_SERVER_ERROR, "the API reference could not be drawn").into_response()
        }
    }
}
