//! HTTP. Each area exports `router()`; this module merges them and adds the layers every
//! response gets: security headers, metrics and a request span that never records the raw
//! path (a link token is a credential).

pub mod api;
mod api_docs;
pub mod client_ip;
mod cookie;
mod csrf;
mod dev;
mod form;
mod headers;
mod inbound;
pub mod lang;
pub mod live;
mod ops;
pub mod page;
pub mod patient;
pub(crate) mod promise;
mod reply;
mod safety;
mod staff;
mod webhooks;

use crate::state::AppState;
use axum::Router;
use axum::extract::{MatchedPath, Request, State};
use axum::middleware::{self, Next};
use axum::response::Response;
use std::time::Instant;

/// Largest request body any route accepts (but the import's).
pub const BODY_LIMIT: usize = 64 * 1024;
/// Largest FHIR bundle `POST /api/v1/import/fhir` accepts; larger files go through the CLI.
pub const IMPORT_BODY_LIMIT: usize = 8 * 1024 * 1024;

pub fn router(state: AppState) -> Router {
    let mut app = Router::new()
        .merge(ops::router())
        .merge(api_docs::router())
        .nest("/api/v1", api::router(state.clone()))
        .merge(patient::router())
        .merge(staff::router())
        .merge(webhooks::router());
    if state.config.dev_outbox_enabled() {
        app = app.merge(dev::router());
    }
    app.layer(axum::extract::DefaultBodyLimit::max(BODY_LIMIT))
        .layer(middleware::from_fn_with_state(state.clone(), headers::security_headers))
        .layer(middleware::from_fn_with_state(state.clone(), observe))
        .with_state(state)
}

async fn observe(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let start = Instant::now();
    let method = req.method().clone();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "unmatched".to_string());
    let span = tracing::info_span!("request", %method, %route);
    let resp = {
        let _enter = span.enter();
        drop(_enter);
        tracing::Instrument::instrument(next.run(req), span.clone()).await
    };
    let status = resp.status().as_u16();
    let elapsed = start.elapsed();
    state.metrics.request(method.as_str(), &route, status, elapsed);
    span.in_scope(|| {
        if status >= 500 {
            tracing::warn!(status, elapsed_ms = elapsed.as_secs_f64() * 1000.0, "request failed");
        } else {
            tracing::debug!(status, elapsed_ms = elapsed.as_secs_f64() * 1000.0, "request");
        }
    });
    resp
}
