//! `/teams`, `/clinic/routing` and `/absences`: the clinic's teams (name, lead, members, the
//! default team), the rules that route each patient message to a team (tried in order, the
//! first match wins, else the default team), and absences with a covering colleague. A bad
//! body is a 422 naming the field and changes nothing; every change is audited.

use super::ApiJson;
use super::auth::ApiCaller;
use super::openapi::List;
use super::routes::{Doc, Routes};
use crate::domain::{Absence, AbsenceRefusal, RoutingRule, ShortText, StaffId, Team};
use crate::state::AppState;
use crate::store::{AuditEvent, Clinic};
use crate::web::api::error::{ApiResult, AppError};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::{Extension, Json};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub(super) fn routes() -> Routes {
    Routes::new()
        .get("/teams", list, Doc::ok::<List<TeamBody>>("The clinic's teams, by name"))
        .post(
            "/teams",
            create,
            Doc::created::<TeamBody>("Add a team (a new default team takes that place from the old one)")
                .body::<TeamSpec>(),
        )
        .put(
            "/teams/{id}",
            replace,
            Doc::ok::<TeamBody>("Replace a team's name, lead, members and whether it is the default")
                .body::<TeamSpec>(),
        )
        .get("/clinic/routing", rules, Doc::ok::<Rules>("The routing rules, in the order they are tried"))
        .put(
            "/clinic/routing",
            set_rules,
            Doc::ok::<Rules>(
                "Replace the routing rules: each patient message goes to the team of the first rule that matches \
                 (every condition a rule names must hold), else to the default team",
            )
            .body::<Rules>(),
        )
        .get("/absences", absences, Doc::ok::<List<AbsenceBody>>("Absences that have not ended, by first day"))
        .post(
            "/absences",
            add_absence,
            Doc::created::<AbsenceBody>(
                "Plan an absence: while it lasts, clinical messages assigned to the person go to the cover, booking \
                 and billing to the team's pool; it ends by itself after ends_on",
            )
            .body::<AbsenceSpec>(),
        )
        .delete("/absences/{id}", cancel_absence, Doc::no_content("Cancel an absence", "Cancelled"))
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct TeamSpec {
    #[schemars(length(min = 1, max = 200))]
    name: String,
    /// A staff id: where a late reply escalates in the end
    #[serde(default)]
    lead_id: Option<String>,
    /// Staff ids
    #[serde(default)]
    #[schemars(length(max = 500))]
    members: Vec<String>,
    /// The team a message no rule routes goes to
    #[serde(default)]
    is_default: bool,
}

#[derive(Serialize, JsonSchema)]
#[schemars(rename = "Team")]
struct TeamBody {
    id: String,
    name: String,
    lead_id: Option<String>,
    members: Vec<String>,
    is_default: bool,
    #[schemars(extend("format" = "date-time"))]
    created_at: String,
}

/// This module's bodies, for the OpenAPI document.
impl From<Team> for TeamBody {
    fn from(t: Team) -> Self {
        TeamBody {
            id: t.id,
            name: t.name.to_string(),
            lead_id: t.lead_id.map(|l| l.to_string()),
            members: t.members.into_iter().map(|m| m.to_string()).collect(),
            is_default: t.is_default,
            created_at: t.created_at.to_string(),
        }
    }
}

async fn audit(state: &AppState, clinic: &Clinic, caller: &ApiCaller, action: &str, id: &str) -> ApiResult<()> {
    let event = AuditEvent::new(state.now(), Some(&clinic.id), caller.actor.clone(), action).subject(id);
    state.store.record_audit(&event).await?;
    Ok(())
}

/// A member of the clinic's care team, by id; `field` names it in a refusal.
async fn staff_of(state: &AppState, clinic: &Clinic, id: &str, field: &str) -> ApiResult<StaffId> {
    let refused = || AppError::invalid(field, "is not a member of the clinic's care team");
    let id = StaffId::parse(id.trim()).map_err(|_| refused())?;
    state.store.staff_member(&clinic.id, &id).await?.map(|m| m.id).ok_or_else(refused)
}

async fn team_of(
    state: &AppState,
    clinic: &Clinic,
    id: String,
    spec: TeamSpec,
    created_at: jiff::Timestamp,
) -> ApiResult<Team> {
    let name = ShortText::parse(&spec.name).map_err(|e| AppError::invalid("name", e.0))?;
    let lead_id = match spec.lead_id.as_deref() {
        Some(l) => Some(staff_of(state, clinic, l, "lead_id").await?),
        None => None,
    };
    if spec.members.len() > 500 {
        return Err(AppError::invalid("members", "at most 500 members"));
    }
    let mut members = Vec::with_capacity(spec.members.len());
    for (i, m) in spec.members.iter().enumerate() {
        let m = staff_of(state, clinic, m, &format!("members[{i}]")).await?;
        if !members.contains(&m) {
            members.push(m);
        }
    }
    Ok(Team { id, clinic_id: clinic.id.clone(), name, lead_id, members, is_default: spec.is_default, created_at })
}

async fn list(State(state): State<AppState>, Extension(clinic): Extension<Clinic>) -> ApiResult<Json<List<TeamBody>>> {
    let data = state.store.teams(&clinic.id).await?.into_iter().map(TeamBody::from).collect();
    Ok(Json(List { data }))
}

async fn create(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    Extension(caller): Extension<ApiCaller>,
    ApiJson(spec): ApiJson<TeamSpec>,
) -> ApiResult<(StatusCode, Json<TeamBody>)> {
    let team = team_of(&state, &clinic, Team::new_id(), spec, state.now()).await?;
    state.store.save_team(&team).await?;
    audit(&state, &clinic, &caller, "team.created", &team.id).await?;
    Ok((StatusCode::CREATED, Json(team.into())))
}

async fn replace(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    Extension(caller): Extension<ApiCaller>,
    Path(id): Path<String>,
    ApiJson(spec): ApiJson<TeamSpec>,
) -> ApiResult<Json<TeamBody>> {
    let old =
        state.store.teams(&clinic.id).await?.into_iter().find(|t| t.id == id).ok_or(AppError::NotFound("team"))?;
    let team = team_of(&state, &clinic, old.id, spec, old.created_at).await?;
    state.store.save_team(&team).await?;
    audit(&state, &clinic, &caller, "team.changed", &team.id).await?;
    Ok(Json(team.into()))
}

/// In order: the first rule that matches a message routes it.
#[derive(Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "RoutingRules")]
struct Rules {
    #[schemars(length(max = 100))]
    rules: Vec<RoutingRule>,
}

async fn rules(State(state): State<AppState>, Extension(clinic): Extension<Clinic>) -> ApiResult<Json<Rules>> {
    Ok(Json(Rules { rules: state.store.routing_rules(&clinic.id).await? }))
}

async fn set_rules(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    Extension(caller): Extension<ApiCaller>,
    ApiJson(body): ApiJson<Rules>,
) -> ApiResult<Json<Rules>> {
    let teams = state.store.teams(&clinic.id).await?;
    RoutingRule::check_all(&body.rules, &teams)
        .map_err(|e| AppError::invalid(format!("rules[{}].{}", e.index, e.field), e.message))?;
    state.store.save_routing_rules(&clinic.id, &body.rules).await?;
    audit(&state, &clinic, &caller, "routing.changed", clinic.id.as_str()).await?;
    Ok(Json(Rules { rules: state.store.routing_rules(&clinic.id).await? }))
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct AbsenceSpec {
    staff_id: String,
    #[schemars(extend("format" = "date"))]
    starts_on: String,
    /// Inclusive, in the clinic's time zone; not in the past
    #[schemars(extend("format" = "date"))]
    ends_on: String,
    /// Refused when it would go round (the cover is away then, covered by this person)
    #[serde(default)]
    cover_id: Option<String>,
}

#[derive(Serialize, JsonSchema)]
#[schemars(rename = "Absence")]
struct AbsenceBody {
    id: String,
    staff_id: String,
    #[schemars(extend("format" = "date"))]
    starts_on: String,
    #[schemars(extend("format" = "date"))]
    ends_on: String,
    cover_id: Option<String>,
}

impl From<Absence> for AbsenceBody {
    fn from(a: Absence) -> Self {
        AbsenceBody {
            id: a.id,
            staff_id: a.staff_id.to_string(),
            starts_on: a.starts_on.to_string(),
            ends_on: a.ends_on.to_string(),
            cover_id: a.cover_id.map(|c| c.to_string()),
        }
    }
}

fn today(state: &AppState, clinic: &Clinic) -> jiff::civil::Date {
    state.now().to_zoned(clinic.time_zone.tz().clone()).date()
}

/// Absences that have not ended, by their first day.
async fn absences(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
) -> ApiResult<Json<List<AbsenceBody>>> {
    let data =
        state.store.absences(&clinic.id, today(&state, &clinic)).await?.into_iter().map(AbsenceBody::from).collect();
    Ok(Json(List { data }))
}

async fn add_absence(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    Extension(caller): Extension<ApiCaller>,
    ApiJson(spec): ApiJson<AbsenceSpec>,
) -> ApiResult<(StatusCode, Json<AbsenceBody>)> {
    let day = |field: &'static str, s: &str| {
        s.trim().parse::<jiff::civil::Date>().map_err(|_| AppError::invalid(field, "must be a date, YYYY-MM-DD"))
    };
    let absence = Absence {
        id: Absence::new_id(),
        clinic_id: clinic.id.clone(),
        staff_id: staff_of(&state, &clinic, &spec.staff_id, "staff_id").await?,
        starts_on: day("starts_on", &spec.starts_on)?,
        ends_on: day("ends_on", &spec.ends_on)?,
        cover_id: match spec.cover_id.as_deref() {
            Some(c) => Some(staff_of(&state, &clinic, c, "cover_id").await?),
            None => None,
        },
        created_at: state.now(),
    };
    let today = today(&state, &clinic);
    let others = state.store.absences(&clinic.id, today).await?;
    absence.check(today, &others).map_err(|e: AbsenceRefusal| AppError::invalid(e.field(), e.message()))?;
    state.store.insert_absence(&absence).await?;
    audit(&state, &clinic, &caller, "staff.absence_added", &absence.id).await?;
    Ok((StatusCode::CREATED, Json(absence.into())))
}

async fn cancel_absence(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    Extension(caller): Extension<ApiCaller>,
    Path(id): Path<String>,
) -> ApiResult<StatusCode> {
    let all = state.store.absences(&clinic.id, today(&state, &clinic)).await?;
    let Some(a) = all.into_iter().find(|a| a.id == id) else { return Err(AppError::NotFound("absence")) };
    if !state.store.cancel_absence(&clinic.id, &a.staff_id, &a.id, state.now()).await? {
        return Err(AppError::NotFound("absence"));
    }
    audit(&state, &clinic, &caller, "staff.absence_cancelled", &id).await?;
    Ok(StatusCode::NO_CONTENT)
}
