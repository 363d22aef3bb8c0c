//! Medicines a patient may ask to refill, their requests, and where each stands. The clinic
//! moves a request; the patient sees every step.

use super::*;
use jiff::Timestamp;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefillStatus {
    Received,
    InReview,
    SentToPharmacy,
    NeedsVisit,
    Denied,
}

impl RefillStatus {
    pub const ALL: [RefillStatus; 5] = [
        RefillStatus::Received,
        RefillStatus::InReview,
        RefillStatus::SentToPharmacy,
        RefillStatus::NeedsVisit,
        RefillStatus::Denied,
    ];

    pub fn parse(s: &str) -> Result<Self, ParseError> {
        RefillStatus::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or(ParseError("status must be one of received, in_review, sent_to_pharmacy, needs_visit, denied"))
    }

    pub fn as_str(self) -> &'static str {
        match self {
            RefillStatus::Received => "received",
            RefillStatus::InReview => "in_review",
            RefillStatus::SentToPharmacy => "sent_to_pharmacy",
            RefillStatus::NeedsVisit => "needs_visit",
            RefillStatus::Denied => "denied",
        }
    }

    /// Sent to the pharmacy and denied are final: a new need is a new request.
    pub fn is_final(self) -> bool {
        matches!(self, RefillStatus::SentToPharmacy | RefillStatus::Denied)
    }

    /// Whether the clinic may move a request from `self` to `next`.
    pub fn can_move_to(self, next: RefillStatus) -> bool {
        !self.is_final() && next != self && next != RefillStatus::Received
    }

    /// The message id of the patient's words for it.
    pub fn words(self) -> &'static str {
        match self {
            RefillStatus::Received => "refill-status-received",
            RefillStatus::InReview => "refill-status-in-review",
            RefillStatus::SentToPharmacy => "refill-status-sent-to-pharmacy",
            RefillStatus::NeedsVisit => "refill-status-needs-visit",
            RefillStatus::Denied => "refill-status-denied",
        }
    }
}

/// A medicine the clinic lists for a patient, so a refill is one tap.
#[derive(Debug, Clone)]
pub struct Medication {
    pub id: crate::domain::MedicationId,
    pub clinic_id: ClinicId,
    pub patient_id: PatientId,
    pub name: String,
    pub instructions: Option<String>,
    pub active: bool,
    pub created_at: Timestamp,
}

/// A patient's request for a refill.
#[derive(Debug, Clone)]
pub struct RefillRequest {
    pub id: crate::domain::RefillId,
    pub clinic_id: ClinicId,
    pub patient_id: PatientId,
    /// The listed medicine picked, if one was.
    pub medication_id: Option<crate::domain::MedicationId>,
    /// Its name then, or what the patient wrote.
    pub medication: String,
    pub pharmacy: String,
    pub note: Option<String>,
    pub status: crate::domain::RefillStatus,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// One step of a refill request's timeline.
#[derive(Debug, Clone)]
pub struct RefillEvent {
    pub status: crate::domain::RefillStatus,
    pub note: Option<String>,
    /// `patient:{id}` or `api:{key id}`.
    pub actor: String,
    pub at: Timestamp,
}

words!(RefillStatus { Received, InReview, SentToPharmacy, NeedsVisit, Denied });

#[cfg(test)]
#[path = "refill_tests.rs"]
mod tests;
