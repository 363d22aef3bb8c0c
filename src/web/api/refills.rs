//! Medicines the clinic lists for a patient, and the refill requests patients make from them.
//! The clinic moves a request along (`in_review`, `sent_to_pharmacy`, `needs_visit`,
//! `denied`); each move is on the request's timeline and tells the patient, by the outbox,
//! that something changed — never which medicine.

use super::auth::ApiCaller;
use super::openapi::List;
use super::routes::{Doc, Routes};
use super::{ApiJson, ApiPath, path_id, rfc3339};
use crate::domain::{DeliveryPurpose, MedicationId, PatientId, Purpose, RefillId, RefillStatus, ShortText};
use crate::state::AppState;
use crate::store::{AuditEvent, Clinic, Delivery, Medication, Patient, RefillEvent, RefillRequest};
use crate::web::api::error::{ApiResult, AppError};
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::{Extension, Json};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub(super) fn routes() -> Routes {
    Routes::new()
        .post(
            "/patients/{id}/medications",
            add_medication,
            Doc::created::<MedicationBody>("List a medicine the patient may ask to refill").body::<NewMedication>(),
        )
        .get(
            "/patients/{id}/medications",
            list_medications,
            Doc::ok::<List<MedicationBody>>("The patient's listed medicines"),
        )
        .patch(
            "/medications/{id}",
            update_medication,
            Doc::ok::<MedicationActive>("Stop or resume offering a medicine for refills").body::<MedicationChange>(),
        )
        .get("/refills", list, Doc::ok::<List<RefillBody>>("Refill requests, newest first").query::<ListQuery>())
        .get("/refills/{id}", read, Doc::ok::<RefillBody>("One refill request with its timeline"))
        .post(
            "/refills/{id}/status",
            set_status,
            Doc::ok::<RefillBody>("Move a refill request on (the patient is told)").body::<StatusChange>(),
        )
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "MedicationCreate")]
struct NewMedication {
    #[schemars(length(min = 1, max = 200))]
    name: String,
    #[serde(default)]
    #[schemars(length(max = 200))]
    instructions: Option<String>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "MedicationUpdate")]
struct MedicationChange {
    /// false: no longer offered for refills
    active: bool,
}

#[derive(Serialize, JsonSchema)]
struct MedicationActive {
    id: MedicationId,
    active: bool,
}

#[derive(Serialize, JsonSchema)]
#[schemars(rename = "Medication")]
struct MedicationBody {
    id: MedicationId,
    patient_id: String,
    name: String,
    instructions: Option<String>,
    active: bool,
    #[schemars(extend("format" = "date-time"))]
    created_at: String,
}

/// This module's bodies, for the OpenAPI document.
fn medication_body(m: &Medication) -> MedicationBody {
    MedicationBody {
        id: m.id.clone(),
        patient_id: m.patient_id.to_string(),
        name: m.name.clone(),
        instructions: m.instructions.clone(),
        active: m.active,
        created_at: rfc3339(m.created_at),
    }
}

#[derive(Serialize, JsonSchema)]
#[schemars(rename = "RefillEvent")]
struct EventBody {
    status: &'static str,
    note: Option<String>,
    #[schemars(extend("enum" = ["patient", "clinic"]))]
    by: &'static str,
    #[schemars(extend("format" = "date-time"))]
    at: String,
}

#[derive(Serialize, JsonSchema)]
#[schemars(rename = "Refill")]
struct RefillBody {
    id: RefillId,
    patient_id: String,
    medication_id: Option<String>,
    medication: String,
    pharmacy: String,
    note: Option<String>,
    #[schemars(schema_with = "crate::domain::word_schema::<crate::domain::RefillStatus>")]
    status: &'static str,
    #[schemars(extend("format" = "date-time"))]
    created_at: String,
    #[schemars(extend("format" = "date-time"))]
    updated_at: String,
    /// One request read on its own: its timeline
    #[serde(skip_serializing_if = "Option::is_none")]
    timeline: Option<Vec<EventBody>>,
    /// A status change: the notice sent to the patient
    #[serde(skip_serializing_if = "Option::is_none")]
    notice_delivery_id: Option<String>,
}

