//! The patient's session cookie. The cookie holds 256 random bits; the database holds only
//! their SHA-256. A session is checked live on every request: ended, idle or past its
//! absolute limit, it is gone.

use super::PageError;
use crate::links::secret_hash;
use crate::state::AppState;
use crate::store::Session;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;

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

impl PatientSession {
    /// How this session proved who it is, for the audit trail (`Session::auth`).
    pub fn auth(&self) -> String {
        self.session.auth()
    }

    /// Record that the patient read health details (`action`, e.g. `messages.viewed`, about
    /// `subject`). A failure to record is logged, and the page is still shown.
    pub async fn record_read(&self, state: &AppState, action: &str, subject: &str) {
        let actor = crate::domain::Actor::Patient(self.session.patient_id.clone());
        let e = crate::store::AuditEvent::new(state.now(), Some(&self.session.clinic_id), actor, action)
            .auth(self.auth())
            .subject(subject);
        if let Err(err) = state.store.record_audit(&e).await {
            tracing::warn!(error = %err, action, "could not audit a read");
        }
    }
}

impl FromRequestParts<AppState> for PatientSession {
    /// A store failure here is a page error like any other (an HTML page, not the API's JSON).
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let Some(value) = crate::web::cookie::value(&parts.headers, COOKIE).filter(|v| v.len() == 43) else {
            return Err(PageError::SignedOut);
        };
        let id_hash = secret_hash(&value);
        let now = state.now();
        let session = state.store.session(&id_hash).await?.ok_or(PageError::SignedOut)?;
        if !session.live_at(now) {
            return Err(PageError::SignedOut);
        }
        if let Err(e) = state.store.touch_session(&id_hash, now).await {
            tracing::warn!(error = %e, "could not extend a session");
        }
        Ok(PatientSession { session, id_hash })
    }
}
