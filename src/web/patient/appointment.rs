//! What a patient can do about an appointment without calling: confirm, cancel (with a
//! reason), ask for another time, and put it in their calendar. Every form works without
//! JavaScript, carries a CSRF token bound to the session, and answers with a redirect back
//! to the page (so a refresh never repeats the action).

use super::pages::{AppointmentPage, context, status_words, when};
use super::{PageError, PageResult, PatientSession, SessionForm, lang};
use crate::domain::{AppointmentId, AppointmentRefusal, AppointmentStatus, ClinicId, PatientId, ShortText};
use crate::state::AppState;
use crate::store::{Appointment, AppointmentChange, AuditEvent, Clinic, Message, Patient};
use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Redirect};
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
        clinic_phone: super::clinic_number(clinic, patient),
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
    reason: String,
    #[serde(default)]
    note: String,
}

/// The session's clinic, patient and the appointment `raw_id`, if it is theirs; anything
/// else is "not found".
pub(super) async fn owned(
    state: &AppState,
    s: &PatientSession,
    raw_id: &str,
) -> PageResult<(Clinic, Patient, Appointment)> {
    let id = AppointmentId::parse(raw_id).map_err(|_| PageError::NotFound)?;
    let (clinic, patient) = context(state, s).await?;
    match state.store.appointment(&clinic.id, &id).await? {
        Some(a) if a.patient_id == patient.id => Ok((clinic, patient, a)),
        _ => Err(PageError::NotFound),
    }
}

fn back(a: &Appointment, done: &str) -> PageResult {
    Ok(Redirect::to(&format!("/p/appointments/{}?done={done}", a.id)).into_response())
}

/// Store a patient's change to an appointment, audit it, and go back to the page.
async fn apply(
    state: &AppState,
    s: &PatientSession,
    (clinic, patient, a): (&Clinic, &Patient, &Appointment),
    change: &AppointmentChange,
    action: &str,
    done: &str,
) -> PageResult {
    state.store.update_appointment(a, change).await?;
    if !change.cancellation.is_empty() {
        state.dispatcher.wake();
    }
    let event =
        AuditEvent::new(state.now(), Some(&clinic.id), crate::domain::Actor::Patient(patient.id.clone()), action)
            .auth(s.auth())
            .subject(a.id.as_str());
    state.store.record_audit(&event).await?;
    back(a, done)
}

/// The patient will come: confirm `a` (the patient's own), store it and audit it (`auth`: how
/// the patient's session proved who they are), unless it can no longer be confirmed. What
/// happened, as the `done` word the appointment page explains.
pub(super) async fn confirm_for_patient(
    state: &AppState,
    (clinic_id, patient_id): (&ClinicId, &PatientId),
    a: &mut Appointment,
    auth: String,
) -> PageResult<&'static str> {
    if a.status == AppointmentStatus::Confirmed {
        return Ok("already-confirmed");
    }
    match a.confirm(state.now()) {
        Ok(()) => {}
        Err(AppointmentRefusal::Cancelled) => return Ok("cancelled-cannot-confirm"),
        Err(AppointmentRefusal::Passed) => return Ok("passed-cannot-confirm"),
    }
    state.store.update_appointment(a, &AppointmentChange::default()).await?;
    let actor = crate::domain::Actor::Patient(patient_id.clone());
    let event =
        AuditEvent::new(state.now(), Some(clinic_id), actor, "appointment.confirmed").auth(auth).subject(a.id.as_str());
    state.store.record_audit(&event).await?;
    Ok("confirmed")
}

pub async fn confirm(State(state): State<AppState>, Path(id): Path<String>, f: SessionForm<ActionForm>) -> PageResult {
    let (clinic, patient, mut a) = owned(&state, &f.session, &id).await?;
    let done = confirm_for_patient(&state, (&clinic.id, &patient.id), &mut a, f.session.auth()).await?;
    back(&a, done)
}

pub async fn cancel(State(state): State<AppState>, Path(id): Path<String>, f: SessionForm<ActionForm>) -> PageResult {
    let (clinic, patient, mut a) = owned(&state, &f.session, &id).await?;
    let now = state.now();
    if a.open_to_patient(now).is_err() {
        return back(&a, "none");
    }
    let reason = match f.form.reason.as_str() {
        "feeling_better" => "patient: feels better",
        "conflict" => "patient: has a conflict",
        "transport" => "patient: no transport",
        _ => "patient: other reason",
    };
    if a.cancel(ShortText::parse(reason).ok(), now).is_err() {
        return back(&a, "none");
    }
    // The patient cancelled here and sees it at once: no reminders, no notice to them (a
    // caregiver who gets their reminders is told).
    let grants = state.store.grants_for_patient(&clinic.id, &patient.id).await?;
    let change = AppointmentChange {
        drop_pending_reminders: true,
        deliveries: vec![],
        cancellation: crate::notify::reminders::copy_cancellations(&clinic, &patient, &a, &grants, now),
    };
    let done =
        apply(&state, &f.session, (&clinic, &patient, &a), &change, "appointment.cancelled", "cancelled").await?;
    // The care team hears of it in the conversation (to offer another time), with the reason.
    let why = reason.trim_start_matches("patient: ");
    let body = format!("Cancelled the visit on {} ({}); reason: {why}.", when(&a, &patient), a.id);
    state.store.insert_message(&Message::from_patient(&patient, body, now), None, None).await?;
    let category = crate::domain::ReplyCategory::Appointment;
    crate::web::promise::patient_wrote(&state, &clinic, &patient.thread_id, category, now).await;
    Ok(done)
}

