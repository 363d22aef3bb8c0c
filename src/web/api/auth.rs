//! Clinic API keys: `Authorization: Bearer pk_…`. Only a SHA-256 of a key is stored (keys
//! are 256 random bits, so a fast hash is enough); the clinic it belongs to goes into the
//! request's extensions.

use crate::links::secret_hash;
use crate::state::AppState;
use crate::web::api::error::AppError;
use axum::extract::{Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

pub use crate::clinics::KEY_PREFIX;

pub async fn require_clinic(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let key = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|k| k.starts_with(KEY_PREFIX) && k.len() < 128)
        .map(str::to_string);
    let Some(key) = key else {
        return AppError::Unauthorized.into_response();
    };
    match state.store.clinic_by_api_key(&secret_hash(&key)).await {
        Ok(Some(clinic)) => {
            let key_prefix = key.get(..10).unwrap_or(&key).to_string();
            req.extensions_mut().insert(ApiCaller { actor: crate::domain::Actor::Api { key_prefix } });
            req.extensions_mut().insert(clinic);
            next.run(req).await
        }
        Ok(None) => AppError::Unauthorized.into_response(),
        Err(e) => AppError::from(e).into_response(),
    }
}

/// Who is calling, for the audit trail: the key's non-secret prefix.
#[derive(Clone, Debug)]
pub struct ApiCaller {
    pub actor: crate::domain::Actor,
}
