//! What the store answers that is not a domain entity: the outcome of consuming a link, of
//! reserving an idempotency key, a change to an appointment's queued messages, the dev
//! outbox. The entities themselves live in `crate::domain`; they are re-exported here so
//! storage code and its callers can keep naming them from one place.

pub use crate::domain::{
    Appointment, AuditEvent, Clinic, ContactChange, Conversation, ConversationSummary, Delivery, DeliveryOutcome, Link,
    LinkRefusal, LinkView, Medication, Message, NewSession, Patient, RefillEvent, RefillRequest, ReplyQuestion,
    Session, StaffMember, StaffSession, StaffToken, Thread, UnmatchedText,
};
use jiff::Timestamp;

/// A patient and their care grants (`Store::patient_with_grants`).
pub type PatientGrants = (Patient, Vec<crate::domain::CareGrant>);

/// The outcome of trying to consume a link.
#[derive(Debug, Clone)]
pub enum Consume {
    /// This call used the link; the session was stored.
    Consumed(Link),
    /// The link exists but cannot be used.
    Refused(Link, LinkRefusal),
    /// No link has this lookup value.
    NotFound,
}

/// An API answer kept under its `Idempotency-Key`, written by the same step as the change it
/// answers (`Store::insert_appointment`): the key is reserved and finished by that one write,
/// so the change happens once however many copies of the request come, and on PostgreSQL the
/// write is one round trip.
#[derive(Debug, Clone)]
pub struct KeptAnswer {
    pub clinic: crate::domain::ClinicId,
    pub key: String,
    pub request_hash: Vec<u8>,
    pub status: u16,
    /// The answer's body, sealed for this clinic and key.
    pub body: Vec<u8>,
    pub now: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdempotencyBegin {
    /// First use of the key: go ahead, then `idempotency_finish`.
    Fresh,
    /// Same key, same request, finished: replay this response.
    Replay { status: u16, body: Vec<u8> },
    /// Same key, different request.
    Mismatch,
    /// Same key, same request, still running elsewhere.
    InProgress,
}

/// What a provider's webhook finds when it claims its key (`Store::webhook_begin`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WebhookBegin {
    /// The first time: act, then `webhook_finish` with the answer (or `webhook_abandon`).
    Fresh,
    /// Already acted on: give this answer again.
    Replay(String),
    /// The first request is still being handled.
    InProgress,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct OutboxMessage {
    pub channel: String,
    pub to: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    pub body: String,
    #[serde(with = "rfc3339")]
    pub created_at: Timestamp,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clinic_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub patient_id: Option<String>,
}

/// What else changes with an appointment, in the same transaction.
#[derive(Debug, Clone, Default)]
pub struct AppointmentChange {
    /// Drop reminders still waiting (the time moved, or the visit is off).
    pub drop_pending_reminders: bool,
    /// New deliveries to queue (re-planned reminders).
    pub deliveries: Vec<Delivery>,
    /// The notice that the visit is off (one per channel reminders go to), queued only if a
    /// reminder for this appointment already went out.
    pub cancellation: Vec<Delivery>,
}

mod rfc3339 {
    pub fn serialize<S: serde::Serializer>(t: &jiff::Timestamp, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&t.strftime("%Y-%m-%dT%H:%M:%SZ"))
    }
}

/// Which of a clinic's audit events to list (all of them that are given must hold), newest
/// first, and where a page starts: strictly before `before` (the last event of the page
/// before).
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub actor: Option<String>,
    pub action: Option<String>,
    pub subject: Option<String>,
    /// Only events about this patient (`AuditEvent::for_patient`).
    pub patient: Option<String>,
    pub since: Option<Timestamp>,
    pub until: Option<Timestamp>,
    pub before: Option<(Timestamp, crate::domain::EventId)>,
    /// Leave out what the care team did (`staff:` actors): the patient's own page shows what
    /// they and the people who help them did.
    pub without_staff: bool,
}
