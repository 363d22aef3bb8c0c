//! The pages a session opens. Each checks that what it shows belongs to the session's
//! patient; anything else is "not found".

pub(super) use super::form::session_csrf;
use super::{Notice, PageError, PageResult, PatientSession, SessionForm, lang, page, session, with_cookie};
use crate::domain::{AppointmentStatus, MessageBody, PATIENT_MAX_CHARS, ThreadId};
use crate::i18n::Lang;
use crate::state::AppState;
use crate::store::{Appointment, Clinic, Patient};
use crate::web::cookie::with_optional_cookie;
use crate::web::page::SupportCode;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect};

#[derive(Template)]
#[template(path = "patient_home.html")]
struct Home {
    t: Lang,
    here: String,
    clinic_id: String,
    clinic: String,
    given_name: String,
    appointments: Vec<AppointmentLine>,
    thread_id: String,
    csrf: String,
}

struct AppointmentLine {
    id: String,
    when: String,
    provider: Option<String>,
    status: &'static str,
}

#[derive(Template)]
#[template(path = "patient_appointment.html")]
pub(super) struct AppointmentPage {
    pub(super) t: Lang,
    pub(super) here: String,
    pub(super) clinic_id: String,
    pub(super) clinic: String,
    pub(super) clinic_phone: Option<super::CallNumber>,
    pub(super) id: String,
    pub(super) when: String,
    pub(super) duration: String,
    pub(super) location: Option<String>,
    pub(super) map_url: String,
    pub(super) provider: Option<String>,
    pub(super) bring: Option<String>,
    pub(super) status: &'static str,
    pub(super) upcoming: bool,
    pub(super) can_confirm: bool,
    pub(super) can_cancel: bool,
    pub(super) notice: String,
    pub(super) csrf: String,
}

#[derive(Template)]
#[template(path = "patient_thread.html")]
struct ThreadPage {
    t: Lang,
    here: String,
    clinic_id: String,
    sent: Option<String>,
    /// The red-flag safety reply, after a message that held one.
    safety: Option<String>,
    /// "While Dr. Okafor is away (until …), Nurse Lee is answering your messages."
    covering: Option<String>,
    clinic: String,
    clinic_phone: Option<super::CallNumber>,
    after_hours: Option<super::CallNumber>,
    thread_id: String,
    messages: Vec<ShownMessage>,
    csrf: String,
    /// The live event the page was drawn at: its stream starts after it.
    live_after: i64,
    /// When the page was drawn, for the "last updated" line.
    updated: String,
}

struct ShownMessage {
    id: String,
    author: String,
    sender: String,
    body: String,
    when: String,
}

/// "Tuesday, December 1, 2026 at 3:30 PM CST", in the patient's own time zone.
pub fn when(a: &Appointment, p: &Patient) -> String {
    a.starts_at.to_zoned(p.time_zone.tz().clone()).strftime("%A, %B %-d, %Y at %-I:%M %p %Z").to_string()
}

/// The date and time of a visit in the patient's zone and the page's language.
pub fn when_for(t: Lang, a: &Appointment, p: &Patient) -> String {
    t.datetime_long(&a.starts_at.to_zoned(p.time_zone.tz().clone()))
}

/// The message id naming an appointment's status.
pub(super) fn status_words(s: AppointmentStatus) -> &'static str {
    match s {
        AppointmentStatus::Scheduled => "status-scheduled",
        AppointmentStatus::Confirmed => "status-confirmed",
        AppointmentStatus::Cancelled => "status-cancelled",
    }
}

/// The session's clinic and patient.
pub(super) async fn context(state: &AppState, s: &PatientSession) -> PageResult<(Clinic, Patient)> {
    // A household link proves only that someone holds the shared phone: until a date of
    // birth says whose visit they open, nothing of any patient is shown but the list of times.
    if s.session.purpose == crate::domain::Purpose::Household && s.session.stepped_up_at.is_none() {
        return Err(PageError::Respond(Box::new(axum::response::Redirect::to("/p/household").into_response())));
    }
    let clinic = state.store.clinic(&s.session.clinic_id).await?;
    let patient = state.store.patient(&s.session.clinic_id, &s.session.patient_id).await?;
    match (clinic, patient) {
        (Some(c), Some(p)) => {
            lang::about_patient(&p.language);
            Ok((c, p))
        }
        _ => Err(PageError::NotFound),
    }
}

