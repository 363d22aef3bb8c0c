//! The staff session cookie (`portico_staff`: 256 random bits; the database keeps their
//! SHA-256), checked live on every request: ended, 30 minutes idle or 12 hours old, it is
//! gone and the page sends the browser to sign in. Staff forms go through `StaffForm`: a live
//! session, Portico's own origin and a CSRF token bound to that session.

use crate::domain::STAFF_SESSION_ABSOLUTE;
use crate::links::secret_hash;
use crate::state::AppState;
use crate::store::{Clinic, StaffMember, StaffSession};
use crate::web::csrf;
use crate::web::page::PageError;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::HeaderMap;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect};
use serde::de::DeserializeOwned;

pub const COOKIE: &str = crate::web::cookie::STAFF_SESSION;

pub fn set_cookie(value: &str, secure: bool) -> String {
    format!(
        "{COOKIE}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{}",
        STAFF_SESSION_ABSOLUTE.as_secs(),
        if secure { "; Secure" } else { "" }
    )
}

pub fn clear_cookie(secure: bool) -> String {
    format!("{COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{}", if secure { "; Secure" } else { "" })
}

/// A live staff session with the member and their clinic.
pub struct Staff {
    pub session: StaffSession,
    pub id_hash: Vec<u8>,
    pub member: StaffMember,
    pub clinic: Clinic,
}

fn to_sign_in() -> PageError {
    PageError::Respond(Box::new(Redirect::to("/staff/signin").into_response()))
}

impl FromRequestParts<AppState> for Staff {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let Some(value) = crate::web::cookie::value(&parts.headers, COOKIE).filter(|v| v.len() == 43) else {
            return Err(to_sign_in());
        };
        let id_hash = secret_hash(&value);
        let now = state.now();
        let session = state.store.staff_session(&id_hash).await?.ok_or_else(to_sign_in)?;
        if !session.live_at(now) {
            return Err(to_sign_in());
        }
        let member = state.store.staff_member(&session.clinic_id, &session.staff_id).await?.ok_or_else(to_sign_in)?;
        let clinic = state.store.clinic(&session.clinic_id).await?.ok_or_else(to_sign_in)?;
        if let Err(e) = state.store.touch_staff_session(&id_hash, now).await {
            tracing::warn!(error = %e, "could not extend a staff session");
        }
        Ok(Staff { session, id_hash, member, clinic })
    }
}

/// A form posted within a live staff session from Portico's own page.
pub struct StaffForm<T> {
    pub staff: Staff,
    pub form: T,
    headers: HeaderMap,
}

impl<T> StaffForm<T> {
    /// The request's headers (the ceremony cookie, the user agent).
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }
}

impl<T: DeserializeOwned> FromRequest<AppState> for StaffForm<T> {
    type Rejection = PageError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let (mut parts, body) = req.into_parts();
        let staff = Staff::from_request_parts(&mut parts, state).await?;
        let headers = parts.headers.clone();
        let (_, form) = crate::web::form::checked(parts, body, state, &bound(&staff.session)).await?;
        Ok(StaffForm { staff, form, headers })
    }
}

pub use crate::web::form::form_bytes;

/// What a staff form's token is bound to.
fn bound(s: &StaffSession) -> String {
    format!("staff:{}", s.id)
}

/// The token for forms on a staff page, and the CSRF cookie to set if the browser has none.
pub fn form_csrf(state: &AppState, headers: &HeaderMap, s: &StaffSession) -> (String, Option<String>) {
    let (seed, fresh) = csrf::seed_or_new(headers);
    let token = csrf::form_token(&state.links.keys.ring(), &seed, &bound(s));
    (token, fresh.then(|| csrf::set_cookie(&seed, state.config.is_https())))
}

/// The token for a form before sign-in, bound to what it acts on (`what`), and the cookie.
pub fn anonymous_csrf(state: &AppState, headers: &HeaderMap, what: &str) -> (String, Option<String>) {
    let (seed, fresh) = csrf::seed_or_new(headers);
    let token = csrf::form_token(&state.links.keys.ring(), &seed, what);
    (token, fresh.then(|| csrf::set_cookie(&seed, state.config.is_https())))
}

/// Whether a form before sign-in carries a token bound to `what` and comes from our origin.
pub fn anonymous_ok(state: &AppState, headers: &HeaderMap, what: &str, presented: &str) -> bool {
    let seed = csrf::seed_from(headers).unwrap_or_default();
    csrf::same_origin(headers, &state.config) && csrf::check(&state.links.keys.ring(), &seed, what, presented)
}
