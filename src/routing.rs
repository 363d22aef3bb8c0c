//! Who answers, at work: a patient's message goes to the team the clinic's rules name (a
//! conversation nobody has taken follows its latest message; one with no team yet gets one), an assignee who is away is answered
//! for by their cover (clinical messages) or the team's pool (the rest), and a reply that
//! is late is warned of at three quarters of its time and escalated at its deadline, to the
//! cover and then the team's lead. The decisions are the domain's (`domain::teams`); this
//! module loads, decides through it, keeps the steps and sends the staff emails.

use crate::domain::{
    Absence, Actor, AuditEvent, ConversationStep, EscalationLevel, ReplyCategory, RouteBy, StaffId, StaffRole,
    StepKind, Team, ThreadId,
};
use crate::i18n::Arg;
use crate::state::AppState;
use crate::store::{Clinic, DueReply, EscalationChange, StoreError};
use jiff::Timestamp;

/// How many warnings, and escalations, one pass takes at most.
const BATCH: i64 = 100;
/// How often the worker looks for warnings and escalations that fell due.
pub const EVERY: std::time::Duration = std::time::Duration::from_secs(15);

fn today(clinic: &Clinic, now: Timestamp) -> jiff::civil::Date {
    now.to_zoned(clinic.time_zone.tz().clone()).date()
}

/// The patient wrote in `thread` about `category` at `now`: route the conversation to its
/// team when nobody has it (or it has no team), and move it from an assignee who is away.
pub async fn patient_wrote(
    state: &AppState,
    clinic: &Clinic,
    thread: &ThreadId,
    category: ReplyCategory,
    now: Timestamp,
) -> Result<(), StoreError> {
    let store = &*state.store;
    let Some(mut conversation) = store.conversation(&clinic.id, thread).await? else { return Ok(()) };
    let mut steps = Vec::new();
    let step =
        |kind, team_id: Option<String>, staff_id: Option<StaffId>, from_staff_id: Option<StaffId>| ConversationStep {
            thread_id: thread.clone(),
            clinic_id: clinic.id.clone(),
            kind,
            team_id,
            staff_id,
            from_staff_id,
            detail: None,
            at: now,
        };
    if conversation.assignee_id.is_none() || conversation.team_id.is_none() {
        let teams = store.teams(&clinic.id).await?;
        if !teams.is_empty() {
            // Read only when there is a team to route to: a clinic without teams pools every
            // conversation, and most messages come to conversations already routed.
            let Some(t) = store.thread(&clinic.id, thread).await? else { return Ok(()) };
            let Some(patient) = store.patient(&clinic.id, &t.patient_id).await? else { return Ok(()) };
            let rules = store.routing_rules(&clinic.id).await?;
            let provider = provider_of(state, clinic, &t.patient_id, now).await?;
            let by = RouteBy { category, provider: provider.as_deref(), language: patient.language.as_str() };
            let team = crate::domain::route(&rules, &teams, &by).map(|t| t.id.clone());
            if team.is_some() && team != conversation.team_id {
                conversation.team_id = team.clone();
                steps.push(step(StepKind::Routed, team, None, None));
            }
        }
    }
    if let Some(away) = conversation.assignee_id.clone() {
        let day = today(clinic, now);
        let absences = store.absences(&clinic.id, day).await?;
        if absences.iter().any(|a| a.staff_id == away && a.covers(day)) {
            let priority = store
                .reply_clock(&clinic.id, thread)
                .await?
                .map_or(crate::domain::ReplyPriority::Normal, |c| c.priority);
            let cover = crate::domain::answering_for(&away, day, &absences).filter(|c| *c != away);
            match cover.filter(|_| crate::domain::is_clinical(category, priority)) {
                Some(cover) => {
                    conversation.assignee_id = Some(cover.clone());
                    conversation.covering_for = Some(away.clone());
                    steps.push(step(StepKind::Covered, None, Some(cover), Some(away)));
                }
                None => {
                    conversation.assignee_id = None;
                    conversation.covering_for = None;
                    steps.push(step(StepKind::Pooled, conversation.team_id.clone(), None, Some(away)));
                }
            }
        }
    }
    if steps.is_empty() {
        return Ok(());
    }
    conversation.updated_at = now;
    store.save_conversation_steps(&conversation, &steps).await
}

