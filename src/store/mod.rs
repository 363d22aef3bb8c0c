//! Storage. `Store` is the one way the rest of Portico reads and writes durable state; it has
//! a SQLite and a PostgreSQL implementation, chosen once at start from the database URL.
//! Storage never renders text and never decides policy: it records what the domain decided,
//! atomically. SQLite's hot paths (redemption, landing, ingest, dispatch) run through rusqlite,
//! on the writer thread and inline readers; the rest, on both, through sqlx (`docs/ARCHITECTURE.md`,
//! Storage). Each hot statement is one `const` with `$N` placeholders (`sql/`), run by sqlx on
//! PostgreSQL and by rusqlite on SQLite as `?N` (`sql/placeholders.rs`), its columns checked by a
//! test against its row type. The cold SQL is written once, per entity, in macros for both.

pub mod backup;
mod caregivers;
mod connect;
mod dispatch;
mod error;
mod imports;
pub(crate) mod live_bus;
mod migrate;
pub mod migrate_data;
mod outbound;
mod postgres;
mod records;
mod sql;
mod sqlite;
mod teams;

pub use caregivers::{CaregiverStore, CopyContact, GrantLink};
pub use connect::connect;
pub use dispatch::{Claimed, DispatchStore, Finish, ReportOnce, StatusReport};
pub use error::{FOREIGN_KEY, StoreError};
pub use imports::{ExternalKind, ImportStore, NewRecord};
pub use live_bus::LiveSignal;
pub use outbound::{WebhookAttempt, WebhookEndpoint, WebhookMessage, WebhookOutcome, WebhookStore};
pub use postgres::PgStore;
pub use records::*;
pub use sql::inbox_view_sql;
pub use sqlite::SqliteStore;
pub use teams::{CareTeamStore, DueReply, EscalationChange};

use crate::domain::{AppointmentId, ClinicId, DeliveryId, LinkId, PatientId, ThreadId};
use jiff::Timestamp;
use std::sync::Arc;

pub type StoreResult<T> = Result<T, StoreError>;

