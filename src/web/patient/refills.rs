//! Refills: the patient picks a medicine the clinic listed (or describes one), picks a
//! pharmacy, and follows the request's timeline. Medicines are health details, so every page
//! here needs a stepped-up session. Forms work without JavaScript and answer with a redirect.

use super::pages::{context, csrf_refused, finish, form_ok, not_found, server_error, session_csrf};
use super::{Notice, PatientSession, lang, page, step_up};
use crate::domain::{MedicationId, RefillId, RefillStatus, ShortText};
use crate::i18n::Lang;
use crate::state::AppState;
use crate::store::{AuditEvent, Message, RefillRequest};
use askama::Template;
use axum::Form;
use axum::extract::rejection::FormRejection;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
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
    medications: Vec<Choice>,
    pharmacies: Vec<String>,
    requests: Vec<Line>,
}

struct Choice {
    id: String,
    name: String,
    instructions: Option<String>,
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
    clinic_phone: Option<String>,
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

pub async fn list(State(state): State<AppState>, headers: HeaderMap, s: PatientSession) -> Response {
    if !step_up::stepped_up(&s) {
        return step_up::prompt(&state, &headers, &s, "/p/refills", "", None).await;
    }
    list_page(&state, &headers, &s, "").await
}

async fn list_page(state: &AppState, headers: &HeaderMap, s: &PatientSession, problem: &str) -> Response {
    let (clinic, patient) = match context(state, s).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let t = lang::for_patient(&patient.language);
    let (medications, requests) = match tokio::try_join!(
        state.store.medications(&clinic.id, &patient.id),
        state.store.refills(&clinic.id, None, Some(&patient.id), 50),
    ) {
        Ok(x) => x,
        Err(e) => return server_error(e),
    };
    // The pharmacies the patient used before, newest first, each once.
    let mut pharmacies: Vec<String> = vec![];
    for r in &requests {
        if !pharmacies.contains(&r.pharmacy) {
            pharmacies.push(r.pharmacy.clone());
        }
    }
    pharmacies.truncate(5);
    let zone = patient.time_zone.tz().clone();
    let (csrf, cookie) = session_csrf(state, headers, s);
    let view = RefillsPage {
        t,
        here: "/p/refills".into(),
        clinic_id: clinic.id.to_string(),
        clinic: clinic.name.clone(),
        csrf,
        problem: problem.to_string(),
        medications: medications
            .into_iter()
            .filter(|m| m.active)
            .map(|m| Choice { id: m.id.to_string(), name: m.name, instructions: m.instructions })
            .collect(),
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
    finish(page(status, &view), cookie)
}

#[derive(Deserialize)]
pub struct RequestForm {
    #[serde(default)]
    csrf: String,
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

/// The patient asks for a refill.
pub async fn request(
    State(state): State<AppState>,
    headers: HeaderMap,
    s: PatientSession,
    form: Result<Form<RequestForm>, FormRejection>,
) -> Response {
    let Ok(Form(form)) = form else {
        return page(StatusCode::BAD_REQUEST, &Notice::new("page-problem-heading", "page-form-explain", "FORM"));
    };
    if !form_ok(&state, &headers, &s, &form.csrf) {
        return csrf_refused();
    }
    if !step_up::stepped_up(&s) {
        return step_up::prompt(&state, &headers, &s, "/p/refills", "", None).await;
    }
    let (clinic, patient) = match context(&state, &s).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    // The medicine: one the clinic listed for this patient, or the patient's own words.
    let (medication_id, medication) = if form.medication == "other" || form.medication.is_empty() {
        match ShortText::parse(&form.other_medication) {
            Ok(name) => (None, name.to_string()),
            Err(_) => return list_page(&state, &headers, &s, "refills-need-medicine").await,
        }
    } else {
        let listed = match state.store.medications(&clinic.id, &patient.id).await {
            Ok(list) => list,
            Err(e) => return server_error(e),
        };
        let picked = MedicationId::parse(&form.medication)
            .ok()
            .and_then(|id| listed.into_iter().find(|m| m.id == id && m.active));
        match picked {
            Some(m) => (Some(m.id), m.name),
            None => return list_page(&state, &headers, &s, "refills-need-medicine").await,
        }
    };
    let pharmacy_raw =
        if form.pharmacy == "other" || form.pharmacy.is_empty() { &form.other_pharmacy } else { &form.pharmacy };
    let Ok(pharmacy) = ShortText::parse(pharmacy_raw) else {
        return list_page(&state, &headers, &s, "refills-need-pharmacy").await;
    };
    let Ok(note) = crate::web::api::refills::parse_note(&form.note) else {
        return page(
            StatusCode::UNPROCESSABLE_ENTITY,
            &Notice::new("page-problem-heading", "page-form-explain", "NOTE"),
        );
    };
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
    let actor = format!("patient:{}", patient.id);
    if let Err(e) = state.store.insert_refill(&r, &actor).await {
        return server_error(e);
    }
    let _ = state
        .store
        .record_audit(&AuditEvent::new(now, Some(&clinic.id), actor, "refill.requested").subject(r.id.as_str()))
        .await;
    Redirect::to(&format!("/p/refills/{}?sent=1", r.id)).into_response()
}

/// The request `raw_id`, if it is this session's patient's.
async fn owned(
    state: &AppState,
    s: &PatientSession,
    raw_id: &str,
) -> Result<(crate::store::Clinic, crate::store::Patient, RefillRequest), Response> {
    let Ok(id) = RefillId::parse(raw_id) else { return Err(not_found()) };
    let (clinic, patient) = context(state, s).await?;
    match state.store.refill(&clinic.id, &id).await {
        Ok(Some(r)) if r.patient_id == patient.id => Ok((clinic, patient, r)),
        Ok(_) => Err(not_found()),
        Err(e) => Err(server_error(e)),
    }
}

pub async fn show(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
    s: PatientSession,
) -> Response {
    if !step_up::stepped_up(&s) {
        return step_up::prompt(&state, &headers, &s, &format!("/p/refills/{id}"), "", None).await;
    }
    let (clinic, patient, r) = match owned(&state, &s, &id).await {
        Ok(x) => x,
        Err(resp) => return resp,
    };
    let events = match state.store.refill_events(&r.id).await {
        Ok(e) => e,
        Err(e) => return server_error(e),
    };
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
        clinic_phone: clinic.phone.as_ref().map(|p| p.to_string()),
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
                note: if e.actor.starts_with("patient:") { None } else { e.note },
            })
            .collect(),
    };
    finish(page(StatusCode::OK, &view), cookie)
}

