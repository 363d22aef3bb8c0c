//! `/conversations`: the clinic's inbox for its own systems, one view at a time
//! (`needs-reply`, `overdue`, `unassigned`, `open`, `closed`), 50 a page by default, following
//! `next_cursor`; each with its team, assignee, whom the assignee covers for, and when the
//! reply is due. `/conversations/{id}` adds the steps that brought it where it is (routed,
//! covered, put back in the pool, warned, escalated).

use super::routes::{Doc, Routes};
use super::{ApiPath, rfc3339};
use crate::domain::{ConversationStatus, ConversationSummary, InboxCursor, InboxQuery, InboxView, StaffId, ThreadId};
use crate::state::AppState;
use crate::store::Clinic;
use crate::web::api::error::{ApiResult, AppError};
use axum::extract::{RawQuery, State};
use axum::{Extension, Json};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub(super) fn routes() -> Routes {
    Routes::new()
        .get(
            "/conversations",
            list,
            Doc::ok::<Page>("One view of the clinic's inbox, 50 a page by default (follow next_cursor)")
                .query::<ListQuery>(),
        )
        .get(
            "/conversations/{id}",
            read,
            Doc::ok::<Detail>("One conversation with the steps that brought it where it is")
                .path_note("id", "the thread id"),
        )
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[derive(JsonSchema)]
#[schemars(inline)]
struct ListQuery {
    #[schemars(extend("enum" = ["needs-reply", "overdue", "unassigned", "open", "closed"], "default" = "needs-reply"))]
    view: Option<String>,
    /// a next_cursor
    after: Option<String>,
    #[schemars(range(min = 1, max = 200), extend("default" = 50))]
    limit: Option<i64>,
}

#[derive(Serialize, JsonSchema)]
#[schemars(rename = "Conversation")]
struct Item {
    thread_id: String,
    patient_id: String,
    #[schemars(schema_with = "crate::domain::word_schema::<crate::domain::ConversationStatus>")]
    status: &'static str,
    /// The day a waiting conversation comes back to the team
    review_on: Option<String>,
    team_id: Option<String>,
    assignee_id: Option<String>,
    /// The absent colleague the assignee answers for
    covering_for: Option<String>,
    #[schemars(extend("format" = "date-time"))]
    last_message_at: String,
    #[schemars(extend("enum" = ["patient", "staff", ""]))]
    last_author: String,
    #[schemars(schema_with = "crate::domain::word_schema::<crate::domain::ReplyCategory>")]
    category: &'static str,
    #[schemars(schema_with = "crate::domain::word_schema::<crate::domain::ReplyPriority>")]
    priority: &'static str,
    /// When the promised reply is due, while the team owes one
    due_at: Option<String>,
    overdue: bool,
}

/// A page of conversations.
#[derive(Serialize, JsonSchema)]
#[schemars(rename = "ConversationPage")]
struct Page {
    data: Vec<Item>,
    /// Give it as `after` for the next page; null on the last
    next_cursor: Option<String>,
}

/// One conversation with the steps that brought it where it is.
#[derive(Serialize, JsonSchema)]
#[schemars(rename = "ConversationDetail")]
struct Detail {
    #[serde(flatten)]
    conversation: Item,
    steps: Vec<Step>,
}

#[derive(Serialize, JsonSchema)]
#[schemars(rename = "ConversationStep")]
struct Step {
    #[schemars(schema_with = "crate::domain::word_schema::<crate::domain::StepKind>")]
    kind: &'static str,
    team_id: Option<String>,
    staff_id: Option<String>,
    from_staff_id: Option<String>,
    /// For contact_flagged: the channel and why (sms invalid, email opted_out)
    detail: Option<String>,
    #[schemars(extend("format" = "date-time"))]
    at: String,
}

/// This module's bodies, for the OpenAPI document.
fn item(c: &ConversationSummary, now: jiff::Timestamp) -> Item {
    let conv = &c.conversation;
    Item {
        thread_id: conv.thread_id.to_string(),
        patient_id: c.patient_id.to_string(),
        status: conv.status.as_str(),
        review_on: conv.review_on.map(|d| d.to_string()),
        team_id: conv.team_id.clone(),
        assignee_id: conv.assignee_id.as_ref().map(|s| s.to_string()),
        covering_for: conv.covering_for.as_ref().map(|s| s.to_string()),
        last_message_at: rfc3339(c.last_at),
        last_author: c.last_author.clone(),
        category: c.clock.category.as_str(),
        priority: c.clock.priority.as_str(),
        due_at: c.clock.due_at.filter(|_| c.clock.running()).map(rfc3339),
        overdue: conv.status != ConversationStatus::Closed && c.clock.overdue_at(now),
    }
}

const DEFAULT_LIMIT: i64 = 50;
const MAX_LIMIT: i64 = 200;

async fn list(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    RawQuery(raw): RawQuery,
) -> ApiResult<Json<Page>> {
    let q: ListQuery = serde_urlencoded::from_str(raw.as_deref().unwrap_or(""))
        .map_err(|e| AppError::invalid("query", e.to_string()))?;
    let view = match q.view.as_deref() {
        None => InboxView::NeedsReply,
        Some(v) => match InboxView::parse(v) {
            Ok(InboxView::Mine | InboxView::MyTeams | InboxView::Unmatched) | Err(_) => {
                return Err(AppError::invalid("view", "must be needs-reply, overdue, unassigned, open or closed"));
            }
            Ok(v) => v,
        },
    };
    let limit = q.limit.unwrap_or(DEFAULT_LIMIT);
    if !(1..=MAX_LIMIT).contains(&limit) {
        return Err(AppError::invalid("limit", "must be 1 to 200"));
    }
    let after = q
        .after
        .as_deref()
        .map(InboxCursor::parse)
        .transpose()
        .map_err(|_| AppError::invalid("after", "must be a next_cursor this API gave"))?;
    let now = state.now();
    // Nobody's "mine": these views do not depend on who asks.
    let query = InboxQuery { view, me: StaffId::from_trusted(String::new()), now, after, limit: limit + 1 };
    let mut page = state.store.inbox(&clinic.id, &query).await?;
    let next = if page.len() as i64 > limit {
        page.truncate(limit as usize);
        page.last().map(|last| InboxCursor::after(view, last).to_string())
    } else {
        None
    };
    let data: Vec<Item> = page.iter().map(|c| item(c, now)).collect();
    Ok(Json(Page { data, next_cursor: next }))
}

async fn read(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    ApiPath(id): ApiPath,
) -> ApiResult<Json<Detail>> {
    let thread = ThreadId::parse(&id).map_err(|_| AppError::NotFound("conversation"))?;
    let conv = state.store.conversation(&clinic.id, &thread).await?.ok_or(AppError::NotFound("conversation"))?;
    let t = state.store.thread(&clinic.id, &thread).await?.ok_or(AppError::NotFound("conversation"))?;
    let clock = state.store.reply_clock(&clinic.id, &thread).await?.unwrap_or_default();
    let messages = state.store.messages(&clinic.id, &thread).await?;
    let last = messages.last();
    let summary = ConversationSummary {
        patient_id: t.patient_id.clone(),
        patient_name: String::new(),
        last_author: last.map(|m| m.author.clone()).unwrap_or_default(),
        last_at: last.map_or(conv.updated_at, |m| m.created_at),
        clock,
        conversation: conv,
    };
    let steps = state
        .store
        .conversation_steps(&clinic.id, &thread)
        .await?
        .into_iter()
        .map(|s| Step {
            kind: s.kind.as_str(),
            team_id: s.team_id,
            staff_id: s.staff_id.map(|x| x.to_string()),
            from_staff_id: s.from_staff_id.map(|x| x.to_string()),
            detail: s.detail,
            at: rfc3339(s.at),
        })
        .collect();
    Ok(Json(Detail { conversation: item(&summary, state.now()), steps }))
}
