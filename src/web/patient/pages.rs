//! The pages a session opens. Each checks that what it shows belongs to the session's
//! patient; anything else is "not found". (The patient-pages issue fills these in.)

use super::{Notice, PatientSession, csrf, lang, page, session, with_cookie};
use crate::domain::{AppointmentStatus, ThreadId};
use crate::i18n::Lang;
use crate::state::AppState;
use crate::store::{Appointment, Clinic, Patient};
use askama::Template;
use axum::Form;
use axum::extract::rejection::FormRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

/// The longest message a patient may write.
const PATIENT_MAX_BODY: usize = 2000;

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
    pub(super) clinic_phone: Option<String>,
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
    sent: bool,
    clinic: String,
    clinic_phone: Option<String>,
    thread_id: String,
    messages: Vec<ShownMessage>,
    csrf: String,
}

struct ShownMessage {
    author: String,
    sender: String,
    body: String,
    when: String,
}

pub(super) fn not_found() -> Response {
    page(StatusCode::NOT_FOUND, &Notice::new("page-not-found-heading", "page-not-found-explain", "PAGE-NONE"))
}

pub(super) fn server_error(e: impl std::fmt::Display) -> Response {
    tracing::error!(error = %e, "patient page failed");
    page(StatusCode::INTERNAL_SERVER_ERROR, &Notice::new("page-error-heading", "page-error-explain", "SRV-ERROR"))
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

pub(super) async fn context(state: &AppState, s: &PatientSession) -> Result<(Clinic, Patient), Response> {
    let clinic = state.store.clinic(&s.session.clinic_id).await.map_err(server_error)?;
    let patient = state.store.patient(&s.session.clinic_id, &s.session.patient_id).await.map_err(server_error)?;
    match (clinic, patient) {
        (Some(c), Some(p)) => Ok((c, p)),
        _ => Err(not_found()),
    }
}

/// Whether a form posted within a session came from Portico's own page.
pub(super) fn form_ok(state: &AppState, headers: &HeaderMap, s: &PatientSession, presented: &str) -> bool {
    let seed = csrf::seed_from(headers).unwrap_or_default();
    csrf::same_origin(headers, &state.config)
        && csrf::check(&state.links.keys.ring(), &seed, &format!("session:{}", s.session.id), presented)
}

pub(super) fn csrf_refused() -> Response {
    page(StatusCode::FORBIDDEN, &Notice::new("page-problem-heading", "page-csrf-explain", "CSRF-TOKEN"))
}

pub(super) fn session_csrf(state: &AppState, headers: &HeaderMap, s: &PatientSession) -> (String, Option<String>) {
    let (seed, fresh) = csrf::seed_or_new(headers);
    let token = csrf::form_token(&state.links.keys.ring(), &seed, &format!("session:{}", s.session.id));
    (token, fresh.then(|| csrf::set_cookie(&seed, state.config.is_https())))
}

pub(super) fn finish(resp: Response, cookie: Option<String>) -> Response {
    match cookie {
        Some(c) => with_cookie(resp, &c),
        None => resp,
    }
}

pub async fn home(State(state): State<AppState>, headers: HeaderMap, s: PatientSession) -> Response {
    let (clinic, patient) = match context(&state, &s).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let now = state.now();
    let t = lang::for_patient(&patient.language);
    let appointments = match state.store.appointments_for(&clinic.id, &patient.id).await {
        Ok(list) => list
            .iter()
            .filter(|a| a.starts_at > now)
            .map(|a| AppointmentLine {
                id: a.id.to_string(),
                when: when_for(t, a, &patient),
                provider: a.provider.as_ref().map(|p| p.to_string()),
                status: status_words(a.status),
            })
            .collect(),
        Err(e) => return server_error(e),
    };
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
    finish(resp, cookie)
}

pub async fn appointment(
    State(state): State<AppState>,
    Path(id): Path<String>,
    axum::extract::Query(query): axum::extract::Query<std::collections::HashMap<String, String>>,
    headers: HeaderMap,
    s: PatientSession,
) -> Response {
    let (clinic, patient, a) = match super::appointment::owned(&state, &s, &id).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let (csrf, cookie) = session_csrf(&state, &headers, &s);
    let t = lang::for_patient(&patient.language);
    let notice = match query.get("done").map(String::as_str) {
        Some("confirmed") => t.t("appointment-done-confirmed"),
        Some("cancelled") => t.t("appointment-done-cancelled"),
        Some("requested") => t.t("appointment-done-requested"),
        _ => String::new(),
    };
    let view = super::appointment::view(&state, t, &clinic, &patient, &a, csrf, notice);
    finish(page(StatusCode::OK, &view), cookie)
}

pub async fn thread(
    State(state): State<AppState>,
    Path(id): Path<String>,
    axum::extract::Query(query): axum::extract::Query<std::collections::HashMap<String, String>>,
    headers: HeaderMap,
    s: PatientSession,
) -> Response {
    let Ok(id) = ThreadId::parse(&id) else {
        return not_found();
    };
    let (clinic, patient) = match context(&state, &s).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    match state.store.thread(&clinic.id, &id).await {
        Ok(Some(t)) if t.patient_id == patient.id => {}
        Ok(_) => return not_found(),
        Err(e) => return server_error(e),
    }
    // Message contents are health details: a link session must step up first.
    if !super::step_up::stepped_up(&s) {
        return super::step_up::prompt(&state, &headers, &s, &format!("/p/threads/{id}"), "", None).await;
    }
    let t = lang::for_patient(&patient.language);
    let messages = match state.store.messages(&clinic.id, &id).await {
        Ok(list) => list
            .into_iter()
            .map(|m| ShownMessage {
                when: t.datetime_short(&m.created_at.to_zoned(patient.time_zone.tz().clone())),
                author: m.author,
                sender: m.sender,
                body: m.body,
            })
            .collect(),
        Err(e) => return server_error(e),
    };
    let (csrf, cookie) = session_csrf(&state, &headers, &s);
    let resp = page(
        StatusCode::OK,
        &ThreadPage {
            t,
            here: format!("/p/threads/{id}"),
            clinic_id: clinic.id.to_string(),
            sent: query.contains_key("sent"),
            clinic: clinic.name.clone(),
            clinic_phone: clinic.phone.as_ref().map(|p| p.to_string()),
            thread_id: id.to_string(),
            messages,
            csrf,
        },
    );
    finish(resp, cookie)
}

#[derive(serde::Deserialize)]
pub struct ReplyForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    body: String,
}

