//! Accepting a caregiver invitation at `/g/{secret}`. GET shows who invited whom for what and
//! changes nothing (link previews fetch every URL); the caregiver asks for a code, which goes to
//! the contact point the invitation named, and typing it back proves they hold that point now.
//! Then, in one transaction, the invitation is used (once), the person who proved that point
//! (or a new one) becomes the grantee, the grant turns active and a caregiver session starts.
//! An invitation used, expired, or whose grant was revoked is refused with a clear page,
//! changes nothing, and is audited.

use super::caregiver;
use super::step_up::new_code;
use super::{PageError, PageResult, csrf, lang, page, with_cookie};
use crate::domain::{Actor, CareGrant, GrantInvitation, PersonId};
use crate::i18n::Lang;
use crate::links::{constant_time_eq, secret_hash};
use crate::state::AppState;
use crate::store::{AuditEvent, Clinic, Patient};
use crate::web::cookie::with_optional_cookie;
use crate::web::page::SupportCode;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use jiff::SignedDuration;

const CODE_LIFETIME: SignedDuration = SignedDuration::from_mins(10);
const CODE_TRIES: i64 = 5;
const SENDS_PER_HOUR: i64 = 3;

#[derive(Template)]
#[template(path = "grant_invitation.html")]
struct InvitationPage {
    t: Lang,
    here: String,
    clinic_id: String,
    clinic: String,
    token: String,
    invited: String,
    scopes: Vec<(&'static str, &'static str)>,
    destination: String,
    code_sent: bool,
    problem: &'static str,
    csrf: String,
}

/// A live invitation and what it is for.
struct Open {
    invitation: GrantInvitation,
    grant: CareGrant,
    clinic: Clinic,
    patient: Patient,
}

fn refused() -> PageError {
    PageError::Notice {
        status: StatusCode::GONE,
        heading: "invitation-refused-heading",
        explain: "invitation-refused-explain",
        code: SupportCode::GrantInvite,
    }
}

/// The invitation behind `token`, if it can still be accepted; otherwise refused and audited.
async fn open(state: &AppState, token: &str) -> PageResult<Open> {
    let now = state.now();
    if token.len() != 43 {
        return Err(refused());
    }
    let Some(invitation) = state.store.grant_invitation(&secret_hash(token)).await? else {
        return Err(refused());
    };
    let grant = state.store.grant(&invitation.grant_id).await?.ok_or_else(refused)?;
    let why = if invitation.used_at.is_some() {
        Some("used")
    } else if invitation.expires_at <= now {
        Some("expired")
    } else if !grant.acceptable(now) {
        Some(grant.status_at(now).as_str())
    } else {
        None
    };
    if let Some(why) = why {
        let event = AuditEvent::new(now, Some(&grant.clinic_id), Actor::Anonymous, "grant.invitation_refused")
            .subject(grant.patient_id.as_str())
            .detail(serde_json::json!({ "grant": grant.id.as_str(), "why": why }).to_string());
        let _ = state.store.record_audit(&event).await;
        return Err(refused());
    }
    let clinic = state.store.clinic(&grant.clinic_id).await?.ok_or_else(refused)?;
    let patient = state.store.patient(&grant.clinic_id, &grant.patient_id).await?.ok_or_else(refused)?;
    lang::about_patient(&patient.language);
    Ok(Open { invitation, grant, clinic, patient })
}

fn bound(o: &Open) -> String {
    format!("invitation:{}", o.grant.id)
}

fn render(
    state: &AppState,
    headers: &HeaderMap,
    o: &Open,
    token: &str,
    code_sent: bool,
    problem: &'static str,
) -> Response {
    let t = lang::current();
    let (seed, fresh) = csrf::seed_or_new(headers);
    let view = InvitationPage {
        t,
        here: "/p".into(),
        clinic_id: o.clinic.id.to_string(),
        clinic: o.clinic.name.clone(),
        token: token.to_string(),
        invited: t.f(
            "invitation-intro",
            &[
                ("patient", crate::i18n::Arg::Str(o.patient.name.as_str())),
                ("caregiver", crate::i18n::Arg::Str(o.grant.grantee_name.as_str())),
            ],
        ),
        scopes: caregiver::scope_links(&o.grant),
        destination: o.grant.contact.masked(),
        code_sent,
        problem,
        csrf: csrf::form_token(&state.links.keys.ring(), &seed, &bound(o)),
    };
    let status = if problem.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    with_optional_cookie(page(status, &view), fresh.then(|| csrf::set_cookie(&seed, state.config.is_https())))
}

