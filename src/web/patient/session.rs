//! The patient's session cookie. The cookie holds 256 random bits; the database holds only
//! their SHA-256. A session is checked live on every request: ended, idle or past its
//! absolute limit, it is gone.

use super::{Notice, page};
use crate::links::secret_hash;
use crate::state::AppState;
use crate::store::Session;
use axum::extract::FromRequestParts;
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};

pub const COOKIE: &str = "portico_session";

pub fn set_cookie(value: &str, secure: bool, max_age_secs: i64) -> String {
    format!(
        "{COOKIE}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age_secs}{}",
        if secure { "; Secure" } else { "" }
    )
}

pub fn clear_cookie(secure: bool) -> String {
    format!("{COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{}", if secure { "; Secure" } else { "" })
}

/// A live session, extracted from the cookie.
pub struct PatientSession {
    pub session: Session,
    pub id_hash: Vec<u8>,
}

pub struct SignedOut;

impl IntoResponse for SignedOut {
    fn into_response(self) -> Response {
        let mut n = Notice::new("page-session-heading", "page-session-explain", "SES-NONE");
        n.show_request_form = true;
        page(StatusCode::UNAUTHORIZED, &n)
    }
}

impl FromRequestParts<AppState> for PatientSession {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let Some(value) = super::cookie(&parts.headers, COOKIE).filter(|v| v.len() == 43) else {
            return Err(SignedOut.into_response());
        };
        let id_hash = secret_hash(&value);
        let now = state.now();
        let session = match state.store.session(&id_hash).await {
            Ok(Some(s)) => s,
            Ok(None) => return Err(SignedOut.into_response()),
            Err(e) => return Err(crate::error::AppError::from(e).into_response()),
        };
        if session.ended_at.is_some() || now >= session.idle_expires_at || now >= session.expires_at {
            return Err(SignedOut.into_response());
        }
        if let Err(e) = state.store.touch_session(&id_hash, now).await {
            tracing::warn!(error = %e, "could not extend a session");
        }
        Ok(PatientSession { session, id_hash })
    }
}
