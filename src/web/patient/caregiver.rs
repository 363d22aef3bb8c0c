//! A caregiver's session and the check every request under a grant passes. The cookie
//! (`portico_caregiver`) holds 256 random bits, the database their SHA-256; it names a person,
//! never a patient. Each request names the patient in its path (`/p/for/{patient}/…`), and
//! `CaregiverSession::acting_for` finds that person's grant for that patient and asks it, at
//! the time of this request, whether it allows the page's scope: a revoked or expired grant
//! fails on the very next request, whatever cookie or link came before. Every refusal is
//! audited with the grant (if any) and why.

use super::{PageError, PageResult, csrf};
use crate::domain::{Act, Actor, CareGrant, PatientId, PersonId, Scope};
use crate::links::secret_hash;
use crate::state::AppState;
use crate::store::{AuditEvent, Clinic, Patient};
use crate::web::page::SupportCode;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use jiff::SignedDuration;
use serde::de::DeserializeOwned;

pub const COOKIE: &str = "portico_caregiver";
/// A caregiver proved a contact point with a code: the limits of a stepped-up session.
pub const IDLE: SignedDuration = SignedDuration::from_hours(1);
pub const ABSOLUTE: SignedDuration = SignedDuration::from_hours(24);

/// A new caregiver session, begun `with` a code (the invitation's or a sign-in's) or a
/// passkey, and the secret its cookie carries.
pub fn new_session(
    now: jiff::Timestamp,
    with: crate::domain::AuthMethod,
) -> PageResult<(String, crate::store::NewSession)> {
    let secret = crate::links::random_secret().map_err(PageError::internal)?;
    let session = crate::store::NewSession {
        id: crate::domain::SessionId::new(),
        id_hash: secret_hash(&secret),
        created_at: now,
        idle_expires_at: now + IDLE,
        expires_at: now + ABSOLUTE,
        signed_in_with: with,
        stepped_up_with: None,
    };
    Ok((secret, session))
}

pub fn set_cookie(value: &str, secure: bool) -> String {
    set_cookie_for(value, secure, ABSOLUTE)
}

/// The cookie of a session that may live `lifetime` at most (a link's: one hour).
pub fn set_cookie_for(value: &str, secure: bool, lifetime: SignedDuration) -> String {
    format!(
        "{COOKIE}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{}",
        lifetime.as_secs(),
        if secure { "; Secure" } else { "" }
    )
}

pub fn clear_cookie(secure: bool) -> String {
    format!("{COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{}", if secure { "; Secure" } else { "" })
}

/// A live caregiver session.
pub struct CaregiverSession {
    pub person: PersonId,
    pub id_hash: Vec<u8>,
    pub created_at: jiff::Timestamp,
    /// How it began: a code, a passkey, or a reminder copy's link (the audit trail's `auth`).
    pub auth: crate::domain::AuthMethod,
    /// Begun from a reminder copy's link: the one grant it may act under, for appointments
    /// only; anything more asks the caregiver to sign in.
    pub only_grant: Option<crate::domain::GrantId>,
}

/// What a request under a grant acts with: the grant that allowed it, and whom it is for.
pub struct Acting {
    pub grant: CareGrant,
    pub clinic: Clinic,
    pub patient: Patient,
    /// The time of the request.
    pub now: jiff::Timestamp,
    /// The session came from a reminder copy's link: appointments only.
    pub only_appointments: bool,
}

impl Acting {
    /// Whether the grant also allows `act` at this request (a page that shows what it may).
    pub fn may(&self, act: Act) -> bool {
        (!self.only_appointments || act == Act::Appointments)
            && self.grant.allows_for(Some(act), self.now, (&self.patient, &self.clinic)).is_ok()
    }

    /// The scopes the grant allows at this request, each by the least it opens its page for
    /// (messages: writing), as a page links them: a parent of a teenager keeps appointments
    /// and messages, not refills.
    pub fn scope_links(&self) -> Vec<(&'static str, &'static str)> {
        let least = |s: Scope| match s {
            Scope::Appointments => Act::Appointments,
            Scope::Messages => Act::SendMessage,
            Scope::Refills => Act::Refills,
        };
        let open = self.grant.scopes.as_slice().iter().filter(|s| self.may(least(**s)));
        open.map(|s| (s.as_str(), scope_words(*s))).collect()
    }
}

impl FromRequestParts<AppState> for CaregiverSession {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        // A page opened without a live session leads to the caregiver's sign-in; anything else
        // (a form, a stream) is refused as signed out.
        let signed_out = || match parts.method {
            axum::http::Method::GET if !parts.uri.path().ends_with("/live") => {
                PageError::Respond(Box::new(axum::response::Redirect::to("/p/for/sign-in").into_response()))
            }
            _ => PageError::SignedOut,
        };
        let Some(value) = crate::web::cookie::value(&parts.headers, COOKIE).filter(|v| v.len() == 43) else {
            return Err(signed_out());
        };
        let id_hash = secret_hash(&value);
        let now = state.now();
        let s = state.store.caregiver_session(&id_hash).await?.ok_or_else(signed_out)?;
        if !s.live(now) {
            return Err(signed_out());
        }
        if let Err(e) = state.store.touch_caregiver_session(&id_hash, now).await {
            tracing::warn!(error = %e, "could not extend a caregiver session");
        }
        Ok(CaregiverSession {
            person: s.person_id,
            id_hash,
            created_at: s.created_at,
            auth: s.signed_in_with,
            only_grant: s.only_grant,
        })
    }
}