pub async fn show(State(state): State<AppState>, Path(token): Path<String>, headers: HeaderMap) -> PageResult {
    let o = open(&state, &token).await?;
    Ok(render(&state, &headers, &o, &token, false, ""))
}

#[derive(serde::Deserialize, Default)]
struct CodeForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    code: String,
}

/// The form, if it came from our own page for this invitation.
fn checked_form(state: &AppState, headers: &HeaderMap, o: &Open, body: &Bytes) -> PageResult<CodeForm> {
    let form: CodeForm = serde_urlencoded::from_bytes(body).map_err(|_| PageError::BadForm)?;
    let seed = csrf::seed_from(headers).unwrap_or_default();
    if !(csrf::same_origin(headers, &state.config)
        && csrf::check(&state.links.keys.ring(), &seed, &bound(o), &form.csrf))
    {
        return Err(PageError::Csrf);
    }
    Ok(form)
}

fn code_hash(o: &Open, code: &str) -> Vec<u8> {
    secret_hash(&format!("{}:{code}", o.grant.id))
}

/// Send a code to the invited contact point.
pub async fn send_code(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> PageResult {
    let o = open(&state, &token).await?;
    checked_form(&state, &headers, &o, &body)?;
    let now = state.now();
    let sends =
        state.store.rate_hit(&format!("grant-send:{}", o.grant.id), now, now - SignedDuration::from_hours(1)).await;
    if sends.map(|n| n > SENDS_PER_HOUR).unwrap_or(true) {
        return Ok(render(&state, &headers, &o, &token, false, "step-up-too-many-codes"));
    }
    let code = new_code().ok_or_else(|| PageError::internal("no randomness"))?;
    state.store.set_invitation_code(&o.grant.id, &code_hash(&o, &code), now + CODE_LIFETIME).await?;
    let t = lang::for_patient(&o.patient.language);
    if !crate::invite::send_code(&state, (&o.clinic, &o.patient), &o.grant, t, &code).await {
        return Ok(render(&state, &headers, &o, &token, false, "step-up-send-failed"));
    }
    Ok(render(&state, &headers, &o, &token, true, ""))
}

/// Check the code and accept.
pub async fn accept(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> PageResult {
    let o = open(&state, &token).await?;
    let form = checked_form(&state, &headers, &o, &body)?;
    let now = state.now();
    if o.invitation.code_tries >= CODE_TRIES {
        return Ok(render(&state, &headers, &o, &token, false, "invitation-code-locked"));
    }
    let ok = match (&o.invitation.code_hash, o.invitation.code_expires_at) {
        (Some(h), Some(until)) => until > now && constant_time_eq(h, &code_hash(&o, form.code.trim())),
        _ => false,
    };
    if !ok {
        state.store.invitation_code_failed(&o.grant.id).await?;
        let event = AuditEvent::new(now, Some(&o.clinic.id), Actor::Anonymous, "grant.invitation_code_wrong")
            .subject(o.patient.id.as_str())
            .detail(serde_json::json!({ "grant": o.grant.id.as_str() }).to_string());
        let _ = state.store.record_audit(&event).await;
        return Ok(render(&state, &headers, &o, &token, true, "step-up-code-wrong"));
    }
    let (secret, session) = caregiver::new_session(now, crate::domain::AuthMethod::Code)?;
    let new_person = PersonId::new().ok_or_else(|| PageError::internal("no randomness"))?;
    let Some(person) = state.store.accept_grant(&o.grant.id, &new_person, &session, now).await? else {
        return Err(refused());
    };
    // Their copies of reminders, if the grant asks for them, go in the language they read here.
    if let Some(lang) = super::lang::device() {
        state.store.set_person_language(&person, lang.code()).await?;
    }
    let event = AuditEvent::new(now, Some(&o.clinic.id), Actor::Person(person.clone()), "grant.accepted").under_grant(
        &o.grant,
        None,
        crate::domain::AuthMethod::Code,
    );
    let _ = state.store.record_audit(&event).await;
    if o.grant.reminder_copies {
        let mut accepted = o.grant.clone();
        accepted.status = crate::domain::GrantStatus::Active;
        accepted.grantee = Some(person);
        if let Err(e) = state.dispatcher.replan_copies(&o.clinic, &o.patient, &accepted).await {
            tracing::error!(error = ?e, grant = %o.grant.id, "could not plan the reminder copies");
        }
    }
    let to = format!("/p/for/{}", o.patient.id);
    Ok(with_cookie(Redirect::to(&to).into_response(), &caregiver::set_cookie(&secret, state.config.is_https())))
}
