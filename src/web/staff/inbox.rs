//! The shared inbox: one conversation per patient thread, in views (needs reply, overdue,
//! mine, all open, closed) and the clinic's unmatched texts, each row with when its reply is
//! due; a conversation's page shows the messages and the due time, and lets staff reply
//! (through the one reply path, `web/reply.rs`), take it, mark it waiting on the patient
//! until a review date (which pauses the reply clock), or close it. Everything is looked up within
//! the staff member's own clinic: another clinic's conversation is a 404.

use super::session::{Staff, StaffForm, form_csrf};
use crate::domain::{
    Actor, ConversationStatus, InboxCursor, InboxQuery, InboxView, MessageBody, ReplyClock, ShortText, ThreadId,
};
use crate::state::AppState;
use crate::store::{AuditEvent, Conversation, Patient};
use crate::web::cookie::with_optional_cookie;
use crate::web::lang;
use crate::web::page::{PageError, PageResult, SupportCode, page};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect};
use jiff::Timestamp;
use serde::Deserialize;

/// Conversations one page of a view lists (an "Older" link goes on), and texts the
/// unmatched view lists.
const PAGE: i64 = 50;
const LISTED: i64 = 500;

struct Tab {
    href: String,
    label: String,
    current: bool,
}

struct Row {
    href: String,
    name: String,
    status: String,
    when: String,
    assignee: String,
    due: Option<Due>,
    /// Urgent: a red flag, or the clinic's urgent category.
    urgent: bool,
}

/// When the reply is due, and whether that has passed.
struct Due {
    words: String,
    overdue: bool,
}

fn due_of(staff: &Staff, clock: &ReplyClock, now: Timestamp) -> Option<Due> {
    let due = clock.due_at.filter(|_| clock.running())?;
    let overdue = clock.overdue_at(now);
    let id = if overdue { "staff-overdue" } else { "staff-due" };
    Some(Due { words: lang::current().f1(id, "when", &when(staff, due)), overdue })
}

struct Unmatched {
    from: String,
    body: String,
    when: String,
}

#[derive(Template)]
#[template(path = "staff_inbox.html")]
struct InboxPage {
    t: crate::i18n::Lang,
    here: String,
    clinic_id: String,
    csrf: String,
    signed_in_as: String,
    heading: String,
    tabs: Vec<Tab>,
    rows: Vec<Row>,
    unmatched: Vec<Unmatched>,
    live_after: i64,
    updated: String,
    /// The next page of the view ("" on the last).
    older: String,
}

struct Shown {
    id: String,
    mine: bool,
    sender: String,
    body: String,
    when: String,
    unverified: bool,
}

#[derive(Template)]
#[template(path = "staff_conversation.html")]
struct ConversationPage {
    t: crate::i18n::Lang,
    here: String,
    clinic_id: String,
    csrf: String,
    signed_in_as: String,
    patient: String,
    status: String,
    assignee: String,
    assigned_to_me: bool,
    closed: bool,
    due: Option<Due>,
    urgent: bool,
    messages: Vec<Shown>,
    base: String,
    review_default: String,
    thread_id: String,
    /// "Seen by the patient …" when they have read the latest reply ("" otherwise).
    seen: String,
    live_after: i64,
    updated: String,
    /// A reply held back because the conversation moved on, and its text.
    held: bool,
    draft: String,
    notes: Vec<NoteShown>,
    /// The clinic's saved replies: id and title.
    saved: Vec<(String, String)>,
    /// Its team, whom it covers for, and how it got here.
    way: super::teams::Way,
}

/// An internal note as the page shows it.
struct NoteShown {
    who: String,
    when: String,
    body: String,
}

#[derive(Deserialize)]
pub struct ViewQuery {
    view: Option<String>,
    /// Where the page starts (`InboxCursor`).
    after: Option<String>,
}

pub(super) fn when(staff: &Staff, at: Timestamp) -> String {
    lang::current().datetime_short(&at.to_zoned(staff.clinic.time_zone.tz().clone()))
}

