//! The care team's side: a staff member's session, the one-time emails that start one, and
//! where a patient's conversation stands in the shared inbox.

use super::*;
use jiff::{SignedDuration, Timestamp};

/// A staff session ends after this long without a request.
pub const STAFF_SESSION_IDLE: SignedDuration = SignedDuration::from_mins(30);
/// A staff session ends this long after it started, however busy.
pub const STAFF_SESSION_ABSOLUTE: SignedDuration = SignedDuration::from_hours(12);
/// How long a sign-in link and its code work.
pub const STAFF_SIGN_IN_LIFETIME: SignedDuration = SignedDuration::from_mins(15);
/// How long an invitation works.
pub const STAFF_INVITE_LIFETIME: SignedDuration = SignedDuration::from_hours(7 * 24);

/// A signed-in staff member's browser.
#[derive(Debug, Clone)]
pub struct StaffSession {
    pub id: SessionId,
    pub staff_id: StaffId,
    pub clinic_id: ClinicId,
    pub created_at: Timestamp,
    pub last_seen_at: Timestamp,
    pub idle_expires_at: Timestamp,
    pub expires_at: Timestamp,
    pub ended_at: Option<Timestamp>,
}

impl StaffSession {
    /// Whether the session still opens pages at `now`: not ended, not idle too long, not
    /// past its absolute limit.
    pub fn live_at(&self, now: Timestamp) -> bool {
        self.ended_at.is_none() && now < self.idle_expires_at && now < self.expires_at
    }
}

/// What a one-time staff email is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StaffTokenKind {
    /// Join a clinic's care team (a link only).
    Invite,
    /// Sign in (a link and a six-digit code in the same email).
    SignIn,
}

impl StaffTokenKind {
    pub fn as_str(self) -> &'static str {
        match self {
            StaffTokenKind::Invite => "invite",
            StaffTokenKind::SignIn => "signin",
        }
    }

    pub fn parse(s: &str) -> Result<Self, ParseError> {
        match s {
            "invite" => Ok(StaffTokenKind::Invite),
            "signin" => Ok(StaffTokenKind::SignIn),
            _ => Err(ParseError("must be invite or signin")),
        }
    }
}

/// A one-time staff email as kept: hashes only, never the link's secret or the code.
#[derive(Debug, Clone)]
pub struct StaffToken {
    pub id: String,
    pub token_hash: Vec<u8>,
    pub staff_id: StaffId,
    pub clinic_id: ClinicId,
    pub kind: StaffTokenKind,
    pub code_hash: Option<Vec<u8>>,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
    pub used_at: Option<Timestamp>,
}

impl StaffToken {
    pub fn new_id() -> String {
        new_id_string("stk")
    }

    /// Whether the token can still be used at `now`.
    pub fn usable_at(&self, now: Timestamp) -> bool {
        self.used_at.is_none() && now < self.expires_at
    }
}

/// Where a conversation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConversationStatus {
    Open,
    /// Waiting on the patient, to be looked at again on the review date.
    Waiting,
    Closed,
}

impl ConversationStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ConversationStatus::Open => "open",
            ConversationStatus::Waiting => "waiting",
            ConversationStatus::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Result<Self, ParseError> {
        match s {
            "open" => Ok(ConversationStatus::Open),
            "waiting" => Ok(ConversationStatus::Waiting),
            "closed" => Ok(ConversationStatus::Closed),
            _ => Err(ParseError("must be open, waiting or closed")),
        }
    }
}

/// A patient's thread as the care team works it: one conversation per thread.
#[derive(Debug, Clone)]
pub struct Conversation {
    pub thread_id: ThreadId,
    pub clinic_id: ClinicId,
    pub status: ConversationStatus,
    /// Set while waiting on the patient: the day to look again.
    pub review_on: Option<jiff::civil::Date>,
    pub assignee_id: Option<StaffId>,
    /// The team it was routed to (`None`: the whole clinic's pool).
    pub team_id: Option<String>,
    /// Set while the assignee answers for a colleague who is away: that colleague.
    pub covering_for: Option<StaffId>,
    pub updated_at: Timestamp,
}

impl Conversation {
    /// A thread no one has worked yet: open and unassigned.
    pub fn fresh(thread: &ThreadId, clinic: &ClinicId, now: Timestamp) -> Self {
        Conversation {
            thread_id: thread.clone(),
            clinic_id: clinic.clone(),
            status: ConversationStatus::Open,
            review_on: None,
            assignee_id: None,
            team_id: None,
            covering_for: None,
            updated_at: now,
        }
    }

    /// `to` takes it (no longer covering for anyone).
    pub fn assign(&mut self, to: &StaffId, now: Timestamp) {
        self.assignee_id = Some(to.clone());
        self.covering_for = None;
        self.updated_at = now;
    }

    pub fn wait_until(&mut self, review_on: jiff::civil::Date, now: Timestamp) {
        self.status = ConversationStatus::Waiting;
        self.review_on = Some(review_on);
        self.updated_at = now;
    }

    pub fn close(&mut self, now: Timestamp) {
        self.status = ConversationStatus::Closed;
        self.review_on = None;
        self.updated_at = now;
    }
}

