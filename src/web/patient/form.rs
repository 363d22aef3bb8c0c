//! The one way a patient form is read: within a live session, parsed, from Portico's own
//! origin, with the CSRF token bound to that session. Handlers take `SessionForm<T>` and get
//! a form they can act on, or the request has already been answered with the right page.

use super::step_up;
use super::{PageError, PageResult, PatientSession, csrf};
use crate::state::AppState;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::HeaderMap;
use serde::de::DeserializeOwned;

/// A form posted within a live session from Portico's own page.
pub struct SessionForm<T> {
    pub session: PatientSession,
    pub form: T,
    headers: HeaderMap,
}

impl<T: DeserializeOwned> FromRequest<AppState> for SessionForm<T> {
    type Rejection = PageError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let (mut parts, body) = req.into_parts();
        let session = PatientSession::from_request_parts(&mut parts, state).await?;
        let (headers, form) = crate::web::form::checked(parts, body, state, &session_bound(&session)).await?;
        Ok(SessionForm { session, form, headers })
    }
}

impl<T> SessionForm<T> {
    /// Health details need a stepped-up session; otherwise answer with the step-up page,
    /// which comes back to `next` afterwards.
    pub async fn stepped_up(&self, state: &AppState, next: &str) -> PageResult<()> {
        step_up::require(state, &self.headers, &self.session, next).await
    }

    /// Like `stepped_up`, for changes that could take over the account: the step-up must be
    /// fresh (`step_up::FRESH`).
    pub async fn freshly_stepped_up(&self, state: &AppState, next: &str) -> PageResult<()> {
        step_up::require_fresh(state, &self.headers, &self.session, next).await
    }

    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }
}

/// Whether a form posted within a session came from Portico's own page.
/// What a session form's token is bound to.
pub(super) fn session_bound(s: &PatientSession) -> String {
    format!("session:{}", s.session.id)
}

/// The token for forms on a session's page, and the CSRF cookie to set if the browser has none.
pub(super) fn session_csrf(state: &AppState, headers: &HeaderMap, s: &PatientSession) -> (String, Option<String>) {
    let (seed, fresh) = csrf::seed_or_new(headers);
    let token = csrf::form_token(&state.links.keys.ring(), &seed, &session_bound(s));
    (token, fresh.then(|| csrf::set_cookie(&seed, state.config.is_https())))
}