pub(super) fn signed_in_as(staff: &Staff) -> String {
    let t = lang::current();
    let args = [
        ("name", crate::i18n::Arg::Str(staff.member.name.as_str())),
        ("clinic", crate::i18n::Arg::Str(&staff.clinic.name)),
    ];
    t.f("staff-signed-in-as", &args)
}

fn status_words(c: &Conversation) -> String {
    let t = lang::current();
    match (c.status, c.review_on) {
        (ConversationStatus::Waiting, Some(d)) => t.f1("staff-status-waiting", "date", &d.to_string()),
        (ConversationStatus::Waiting, None) | (ConversationStatus::Open, _) => t.t("staff-status-open"),
        (ConversationStatus::Closed, _) => t.t("staff-status-closed"),
    }
}

fn view_label(v: InboxView) -> &'static str {
    match v {
        InboxView::NeedsReply => "staff-view-needs-reply",
        InboxView::Overdue => "staff-view-overdue",
        InboxView::Mine => "staff-view-mine",
        InboxView::MyTeams => "staff-view-my-teams",
        InboxView::Unassigned => "staff-view-unassigned",
        InboxView::AllOpen => "staff-view-open",
        InboxView::Closed => "staff-view-closed",
        InboxView::Unmatched => "staff-view-unmatched",
    }
}

pub async fn list(
    State(state): State<AppState>,
    staff: Staff,
    headers: HeaderMap,
    Query(q): Query<ViewQuery>,
) -> PageResult {
    let view = match q.view.as_deref() {
        None => InboxView::NeedsReply,
        Some(v) => InboxView::parse(v).map_err(|_| PageError::NotFound)?,
    };
    let t = lang::current();
    let live_after = state.store.last_live_event().await?;
    let names: std::collections::HashMap<String, String> = state
        .store
        .staff(&staff.clinic.id)
        .await?
        .into_iter()
        .map(|m| (m.id.to_string(), m.name.to_string()))
        .collect();
    let (mut rows, mut unmatched, mut older) = (Vec::new(), Vec::new(), String::new());
    if view == InboxView::Unmatched {
        for u in state.store.unmatched_texts(&staff.clinic.id, LISTED).await? {
            unmatched.push(Unmatched { from: u.from.to_string(), body: u.body, when: when(&staff, u.received_at) });
        }
    } else {
        let now = state.now();
        let after = q.after.as_deref().map(InboxCursor::parse).transpose().map_err(|_| PageError::NotFound)?;
        let query = InboxQuery { view, me: staff.member.id.clone(), now, after, limit: PAGE + 1 };
        let mut page_of = state.store.inbox(&staff.clinic.id, &query).await?;
        if page_of.len() as i64 > PAGE {
            page_of.truncate(PAGE as usize);
            if let Some(last) = page_of.last() {
                older = format!("/staff?view={}&after={}", view.as_str(), InboxCursor::after(view, last));
            }
        }
        for c in page_of {
            let assignee = c.conversation.assignee_id.as_ref().and_then(|a| names.get(a.as_str()));
            rows.push(Row {
                href: format!("/staff/conversations/{}", c.conversation.thread_id),
                name: c.patient_name.clone(),
                status: status_words(&c.conversation),
                when: when(&staff, c.last_at),
                assignee: match assignee {
                    Some(n) => t.f1("staff-assigned-to", "name", n),
                    None => t.t("staff-unassigned"),
                },
                due: due_of(&staff, &c.clock, now),
                urgent: c.clock.priority == crate::domain::ReplyPriority::Urgent,
            });
        }
    }
    let tabs = InboxView::ALL
        .into_iter()
        .map(|v| Tab { href: format!("/staff?view={}", v.as_str()), label: t.t(view_label(v)), current: v == view })
        .collect();
    let (csrf, cookie) = form_csrf(&state, &headers, &staff.session);
    let p = InboxPage {
        t,
        here: format!("/staff?view={}", view.as_str()),
        clinic_id: staff.clinic.id.to_string(),
        csrf,
        signed_in_as: signed_in_as(&staff),
        heading: t.t(view_label(view)),
        tabs,
        rows,
        unmatched,
        live_after,
        updated: when(&staff, state.now()),
        older,
    };
    Ok(with_optional_cookie(page(StatusCode::OK, &p), cookie))
}

