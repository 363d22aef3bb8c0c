//! `Idempotency-Key` on POST: the first request with a key runs and its response is kept;
//! a repeat with the same body gets that response again (marked `Idempotent-Replayed`),
//! with a different body a 422, and while the first is still running a 409. Keys are per
//! clinic. Server errors are not kept, so a retry after one runs again.
//!
//! The kept response is sealed (`links::seal`) under the signing key, bound to its clinic and
//! key: a `POST /links` answer holds a working link, and a copy of the database must not.

use crate::state::AppState;
use crate::store::{Clinic, IdempotencyBegin};
use crate::web::BODY_LIMIT;
use crate::web::api::error::AppError;
use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use ring::digest;

pub const HEADER: &str = "idempotency-key";

pub async fn idempotency(State(state): State<AppState>, req: Request, next: Next) -> Response {
    match run(state, req, next).await {
        Ok(resp) => resp,
        Err(e) => e.into_response(),
    }
}

async fn run(state: AppState, req: Request, next: Next) -> Result<Response, AppError> {
    if req.method() != Method::POST {
        return Ok(next.run(req).await);
    }
    let Some(raw) = req.headers().get(HEADER) else {
        return Ok(next.run(req).await);
    };
    let key = raw
        .to_str()
        .ok()
        .filter(|k| !k.is_empty() && k.len() <= 255 && k.bytes().all(|b| b.is_ascii_graphic()))
        .ok_or_else(|| AppError::invalid("Idempotency-Key", "must be 1 to 255 visible ASCII characters"))?
        .to_string();
    let Some(clinic) = req.extensions().get::<Clinic>().cloned() else {
        return Err(AppError::Unauthorized);
    };
    let (parts, body) = req.into_parts();
    // The import takes larger bodies than any other route (its own limit, `IMPORT_BODY_LIMIT`).
    let path = parts.uri.path();
    let import = path.ends_with("/import/fhir") || path.ends_with("/import/csv");
    let limit = if import { crate::web::IMPORT_BODY_LIMIT } else { BODY_LIMIT };
    let bytes = to_bytes(body, limit).await.map_err(|_| AppError::TooLarge)?;
    let mut ctx = digest::Context::new(&digest::SHA256);
    ctx.update(parts.uri.path().as_bytes());
    ctx.update(b"\n");
    ctx.update(&bytes);
    let request_hash = ctx.finish();

    let now = state.now();
    match state.store.idempotency_begin(&clinic.id, &key, request_hash.as_ref(), now).await? {
        IdempotencyBegin::Fresh => {}
        IdempotencyBegin::Replay { status, body } => {
            let ring = state.links.keys.ring();
            let body = crate::links::open(&ring, &seal_context(&clinic, &key), &body).map_err(|_| {
                AppError::conflict(
                    "idempotency_expired",
                    "This Idempotency-Key's first response can no longer be replayed; send the request with a new key.",
                )
            })?;
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::OK);
            let mut resp = (status, body).into_response();
            resp.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
            resp.headers_mut().insert("idempotent-replayed", HeaderValue::from_static("true"));
            return Ok(resp);
        }
        IdempotencyBegin::Mismatch => {
            return Err(AppError::Invalid {
                code: "idempotency_key_reused",
                field: "Idempotency-Key".into(),
                message: "This Idempotency-Key was already used with a different request.".into(),
            });
        }
        IdempotencyBegin::InProgress => {
            return Err(AppError::conflict(
                "idempotency_in_progress",
                "A request with this Idempotency-Key is still being processed.",
            ));
        }
    }

    let resp = next.run(Request::from_parts(parts, Body::from(bytes))).await;
    let (parts, body) = resp.into_parts();
    let body = match to_bytes(body, 16 * BODY_LIMIT).await {
        Ok(b) => b,
        Err(e) => {
            state.store.idempotency_abandon(&clinic.id, &key).await?;
            return Err(AppError::Internal(anyhow::anyhow!("buffering a response: {e}")));
        }
    };
    if parts.status.is_server_error() {
        state.store.idempotency_abandon(&clinic.id, &key).await?;
    } else {
        let sealed = crate::links::seal(&state.links.keys.ring(), &seal_context(&clinic, &key), &body);
        match sealed {
            Ok(sealed) => state.store.idempotency_finish(&clinic.id, &key, parts.status.as_u16(), &sealed).await?,
            Err(e) => {
                // The answer still goes out; only its replay is lost.
                tracing::error!(error = %e, "could not seal a response for replay");
                state.store.idempotency_abandon(&clinic.id, &key).await?;
            }
        }
    }
    Ok(Response::from_parts(parts, Body::from(body)))
}

/// What a kept response belongs to: it opens only for the same clinic and key.
fn seal_context(clinic: &Clinic, key: &str) -> Vec<u8> {
    format!("idempotency:{}:{key}", clinic.id).into_bytes()
}
