//! The clinic API under `/api/v1`: Bearer API keys, JSON in and out, `Idempotency-Key` on
//! every POST. Handlers turn JSON into domain values at the edge and hand them to the store.

mod appointments;
mod audit;
mod auth;
mod clinic;
mod conversations;
mod deliveries;
pub mod error;
mod grants;
mod idempotency;
mod import;
mod json;
mod links;
mod messages;
mod openapi;
mod patients;
mod refills;
mod reply_times;
mod reports;
mod routes;
mod saved_replies;
mod staff;
mod teams;
mod webhooks;

pub use auth::KEY_PREFIX;
pub use json::ApiJson;
pub use openapi::document as openapi_document;
pub use openapi::generated_schemas as openapi_generated_schemas;

use crate::state::AppState;
use crate::web::api::error::AppError;
use axum::Router;
use axum::middleware;

/// Every route of the API with what the document says of it: the router serves this table and
/// the OpenAPI document is written from it.
fn routes() -> routes::Routes {
    routes::Routes::new()
        .merge(patients::routes())
        .merge(appointments::routes())
        .merge(links::routes())
        .merge(deliveries::routes())
        .merge(messages::routes())
        .merge(refills::routes())
        .merge(clinic::routes())
        .merge(reply_times::routes())
        .merge(audit::routes())
        .merge(staff::routes())
        .merge(grants::routes())
        .merge(saved_replies::routes())
        .merge(reports::routes())
        .merge(teams::routes())
        .merge(conversations::routes())
        .merge(import::routes())
        .merge(webhooks::routes())
}

pub fn router(state: AppState) -> Router<AppState> {
    // Each route's idempotency layer is its own (`Routes::router`), inside the auth layer.
    routes()
        .router(&state)
        .route_layer(middleware::from_fn_with_state(state, auth::require_clinic))
        .merge(openapi::router())
        .fallback(|| async { AppError::NotFound("API route") })
}

/// The `{id}` in a path, as text. A path that cannot be read (bad percent-encoding) is a
/// 404 in the API's JSON shape, like any other id that does not exist.
pub struct ApiPath(pub String);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for ApiPath {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut axum::http::request::Parts, state: &S) -> Result<Self, Self::Rejection> {
        match axum::extract::Path::<String>::from_request_parts(parts, state).await {
            Ok(axum::extract::Path(id)) => Ok(ApiPath(id)),
            Err(_) => Err(AppError::NotFound("resource")),
        }
    }
}

/// Parse a path id, answering 404 (not 400) for anything that is not one: to a caller an
/// id that cannot exist and one that does not are the same.
fn path_id<T>(
    raw: &str,
    parse: fn(&str) -> Result<T, crate::domain::ParseError>,
    what: &'static str,
) -> Result<T, AppError> {
    parse(raw).map_err(|_| AppError::NotFound(what))
}

/// RFC 3339 in UTC with seconds, as every time in the API is written.
fn rfc3339(t: jiff::Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}
