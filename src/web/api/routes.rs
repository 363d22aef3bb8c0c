//! The API's route table: each route is declared once, with its handler and what the OpenAPI
//! document says of it (summary, the types of its body, its answer and its query), so the
//! router and the document are two readings of one list and cannot name different routes.
//! Bodies, answers and queries are named by their Rust types; the schemas are generated from
//! those types (`openapi::Schemas`).

use super::idempotency;
use super::openapi::Schemas;
use crate::state::AppState;
use axum::Router;
use axum::handler::Handler;
use axum::middleware::from_fn_with_state;
use axum::routing::{MethodRouter, delete, get, patch, post, put};
use serde_json::{Map, Value, json};
use std::borrow::Cow;

type SchemaOf = fn(&mut Schemas) -> Value;

/// What the document says of one operation.
pub(super) struct Doc {
    summary: Cow<'static, str>,
    body: Option<Payload>,
    answer: Answer,
    query: Option<SchemaOf>,
    notes: Vec<(&'static str, &'static str)>,
}

enum Payload {
    Json(SchemaOf),
    /// A body the handler reads as bytes of this media type (a CSV file).
    Raw(&'static str),
}

enum Answer {
    Json(u16, SchemaOf),
    Empty(u16, &'static str),
}

impl Doc {
    fn with(summary: impl Into<Cow<'static, str>>, answer: Answer) -> Doc {
        Doc { summary: summary.into(), body: None, answer, query: None, notes: vec![] }
    }

    /// Answers 200 with a `T`.
    pub(super) fn ok<T: schemars::JsonSchema>(summary: impl Into<Cow<'static, str>>) -> Doc {
        Doc::with(summary, Answer::Json(200, Schemas::response_ref::<T>))
    }

    /// Answers 201 with the `T` it made.
    pub(super) fn created<T: schemars::JsonSchema>(summary: impl Into<Cow<'static, str>>) -> Doc {
        Doc::with(summary, Answer::Json(201, Schemas::response_ref::<T>))
    }

    /// Answers 202 with a `T`: the work is queued.
    pub(super) fn accepted<T: schemars::JsonSchema>(summary: impl Into<Cow<'static, str>>) -> Doc {
        Doc::with(summary, Answer::Json(202, Schemas::response_ref::<T>))
    }

    /// Answers 204, saying `what` happened.
    pub(super) fn no_content(summary: impl Into<Cow<'static, str>>, what: &'static str) -> Doc {
        Doc::with(summary, Answer::Empty(204, what))
    }

    /// Reads a JSON `T`.
    pub(super) fn body<T: schemars::JsonSchema>(mut self) -> Doc {
        self.body = Some(Payload::Json(Schemas::request_ref::<T>));
        self
    }

    /// Reads a body of this media type as it comes.
    pub(super) fn raw_body(mut self, media_type: &'static str) -> Doc {
        self.body = Some(Payload::Raw(media_type));
        self
    }

    /// Reads its query string into a `Q` (a struct marked `#[schemars(inline)]`); each field is a
    /// parameter, its doc comment the description.
    pub(super) fn query<Q: schemars::JsonSchema>(mut self) -> Doc {
        self.query = Some(Schemas::request_ref::<Q>);
        self
    }

    /// Describes the path's `{name}`.
    pub(super) fn path_note(mut self, name: &'static str, description: &'static str) -> Doc {
        self.notes.push((name, description));
        self
    }

