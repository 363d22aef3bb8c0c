//! The people who help a patient (`/p/caregivers`, reached from settings): every grant the
//! patient gave or the clinic gave for them — who, which scopes, since, until, last used,
//! where it stands — an invitation form, and a revoke button on each. Reading needs a
//! stepped-up session; inviting and revoking a fresh step-up (`step_up::FRESH`), because either
//! hands out or takes back access to health details. Revoking takes effect on the caregiver's
//! very next request.

use super::pages::{context, session_csrf};
use super::step_up;
use super::{PageError, PageResult, PatientSession, SessionForm, lang, page};
use crate::domain::{
    Actor, CareGrant, Email, GrantBasis, GrantId, GrantRequest, GranteeContact, PersonName, Phone, Scope, Scopes,
};
use crate::i18n::{Arg, Lang};
use crate::state::AppState;
use crate::store::{AuditEvent, Clinic, Patient};
use crate::web::cookie::with_optional_cookie;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect};
use jiff::SignedDuration;
use std::collections::HashMap;

/// The expiries a patient picks from, in months; 18 is the default.
const MONTHS: [i64; 4] = [3, 6, 12, 18];

#[derive(Template)]
#[template(path = "patient_caregivers.html")]
struct CaregiversPage {
    t: Lang,
    here: String,
    clinic_id: String,
    clinic: String,
    csrf: String,
    notice: String,
    problem: &'static str,
    grants: Vec<GrantCard>,
    months: Vec<(i64, String)>,
}

struct GrantCard {
    id: String,
    name: String,
    contact: String,
    scopes: Vec<(&'static str, &'static str)>,
    since: String,
    until: String,
    last_used: String,
    status: &'static str,
    basis: &'static str,
    revocable: bool,
    /// Whether they get the patient's reminders too.
    copies: bool,
    /// Whether the patient may turn the copies on or off here (a grant they gave, still going,
    /// that allows appointments).
    copies_switch: bool,
    /// For a parent's grant that the patient's age narrowed: what they may give back, each
    /// with whether it is given back now (scope, and the words of the button).
    teen: Vec<(&'static str, bool, &'static str)>,
}

fn card(t: Lang, g: &CareGrant, (clinic, patient): (&Clinic, &Patient), now: jiff::Timestamp) -> GrantCard {
    let zone = patient.time_zone.tz();
    let date = |at: jiff::Timestamp| t.datetime_short(&at.to_zoned(zone.clone()));
    let status = g.status_at(now);
    GrantCard {
        id: g.id.to_string(),
        name: g.grantee_name.to_string(),
        contact: g.contact.masked(),
        scopes: super::caregiver::scope_links(g),
        since: date(g.created_at),
        until: date(g.expires_at),
        last_used: g.last_used_at.map(date).unwrap_or_else(|| t.t("caregivers-never-used")),
        status: match status {
            crate::domain::GrantStatus::Invited => "caregivers-status-invited",
            crate::domain::GrantStatus::Active => "caregivers-status-active",
            crate::domain::GrantStatus::Revoked => "caregivers-status-revoked",
            crate::domain::GrantStatus::Expired => "caregivers-status-expired",
        },
        basis: match g.basis {
            GrantBasis::PatientGiven => "caregivers-basis-patient-given",
            GrantBasis::ParentOfMinor => "caregivers-basis-parent-of-minor",
            GrantBasis::LegalRepresentative => "caregivers-basis-legal-representative",
        },
        revocable: matches!(status, crate::domain::GrantStatus::Invited | crate::domain::GrantStatus::Active),
        teen: teen_choices(g, (clinic, patient), now),
        copies: g.reminder_copies,
        copies_switch: g.basis == GrantBasis::PatientGiven
            && matches!(status, crate::domain::GrantStatus::Invited | crate::domain::GrantStatus::Active)
            && g.scopes.contains(Scope::Appointments),
    }
}

/// What a teenager may give back to a parent whose grant their age narrowed, as buttons: only
/// while the grant is live and narrowed (from the clinic's age until 18).
fn teen_choices(
    g: &CareGrant,
    (clinic, patient): (&Clinic, &Patient),
    now: jiff::Timestamp,
) -> Vec<(&'static str, bool, &'static str)> {
    let narrowed = g.live(now).is_ok()
        && g.allows_for(None, now, (patient, clinic)).is_ok()
        && g.basis == GrantBasis::ParentOfMinor
        && patient
            .birth_date
            .is_some_and(|b| crate::domain::age_at(b.date(), now, clinic.time_zone.tz()) >= clinic.teen_privacy_age);
    if !narrowed {
        return vec![];
    }
    g.teen_may_restore()
        .into_iter()
        .map(|s| {
            let given = g.teen_restored.contains(&s);
            let words = match (s, given) {
                (Scope::Messages, false) => "caregivers-teen-restore-messages",
                (Scope::Messages, true) => "caregivers-teen-withdraw-messages",
                (_, false) => "caregivers-teen-restore-refills",
                (_, true) => "caregivers-teen-withdraw-refills",
            };
            (s.as_str(), given, words)
        })
        .collect()
}

