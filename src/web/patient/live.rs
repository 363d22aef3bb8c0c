//! A patient's thread, live: the stream of their own conversation (`web/live.rs` does the
//! streaming), the typing notice they send while writing, and the read marker their open
//! page sends when a reply arrives. All three need a stepped-up session, as the thread does;
//! another patient's thread is a 404.

use super::form::SessionForm;
use super::pages::{context, own_thread};
use super::session::PatientSession;
use super::step_up;
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
    Path(id): Path<String>,
    headers: HeaderMap,
    Query(q): Query<After>,
    s: PatientSession,
) -> PageResult {
    let (clinic, patient) = context(&state, &s).await?;
    let thread = own_thread(&state, &clinic, &patient, &id).await?;
    if !step_up::stepped_up(&s) {
        return Err(PageError::SignedOut);
    }
    let watcher = Watcher {
        viewer: Viewer::Patient { clinic: clinic.id.clone(), thread, session: s.session.id.clone() },
        check: SessionCheck::Patient(s.id_hash.clone()),
        lang: lang::for_patient(&patient.language),
        tz: patient.time_zone.tz().clone(),
        typing_names: clinic.live_typing_names,
    };
    open(&state, watcher, start_after(&headers, q.after.as_deref())).await
}

/// Forms that carry nothing but their CSRF token.
#[derive(Deserialize)]
pub struct Nothing {}

pub async fn typing(State(state): State<AppState>, Path(id): Path<String>, f: SessionForm<Nothing>) -> PageResult {
    let next = format!("/p/threads/{id}");
    f.stepped_up(&state, &next).await?;
    let (clinic, patient) = context(&state, &f.session).await?;
    let thread = own_thread(&state, &clinic, &patient, &id).await?;
    let now = state.now();
    if !state.live.typing_allowed(&f.session.session.id, now) {
        return Err(PageError::Notice {
            status: StatusCode::TOO_MANY_REQUESTS,
            heading: "live-refused-heading",
            explain: "live-typing-wait",
            code: SupportCode::RateTyping,
        });
    }
    let notice =
        Typing { clinic_id: clinic.id, thread_id: thread, who: TypingWho::Patient, until: now + TYPING_SHOWS_FOR };
    state.live.publish_typing(&notice).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

pub async fn read(State(state): State<AppState>, Path(id): Path<String>, f: SessionForm<Nothing>) -> PageResult {
    f.stepped_up(&state, &format!("/p/threads/{id}")).await?;
    let (clinic, patient) = context(&state, &f.session).await?;
    let thread = own_thread(&state, &clinic, &patient, &id).await?;
    state.store.mark_thread_read(&clinic.id, &thread, state.now()).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
