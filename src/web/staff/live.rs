//! The care team's live stream (every update of their own clinic: new messages, conversations
//! taken or closed, read markers, typing) and the typing notice a staff member sends while
//! writing a reply. The streaming itself is `web/live.rs`.

use super::inbox::load;
use super::session::{Staff, StaffForm};
use crate::domain::{TYPING_SHOWS_FOR, Typing, TypingWho, Viewer};
use crate::state::AppState;
use crate::web::lang;
use crate::web::live::{SessionCheck, Watcher, open, start_after};
use crate::web::page::{PageError, PageResult, SupportCode};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct After {
    after: Option<String>,
}

pub async fn stream(
    State(state): State<AppState>,
    staff: Staff,
    headers: HeaderMap,
    Query(q): Query<After>,
) -> PageResult {
    let watcher = Watcher {
        viewer: Viewer::Staff {
            clinic: staff.clinic.id.clone(),
            staff: staff.member.id.clone(),
            session: staff.session.id.clone(),
        },
        check: SessionCheck::Staff(staff.id_hash.clone()),
        lang: lang::current(),
        tz: staff.clinic.time_zone.tz().clone(),
        typing_names: true,
    };
    open(&state, watcher, start_after(&headers, q.after.as_deref())).await
}

#[derive(Deserialize)]
pub struct Nothing {}

pub async fn typing(State(state): State<AppState>, Path(id): Path<String>, f: StaffForm<Nothing>) -> PageResult {
    let staff = &f.staff;
    let (conversation, _) = load(&state, staff, &id).await?;
    let now = state.now();
    if !state.live.typing_allowed(&staff.session.id, now) {
        return Err(PageError::Notice {
            status: StatusCode::TOO_MANY_REQUESTS,
            heading: "live-refused-heading",
            explain: "live-typing-wait",
            code: SupportCode::RateTyping,
        });
    }
    let who = TypingWho::Staff { id: staff.member.id.clone(), name: staff.member.name.to_string() };
    let notice = Typing {
        clinic_id: staff.clinic.id.clone(),
        thread_id: conversation.thread_id,
        who,
        until: now + TYPING_SHOWS_FOR,
    };
    state.live.publish_typing(&notice).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