#[derive(Deserialize)]
pub struct CsrfOnly {
    #[serde(default)]
    csrf: String,
}

/// "The clinic needs to see you first": ask the care team for a visit, through the thread.
pub async fn ask_for_visit(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    s: PatientSession,
    form: Result<Form<CsrfOnly>, FormRejection>,
) -> Response {
    let presented = form.map(|f| f.0.csrf).unwrap_or_default();
    if !form_ok(&state, &headers, &s, &presented) {
        return csrf_refused();
    }
    if !step_up::stepped_up(&s) {
        return step_up::prompt(&state, &headers, &s, &format!("/p/refills/{id}"), "", None).await;
    }
    let (clinic, patient, r) = match owned(&state, &s, &id).await {
        Ok(x) => x,
        Err(resp) => return resp,
    };
    if r.status != RefillStatus::NeedsVisit {
        return Redirect::to(&format!("/p/refills/{}", r.id)).into_response();
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
    if let Err(e) = state.store.insert_message(&m, None).await {
        return server_error(e);
    }
    let _ = state
        .store
        .record_audit(
            &AuditEvent::new(now, Some(&clinic.id), format!("patient:{}", patient.id), "refill.visit_requested")
                .subject(r.id.as_str()),
        )
        .await;
    Redirect::to(&format!("/p/refills/{}?visit=1", r.id)).into_response()
}
