//! `/appointments`: create, read, reschedule, cancel.

use super::auth::ApiCaller;
use super::idempotency::InStore;
use super::json::parse;
use super::openapi::List;
use super::routes::{Doc, Routes};
use super::{ApiJson, ApiPath, path_id, rfc3339};
use crate::domain::{AppointmentId, AppointmentStatus, PatientId, ReminderSchedule, ShortText};
use crate::notify::reminders;
use crate::state::AppState;
use crate::store::{Appointment, AppointmentChange, AuditEvent, Clinic};
use crate::web::api::error::{ApiResult, AppError};
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use jiff::Timestamp;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub(super) fn routes() -> Routes {
    Routes::new()
        .post(
            "/appointments",
            create,
            Doc::created::<AppointmentBody>("Create an appointment").body::<CreateAppointment>(),
        )
        .keeps_answer_in_store()
        .get("/appointments/{id}", read, Doc::ok::<AppointmentBody>("Read an appointment"))
        .patch(
            "/appointments/{id}",
            update,
            Doc::ok::<AppointmentBody>("Reschedule or edit an appointment").body::<UpdateAppointment>(),
        )
        .post("/appointments/{id}/cancel", cancel, Doc::ok::<AppointmentBody>("Cancel an appointment"))
        .get("/patients/{id}/appointments", for_patient, Doc::ok::<List<AppointmentBody>>("A patient's appointments"))
}

const MAX_DURATION_MINUTES: i64 = 24 * 60;

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "AppointmentCreate")]
struct CreateAppointment {
    patient_id: String,
    /// RFC 3339 with an offset, in the future
    #[schemars(extend("format" = "date-time"))]
    starts_at: String,
    /// Default 30
    #[serde(default)]
    #[schemars(range(min = 1, max = 1440))]
    duration_minutes: Option<i64>,
    #[serde(default)]
    #[schemars(length(max = 200))]
    location: Option<String>,
    #[serde(default)]
    #[schemars(length(max = 200))]
    provider: Option<String>,
    /// What the patient should bring (shown on the appointment page).
    #[serde(default)]
    #[schemars(length(max = 200))]
    bring: Option<String>,
    /// ISO 8601 offsets before the visit (e.g. P3D, PT2H), overriding the clinic's schedule.
    #[serde(default)]
    reminders: Option<Vec<String>>,
}

