//! What `Store` does for the dispatcher a batch at a time (`notify::dispatch`): claim due
//! deliveries together with what deciding on each reads, store the links a batch carries,
//! and record the batch's outcomes. On PostgreSQL each of the three is one statement, so a
//! batch of 32 messages costs three round trips and not one or more per message
//! (`postgres/dispatch.rs`); SQLite makes the same calls in-process (`sqlite/dispatch.rs`).

use super::StoreResult;
use crate::domain::{Appointment, Clinic, Delivery, DeliveryId, DeliveryOutcome, Link, Patient};
use jiff::{SignedDuration, Timestamp};

/// How far back `Claimed::recent_sends` reaches: further than any local day can begin.
pub const RECENT_SENDS_SPAN: SignedDuration = SignedDuration::from_hours(48);

/// A delivery claimed for this dispatcher, with what it reads to decide on it, as of the
/// claim.
#[derive(Debug, Clone)]
pub struct Claimed {
    pub delivery: Delivery,
    pub clinic: Option<Clinic>,
    pub patient: Option<Patient>,
    pub appointment: Option<Appointment>,
    /// For a reminder that counts towards the patient's daily cap (not urgent, not a
    /// caregiver's copy): when the patient's own reminders on its channel went out in the
    /// `RECENT_SENDS_SPAN` before the claim (what `count_sent` counts, over any window in that
    /// span). Empty otherwise.
    pub recent_sends: Vec<Timestamp>,
    /// For an SMS reminder, not urgent, of a patient with a date of birth (who alone may join a
    /// household): whether another patient's SMS reminder waits on the same phone,
    /// due within `domain::SAME_HOUR` of this one (of the claim, if later), so that one SMS may carry
    /// both (`Store::household_reminders` would not be empty). False means it goes alone.
    pub household: bool,
}

/// A claimed delivery's outcome, recorded under the claim it was claimed with.
#[derive(Debug, Clone)]
pub struct Finish {
    pub id: DeliveryId,
    pub claim: i64,
    pub outcome: DeliveryOutcome,
}

/// What a status report came to (`DispatchStore::report_once`).
#[derive(Debug)]
pub enum ReportOnce {
    /// The key was new: the report was applied if it moves the delivery forward (a report for
    /// a row still sending or pending settles it: the provider took it, so no resend). The
    /// delivery as it now stands and whether it moved; `None` for an unknown id.
    Applied(Option<(Box<Delivery>, bool)>),
    /// The key was seen before: nothing changed; the answer kept for it.
    Replay(String),
}

/// A provider's status report of a delivery.
#[derive(Debug, Clone, Copy)]
pub struct StatusReport<'a> {
    pub id: &'a DeliveryId,
    pub status: crate::domain::DeliveryStatus,
    pub provider_id: Option<&'a str>,
    pub error_code: Option<&'a str>,
}

#[async_trait::async_trait]
pub trait DispatchStore: Send + Sync {
    /// Claim up to `limit` due deliveries for this dispatcher until `lease_until` (no other
    /// dispatcher, in this process or another, gets the same row), each with its clinic,
    /// patient, appointment, recent sends and household hint read in the same step. Rows whose
    /// lease ran out without an outcome are claimed again (on PostgreSQL up to `limit` of them
    /// beside `limit` due ones). A patient with a delivery in flight (claimed, its lease running) has no
    /// other delivery claimed until that one is settled: one patient's deliveries go one after
    /// another, in whichever process.
    async fn claim_for_dispatch(&self, now: Timestamp, lease_until: Timestamp, limit: i64)
    -> StoreResult<Vec<Claimed>>;
    /// `insert_link` for each of `links` (for different patients or subjects), together.
    async fn insert_links(&self, links: &[Link]) -> StoreResult<()>;
    /// `finish_delivery` for each of `done`, together: whether each was recorded, in order.
    async fn finish_deliveries(&self, done: &[Finish]) -> StoreResult<Vec<bool>>;
    /// Apply a status report once per webhook `key`: a key not seen before keeps `answer` as
    /// its receipt and applies the report, both or neither; a key seen before changes nothing.
    /// Receipts from before `forget_before` are forgotten. On PostgreSQL one statement.
    async fn report_once(
        &self,
        key: &str,
        answer: &str,
        report: StatusReport<'_>,
        now: Timestamp,
        forget_before: Timestamp,
    ) -> StoreResult<ReportOnce>;
}
