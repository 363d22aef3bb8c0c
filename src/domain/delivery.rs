//! Deliveries: what a message is for, where it stands, and the outbox row that carries it.

use super::*;
use jiff::Timestamp;

/// Why a message is sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeliveryPurpose {
    /// A deep link the clinic asked to send.
    Link,
    /// An appointment reminder.
    Reminder,
    /// The appointment was cancelled after a reminder went out.
    Cancellation,
    /// "You have a new message" (never the message itself).
    MessageAlert,
    /// A refill request moved on (never which medicine).
    RefillUpdate,
}

impl DeliveryPurpose {
    pub fn parse(s: &str) -> Result<Self, ParseError> {
        Ok(match s {
            "link" => DeliveryPurpose::Link,
            "reminder" => DeliveryPurpose::Reminder,
            "cancellation" => DeliveryPurpose::Cancellation,
            "message_alert" => DeliveryPurpose::MessageAlert,
            "refill_update" => DeliveryPurpose::RefillUpdate,
            _ => return Err(ParseError("unknown delivery purpose")),
        })
    }

    pub fn as_str(&self) -> &'static str {
        match self {
            DeliveryPurpose::Link => "link",
            DeliveryPurpose::Reminder => "reminder",
            DeliveryPurpose::Cancellation => "cancellation",
            DeliveryPurpose::MessageAlert => "message_alert",
            DeliveryPurpose::RefillUpdate => "refill_update",
        }
    }
}

/// Where a delivery stands. `Queued`, `Sent`, `Delivered` follow the provider's reports and
/// only move forward; `Delivered`, `Undelivered`, `Failed`, `Dead` and `Dropped` are final (a
/// late `undelivered` after `delivered` changes nothing).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum DeliveryStatus {
    /// Waiting for its time (or its retry).
    Pending,
    /// Claimed by a dispatcher; the provider call may be under way.
    Sending,
    /// The provider accepted it.
    Queued,
    Sent,
    Delivered,
    Undelivered,
    Failed,
    /// Gave up after the last retry.
    Dead,
    /// Not sent on purpose: it could no longer help, or the patient opted out.
    Dropped,
}

impl DeliveryStatus {
    pub fn parse(s: &str) -> Result<Self, ParseError> {
        Ok(match s {
            "pending" => DeliveryStatus::Pending,
            "sending" => DeliveryStatus::Sending,
            "queued" => DeliveryStatus::Queued,
            "sent" => DeliveryStatus::Sent,
            "delivered" => DeliveryStatus::Delivered,
            "undelivered" => DeliveryStatus::Undelivered,
            "failed" => DeliveryStatus::Failed,
            "dead" => DeliveryStatus::Dead,
            "dropped" => DeliveryStatus::Dropped,
            _ => return Err(ParseError("unknown delivery status")),
        })
    }

    pub fn as_str(&self) -> &'static str {
        match self {
            DeliveryStatus::Pending => "pending",
            DeliveryStatus::Sending => "sending",
            DeliveryStatus::Queued => "queued",
            DeliveryStatus::Sent => "sent",
            DeliveryStatus::Delivered => "delivered",
            DeliveryStatus::Undelivered => "undelivered",
            DeliveryStatus::Failed => "failed",
            DeliveryStatus::Dead => "dead",
            DeliveryStatus::Dropped => "dropped",
        }
    }

    /// A status as Twilio names it in a callback.
    pub fn from_twilio(s: &str) -> Option<Self> {
        Some(match s {
            "accepted" | "scheduled" | "queued" => DeliveryStatus::Queued,
            "sending" | "sent" => DeliveryStatus::Sent,
            "delivered" | "read" => DeliveryStatus::Delivered,
            "undelivered" => DeliveryStatus::Undelivered,
            "failed" | "canceled" => DeliveryStatus::Failed,
            _ => return None,
        })
    }

    /// Order of progress for provider reports; final states rank highest, and equally, so
    /// that no report moves a delivery from one final state to another.
    pub fn rank(&self) -> i64 {
        match self {
            DeliveryStatus::Pending => 0,
            DeliveryStatus::Sending => 1,
            DeliveryStatus::Queued => 2,
            DeliveryStatus::Sent => 3,
            DeliveryStatus::Delivered
            | DeliveryStatus::Undelivered
            | DeliveryStatus::Failed
            | DeliveryStatus::Dead
            | DeliveryStatus::Dropped => 4,
        }
    }
}