async fn render(
    state: &AppState,
    headers: &HeaderMap,
    s: &PatientSession,
    notice: &str,
    problem: &'static str,
) -> PageResult {
    let (clinic, patient) = context(state, s).await?;
    let t = lang::for_patient(&patient.language);
    let now = state.now();
    let grants = state
        .store
        .grants_for_patient(&clinic.id, &patient.id)
        .await?
        .iter()
        .map(|g| card(t, g, (&clinic, &patient), now))
        .collect();
    let (csrf, cookie) = session_csrf(state, headers, s);
    let view = CaregiversPage {
        t,
        here: "/p/caregivers".into(),
        clinic_id: clinic.id.to_string(),
        clinic: clinic.name.clone(),
        csrf,
        notice: if notice.is_empty() { String::new() } else { t.t(notice) },
        problem,
        grants,
        months: MONTHS.iter().map(|m| (*m, t.f("caregivers-months-option", &[("months", Arg::Num(*m))]))).collect(),
    };
    let status = if problem.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok(with_optional_cookie(page(status, &view), cookie))
}

pub async fn show(
    State(state): State<AppState>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
    s: PatientSession,
) -> PageResult {
    step_up::require(&state, &headers, &s, "/p/caregivers").await?;
    let notice = match query.get("done").map(String::as_str) {
        Some("invited") => "caregivers-invited",
        Some("not-sent") => "caregivers-not-sent",
        Some("revoked") => "caregivers-revoked",
        Some("copies-on") => "caregivers-copies-started",
        Some("copies-off") => "caregivers-copies-stopped",
        Some("teen-restored") => "caregivers-teen-restored",
        Some("teen-withdrawn") => "caregivers-teen-withdrawn",
        _ => "",
    };
    render(&state, &headers, &s, notice, "").await
}

#[derive(serde::Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    contact: String,
    #[serde(default)]
    scope_appointments: String,
    #[serde(default)]
    scope_messages: String,
    #[serde(default)]
    scope_refills: String,
    #[serde(default)]
    months: String,
    /// `1`: they get the patient's appointment reminders too.
    #[serde(default)]
    copies: String,
}

/// The contact point as typed: an email if it has an `@`, else a phone number.
pub(super) fn contact(raw: &str) -> Option<GranteeContact> {
    let raw = raw.trim();
    if raw.contains('@') {
        Email::parse(raw).ok().map(GranteeContact::Email)
    } else {
        Phone::parse(raw).ok().map(GranteeContact::Phone)
    }
}

pub async fn invite(State(state): State<AppState>, f: SessionForm<InviteForm>) -> PageResult {
    f.freshly_stepped_up(&state, "/p/caregivers").await?;
    let (s, form, headers) = (&f.session, &f.form, f.headers());
    let (clinic, patient) = context(&state, s).await?;
    let Ok(name) = PersonName::parse(&form.name) else {
        return render(&state, headers, s, "", "caregivers-bad-name").await;
    };
    let Some(contact) = contact(&form.contact) else {
        return render(&state, headers, s, "", "caregivers-bad-contact").await;
    };
    let chosen = [
        (Scope::Appointments, &form.scope_appointments),
        (Scope::Messages, &form.scope_messages),
        (Scope::Refills, &form.scope_refills),
    ];
    let Ok(scopes) = Scopes::new(chosen.iter().filter(|(_, v)| v.as_str() == "1").map(|(s, _)| *s).collect()) else {
        return render(&state, headers, s, "", "caregivers-bad-scopes").await;
    };
    let Some(months) = form.months.parse::<i64>().ok().filter(|m| MONTHS.contains(m)) else {
        return render(&state, headers, s, "", "caregivers-bad-months").await;
    };
    let copies = form.copies == "1";
    if copies && !scopes.contains(Scope::Appointments) {
        return render(&state, headers, s, "", "caregivers-copies-need-appointments").await;
    }
    let now = state.now();
    let request = GrantRequest {
        clinic_id: clinic.id.clone(),
        patient_id: patient.id.clone(),
        grantee_name: name,
        contact,
        scopes,
        basis: GrantBasis::PatientGiven,
        evidence_reference: None,
        verified_by: None,
        // A month is 30.5 days here: 18 months is the rule's 548 days.
        expires_at: Some(now + SignedDuration::from_hours(months * 732)),
        // Planned when the caregiver accepts (an invitation opens nothing before).
        reminder_copies: copies,
        created_by: Actor::Patient(patient.id.clone()).to_string(),
    };
    let grant = CareGrant::invite(request, now).map_err(|e| PageError::internal(e.message))?;
    let invited =
        crate::invite::invite(&state, (&clinic, &patient), &grant, Actor::Patient(patient.id.clone()), Some(s.auth()))
            .await
            .map_err(PageError::internal)?;
    let done = if invited.sent { "invited" } else { "not-sent" };
    Ok(Redirect::to(&format!("/p/caregivers?done={done}")).into_response())
}

