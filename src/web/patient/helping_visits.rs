//! A caregiver acting on the visits of the patient they help (`/p/for/{patient}/appointments/
//! {id}/confirm|cancel`), under a grant that allows appointments, checked at this request like
//! every page of theirs. Confirming is what the patient's own button does. Cancelling also tells
//! the patient (a notice, as when the clinic cancels: they did not do it themself) and the care
//! team (a message in the patient's conversation naming who cancelled for whom), and anyone else
//! who gets the patient's reminders. Each is audited under the grant; a visit of another patient
//! is "not found", whatever the URL says.

use super::caregiver::{Acting, CaregiverForm, CaregiverSession};
use super::pages::when;
use super::{PageError, PageResult};
use crate::domain::{Act, Actor, AppointmentId, AppointmentStatus, ShortText};
use crate::i18n::Arg;
use crate::state::AppState;
use crate::store::{Appointment, AppointmentChange, AuditEvent, Message};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};

#[derive(serde::Deserialize)]
pub struct VisitForm {}

/// The visit `raw_id` of the patient the caregiver acts for, if it is theirs.
async fn visit(state: &AppState, a: &Acting, raw_id: &str) -> PageResult<Appointment> {
    let id = AppointmentId::parse(raw_id).map_err(|_| PageError::NotFound)?;
    match state.store.appointment(&a.clinic.id, &id).await? {
        Some(v) if v.patient_id == a.patient.id => Ok(v),
        _ => Err(PageError::NotFound),
    }
}

fn back(a: &Acting, done: &str) -> PageResult {
    Ok(Redirect::to(&format!("/p/for/{}/appointments?done={done}", a.patient.id)).into_response())
}

async fn audit(state: &AppState, s: &CaregiverSession, a: &Acting, action: &str, v: &Appointment) {
    let event = AuditEvent::new(state.now(), Some(&a.clinic.id), Actor::Person(s.person.clone()), action).under_grant(
        &a.grant,
        Some(v.id.as_str()),
        s.auth,
    );
    let _ = state.store.record_audit(&event).await;
}

pub async fn confirm(
    State(state): State<AppState>,
    Path((patient, id)): Path<(String, String)>,
    f: CaregiverForm<VisitForm>,
) -> PageResult {
    let a = f.session.acting_for(&state, &patient, Some(Act::Appointments)).await?;
    let mut v = visit(&state, &a, &id).await?;
    if v.status == AppointmentStatus::Confirmed {
        return back(&a, "unchanged");
    }
    if v.confirm(state.now()).is_err() {
        return back(&a, "unchanged");
    }
    state.store.update_appointment(&v, &AppointmentChange::default()).await?;
    audit(&state, &f.session, &a, "grant.appointment_confirmed", &v).await;
    back(&a, "confirmed")
}

pub async fn cancel(
    State(state): State<AppState>,
    Path((patient, id)): Path<(String, String)>,
    f: CaregiverForm<VisitForm>,
) -> PageResult {
    let a = f.session.acting_for(&state, &patient, Some(Act::Appointments)).await?;
    let mut v = visit(&state, &a, &id).await?;
    let now = state.now();
    if v.open_to_patient(now).is_err() || v.cancel(ShortText::parse("caregiver").ok(), now).is_err() {
        return back(&a, "unchanged");
    }
    // The patient is told, as when the clinic cancels; so is anyone else who gets their
    // reminders, but not the caregiver who did it.
    let grants = state.store.grants_for_patient(&a.clinic.id, &a.patient.id).await?;
    let cancellation = crate::notify::reminders::cancellation(&a.clinic, &a.patient, &v, &grants, now)
        .into_iter()
        .filter(|d| d.grant_id.as_ref() != Some(&a.grant.id))
        .collect();
    let change = AppointmentChange { drop_pending_reminders: true, deliveries: vec![], cancellation };
    state.store.update_appointment(&v, &change).await?;
    state.dispatcher.wake();
    audit(&state, &f.session, &a, "grant.appointment_cancelled", &v).await;
    // The care team hears of it in the conversation, to offer another time.
    let t = crate::i18n::Lang::for_locale(&a.patient.language);
    let sender = t.f(
        "caregiver-sender",
        &[("caregiver", Arg::Str(a.grant.grantee_name.as_str())), ("patient", Arg::Str(a.patient.name.as_str()))],
    );
    let body = format!("Cancelled the visit on {} ({}), for {}.", when(&v, &a.patient), v.id, a.patient.name);
    let m = Message { sender, ..Message::from_patient(&a.patient, body, now) };
    state.store.insert_message(&m, None, None).await?;
    let category = crate::domain::ReplyCategory::Appointment;
    crate::web::promise::patient_wrote(&state, &a.clinic, &a.patient.thread_id, category, now).await;
    back(&a, "cancelled")
}

#[derive(serde::Deserialize)]
pub struct RescheduleForm {
    #[serde(default)]
    note: String,
}

/// "Ask for another time", for the patient: a message to the care team in the patient's
/// conversation naming who asked for whom, audited as the patient's own request is (so the
/// clinic's systems hear `appointment.reschedule_requested` either way), under the grant.
pub async fn reschedule(
    State(state): State<AppState>,
    Path((patient, id)): Path<(String, String)>,
    f: CaregiverForm<RescheduleForm>,
) -> PageResult {
    let a = f.session.acting_for(&state, &patient, Some(Act::Appointments)).await?;
    let v = visit(&state, &a, &id).await?;
    let now = state.now();
    if v.open_to_patient(now).is_err() {
        return back(&a, "unchanged");
    }
    let note: String = f.form.note.trim().chars().filter(|c| !c.is_control()).take(300).collect();
    let t = crate::i18n::Lang::for_locale(&a.patient.language);
    let sender = t.f(
        "caregiver-sender",
        &[("caregiver", Arg::Str(a.grant.grantee_name.as_str())), ("patient", Arg::Str(a.patient.name.as_str()))],
    );
    let mut body =
        format!("Reschedule request for the visit on {} ({}), for {}.", when(&v, &a.patient), v.id, a.patient.name);
    if !note.is_empty() {
        body.push_str(" Note: ");
        body.push_str(&note);
    }
    let m = Message { sender, ..Message::from_patient(&a.patient, body, now) };
    let event = AuditEvent::new(
        now,
        Some(&a.clinic.id),
        Actor::Person(f.session.person.clone()),
        "appointment.reschedule_requested",
    )
    .under_grant(&a.grant, Some(v.id.as_str()), f.session.auth)
    .subject(v.id.as_str());
    state.store.insert_message(&m, None, Some(&event)).await?;
    let category = crate::domain::ReplyCategory::Appointment;
    crate::web::promise::patient_wrote(&state, &a.clinic, &a.patient.thread_id, category, now).await;
    back(&a, "requested")
}
