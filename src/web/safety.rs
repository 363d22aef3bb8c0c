//! Red flags at work: a patient's message that may tell of an emergency (`domain::red_flags`)
//! is answered at once with the clinic's fixed safety reply, in the patient's language and at
//! any hour, and its conversation turns urgent, owed an acknowledgement within 15 minutes
//! (`reply_times::red_flag`). Every path a patient or caregiver writes by (a text, the thread
//! page, a caregiver's page) asks `check` after storing the message.

use crate::domain::{Actor, red_flag_in};
use crate::i18n::{Arg, Lang};
use crate::state::AppState;
use crate::store::{AuditEvent, Clinic, Message, Patient};

/// The emergency number for the clinic's country: 911 in the North American numbering plan,
/// else 112 (which European and most mobile networks answer).
fn emergency_number(clinic: &Clinic) -> &'static str {
    match &clinic.phone {
        Some(p) if p.as_str().starts_with("+1") => "911",
        _ => "112",
    }
}

/// The safety reply: call the emergency number now; the clinic's after-hours line (else its
/// number) when it has one; the care team has been told. No health details: it may be read
/// on a locked screen.
pub fn safety_reply(t: Lang, clinic: &Clinic, patient: &Patient) -> String {
    let emergency = emergency_number(clinic);
    let home = patient.phone.as_ref().or(clinic.phone.as_ref());
    let line = clinic.after_hours_phone.as_ref().or(clinic.phone.as_ref()).map(|p| p.shown_to(home));
    let reply = match line {
        Some(line) => t.f("red-flag-reply", &[("emergency", Arg::Str(emergency)), ("phone", Arg::Str(&line))]),
        None => t.f1("red-flag-reply-no-line", "emergency", emergency),
    };
    match &clinic.crisis_line {
        Some(crisis) => format!("{reply} {}", t.f1("red-flag-crisis", "line", crisis.as_str())),
        None => reply,
    }
}

/// After `message` is stored: if it holds a red flag, turn its conversation urgent, record
/// it, and give the safety reply to send or show at once (`None`: nothing alarming).
pub async fn check(
    state: &AppState,
    clinic: &Clinic,
    patient: &Patient,
    message: &Message,
    actor: Actor,
) -> Option<String> {
    let phrase = red_flag_in(&message.body)?;
    let now = state.now();
    if let Err(e) = crate::reply_times::red_flag(&*state.store, &clinic.id, &message.thread_id, now).await {
        tracing::error!(error = %e, "could not make a red-flag conversation urgent");
    }
    state.metrics.event("red_flags", "matched");
    let detail = serde_json::json!({ "message": message.id.as_str(), "phrase": phrase }).to_string();
    let event =
        AuditEvent::new(now, Some(&clinic.id), actor, "message.red_flag").subject(patient.id.as_str()).detail(detail);
    if let Err(e) = state.store.record_audit(&event).await {
        tracing::warn!(error = %e, "could not record a red flag");
    }
    Some(safety_reply(Lang::for_locale(&patient.language), clinic, patient))
}