/// The session's thread `raw_id`, if it is this patient's; anything else is "not found".
pub(super) async fn own_thread(
    state: &AppState,
    clinic: &Clinic,
    patient: &Patient,
    raw_id: &str,
) -> PageResult<ThreadId> {
    let id = ThreadId::parse(raw_id).map_err(|_| PageError::NotFound)?;
    match state.store.thread(&clinic.id, &id).await? {
        Some(t) if t.patient_id == patient.id => Ok(id),
        _ => Err(PageError::NotFound),
    }
}

pub async fn home(State(state): State<AppState>, headers: HeaderMap, s: PatientSession) -> PageResult {
    let (clinic, patient) = context(&state, &s).await?;
    let now = state.now();
    let t = lang::for_patient(&patient.language);
    let appointments = state
        .store
        .appointments_for(&clinic.id, &patient.id)
        .await?
        .iter()
        .filter(|a| a.starts_at > now)
        .map(|a| AppointmentLine {
            id: a.id.to_string(),
            when: when_for(t, a, &patient),
            provider: a.provider.as_ref().map(|p| p.to_string()),
            status: status_words(a.status),
        })
        .collect();
    let (csrf, cookie) = session_csrf(&state, &headers, &s);
    let resp = page(
        StatusCode::OK,
        &Home {
            t,
            here: "/p".into(),
            clinic_id: clinic.id.to_string(),
            clinic: clinic.name.clone(),
            given_name: patient.name.given().to_string(),
            appointments,
            thread_id: patient.thread_id.to_string(),
            csrf,
        },
    );
    Ok(with_optional_cookie(resp, cookie))
}

pub async fn appointment(
    State(state): State<AppState>,
    Path(id): Path<String>,
    axum::extract::Query(query): axum::extract::Query<std::collections::HashMap<String, String>>,
    headers: HeaderMap,
    s: PatientSession,
) -> PageResult {
    let (clinic, patient, a) = super::appointment::owned(&state, &s, &id).await?;
    let (csrf, cookie) = session_csrf(&state, &headers, &s);
    let t = lang::for_patient(&patient.language);
    let notice = match query.get("done").map(String::as_str) {
        Some("confirmed") => t.t("appointment-done-confirmed"),
        Some("already-confirmed") => t.t("appointment-done-already-confirmed"),
        Some("cancelled-cannot-confirm") => t.t("appointment-done-cancelled-cannot-confirm"),
        Some("passed-cannot-confirm") => t.t("appointment-done-passed-cannot-confirm"),
        Some("confirm-failed") => t.t("appointment-done-confirm-failed"),
        Some("cancelled") => t.t("appointment-done-cancelled"),
        Some("requested") => t.t("appointment-done-requested"),
        _ => String::new(),
    };
    let view = super::appointment::view(&state, t, &clinic, &patient, &a, csrf, notice);
    Ok(with_optional_cookie(page(StatusCode::OK, &view), cookie))
}