/// One line of the inbox: a conversation, whose it is, and its last message.
#[derive(Debug, Clone)]
pub struct ConversationSummary {
    pub conversation: Conversation,
    pub patient_id: PatientId,
    pub patient_name: String,
    /// `patient` or `staff`: who wrote last.
    pub last_author: String,
    pub last_at: Timestamp,
    /// The promised-reply clock.
    pub clock: ReplyClock,
}

/// The inbox's views.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InboxView {
    /// Open, and the patient wrote last.
    NeedsReply,
    /// A reply is owed and its promised time has passed.
    Overdue,
    /// Assigned to me, not closed.
    Mine,
    /// With a team I am a member of, not closed.
    MyTeams,
    /// Not closed, and no one has taken it.
    Unassigned,
    /// Everything not closed (open or waiting).
    AllOpen,
    Closed,
    /// Texts no patient's conversation could take.
    Unmatched,
}

impl InboxView {
    pub const ALL: [InboxView; 8] = [
        InboxView::NeedsReply,
        InboxView::Overdue,
        InboxView::Mine,
        InboxView::MyTeams,
        InboxView::Unassigned,
        InboxView::AllOpen,
        InboxView::Closed,
        InboxView::Unmatched,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            InboxView::NeedsReply => "needs-reply",
            InboxView::Overdue => "overdue",
            InboxView::Mine => "mine",
            InboxView::MyTeams => "my-teams",
            InboxView::Unassigned => "unassigned",
            InboxView::AllOpen => "open",
            InboxView::Closed => "closed",
            InboxView::Unmatched => "unmatched",
        }
    }

    pub fn parse(s: &str) -> Result<Self, ParseError> {
        InboxView::ALL.into_iter().find(|v| v.as_str() == s).ok_or(ParseError("not a view of the inbox"))
    }

    /// Whether a conversation belongs in this view for staff member `me`, a member of
    /// `my_teams`, at `now`: the rule each view keeps. The store lists a view with a query of
    /// its own (`inbox_view_sql`); `tests/it/inbox.rs` holds every query to this rule on both
    /// backends.
    pub fn includes(self, c: &ConversationSummary, me: &StaffId, my_teams: &[String], now: Timestamp) -> bool {
        let status = c.conversation.status;
        match self {
            InboxView::MyTeams => {
                status != ConversationStatus::Closed
                    && c.conversation.team_id.as_ref().is_some_and(|t| my_teams.contains(t))
            }
            InboxView::NeedsReply => status == ConversationStatus::Open && c.last_author == "patient",
            InboxView::Overdue => status != ConversationStatus::Closed && c.clock.overdue_at(now),
            InboxView::Mine => status != ConversationStatus::Closed && c.conversation.assignee_id.as_ref() == Some(me),
            InboxView::Unassigned => status != ConversationStatus::Closed && c.conversation.assignee_id.is_none(),
            InboxView::AllOpen => status != ConversationStatus::Closed,
            InboxView::Closed => status == ConversationStatus::Closed,
            InboxView::Unmatched => false,
        }
    }
}

/// What one member of the care team wrote about a conversation for the others: never sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConversationNote {
    pub id: String,
    pub thread_id: ThreadId,
    pub clinic_id: ClinicId,
    pub staff_id: StaffId,
    pub body: String,
    pub created_at: Timestamp,
}

impl ConversationNote {
    pub fn new_id() -> String {
        new_id_string("note")
    }
}

/// Where a page of a view ends, so the next page starts after it: the time the view is
/// ordered by (the last message, or for `Overdue` the due time) and the conversation's thread,
/// which breaks ties. Written in an address as `<milliseconds>.<thread id>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InboxCursor {
    pub at: Timestamp,
    pub thread_id: ThreadId,
}

impl InboxCursor {
    /// Where the page that ends with `c` stops, in `view`'s order.
    pub fn after(view: InboxView, c: &ConversationSummary) -> InboxCursor {
        let at = match view {
            InboxView::Overdue => c.clock.due_at.unwrap_or(c.last_at),
            _ => c.last_at,
        };
        InboxCursor { at, thread_id: c.conversation.thread_id.clone() }
    }

    pub fn parse(s: &str) -> Result<InboxCursor, ParseError> {
        let bad = || ParseError("not a place in the inbox");
        let (ms, thread) = s.split_once('.').ok_or_else(bad)?;
        let at = ms.parse::<i64>().ok().and_then(|ms| Timestamp::from_millisecond(ms).ok()).ok_or_else(bad)?;
        let thread_id = ThreadId::parse(thread).map_err(|_| bad())?;
        Ok(InboxCursor { at, thread_id })
    }
}

impl std::fmt::Display for InboxCursor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", self.at.as_millisecond(), self.thread_id)
    }
}

/// One page of a view of the inbox, as the store reads it.
#[derive(Debug, Clone)]
pub struct InboxQuery {
    pub view: InboxView,
    /// Who is looking (for `Mine` and `MyTeams`).
    pub me: StaffId,
    /// For `Overdue`: what is due by now.
    pub now: Timestamp,
    /// Start after this conversation (`None`: the first page).
    pub after: Option<InboxCursor>,
    pub limit: i64,
}

words!(ConversationStatus { Open, Waiting, Closed });

#[cfg(test)]
#[path = "staff_tests.rs"]
mod tests;