/// After a fresh step-up, the session's clinic and patient and the grant `raw_id`, if it is
/// theirs; anything else is "not found".
async fn owned<T>(state: &AppState, f: &SessionForm<T>, raw_id: &str) -> PageResult<(Clinic, Patient, CareGrant)> {
    f.freshly_stepped_up(state, "/p/caregivers").await?;
    let (clinic, patient) = context(state, &f.session).await?;
    let id = GrantId::parse(raw_id).map_err(|_| PageError::NotFound)?;
    match state.store.grant(&id).await? {
        Some(g) if g.clinic_id == clinic.id && g.patient_id == patient.id => Ok((clinic, patient, g)),
        _ => Err(PageError::NotFound),
    }
}

#[derive(serde::Deserialize)]
pub struct CopiesForm {
    /// `1` to send the caregiver the patient's reminders, anything else to stop.
    #[serde(default)]
    on: String,
}

/// Turn a caregiver's copies of the patient's reminders on or off, for a grant the patient
/// gave. On: the upcoming visits' reminders are planned for them at once (once they accepted).
pub async fn copies(State(state): State<AppState>, Path(id): Path<String>, f: SessionForm<CopiesForm>) -> PageResult {
    let (clinic, patient, mut grant) = owned(&state, &f, &id).await?;
    if grant.basis != GrantBasis::PatientGiven {
        return Err(PageError::NotFound);
    }
    let on = f.form.on == "1";
    if on && !grant.scopes.contains(Scope::Appointments) {
        return render(&state, f.headers(), &f.session, "", "caregivers-copies-need-appointments").await;
    }
    let now = state.now();
    if grant.reminder_copies != on {
        let change = crate::domain::GrantChange { reminder_copies: Some(on), ..Default::default() };
        if grant.change(change, now).is_err() {
            return Err(PageError::NotFound);
        }
        state.store.update_grant(&grant).await?;
        state.dispatcher.replan_copies(&clinic, &patient, &grant).await.map_err(PageError::internal)?;
        let action = if on { "grant.copies_started" } else { "grant.copies_stopped" };
        let event = AuditEvent::new(now, Some(&clinic.id), Actor::Patient(patient.id.clone()), action)
            .auth(f.session.auth())
            .subject(patient.id.as_str())
            .detail(serde_json::json!({ "grant": grant.id.as_str() }).to_string());
        let _ = state.store.record_audit(&event).await;
    }
    let done = if on { "copies-on" } else { "copies-off" };
    Ok(Redirect::to(&format!("/p/caregivers?done={done}")).into_response())
}

#[derive(serde::Deserialize)]
pub struct TeenForm {
    #[serde(default)]
    scope: String,
    /// `1` gives it back to the parent, anything else takes it back.
    #[serde(default)]
    on: String,
}

/// A teenager gives the parent back the reading of their messages or refills (or takes it back
/// again), with their own fresh step-up: the age rule is theirs to relax, not the parent's.
pub async fn teen(State(state): State<AppState>, Path(id): Path<String>, f: SessionForm<TeenForm>) -> PageResult {
    let (clinic, patient, mut grant) = owned(&state, &f, &id).await?;
    let now = state.now();
    let scope = Scope::parse(&f.form.scope).map_err(|_| PageError::NotFound)?;
    if !teen_choices(&grant, (&clinic, &patient), now).iter().any(|(s, _, _)| *s == scope.as_str()) {
        return Err(PageError::NotFound);
    }
    let on = f.form.on == "1";
    if grant.teen_restore(scope, on, now).map_err(|_| PageError::NotFound)? {
        state.store.update_grant(&grant).await?;
        let action = if on { "grant.teen_restored" } else { "grant.teen_withdrawn" };
        let event = AuditEvent::new(now, Some(&clinic.id), Actor::Patient(patient.id.clone()), action)
            .auth(f.session.auth())
            .subject(patient.id.as_str())
            .detail(serde_json::json!({ "grant": grant.id.as_str(), "scope": scope.as_str() }).to_string());
        let _ = state.store.record_audit(&event).await;
    }
    let done = if on { "teen-restored" } else { "teen-withdrawn" };
    Ok(Redirect::to(&format!("/p/caregivers?done={done}")).into_response())
}

#[derive(serde::Deserialize)]
pub struct RevokeForm {}

pub async fn revoke(State(state): State<AppState>, Path(id): Path<String>, f: SessionForm<RevokeForm>) -> PageResult {
    let (clinic, patient, mut grant) = owned(&state, &f, &id).await?;
    let now = state.now();
    if grant.revoke(now) {
        state.store.update_grant(&grant).await?;
        let event = AuditEvent::new(now, Some(&clinic.id), Actor::Patient(patient.id.clone()), "grant.revoked")
            .auth(f.session.auth())
            .subject(patient.id.as_str())
            .detail(serde_json::json!({ "grant": grant.id.as_str() }).to_string());
        let _ = state.store.record_audit(&event).await;
    }
    Ok(Redirect::to("/p/caregivers?done=revoked").into_response())
}