pub async fn thread(
    State(state): State<AppState>,
    Path(id): Path<String>,
    axum::extract::Query(query): axum::extract::Query<std::collections::HashMap<String, String>>,
    headers: HeaderMap,
    s: PatientSession,
) -> PageResult {
    let (clinic, patient) = context(&state, &s).await?;
    let id = own_thread(&state, &clinic, &patient, &id).await?;
    // Message contents are health details: a link session must step up first.
    super::step_up::require(&state, &headers, &s, &format!("/p/threads/{id}")).await?;
    s.record_read(&state, "messages.viewed", id.as_str()).await;
    let t = lang::for_patient(&patient.language);
    // Read before the messages: an event between the two is sent again, and the page skips
    // a message it already shows.
    let live_after = state.store.last_live_event().await?;
    let stored = state.store.messages(&clinic.id, &id).await?;
    let read_at = state.store.thread_read_at(&clinic.id, &id).await?;
    let now = state.now();
    if stored.iter().any(|m| m.author == "staff" && read_at.is_none_or(|r| m.created_at > r)) {
        state.store.mark_thread_read(&clinic.id, &id, now).await?;
    }
    let tz = patient.time_zone.tz().clone();
    let messages = stored
        .into_iter()
        .map(|m| ShownMessage {
            when: t.datetime_short(&m.created_at.to_zoned(tz.clone())),
            id: m.id.to_string(),
            author: m.author,
            sender: m.sender,
            body: m.body,
        })
        .collect();
    let covering = crate::routing::covering(&state, &clinic, &id, now).await?.map(|(away, until, cover)| {
        use crate::i18n::Arg;
        let until = t.date_long(until);
        t.f("thread-covering", &[("away", Arg::Str(&away)), ("until", Arg::Str(&until)), ("cover", Arg::Str(&cover))])
    });
    let (csrf, cookie) = session_csrf(&state, &headers, &s);
    let resp = page(
        StatusCode::OK,
        &ThreadPage {
            covering,
            t,
            here: format!("/p/threads/{id}"),
            clinic_id: clinic.id.to_string(),
            sent: match query.contains_key("sent") {
                true => {
                    let clock = state.store.reply_clock(&clinic.id, &id).await?;
                    let due = clock.filter(|c| c.running()).and_then(|c| c.due_at);
                    Some(crate::web::promise::sent_notice(t, due, &patient.time_zone))
                }
                false => None,
            },
            safety: query.contains_key("urgent").then(|| crate::web::safety::safety_reply(t, &clinic, &patient)),
            clinic: clinic.name.clone(),
            clinic_phone: super::clinic_number(&clinic, &patient),
            after_hours: super::after_hours_number(&clinic, &patient),
            thread_id: id.to_string(),
            messages,
            csrf,
            live_after,
            updated: t.datetime_short(&now.to_zoned(tz)),
        },
    );
    Ok(with_optional_cookie(resp, cookie))
}

#[derive(serde::Deserialize)]
pub struct ReplyForm {
    #[serde(default)]
    body: String,
}

/// The patient writes to the care team (stepped-up sessions only).
pub async fn reply(State(state): State<AppState>, Path(id): Path<String>, f: SessionForm<ReplyForm>) -> PageResult {
    f.stepped_up(&state, &format!("/p/threads/{id}")).await?;
    let (clinic, patient) = context(&state, &f.session).await?;
    let id = own_thread(&state, &clinic, &patient, &id).await?;
    // Patients write at most 2,000 characters (staff through the API: 4,000).
    let refused = |explain| PageError::unprocessable("thread-check-heading", explain, SupportCode::MsgFormat);
    let body = match MessageBody::parse(&f.form.body) {
        Ok(b) if b.char_count() <= PATIENT_MAX_CHARS => b.into_string(),
        Ok(_) => return Err(refused("thread-long-message")),
        Err(_) if f.form.body.trim().is_empty() => return Err(refused("thread-empty-message")),
        Err(_) => return Err(refused("page-form-explain")),
    };
    let now = state.now();
    // The thread in the address, checked above to be this patient's.
    let m = crate::store::Message { thread_id: id.clone(), ..crate::store::Message::from_patient(&patient, body, now) };
    state.store.insert_message(&m, None, None).await?;
    crate::web::promise::patient_wrote(&state, &clinic, &id, crate::domain::ReplyCategory::Question, now).await;
    let event = crate::store::AuditEvent::new(
        now,
        Some(&clinic.id),
        crate::domain::Actor::Patient(patient.id.clone()),
        "message.received",
    )
    .auth(f.session.auth())
    .subject(m.id.as_str());
    let _ = state.store.record_audit(&event).await;
    let actor = crate::domain::Actor::Patient(patient.id.clone());
    let urgent = crate::web::safety::check(&state, &clinic, &patient, &m, actor).await.is_some();
    let then = if urgent { "sent=1&urgent=1" } else { "sent=1" };
    Ok(Redirect::to(&format!("/p/threads/{id}?{then}")).into_response())
}

/// Signing out needs only the token, which `SessionForm` checks.
#[derive(serde::Deserialize)]
pub struct SignOutForm {}

pub async fn sign_out(State(state): State<AppState>, f: SessionForm<SignOutForm>) -> PageResult {
    state.store.end_session(&f.session.id_hash, state.now()).await?;
    let resp = page(StatusCode::OK, &Notice::new("page-signed-out", "page-signed-out-explain", ""));
    Ok(with_cookie(resp, &session::clear_cookie(state.config.is_https())))
}