/// One message to one contact point: the outbox row and, once sent, its log entry.
#[derive(Debug, Clone)]
pub struct Delivery {
    pub id: crate::domain::DeliveryId,
    pub clinic_id: ClinicId,
    pub patient_id: PatientId,
    pub purpose: crate::domain::DeliveryPurpose,
    pub channel: crate::domain::Channel,
    /// What the deep link in the message opens, if it carries one.
    pub link_purpose: Option<Purpose>,
    pub subject_id: Option<String>,
    pub appointment_id: Option<AppointmentId>,
    pub urgent: bool,
    pub status: crate::domain::DeliveryStatus,
    pub attempts: i64,
    pub due_at: Timestamp,
    /// After this the message can no longer help: drop it instead of sending late.
    pub not_after: Option<Timestamp>,
    pub lease_until: Option<Timestamp>,
    pub provider_id: Option<String>,
    pub error_code: Option<String>,
    pub segments: Option<i64>,
    pub fallback_of: Option<crate::domain::DeliveryId>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub sent_at: Option<Timestamp>,
    pub delivered_at: Option<Timestamp>,
    /// The fencing token: each claim increments it, and an outcome is recorded only by the
    /// dispatcher holding the latest claim (one whose lease ran out records nothing).
    pub claim: i64,
    /// Sent inside another delivery's SMS (a household reminder): that delivery.
    pub digest_of: Option<crate::domain::DeliveryId>,
    /// A caregiver's copy of the patient's reminder, under this grant: it goes to the grant's
    /// contact point, never to the patient's, and dies with the grant.
    pub grant_id: Option<crate::domain::GrantId>,
}

impl Delivery {
    /// A new pending delivery.
    pub fn new(
        patient: &Patient,
        purpose: crate::domain::DeliveryPurpose,
        channel: crate::domain::Channel,
        due_at: Timestamp,
        now: Timestamp,
    ) -> Self {
        Delivery {
            id: crate::domain::DeliveryId::new(),
            clinic_id: patient.clinic_id.clone(),
            patient_id: patient.id.clone(),
            purpose,
            channel,
            link_purpose: None,
            subject_id: None,
            appointment_id: None,
            urgent: false,
            status: crate::domain::DeliveryStatus::Pending,
            attempts: 0,
            due_at,
            not_after: None,
            lease_until: None,
            provider_id: None,
            error_code: None,
            segments: None,
            fallback_of: None,
            created_at: now,
            updated_at: now,
            sent_at: None,
            delivered_at: None,
            claim: 0,
            digest_of: None,
            grant_id: None,
        }
    }
}

/// What a dispatcher records after trying a delivery.
#[derive(Debug, Clone)]
pub struct DeliveryOutcome {
    pub status: crate::domain::DeliveryStatus,
    /// For a retry: when to try again.
    pub due_at: Option<Timestamp>,
    pub provider_id: Option<String>,
    pub error_code: Option<String>,
    pub segments: Option<i64>,
    pub at: Timestamp,
    /// The claim was not a send attempt (deferred for quiet hours or a cap): give it back.
    pub refund_attempt: bool,
}

/// Household reminders: SMS reminders on one phone due within this of the one being sent ride
/// along with it (`notify::dispatch::household`).
pub const SAME_HOUR: jiff::SignedDuration = jiff::SignedDuration::from_hours(1);

words!(DeliveryPurpose { Link, Reminder, Cancellation, MessageAlert, RefillUpdate });
words!(DeliveryStatus { Pending, Sending, Queued, Sent, Delivered, Undelivered, Failed, Dead, Dropped });

#[cfg(test)]
#[path = "delivery_tests.rs"]
mod tests;
