//! A form posted from one of Portico's own pages, after its session extractor has run: the
//! body must be urlencoded (else 400), read once for the handler's fields and once for the
//! `csrf` token every form carries, which must be the token for what the form acts on and
//! come from Portico's own origin (else 403). Patient, caregiver and staff forms all come here.

use crate::state::AppState;
use crate::web::csrf;
use crate::web::page::PageError;
use axum::body::{Body, Bytes};
use axum::extract::{FromRequest, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use serde::Deserialize;
use serde::de::DeserializeOwned;

#[derive(Deserialize)]
struct Token {
    #[serde(default)]
    csrf: String,
}

/// The body of a urlencoded form, or a 400.
pub async fn form_bytes(req: Request, state: &AppState) -> Result<Bytes, PageError> {
    let is_form = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if !is_form {
        return Err(PageError::BadForm);
    }
    Bytes::from_request(req, state).await.map_err(|_| PageError::BadForm)
}

/// The request's headers and its form, once its token is checked against `bound` (what the
/// form's token was made for: a session, a staff session, a caregiver session).
pub async fn checked<T: DeserializeOwned>(
    parts: Parts,
    body: Body,
    state: &AppState,
    bound: &str,
) -> Result<(HeaderMap, T), PageError> {
    let headers = parts.headers.clone();
    let bytes = form_bytes(Request::from_parts(parts, body), state).await?;
    let form: T = serde_urlencoded::from_bytes(&bytes).map_err(|_| PageError::BadForm)?;
    let token: Token = serde_urlencoded::from_bytes(&bytes).map_err(|_| PageError::BadForm)?;
    let seed = csrf::seed_from(&headers).unwrap_or_default();
    if !(csrf::same_origin(&headers, &state.config) && csrf::check(&state.links.keys.ring(), &seed, bound, &token.csrf))
    {
        return Err(PageError::Csrf);
    }
    Ok((headers, form))
}
