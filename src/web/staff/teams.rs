//! Teams and absences on the staff pages: a conversation's team, whom its assignee covers
//! for and the steps that brought it there (`way_of`, drawn on the conversation page), moving
//! it to another team, and `/staff/away`, where a staff member plans an absence with a
//! colleague to cover and sees who else is away.

use super::session::{Staff, StaffForm, form_csrf};
use crate::domain::{Absence, AbsenceRefusal, Actor, AuditEvent, ConversationStep, StaffId, StepKind};
use crate::state::AppState;
use crate::store::Conversation;
use crate::web::cookie::with_optional_cookie;
use crate::web::lang;
use crate::web::page::{PageError, PageResult, page};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect};
use serde::Deserialize;
use std::collections::HashMap;

/// A conversation's team and way, as its page shows them.
pub(super) struct Way {
    /// "Team: Nurses" ("" without teams).
    pub team: String,
    /// "Covering for Dr. Okafor" ("" when not covering).
    pub covering: String,
    pub steps: Vec<(String, String)>,
    /// The clinic's teams to move it to: id, name, whether it is there now.
    pub teams: Vec<(String, String, bool)>,
    /// "Also looking at this: Grace Kim (3:04 PM)" ("" when no one else is).
    pub viewing: String,
    /// Colleagues to give it to: id and name, by name.
    pub colleagues: Vec<(String, String)>,
}

/// How recently a colleague must have opened a conversation to be named as looking at it.
const VIEWING_WITHIN: jiff::SignedDuration = jiff::SignedDuration::from_mins(5);

pub(super) async fn way_of(state: &AppState, staff: &Staff, c: &Conversation) -> PageResult<Way> {
    let t = lang::current();
    let teams = state.store.teams(&staff.clinic.id).await?;
    let names = staff_names(state, staff).await?;
    let team_name = |id: &Option<String>| {
        id.as_ref().and_then(|id| teams.iter().find(|t| t.id == *id)).map(|t| t.name.to_string()).unwrap_or_default()
    };
    let who = |s: &Option<StaffId>| s.as_ref().and_then(|s| names.get(s.as_str())).cloned().unwrap_or_default();
    let steps = state
        .store
        .conversation_steps(&staff.clinic.id, &c.thread_id)
        .await?
        .into_iter()
        .map(|s| {
            let words = step_words(t, &s, &team_name(&s.team_id), &who(&s.staff_id), &who(&s.from_staff_id));
            (super::inbox::when(staff, s.at), words)
        })
        .collect();
    let team = match team_name(&c.team_id) {
        n if n.is_empty() && teams.is_empty() => String::new(),
        n if n.is_empty() => format!("{}: {}", t.t("staff-team-label"), t.t("staff-team-none")),
        n => format!("{}: {n}", t.t("staff-team-label")),
    };
    let covering = match &c.covering_for {
        Some(_) => t.f1("staff-covering-for", "name", &who(&c.covering_for)),
        None => String::new(),
    };
    let teams = teams.iter().map(|x| (x.id.clone(), x.name.to_string(), Some(&x.id) == c.team_id.as_ref())).collect();
    let now = state.now();
    let others =
        state.store.viewing(&staff.clinic.id, &c.thread_id, &staff.member.id, now, now - VIEWING_WITHIN).await?;
    let shown: Vec<String> = others
        .iter()
        .filter_map(|(s, at)| {
            let name = names.get(s.as_str())?;
            let time = t.time_of_day(&at.to_zoned(staff.clinic.time_zone.tz().clone()));
            Some(format!("{name} ({time})"))
        })
        .collect();
    let viewing = if shown.is_empty() { String::new() } else { t.f1("staff-viewing", "names", &shown.join(", ")) };
    let mut colleagues: Vec<(String, String)> = names
        .iter()
        .filter(|(id, _)| {
            *id != staff.member.id.as_str() && Some(id.as_str()) != c.assignee_id.as_ref().map(|a| a.as_str())
        })
        .map(|(i, n)| (i.clone(), n.clone()))
        .collect();
    colleagues.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(Way { team, covering, steps, teams, viewing, colleagues })
}