/// The message id naming a scope on a page.
pub fn scope_words(s: Scope) -> &'static str {
    match s {
        Scope::Appointments => "caregiver-scope-appointments",
        Scope::Messages => "caregiver-scope-messages",
        Scope::Refills => "caregiver-scope-refills",
    }
}

/// Each scope of a grant as a page links it: its path segment and its words.
pub fn scope_links(g: &CareGrant) -> Vec<(&'static str, &'static str)> {
    g.scopes.as_slice().iter().map(|s| (s.as_str(), scope_words(*s))).collect()
}

/// A session from a reminder copy's link asked for more than that grant's appointments: the
/// caregiver signs in (a code to their phone or email, or a passkey) for the rest.
fn sign_in_for_more() -> PageError {
    PageError::Respond(Box::new(axum::response::Redirect::to("/p/for/sign-in?more=1").into_response()))
}

fn refused() -> PageError {
    PageError::Notice {
        status: StatusCode::FORBIDDEN,
        heading: "caregiver-refused-heading",
        explain: "caregiver-refused-explain",
        code: SupportCode::Grant,
    }
}

impl CaregiverSession {
    /// The person's grant for `raw_patient`, if it allows `act` now (`None`: any live grant,
    /// for the page that lists what the grant allows), for the patient's age today (a
    /// parent's grant narrows and ends as the child grows up: `CareGrant::allows_at`).
    /// Anything else is refused and audited.
    pub async fn acting_for(&self, state: &AppState, raw_patient: &str, act: Option<Act>) -> PageResult<Acting> {
        let now = state.now();
        let actor = Actor::Person(self.person.clone());
        let Ok(patient_id) = PatientId::parse(raw_patient) else {
            return Err(PageError::NotFound);
        };
        let grants = state.store.grants_of_person(&self.person).await?;
        let mut mine: Vec<&CareGrant> = grants.iter().filter(|g| g.patient_id == patient_id).collect();
        if let Some(only) = &self.only_grant {
            if act.is_some_and(|a| a != Act::Appointments) || !mine.iter().any(|g| &g.id == only) {
                return Err(sign_in_for_more());
            }
            mine.retain(|g| &g.id == only);
        }
        if mine.is_empty() {
            // Another patient's id in the address: nothing of theirs, not even whether they exist.
            let event = AuditEvent::new(now, None, actor, "grant.refused")
                .subject(patient_id.as_str())
                .detail(serde_json::json!({ "why": "no_grant" }).to_string());
            let _ = state.store.record_audit(&event).await;
            return Err(refused());
        }
        // One patient, so one clinic: what their age is decides with the grant.
        let first = mine[0];
        let clinic = state.store.clinic(&first.clinic_id).await?.ok_or(PageError::NotFound)?;
        let patient = state.store.patient(&first.clinic_id, &first.patient_id).await?.ok_or(PageError::NotFound)?;
        let check = |g: &CareGrant| g.allows_for(act, now, (&patient, &clinic));
        let allowed = mine.iter().find(|g| check(g).is_ok());
        let Some(grant) = allowed else {
            // The most telling reason: a live grant without this scope, else why the newest died.
            let Some(g) = mine.iter().find(|g| g.live(now).is_ok()).or(mine.last()) else {
                return Err(refused());
            };
            let why = check(g).err().map(|r| r.as_str()).unwrap_or("refused");
            let mut d = serde_json::json!({ "grant": g.id.as_str(), "why": why });
            if let Some(a) = act {
                d["scope"] = serde_json::Value::String(a.scope().as_str().into());
            }
            let event = AuditEvent::new(now, Some(&g.clinic_id), actor, "grant.refused")
                .subject(g.patient_id.as_str())
                .detail(d.to_string());
            let _ = state.store.record_audit(&event).await;
            return Err(refused());
        };
        let grant = (*grant).clone();
        if let Err(e) = state.store.grant_used(&grant.id, now).await {
            tracing::warn!(error = %e, "could not record a grant's use");
        }
        Ok(Acting { grant, clinic, patient, now, only_appointments: self.only_grant.is_some() })
    }

    /// For the caregiver's own pages (whom they help, their passkeys and settings): a session
    /// from a reminder copy's link opens none of them, and leads to the sign-in.
    pub fn whole(&self) -> PageResult<()> {
        match self.only_grant {
            Some(_) => Err(sign_in_for_more()),
            None => Ok(()),
        }
    }

    /// What this session's forms are bound to.
    fn bound(&self) -> String {
        let hex: String = self.id_hash.iter().take(16).map(|b| format!("{b:02x}")).collect();
        format!("caregiver:{hex}")
    }

    /// The token for forms on this session's pages, and the CSRF cookie to set if the browser
    /// has none.
    pub fn csrf(&self, state: &AppState, headers: &HeaderMap) -> (String, Option<String>) {
        let (seed, fresh) = csrf::seed_or_new(headers);
        let token = csrf::form_token(&state.links.keys.ring(), &seed, &self.bound());
        (token, fresh.then(|| csrf::set_cookie(&seed, state.config.is_https())))
    }
}

/// A form posted within a live caregiver session from Portico's own page.
pub struct CaregiverForm<T> {
    pub session: CaregiverSession,
    pub form: T,
}

impl<T: DeserializeOwned> FromRequest<AppState> for CaregiverForm<T> {
    type Rejection = PageError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let (mut parts, body) = req.into_parts();
        let session = CaregiverSession::from_request_parts(&mut parts, state).await?;
        let (_, form) = crate::web::form::checked(parts, body, state, &session.bound()).await?;
        Ok(CaregiverForm { session, form })
    }
}