/// The clinic's conversation and its patient; anything not this clinic's is a 404.
pub(super) async fn load(state: &AppState, staff: &Staff, id: &str) -> PageResult<(Conversation, Patient)> {
    let thread_id = ThreadId::parse(id).map_err(|_| PageError::NotFound)?;
    let conversation = state.store.conversation(&staff.clinic.id, &thread_id).await?.ok_or(PageError::NotFound)?;
    let thread = state.store.thread(&staff.clinic.id, &thread_id).await?.ok_or(PageError::NotFound)?;
    let patient = state.store.patient(&staff.clinic.id, &thread.patient_id).await?.ok_or(PageError::NotFound)?;
    Ok((conversation, patient))
}

#[derive(Deserialize)]
pub struct ShowQuery {
    /// A saved reply to start the reply from.
    saved: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    staff: Staff,
    headers: HeaderMap,
    Path(id): Path<String>,
    Query(q): Query<ShowQuery>,
) -> PageResult {
    let draft = match q.saved.as_deref().filter(|s| !s.is_empty()) {
        Some(saved) => Draft::Saved(saved.to_string()),
        None => Draft::None,
    };
    conversation_page(&state, &staff, &headers, &id, draft).await
}

/// What the reply box holds when the page is drawn.
enum Draft {
    None,
    /// A reply that was not sent, because a message came after the page it was written on:
    /// back in its box with a notice (409).
    Held(String),
    /// A saved reply's text in the patient's language (by its id), to read and change first.
    Saved(String),
}

async fn conversation_page(state: &AppState, staff: &Staff, headers: &HeaderMap, id: &str, draft: Draft) -> PageResult {
    let (conversation, patient) = load(state, staff, id).await?;
    let saved_replies = state.store.saved_replies(&staff.clinic.id).await?;
    let (held, draft) = match draft {
        Draft::None => (false, String::new()),
        Draft::Held(text) => (true, text),
        Draft::Saved(saved) => {
            let r = saved_replies.iter().find(|r| r.id == saved).ok_or(PageError::NotFound)?;
            (false, r.text_for(&patient.language).unwrap_or_default().to_string())
        }
    };
    let saved: Vec<(String, String)> = saved_replies.into_iter().map(|r| (r.id, r.title)).collect();
    let t = lang::current();
    let live_after = state.store.last_live_event().await?;
    let stored = state.store.messages(&staff.clinic.id, &conversation.thread_id).await?;
    // A read of a patient's messages by the care team, as every read of health details is.
    let mut read = AuditEvent::new(
        state.now(),
        Some(&staff.clinic.id),
        Actor::Staff(staff.member.id.clone()),
        "conversation.viewed",
    )
    .subject(conversation.thread_id.as_str());
    read.for_patient = Some(patient.id.to_string());
    state.store.record_audit(&read).await?;
    let read_at = state.store.thread_read_at(&staff.clinic.id, &conversation.thread_id).await?;
    let last_reply = stored.iter().rev().find(|m| m.author == "staff").map(|m| m.created_at);
    let seen = match (read_at, last_reply) {
        (Some(r), Some(l)) if r >= l => t.f1("live-seen", "time", &when(staff, r)),
        _ => String::new(),
    };
    let messages = stored
        .into_iter()
        .map(|m| Shown {
            id: m.id.to_string(),
            mine: m.author == "staff",
            sender: m.sender.clone(),
            when: when(staff, m.created_at),
            unverified: !m.sender_verified,
            body: m.body,
        })
        .collect();
    let assignee = match &conversation.assignee_id {
        Some(a) => match state.store.staff_member(&staff.clinic.id, a).await? {
            Some(m) => t.f1("staff-assigned-to", "name", m.name.as_str()),
            None => t.t("staff-unassigned"),
        },
        None => t.t("staff-unassigned"),
    };
    let today = state.now().to_zoned(staff.clinic.time_zone.tz().clone()).date();
    let review_default = today.tomorrow().map(|d| d.to_string()).unwrap_or_default();
    let team: std::collections::HashMap<String, String> = state
        .store
        .staff(&staff.clinic.id)
        .await?
        .into_iter()
        .map(|m| (m.id.to_string(), m.name.to_string()))
        .collect();
    let notes = state
        .store
        .notes(&staff.clinic.id, &conversation.thread_id)
        .await?
        .into_iter()
        .map(|n| NoteShown {
            who: team.get(n.staff_id.as_str()).cloned().unwrap_or_default(),
            when: when(staff, n.created_at),
            body: n.body,
        })
        .collect();
    let (csrf, cookie) = form_csrf(state, headers, &staff.session);
    let base = format!("/staff/conversations/{}", conversation.thread_id);
    let clock = state.store.reply_clock(&staff.clinic.id, &conversation.thread_id).await?;
    let way = super::teams::way_of(state, staff, &conversation).await?;
    let p = ConversationPage {
        t,
        here: base.clone(),
        clinic_id: staff.clinic.id.to_string(),
        csrf,
        signed_in_as: signed_in_as(staff),
        patient: patient.name.to_string(),
        status: status_words(&conversation),
        assignee,
        assigned_to_me: conversation.assignee_id.as_ref() == Some(&staff.member.id),
        closed: conversation.status == ConversationStatus::Closed,
        due: clock.as_ref().and_then(|c| due_of(staff, c, state.now())),
        urgent: clock.as_ref().is_some_and(|c| c.priority == crate::domain::ReplyPriority::Urgent),
        messages,
        base,
        review_default,
        thread_id: conversation.thread_id.to_string(),
        seen,
        live_after,
        updated: when(staff, state.now()),
        held,
        draft,
        notes,
        saved,
        way,
    };
    let status = if held { StatusCode::CONFLICT } else { StatusCode::OK };
    Ok(with_optional_cookie(page(status, &p), cookie))
}