/// The provider a message is routed by: of the patient's next appointment, else their last.
async fn provider_of(
    state: &AppState,
    clinic: &Clinic,
    patient: &crate::domain::PatientId,
    now: Timestamp,
) -> Result<Option<String>, StoreError> {
    let appointments = state.store.appointments_for(&clinic.id, patient).await?;
    let next = appointments.iter().filter(|a| a.starts_at >= now).min_by_key(|a| a.starts_at);
    let last = appointments.iter().filter(|a| a.starts_at < now).max_by_key(|a| a.starts_at);
    Ok(next.or(last).and_then(|a| a.provider.as_ref()).map(|p| p.as_str().to_string()))
}

/// Who a team's late replies go to in the end: its lead, else the clinic's first admin.
async fn lead_of(state: &AppState, clinic: &Clinic, team: Option<&Team>) -> Result<Option<StaffId>, StoreError> {
    if let Some(lead) = team.and_then(|t| t.lead_id.clone()) {
        return Ok(Some(lead));
    }
    let staff = state.store.staff(&clinic.id).await?;
    Ok(staff.into_iter().filter(|m| m.role == StaffRole::Admin).map(|m| m.id).min())
}

/// Take and act on every warning and escalation step due by now; how many were acted on.
pub async fn run_due(state: &AppState) -> Result<usize, StoreError> {
    let mut done = 0;
    loop {
        let now = state.now();
        let warnings = state.store.take_due_warnings(now, BATCH).await?;
        let escalations = state.store.take_due_escalations(now, BATCH).await?;
        let n = warnings.len() + escalations.len();
        for w in &warnings {
            warn(state, w, now).await?;
        }
        for e in &escalations {
            escalate(state, e, now).await?;
        }
        done += n;
        if (warnings.len() as i64) < BATCH && (escalations.len() as i64) < BATCH {
            return Ok(done);
        }
    }
}

struct Context {
    clinic: Clinic,
    team: Option<Team>,
    absences: Vec<Absence>,
    day: jiff::civil::Date,
}

async fn context(state: &AppState, due: &DueReply, now: Timestamp) -> Result<Option<Context>, StoreError> {
    let Some(clinic) = state.store.clinic(&due.clinic_id).await? else { return Ok(None) };
    let day = today(&clinic, now);
    let team = match &due.team_id {
        Some(id) => state.store.teams(&clinic.id).await?.into_iter().find(|t| t.id == *id),
        None => None,
    };
    let absences = state.store.absences(&clinic.id, day).await?;
    Ok(Some(Context { clinic, team, absences, day }))
}

/// Three quarters of the reply time have passed: tell whoever answers for the assignee (or,
/// with nobody assigned, the team's lead).
async fn warn(state: &AppState, due: &DueReply, now: Timestamp) -> Result<(), StoreError> {
    let Some(cx) = context(state, due, now).await? else { return Ok(()) };
    let to = match &due.assignee_id {
        Some(a) => crate::domain::answering_for(a, cx.day, &cx.absences),
        None => None,
    };
    let to = match to {
        Some(to) => Some(to),
        None => lead_of(state, &cx.clinic, cx.team.as_ref())
            .await?
            .and_then(|l| crate::domain::answering_for(&l, cx.day, &cx.absences)),
    };
    let step = ConversationStep {
        thread_id: due.thread_id.clone(),
        clinic_id: cx.clinic.id.clone(),
        kind: StepKind::Warned,
        team_id: due.team_id.clone(),
        staff_id: to.clone(),
        from_staff_id: None,
        detail: None,
        at: now,
    };
    state.store.insert_steps(std::slice::from_ref(&step)).await?;
    if let Some(to) = &to {
        email(state, &cx.clinic, to, due, "email-subject-reply-due-soon", "email-reply-due-soon").await?;
    }
    audit(state, &cx.clinic, due, "conversation.warned", to.as_ref()).await
}