/// A changed start reschedules (the reminders are planned again); what is left out stays.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "AppointmentUpdate")]
struct UpdateAppointment {
    #[serde(default)]
    #[schemars(extend("format" = "date-time"))]
    starts_at: Option<String>,
    #[serde(default)]
    #[schemars(range(min = 1, max = 1440))]
    duration_minutes: Option<i64>,
    #[serde(default)]
    #[schemars(length(max = 200))]
    location: Option<String>,
    #[serde(default)]
    #[schemars(length(max = 200))]
    provider: Option<String>,
    #[serde(default)]
    #[schemars(length(max = 200))]
    bring: Option<String>,
    #[serde(default)]
    reminders: Option<Vec<String>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct CancelAppointment {
    #[serde(default)]
    reason: Option<String>,
}

#[derive(Serialize, JsonSchema)]
#[schemars(rename = "Appointment")]
struct AppointmentBody {
    id: AppointmentId,
    patient_id: PatientId,
    #[schemars(extend("format" = "date-time"))]
    starts_at: String,
    duration_minutes: i64,
    location: Option<String>,
    provider: Option<String>,
    bring: Option<String>,
    #[schemars(schema_with = "crate::domain::word_schema::<crate::domain::AppointmentStatus>")]
    status: &'static str,
    cancel_reason: Option<String>,
    /// This visit's own reminder offsets, if it has them; null: the clinic's schedule
    reminders: Option<Vec<String>>,
    #[schemars(extend("format" = "date-time"))]
    created_at: String,
    #[schemars(extend("format" = "date-time"))]
    updated_at: String,
}

/// This module's bodies, for the OpenAPI document.
impl From<&Appointment> for AppointmentBody {
    fn from(a: &Appointment) -> Self {
        AppointmentBody {
            id: a.id.clone(),
            patient_id: a.patient_id.clone(),
            starts_at: rfc3339(a.starts_at),
            duration_minutes: a.duration_minutes,
            location: a.location.as_ref().map(|x| x.to_string()),
            provider: a.provider.as_ref().map(|x| x.to_string()),
            bring: a.bring.as_ref().map(|x| x.to_string()),
            status: a.status.as_str(),
            cancel_reason: a.cancel_reason.as_ref().map(|x| x.to_string()),
            reminders: a.reminders.as_ref().map(|r| r.strings()),
            created_at: rfc3339(a.created_at),
            updated_at: rfc3339(a.updated_at),
        }
    }
}

fn starts_at(raw: &str, now: Timestamp) -> ApiResult<Timestamp> {
    // RFC 3339 requires an offset: a time without one is ambiguous across time zones.
    let t: Timestamp = raw.parse().map_err(|_| {
        AppError::invalid("starts_at", "must be an RFC 3339 time with an offset, e.g. 2026-12-01T15:30:00-06:00")
    })?;
    if t <= now {
        return Err(AppError::invalid("starts_at", "is in the past"));
    }
    Ok(t)
}

fn duration(raw: i64) -> ApiResult<i64> {
    if (1..=MAX_DURATION_MINUTES).contains(&raw) {
        Ok(raw)
    } else {
        Err(AppError::invalid("duration_minutes", "must be between 1 and 1440"))
    }
}

fn schedule(raw: &[String]) -> ApiResult<ReminderSchedule> {
    ReminderSchedule::parse_list(raw).map_err(|e| AppError::invalid("reminders", e.0))
}

fn text(name: &'static str, raw: &str) -> ApiResult<ShortText> {
    ShortText::parse(raw).map_err(|e| AppError::invalid(name, e.0))
}

/// One read (the patient with their grants) and one write (the appointment, its reminders, its
/// audit event and, with an `Idempotency-Key`, the key and the answer): two round trips on
/// PostgreSQL, with the clinic kept from the API key (`store/postgres/clinic_cache.rs`).
async fn create(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    Extension(caller): Extension<ApiCaller>,
    idempotent: Option<Extension<InStore>>,
    ApiJson(body): ApiJson<CreateAppointment>,
) -> ApiResult<Response> {
    let now = state.now();
    let patient_id = PatientId::parse(&body.patient_id).map_err(|e| AppError::invalid("patient_id", e.0))?;
    let starts = starts_at(&body.starts_at, now)?;
    let duration_minutes = duration(body.duration_minutes.unwrap_or(30))?;
    let location = body.location.as_deref().map(|l| text("location", l)).transpose()?;
    let provider = body.provider.as_deref().map(|p| text("provider", p)).transpose()?;
    let bring = body.bring.as_deref().map(|b| text("bring", b)).transpose()?;
    let reminders = body.reminders.as_deref().map(schedule).transpose()?;
    let Some((patient, grants)) = state.store.patient_with_grants(&clinic.id, &patient_id).await? else {
        return Err(AppError::invalid("patient_id", "no such patient"));
    };
    let a = Appointment {
        id: AppointmentId::new(),
        clinic_id: clinic.id.clone(),
        patient_id,
        starts_at: starts,
        duration_minutes,
        location,
        provider,
        bring,
        status: AppointmentStatus::Scheduled,
        cancel_reason: None,
        reminders,
        created_at: now,
        updated_at: now,
    };
    let planned = reminders::plan(&clinic, &patient, &a, &grants, now);
    let created =
        AuditEvent::new(now, Some(&clinic.id), caller.actor.clone(), "appointment.created").subject(a.id.as_str());
    let answer = Bytes::from(serde_json::to_vec(&AppointmentBody::from(&a)).map_err(anyhow::Error::from)?);
    let kept = idempotent.as_ref().map(|k| k.answer(&state, StatusCode::CREATED, &answer)).transpose()?;
    let held = state.store.insert_appointment(&a, &planned, Some(&created), kept.as_ref()).await?;
    state.dispatcher.wake();
    let fresh = (StatusCode::CREATED, [(header::CONTENT_TYPE, "application/json")], answer).into_response();
    Ok(match idempotent {
        Some(Extension(k)) => k.respond(&state, held, fresh),
        None => fresh,
    })
}

async fn load(state: &AppState, clinic: &Clinic, raw: &str) -> ApiResult<Appointment> {
    let id = path_id(raw, AppointmentId::parse, "appointment")?;
    state.store.appointment(&clinic.id, &id).await?.ok_or(AppError::NotFound("appointment"))
}

async fn read(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    ApiPath(id): ApiPath,
) -> ApiResult<Json<AppointmentBody>> {
    Ok(Json(AppointmentBody::from(&load(&state, &clinic, &id).await?)))
}

async fn for_patient(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    ApiPath(id): ApiPath,
) -> ApiResult<Json<List<AppointmentBody>>> {
    let pid = path_id(&id, PatientId::parse, "patient")?;
    if state.store.patient(&clinic.id, &pid).await?.is_none() {
        return Err(AppError::NotFound("patient"));
    }
    let list = state.store.appointments_for(&clinic.id, &pid).await?;
    Ok(Json(List { data: list.iter().map(AppointmentBody::from).collect() }))
}

async fn update(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    Extension(caller): Extension<ApiCaller>,
    ApiPath(id): ApiPath,
    ApiJson(body): ApiJson<UpdateAppointment>,
) -> ApiResult<Json<AppointmentBody>> {
    let mut a = load(&state, &clinic, &id).await?;
    let now = state.now();
    let new_start = body.starts_at.as_deref().map(|s| starts_at(s, now)).transpose()?;
    let new_duration = body.duration_minutes.map(duration).transpose()?;
    let new_location = body.location.as_deref().map(|l| text("location", l)).transpose()?;
    let new_provider = body.provider.as_deref().map(|p| text("provider", p)).transpose()?;
    let new_bring = body.bring.as_deref().map(|b| text("bring", b)).transpose()?;
    let new_reminders = body.reminders.as_deref().map(schedule).transpose()?;
    let cancelled =
        || AppError::conflict("appointment_cancelled", "A cancelled appointment cannot be changed; create a new one.");
    if a.status == AppointmentStatus::Cancelled {
        return Err(cancelled());
    }
    let mut replan = match new_start {
        Some(t) => a.reschedule(t, now).map_err(|_| cancelled())?,
        None => false,
    };
    if let Some(r) = new_reminders {
        a.reminders = Some(r);
        replan = true;
    }
    if let Some(d) = new_duration {
        a.duration_minutes = d;
    }
    if let Some(l) = new_location {
        a.location = Some(l);
    }
    if let Some(p) = new_provider {
        a.provider = Some(p);
    }
    if let Some(b) = new_bring {
        a.bring = Some(b);
    }
    a.updated_at = now;
    let mut change = AppointmentChange::default();
    if replan {
        let patient = state.store.patient(&clinic.id, &a.patient_id).await?.ok_or(AppError::NotFound("patient"))?;
        let grants = state.store.grants_for_patient(&clinic.id, &patient.id).await?;
        change.drop_pending_reminders = true;
        change.deliveries = reminders::plan(&clinic, &patient, &a, &grants, now);
    }
    state.store.update_appointment(&a, &change).await?;
    state.dispatcher.wake();
    state
        .store
        .record_audit(
            &AuditEvent::new(now, Some(&clinic.id), caller.actor.clone(), "appointment.updated").subject(a.id.as_str()),
        )
        .await?;
    Ok(Json(AppointmentBody::from(&a)))
}

async fn cancel(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    Extension(caller): Extension<ApiCaller>,
    ApiPath(id): ApiPath,
    body: Bytes,
) -> ApiResult<Json<AppointmentBody>> {
    // The body is optional: `{}` or `{"reason": "..."}` or nothing.
    let body: CancelAppointment =
        if body.iter().all(u8::is_ascii_whitespace) { CancelAppointment::default() } else { parse(&body)? };
    let reason = body.reason.as_deref().map(|r| text("reason", r)).transpose()?;
    let mut a = load(&state, &clinic, &id).await?;
    let now = state.now();
    if a.cancel(reason, now).is_err() {
        // Already cancelled: the same answer again, nothing changed.
        return Ok(Json(AppointmentBody::from(&a)));
    }
    let patient = state.store.patient(&clinic.id, &a.patient_id).await?.ok_or(AppError::NotFound("patient"))?;
    let grants = state.store.grants_for_patient(&clinic.id, &patient.id).await?;
    let change = AppointmentChange {
        drop_pending_reminders: true,
        deliveries: vec![],
        cancellation: reminders::cancellation(&clinic, &patient, &a, &grants, now),
    };
    state.store.update_appointment(&a, &change).await?;
    state.dispatcher.wake();
    state
        .store
        .record_audit(
            &AuditEvent::new(now, Some(&clinic.id), caller.actor.clone(), "appointment.cancelled")
                .subject(a.id.as_str()),
        )
        .await?;
    Ok(Json(AppointmentBody::from(&a)))
}
