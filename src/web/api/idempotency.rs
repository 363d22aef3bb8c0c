//! `Idempotency-Key` on POST: the first request with a key runs and its response is kept;
//! a repeat with the same body gets that response again (marked `Idempotent-Replayed`),
//! with a different body a 422, and while the first is still running a 409. Keys are per
//! clinic. Server errors are not kept, so a retry after one runs again.
//!
//! Two ways to keep an answer, chosen per route in the route table (`routes.rs`):
//! - `idempotency` reserves the key before the handler runs and keeps its answer after it
//!   (two writes around the handler's own);
//! - `in_store`, for a handler whose whole change is one store write: it hands the handler the
//!   key (`InStore`), and that write reserves the key and keeps the answer with the change
//!   (`Store::insert_appointment`), so on PostgreSQL the request is one round trip. An answer
//!   the handler gives without that write (a refusal) is kept here afterwards, as above.
//!
//! The kept response is sealed (`links::seal`) under the signing key, bound to its clinic and
//! key: a `POST /links` answer holds a working link, and a copy of the database must not.

use crate::state::AppState;
use crate::store::{Clinic, IdempotencyBegin, KeptAnswer};
use crate::web::BODY_LIMIT;
use crate::web::api::error::AppError;
use axum::body::{Body, Bytes, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use ring::digest;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

pub const HEADER: &str = "idempotency-key";

pub async fn idempotency(State(state): State<AppState>, req: Request, next: Next) -> Response {
    match run(state, req, next, false).await {
        Ok(resp) => resp,
        Err(e) => e.into_response(),
    }
}

/// For a route whose handler keeps its answer in its own write (`InStore`).
pub async fn in_store(State(state): State<AppState>, req: Request, next: Next) -> Response {
    match run(state, req, next, true).await {
        Ok(resp) => resp,
        Err(e) => e.into_response(),
    }
}

/// What a handler under `in_store` needs to keep its answer with its change.
#[derive(Clone)]
pub struct InStore {
    clinic: Clinic,
    key: String,
    request_hash: Vec<u8>,
    /// Set once the handler's write took the key: the layer then keeps nothing itself.
    written: Arc<AtomicBool>,
}

impl InStore {
    /// The answer the write keeps: `status` and the JSON `body`, sealed for this clinic and key.
    pub fn answer(&self, state: &AppState, status: StatusCode, body: &Bytes) -> Result<KeptAnswer, AppError> {
        let sealed = crate::links::seal(&state.links.keys.ring(), &seal_context(&self.clinic, &self.key), body)
            .map_err(|e| AppError::Internal(anyhow::anyhow!("sealing a response for replay: {e}")))?;
        Ok(KeptAnswer {
            clinic: self.clinic.id.clone(),
            key: self.key.clone(),
            request_hash: self.request_hash.clone(),
            status: status.as_u16(),
            body: sealed,
            now: state.now(),
        })
    }

    /// What to answer after the write: the handler's own answer if it wrote (`Fresh`), else
    /// what the key holds.
    pub fn respond(&self, state: &AppState, held: IdempotencyBegin, fresh: Response) -> Response {
        self.written.store(true, Ordering::Release);
        match held {
            IdempotencyBegin::Fresh => fresh,
            held => taken(state, &self.clinic, &self.key, held).unwrap_or_else(IntoResponse::into_response),
        }
    }
}

async fn run(state: AppState, req: Request, next: Next, handler_keeps: bool) -> Result<Response, AppError> {
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
    let (mut parts, body) = req.into_parts();
    // The import takes larger bodies than any other route (its own limit, `IMPORT_BODY_LIMIT`).
    let path = parts.uri.path();
    let import = path.ends_with("/import/fhir") || path.ends_with("/import/csv");
    let limit = if import { crate::web::IMPORT_BODY_LIMIT } else { BODY_LIMIT };
    let bytes = to_bytes(body, limit).await.map_err(|_| AppError::TooLarge)?;
    let mut ctx = digest::Context::new(&digest::SHA256);
    ctx.update(parts.uri.path().as_bytes());
    ctx.update(b"\n");
    ctx.update(&bytes);
    let request_hash = ctx.finish().as_ref().to_vec();

    if handler_keeps {
        let written = Arc::new(AtomicBool::new(false));
        let handed = InStore {
            clinic: clinic.clone(),
            key: key.clone(),
            request_hash: request_hash.clone(),
            written: written.clone(),
        };
        parts.extensions.insert(handed);
        let resp = next.run(Request::from_parts(parts, Body::from(bytes))).await;
        if written.load(Ordering::Acquire) {
            return Ok(resp);
        }
        // The handler answered before writing (it refused the request): kept as any answer is.
        return keep(&state, &clinic, &key, &request_hash, resp, false).await;
    }

    let now = state.now();
    match state.store.idempotency_begin(&clinic.id, &key, &request_hash, now).await? {
        IdempotencyBegin::Fresh => {}
        held => return taken(&state, &clinic, &key, held),
    }
    let resp = next.run(Request::from_parts(parts, Body::from(bytes))).await;
    keep(&state, &clinic, &key, &request_hash, resp, true).await
}

/// Keep `resp` under the key and send it on. Unless `reserved` (the key is this request's
/// already), the key is reserved first, and if another request holds it, that one's answer wins.
async fn keep(
    state: &AppState,
    clinic: &Clinic,
    key: &str,
    request_hash: &[u8],
    resp: Response,
    reserved: bool,
) -> Result<Response, AppError> {
    let (parts, body) = resp.into_parts();
    if !reserved {
        if parts.status.is_server_error() {
            return Ok(Response::from_parts(parts, body));
        }
        match state.store.idempotency_begin(&clinic.id, key, request_hash, state.now()).await? {
            IdempotencyBegin::Fresh => {}
            held => return taken(state, clinic, key, held),
        }
    }
    let body = match to_bytes(body, 16 * BODY_LIMIT).await {
        Ok(b) => b,
        Err(e) => {
            state.store.idempotency_abandon(&clinic.id, key).await?;
            return Err(AppError::Internal(anyhow::anyhow!("buffering a response: {e}")));
        }
    };
    if parts.status.is_server_error() {
        state.store.idempotency_abandon(&clinic.id, key).await?;
    } else {
        let sealed = crate::links::seal(&state.links.keys.ring(), &seal_context(clinic, key), &body);
        match sealed {
            Ok(sealed) => state.store.idempotency_finish(&clinic.id, key, parts.status.as_u16(), &sealed).await?,
            Err(e) => {
                // The answer still goes out; only its replay is lost.
                tracing::error!(error = %e, "could not seal a response for replay");
                state.store.idempotency_abandon(&clinic.id, key).await?;
            }
        }
    }
    Ok(Response::from_parts(parts, Body::from(body)))
}

/// The answer when the key was taken: the first answer again, or why there is none.
fn taken(state: &AppState, clinic: &Clinic, key: &str, held: IdempotencyBegin) -> Result<Response, AppError> {
    match held {
        IdempotencyBegin::Replay { status, body } => {
            let ring = state.links.keys.ring();
            let body = crate::links::open(&ring, &seal_context(clinic, key), &body).map_err(|_| {
                AppError::conflict(
                    "idempotency_expired",
                    "This Idempotency-Key's first response can no longer be replayed; send the request with a new key.",
                )
            })?;
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::OK);
            let mut resp = (status, body).into_response();
            resp.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
            resp.headers_mut().insert("idempotent-replayed", HeaderValue::from_static("true"));
            Ok(resp)
        }
        IdempotencyBegin::Mismatch => Err(AppError::Invalid {
            code: "idempotency_key_reused",
            field: "Idempotency-Key".into(),
            message: "This Idempotency-Key was already used with a different request.".into(),
        }),
        IdempotencyBegin::InProgress | IdempotencyBegin::Fresh => Err(AppError::conflict(
            "idempotency_in_progress",
            "A request with this Idempotency-Key is still being processed.",
        )),
    }
}

/// What a kept response belongs to: it opens only for the same clinic and key.
fn seal_context(clinic: &Clinic, key: &str) -> Vec<u8> {
    format!("idempotency:{}:{key}", clinic.id).into_bytes()
}
