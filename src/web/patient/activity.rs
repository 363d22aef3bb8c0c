//! The patient's own trail (`/p/activity`, reached from settings and the caregivers page):
//! "who opened my record and what they did" — every event the audit trail holds about this
//! patient by the patient themself or by someone acting for them under a grant, newest first,
//! each with when, who (the caregiver by the name the patient gave them), what, and how that
//! person had proved who they are. It reads the same rows the clinic reads through
//! `GET /api/v1/audit?patient=`. Reading it needs a stepped-up session: it names the people
//! who help the patient and what they looked at.

use super::form::session_csrf;
use super::pages::context;
use super::{PageError, PageResult, PatientSession, lang, page, step_up};
use crate::domain::{CareGrant, parse_audit_cursor};
use crate::i18n::Lang;
use crate::state::AppState;
use crate::store::{AuditEvent, AuditFilter};
use crate::web::cookie::with_optional_cookie;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use std::collections::HashMap;

/// Events on one page.
const PAGE: i64 = 50;

#[derive(Template)]
#[template(path = "patient_activity.html")]
struct ActivityPage {
    t: Lang,
    here: String,
    clinic_id: String,
    clinic: String,
    csrf: String,
    rows: Vec<Row>,
    /// The next page's address, when there may be one.
    older: Option<String>,
    /// Whether this is a later page (offer the way back to the newest).
    paged: bool,
}

struct Row {
    when: String,
    who: String,
    what: String,
    how: Option<String>,
}

/// The words for what happened: `activity-` and the action with dots and underscores as
/// dashes (`grant.messages_viewed` → `activity-grant-messages-viewed`); an action without
/// words of its own is "used your record".
fn what(t: Lang, action: &str) -> String {
    let id = format!("activity-{}", action.replace(['.', '_'], "-"));
    if Lang::EN.has(&id) { t.t(&id) } else { t.t("activity-other") }
}

/// The words for how the person had proved who they are, where the trail says.
fn how(t: Lang, auth: Option<&str>) -> Option<String> {
    let id = format!("activity-auth-{}", auth?.replace(['+', '_'], "-"));
    Lang::EN.has(&id).then(|| t.t(&id))
}

/// Who did it: the patient, or the caregiver of the grant the event names.
fn who(t: Lang, e: &AuditEvent, grants: &[CareGrant]) -> String {
    if crate::domain::Actor::is_patient(&e.actor) {
        return t.t("activity-you");
    }
    let grant = e.grant();
    match grants.iter().find(|g| Some(g.id.as_str()) == grant.as_deref()) {
        Some(g) => t.f1("activity-caregiver", "name", g.grantee_name.as_str()),
        None => t.t("activity-someone"),
    }
}

pub async fn show(
    State(state): State<AppState>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
    s: PatientSession,
) -> PageResult {
    step_up::require(&state, &headers, &s, "/p/activity").await?;
    let (clinic, patient) = context(&state, &s).await?;
    let before = match query.get("before") {
        Some(raw) => Some(parse_audit_cursor(raw).ok_or(PageError::NotFound)?),
        None => None,
    };
    let paged = before.is_some();
    let filter =
        AuditFilter { patient: Some(patient.id.to_string()), before, without_staff: true, ..AuditFilter::default() };
    let events = state.store.audit_page(&clinic.id, &filter, PAGE).await?;
    let grants = state.store.grants_for_patient(&clinic.id, &patient.id).await?;
    let t = lang::for_patient(&patient.language);
    let zone = patient.time_zone.tz().clone();
    let rows = events
        .iter()
        .map(|e| Row {
            when: t.datetime_short(&e.at.to_zoned(zone.clone())),
            who: who(t, e, &grants),
            what: what(t, &e.action),
            how: how(t, e.auth.as_deref()),
        })
        .collect();
    let older =
        (events.len() as i64 == PAGE).then(|| events.last().map(|e| format!("/p/activity?before={}", e.cursor())));
    let (csrf, cookie) = session_csrf(&state, &headers, &s);
    let view = ActivityPage {
        t,
        here: "/p/activity".into(),
        clinic_id: clinic.id.to_string(),
        clinic: clinic.name.clone(),
        csrf,
        rows,
        older: older.flatten(),
        paged,
    };
    Ok(with_optional_cookie(page(StatusCode::OK, &view), cookie))
}

#[cfg(test)]
#[path = "activity_tests.rs"]
mod tests;
