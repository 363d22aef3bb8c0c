//! `GET /audit`: the clinic's audit trail, newest first: who acted (`actor`: `patient:<id>`,
//! `staff:<id>`, `api:<key prefix>`, `system`, `anonymous`), what they did (`action`), to what
//! (`subject`), when, with a short detail (never a secret, never health details). Filters by
//! actor, action, subject and time; pages follow `next_cursor`.

use super::rfc3339;
use crate::domain::EventId;
use crate::state::AppState;
use crate::store::{AuditEvent, AuditFilter, Clinic};
use crate::web::api::error::{ApiResult, AppError};
use axum::extract::{RawQuery, State};
use axum::routing::get;
use axum::{Extension, Json, Router};
use serde::{Deserialize, Serialize};

pub fn router() -> Router<AppState> {
    Router::new().route("/audit", get(list))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AuditQuery {
    actor: Option<String>,
    action: Option<String>,
    subject: Option<String>,
    since: Option<String>,
    until: Option<String>,
    limit: Option<i64>,
    cursor: Option<String>,
}

#[derive(Serialize)]
struct EventBody {
    id: String,
    at: String,
    actor: String,
    action: String,
    subject: Option<String>,
    detail: Option<String>,
    /// More than 1 for sampled refusals: this row stands for that many.
    count: i64,
}

fn time(field: &'static str, raw: Option<&str>) -> ApiResult<Option<jiff::Timestamp>> {
    raw.map(|t| t.parse::<jiff::Timestamp>().map_err(|_| AppError::invalid(field, "must be an RFC 3339 time")))
        .transpose()
}

/// A page's cursor: the last event's time (milliseconds) and id.
fn cursor_of(e: &AuditEvent) -> String {
    format!("{}.{}", e.at.as_millisecond(), e.id)
}

fn parse_cursor(raw: &str) -> ApiResult<(jiff::Timestamp, EventId)> {
    let bad = || AppError::invalid("cursor", "must be a next_cursor this API gave");
    let (ms, id) = raw.split_once('.').ok_or_else(bad)?;
    let at = ms.parse::<i64>().ok().and_then(|ms| jiff::Timestamp::from_millisecond(ms).ok()).ok_or_else(bad)?;
    let id = EventId::parse(id).map_err(|_| bad())?;
    Ok((at, id))
}

async fn list(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    RawQuery(raw): RawQuery,
) -> ApiResult<Json<serde_json::Value>> {
    let q: AuditQuery = serde_urlencoded::from_str(raw.as_deref().unwrap_or(""))
        .map_err(|e| AppError::invalid("query", e.to_string()))?;
    let limit = q.limit.unwrap_or(100);
    if !(1..=500).contains(&limit) {
        return Err(AppError::invalid("limit", "must be between 1 and 500"));
    }
    let filter = AuditFilter {
        actor: q.actor,
        action: q.action,
        subject: q.subject,
        since: time("since", q.since.as_deref())?,
        until: time("until", q.until.as_deref())?,
        before: q.cursor.as_deref().map(parse_cursor).transpose()?,
    };
    let page = state.store.audit_page(&clinic.id, &filter, limit).await?;
    let next = (page.len() as i64 == limit).then(|| page.last().map(cursor_of)).flatten();
    let data: Vec<EventBody> = page
        .into_iter()
        .map(|e| EventBody {
            id: e.id.to_string(),
            at: rfc3339(e.at),
            actor: e.actor,
            action: e.action,
            subject: e.subject,
            detail: e.detail,
            count: e.count,
        })
        .collect();
    Ok(Json(serde_json::json!({ "data": data, "next_cursor": next })))
}