    fn operation(&self, method: &str, schemas: &mut Schemas) -> Value {
        let mut responses = Map::new();
        for code in ["400", "401", "404", "409", "413", "422"] {
            responses.insert(code.into(), json!({"$ref": "#/components/responses/Error"}));
        }
        match &self.answer {
            Answer::Json(code, schema) => responses.insert(
                code.to_string(),
                json!({"description": "OK", "content": {"application/json": {"schema": schema(schemas)}}}),
            ),
            Answer::Empty(code, what) => responses.insert(code.to_string(), json!({"description": what})),
        };
        let mut op = json!({"summary": self.summary, "responses": responses});
        let mut parameters = vec![];
        // The idempotency layer reads the key on POST only.
        if method == "post" {
            parameters.push(json!({"$ref": "#/components/parameters/IdempotencyKey"}));
        }
        if let Some(query) = self.query {
            parameters.extend(query_parameters(query(schemas)));
        }
        if !parameters.is_empty() {
            op["parameters"] = Value::Array(parameters);
        }
        match &self.body {
            Some(Payload::Json(schema)) => {
                op["requestBody"] =
                    json!({"required": true, "content": {"application/json": {"schema": schema(schemas)}}});
            }
            Some(Payload::Raw(media)) => {
                op["requestBody"] = json!({"required": true, "content": {*media: {"schema": {"type": "string"}}}});
            }
            None => {}
        }
        op
    }
}

/// A query struct's schema as OpenAPI parameters: one per property, `null` dropped from its
/// type (an absent parameter is the null).
fn query_parameters(schema: Value) -> Vec<Value> {
    let required: Vec<&str> = schema["required"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
    let Some(properties) = schema["properties"].as_object() else { return vec![] };
    properties
        .iter()
        .map(|(name, property)| {
            let mut property = property.clone();
            let description = property.as_object_mut().and_then(|p| p.remove("description"));
            if let Some(types) = property["type"].as_array() {
                let kept: Vec<Value> = types.iter().filter(|t| *t != "null").cloned().collect();
                property["type"] = if kept.len() == 1 { kept[0].clone() } else { Value::Array(kept) };
            }
            let mut p =
                json!({"name": name, "in": "query", "required": required.contains(&name.as_str()), "schema": property});
            if let Some(d) = description {
                p["description"] = d;
            }
            p
        })
        .collect()
}

struct Route {
    path: &'static str,
    method: &'static str,
    handler: MethodRouter<AppState>,
    doc: Doc,
    /// The handler keeps its answer in its own write (`idempotency::InStore`).
    keeps_in_store: bool,
}

/// The routes of the API, in the order declared.
#[derive(Default)]
pub(super) struct Routes {
    routes: Vec<Route>,
}

macro_rules! method {
    ($($name:ident),*) => {$(
        pub(super) fn $name<H, T>(self, path: &'static str, handler: H, doc: Doc) -> Routes
        where
            H: Handler<T, AppState>,
            T: 'static,
        {
            self.add(path, stringify!($name), $name(handler), doc)
        }
    )*};
}

impl Routes {
    pub(super) fn new() -> Routes {
        Routes::default()
    }

    method!(get, post, put, patch, delete);

    fn add(mut self, path: &'static str, method: &'static str, handler: MethodRouter<AppState>, doc: Doc) -> Routes {
        self.routes.push(Route { path, method, handler, doc, keeps_in_store: false });
        self
    }

    /// The route declared last takes bodies up to `bytes` instead of the server's limit.
    pub(super) fn body_limit(mut self, bytes: usize) -> Routes {
        if let Some(last) = self.routes.pop() {
            let handler = last.handler.layer(axum::extract::DefaultBodyLimit::max(bytes));
            self.routes.push(Route { handler, ..last });
        }
        self
    }

    /// The route declared last keeps its `Idempotency-Key` answer in its own store write: its
    /// handler takes `idempotency::InStore` and must pass it to that write.
    pub(super) fn keeps_answer_in_store(mut self) -> Routes {
        if let Some(last) = self.routes.last_mut() {
            last.keeps_in_store = true;
        }
        self
    }

    pub(super) fn merge(mut self, other: Routes) -> Routes {
        self.routes.extend(other.routes);
        self
    }

    /// The router that serves the table (one path's methods share one method router), each
    /// route under its idempotency layer (`idempotency.rs`).
    pub(super) fn router(self, state: &AppState) -> Router<AppState> {
        self.routes.into_iter().fold(Router::new(), |router, r| {
            let handler = if r.keeps_in_store {
                r.handler.layer(from_fn_with_state(state.clone(), idempotency::in_store))
            } else {
                r.handler.layer(from_fn_with_state(state.clone(), idempotency::idempotency))
            };
            router.route(r.path, handler)
        })
    }

    /// The document's `paths`, registering every type the operations name in `schemas`.
    pub(super) fn paths(&self, schemas: &mut Schemas) -> Map<String, Value> {
        let mut paths = Map::new();
        for r in &self.routes {
            let item = paths.entry(r.path).or_insert_with(|| {
                let names = r.path.split('/').filter_map(|s| s.strip_prefix('{')?.strip_suffix('}'));
                let parameters: Vec<Value> = names
                    .map(|name| {
                        let mut p = json!({"name": name, "in": "path", "required": true, "schema": {"type": "string"}});
                        let notes = self.routes.iter().filter(|o| o.path == r.path).flat_map(|o| &o.doc.notes);
                        if let Some((_, d)) = notes.into_iter().find(|(n, _)| *n == name) {
                            p["description"] = json!(d);
                        }
                        p
                    })
                    .collect();
                if parameters.is_empty() { json!({}) } else { json!({"parameters": parameters}) }
            });
            item[r.method] = r.doc.operation(r.method, schemas);
        }
        paths
    }
}