/// "I need another time": a message to the care team in the patient's thread.
pub async fn reschedule(
    State(state): State<AppState>,
    Path(id): Path<String>,
    f: SessionForm<ActionForm>,
) -> PageResult {
    let (clinic, patient, a) = owned(&state, &f.session, &id).await?;
    if a.open_to_patient(state.now()).is_err() {
        return back(&a, "none");
    }
    let note: String = f.form.note.trim().chars().filter(|c| !c.is_control()).take(300).collect();
    let mut body = format!("Reschedule request for the visit on {} ({}).", when(&a, &patient), a.id);
    if !note.is_empty() {
        body.push_str(" Patient's note: ");
        body.push_str(&note);
    }
    let now = state.now();
    let m = Message::from_patient(&patient, body, now);
    let event = AuditEvent::new(
        now,
        Some(&clinic.id),
        crate::domain::Actor::Patient(patient.id.clone()),
        "appointment.reschedule_requested",
    )
    .auth(f.session.auth())
    .subject(a.id.as_str());
    state.store.insert_message(&m, None, Some(&event)).await?;
    let category = crate::domain::ReplyCategory::Appointment;
    crate::web::promise::patient_wrote(&state, &clinic, &patient.thread_id, category, now).await;
    back(&a, "requested")
}

/// The appointment as an iCalendar file (RFC 5545), its words in the patient's language.
pub async fn calendar(State(state): State<AppState>, Path(id): Path<String>, s: PatientSession) -> PageResult {
    let (clinic, patient, a) = owned(&state, &s, &id).await?;
    let t = lang::for_patient(&patient.language);
    let fmt = |t: jiff::Timestamp| t.strftime("%Y%m%dT%H%M%SZ").to_string();
    let end = a.starts_at + jiff::SignedDuration::from_mins(a.duration_minutes);
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//Portico//Appointments//EN".into(),
        "BEGIN:VEVENT".into(),
        format!("UID:{}@portico", a.id),
        format!("DTSTAMP:{}", fmt(state.now())),
        format!("DTSTART:{}", fmt(a.starts_at)),
        format!("DTEND:{}", fmt(end)),
    ];
    let language = t.code();
    let summary = t.f1("calendar-summary", "clinic", &clinic.name);
    lines.push(format!("SUMMARY;LANGUAGE={language}:{}", ics_text(&summary)));
    let description = calendar_description(t, &clinic, &patient, &a);
    lines.push(format!(
        "DESCRIPTION;LANGUAGE={language}:{}",
        description.iter().map(|l| ics_text(l)).collect::<Vec<_>>().join("\\n")
    ));
    if let Some(l) = &a.location {
        lines.push(format!("LOCATION:{}", ics_text(l.as_str())));
    }
    if a.status == AppointmentStatus::Cancelled {
        lines.push("STATUS:CANCELLED".into());
    }
    lines.push("END:VEVENT".into());
    lines.push("END:VCALENDAR".into());
    let ics: String = lines.iter().map(|l| fold(l) + "\r\n").collect();
    let mut resp = ics.into_response();
    let h = resp.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/calendar; charset=utf-8"));
    h.insert(header::CONTENT_DISPOSITION, HeaderValue::from_static("attachment; filename=\"appointment.ics\""));
    Ok(resp)
}

/// The event's description, a line each: with whom, what to bring, the clinic's number.
fn calendar_description(t: crate::i18n::Lang, clinic: &Clinic, patient: &Patient, a: &Appointment) -> Vec<String> {
    let mut lines = vec![];
    if let Some(p) = &a.provider {
        lines.push(format!("{}: {p}", t.t("appointment-with")));
    }
    let bring = a.bring.as_ref().map(|b| b.to_string()).unwrap_or_else(|| t.t("appointment-bring-default"));
    lines.push(format!("{}: {bring}", t.t("appointment-bring")));
    if let Some(phone) = super::clinic_number(clinic, patient) {
        lines.push(t.f1("page-call", "phone", &phone.shown));
    }
    lines
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

/// Fold a content line at 75 octets, never inside a character (RFC 5545 §3.1): each
/// continuation starts with a space, which counts toward its 75.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out
}

#[cfg(test)]
#[path = "appointment_tests.rs"]
mod tests;
