//! The delivery log: every SMS and email, its status, attempts and what the provider said.

use super::openapi::List;
use super::routes::{Doc, Routes};
use super::{ApiPath, path_id, rfc3339};
use crate::domain::{DeliveryId, PatientId};
use crate::state::AppState;
use crate::store::{Clinic, Delivery};
use crate::web::api::error::{ApiResult, AppError};
use axum::extract::State;
use axum::{Extension, Json};
use schemars::JsonSchema;
use serde::Serialize;

pub(super) fn routes() -> Routes {
    Routes::new()
        .get(
            "/patients/{id}/deliveries",
            for_patient,
            Doc::ok::<List<DeliveryBody>>("Every SMS and email sent to a patient"),
        )
        .get("/deliveries/{id}", read, Doc::ok::<DeliveryBody>("One delivery"))
}

#[derive(Serialize, JsonSchema)]
#[schemars(rename = "Delivery")]
pub struct DeliveryBody {
    id: DeliveryId,
    patient_id: PatientId,
    #[schemars(schema_with = "crate::domain::word_schema::<crate::domain::DeliveryPurpose>")]
    purpose: &'static str,
    #[schemars(schema_with = "crate::domain::word_schema::<crate::domain::Channel>")]
    channel: &'static str,
    #[schemars(schema_with = "crate::domain::word_schema::<crate::domain::DeliveryStatus>")]
    status: &'static str,
    attempts: i64,
    provider_id: Option<String>,
    error_code: Option<String>,
    segments: Option<i64>,
    appointment_id: Option<String>,
    fallback_of: Option<String>,
    /// Sent inside that delivery's SMS: a household reminder for several patients on one phone.
    digest_of: Option<String>,
    /// A caregiver's copy of the patient's reminder, under this grant.
    grant_id: Option<String>,
    #[schemars(extend("format" = "date-time"))]
    due_at: String,
    #[schemars(extend("format" = "date-time"))]
    created_at: String,
    #[schemars(extend("format" = "date-time"))]
    updated_at: String,
    sent_at: Option<String>,
    delivered_at: Option<String>,
}

/// This module's bodies, for the OpenAPI document.
impl From<&Delivery> for DeliveryBody {
    fn from(d: &Delivery) -> Self {
        DeliveryBody {
            id: d.id.clone(),
            patient_id: d.patient_id.clone(),
            purpose: d.purpose.as_str(),
            channel: d.channel.as_str(),
            status: d.status.as_str(),
            attempts: d.attempts,
            provider_id: d.provider_id.clone(),
            error_code: d.error_code.clone(),
            segments: d.segments,
            appointment_id: d.appointment_id.as_ref().map(|a| a.to_string()),
            fallback_of: d.fallback_of.as_ref().map(|f| f.to_string()),
            digest_of: d.digest_of.as_ref().map(|f| f.to_string()),
            grant_id: d.grant_id.as_ref().map(|g| g.to_string()),
            due_at: rfc3339(d.due_at),
            created_at: rfc3339(d.created_at),
            updated_at: rfc3339(d.updated_at),
            sent_at: d.sent_at.map(rfc3339),
            delivered_at: d.delivered_at.map(rfc3339),
        }
    }
}

async fn for_patient(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    ApiPath(id): ApiPath,
) -> ApiResult<Json<List<DeliveryBody>>> {
    let pid = path_id(&id, PatientId::parse, "patient")?;
    if state.store.patient(&clinic.id, &pid).await?.is_none() {
        return Err(AppError::NotFound("patient"));
    }
    let list = state.store.deliveries_for(&clinic.id, &pid, 500).await?;
    Ok(Json(List { data: list.iter().map(DeliveryBody::from).collect() }))
}

async fn read(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    ApiPath(id): ApiPath,
) -> ApiResult<Json<DeliveryBody>> {
    let id = path_id(&id, DeliveryId::parse, "delivery")?;
    let d = state.store.delivery(&clinic.id, &id).await?.ok_or(AppError::NotFound("delivery"))?;
    Ok(Json(DeliveryBody::from(&d)))
}