fn back(c: &Conversation) -> axum::response::Response {
    Redirect::to(&format!("/staff/conversations/{}", c.thread_id)).into_response()
}

async fn audit(
    state: &AppState,
    staff: &Staff,
    action: &str,
    c: &Conversation,
    detail: Option<&str>,
) -> PageResult<()> {
    let mut event = AuditEvent::new(state.now(), Some(&staff.clinic.id), Actor::Staff(staff.member.id.clone()), action)
        .subject(c.thread_id.as_str());
    if let Some(d) = detail {
        event = event.detail(d);
    }
    state.store.record_audit(&event).await?;
    Ok(())
}

#[derive(Deserialize)]
pub struct ReplyForm {
    #[serde(default)]
    body: String,
    /// The last live event the writer's page showed (updated as messages arrive live).
    #[serde(default)]
    seen: Option<String>,
}

/// Whether a message came on the conversation after the event its page showed last.
async fn moved_on(state: &AppState, staff: &Staff, c: &Conversation, seen: i64) -> PageResult<bool> {
    let events = state.store.live_events_for(&staff.clinic.id, Some(&c.thread_id), seen, 100).await?;
    Ok(events.iter().any(|e| e.kind == crate::domain::LiveKind::Message))
}

pub async fn reply(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    f: StaffForm<ReplyForm>,
) -> PageResult {
    let staff = &f.staff;
    let (conversation, patient) = load(&state, staff, &id).await?;
    let body = MessageBody::parse(&f.form.body)
        .map_err(|_| PageError::unprocessable("page-problem-heading", "staff-reply-wrong", SupportCode::MsgFormat))?;
    // Someone else answered (or the patient wrote again) since this page was drawn: the reply
    // is held, not sent, until its writer has read what came.
    let seen = f.form.seen.as_deref().and_then(|s| s.parse::<i64>().ok());
    if let Some(seen) = seen
        && moved_on(&state, staff, &conversation, seen).await?
    {
        return conversation_page(&state, staff, &headers, &id, Draft::Held(f.form.body.clone())).await;
    }
    let sender = ShortText::parse(staff.member.name.as_str()).map_err(PageError::internal)?;
    let actor = Actor::Staff(staff.member.id.clone());
    crate::web::reply::send_reply(
        &state,
        &staff.clinic,
        &patient,
        &sender,
        body.into_string(),
        crate::web::reply::AlertTiming::AfterReadingTime,
        actor,
    )
    .await?;
    Ok(back(&conversation))
}

