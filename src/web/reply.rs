//! The one way the care team writes to a patient, from the clinic API or a staff page: the
//! message is stored in the patient's thread with its alert (the clinic's name, "you have a
//! new message" and a link, never the message itself) in one transaction, the dispatcher is
//! woken, the conversation's reply clock stops (the patient can see this reply), and the
//! sending is audited as whoever sent it. A staff member's reply alerts after the clinic's
//! `live_alert_delay`, and not at all if the patient reads it on an open page first; a
//! message from the clinic's systems (the API) alerts at once.

use crate::domain::{Actor, DeliveryPurpose, MessageId, Purpose, ShortText};
use crate::state::AppState;
use crate::store::{AuditEvent, Clinic, Delivery, Message, Patient, StoreError};

/// How long an alert may still be sent after the reply.
const ALERT_LASTS: jiff::SignedDuration = jiff::SignedDuration::from_hours(7 * 24);

/// How a reply's alert goes out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlertTiming {
    /// At once, and through the patient's quiet hours.
    Urgent,
    /// At once (a message from the clinic's systems).
    Now,
    /// After the clinic's `live_alert_delay`, unless the patient reads the reply first: a
    /// reply in a conversation the patient may be watching.
    AfterReadingTime,
}

/// Store `body` from `sender` in the patient's thread and queue its alert on the patient's
/// first channel (none if they have no channel left).
pub async fn send_reply(
    state: &AppState,
    clinic: &Clinic,
    patient: &Patient,
    sender: &ShortText,
    body: String,
    timing: AlertTiming,
    actor: Actor,
) -> Result<(Message, Option<Delivery>), StoreError> {
    let now = state.now();
    let message = Message {
        id: MessageId::new(),
        thread_id: patient.thread_id.clone(),
        clinic_id: clinic.id.clone(),
        patient_id: patient.id.clone(),
        author: "staff".into(),
        sender: sender.to_string(),
        body,
        created_at: now,
        sender_verified: true,
    };
    // A patient with the thread open reads the reply there, and the alert is then not sent
    // (the dispatcher drops it).
    let due = match timing {
        AlertTiming::AfterReadingTime => now + clinic.live_alert_delay,
        AlertTiming::Urgent | AlertTiming::Now => now,
    };
    let urgent = timing == AlertTiming::Urgent;
    let alert = patient.first_channel().map(|channel| {
        let mut d = Delivery::new(patient, DeliveryPurpose::MessageAlert, channel, due, now);
        d.link_purpose = Some(Purpose::Thread);
        d.subject_id = Some(patient.thread_id.to_string());
        d.urgent = urgent;
        d.not_after = Some(now + ALERT_LASTS);
        d
    });
    state.store.insert_message(&message, alert.as_ref(), None).await?;
    state.dispatcher.wake();
    // The patient can see this reply: the promise is kept.
    crate::reply_times::answered(&*state.store, &clinic.id, &patient.thread_id, now).await?;
    let event = AuditEvent::new(now, Some(&clinic.id), actor, "message.sent").subject(message.id.as_str());
    state.store.record_audit(&event).await?;
    Ok((message, alert))
}
