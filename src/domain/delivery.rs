//! Deliveries: what a message is for and where it stands.

use super::ParseError;

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
/// only move forward; `Undelivered`, `Failed`, `Dead` and `Dropped` are final.
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

    /// Order of progress for provider reports; final states rank highest.
    pub fn rank(&self) -> i64 {
        match self {
            DeliveryStatus::Pending => 0,
            DeliveryStatus::Sending => 1,
            DeliveryStatus::Queued => 2,
            DeliveryStatus::Sent => 3,
            DeliveryStatus::Delivered => 4,
            DeliveryStatus::Undelivered | DeliveryStatus::Failed | DeliveryStatus::Dead | DeliveryStatus::Dropped => 5,
        }
    }
}

#[cfg(test)]
#[path = "delivery_tests.rs"]
mod tests;
