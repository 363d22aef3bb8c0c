//! `/reports/replies?from=&to=`: the reply-time figures (`reply_times::report`) of the
//! messages first unanswered between two days (inclusive, in the clinic's time zone; the last
//! 30 days when not given): median and 90th percentile business minutes to the first reply
//! the patient could see, the share within the promise, and what is owed and late now,
//! overall and per category. And `/clinic/red-flags`: the phrases that make a message urgent.

use crate::state::AppState;
use crate::store::Clinic;
use crate::web::api::error::{ApiResult, AppError};
use axum::extract::{RawQuery, State};
use axum::routing::get;
use axum::{Extension, Json, Router};
use serde::Deserialize;

pub fn router() -> Router<AppState> {
    Router::new().route("/reports/replies", get(replies)).route("/clinic/red-flags", get(red_flags))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    from: Option<String>,
    to: Option<String>,
}

/// The longest period one report covers.
const MAX_DAYS: i32 = 366;

/// The period asked for, checked: both days, `from` not after `to`, at most a year.
pub fn period(
    clinic: &Clinic,
    now: jiff::Timestamp,
    from: Option<&str>,
    to: Option<&str>,
) -> ApiResult<(jiff::civil::Date, jiff::civil::Date)> {
    let day = |field: &'static str, s: &str| {
        s.trim().parse::<jiff::civil::Date>().map_err(|_| AppError::invalid(field, "must be a date, YYYY-MM-DD"))
    };
    let today = now.to_zoned(clinic.time_zone.tz().clone()).date();
    let to = to.map(|s| day("to", s)).transpose()?.unwrap_or(today);
    let from = match from {
        Some(s) => day("from", s)?,
        None => to.checked_sub(jiff::Span::new().days(29)).map_err(|_| AppError::invalid("to", "is out of range"))?,
    };
    if from > to {
        return Err(AppError::invalid("from", "must not be after to"));
    }
    if (to - from).get_days() >= MAX_DAYS {
        return Err(AppError::invalid("from", "the period is longer than 366 days"));
    }
    Ok((from, to))
}

async fn replies(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    RawQuery(raw): RawQuery,
) -> ApiResult<Json<crate::reply_times::ReplyReport>> {
    // Teams are not part of Portico yet: a `team` is refused by name rather than ignored.
    let q: Period = serde_urlencoded::from_str(raw.as_deref().unwrap_or(""))
        .map_err(|e| AppError::invalid("query", e.to_string()))?;
    let now = state.now();
    let (from, to) = period(&clinic, now, q.from.as_deref(), q.to.as_deref())?;
    Ok(Json(crate::reply_times::report(&*state.store, &clinic, from, to, now).await?))
}

/// `GET /clinic/red-flags`: the phrases that make a message a red flag, per language, for
/// the clinic to review (every list is checked, whatever the patient's language).
pub async fn red_flags() -> Json<serde_json::Value> {
    let lists: serde_json::Map<String, serde_json::Value> = crate::domain::DEFAULT_RED_FLAGS
        .iter()
        .map(|(locale, phrases)| (locale.to_string(), serde_json::json!(phrases)))
        .collect();
    Json(serde_json::json!({
        "acknowledge_within_minutes": crate::domain::RED_FLAG_ACK_WITHIN.as_mins(),
        "phrases": lists,
    }))
}