fn refill_body(r: &RefillRequest, events: Option<&[RefillEvent]>) -> RefillBody {
    RefillBody {
        id: r.id.clone(),
        patient_id: r.patient_id.to_string(),
        medication_id: r.medication_id.as_ref().map(|m| m.to_string()),
        medication: r.medication.clone(),
        pharmacy: r.pharmacy.clone(),
        note: r.note.clone(),
        status: r.status.as_str(),
        created_at: rfc3339(r.created_at),
        updated_at: rfc3339(r.updated_at),
        timeline: events.map(|list| {
            list.iter()
                .map(|e| EventBody {
                    status: e.status.as_str(),
                    note: e.note.clone(),
                    by: if crate::domain::Actor::is_patient(&e.actor) { "patient" } else { "clinic" },
                    at: rfc3339(e.at),
                })
                .collect()
        }),
        notice_delivery_id: None,
    }
}

async fn patient_of(state: &AppState, clinic: &Clinic, raw: &str) -> ApiResult<Patient> {
    let pid = path_id(raw, PatientId::parse, "patient")?;
    state.store.patient(&clinic.id, &pid).await?.ok_or(AppError::NotFound("patient"))
}

async fn add_medication(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    Extension(caller): Extension<ApiCaller>,
    ApiPath(id): ApiPath,
    ApiJson(req): ApiJson<NewMedication>,
) -> ApiResult<(StatusCode, Json<MedicationBody>)> {
    let name = ShortText::parse(&req.name).map_err(|e| AppError::invalid("name", e.0))?;
    let instructions = req
        .instructions
        .as_deref()
        .map(ShortText::parse)
        .transpose()
        .map_err(|e| AppError::invalid("instructions", e.0))?;
    let patient = patient_of(&state, &clinic, &id).await?;
    let now = state.now();
    let m = Medication {
        id: MedicationId::new(),
        clinic_id: clinic.id.clone(),
        patient_id: patient.id.clone(),
        name: name.to_string(),
        instructions: instructions.map(|i| i.to_string()),
        active: true,
        created_at: now,
    };
    state.store.insert_medication(&m).await?;
    state
        .store
        .record_audit(
            &AuditEvent::new(now, Some(&clinic.id), caller.actor.clone(), "medication.listed").subject(m.id.as_str()),
        )
        .await?;
    Ok((StatusCode::CREATED, Json(medication_body(&m))))
}

async fn list_medications(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    ApiPath(id): ApiPath,
) -> ApiResult<Json<List<MedicationBody>>> {
    let patient = patient_of(&state, &clinic, &id).await?;
    let list = state.store.medications(&clinic.id, &patient.id).await?;
    Ok(Json(List { data: list.iter().map(medication_body).collect() }))
}

