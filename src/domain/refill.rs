//! Where a refill request stands. The clinic moves it; the patient sees every step.

use super::ParseError;

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

#[cfg(test)]
#[path = "refill_tests.rs"]
mod tests;