fn step_words(t: crate::i18n::Lang, s: &ConversationStep, team: &str, to: &str, from: &str) -> String {
    use crate::i18n::Arg;
    let args = [("team", Arg::Str(team)), ("to", Arg::Str(to)), ("from", Arg::Str(from))];
    let id = match s.kind {
        StepKind::Routed => "staff-step-routed",
        StepKind::Covered => "staff-step-covered",
        StepKind::Pooled => "staff-step-pooled",
        StepKind::Warned if s.staff_id.is_some() => "staff-step-warned",
        StepKind::Warned => "staff-step-warned-nobody",
        StepKind::Escalated => "staff-step-escalated",
        StepKind::NoOneFurther => "staff-step-no-one-further",
        StepKind::ContactFlagged => {
            let (channel, why) = s.detail.as_deref().and_then(|d| d.split_once(' ')).unwrap_or(("", ""));
            let channel = t.t(if channel == "email" { "staff-contact-email" } else { "staff-contact-sms" });
            let why = t.t(match why {
                "opted_out" => "staff-contact-opted-out",
                "bouncing" => "staff-contact-bouncing",
                _ => "staff-contact-invalid",
            });
            return t.f("staff-step-contact-flagged", &[("channel", Arg::Str(&channel)), ("why", Arg::Str(&why))]);
        }
    };
    t.f(id, &args)
}

async fn staff_names(state: &AppState, staff: &Staff) -> PageResult<HashMap<String, String>> {
    Ok(state.store.staff(&staff.clinic.id).await?.into_iter().map(|m| (m.id.to_string(), m.name.to_string())).collect())
}

async fn audit(state: &AppState, staff: &Staff, action: &str, subject: &str, detail: &str) -> PageResult<()> {
    let event = AuditEvent::new(state.now(), Some(&staff.clinic.id), Actor::Staff(staff.member.id.clone()), action)
        .subject(subject)
        .detail(detail);
    state.store.record_audit(&event).await?;
    Ok(())
}

#[derive(Deserialize)]
pub struct TeamForm {
    #[serde(default)]
    team: String,
}

/// Move a conversation to another of the clinic's teams (or to none): it leaves its assignee
/// only when they are not in the new team.
pub async fn move_to(State(state): State<AppState>, Path(id): Path<String>, f: StaffForm<TeamForm>) -> PageResult {
    let staff = &f.staff;
    let (mut c, _) = super::inbox::load(&state, staff, &id).await?;
    let teams = state.store.teams(&staff.clinic.id).await?;
    let team = match f.form.team.trim() {
        "" => None,
        id => Some(teams.iter().find(|t| t.id == id).ok_or(PageError::NotFound)?),
    };
    let now = state.now();
    c.team_id = team.map(|t| t.id.clone());
    if let (Some(team), Some(a)) = (team, &c.assignee_id)
        && !team.members.contains(a)
    {
        c.assignee_id = None;
        c.covering_for = None;
    }
    c.updated_at = now;
    let step = ConversationStep {
        thread_id: c.thread_id.clone(),
        clinic_id: staff.clinic.id.clone(),
        kind: StepKind::Routed,
        team_id: c.team_id.clone(),
        staff_id: None,
        from_staff_id: Some(staff.member.id.clone()),
        detail: None,
        at: now,
    };
    state.store.save_conversation_steps(&c, std::slice::from_ref(&step)).await?;
    audit(&state, staff, "conversation.moved", c.thread_id.as_str(), c.team_id.as_deref().unwrap_or("")).await?;
    Ok(Redirect::to(&format!("/staff/conversations/{}", c.thread_id)).into_response())
}

struct AbsenceShown {
    id: String,
    words: String,
}

#[derive(Template)]
#[template(path = "staff_away.html")]
struct AwayPage {
    t: crate::i18n::Lang,
    here: String,
    clinic_id: String,
    csrf: String,
    signed_in_as: String,
    mine: Vec<AbsenceShown>,
    others: Vec<AbsenceShown>,
    colleagues: Vec<(String, String)>,
    today: String,
    /// Why the last absence was refused (a message id), "" when it was not.
    problem: &'static str,
}

fn absence_words(names: &HashMap<String, String>, a: &Absence) -> String {
    use crate::i18n::Arg;
    let t = lang::current();
    let name = names.get(a.staff_id.as_str()).cloned().unwrap_or_default();
    let (from, to) = (a.starts_on.to_string(), a.ends_on.to_string());
    match a.cover_id.as_ref().and_then(|c| names.get(c.as_str())) {
        Some(cover) => t.f(
            "staff-away-row-cover",
            &[("name", Arg::Str(&name)), ("from", Arg::Str(&from)), ("to", Arg::Str(&to)), ("cover", Arg::Str(cover))],
        ),
        None => t.f("staff-away-row", &[("name", Arg::Str(&name)), ("from", Arg::Str(&from)), ("to", Arg::Str(&to))]),
    }
}

