//! What an inbound text is taken to answer: the question a reply can raise when it could mean
//! more than one visit, and texts that no patient's conversation could take.

use super::*;
use jiff::Timestamp;

/// What a confirm-or-cancel reply asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplyAction {
    Confirm,
    Cancel,
}

impl ReplyAction {
    pub fn parse(s: &str) -> Result<Self, ParseError> {
        match s {
            "confirm" => Ok(ReplyAction::Confirm),
            "cancel" => Ok(ReplyAction::Cancel),
            _ => Err(ParseError("unknown reply action")),
        }
    }

    pub fn as_str(&self) -> &'static str {
        match self {
            ReplyAction::Confirm => "confirm",
            ReplyAction::Cancel => "cancel",
        }
    }
}

/// "Reply 1 for Thu 11:30, 2 for Thu 12:00": asked of a number whose confirm or cancel could
/// mean several visits. The next digit from that number, before `expires_at`, picks one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplyQuestion {
    pub phone: Phone,
    pub clinic_id: ClinicId,
    pub action: ReplyAction,
    /// The visits offered, in the order they are numbered (1 first).
    pub options: Vec<AppointmentId>,
    pub expires_at: Timestamp,
}

impl ReplyQuestion {
    /// The most visits one question offers: a choice is a single digit.
    pub const MAX_OPTIONS: usize = 9;

    /// The visit a reply picks: the whole reply is one digit from 1 to the number offered.
    pub fn pick(&self, reply: &str) -> Option<&AppointmentId> {
        let n: usize = reply.trim().parse().ok().filter(|_| reply.trim().len() == 1)?;
        self.options.get(n.checked_sub(1)?)
    }
}

/// A text no patient's conversation could take: from a number no patient has, or from a
/// shared number when no recent message says whose it answers. `clinic_id` is `None` when
/// not even the clinic can be told.
#[derive(Debug, Clone)]
pub struct UnmatchedText {
    pub id: MessageId,
    pub clinic_id: Option<ClinicId>,
    pub from: Phone,
    pub body: String,
    pub received_at: Timestamp,
}

#[cfg(test)]
#[path = "reply_tests.rs"]
mod tests;
