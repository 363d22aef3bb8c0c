//! `/clinic/calendar` and `/clinic/reply-policy`: the business calendar promised reply times
//! count in, and the promises themselves. A PUT replaces the whole calendar or policy, after
//! checking all of it (a bad body is a 422 naming the field, and nothing changes); the
//! deadlines of every conversation still owed a reply move to the new rules in the same
//! transaction. Both are audited.

use super::ApiJson;
use super::auth::ApiCaller;
use super::routes::{Doc, Routes};
use crate::domain::{BusinessCalendar, CalendarSpec, ReplyPolicy, ReplyPolicySpec};
use crate::reply_times::{NewRules, ReplyRules, change_rules, rules};
use crate::state::AppState;
use crate::store::{AuditEvent, Clinic};
use crate::web::api::error::{ApiResult, AppError};
use axum::extract::State;
use axum::{Extension, Json};
use schemars::JsonSchema;
use serde::Serialize;

pub(super) fn routes() -> Routes {
    Routes::new()
        .get(
            "/clinic/calendar",
            read_calendar,
            Doc::ok::<CalendarBody>(
                "This clinic's business calendar (opening hours per weekday, holidays, partial days)",
            ),
        )
        .put(
            "/clinic/calendar",
            put_calendar,
            Doc::ok::<CalendarBody>(
                "Replace the business calendar; the deadlines of conversations owed a reply move to it",
            )
            .body::<CalendarSpec>(),
        )
        .get(
            "/clinic/reply-policy",
            read_policy,
            Doc::ok::<PolicyBody>("This clinic's promised reply times by category and priority"),
        )
        .put(
            "/clinic/reply-policy",
            put_policy,
            Doc::ok::<PolicyBody>("Replace the reply policy; the deadlines of conversations owed a reply move to it")
                .body::<ReplyPolicySpec>(),
        )
}

#[derive(Serialize, JsonSchema)]
#[schemars(rename = "Calendar")]
struct CalendarBody {
    /// The clinic's time zone, which the hours are read in.
    time_zone: String,
    /// False while the clinic has set no calendar (Monday to Friday, 09:00 to 17:00).
    custom: bool,
    #[serde(flatten)]
    calendar: CalendarSpec,
}

#[derive(Serialize, JsonSchema)]
#[schemars(rename = "ReplyPolicy")]
struct PolicyBody {
    /// False while the clinic has set no policy (the defaults).
    custom: bool,
    #[serde(flatten)]
    policy: ReplyPolicySpec,
}

/// This module's bodies, for the OpenAPI document.
fn calendar_body(clinic: &Clinic, r: &ReplyRules) -> CalendarBody {
    CalendarBody {
        time_zone: clinic.time_zone.to_string(),
        custom: r.calendar_set,
        calendar: r.calendar.spec().clone(),
    }
}

fn policy_body(r: &ReplyRules) -> PolicyBody {
    PolicyBody { custom: r.policy_set, policy: r.policy.spec() }
}

async fn read_calendar(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
) -> ApiResult<Json<CalendarBody>> {
    let r = rules(&*state.store, &clinic).await?;
    Ok(Json(calendar_body(&clinic, &r)))
}

async fn read_policy(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
) -> ApiResult<Json<PolicyBody>> {
    let r = rules(&*state.store, &clinic).await?;
    Ok(Json(policy_body(&r)))
}

async fn put_calendar(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    Extension(caller): Extension<ApiCaller>,
    ApiJson(spec): ApiJson<CalendarSpec>,
) -> ApiResult<Json<CalendarBody>> {
    let calendar =
        BusinessCalendar::from_spec(&spec, &clinic.time_zone).map_err(|e| AppError::invalid(e.field, e.message))?;
    let now = state.now();
    let new = NewRules { calendar: Some((&spec, &calendar)), policy: None };
    let (r, moved) = change_rules(&*state.store, &clinic, new, now).await?;
    let event = AuditEvent::new(now, Some(&clinic.id), caller.actor.clone(), "clinic.calendar_changed")
        .detail(format!("{moved} deadlines recomputed"));
    state.store.record_audit(&event).await?;
    Ok(Json(calendar_body(&clinic, &r)))
}

async fn put_policy(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    Extension(caller): Extension<ApiCaller>,
    ApiJson(spec): ApiJson<ReplyPolicySpec>,
) -> ApiResult<Json<PolicyBody>> {
    let policy = ReplyPolicy::from_spec(&spec).map_err(|e| AppError::invalid(e.field, e.message))?;
    let now = state.now();
    let new = NewRules { calendar: None, policy: Some((&spec, &policy)) };
    let (r, moved) = change_rules(&*state.store, &clinic, new, now).await?;
    let event = AuditEvent::new(now, Some(&clinic.id), caller.actor.clone(), "clinic.reply_policy_changed")
        .detail(format!("{moved} deadlines recomputed"));
    state.store.record_audit(&event).await?;
    Ok(Json(policy_body(&r)))
}