/// The patient writes to the care team (stepped-up sessions only).
pub async fn reply(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    s: PatientSession,
    form: Result<axum::Form<ReplyForm>, axum::extract::rejection::FormRejection>,
) -> Response {
    let Ok(axum::Form(form)) = form else {
        return page(StatusCode::BAD_REQUEST, &Notice::new("page-problem-heading", "page-form-explain", "FORM"));
    };
    if !form_ok(&state, &headers, &s, &form.csrf) {
        return csrf_refused();
    }
    if !super::step_up::stepped_up(&s) {
        return super::step_up::prompt(&state, &headers, &s, &format!("/p/threads/{id}"), "", None).await;
    }
    let Ok(id) = ThreadId::parse(&id) else { return not_found() };
    let (clinic, patient) = match context(&state, &s).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    match state.store.thread(&clinic.id, &id).await {
        Ok(Some(t)) if t.patient_id == patient.id => {}
        Ok(_) => return not_found(),
        Err(e) => return server_error(e),
    }
    // Patients write at most 2,000 characters (staff through the API: 4,000).
    let body = match crate::web::api::parse_message_body(&form.body) {
        Ok(b) if b.chars().count() <= PATIENT_MAX_BODY => b,
        Ok(_) => {
            return page(
                StatusCode::UNPROCESSABLE_ENTITY,
                &Notice::new("thread-check-heading", "thread-long-message", "MSG-FORMAT"),
            );
        }
        Err(_) if form.body.trim().is_empty() => {
            return page(
                StatusCode::UNPROCESSABLE_ENTITY,
                &Notice::new("thread-check-heading", "thread-empty-message", "MSG-FORMAT"),
            );
        }
        Err(_) => {
            return page(
                StatusCode::UNPROCESSABLE_ENTITY,
                &Notice::new("thread-check-heading", "page-form-explain", "MSG-FORMAT"),
            );
        }
    };
    let now = state.now();
    // The thread in the address, checked above to be this patient's.
    let m = crate::store::Message { thread_id: id.clone(), ..crate::store::Message::from_patient(&patient, body, now) };
    if let Err(e) = state.store.insert_message(&m, None).await {
        return server_error(e);
    }
    let event =
        crate::store::AuditEvent::new(now, Some(&clinic.id), format!("patient:{}", patient.id), "message.received")
            .subject(m.id.as_str());
    let _ = state.store.record_audit(&event).await;
    axum::response::Redirect::to(&format!("/p/threads/{id}?sent=1")).into_response()
}

#[derive(serde::Deserialize)]
pub struct SignOutForm {
    #[serde(default)]
    csrf: String,
}

pub async fn sign_out(
    State(state): State<AppState>,
    headers: HeaderMap,
    s: PatientSession,
    form: Result<Form<SignOutForm>, FormRejection>,
) -> Response {
    let presented = form.ok().map(|f| f.0.csrf).unwrap_or_default();
    if !form_ok(&state, &headers, &s, &presented) {
        return csrf_refused();
    }
    if let Err(e) = state.store.end_session(&s.id_hash, state.now()).await {
        return server_error(e);
    }
    let resp = page(StatusCode::OK, &Notice::new("page-signed-out", "page-signed-out-explain", ""));
    with_cookie(resp, &session::clear_cookie(state.config.is_https()))
}
