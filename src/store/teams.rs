//! What `Store` keeps of who answers: teams and their members, the routing rules, absences,
//! each conversation's steps (routed, covered, warned, escalated), the warnings and
//! escalations that fall due, and the person a staff member is (for their passkeys). A part of `Store` of its own (`Store: CareTeamStore`) so that each
//! contract stays readable; both backends implement it with the SQL of `sql/teams.rs`.

use super::StoreResult;
use crate::domain::{
    Absence, ClinicId, Conversation, ConversationStep, EscalationLevel, PersonId, ReplyCategory, ReplyPriority,
    RoutingRule, StaffId, Team, ThreadId,
};
use jiff::Timestamp;

/// A conversation whose warning or next escalation step has fallen due, as taken (by one
/// process) from the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueReply {
    pub thread_id: ThreadId,
    pub clinic_id: ClinicId,
    pub assignee_id: Option<StaffId>,
    pub team_id: Option<String>,
    pub category: ReplyCategory,
    pub priority: ReplyPriority,
    pub first_unanswered_at: Timestamp,
    pub due_at: Timestamp,
    pub level: EscalationLevel,
}

/// A step of escalation to keep, if the reply is still owed by the same due time.
#[derive(Debug, Clone)]
pub struct EscalationChange<'a> {
    pub due: &'a DueReply,
    /// Who has it now.
    pub assignee: Option<&'a StaffId>,
    pub level: EscalationLevel,
    /// When the next step falls due (`None`: no further step).
    pub next_at: Option<Timestamp>,
    pub step: &'a ConversationStep,
}

#[async_trait::async_trait]
pub trait CareTeamStore: Send + Sync {
    /// The clinic's teams, by name, each with its members.
    async fn teams(&self, clinic: &ClinicId) -> StoreResult<Vec<Team>>;
    /// Create or change a team (its name, lead, members, whether it is the default); a new
    /// default team takes that place from the old one.
    async fn save_team(&self, team: &Team) -> StoreResult<()>;
    /// The teams `staff` is a member of.
    async fn teams_of(&self, staff: &StaffId) -> StoreResult<Vec<String>>;

    async fn routing_rules(&self, clinic: &ClinicId) -> StoreResult<Vec<RoutingRule>>;
    /// Replace the clinic's rules, in one transaction.
    async fn save_routing_rules(&self, clinic: &ClinicId, rules: &[RoutingRule]) -> StoreResult<()>;

    /// The clinic's absences not cancelled that end on `from` or later, by start.
    async fn absences(&self, clinic: &ClinicId, from: jiff::civil::Date) -> StoreResult<Vec<Absence>>;
    async fn insert_absence(&self, absence: &Absence) -> StoreResult<()>;
    /// Cancel `staff`'s absence `id`; whether there was one to cancel.
    async fn cancel_absence(&self, clinic: &ClinicId, staff: &StaffId, id: &str, now: Timestamp) -> StoreResult<bool>;

    /// Keep where a conversation stands (as `save_conversation` does) with the steps that
    /// brought it there, in one transaction.
    async fn save_conversation_steps(&self, conversation: &Conversation, steps: &[ConversationStep])
    -> StoreResult<()>;
    async fn conversation_steps(&self, clinic: &ClinicId, thread: &ThreadId) -> StoreResult<Vec<ConversationStep>>;

    /// Take up to `limit` conversations whose warning time has come by `now` (each is taken
    /// by one caller only: its warning time is cleared as it is taken).
    async fn take_due_warnings(&self, now: Timestamp, limit: i64) -> StoreResult<Vec<DueReply>>;
    /// Take up to `limit` conversations whose next escalation step has come by `now`, the
    /// same way.
    async fn take_due_escalations(&self, now: Timestamp, limit: i64) -> StoreResult<Vec<DueReply>>;
    /// Keep an escalation step: the new assignee, how far it has gone, when the next step
    /// falls due, and the step itself; nothing when the reply was answered, paused or given
    /// a new due time meanwhile. Whether it was kept.
    async fn escalated(&self, change: &EscalationChange<'_>, now: Timestamp) -> StoreResult<bool>;
    /// Keep steps that change nothing else (a warning).
    async fn insert_steps(&self, steps: &[ConversationStep]) -> StoreResult<()>;

    /// The person staff member `staff` is, made now (as `new`) on their first passkey.
    async fn person_for_staff(
        &self,
        clinic: &ClinicId,
        staff: &StaffId,
        new: &PersonId,
        now: Timestamp,
    ) -> StoreResult<PersonId>;
    async fn staff_person(&self, clinic: &ClinicId, staff: &StaffId) -> StoreResult<Option<PersonId>>;
    /// The staff member a person is (`None`: a patient's person, or no one).
    async fn staff_of_person(&self, person: &PersonId) -> StoreResult<Option<(ClinicId, StaffId)>>;
    /// `staff` opens `thread` at `now`: keep it, and answer who else of the clinic opened it
    /// at `since` or later (with when, the latest first).
    async fn viewing(
        &self,
        clinic: &ClinicId,
        thread: &ThreadId,
        staff: &StaffId,
        now: Timestamp,
        since: Timestamp,
    ) -> StoreResult<Vec<(StaffId, Timestamp)>>;
    /// The language of a staff member's emails.
    async fn set_staff_language(
        &self,
        clinic: &ClinicId,
        staff: &StaffId,
        language: &crate::domain::Locale,
    ) -> StoreResult<()>;
    /// Keep a staff session started without an emailed token (a passkey sign-in).
    async fn insert_staff_session(&self, session: &crate::domain::StaffSession, id_hash: &[u8]) -> StoreResult<()>;
}
