//! `/reports/replies?from=&to=&team=`: the reply-time figures (`reply_times::report`) of the
//! messages first unanswered between two days (inclusive, in the clinic's time zone; the last
//! 30 days when not given): median and 90th percentile business minutes to the first reply
//! the patient could see, the share within the promise, and what is owed and late now,
//! overall and per category; with a team, of the conversations that team has now.

use super::routes::{Doc, Routes};
use crate::state::AppState;
use crate::store::Clinic;
use crate::web::api::error::{ApiResult, AppError};
use axum::extract::{RawQuery, State};
use axum::{Extension, Json};
use serde::Deserialize;

pub(super) fn routes() -> Routes {
    Routes::new().get(
        "/reports/replies",
        replies,
        Doc::ok::<crate::reply_times::ReplyReport>(
            "Reply-time figures of the messages first unanswered in a period: median and 90th percentile business \
             minutes to the first reply the patient could see, the share within the promise, and what is owed and \
             late now, overall and per category",
        )
        .query::<Period>(),
    )
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(inline)]
pub struct Period {
    /// first day, in the clinic's time zone (default: 29 days before to)
    #[schemars(extend("format" = "date"))]
    from: Option<String>,
    /// last day, inclusive (default: today); at most 366 days in all
    #[schemars(extend("format" = "date"))]
    to: Option<String>,
    /// a team id: only the conversations that team has now
    team: Option<String>,
}

async fn replies(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    RawQuery(raw): RawQuery,
) -> ApiResult<Json<crate::reply_times::ReplyReport>> {
    let q: Period = serde_urlencoded::from_str(raw.as_deref().unwrap_or(""))
        .map_err(|e| AppError::invalid("query", e.to_string()))?;
    let now = state.now();
    let (from, to) = crate::reply_times::period(&clinic, now, q.from.as_deref(), q.to.as_deref())
        .map_err(|(field, message)| AppError::invalid(field, message))?;
    let team = match q.team.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        Some(t) => match state.store.teams(&clinic.id).await?.into_iter().find(|x| x.id == t) {
            Some(team) => Some(team.id),
            None => return Err(AppError::invalid("team", "is not one of the clinic's teams")),
        },
        None => None,
    };
    Ok(Json(crate::reply_times::report(&*state.store, &clinic, from, to, team.as_deref(), now).await?))
}
