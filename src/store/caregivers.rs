//! What `Store` keeps for caregivers beyond their grants: a caregiver coming back
//! (`/p/for/sign-in`: their session ended, and they sign in again with a code sent to the phone
//! or email they proved when they accepted; migration 0030), and the notices sent before a
//! parent's grant narrows or ends (`growing_up.rs`; migration 0031), and the reminder copies a
//! caregiver may get (their contact point's own status, their language, the copies planned for
//! a grant; migration 0032). Both backends implement it with the SQL of `sql/caregivers.rs`.

use super::StoreResult;
use crate::domain::{CareGrant, ContactStatus, Delivery, GrantId, NewSession, PersonId};
use jiff::Timestamp;

/// A caregiver's proven contact point as the dispatcher needs it for a copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CopyContact {
    pub person: PersonId,
    /// Opted out (STOP, one-click unsubscribe) or found invalid by a provider; None: usable.
    pub status: Option<ContactStatus>,
    /// The person's language, when they chose one on Portico's pages.
    pub language: Option<String>,
    /// The person's time zone, when they said.
    pub time_zone: Option<String>,
}

/// The one-tap link of a caregiver's reminder copy (migration 0037): only its lookup is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrantLink {
    pub lookup: Vec<u8>,
    pub grant_id: GrantId,
    /// The copy that carried it: every try of one copy carries the same link.
    pub delivery_id: String,
    pub appointment_id: Option<String>,
    pub key_id: u8,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
    pub consumed_at: Option<Timestamp>,
}

/// A sign-in code waiting for its contact point: its hash, until when, and the tries so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaregiverCode {
    pub code_hash: Vec<u8>,
    pub expires_at: Timestamp,
    pub tries: i64,
}

#[async_trait::async_trait]
pub trait CaregiverStore {
    /// The person who proved this contact point (`channel` `sms` or `email`), if anyone did.
    async fn person_by_contact(&self, channel: &str, address: &str) -> StoreResult<Option<PersonId>>;
    /// Keep a new code for the contact point, replacing any earlier one (its tries start again).
    async fn set_caregiver_code(
        &self,
        (channel, address): (&str, &str),
        code_hash: &[u8],
        expires_at: Timestamp,
        now: Timestamp,
    ) -> StoreResult<()>;
    /// Count a try of the contact point's code; the code with the tries counted so far, this
    /// one included.
    async fn try_caregiver_code(&self, channel: &str, address: &str) -> StoreResult<Option<CaregiverCode>>;
    /// Use the code (it is removed, so it works once) and start `session` for `person`, in one
    /// transaction; false if the code was already used.
    async fn sign_in_caregiver(
        &self,
        (channel, address): (&str, &str),
        person: &PersonId,
        session: &NewSession,
    ) -> StoreResult<bool>;
    /// Start `session` for `person` (signed in with a passkey).
    async fn start_caregiver_session(&self, person: &PersonId, session: &NewSession) -> StoreResult<()>;
    /// Every accepted parent's grant (`parent_of_minor`) not revoked and not expired at `now`.
    async fn live_parent_grants(&self, now: Timestamp) -> StoreResult<Vec<CareGrant>>;
    /// Take the notice `kind` of a grant (`narrows`, `ends`) for sending: true only for the one
    /// caller that records it first, so each notice goes out at most once, whichever process.
    async fn claim_grant_notice(&self, grant: &GrantId, kind: &str, now: Timestamp) -> StoreResult<bool>;
    /// Keep a copy's link; a second try of the same copy (same lookup) keeps the first.
    async fn insert_grant_link(&self, link: &GrantLink) -> StoreResult<()>;
    /// The copy's link with this lookup, used or not.
    async fn grant_link(&self, lookup: &[u8]) -> StoreResult<Option<GrantLink>>;
    /// Use the link (once, before it expires) and, when `session` is given, start it for
    /// `person` acting only under the link's grant, in one transaction; false if the link was
    /// already used or has expired.
    async fn consume_grant_link(
        &self,
        lookup: &[u8],
        now: Timestamp,
        session: Option<(&PersonId, &NewSession)>,
    ) -> StoreResult<bool>;
    /// Reminder copies of `grant` that went out in `[since, until)`: a caregiver's own daily cap.
    async fn count_sent_copies(&self, grant: &GrantId, since: Timestamp, until: Timestamp) -> StoreResult<i64>;
    /// The person's contact point (`channel` `sms` or `email`) with its status and their language.
    async fn copy_contact(&self, channel: &str, address: &str) -> StoreResult<Option<CopyContact>>;
    /// Set a person's contact point's status (None: usable again); whose it is, if anyone's.
    async fn set_copy_contact_status(
        &self,
        (channel, address): (&str, &str),
        status: Option<ContactStatus>,
        now: Timestamp,
    ) -> StoreResult<Option<PersonId>>;
    /// Remember the language a person reads Portico's pages in.
    async fn set_person_language(&self, person: &PersonId, language: &str) -> StoreResult<()>;
    /// Remember the time zone a person lives in (None: not said).
    async fn set_person_time_zone(&self, person: &PersonId, time_zone: Option<&str>) -> StoreResult<()>;
    /// A person's language and time zone, as they set them.
    async fn person_settings(&self, person: &PersonId) -> StoreResult<(Option<String>, Option<String>)>;
    /// Plan a grant's copies again: its pending copies are dropped and `copies` queued, in one
    /// transaction (none: the copies stop).
    async fn replan_copies(&self, grant: &GrantId, copies: &[Delivery], now: Timestamp) -> StoreResult<()>;
}