/// Everything Portico keeps. Methods that take a `ClinicId` only ever see that clinic's rows.
#[async_trait::async_trait]
pub trait Store:
    CareTeamStore + CaregiverStore + DispatchStore + ImportStore + WebhookStore + Send + Sync + 'static
{
    /// Which backend this is (`sqlite` or `postgres`), for logs and metrics.
    fn backend(&self) -> &'static str;
    async fn migrate(&self) -> StoreResult<()>;
    async fn ping(&self) -> StoreResult<()>;

    // Clinics and their API keys.
    async fn create_clinic(&self, clinic: &Clinic, api_key_hash: &[u8], key_prefix: &str) -> StoreResult<()>;
    async fn add_api_key(
        &self,
        clinic: &ClinicId,
        api_key_hash: &[u8],
        key_prefix: &str,
        now: Timestamp,
    ) -> StoreResult<()>;
    async fn clinic_by_api_key(&self, api_key_hash: &[u8]) -> StoreResult<Option<Clinic>>;
    async fn clinic(&self, id: &ClinicId) -> StoreResult<Option<Clinic>>;
    async fn clinic_by_name(&self, name: &str) -> StoreResult<Option<Clinic>>;
    /// The clinic, when this Portico serves exactly one.
    async fn sole_clinic(&self) -> StoreResult<Option<ClinicId>>;

    // The care team.
    async fn insert_staff(&self, member: &StaffMember) -> StoreResult<()>;
    async fn staff(&self, clinic: &ClinicId) -> StoreResult<Vec<StaffMember>>;

    // Patients, each with a default message thread.
    async fn insert_patient(&self, patient: &Patient, thread: &ThreadId) -> StoreResult<()>;
    async fn patient(&self, clinic: &ClinicId, id: &PatientId) -> StoreResult<Option<Patient>>;
    /// A patient with their care grants (`grants_for_patient`): what planning reminders reads.
    async fn patient_with_grants(&self, clinic: &ClinicId, id: &PatientId) -> StoreResult<Option<PatientGrants>> {
        let Some(patient) = self.patient(clinic, id).await? else { return Ok(None) };
        Ok(Some((patient, self.grants_for_patient(clinic, id).await?)))
    }
    async fn update_patient(&self, patient: &Patient) -> StoreResult<()>;
    async fn patients(&self, clinic: &ClinicId) -> StoreResult<Vec<Patient>>;
    /// Patients in any clinic with this phone (`Channel::Sms`) or email, at most `limit`.
    async fn patients_by_contact(
        &self,
        channel: crate::domain::Channel,
        address: &str,
        limit: i64,
    ) -> StoreResult<Vec<Patient>>;

    // Appointments.
    /// Store an appointment, its planned reminders and the audit event saying who made it,
    /// together (on PostgreSQL in one statement: one round trip). With `kept`, the same write
    /// reserves the request's `Idempotency-Key` and keeps its answer: `Fresh` says it wrote;
    /// anything else is what the key already held, and nothing was written.
    async fn insert_appointment(
        &self,
        appointment: &Appointment,
        reminders: &[Delivery],
        audit: Option<&AuditEvent>,
        kept: Option<&KeptAnswer>,
    ) -> StoreResult<IdempotencyBegin>;
    async fn appointment(&self, clinic: &ClinicId, id: &AppointmentId) -> StoreResult<Option<Appointment>>;
    async fn update_appointment(&self, appointment: &Appointment, change: &AppointmentChange) -> StoreResult<()>;
    async fn update_clinic_settings(&self, clinic: &Clinic) -> StoreResult<()>;
    /// Deliveries of a purpose that went out to a patient on a channel in `[since, until)`.
    async fn count_sent(
        &self,
        patient: &PatientId,
        purpose: crate::domain::DeliveryPurpose,
        channel: crate::domain::Channel,
        since: Timestamp,
        until: Timestamp,
    ) -> StoreResult<i64>;
    /// A message, with its alert and audit row if any, in one transaction (so the event an audit row makes commits with it).
    async fn insert_message(&self, m: &Message, alert: Option<&Delivery>, e: Option<&AuditEvent>) -> StoreResult<()>;
    async fn messages(&self, clinic: &ClinicId, thread: &ThreadId) -> StoreResult<Vec<Message>>;
    async fn appointments_for(&self, clinic: &ClinicId, patient: &PatientId) -> StoreResult<Vec<Appointment>>;

    async fn thread(&self, clinic: &ClinicId, id: &ThreadId) -> StoreResult<Option<Thread>>;

    // Inbound texts.
    /// A patient's SMS the provider took at or after `since`, newest sent first, at most
    /// `limit`: what a reply from their number may answer.
    async fn sms_sent_to(&self, patient: &PatientId, since: Timestamp, limit: i64) -> StoreResult<Vec<Delivery>>;
    /// Ask a number which visit it means, replacing any question it had not answered.
    async fn ask_reply_question(&self, question: &ReplyQuestion) -> StoreResult<()>;
    /// Take the number's open question (it is answered at most once); expired ones are gone.
    async fn take_reply_question(
        &self,
        phone: &crate::domain::Phone,
        now: Timestamp,
    ) -> StoreResult<Option<ReplyQuestion>>;
    async fn insert_unmatched_text(&self, text: &UnmatchedText) -> StoreResult<()>;
    /// A clinic's unmatched texts, newest first, at most `limit`.
    async fn unmatched_texts(&self, clinic: &ClinicId, limit: i64) -> StoreResult<Vec<UnmatchedText>>;

    // Medicines and refills.
    async fn insert_medication(&self, m: &Medication) -> StoreResult<()>;
    /// A patient's listed medicines, the inactive ones too, oldest first.
    async fn medications(&self, clinic: &ClinicId, patient: &PatientId) -> StoreResult<Vec<Medication>>;
    /// Stop (or resume) offering a medicine for refills; false if there is no such medicine.
    async fn set_medication_active(
        &self,
        clinic: &ClinicId,
        id: &crate::domain::MedicationId,
        active: bool,
    ) -> StoreResult<bool>;
    /// Store a request with its first timeline step, together.
    async fn insert_refill(&self, r: &RefillRequest, actor: &str) -> StoreResult<()>;
    async fn refill(&self, clinic: &ClinicId, id: &crate::domain::RefillId) -> StoreResult<Option<RefillRequest>>;
    /// A clinic's requests, newest first, optionally of one status and/or one patient.
    async fn refills(
        &self,
        clinic: &ClinicId,
        status: Option<crate::domain::RefillStatus>,
        patient: Option<&PatientId>,
        limit: i64,
    ) -> StoreResult<Vec<RefillRequest>>;
    async fn refill_events(&self, id: &crate::domain::RefillId) -> StoreResult<Vec<RefillEvent>>;
    /// Move a request from `from` to `r.status`, add the timeline step and queue the
    /// patient's notice, in one transaction; false (and nothing changed) if it was no longer
    /// at `from`.
    async fn move_refill(
        &self,
        r: &RefillRequest,
        from: crate::domain::RefillStatus,
        event: &RefillEvent,
        notices: &[Delivery],
    ) -> StoreResult<bool>;

    // A change of phone or email, one pending per session.
    async fn set_contact_change(
        &self,
        session: &crate::domain::SessionId,
        change: &ContactChange,
        now: Timestamp,
    ) -> StoreResult<()>;
    async fn contact_change(&self, session: &crate::domain::SessionId) -> StoreResult<Option<ContactChange>>;
    /// Count a wrong code; returns the tries so far.
    async fn contact_change_failed(&self, session: &crate::domain::SessionId) -> StoreResult<i64>;
    /// Apply the change to the patient (the new point starts healthy) and queue the notices,
    /// dropping the pending change, in one transaction.
    async fn apply_contact_change(
        &self,
        session: &crate::domain::SessionId,
        patient: &Patient,
        notices: &[Delivery],
    ) -> StoreResult<()>;

    // Deep links.
    /// Store a new link; older unused links for the same patient, purpose and subject are
    /// marked superseded in the same transaction.
    async fn insert_link(&self, link: &Link) -> StoreResult<()>;
    async fn link_by_lookup(&self, lookup: &[u8]) -> StoreResult<Option<LinkView>>;
    async fn link(&self, clinic: &ClinicId, id: &LinkId) -> StoreResult<Option<Link>>;
    async fn revoke_link(&self, clinic: &ClinicId, id: &LinkId, now: Timestamp) -> StoreResult<bool>;
    /// Mark the link used, start a session and record `link.redeemed` in the audit trail,
    /// atomically: of any number of concurrent calls for one link, across processes, at most
    /// one gets `Consumed`.
    async fn consume_link(&self, lookup: &[u8], now: Timestamp, session: &NewSession) -> StoreResult<Consume>;
    /// Count one try of a code against every link that can still be used at `now` and is
    /// filed under this locator made with key `key_id`; returns them with their tries so far,
    /// this one included. Parallel calls each see the tries before them.
    async fn try_link_code(&self, locator: &[u8], key_id: u8, now: Timestamp) -> StoreResult<Vec<(Link, i64)>>;
    /// Links filed under this locator and key, used or not, expiring after `expiring_after`;
    /// newest first, at most `limit` (adds no try).
    async fn links_by_code(
        &self,
        locator: &[u8],
        key_id: u8,
        expiring_after: Timestamp,
        limit: i64,
    ) -> StoreResult<Vec<Link>>;

    // Sessions.
    async fn session(&self, id_hash: &[u8]) -> StoreResult<Option<Session>>;
    async fn touch_session(&self, id_hash: &[u8], now: Timestamp) -> StoreResult<()>;
    async fn end_session(&self, id_hash: &[u8], now: Timestamp) -> StoreResult<()>;
    /// Keep a step-up code for a session (replacing any earlier one).
    async fn set_step_up_code(
        &self,
        session: &crate::domain::SessionId,
        code_hash: &[u8],
        channel: &str,
        expires_at: Timestamp,
        now: Timestamp,
    ) -> StoreResult<()>;
    /// The session's code: hash, channel, expiry.
    async fn step_up_code(
        &self,
        session: &crate::domain::SessionId,
    ) -> StoreResult<Option<(Vec<u8>, String, Timestamp)>>;
    /// End the session `old_hash` and start `new` in its place, with the same purpose, subject
    /// and link, stepped up at `now` (a fresh id: no fixation): for the same patient, or for
    /// `as_patient` (a household session opening one patient's visit, after that patient's
    /// date of birth). False if the old one is not live.
    async fn step_up(
        &self,
        old_hash: &[u8],
        new: &NewSession,
        as_patient: Option<&PatientId>,
        now: Timestamp,
    ) -> StoreResult<bool>;
    /// How many hits a bucket has had since `since` (adds none).
    async fn count_hits(&self, bucket: &str, since: Timestamp) -> StoreResult<i64>;
    /// Forget a rate bucket (after a success that resets a failure count).
    async fn rate_reset(&self, bucket: &str) -> StoreResult<()>;
    /// How many sessions a patient has that are live at `now`.
    async fn live_sessions(&self, patient: &PatientId, now: Timestamp) -> StoreResult<i64>;

    // People, passkeys and WebAuthn ceremonies.
    /// The person who is this patient, linking `new_person` to the record if none is yet.
    async fn person_for_patient(
        &self,
        clinic: &ClinicId,
        patient: &PatientId,
        new_person: &crate::domain::PersonId,
        now: Timestamp,
    ) -> StoreResult<crate::domain::PersonId>;
    async fn person_of(&self, clinic: &ClinicId, patient: &PatientId) -> StoreResult<Option<crate::domain::PersonId>>;
    /// The patient record a person's sign-in opens: with several, the most recently used.
    async fn patient_of_person(&self, person: &crate::domain::PersonId) -> StoreResult<Option<(ClinicId, PatientId)>>;
    /// A credential id already registered (to anyone) is `Conflict("passkeys.credential_id")`.
    async fn insert_passkey(&self, passkey: &crate::domain::StoredPasskey) -> StoreResult<()>;
    async fn passkeys_of(&self, person: &crate::domain::PersonId) -> StoreResult<Vec<crate::domain::StoredPasskey>>;
    async fn passkey_by_credential(&self, credential_id: &[u8]) -> StoreResult<Option<crate::domain::StoredPasskey>>;
    /// Record a sign-in with a passkey, storing its updated credential and flag when given.
    async fn passkey_used(
        &self,
        id: &crate::domain::PasskeyId,
        passkey: Option<(&str, bool)>,
        now: Timestamp,
    ) -> StoreResult<()>;
    async fn rename_passkey(
        &self,
        person: &crate::domain::PersonId,
        id: &crate::domain::PasskeyId,
        name: &crate::domain::ShortText,
    ) -> StoreResult<bool>;
    async fn delete_passkey(
        &self,
        person: &crate::domain::PersonId,
        id: &crate::domain::PasskeyId,
    ) -> StoreResult<bool>;
    async fn insert_ceremony(&self, ceremony: &crate::domain::Ceremony) -> StoreResult<()>;
    /// Take a ceremony once: it is deleted whether or not it is still live; `None` when it is
    /// unknown, already taken or expired.
    async fn take_ceremony(&self, id_hash: &[u8], now: Timestamp) -> StoreResult<Option<crate::domain::Ceremony>>;
    /// A stepped-up session that no link started (a passkey sign-in).
    async fn start_signed_in_session(
        &self,
        clinic: &ClinicId,
        patient: &PatientId,
        new: &NewSession,
    ) -> StoreResult<()>;

    // Caregiver grants.
    /// Store a new grant with its invitation, together.
    async fn insert_grant(
        &self,
        grant: &crate::domain::CareGrant,
        invitation: &crate::domain::GrantInvitation,
    ) -> StoreResult<()>;
    /// A grant by id, in any clinic: callers check the clinic or the grantee.
    async fn grant(&self, id: &crate::domain::GrantId) -> StoreResult<Option<crate::domain::CareGrant>>;
    /// Every grant a patient gave or the clinic gave for them, oldest first.
    async fn grants_for_patient(
        &self,
        clinic: &ClinicId,
        patient: &PatientId,
    ) -> StoreResult<Vec<crate::domain::CareGrant>>;
    /// Every grant a person accepted, oldest first.
    async fn grants_of_person(&self, person: &crate::domain::PersonId) -> StoreResult<Vec<crate::domain::CareGrant>>;
    /// Store what a grant's rules changed (scopes, expiry, reminder copies, evidence, status);
    /// false if the clinic has no such grant.
    async fn update_grant(&self, grant: &crate::domain::CareGrant) -> StoreResult<bool>;
    async fn grant_used(&self, id: &crate::domain::GrantId, now: Timestamp) -> StoreResult<()>;
    /// An invitation by the hash of its link's secret.
    async fn grant_invitation(&self, token_hash: &[u8]) -> StoreResult<Option<crate::domain::GrantInvitation>>;
    /// Keep the code sent to the invited contact point (replacing an earlier one; the wrong
    /// tries so far stay counted).
    async fn set_invitation_code(
        &self,
        grant: &crate::domain::GrantId,
        code_hash: &[u8],
        expires_at: Timestamp,
    ) -> StoreResult<()>;
    /// Count a wrong code; returns the tries so far.
    async fn invitation_code_failed(&self, grant: &crate::domain::GrantId) -> StoreResult<i64>;
    /// Accept an invitation, in one transaction: use it (once, unexpired), make the person who
    /// proved its contact point (or `new_person`, with that point) the grantee, activate the
    /// grant and start a caregiver session (`session`'s hash and limits; its id is not kept).
    /// None, and nothing changed, when the invitation was used or expired or the grant is no
    /// longer invited.
    async fn accept_grant(
        &self,
        grant: &crate::domain::GrantId,
        new_person: &crate::domain::PersonId,
        session: &NewSession,
        now: Timestamp,
    ) -> StoreResult<Option<crate::domain::PersonId>>;
    async fn caregiver_session(&self, id_hash: &[u8]) -> StoreResult<Option<crate::domain::CaregiverSession>>;
    /// Move a live caregiver session's idle limit on by the time since it was last seen.
    async fn touch_caregiver_session(&self, id_hash: &[u8], now: Timestamp) -> StoreResult<()>;
    async fn end_caregiver_session(&self, id_hash: &[u8], now: Timestamp) -> StoreResult<()>;

    // Audit trail.
    async fn record_audit(&self, event: &AuditEvent) -> StoreResult<()>;
    async fn audit_events(&self, clinic: Option<&ClinicId>, limit: i64) -> StoreResult<Vec<AuditEvent>>;
    /// A page of a clinic's audit trail, newest first, at most `limit`.
    async fn audit_page(&self, clinic: &ClinicId, filter: &AuditFilter, limit: i64) -> StoreResult<Vec<AuditEvent>>;

    // Idempotency of API POSTs.
    async fn idempotency_begin(
        &self,
        clinic: &ClinicId,
        key: &str,
        request_hash: &[u8],
        now: Timestamp,
    ) -> StoreResult<IdempotencyBegin>;
    async fn idempotency_finish(&self, clinic: &ClinicId, key: &str, status: u16, body: &[u8]) -> StoreResult<()>;
    async fn idempotency_abandon(&self, clinic: &ClinicId, key: &str) -> StoreResult<()>;

    // Provider webhooks, acted on once per key.
    /// Claim `key` at `now`: `Fresh` for exactly one of any number of concurrent callers, across
    /// processes. A claim unfinished since before `stale_before` (its process died) is given
    /// up first, and so is every receipt older than `forget_before`.
    async fn webhook_begin(
        &self,
        key: &str,
        now: Timestamp,
        stale_before: Timestamp,
        forget_before: Timestamp,
    ) -> StoreResult<WebhookBegin>;
    /// Keep the answer a `Fresh` claim gave, for its repeats.
    async fn webhook_finish(&self, key: &str, answer: &str) -> StoreResult<()>;
    /// Give up a `Fresh` claim that failed, so that the provider's retry acts again.
    async fn webhook_abandon(&self, key: &str) -> StoreResult<()>;

    // Rate limiting shared by every process: record one hit and tell how many the bucket
    // has had since `since` (this one included).
    async fn rate_hit(&self, bucket: &str, now: Timestamp, since: Timestamp) -> StoreResult<i64>;

    // Deliveries: the outbox and the delivery log.
    async fn insert_deliveries(&self, deliveries: &[Delivery]) -> StoreResult<()>;
    /// Record the outcome of a claimed delivery, if the row still carries `claim` (the
    /// delivery's fencing token when it was claimed) and is still `sending`. False, and
    /// nothing recorded, when a status report settled it first or its lease ran out and a
    /// later claim took it.
    async fn finish_delivery(&self, id: &DeliveryId, claim: i64, outcome: &DeliveryOutcome) -> StoreResult<bool>;
    /// Move the lease of a delivery still held under `claim` to `lease_until`; false when the
    /// claim is no longer this dispatcher's.
    async fn extend_lease(&self, id: &DeliveryId, claim: i64, lease_until: Timestamp) -> StoreResult<bool>;
    /// Put an `undelivered` delivery back in the queue, due at `due_at`, for a temporary
    /// failure the provider reported after taking it. False if it was not `undelivered`.
    async fn requeue_delivery(
        &self,
        id: &DeliveryId,
        due_at: Timestamp,
        error_code: &str,
        now: Timestamp,
    ) -> StoreResult<bool>;
    async fn delivery(&self, clinic: &ClinicId, id: &DeliveryId) -> StoreResult<Option<Delivery>>;
    /// Whether a delivery other than `except` already records this provider id (a Twilio SID).
    async fn provider_id_taken(&self, provider_id: &str, except: &DeliveryId) -> StoreResult<bool>;
    /// SMS reminders waiting (pending, or claimed and not settled) for a clinic's other patients
    /// whose phone is `phone`, due by `due_until`, soonest first, at most `limit`: what a
    /// household reminder may carry.
    async fn household_reminders(
        &self,
        clinic: &ClinicId,
        phone: &str,
        except: &PatientId,
        due_until: Timestamp,
        limit: i64,
    ) -> StoreResult<Vec<Delivery>>;
    /// Claim these pending deliveries for a household reminder (as `claim_for_dispatch` does);
    /// those another dispatcher took first are not returned.
    async fn claim_for_digest(
        &self,
        ids: &[DeliveryId],
        now: Timestamp,
        lease_until: Timestamp,
    ) -> StoreResult<Vec<Delivery>>;
    /// Settle deliveries claimed for a household reminder, under their claims: sent inside
    /// `lead`'s SMS, or (`sent` false) back to pending with the attempt given back.
    async fn finish_in_digest(
        &self,
        members: &[Delivery],
        lead: &DeliveryId,
        sent: bool,
        now: Timestamp,
    ) -> StoreResult<()>;
    /// Provider-accepted deliveries never confirmed as delivered since before `cutoff`, not yet
    /// followed up; each is marked as followed up as it is returned.
    async fn take_unconfirmed(&self, cutoff: Timestamp, limit: i64) -> StoreResult<Vec<Delivery>>;
    /// When a delivery next becomes claimable (the earliest pending due time or running-out lease).
    async fn next_claimable(&self) -> StoreResult<Option<Timestamp>>;
    async fn deliveries_for(&self, clinic: &ClinicId, patient: &PatientId, limit: i64) -> StoreResult<Vec<Delivery>>;
    /// Flag a patient's contact point.
    async fn set_contact_status(
        &self,
        patient: &PatientId,
        channel: crate::domain::Channel,
        status: crate::domain::ContactStatus,
        now: Timestamp,
    ) -> StoreResult<()>;

    // Staff sign-in.
    async fn staff_member(&self, clinic: &ClinicId, id: &crate::domain::StaffId) -> StoreResult<Option<StaffMember>>;
    /// The staff members with this email, in every clinic.
    async fn staff_by_email(&self, email: &crate::domain::Email) -> StoreResult<Vec<StaffMember>>;
    async fn insert_staff_token(&self, token: &StaffToken) -> StoreResult<()>;
    async fn staff_token(&self, token_hash: &[u8]) -> StoreResult<Option<StaffToken>>;
    /// A staff member's sign-in emails still usable at `now`, newest first.
    async fn live_sign_in_tokens(&self, staff: &crate::domain::StaffId, now: Timestamp)
    -> StoreResult<Vec<StaffToken>>;
    /// Use a one-time staff email and start `session` (stored under `id_hash`) in one
    /// transaction; an invitation also marks its member as having accepted. False, and
    /// nothing changed, if the token was used or had expired (of concurrent calls, one wins).
    async fn use_staff_token(
        &self,
        token_id: &str,
        session: &StaffSession,
        id_hash: &[u8],
        now: Timestamp,
    ) -> StoreResult<bool>;
    async fn staff_session(&self, id_hash: &[u8]) -> StoreResult<Option<StaffSession>>;
    /// Move a live staff session's idle limit on by the time since it was last seen.
    async fn touch_staff_session(&self, id_hash: &[u8], now: Timestamp) -> StoreResult<()>;
    async fn end_staff_session(&self, id_hash: &[u8], now: Timestamp) -> StoreResult<()>;

    // The shared inbox.
    /// One page of a view of the clinic's inbox (threads that hold a message): newest last
    /// message first, or for `Overdue` the longest overdue first.
    async fn inbox(
        &self,
        clinic: &ClinicId,
        query: &crate::domain::InboxQuery,
    ) -> StoreResult<Vec<ConversationSummary>>;
    /// Where the clinic's thread stands (open and unassigned until someone works it).
    async fn conversation(&self, clinic: &ClinicId, thread: &ThreadId) -> StoreResult<Option<Conversation>>;
    async fn save_conversation(&self, conversation: &Conversation) -> StoreResult<()>;
    /// Add an internal note (with a `conversation` event, so open staff pages show it).
    async fn insert_note(&self, note: &crate::domain::ConversationNote) -> StoreResult<()>;
    /// The clinic's saved replies, by title; one of them; write one (new or changed); remove
    /// one (false if there was none).
    async fn saved_replies(&self, clinic: &ClinicId) -> StoreResult<Vec<crate::domain::SavedReply>>;
    async fn saved_reply(&self, clinic: &ClinicId, id: &str) -> StoreResult<Option<crate::domain::SavedReply>>;
    async fn save_saved_reply(&self, reply: &crate::domain::SavedReply) -> StoreResult<()>;
    async fn delete_saved_reply(&self, clinic: &ClinicId, id: &str) -> StoreResult<bool>;
    /// The conversation's internal notes, oldest first.
    async fn notes(&self, clinic: &ClinicId, thread: &ThreadId) -> StoreResult<Vec<crate::domain::ConversationNote>>;

    // Live updates: every change an open page shows writes an event in its own transaction
    // (`insert_message`, `save_conversation`, `mark_thread_read`, ending a session).
    /// Events of every clinic after id `after`, in id order, at most `limit`.
    async fn live_events_after(&self, after: i64, limit: i64) -> StoreResult<Vec<crate::domain::LiveEvent>>;
    /// The clinic's events after `after` (of one thread when given), in id order.
    async fn live_events_for(
        &self,
        clinic: &ClinicId,
        thread: Option<&ThreadId>,
        after: i64,
        limit: i64,
    ) -> StoreResult<Vec<crate::domain::LiveEvent>>;
    /// The id of the latest event (0 before the first).
    async fn last_live_event(&self) -> StoreResult<i64>;
    /// What tells this process that events were committed or someone is typing (on
    /// PostgreSQL, by any process; the first call starts the listener).
    async fn live_signals(&self) -> StoreResult<tokio::sync::broadcast::Receiver<LiveSignal>>;
    /// Tell every process's streams that someone is typing. Nothing is stored.
    async fn publish_typing(&self, typing: &crate::domain::Typing) -> StoreResult<()>;
    /// The patient had their thread open at `at` (a `read` event, if later than before).
    async fn mark_thread_read(&self, clinic: &ClinicId, thread: &ThreadId, at: Timestamp) -> StoreResult<()>;
    /// When the patient last had their thread open.
    async fn thread_read_at(&self, clinic: &ClinicId, thread: &ThreadId) -> StoreResult<Option<Timestamp>>;
    /// One message of the clinic.
    async fn message(&self, clinic: &ClinicId, id: &crate::domain::MessageId) -> StoreResult<Option<Message>>;

    // Promised reply times.
    /// The clinic's business calendar and reply policy as it set them (`None` for either it
    /// has not set: the caller applies the defaults).
    async fn reply_settings(
        &self,
        clinic: &ClinicId,
    ) -> StoreResult<(Option<crate::domain::CalendarSpec>, Option<crate::domain::ReplyPolicySpec>)>;
    /// Keep a new calendar and/or policy (`None` leaves that one as it was) and the clocks
    /// worked out again under them, in one transaction.
    async fn save_reply_settings(
        &self,
        clinic: &ClinicId,
        calendar: Option<&crate::domain::CalendarSpec>,
        policy: Option<&crate::domain::ReplyPolicySpec>,
        clocks: &[(ThreadId, crate::domain::ReplyClock)],
        now: Timestamp,
    ) -> StoreResult<()>;
    /// A thread's reply clock (stopped if no one has started it); `None` if the clinic has
    /// no such thread.
    async fn reply_clock(&self, clinic: &ClinicId, thread: &ThreadId)
    -> StoreResult<Option<crate::domain::ReplyClock>>;
    /// Keep a thread's reply clock (nothing happens for another clinic's thread).
    async fn save_reply_clock(
        &self,
        clinic: &ClinicId,
        thread: &ThreadId,
        clock: &crate::domain::ReplyClock,
        now: Timestamp,
    ) -> StoreResult<()>;
    /// Tell open inboxes of each conversation whose reply fell due in (`since`, `now`] and
    /// was not announced for that due time yet: a `conversation` event each (ref
    /// `OVERDUE_REF`), at most `limit`, each due time once however many processes ask.
    async fn announce_overdue(&self, since: Timestamp, now: Timestamp, limit: i64) -> StoreResult<usize>;
    /// The patient could see a reply: keep the answer (`episode`) and the stopped clock, in one
    /// transaction.
    async fn record_reply(
        &self,
        episode: &crate::domain::ReplyEpisode,
        clock: &crate::domain::ReplyClock,
        now: Timestamp,
    ) -> StoreResult<()>;
    /// The clinic's answers to messages first unanswered in [`from`, `to`), at most `limit`.
    async fn reply_episodes(
        &self,
        clinic: &ClinicId,
        from: Timestamp,
        to: Timestamp,
        team: Option<&str>,
        limit: i64,
    ) -> StoreResult<Vec<crate::domain::ReplyEpisode>>;
    /// Per category, the clinic's conversations owed a reply now, and how many of them are late.
    async fn reply_counts(
        &self,
        clinic: &ClinicId,
        team: Option<&str>,
        now: Timestamp,
    ) -> StoreResult<Vec<(crate::domain::ReplyCategory, i64, i64)>>;
    /// The clinic's clocks that are counting (a reply owed, not waiting on the patient).
    async fn running_reply_clocks(&self, clinic: &ClinicId) -> StoreResult<Vec<(ThreadId, crate::domain::ReplyClock)>>;

    // The dev outbox.
    async fn dev_outbox_push(&self, message: &OutboxMessage) -> StoreResult<()>;
    async fn dev_outbox(&self) -> StoreResult<Vec<OutboxMessage>>;
}

pub type DynStore = Arc<dyn Store>;
