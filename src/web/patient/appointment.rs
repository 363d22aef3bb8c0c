//! What a patient can do about an appointment without calling: confirm, cancel (with a
//! reason), ask for another time, and put it in their calendar. Every form works without
//! JavaScript, carries a CSRF token bound to the session, and answers with a redirect back
//! to the page (so a refresh never repeats the action).

use super::PatientSession;
use super::pages::{AppointmentPage, context, csrf_refused, form_ok, not_found, server_error, status_words, when};
use crate::domain::{AppointmentId, AppointmentStatus, ShortText};
use crate::state::AppState;
use crate::store::{Appointment, AppointmentChange, AuditEvent, Clinic, Message, Patient};
use axum::Form;
use axum::extract::rejection::FormRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

pub fn view(
    state: &AppState,
    t: crate::i18n::Lang,
    clinic: &Clinic,
    patient: &Patient,
    a: &Appointment,
    csrf: String,
    notice: String,
) -> AppointmentPage {
    let upcoming = a.starts_at > state.now();
    let location = a.location.as_ref().map(|l| l.to_string());
    AppointmentPage {
        t,
        here: format!("/p/appointments/{}", a.id),
        clinic_id: clinic.id.to_string(),
        clinic: clinic.name.clone(),
        clinic_phone: clinic.phone.as_ref().map(|p| p.to_string()),
        id: a.id.to_string(),
        when: super::pages::when_for(t, a, patient),
        duration: t.minutes(a.duration_minutes),
        map_url: location
            .as_deref()
            .map(|l| {
                format!(
                    "https://www.openstreetmap.org/search?query={}",
                    percent_encoding::utf8_percent_encode(l, percent_encoding::NON_ALPHANUMERIC)
                )
            })
            .unwrap_or_default(),
        location,
        provider: a.provider.as_ref().map(|p| p.to_string()),
        bring: a.bring.as_ref().map(|b| b.to_string()),
        status: status_words(a.status),
        upcoming,
        can_confirm: upcoming && a.status == AppointmentStatus::Scheduled,
        can_cancel: upcoming && a.status != AppointmentStatus::Cancelled,
        notice,
        csrf,
    }
}

#[derive(Deserialize)]
pub struct ActionForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    note: String,
}

/// The appointment a form acts on, if the session may act on it.
async fn load(
    state: &AppState,
    s: &PatientSession,
    id: &str,
    headers: &HeaderMap,
    form: &Result<Form<ActionForm>, FormRejection>,
) -> Result<(Clinic, Patient, Appointment), Response> {
    let presented = form.as_ref().map(|f| f.csrf.as_str()).unwrap_or("");
    if !form_ok(state, headers, s, presented) {
        return Err(csrf_refused());
    }
    owned(state, s, id).await
}

/// The session's clinic, patient and the appointment `raw_id`, if it is theirs; anything
/// else is "not found".
pub(super) async fn owned(
    state: &AppState,
    s: &PatientSession,
    raw_id: &str,
) -> Result<(Clinic, Patient, Appointment), Response> {
    let Ok(id) = AppointmentId::parse(raw_id) else { return Err(not_found()) };
    let (clinic, patient) = context(state, s).await?;
    match state.store.appointment(&clinic.id, &id).await {
        Ok(Some(a)) if a.patient_id == patient.id => Ok((clinic, patient, a)),
        Ok(_) => Err(not_found()),
        Err(e) => Err(server_error(e)),
    }
}

fn back(a: &Appointment, done: &str) -> Response {
    Redirect::to(&format!("/p/appointments/{}?done={done}", a.id)).into_response()
}

fn too_late(state: &AppState, a: &Appointment) -> bool {
    a.starts_at <= state.now() || a.status == AppointmentStatus::Cancelled
}

/// Store a patient's change to an appointment, audit it, and go back to the page.
async fn apply(
    state: &AppState,
    clinic: &Clinic,
    patient: &Patient,
    a: &Appointment,
    change: &AppointmentChange,
    action: &str,
    done: &str,
) -> Response {
    if let Err(e) = state.store.update_appointment(a, change).await {
        return server_error(e);
    }
    let event = AuditEvent::new(state.now(), Some(&clinic.id), format!("patient:{}", patient.id), action)
        .subject(a.id.as_str());
    if let Err(e) = state.store.record_audit(&event).await {
        return server_error(e);
    }
    back(a, done)
}