#[derive(Deserialize)]
pub struct Nothing {}

#[derive(Deserialize)]
pub struct AssignForm {
    /// A colleague of the same clinic (none: the one who asks takes it).
    #[serde(default)]
    to: String,
}

pub async fn assign(State(state): State<AppState>, Path(id): Path<String>, f: StaffForm<AssignForm>) -> PageResult {
    let staff = &f.staff;
    let (mut conversation, _) = load(&state, staff, &id).await?;
    let to = match f.form.to.trim() {
        "" => staff.member.id.clone(),
        to => {
            let to = crate::domain::StaffId::parse(to).map_err(|_| PageError::NotFound)?;
            state.store.staff_member(&staff.clinic.id, &to).await?.ok_or(PageError::NotFound)?.id
        }
    };
    conversation.assign(&to, state.now());
    state.store.save_conversation(&conversation).await?;
    audit(&state, staff, "conversation.assigned", &conversation, Some(to.as_str())).await?;
    Ok(back(&conversation))
}

#[derive(Deserialize)]
pub struct WaitForm {
    #[serde(default)]
    review_on: String,
}

pub async fn wait(State(state): State<AppState>, Path(id): Path<String>, f: StaffForm<WaitForm>) -> PageResult {
    let staff = &f.staff;
    let (mut conversation, _) = load(&state, staff, &id).await?;
    let today = state.now().to_zoned(staff.clinic.time_zone.tz().clone()).date();
    let date = f
        .form
        .review_on
        .trim()
        .parse::<jiff::civil::Date>()
        .ok()
        .filter(|d| *d >= today)
        .ok_or(PageError::unprocessable("page-problem-heading", "staff-date-wrong", SupportCode::Form))?;
    conversation.wait_until(date, state.now());
    state.store.save_conversation(&conversation).await?;
    crate::reply_times::paused(&*state.store, &staff.clinic, &conversation.thread_id, state.now()).await?;
    audit(&state, staff, "conversation.waiting", &conversation, Some(&date.to_string())).await?;
    Ok(back(&conversation))
}

pub async fn close(State(state): State<AppState>, Path(id): Path<String>, f: StaffForm<Nothing>) -> PageResult {
    let staff = &f.staff;
    let (mut conversation, _) = load(&state, staff, &id).await?;
    conversation.close(state.now());
    state.store.save_conversation(&conversation).await?;
    crate::reply_times::stopped(&*state.store, &staff.clinic.id, &conversation.thread_id, state.now()).await?;
    audit(&state, staff, "conversation.closed", &conversation, None).await?;
    Ok(back(&conversation))
}

#[derive(Deserialize)]
pub struct NoteForm {
    #[serde(default)]
    body: String,
}

/// An internal note for the rest of the team: stored and shown to staff, never sent.
pub async fn note(State(state): State<AppState>, Path(id): Path<String>, f: StaffForm<NoteForm>) -> PageResult {
    let staff = &f.staff;
    let (conversation, _) = load(&state, staff, &id).await?;
    let body = MessageBody::parse(&f.form.body)
        .map_err(|_| PageError::unprocessable("page-problem-heading", "staff-note-wrong", SupportCode::MsgFormat))?;
    let note = crate::domain::ConversationNote {
        id: crate::domain::ConversationNote::new_id(),
        thread_id: conversation.thread_id.clone(),
        clinic_id: staff.clinic.id.clone(),
        staff_id: staff.member.id.clone(),
        body: body.into_string(),
        created_at: state.now(),
    };
    state.store.insert_note(&note).await?;
    audit(&state, staff, "conversation.note_added", &conversation, Some(&note.id)).await?;
    Ok(back(&conversation))
}
