//! `/u/{token}`: one-click unsubscribe (RFC 8058) from reminder and alert emails. The mail
//! provider POSTs `List-Unsubscribe=One-Click` with no cookie and no form token, so the POST
//! needs neither: the token itself (`links::Unsubscribe`, signed for this patient and this
//! address) is the whole proof, and what it can do is only stop email to that address,
//! exactly as unticking email in settings does. A person who opens the link gets a page
//! that asks first. Doing it twice changes nothing more. Codes and security notices still
//! reach the address (they carry no such link).

use super::{PageError, PageResult, lang, page};
use crate::domain::{Actor, Channel, ContactStatus};
use crate::links::Unsubscribe;
use crate::state::AppState;
use crate::store::{AuditEvent, Clinic, Patient};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;

#[derive(Template)]
#[template(path = "unsubscribe.html")]
struct UnsubscribePage {
    t: crate::i18n::Lang,
    here: String,
    clinic_id: String,
    clinic: String,
    /// The address, partly hidden (whoever holds the link may not be the patient).
    email: String,
    done: bool,
}

/// The clinic and patient the token is for, if it is still for the patient's address.
async fn whose(state: &AppState, token: &str) -> PageResult<(Clinic, Patient)> {
    let u = Unsubscribe::parse(token).ok_or(PageError::NotFound)?;
    let clinic = state.store.clinic(&u.clinic).await?.ok_or(PageError::NotFound)?;
    let patient = state.store.patient(&u.clinic, &u.patient).await?.ok_or(PageError::NotFound)?;
    let email = patient.email.as_ref().ok_or(PageError::NotFound)?;
    if !u.is_for(&state.links.keys.ring(), email) {
        return Err(PageError::NotFound);
    }
    Ok((clinic, patient))
}

fn shown(token: &str, clinic: Clinic, patient: &Patient, done: bool) -> PageResult {
    lang::about_patient(&patient.language);
    let view = UnsubscribePage {
        t: lang::for_patient(&patient.language),
        here: format!("/u/{token}"),
        clinic_id: clinic.id.to_string(),
        clinic: clinic.name,
        email: patient.email.as_ref().map(|e| e.masked()).unwrap_or_default(),
        done,
    };
    Ok(page(StatusCode::OK, &view))
}

pub async fn show(State(state): State<AppState>, Path(token): Path<String>) -> PageResult {
    let (clinic, patient) = whose(&state, &token).await?;
    let done = patient.email_status == Some(ContactStatus::OptedOut);
    shown(&token, clinic, &patient, done)
}

pub async fn unsubscribe(State(state): State<AppState>, Path(token): Path<String>) -> PageResult {
    let (clinic, patient) = whose(&state, &token).await?;
    if patient.email_status != Some(ContactStatus::OptedOut) {
        let now = state.now();
        state.store.set_contact_status(&patient.id, Channel::Email, ContactStatus::OptedOut, now).await?;
        let event = AuditEvent::new(now, Some(&clinic.id), Actor::Patient(patient.id.clone()), "patient.unsubscribed")
            .auth(crate::domain::AuthMethod::Link.as_str())
            .subject(patient.id.as_str())
            .detail(r#"{"channel":"email","by":"one_click"}"#);
        let _ = state.store.record_audit(&event).await;
    }
    shown(&token, clinic, &patient, true)
}