pub async fn confirm(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    s: PatientSession,
    form: Result<Form<ActionForm>, FormRejection>,
) -> Response {
    let (clinic, patient, mut a) = match load(&state, &s, &id, &headers, &form).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    if too_late(&state, &a) {
        return back(&a, "none");
    }
    a.status = AppointmentStatus::Confirmed;
    a.updated_at = state.now();
    apply(&state, &clinic, &patient, &a, &AppointmentChange::default(), "appointment.confirmed", "confirmed").await
}

pub async fn cancel(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    s: PatientSession,
    form: Result<Form<ActionForm>, FormRejection>,
) -> Response {
    let (clinic, patient, mut a) = match load(&state, &s, &id, &headers, &form).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    if too_late(&state, &a) {
        return back(&a, "none");
    }
    let reason = match form.as_ref().map(|f| f.reason.as_str()).unwrap_or("") {
        "feeling_better" => "patient: feels better",
        "conflict" => "patient: has a conflict",
        "transport" => "patient: no transport",
        _ => "patient: other reason",
    };
    a.status = AppointmentStatus::Cancelled;
    a.cancel_reason = ShortText::parse(reason).ok();
    a.updated_at = state.now();
    // The patient cancelled here and sees it at once: no reminders, no notice.
    let change = AppointmentChange { drop_pending_reminders: true, ..AppointmentChange::default() };
    apply(&state, &clinic, &patient, &a, &change, "appointment.cancelled", "cancelled").await
}

/// "I need another time": a message to the care team in the patient's thread.
pub async fn reschedule(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    s: PatientSession,
    form: Result<Form<ActionForm>, FormRejection>,
) -> Response {
    let (clinic, patient, a) = match load(&state, &s, &id, &headers, &form).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    if too_late(&state, &a) {
        return back(&a, "none");
    }
    let note: String =
        form.as_ref().map(|f| f.note.trim()).unwrap_or("").chars().filter(|c| !c.is_control()).take(300).collect();
    let mut body = format!("Reschedule request for the visit on {} ({}).", when(&a, &patient), a.id);
    if !note.is_empty() {
        body.push_str(" Patient's note: ");
        body.push_str(&note);
    }
    let now = state.now();
    let m = Message::from_patient(&patient, body, now);
    if let Err(e) = state.store.insert_message(&m, None).await {
        return server_error(e);
    }
    let event =
        AuditEvent::new(now, Some(&clinic.id), format!("patient:{}", patient.id), "appointment.reschedule_requested")
            .subject(a.id.as_str());
    if let Err(e) = state.store.record_audit(&event).await {
        return server_error(e);
    }
    back(&a, "requested")
}

/// The appointment as an iCalendar file (RFC 5545).
pub async fn calendar(State(state): State<AppState>, Path(id): Path<String>, s: PatientSession) -> Response {
    let (clinic, _, a) = match owned(&state, &s, &id).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let fmt = |t: jiff::Timestamp| t.strftime("%Y%m%dT%H%M%SZ").to_string();
    let end = a.starts_at + jiff::SignedDuration::from_mins(a.duration_minutes);
    let mut ics =
        String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Portico//Appointments//EN\r\nBEGIN:VEVENT\r\n");
    ics.push_str(&format!(
        "UID:{}@portico\r\nDTSTAMP:{}\r\nDTSTART:{}\r\nDTEND:{}\r\n",
        a.id,
        fmt(state.now()),
        fmt(a.starts_at),
        fmt(end)
    ));
    ics.push_str(&format!("SUMMARY:{}\r\n", ics_text(&format!("Appointment at {}", clinic.name))));
    if let Some(l) = &a.location {
        ics.push_str(&format!("LOCATION:{}\r\n", ics_text(l.as_str())));
    }
    if a.status == AppointmentStatus::Cancelled {
        ics.push_str("STATUS:CANCELLED\r\n");
    }
    ics.push_str("END:VEVENT\r\nEND:VCALENDAR\r\n");
    let mut resp = ics.into_response();
    let h = resp.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/calendar; charset=utf-8"));
    h.insert(header::CONTENT_DISPOSITION, HeaderValue::from_static("attachment; filename=\"appointment.ics\""));
    resp
}

/// Escape text for an iCalendar value (RFC 5545 §3.3.11).
fn ics_text(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_control())
        .flat_map(|c| match c {
            '\\' => vec!['\\', '\\'],
            ';' => vec!['\\', ';'],
            ',' => vec!['\\', ','],
            c => vec![c],
        })
        .collect()
}