/// The deadline (or the grace after the first step) passed: the next step of the chain.
async fn escalate(state: &AppState, due: &DueReply, now: Timestamp) -> Result<(), StoreError> {
    let Some(cx) = context(state, due, now).await? else { return Ok(()) };
    let lead = lead_of(state, &cx.clinic, cx.team.as_ref()).await?;
    let e = crate::domain::escalate(due.level, due.assignee_id.as_ref(), lead.as_ref(), cx.day, &cx.absences);
    let step = ConversationStep {
        thread_id: due.thread_id.clone(),
        clinic_id: cx.clinic.id.clone(),
        kind: if e.to.is_some() { StepKind::Escalated } else { StepKind::NoOneFurther },
        team_id: due.team_id.clone(),
        staff_id: e.to.clone(),
        from_staff_id: due.assignee_id.clone(),
        detail: None,
        at: now,
    };
    let next_at = e.more.then(|| now + crate::domain::lead_after(due.first_unanswered_at, due.due_at));
    let assignee = e.to.as_ref().or(due.assignee_id.as_ref());
    let level = if e.to.is_some() { e.level } else { EscalationLevel::Lead };
    let change = EscalationChange { due, assignee, level, next_at, step: &step };
    if !state.store.escalated(&change, now).await? {
        return Ok(());
    }
    if let Some(to) = &e.to {
        email(state, &cx.clinic, to, due, "email-subject-reply-escalated", "email-reply-escalated").await?;
    }
    audit(state, &cx.clinic, due, "conversation.escalated", e.to.as_ref()).await
}

async fn email(
    state: &AppState,
    clinic: &Clinic,
    to: &StaffId,
    due: &DueReply,
    subject: &str,
    text: &str,
) -> Result<(), StoreError> {
    let Some(member) = state.store.staff_member(&clinic.id, to).await? else { return Ok(()) };
    let Some(address) = &member.email else { return Ok(()) };
    let t = crate::care_team::lang_of(&member);
    let when = t.datetime_short(&due.due_at.to_zoned(clinic.time_zone.tz().clone()));
    let link = format!("{}/staff/conversations/{}", crate::care_team::base(state), due.thread_id);
    let args = [("name", Arg::Str(member.name.as_str())), ("when", Arg::Str(&when)), ("link", Arg::Str(&link))];
    crate::care_team::send(state, clinic, address, t, subject, text, &args).await;
    Ok(())
}

async fn audit(
    state: &AppState,
    clinic: &Clinic,
    due: &DueReply,
    action: &str,
    to: Option<&StaffId>,
) -> Result<(), StoreError> {
    let mut event =
        AuditEvent::new(state.now(), Some(&clinic.id), Actor::System, action).subject(due.thread_id.as_str());
    if let Some(to) = to {
        event = event.detail(to.as_str());
    }
    state.store.record_audit(&event).await
}

/// Who is answering `thread` for a colleague who is away, if someone is: the colleague's
/// name, their last day away, and the name of who answers meanwhile. Once the absence is
/// over (or cancelled) there is nothing to tell.
pub async fn covering(
    state: &AppState,
    clinic: &Clinic,
    thread: &ThreadId,
    now: Timestamp,
) -> Result<Option<(String, jiff::civil::Date, String)>, StoreError> {
    let Some(c) = state.store.conversation(&clinic.id, thread).await? else { return Ok(None) };
    let (Some(away), Some(cover)) = (&c.covering_for, &c.assignee_id) else { return Ok(None) };
    let day = today(clinic, now);
    let absences = state.store.absences(&clinic.id, day).await?;
    let Some(absence) = absences.iter().find(|a| a.staff_id == *away && a.covers(day)) else { return Ok(None) };
    let name = |m: Option<crate::store::StaffMember>| m.map(|m| m.name.to_string());
    let away_name = name(state.store.staff_member(&clinic.id, away).await?);
    let cover_name = name(state.store.staff_member(&clinic.id, cover).await?);
    Ok(away_name.zip(cover_name).map(|(a, c)| (a, absence.ends_on, c)))
}
