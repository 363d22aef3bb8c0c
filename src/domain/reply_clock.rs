//! The promised-reply clock of one conversation. It starts at the first patient message
//! nobody has answered yet, with the promise of that message's category and priority; it
//! stops at the first staff reply the patient can see (or when staff close the
//! conversation); while the conversation waits on the patient it is paused, keeping the
//! business time that was left, and it resumes with that time when the patient writes again.

use super::{BusinessCalendar, ReplyCategory, ReplyPolicy, ReplyPriority};
use jiff::{SignedDuration, Timestamp};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplyClock {
    pub category: ReplyCategory,
    pub priority: ReplyPriority,
    /// The first patient message not yet answered; `None` when nothing is owed.
    pub first_unanswered_at: Option<Timestamp>,
    /// When the reply is due; `None` when nothing is owed, while paused, or when the
    /// calendar has no opening hours to count in.
    pub due_at: Option<Timestamp>,
    /// While paused: the business time that was left.
    pub paused_left: Option<SignedDuration>,
    /// When whoever has the conversation is warned that the reply is due soon: three
    /// quarters of the way to `due_at` (`teams::warn_at`); `None` with no due time.
    pub warn_at: Option<Timestamp>,
}

impl Default for ReplyClock {
    fn default() -> Self {
        ReplyClock {
            category: ReplyCategory::Question,
            priority: ReplyPriority::Normal,
            first_unanswered_at: None,
            due_at: None,
            paused_left: None,
            warn_at: None,
        }
    }
}

impl ReplyClock {
    /// Whether a reply is owed and the clock is counting.
    pub fn running(&self) -> bool {
        self.first_unanswered_at.is_some() && self.paused_left.is_none()
    }

    /// Whether the reply is late at `now`.
    pub fn overdue_at(&self, now: Timestamp) -> bool {
        self.running() && self.due_at.is_some_and(|due| now >= due)
    }

    /// The patient wrote at `now` about `category`: a stopped clock starts with that
    /// category's promise, a paused one resumes with what was left, a running one goes on.
    pub fn patient_wrote(
        &mut self,
        category: ReplyCategory,
        now: Timestamp,
        calendar: &BusinessCalendar,
        policy: &ReplyPolicy,
    ) {
        if self.first_unanswered_at.is_none() {
            *self = ReplyClock {
                category,
                priority: ReplyPriority::Normal,
                first_unanswered_at: Some(now),
                ..ReplyClock::default()
            };
            self.set_due(policy.within(category, ReplyPriority::Normal).due(calendar, now), now, calendar);
        } else if let Some(left) = self.paused_left.take() {
            self.set_due(calendar.add_business(now, left), now, calendar);
        }
    }

    /// The reply is due at `due`, counted from `from`: the warning time goes with it.
    pub fn set_due(&mut self, due: Option<Timestamp>, from: Timestamp, calendar: &BusinessCalendar) {
        self.due_at = due;
        self.warn_at = due.and_then(|due| super::warn_at(from, due, calendar));
    }

    /// Staff answered where the patient can see it (or closed the conversation): nothing
    /// is owed any more.
    pub fn stop(&mut self) {
        self.first_unanswered_at = None;
        self.due_at = None;
        self.paused_left = None;
        self.warn_at = None;
    }

    /// The conversation waits on the patient from `now`: keep the business time left (none
    /// when already late).
    pub fn pause(&mut self, now: Timestamp, calendar: &BusinessCalendar) {
        if !self.running() {
            return;
        }
        let left = self.due_at.map(|due| calendar.business_between(now, due)).unwrap_or(SignedDuration::ZERO);
        self.paused_left = Some(left);
        self.due_at = None;
        self.warn_at = None;
    }

    /// The calendar or the policy changed: a running clock's deadline is worked out again
    /// from its first unanswered message. A paused clock keeps the time it had left. An urgent
    /// one never moves later (a red flag is owed an answer within 15 minutes whatever the
    /// rules, and an urgent patient was told the earlier time).
    pub fn recompute(&mut self, calendar: &BusinessCalendar, policy: &ReplyPolicy) {
        if let (true, Some(from)) = (self.running(), self.first_unanswered_at) {
            let mut due = policy.within(self.category, self.priority).due(calendar, from);
            if self.priority == ReplyPriority::Urgent
                && let (Some(now_due), Some(new)) = (self.due_at, due)
            {
                due = Some(now_due.min(new));
            }
            if due != self.due_at {
                self.set_due(due, from, calendar);
            }
        }
    }
}
