//! Refills: the patient picks a medicine the clinic listed (or describes one), picks a
//! pharmacy, and follows the request's timeline. Medicines are health details, so every page
//! here needs a stepped-up session. Forms work without JavaScript and answer with a redirect.

use super::pages::{context, session_csrf};
use super::{PageError, PageResult, PatientSession, SessionForm, lang, page, step_up};
use crate::domain::{MedicationId, RefillId, RefillStatus, ShortText};
use crate::i18n::Lang;
use crate::state::AppState;
use crate::store::{AuditEvent, Message, RefillRequest};
use crate::web::cookie::with_optional_cookie;
use crate::web::page::SupportCode;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect};
use serde::Deserialize;
use std::collections::HashMap;

#[derive(Template)]
#[template(path = "patient_refills.html")]
struct RefillsPage {
    t: Lang,
    here: String,
    clinic_id: String,
    clinic: String,
    csrf: String,
    problem: String,
    /// Where the request form posts (`refill_form.html`).
    refill_action: String,
    medications: Vec<Choice>,
    pharmacies: Vec<String>,
    requests: Vec<Line>,
}

/// A medicine the clinic listed, to pick in the request form.
pub(super) struct Choice {
    pub id: String,
    pub name: String,
    pub instructions: Option<String>,
}

/// What the request form offers for `patient`: their active listed medicines, and the
/// pharmacies they used before (newest first, each once, at most five).
pub(super) async fn choices(
    state: &AppState,
    clinic: &crate::store::Clinic,
    patient: &crate::store::Patient,
) -> PageResult<(Vec<Choice>, Vec<String>, Vec<RefillRequest>)> {
    let (medications, requests) = tokio::try_join!(
        state.store.medications(&clinic.id, &patient.id),
        state.store.refills(&clinic.id, None, Some(&patient.id), 50),
    )?;
    let mut pharmacies: Vec<String> = vec![];
    for r in &requests {
        if !pharmacies.contains(&r.pharmacy) {
            pharmacies.push(r.pharmacy.clone());
        }
    }
    pharmacies.truncate(5);
    let medications = medications
        .into_iter()
        .filter(|m| m.active)
        .map(|m| Choice { id: m.id.to_string(), name: m.name, instructions: m.instructions })
        .collect();
    Ok((medications, pharmacies, requests))
}

struct Line {
    id: String,
    medication: String,
    status: &'static str,
    when: String,
}

#[derive(Template)]
#[template(path = "patient_refill.html")]
struct RefillPage {
    t: Lang,
    here: String,
    clinic_id: String,
    clinic: String,
    clinic_phone: Option<super::CallNumber>,
    csrf: String,
    id: String,
    medication: String,
    pharmacy: String,
    status: &'static str,
    needs_visit: bool,
    notice: String,
    timeline: Vec<Step>,
}

struct Step {
    status: &'static str,
    when: String,
    note: Option<String>,
}

pub async fn list(State(state): State<AppState>, headers: HeaderMap, s: PatientSession) -> PageResult {
    step_up::require(&state, &headers, &s, "/p/refills").await?;
    s.record_read(&state, "refills.viewed", s.session.patient_id.as_str()).await;
    list_page(&state, &headers, &s, "").await
}

async fn list_page(state: &AppState, headers: &HeaderMap, s: &PatientSession, problem: &str) -> PageResult {
    let (clinic, patient) = context(state, s).await?;
    let t = lang::for_patient(&patient.language);
    let (medications, pharmacies, requests) = choices(state, &clinic, &patient).await?;
    let zone = patient.time_zone.tz().clone();
    let (csrf, cookie) = session_csrf(state, headers, s);
    let view = RefillsPage {
        t,
        here: "/p/refills".into(),
        clinic_id: clinic.id.to_string(),
        clinic: clinic.name.clone(),
        csrf,
        problem: problem.to_string(),
        refill_action: "/p/refills".into(),
        medications,
        pharmacies,
        requests: requests
            .iter()
            .map(|r| Line {
                id: r.id.to_string(),
                medication: r.medication.clone(),
                status: r.status.words(),
                when: t.datetime_short(&r.created_at.to_zoned(zone.clone())),
            })
            .collect(),
    };
    let status = if problem.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok(with_optional_cookie(page(status, &view), cookie))
}