async fn update_medication(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    Extension(caller): Extension<ApiCaller>,
    ApiPath(id): ApiPath,
    ApiJson(req): ApiJson<MedicationChange>,
) -> ApiResult<Json<MedicationActive>> {
    let mid = path_id(&id, MedicationId::parse, "medication")?;
    if !state.store.set_medication_active(&clinic.id, &mid, req.active).await? {
        return Err(AppError::NotFound("medication"));
    }
    let action = if req.active { "medication.listed" } else { "medication.unlisted" };
    state
        .store
        .record_audit(&AuditEvent::new(state.now(), Some(&clinic.id), caller.actor.clone(), action).subject(&id))
        .await?;
    Ok(Json(MedicationActive { id: mid, active: req.active }))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[derive(JsonSchema)]
#[schemars(inline)]
struct ListQuery {
    #[serde(default)]
    #[schemars(schema_with = "crate::domain::word_schema::<crate::domain::RefillStatus>")]
    status: Option<String>,
    patient_id: Option<String>,
    #[schemars(range(min = 1, max = 500), extend("default" = 100))]
    limit: Option<i64>,
}

async fn list(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    RawQuery(raw): RawQuery,
) -> ApiResult<Json<List<RefillBody>>> {
    let q: ListQuery = serde_urlencoded::from_str(raw.as_deref().unwrap_or(""))
        .map_err(|e| AppError::invalid("query", e.to_string()))?;
    let status =
        q.status.as_deref().map(RefillStatus::parse).transpose().map_err(|e| AppError::invalid("status", e.0))?;
    let patient =
        q.patient_id.as_deref().map(PatientId::parse).transpose().map_err(|e| AppError::invalid("patient_id", e.0))?;
    let limit = q.limit.unwrap_or(100);
    if !(1..=500).contains(&limit) {
        return Err(AppError::invalid("limit", "must be between 1 and 500"));
    }
    let list = state.store.refills(&clinic.id, status, patient.as_ref(), limit).await?;
    Ok(Json(List { data: list.iter().map(|r| refill_body(r, None)).collect() }))
}

async fn read(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    ApiPath(id): ApiPath,
) -> ApiResult<Json<RefillBody>> {
    let rid = path_id(&id, RefillId::parse, "refill request")?;
    let r = state.store.refill(&clinic.id, &rid).await?.ok_or(AppError::NotFound("refill request"))?;
    let events = state.store.refill_events(&r.id).await?;
    Ok(Json(refill_body(&r, Some(&events))))
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "RefillStatusChange")]
struct StatusChange {
    #[schemars(extend("enum" = ["in_review", "sent_to_pharmacy", "needs_visit", "denied"]))]
    status: String,
    /// Shown to the patient on the request's timeline
    #[serde(default)]
    #[schemars(length(max = 1000))]
    note: Option<String>,
}

async fn set_status(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    Extension(caller): Extension<ApiCaller>,
    ApiPath(id): ApiPath,
    ApiJson(req): ApiJson<StatusChange>,
) -> ApiResult<Json<RefillBody>> {
    let rid = path_id(&id, RefillId::parse, "refill request")?;
    let next = RefillStatus::parse(&req.status).map_err(|e| AppError::invalid("status", e.0))?;
    let note = crate::domain::Note::parse_optional(req.note.as_deref().unwrap_or(""))
        .map_err(|e| AppError::invalid("note", e.0))?
        .map(crate::domain::Note::into_string);
    let mut r = state.store.refill(&clinic.id, &rid).await?.ok_or(AppError::NotFound("refill request"))?;
    let from = r.status;
    if !from.can_move_to(next) {
        return Err(AppError::conflict(
            "refill_status",
            format!("a request that is {} cannot become {}", from.as_str(), next.as_str()),
        ));
    }
    let patient = state.store.patient(&clinic.id, &r.patient_id).await?.ok_or(AppError::NotFound("patient"))?;
    let now = state.now();
    r.status = next;
    r.updated_at = now;
    let event = RefillEvent { status: next, note, actor: caller.actor.to_string(), at: now };
    let notice = refill_notice(&patient, &r, now);
    if !state.store.move_refill(&r, from, &event, notice.as_slice()).await? {
        return Err(AppError::conflict("refill_status", "the request changed meanwhile; read it again"));
    }
    state.dispatcher.wake();
    state
        .store
        .record_audit(
            &AuditEvent::new(now, Some(&clinic.id), caller.actor.clone(), "refill.status")
                .subject(r.id.as_str())
                .detail(next.as_str()),
        )
        .await?;
    let events = state.store.refill_events(&r.id).await?;
    let mut body = refill_body(&r, Some(&events));
    body.notice_delivery_id = notice.map(|d| d.id.to_string());
    Ok(Json(body))
}

/// "Your refill request was updated", with a link to it, by the patient's first channel.
fn refill_notice(patient: &Patient, r: &RefillRequest, now: jiff::Timestamp) -> Option<Delivery> {
    let channel = patient.first_channel()?;
    let mut d = Delivery::new(patient, DeliveryPurpose::RefillUpdate, channel, now, now);
    d.link_purpose = Some(Purpose::Refill);
    d.subject_id = Some(r.id.to_string());
    d.not_after = Some(now + jiff::SignedDuration::from_hours(7 * 24));
    Some(d)
}
