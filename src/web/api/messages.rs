//! `/patients/{id}/messages`: the care team writes to a patient. The message is stored in
//! the patient's thread and an alert goes out — the clinic's name, "you have a new message"
//! and a link; never the message itself.
//!
//! `/texts/unmatched`: texts to the clinic that no patient's conversation could take (a number
//! several patients share, with no recent message to say whose it answers), newest first.

use super::auth::ApiCaller;
use super::openapi::List;
use super::routes::{Doc, Routes};
use super::{ApiJson, ApiPath, path_id, rfc3339};
use crate::domain::{MessageId, PatientId, ShortText};
use crate::state::AppState;
use crate::store::{Clinic, Delivery, Message};
use crate::web::api::error::{ApiResult, AppError};
use axum::extract::State;
use axum::http::StatusCode;
use axum::{Extension, Json};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub(super) fn routes() -> Routes {
    Routes::new()
        .post(
            "/patients/{id}/messages",
            create,
            Doc::created::<MessageBody>(
                "Write to a patient (stored in their thread; an alert without the text goes out)",
            )
            .body::<NewMessage>(),
        )
        .get("/patients/{id}/messages", list, Doc::ok::<List<MessageBody>>("The patient's thread"))
        .get(
            "/texts/unmatched",
            unmatched,
            Doc::ok::<List<UnmatchedBody>>(
                "Texts to the clinic no patient's conversation could take (a number several patients share, with no \
                 recent message to say whose it answers), newest first",
            ),
        )
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "MessageCreate")]
struct NewMessage {
    #[schemars(length(min = 1, max = crate::domain::MESSAGE_MAX_CHARS))]
    body: String,
    /// The name the patient sees, e.g. "Dr. Chen's office"
    #[schemars(length(min = 1, max = 200))]
    sender: String,
    /// The alert goes out even in the patient's quiet hours
    #[serde(default)]
    urgent: bool,
}

#[derive(Serialize, JsonSchema)]
#[schemars(rename = "Message")]
struct MessageBody {
    id: MessageId,
    thread_id: String,
    #[schemars(extend("enum" = ["staff", "patient"]))]
    author: String,
    sender: String,
    body: String,
    #[schemars(extend("format" = "date-time"))]
    created_at: String,
    /// False for a text from a number several patients share: whoever holds that phone wrote it.
    sender_verified: bool,
    /// The alert sent for a message written through this API
    #[serde(skip_serializing_if = "Option::is_none")]
    alert_delivery_id: Option<String>,
}

#[derive(Serialize, JsonSchema)]
#[schemars(rename = "UnmatchedText")]
struct UnmatchedBody {
    id: MessageId,
    /// E.164
    from: String,
    body: String,
    #[schemars(extend("format" = "date-time"))]
    received_at: String,
}

/// This module's bodies, for the OpenAPI document.
fn body_of(m: &Message, alert: Option<&Delivery>) -> MessageBody {
    MessageBody {
        id: m.id.clone(),
        thread_id: m.thread_id.to_string(),
        author: m.author.clone(),
        sender: m.sender.clone(),
        body: m.body.clone(),
        created_at: rfc3339(m.created_at),
        sender_verified: m.sender_verified,
        alert_delivery_id: alert.map(|d| d.id.to_string()),
    }
}

async fn create(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    Extension(caller): Extension<ApiCaller>,
    ApiPath(id): ApiPath,
    ApiJson(req): ApiJson<NewMessage>,
) -> ApiResult<(StatusCode, Json<MessageBody>)> {
    let pid = path_id(&id, PatientId::parse, "patient")?;
    let body = crate::domain::MessageBody::parse(&req.body).map_err(|e| AppError::invalid("body", e.0))?.into_string();
    let sender = ShortText::parse(&req.sender).map_err(|e| AppError::invalid("sender", e.0))?;
    let patient = state.store.patient(&clinic.id, &pid).await?.ok_or(AppError::NotFound("patient"))?;
    // The clinic's systems write to patients who are not watching a page: the alert goes at once.
    let timing = if req.urgent { crate::web::reply::AlertTiming::Urgent } else { crate::web::reply::AlertTiming::Now };
    let (message, alert) =
        crate::web::reply::send_reply(&state, &clinic, &patient, &sender, body, timing, caller.actor.clone()).await?;
    Ok((StatusCode::CREATED, Json(body_of(&message, alert.as_ref()))))
}

async fn list(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    ApiPath(id): ApiPath,
) -> ApiResult<Json<List<MessageBody>>> {
    let pid = path_id(&id, PatientId::parse, "patient")?;
    let patient = state.store.patient(&clinic.id, &pid).await?.ok_or(AppError::NotFound("patient"))?;
    let list = state.store.messages(&clinic.id, &patient.thread_id).await?;
    Ok(Json(List { data: list.iter().map(|m| body_of(m, None)).collect() }))
}

/// How many unmatched texts one call lists.
const UNMATCHED_LISTED: i64 = 200;

async fn unmatched(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
) -> ApiResult<Json<List<UnmatchedBody>>> {
    let list = state.store.unmatched_texts(&clinic.id, UNMATCHED_LISTED).await?;
    let data: Vec<UnmatchedBody> = list
        .into_iter()
        .map(|t| UnmatchedBody {
            id: t.id,
            from: t.from.to_string(),
            body: t.body,
            received_at: rfc3339(t.received_at),
        })
        .collect();
    Ok(Json(List { data }))
}