#[derive(Deserialize)]
pub(super) struct RequestForm {
    /// A listed medicine's id, or `other`.
    #[serde(default)]
    medication: String,
    #[serde(default)]
    other_medication: String,
    /// A pharmacy used before, or `other`.
    #[serde(default)]
    pharmacy: String,
    #[serde(default)]
    other_pharmacy: String,
    #[serde(default)]
    note: String,
}

/// A refill request as filed: by the patient, or by a caregiver for them.
pub(super) struct Filing<'a> {
    pub clinic: &'a crate::store::Clinic,
    pub patient: &'a crate::store::Patient,
    /// Who asks, as `Actor` writes it.
    pub actor: String,
    /// The message's sender in the care team's inbox ("Marta Ruiz for Ana Ruiz"), if not the
    /// patient.
    pub sender: Option<String>,
}

/// File the request `form` describes: stored, and written to the care team's inbox (owed a
/// reply by the refill promise). `Ok(Err(problem))` names what the form lacks (nothing stored).
pub(super) async fn file(
    state: &AppState,
    by: &Filing<'_>,
    form: &RequestForm,
) -> PageResult<Result<RefillRequest, &'static str>> {
    let (clinic, patient) = (by.clinic, by.patient);
    // The medicine: one the clinic listed for this patient, or the asker's own words.
    let (medication_id, medication) = if form.medication == "other" || form.medication.is_empty() {
        match ShortText::parse(&form.other_medication) {
            Ok(name) => (None, name.to_string()),
            Err(_) => return Ok(Err("refills-need-medicine")),
        }
    } else {
        let listed = state.store.medications(&clinic.id, &patient.id).await?;
        let picked = MedicationId::parse(&form.medication)
            .ok()
            .and_then(|id| listed.into_iter().find(|m| m.id == id && m.active));
        match picked {
            Some(m) => (Some(m.id), m.name),
            None => return Ok(Err("refills-need-medicine")),
        }
    };
    let pharmacy_raw =
        if form.pharmacy == "other" || form.pharmacy.is_empty() { &form.other_pharmacy } else { &form.pharmacy };
    let Ok(pharmacy) = ShortText::parse(pharmacy_raw) else {
        return Ok(Err("refills-need-pharmacy"));
    };
    let note = crate::domain::Note::parse_optional(&form.note)
        .map_err(|_| PageError::unprocessable("page-problem-heading", "page-form-explain", SupportCode::Note))?
        .map(crate::domain::Note::into_string);
    let now = state.now();
    let r = RefillRequest {
        id: RefillId::new(),
        clinic_id: clinic.id.clone(),
        patient_id: patient.id.clone(),
        medication_id,
        medication,
        pharmacy: pharmacy.to_string(),
        note,
        status: RefillStatus::Received,
        created_at: now,
        updated_at: now,
    };
    state.store.insert_refill(&r, &by.actor).await?;
    let mut words = format!("Refill request: {} (pharmacy: {}; {}).", r.medication, r.pharmacy, r.id);
    if let Some(n) = &r.note {
        words.push_str(if by.sender.is_some() { " Note: " } else { " Patient's note: " });
        words.push_str(n);
    }
    let m = Message::from_patient(patient, words, now);
    let m = Message { sender: by.sender.clone().unwrap_or(m.sender.clone()), ..m };
    state.store.insert_message(&m, None, None).await?;
    crate::web::promise::patient_wrote(state, clinic, &patient.thread_id, crate::domain::ReplyCategory::Refill, now)
        .await;
    Ok(Ok(r))
}

/// The patient asks for a refill.
pub async fn request(State(state): State<AppState>, f: SessionForm<RequestForm>) -> PageResult {
    f.stepped_up(&state, "/p/refills").await?;
    let (s, form, headers) = (&f.session, &f.form, f.headers());
    let (clinic, patient) = context(&state, s).await?;
    let actor = crate::domain::Actor::Patient(patient.id.clone());
    let by = Filing { clinic: &clinic, patient: &patient, actor: actor.to_string(), sender: None };
    let r = match file(&state, &by, form).await? {
        Ok(r) => r,
        Err(problem) => return list_page(&state, headers, s, problem).await,
    };
    let now = state.now();
    let _ = state
        .store
        .record_audit(
            &AuditEvent::new(now, Some(&clinic.id), actor, "refill.requested").auth(s.auth()).subject(r.id.as_str()),
        )
        .await;
    Ok(Redirect::to(&format!("/p/refills/{}?sent=1", r.id)).into_response())
}