async fn away_page(
    state: &AppState,
    staff: &Staff,
    headers: &HeaderMap,
    status: StatusCode,
    problem: &'static str,
) -> PageResult {
    let today = state.now().to_zoned(staff.clinic.time_zone.tz().clone()).date();
    let names = staff_names(state, staff).await?;
    let absences = state.store.absences(&staff.clinic.id, today).await?;
    let (mine, others): (Vec<&Absence>, Vec<&Absence>) = absences.iter().partition(|a| a.staff_id == staff.member.id);
    let shown = |a: &&Absence| AbsenceShown { id: a.id.clone(), words: absence_words(&names, a) };
    let mut colleagues: Vec<(String, String)> =
        names.iter().filter(|(id, _)| *id != staff.member.id.as_str()).map(|(i, n)| (i.clone(), n.clone())).collect();
    colleagues.sort_by(|a, b| a.1.cmp(&b.1));
    let (csrf, cookie) = form_csrf(state, headers, &staff.session);
    let p = AwayPage {
        t: lang::current(),
        here: "/staff/away".into(),
        clinic_id: staff.clinic.id.to_string(),
        csrf,
        signed_in_as: super::inbox::signed_in_as(staff),
        mine: mine.iter().map(shown).collect(),
        others: others.iter().map(shown).collect(),
        colleagues,
        today: today.to_string(),
        problem,
    };
    Ok(with_optional_cookie(page(status, &p), cookie))
}

pub async fn away(State(state): State<AppState>, staff: Staff, headers: HeaderMap) -> PageResult {
    away_page(&state, &staff, &headers, StatusCode::OK, "").await
}

#[derive(Deserialize)]
pub struct AwayForm {
    #[serde(default)]
    starts_on: String,
    #[serde(default)]
    ends_on: String,
    #[serde(default)]
    cover: String,
}

/// Plan an absence; a refused one draws the page again with why (422), keeping nothing.
pub async fn add_away(State(state): State<AppState>, headers: HeaderMap, f: StaffForm<AwayForm>) -> PageResult {
    let staff = &f.staff;
    let refused = |problem| away_page(&state, staff, &headers, StatusCode::UNPROCESSABLE_ENTITY, problem);
    let day = |s: &str| s.trim().parse::<jiff::civil::Date>().ok();
    let (Some(starts_on), Some(ends_on)) = (day(&f.form.starts_on), day(&f.form.ends_on)) else {
        return refused("staff-away-wrong-dates").await;
    };
    let cover = match f.form.cover.trim() {
        "" => None,
        id => {
            let id = StaffId::parse(id).map_err(|_| PageError::NotFound)?;
            match state.store.staff_member(&staff.clinic.id, &id).await? {
                Some(m) => Some(m.id),
                None => return refused("staff-away-wrong-cover").await,
            }
        }
    };
    let now = state.now();
    let absence = Absence {
        id: Absence::new_id(),
        clinic_id: staff.clinic.id.clone(),
        staff_id: staff.member.id.clone(),
        starts_on,
        ends_on,
        cover_id: cover,
        created_at: now,
    };
    let today = now.to_zoned(staff.clinic.time_zone.tz().clone()).date();
    let others = state.store.absences(&staff.clinic.id, today).await?;
    match absence.check(today, &others) {
        Ok(()) => {}
        Err(AbsenceRefusal::CoverIsSelf) => return refused("staff-away-wrong-cover").await,
        Err(AbsenceRefusal::Loop) => return refused("staff-away-loop").await,
        Err(_) => return refused("staff-away-wrong-dates").await,
    }
    state.store.insert_absence(&absence).await?;
    audit(&state, staff, "staff.absence_added", staff.member.id.as_str(), &absence.id).await?;
    Ok(Redirect::to("/staff/away").into_response())
}

pub async fn cancel_away(
    State(state): State<AppState>,
    Path(id): Path<String>,
    f: StaffForm<super::inbox::Nothing>,
) -> PageResult {
    let staff = &f.staff;
    if !state.store.cancel_absence(&staff.clinic.id, &staff.member.id, &id, state.now()).await? {
        return Err(PageError::NotFound);
    }
    audit(&state, staff, "staff.absence_cancelled", staff.member.id.as_str(), &id).await?;
    Ok(Redirect::to("/staff/away").into_response())
}
