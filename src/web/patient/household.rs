//! `/p/household`: the visits a household reminder named (several patients who share a
//! phone), listed by time only. Whoever holds the phone opens one by giving the date of birth
//! of the person it is for; that starts a stepped-up session for that patient alone, which
//! still lists the household's visits so the next one can be opened the same way. Nothing of
//! one patient (name, place, clinician) is shown before that patient's date of birth is given.
//! Tries count against the patient's step-up limits (5 an hour, a hard stop after 20).

use super::step_up::{self, STEPPED_UP_ABSOLUTE};
use super::{PageError, PageResult, PatientSession, SessionForm, lang, page, session, with_cookie};
use crate::domain::{AppointmentId, Purpose};
use crate::i18n::Lang;
use crate::links::household_visits;
use crate::state::AppState;
use crate::store::{AuditEvent, Clinic};
use crate::web::cookie::with_optional_cookie;
use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect};
use jiff::SignedDuration;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "patient_household.html")]
struct HouseholdPage {
    t: Lang,
    here: String,
    clinic_id: String,
    clinic: String,
    clinic_phone: Option<String>,
    visits: Vec<Visit>,
    csrf: String,
    problem: String,
}

struct Visit {
    number: usize,
    when: String,
    open: bool,
}

#[derive(Deserialize)]
pub struct OpenForm {
    #[serde(default)]
    visit: usize,
    #[serde(default)]
    birth_date: String,
}

/// The household's visits, in the order the reminder named them.
fn visits_of(s: &PatientSession) -> PageResult<Vec<AppointmentId>> {
    if s.session.purpose != Purpose::Household {
        return Err(PageError::NotFound);
    }
    Ok(household_visits(s.session.subject_id.as_deref().unwrap_or("")))
}

async fn clinic_of(state: &AppState, s: &PatientSession) -> PageResult<Clinic> {
    state.store.clinic(&s.session.clinic_id).await?.ok_or(PageError::NotFound)
}

async fn render(
    state: &AppState,
    headers: &HeaderMap,
    s: &PatientSession,
    problem: &str,
) -> PageResult<axum::response::Response> {
    let clinic = clinic_of(state, s).await?;
    // The page speaks the language of the patient the reminder went to.
    let lead = state.store.patient(&clinic.id, &s.session.patient_id).await?.ok_or(PageError::NotFound)?;
    let t = lang::for_patient(&lead.language);
    let now = state.now();
    let mut visits = vec![];
    for (i, id) in visits_of(s)?.iter().enumerate() {
        let Some(a) = state.store.appointment(&clinic.id, id).await? else { continue };
        // Each time in its own patient's zone; nothing else of that patient.
        let zone = match state.store.patient(&clinic.id, &a.patient_id).await? {
            Some(p) => p.time_zone.tz().clone(),
            None => continue,
        };
        visits.push(Visit {
            number: i + 1,
            when: t.datetime_long(&a.starts_at.to_zoned(zone)),
            open: a.open_to_patient(now).is_ok(),
        });
    }
    let (csrf, cookie) = super::form::session_csrf(state, headers, s);
    let status = if problem.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let view = HouseholdPage {
        t,
        here: "/p/household".into(),
        clinic_id: clinic.id.to_string(),
        clinic: clinic.name.clone(),
        clinic_phone: clinic.phone.as_ref().map(|p| p.to_string()),
        visits,
        csrf,
        problem: problem.to_string(),
    };
    Ok(with_optional_cookie(page(status, &view), cookie))
}

pub async fn show(State(state): State<AppState>, headers: HeaderMap, s: PatientSession) -> PageResult {
    render(&state, &headers, &s, "").await
}

/// Open visit `visit` (1-based) with the date of birth of the person it is for.
pub async fn open(State(state): State<AppState>, f: SessionForm<OpenForm>) -> PageResult {
    let s = &f.session;
    let clinic = clinic_of(&state, s).await?;
    let visits = visits_of(s)?;
    let id = f.form.visit.checked_sub(1).and_then(|i| visits.get(i)).ok_or(PageError::BadForm)?;
    let appointment = state.store.appointment(&clinic.id, id).await?.ok_or(PageError::NotFound)?;
    let patient = state.store.patient(&clinic.id, &appointment.patient_id).await?.ok_or(PageError::NotFound)?;
    let now = state.now();
    // The clinic stopped taking the date of birth as proof after the reminder went out.
    if clinic.step_up_birth_date == crate::domain::BirthDateStepUp::Off {
        return render(&state, f.headers(), s, "household-off").await;
    }
    if step_up::failures(&state, &patient).await >= step_up::HARD_STOP {
        return render(&state, f.headers(), s, "household-locked").await;
    }
    let tries = state
        .store
        .rate_hit(&format!("stepup-try:{}", patient.id), now, now - SignedDuration::from_hours(1))
        .await
        .map_err(PageError::internal)?;
    if tries > step_up::TRIES_PER_HOUR {
        return render(&state, f.headers(), s, "step-up-too-many-tries").await;
    }
    let actor = crate::domain::Actor::Patient(patient.id.clone());
    let matches = patient.birth_date.is_some_and(|d| d.to_string() == f.form.birth_date.trim());
    if !matches {
        let fail = format!("stepup-fail:{}", patient.id);
        let _ = state.store.rate_hit(&fail, now, now - SignedDuration::from_hours(24 * 30)).await;
        let event = AuditEvent::new(now, Some(&clinic.id), actor, "step_up.failed").detail("household");
        let _ = state.store.record_audit(&event).await;
        return render(&state, f.headers(), s, "household-wrong").await;
    }
    let (secret, new) = step_up::stepped_up_session(now, crate::domain::AuthMethod::BirthDate)?;
    if !state.store.step_up(&s.id_hash, &new, Some(&patient.id), now).await? {
        return Err(PageError::SignedOut);
    }
    let _ = state.store.rate_reset(&format!("stepup-fail:{}", patient.id)).await;
    let event = AuditEvent::new(now, Some(&clinic.id), actor, "step_up.passed").detail("household_birth_date").auth(
        crate::domain::AuthMethod::audit_label(s.session.signed_in_with, Some(crate::domain::AuthMethod::BirthDate)),
    );
    let _ = state.store.record_audit(&event).await;
    let cookie = session::set_cookie(&secret, state.config.is_https(), STEPPED_UP_ABSOLUTE.as_secs());
    let to = format!("/p/appointments/{}", appointment.id);
    Ok(with_cookie(Redirect::to(&to).into_response(), &cookie))
}