/// The request `raw_id`, if it is this session's patient's.
async fn owned(
    state: &AppState,
    s: &PatientSession,
    raw_id: &str,
) -> PageResult<(crate::store::Clinic, crate::store::Patient, RefillRequest)> {
    let id = RefillId::parse(raw_id).map_err(|_| PageError::NotFound)?;
    let (clinic, patient) = context(state, s).await?;
    match state.store.refill(&clinic.id, &id).await? {
        Some(r) if r.patient_id == patient.id => Ok((clinic, patient, r)),
        _ => Err(PageError::NotFound),
    }
}

pub async fn show(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
    s: PatientSession,
) -> PageResult {
    step_up::require(&state, &headers, &s, &format!("/p/refills/{id}")).await?;
    let (clinic, patient, r) = owned(&state, &s, &id).await?;
    s.record_read(&state, "refills.viewed", r.id.as_str()).await;
    let events = state.store.refill_events(&r.id).await?;
    let t = lang::for_patient(&patient.language);
    let zone = patient.time_zone.tz().clone();
    let notice = if query.contains_key("sent") {
        t.t("refills-sent")
    } else if query.contains_key("visit") {
        t.t("refill-visit-requested")
    } else {
        String::new()
    };
    let (csrf, cookie) = session_csrf(&state, &headers, &s);
    let view = RefillPage {
        t,
        here: format!("/p/refills/{}", r.id),
        clinic_id: clinic.id.to_string(),
        clinic: clinic.name.clone(),
        clinic_phone: super::clinic_number(&clinic, &patient),
        csrf,
        id: r.id.to_string(),
        medication: r.medication.clone(),
        pharmacy: r.pharmacy.clone(),
        status: r.status.words(),
        needs_visit: r.status == RefillStatus::NeedsVisit,
        notice,
        timeline: events
            .into_iter()
            .map(|e| Step {
                status: e.status.words(),
                when: t.datetime_short(&e.at.to_zoned(zone.clone())),
                // The clinic's notes are for the patient; the patient's own note is not repeated.
                note: if crate::domain::Actor::is_patient(&e.actor) { None } else { e.note },
            })
            .collect(),
    };
    Ok(with_optional_cookie(page(StatusCode::OK, &view), cookie))
}

/// A form that is only its button (and the token `SessionForm` checks).
#[derive(Deserialize)]
pub struct ButtonForm {}

/// "The clinic needs to see you first": ask the care team for a visit, through the thread.
pub async fn ask_for_visit(
    State(state): State<AppState>,
    Path(id): Path<String>,
    f: SessionForm<ButtonForm>,
) -> PageResult {
    f.stepped_up(&state, &format!("/p/refills/{id}")).await?;
    let (clinic, patient, r) = owned(&state, &f.session, &id).await?;
    if r.status != RefillStatus::NeedsVisit {
        return Ok(Redirect::to(&format!("/p/refills/{}", r.id)).into_response());
    }
    let now = state.now();
    // For the care team, in the clinic's working language.
    let m = Message::from_patient(
        &patient,
        format!(
            "Visit request: refill {} ({}) needs a visit first. Please contact me to book one.",
            r.id, r.medication
        ),
        now,
    );
    state.store.insert_message(&m, None, None).await?;
    let category = crate::domain::ReplyCategory::Refill;
    crate::web::promise::patient_wrote(&state, &clinic, &patient.thread_id, category, now).await;
    let _ = state
        .store
        .record_audit(
            &AuditEvent::new(
                now,
                Some(&clinic.id),
                crate::domain::Actor::Patient(patient.id.clone()),
                "refill.visit_requested",
            )
            .auth(f.session.auth())
            .subject(r.id.as_str()),
        )
        .await;
    Ok(Redirect::to(&format!("/p/refills/{}?visit=1", r.id)).into_response())
}
