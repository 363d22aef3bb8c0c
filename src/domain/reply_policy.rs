//! What a clinic promises: how soon a patient's message is answered, by what the patient
//! wrote about (`ReplyCategory`) and how pressing it is (`ReplyPriority`), in business time
//! (`calendar.rs`). `ReplyPolicySpec` is the plain form (the API's JSON and what is stored);
//! `ReplyPolicy::from_spec` refuses anything out of bounds, naming the field.

use super::{BusinessCalendar, ParseError};
use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};

/// What a conversation is about, from what the patient sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplyCategory {
    /// A reschedule request, a cancellation with a reason.
    Appointment,
    /// A refill request, or a visit asked for because a refill needs one.
    Refill,
    /// Free text: an SMS, a reply on the thread page.
    Question,
    Billing,
    Other,
}

impl ReplyCategory {
    pub const ALL: [ReplyCategory; 5] = [
        ReplyCategory::Appointment,
        ReplyCategory::Refill,
        ReplyCategory::Question,
        ReplyCategory::Billing,
        ReplyCategory::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ReplyCategory::Appointment => "appointment",
            ReplyCategory::Refill => "refill",
            ReplyCategory::Question => "question",
            ReplyCategory::Billing => "billing",
            ReplyCategory::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Result<Self, ParseError> {
        Self::ALL
            .into_iter()
            .find(|c| c.as_str() == s)
            .ok_or(ParseError("must be appointment, refill, question, billing or other"))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplyPriority {
    Normal,
    Urgent,
}

impl ReplyPriority {
    pub fn as_str(self) -> &'static str {
        match self {
            ReplyPriority::Normal => "normal",
            ReplyPriority::Urgent => "urgent",
        }
    }

    pub fn parse(s: &str) -> Result<Self, ParseError> {
        match s {
            "normal" => Ok(ReplyPriority::Normal),
            "urgent" => Ok(ReplyPriority::Urgent),
            _ => Err(ParseError("must be normal or urgent")),
        }
    }
}

/// Most business minutes a promise may be (a week of round-the-clock hours).
pub const MAX_PROMISE_MINUTES: u32 = 7 * 24 * 60;
/// Most business days a promise may be.
pub const MAX_PROMISE_DAYS: u32 = 30;

/// A promise as written: exactly one of the two.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Within", extend("minProperties" = 1, "maxProperties" = 1))]
pub struct WithinSpec {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = MAX_PROMISE_MINUTES))]
    pub business_minutes: Option<u32>,
    /// By the close of the nth business day after the day of the message
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = MAX_PROMISE_DAYS))]
    pub business_days: Option<u32>,
}

/// A category's promise for each priority.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Promise")]
pub struct PromiseSpec {
    pub normal: WithinSpec,
    pub urgent: WithinSpec,
}

/// A reply policy in its plain form: every category, each with both priorities.
///
/// A clinic that has set no policy promises: appointment and question within 1 business day,
/// refill, billing and other within 2 business days (by the close of the nth business day after
/// the day of the message), and for every category urgent within 120 business minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReplyPolicySpec {
    pub appointment: PromiseSpec,
    pub refill: PromiseSpec,
    pub question: PromiseSpec,
    pub billing: PromiseSpec,
    pub other: PromiseSpec,
}

/// How soon a reply is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Within {
    /// This much business time from the message.
    BusinessMinutes(u32),
    /// By the close of the nth business day after the day of the message.
    BusinessDays(u32),
}

impl Within {
    fn spec(self) -> WithinSpec {
        match self {
            Within::BusinessMinutes(m) => WithinSpec { business_minutes: Some(m), business_days: None },
            Within::BusinessDays(d) => WithinSpec { business_minutes: None, business_days: Some(d) },
        }
    }

    fn parse(s: &WithinSpec, field: &str) -> Result<Self, PolicyError> {
        match (s.business_minutes, s.business_days) {
            (Some(m), None) if (1..=MAX_PROMISE_MINUTES).contains(&m) => Ok(Within::BusinessMinutes(m)),
            (Some(_), None) => {
                Err(PolicyError { field: format!("{field}.business_minutes"), message: "must be 1 to 10080" })
            }
            (None, Some(d)) if (1..=MAX_PROMISE_DAYS).contains(&d) => Ok(Within::BusinessDays(d)),
            (None, Some(_)) => Err(PolicyError { field: format!("{field}.business_days"), message: "must be 1 to 30" }),
            _ => Err(PolicyError {
                field: field.into(),
                message: "give exactly one of business_minutes and business_days",
            }),
        }
    }

    /// When a message at `from` is due under this promise.
    pub fn due(self, calendar: &BusinessCalendar, from: Timestamp) -> Option<Timestamp> {
        match self {
            Within::BusinessMinutes(m) => calendar.add_business(from, SignedDuration::from_mins(i64::from(m))),
            Within::BusinessDays(d) => calendar.add_business_days(from, d),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct PolicyError {
    pub field: String,
    pub message: &'static str,
}

/// A clinic's promises, by category and priority.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReplyPolicy {
    /// By `ReplyCategory::ALL` order: normal, then urgent.
    promises: [[Within; 2]; 5],
}

impl Default for ReplyPolicy {
    /// A clinic that has set nothing: appointments and questions by the close of the next
    /// business day, refills, billing and anything else within two business days, and
    /// anything urgent within two business hours.
    fn default() -> Self {
        let urgent = Within::BusinessMinutes(120);
        let days = |d| [Within::BusinessDays(d), urgent];
        ReplyPolicy { promises: [days(1), days(2), days(1), days(2), days(2)] }
    }
}

impl ReplyPolicy {
    pub fn from_spec(s: &ReplyPolicySpec) -> Result<Self, PolicyError> {
        let by = [s.appointment, s.refill, s.question, s.billing, s.other];
        let mut promises = ReplyPolicy::default().promises;
        for (i, (category, p)) in ReplyCategory::ALL.iter().zip(by).enumerate() {
            let name = category.as_str();
            promises[i] = [
                Within::parse(&p.normal, &format!("{name}.normal"))?,
                Within::parse(&p.urgent, &format!("{name}.urgent"))?,
            ];
        }
        Ok(ReplyPolicy { promises })
    }

    pub fn spec(&self) -> ReplyPolicySpec {
        let p = |i: usize| PromiseSpec { normal: self.promises[i][0].spec(), urgent: self.promises[i][1].spec() };
        ReplyPolicySpec { appointment: p(0), refill: p(1), question: p(2), billing: p(3), other: p(4) }
    }

    pub fn within(&self, category: ReplyCategory, priority: ReplyPriority) -> Within {
        let i = ReplyCategory::ALL.iter().position(|c| *c == category).unwrap_or(ReplyCategory::ALL.len() - 1);
        self.promises[i][usize::from(priority == ReplyPriority::Urgent)]
    }
}

words!(ReplyCategory { Appointment, Refill, Question, Billing, Other });
words!(ReplyPriority { Normal, Urgent });

#[cfg(test)]
#[path = "reply_policy_tests.rs"]
mod tests;
