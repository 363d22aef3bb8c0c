//! The OpenAPI 3.1 document for `/api/v1`, written from the route table (`routes.rs`): its
//! paths and operations are the routes the router serves, and every schema is generated from
//! the request, response and query types those routes name.

use crate::state::AppState;
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{Value, json};
use std::sync::LazyLock;

/// Written once: the table does not change while the process runs.
static DOCUMENT: LazyLock<Value> = LazyLock::new(document);

pub fn router() -> Router<AppState> {
    Router::new().route("/openapi.json", get(|| async { Json(&*DOCUMENT) }))
}

pub fn document() -> Value {
    let (paths, schemas) = written();
    json!({
        "openapi": "3.1.0",
        "info": {"title": "Portico clinic API", "version": "1"},
        "servers": [{"url": "/api/v1"}],
        "security": [{"apiKey": []}],
        "paths": paths,
        "components": {
            "securitySchemes": {"apiKey": {"type": "http", "scheme": "bearer"}},
            "parameters": {
                "IdempotencyKey": {"name": "Idempotency-Key", "in": "header", "required": false,
                    "description": "Same key and body: the first response again. Same key, other body: 422.",
                    "schema": {"type": "string", "minLength": 1, "maxLength": 255}}
            },
            "responses": {
                "Error": {"description": "Error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            },
            "schemas": schemas
        }
    })
}

/// The schemas of the request and response types (`schemars`), by the name each type gives
/// itself: the body a handler reads is described by the struct it deserializes into, and a
/// response by the struct it serializes, so the two cannot tell different stories.
pub fn generated_schemas() -> serde_json::Map<String, Value> {
    written().1
}

/// The paths of the route table, and the schemas of every type they name (and of the error
/// body every operation may answer with).
fn written() -> (serde_json::Map<String, Value>, serde_json::Map<String, Value>) {
    let mut s = Schemas::new();
    let mut paths = super::routes().paths(&mut s);
    super::error::schemas(&mut s);
    let mut out = s.requests.take_definitions(true);
    // `#[serde(default)]` on an `Option` says `"default": null`, which tells a reader nothing.
    fn drop_null_defaults(v: &mut Value) {
        match v {
            Value::Object(map) => {
                if map.get("default") == Some(&Value::Null) {
                    map.remove("default");
                }
                map.values_mut().for_each(drop_null_defaults);
            }
            Value::Array(items) => items.iter_mut().for_each(drop_null_defaults),
            _ => {}
        }
    }
    // A type both read and written (a calendar's week, quiet hours) keeps its request schema:
    // it accepts everything the type writes, and says which fields may be left out.
    for (name, schema) in s.responses.take_definitions(true) {
        out.entry(name).or_insert(schema);
    }
    out.values_mut().for_each(drop_null_defaults);
    paths.values_mut().for_each(drop_null_defaults);
    (paths, out)
}

/// The schemas of the types the routes name, requests and responses generated apart.
pub(super) struct Schemas {
    requests: schemars::SchemaGenerator,
    responses: schemars::SchemaGenerator,
}

impl Schemas {
    fn new() -> Schemas {
        let settings = |contract| {
            let mut s = schemars::generate::SchemaSettings::draft2020_12();
            s.definitions_path = "/components/schemas".into();
            s.meta_schema = None;
            s.contract = contract;
            s
        };
        Schemas {
            requests: settings(schemars::generate::Contract::Deserialize).into_generator(),
            responses: settings(schemars::generate::Contract::Serialize).into_generator(),
        }
    }

    /// A body a handler answers with.
    pub(super) fn response<T: schemars::JsonSchema>(&mut self) {
        self.responses.subschema_for::<T>();
    }

    /// The schema of a body a handler reads: a reference to it, or the schema itself when the
    /// type is inline (a query).
    pub(super) fn request_ref<T: schemars::JsonSchema>(&mut self) -> Value {
        self.requests.subschema_for::<T>().to_value()
    }

    /// The schema of a body a handler answers with, as `request_ref`.
    pub(super) fn response_ref<T: schemars::JsonSchema>(&mut self) -> Value {
        self.responses.subschema_for::<T>().to_value()
    }
}

/// A list response: `{"data": [...]}`.
#[derive(serde::Serialize, schemars::JsonSchema)]
#[schemars(rename = "{T}List")]
pub(super) struct List<T> {
    pub data: Vec<T>,
}
