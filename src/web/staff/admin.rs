//! `/staff/admin/teams`: the clinic's teams for its administrators — add one, rename it, set
//! its lead, its members and whether it is the default. Only a member with the admin role
//! sees the forms, and a change is accepted only within `RE_AUTH` of signing in (else the page
//! asks to sign in again and nothing changes): a browser left signed in cannot be used to
//! reroute a clinic's patients. Every change is audited with the staff member as actor.

use super::session::{Staff, StaffForm, form_csrf};
use crate::domain::{Actor, AuditEvent, ShortText, StaffId, StaffRole, Team};
use crate::state::AppState;
use crate::web::cookie::with_optional_cookie;
use crate::web::lang;
use crate::web::page::{PageError, PageResult, SupportCode, page};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect};
use jiff::SignedDuration;
use std::collections::HashMap;

/// How recent a sign-in must be for an administrator's change.
pub const RE_AUTH: SignedDuration = SignedDuration::from_mins(20);

struct Member {
    id: String,
    name: String,
    checked: bool,
}

struct TeamShown {
    id: String,
    name: String,
    is_default: bool,
    lead: String,
    members: Vec<Member>,
}

#[derive(Template)]
#[template(path = "staff_admin_teams.html")]
struct TeamsPage {
    t: crate::i18n::Lang,
    here: String,
    clinic_id: String,
    csrf: String,
    signed_in_as: String,
    admin: bool,
    fresh: bool,
    teams: Vec<TeamShown>,
    /// Everyone of the care team: id and name, by name.
    staff: Vec<(String, String)>,
    notice: String,
    problem: bool,
}

fn fresh(state: &AppState, staff: &Staff) -> bool {
    state.now().duration_since(staff.session.created_at) <= RE_AUTH
}

async fn teams_page(
    state: &AppState,
    staff: &Staff,
    headers: &HeaderMap,
    status: StatusCode,
    notice: &str,
) -> PageResult {
    let t = lang::current();
    let mut people: Vec<(String, String)> = state
        .store
        .staff(&staff.clinic.id)
        .await?
        .into_iter()
        .map(|m| (m.id.to_string(), m.name.to_string()))
        .collect();
    people.sort_by(|a, b| a.1.cmp(&b.1));
    let teams = state
        .store
        .teams(&staff.clinic.id)
        .await?
        .into_iter()
        .map(|team| TeamShown {
            members: people
                .iter()
                .map(|(id, name)| Member {
                    id: id.clone(),
                    name: name.clone(),
                    checked: team.members.iter().any(|m| m.as_str() == id),
                })
                .collect(),
            lead: team.lead_id.map(|l| l.to_string()).unwrap_or_default(),
            id: team.id,
            name: team.name.to_string(),
            is_default: team.is_default,
        })
        .collect();
    let (csrf, cookie) = form_csrf(state, headers, &staff.session);
    let p = TeamsPage {
        t,
        here: "/staff/admin/teams".into(),
        clinic_id: staff.clinic.id.to_string(),
        csrf,
        signed_in_as: super::inbox::signed_in_as(staff),
        admin: staff.member.role == StaffRole::Admin,
        fresh: fresh(state, staff),
        teams,
        staff: people,
        notice: if notice.is_empty() { String::new() } else { t.t(notice) },
        problem: status != StatusCode::OK,
    };
    Ok(with_optional_cookie(page(status, &p), cookie))
}

pub async fn show(
    State(state): State<AppState>,
    staff: Staff,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> PageResult {
    let notice = if q.contains_key("saved") { "staff-admin-saved" } else { "" };
    teams_page(&state, &staff, &headers, StatusCode::OK, notice).await
}

/// The checks every change passes: an administrator, signed in recently.
fn allowed(state: &AppState, staff: &Staff) -> PageResult<()> {
    if staff.member.role != StaffRole::Admin {
        return Err(PageError::Notice {
            status: StatusCode::FORBIDDEN,
            heading: "page-problem-heading",
            explain: "staff-admin-only",
            code: SupportCode::Form,
        });
    }
    if !fresh(state, staff) {
        return Err(PageError::Notice {
            status: StatusCode::FORBIDDEN,
            heading: "page-problem-heading",
            explain: "staff-admin-reauth",
            code: SupportCode::Form,
        });
    }
    Ok(())
}

async fn audit(state: &AppState, staff: &Staff, action: &str, team: &str) -> PageResult<()> {
    let event = AuditEvent::new(state.now(), Some(&staff.clinic.id), Actor::Staff(staff.member.id.clone()), action)
        .subject(team);
    state.store.record_audit(&event).await?;
    Ok(())
}

/// Save `team` as the form has it: a taken or bad name draws the page again (422).
async fn save(
    state: &AppState,
    staff: &Staff,
    headers: &HeaderMap,
    mut team: Team,
    form: &HashMap<String, String>,
    action: &str,
) -> PageResult {
    let Some(name) = form.get("name").and_then(|n| ShortText::parse(n).ok()) else {
        return teams_page(state, staff, headers, StatusCode::UNPROCESSABLE_ENTITY, "staff-admin-name-wrong").await;
    };
    team.name = name;
    let people = state.store.staff(&staff.clinic.id).await?;
    let of_clinic = |id: &str| people.iter().find(|m| m.id.as_str() == id).map(|m| m.id.clone());
    team.lead_id = match form.get("lead").map(|l| l.trim()).filter(|l| !l.is_empty()) {
        Some(l) => Some(of_clinic(l).ok_or(PageError::NotFound)?),
        None => None,
    };
    let members: Vec<StaffId> = form
        .keys()
        .filter_map(|k| k.strip_prefix("member-"))
        .map(|id| of_clinic(id).ok_or(PageError::NotFound))
        .collect::<PageResult<_>>()?;
    team.members = members;
    team.is_default = form.get("default").is_some_and(|v| v == "on");
    match state.store.save_team(&team).await {
        Ok(()) => {}
        Err(crate::store::StoreError::Conflict(_)) => {
            return teams_page(state, staff, headers, StatusCode::UNPROCESSABLE_ENTITY, "staff-admin-name-wrong").await;
        }
        Err(e) => return Err(e.into()),
    }
    audit(state, staff, action, &team.id).await?;
    Ok(Redirect::to("/staff/admin/teams?saved=1").into_response())
}

pub async fn create(
    State(state): State<AppState>,
    headers: HeaderMap,
    f: StaffForm<HashMap<String, String>>,
) -> PageResult {
    let staff = &f.staff;
    allowed(&state, staff)?;
    let team = Team {
        id: Team::new_id(),
        clinic_id: staff.clinic.id.clone(),
        name: ShortText::parse("-").map_err(PageError::internal)?,
        lead_id: None,
        members: vec![],
        is_default: false,
        created_at: state.now(),
    };
    save(&state, staff, &headers, team, &f.form, "team.created").await
}

pub async fn change(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    f: StaffForm<HashMap<String, String>>,
) -> PageResult {
    let staff = &f.staff;
    allowed(&state, staff)?;
    let team =
        state.store.teams(&staff.clinic.id).await?.into_iter().find(|t| t.id == id).ok_or(PageError::NotFound)?;
    save(&state, staff, &headers, team, &f.form, "team.changed").await
}
