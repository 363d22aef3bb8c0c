//! `GET /audit`: the clinic's audit trail, newest first: who acted (`actor`: `patient:<id>`,
//! `staff:<id>`, `api:<key prefix>`, `system`, `anonymous`), what they did (`action`), to what
//! (`subject`), when, with a short detail (never a secret, never health details); for an event
//! about a patient, that patient (`patient`), the caregiver grant it was under (`grant`) and how
//! the actor's session proved who they are (`auth`: `link`, `code`, `passkey`, `link+code`,
//! `link+birth_date`). Filters by patient, actor, action, subject and time; pages follow
//! `next_cursor`.

use super::rfc3339;
use super::routes::{Doc, Routes};
use crate::domain::EventId;
use crate::state::AppState;
use crate::store::{AuditEvent, AuditFilter, Clinic};
use crate::web::api::error::{ApiResult, AppError};
use axum::extract::{RawQuery, State};
use axum::{Extension, Json};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub(super) fn routes() -> Routes {
    Routes::new().get(
        "/audit",
        list,
        Doc::ok::<Page>("The clinic's audit trail, newest first (limit 1-500, default 100; cursor from next_cursor)")
            .query::<AuditQuery>(),
    )
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[derive(JsonSchema)]
#[schemars(inline)]
struct AuditQuery {
    /// only what the patient, or someone acting for them under a grant, did
    patient: Option<String>,
    /// patient:<id>, person:<id> (a caregiver), staff:<id>, api:<key prefix>, system or anonymous
    actor: Option<String>,
    action: Option<String>,
    subject: Option<String>,
    #[schemars(extend("format" = "date-time"))]
    since: Option<String>,
    #[schemars(extend("format" = "date-time"))]
    until: Option<String>,
    #[schemars(range(min = 1, max = 500), extend("default" = 100))]
    limit: Option<i64>,
    /// a next_cursor
    cursor: Option<String>,
}

#[derive(Serialize, JsonSchema)]
#[schemars(rename = "AuditEvent")]
struct EventBody {
    id: String,
    #[schemars(extend("format" = "date-time"))]
    at: String,
    /// patient:<id>, person:<id> (a caregiver), staff:<id>, api:<key prefix>, system or anonymous
    actor: String,
    action: String,
    subject: Option<String>,
    detail: Option<String>,
    /// More than 1 for sampled refusals: this row stands for that many.
    count: i64,
    /// The patient the event is about, when the actor is the patient or acts for them.
    patient: Option<String>,
    /// The caregiver grant the actor acted under, or that the event is about.
    grant: Option<String>,
    /// How the actor's session proved who they are: link, code, passkey, or a sign-in and its
    /// step-up (link+code, link+birth_date).
    auth: Option<String>,
}

/// A page of the audit trail, newest first.
#[derive(Serialize, JsonSchema)]
#[schemars(rename = "AuditPage")]
struct Page {
    data: Vec<EventBody>,
    /// Give it as `cursor` for the next page; null on the last
    next_cursor: Option<String>,
}

/// This module's bodies, for the OpenAPI document.
fn time(field: &'static str, raw: Option<&str>) -> ApiResult<Option<jiff::Timestamp>> {
    raw.map(|t| t.parse::<jiff::Timestamp>().map_err(|_| AppError::invalid(field, "must be an RFC 3339 time")))
        .transpose()
}

fn parse_cursor(raw: &str) -> ApiResult<(jiff::Timestamp, EventId)> {
    crate::domain::parse_audit_cursor(raw)
        .ok_or_else(|| AppError::invalid("cursor", "must be a next_cursor this API gave"))
}

async fn list(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    RawQuery(raw): RawQuery,
) -> ApiResult<Json<Page>> {
    let q: AuditQuery = serde_urlencoded::from_str(raw.as_deref().unwrap_or(""))
        .map_err(|e| AppError::invalid("query", e.to_string()))?;
    let limit = q.limit.unwrap_or(100);
    if !(1..=500).contains(&limit) {
        return Err(AppError::invalid("limit", "must be between 1 and 500"));
    }
    if let Some(p) = q.patient.as_deref() {
        crate::domain::PatientId::parse(p).map_err(|_| AppError::invalid("patient", "must be a patient id"))?;
    }
    let filter = AuditFilter {
        patient: q.patient,
        actor: q.actor,
        action: q.action,
        subject: q.subject,
        since: time("since", q.since.as_deref())?,
        until: time("until", q.until.as_deref())?,
        before: q.cursor.as_deref().map(parse_cursor).transpose()?,
        without_staff: false,
    };
    let page = state.store.audit_page(&clinic.id, &filter, limit).await?;
    let next = (page.len() as i64 == limit).then(|| page.last().map(AuditEvent::cursor)).flatten();
    let data: Vec<EventBody> = page
        .into_iter()
        .map(|e| EventBody {
            grant: e.grant(),
            id: e.id.to_string(),
            at: rfc3339(e.at),
            actor: e.actor,
            action: e.action,
            subject: e.subject,
            detail: e.detail,
            count: e.count,
            patient: e.for_patient,
            auth: e.auth,
        })
        .collect();
    Ok(Json(Page { data, next_cursor: next }))
}
