//! The SQL both backends share. `$N` placeholders work on SQLite and PostgreSQL alike;
//! times are `BIGINT` milliseconds, ids `TEXT`, hashes `BLOB`/`BYTEA`. Each backend expands
//! `sql_store!` into its `Store` impl and adds the methods where the databases differ.

use super::records::*;
use super::{StoreError, StoreResult};
use crate::domain::{
    AppointmentId, AppointmentStatus, BirthDate, Channel, ChannelList, ClinicId, DeliveryId, DeliveryPurpose,
    DeliveryStatus, Email, EventId, LinkId, Locale, PatientId, PersonName, Phone, Purpose, QuietHours,
    ReminderSchedule, SessionId, ShortText, StaffId, ThreadId, TimeZone,
};
use jiff::Timestamp;

pub(super) fn ms(t: Timestamp) -> i64 {
    t.as_millisecond()
}

pub(super) fn opt_ms(t: Option<Timestamp>) -> Option<i64> {
    t.map(ms)
}

pub(super) fn ts(v: i64) -> StoreResult<Timestamp> {
    Timestamp::from_millisecond(v).map_err(|e| StoreError::Corrupt(format!("time {v}: {e}")))
}

pub(super) fn opt_ts(v: Option<i64>) -> StoreResult<Option<Timestamp>> {
    v.map(ts).transpose()
}

pub(super) fn corrupt(what: &str, e: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(format!("{what}: {e}"))
}

fn opt_text(v: Option<String>, what: &str) -> StoreResult<Option<ShortText>> {
    v.map(|s| ShortText::parse(&s).map_err(|e| corrupt(what, e))).transpose()
}

#[derive(sqlx::FromRow)]
pub(super) struct ClinicRow {
    pub(super) id: String,
    pub(super) name: String,
    pub(super) phone: Option<String>,
    pub(super) time_zone: String,
    pub(super) reminder_offsets: String,
    pub(super) quiet_start_minute: i64,
    pub(super) quiet_end_minute: i64,
    pub(super) daily_reminder_cap: i64,
    pub(super) step_up_with_birth_date: i64,
    pub(super) brand_color: Option<String>,
    pub(super) created_at: i64,
}

impl ClinicRow {
    pub(super) fn into_clinic(self) -> StoreResult<Clinic> {
        Ok(Clinic {
            id: ClinicId::from_trusted(self.id),
            name: self.name,
            phone: self.phone.map(|p| Phone::parse(&p).map_err(|e| corrupt("clinic phone", e))).transpose()?,
            time_zone: TimeZone::parse(&self.time_zone).map_err(|e| corrupt("clinic time zone", e))?,
            reminders: ReminderSchedule::parse_stored(&self.reminder_offsets).map_err(|e| corrupt("reminders", e))?,
            quiet_hours: QuietHours::new(self.quiet_start_minute, self.quiet_end_minute)
                .map_err(|e| corrupt("quiet hours", e))?,
            daily_reminder_cap: self.daily_reminder_cap,
            step_up_with_birth_date: self.step_up_with_birth_date != 0,
            brand_color: self
                .brand_color
                .map(|c| crate::domain::BrandColor::parse(&c).map_err(|e| corrupt("brand colour", e)))
                .transpose()?,
            created_at: ts(self.created_at)?,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(super) struct StaffRow {
    id: String,
    clinic_id: String,
    name: String,
    role: String,
    email: Option<String>,
    created_at: i64,
}

impl StaffRow {
    pub(super) fn into_member(self) -> StoreResult<StaffMember> {
        Ok(StaffMember {
            id: StaffId::from_trusted(self.id),
            clinic_id: ClinicId::from_trusted(self.clinic_id),
            name: PersonName::parse(&self.name).map_err(|e| corrupt("staff name", e))?,
            role: self.role,
            email: self.email.map(|p| Email::parse(&p).map_err(|e| corrupt("staff email", e))).transpose()?,
            created_at: ts(self.created_at)?,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(super) struct PatientRow {
    pub(super) id: String,
    pub(super) clinic_id: String,
    pub(super) name: String,
    pub(super) birth_date: Option<String>,
    pub(super) language: String,
    pub(super) time_zone: String,
    pub(super) channels: String,
    pub(super) created_at: i64,
    pub(super) updated_at: i64,
    pub(super) phone: Option<String>,
    pub(super) email: Option<String>,
    pub(super) phone_status: Option<String>,
    pub(super) email_status: Option<String>,
    pub(super) thread_id: Option<String>,
    pub(super) quiet_start: Option<i64>,
    pub(super) quiet_end: Option<i64>,
}

impl PatientRow {
    pub(super) fn into_patient(self) -> StoreResult<Patient> {
        let far_future = jiff::civil::date(9999, 12, 31);
        Ok(Patient {
            id: PatientId::from_trusted(self.id),
            clinic_id: ClinicId::from_trusted(self.clinic_id),
            name: PersonName::parse(&self.name).map_err(|e| corrupt("patient name", e))?,
            birth_date: self
                .birth_date
                .map(|d| BirthDate::parse(&d, far_future).map_err(|e| corrupt("birth date", e)))
                .transpose()?,
            phone: self.phone.map(|p| Phone::parse(&p).map_err(|e| corrupt("phone", e))).transpose()?,
            email: self.email.map(|p| Email::parse(&p).map_err(|e| corrupt("email", e))).transpose()?,
            language: Locale::parse(&self.language).map_err(|e| corrupt("language", e))?,
            time_zone: TimeZone::parse(&self.time_zone).map_err(|e| corrupt("time zone", e))?,
            channels: ChannelList::parse_stored(&self.channels).map_err(|e| corrupt("channels", e))?,
            phone_status: self.phone_status,
            email_status: self.email_status,
            quiet_hours: match (self.quiet_start, self.quiet_end) {
                (Some(s), Some(e)) => Some(QuietHours::new(s, e).map_err(|e| corrupt("quiet hours", e))?),
                _ => None,
            },
            thread_id: ThreadId::from_trusted(self.thread_id.ok_or_else(|| corrupt("patient", "has no thread"))?),
            created_at: ts(self.created_at)?,
            updated_at: ts(self.updated_at)?,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(super) struct MedicationRow {
    id: String,
    clinic_id: String,
    patient_id: String,
    name: String,
    instructions: Option<String>,
    active: i64,
    created_at: i64,
}

impl MedicationRow {
    pub(super) fn into_medication(self) -> StoreResult<Medication> {
        Ok(Medication {
            id: crate::domain::MedicationId::from_trusted(self.id),
            clinic_id: ClinicId::from_trusted(self.clinic_id),
            patient_id: PatientId::from_trusted(self.patient_id),
            name: self.name,
            instructions: self.instructions,
            active: self.active != 0,
            created_at: ts(self.created_at)?,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(super) struct RefillRow {
    id: String,
    clinic_id: String,
    patient_id: String,
    medication_id: Option<String>,
    medication: String,
    pharmacy: String,
    note: Option<String>,
    status: String,
    created_at: i64,
    updated_at: i64,
}

impl RefillRow {
    pub(super) fn into_refill(self) -> StoreResult<RefillRequest> {
        Ok(RefillRequest {
            id: crate::domain::RefillId::from_trusted(self.id),
            clinic_id: ClinicId::from_trusted(self.clinic_id),
            patient_id: PatientId::from_trusted(self.patient_id),
            medication_id: self.medication_id.map(crate::domain::MedicationId::from_trusted),
            medication: self.medication,
            pharmacy: self.pharmacy,
            note: self.note,
            status: crate::domain::RefillStatus::parse(&self.status).map_err(|e| corrupt("refill status", e))?,
            created_at: ts(self.created_at)?,
            updated_at: ts(self.updated_at)?,
        })
    }
}

macro_rules! refill_select {
    () => {
        "SELECT id, clinic_id, patient_id, medication_id, medication, pharmacy, note, status, created_at, updated_at \
         FROM refill_requests "
    };
}
pub(super) use refill_select;

#[derive(sqlx::FromRow)]
pub(super) struct AppointmentRow {
    pub(super) id: String,
    pub(super) clinic_id: String,
    pub(super) patient_id: String,
    pub(super) starts_at: i64,
    pub(super) duration_minutes: i64,
    pub(super) location: Option<String>,
    pub(super) provider: Option<String>,
    pub(super) status: String,
    pub(super) cancel_reason: Option<String>,
    pub(super) reminder_offsets: Option<String>,
    pub(super) bring: Option<String>,
    pub(super) created_at: i64,
    pub(super) updated_at: i64,
}

impl AppointmentRow {
    pub(super) fn into_appointment(self) -> StoreResult<Appointment> {
        Ok(Appointment {
            id: AppointmentId::from_trusted(self.id),
            clinic_id: ClinicId::from_trusted(self.clinic_id),
            patient_id: PatientId::from_trusted(self.patient_id),
            starts_at: ts(self.starts_at)?,
            duration_minutes: self.duration_minutes,
            location: opt_text(self.location, "location")?,
            provider: opt_text(self.provider, "provider")?,
            bring: opt_text(self.bring, "bring")?,
            status: AppointmentStatus::parse(&self.status).map_err(|e| corrupt("status", e))?,
            cancel_reason: opt_text(self.cancel_reason, "cancel reason")?,
            reminders: self
                .reminder_offsets
                .map(|r| ReminderSchedule::parse_stored(&r).map_err(|e| corrupt("reminders", e)))
                .transpose()?,
            created_at: ts(self.created_at)?,
            updated_at: ts(self.updated_at)?,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(super) struct ThreadRow {
    id: String,
    clinic_id: String,
    patient_id: String,
    created_at: i64,
}

impl ThreadRow {
    pub(super) fn into_thread(self) -> StoreResult<Thread> {
        Ok(Thread {
            id: ThreadId::from_trusted(self.id),
            clinic_id: ClinicId::from_trusted(self.clinic_id),
            patient_id: PatientId::from_trusted(self.patient_id),
            created_at: ts(self.created_at)?,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(super) struct LinkRow {
    pub(super) id: String,
    pub(super) clinic_id: String,
    pub(super) patient_id: String,
    pub(super) purpose: String,
    pub(super) subject_id: Option<String>,
    pub(super) lookup: Vec<u8>,
    pub(super) key_id: i64,
    pub(super) created_at: i64,
    pub(super) expires_at: i64,
    pub(super) consumed_at: Option<i64>,
    pub(super) revoked_at: Option<i64>,
    pub(super) superseded_at: Option<i64>,
}

impl LinkRow {
    pub(super) fn into_link(self) -> StoreResult<Link> {
        Ok(Link {
            id: LinkId::from_trusted(self.id),
            clinic_id: ClinicId::from_trusted(self.clinic_id),
            patient_id: PatientId::from_trusted(self.patient_id),
            purpose: Purpose::parse(&self.purpose).map_err(|e| corrupt("purpose", e))?,
            subject_id: self.subject_id,
            lookup: self.lookup,
            key_id: u8::try_from(self.key_id).map_err(|e| corrupt("key id", e))?,
            created_at: ts(self.created_at)?,
            expires_at: ts(self.expires_at)?,
            consumed_at: opt_ts(self.consumed_at)?,
            revoked_at: opt_ts(self.revoked_at)?,
            superseded_at: opt_ts(self.superseded_at)?,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(super) struct LinkViewRow {
    #[sqlx(flatten)]
    pub(super) link: LinkRow,
    pub(super) clinic_name: String,
    pub(super) language: String,
}

impl LinkViewRow {
    pub(super) fn into_view(self) -> StoreResult<LinkView> {
        Ok(LinkView {
            link: self.link.into_link()?,
            clinic_name: self.clinic_name,
            language: Locale::parse(&self.language).map_err(|e| corrupt("language", e))?,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(super) struct SessionRow {
    pub(super) id: String,
    pub(super) clinic_id: String,
    pub(super) patient_id: String,
    pub(super) link_id: Option<String>,
    pub(super) purpose: String,
    pub(super) subject_id: Option<String>,
    pub(super) created_at: i64,
    pub(super) last_seen_at: i64,
    pub(super) idle_expires_at: i64,
    pub(super) expires_at: i64,
    pub(super) ended_at: Option<i64>,
    pub(super) stepped_up_at: Option<i64>,
}

impl SessionRow {
    pub(super) fn into_session(self) -> StoreResult<Session> {
        Ok(Session {
            id: SessionId::from_trusted(self.id),
            clinic_id: ClinicId::from_trusted(self.clinic_id),
            patient_id: PatientId::from_trusted(self.patient_id),
            link_id: self.link_id.map(LinkId::from_trusted),
            purpose: Purpose::parse(&self.purpose).map_err(|e| corrupt("purpose", e))?,
            subject_id: self.subject_id,
            created_at: ts(self.created_at)?,
            last_seen_at: ts(self.last_seen_at)?,
            idle_expires_at: ts(self.idle_expires_at)?,
            expires_at: ts(self.expires_at)?,
            ended_at: opt_ts(self.ended_at)?,
            stepped_up_at: opt_ts(self.stepped_up_at)?,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(super) struct AuditRow {
    id: String,
    at: i64,
    clinic_id: Option<String>,
    actor: String,
    action: String,
    subject: Option<String>,
    detail: Option<String>,
}

impl AuditRow {
    pub(super) fn into_event(self) -> StoreResult<AuditEvent> {
        Ok(AuditEvent {
            id: EventId::from_trusted(self.id),
            at: ts(self.at)?,
            clinic_id: self.clinic_id.map(ClinicId::from_trusted),
            actor: self.actor,
            action: self.action,
            subject: self.subject,
            detail: self.detail,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(super) struct DeliveryRow {
    pub(super) id: String,
    pub(super) clinic_id: String,
    pub(super) patient_id: String,
    pub(super) purpose: String,
    pub(super) channel: String,
    pub(super) link_purpose: Option<String>,
    pub(super) subject_id: Option<String>,
    pub(super) appointment_id: Option<String>,
    pub(super) urgent: i64,
    pub(super) status: String,
    pub(super) attempts: i64,
    pub(super) due_at: i64,
    pub(super) not_after: Option<i64>,
    pub(super) lease_until: Option<i64>,
    pub(super) provider_id: Option<String>,
    pub(super) error_code: Option<String>,
    pub(super) segments: Option<i64>,
    pub(super) fallback_of: Option<String>,
    pub(super) created_at: i64,
    pub(super) updated_at: i64,
    pub(super) sent_at: Option<i64>,
    pub(super) delivered_at: Option<i64>,
}

impl DeliveryRow {
    pub(super) fn into_delivery(self) -> StoreResult<Delivery> {
        Ok(Delivery {
            id: DeliveryId::from_trusted(self.id),
            clinic_id: ClinicId::from_trusted(self.clinic_id),
            patient_id: PatientId::from_trusted(self.patient_id),
            purpose: DeliveryPurpose::parse(&self.purpose).map_err(|e| corrupt("delivery purpose", e))?,
            channel: Channel::parse(&self.channel).map_err(|e| corrupt("channel", e))?,
            link_purpose: self
                .link_purpose
                .map(|p| Purpose::parse(&p).map_err(|e| corrupt("link purpose", e)))
                .transpose()?,
            subject_id: self.subject_id,
            appointment_id: self.appointment_id.map(AppointmentId::from_trusted),
            urgent: self.urgent != 0,
            status: DeliveryStatus::parse(&self.status).map_err(|e| corrupt("delivery status", e))?,
            attempts: self.attempts,
            due_at: ts(self.due_at)?,
            not_after: opt_ts(self.not_after)?,
            lease_until: opt_ts(self.lease_until)?,
            provider_id: self.provider_id,
            error_code: self.error_code,
            segments: self.segments,
            fallback_of: self.fallback_of.map(DeliveryId::from_trusted),
            created_at: ts(self.created_at)?,
            updated_at: ts(self.updated_at)?,
            sent_at: opt_ts(self.sent_at)?,
            delivered_at: opt_ts(self.delivered_at)?,
        })
    }
}

macro_rules! delivery_columns {
    () => {
        "id, clinic_id, patient_id, purpose, channel, link_purpose, subject_id, appointment_id, urgent, status, attempts, \
         due_at, not_after, lease_until, provider_id, error_code, segments, fallback_of, created_at, updated_at, sent_at, \
         delivered_at"
    };
}
pub(super) use delivery_columns;

#[derive(sqlx::FromRow)]
pub(super) struct OutboxRow {
    channel: String,
    to_address: String,
    subject: Option<String>,
    body: String,
    created_at: i64,
    clinic_id: Option<String>,
    patient_id: Option<String>,
}

impl OutboxRow {
    pub(super) fn into_message(self) -> StoreResult<OutboxMessage> {
        Ok(OutboxMessage {
            channel: self.channel,
            to: self.to_address,
            subject: self.subject,
            body: self.body,
            created_at: ts(self.created_at)?,
            clinic_id: self.clinic_id,
            patient_id: self.patient_id,
        })
    }
}

macro_rules! patient_select {
    () => {
        "SELECT p.id, p.clinic_id, p.name, p.birth_date, p.language, p.time_zone, p.channels, \
     p.created_at, p.updated_at, ph.address AS phone, em.address AS email, \
         ph.status AS phone_status, em.status AS email_status, p.quiet_start, p.quiet_end, \
     (SELECT t.id FROM threads t WHERE t.patient_id = p.id ORDER BY t.created_at, t.id LIMIT 1) AS thread_id \
     FROM patients p \
     LEFT JOIN contact_points ph ON ph.patient_id = p.id AND ph.channel = 'sms' \
     LEFT JOIN contact_points em ON em.patient_id = p.id AND em.channel = 'email' "
    };
}
pub(super) use patient_select;

macro_rules! link_columns {
    () => {
        "l.id, l.clinic_id, l.patient_id, l.purpose, l.subject_id, l.lookup, l.key_id, \
         l.created_at, l.expires_at, l.consumed_at, l.revoked_at, l.superseded_at"
    };
}
pub(super) use link_columns;

/// The same columns unqualified, for `RETURNING` (SQLite does not accept the alias there).
macro_rules! link_columns_bare {
    () => {
        "id, clinic_id, patient_id, purpose, subject_id, lookup, key_id, \
         created_at, expires_at, consumed_at, revoked_at, superseded_at"
    };
}
pub(super) use link_columns_bare;

/// Set a patient's address on a channel; a changed address starts with a clean bill of
/// health (its status back to `ok`).
macro_rules! upsert_contact_point {
    ($ex:expr, $p:expr, $channel:expr, $address:expr) => {{
        let p: &Patient = $p;
        sqlx::query(
            "INSERT INTO contact_points (patient_id, channel, address, created_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (patient_id, channel) DO UPDATE SET address = excluded.address, \
             status = CASE WHEN contact_points.address = excluded.address THEN contact_points.status ELSE 'ok' END",
        )
        .bind(p.id.as_str())
        .bind($channel)
        .bind($address)
        .bind(ms(p.updated_at))
        .execute($ex)
        .await
        .map_err(StoreError::classify)?;
    }};
}
pub(super) use upsert_contact_point;

/// Insert one delivery row on an executor (a transaction, usually).
macro_rules! insert_delivery {
    ($ex:expr, $d:expr) => {{
        let d: &Delivery = $d;
        sqlx::query(concat!(
            "INSERT INTO deliveries (", delivery_columns!(),
            ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)"
        ))
        .bind(d.id.as_str())
        .bind(d.clinic_id.as_str())
        .bind(d.patient_id.as_str())
        .bind(d.purpose.as_str())
        .bind(d.channel.as_str())
        .bind(d.link_purpose.map(|p| p.as_str()))
        .bind(d.subject_id.as_deref())
        .bind(d.appointment_id.as_ref().map(|a| a.as_str()))
        .bind(i64::from(d.urgent))
        .bind(d.status.as_str())
        .bind(d.attempts)
        .bind(ms(d.due_at))
        .bind(opt_ms(d.not_after))
        .bind(opt_ms(d.lease_until))
        .bind(d.provider_id.as_deref())
        .bind(d.error_code.as_deref())
        .bind(d.segments)
        .bind(d.fallback_of.as_ref().map(|f| f.as_str()))
        .bind(ms(d.created_at))
        .bind(ms(d.updated_at))
        .bind(opt_ms(d.sent_at))
        .bind(opt_ms(d.delivered_at))
        .execute($ex)
        .await
        .map_err(StoreError::classify)?;
    }};
}
pub(super) use insert_delivery;

/// Expands into `impl Store for $store`, with the backend-specific methods passed in (which
/// must include the hot paths: `sql_hot_paths!` or the backend's own).
/// `$store` must have `fn writer(&self) -> &Pool<$db>`, `fn reader(&self) -> &Pool<$db>` and
/// `async fn begin_write(&self) -> Result<Transaction<'static, $db>, sqlx::Error>`.
macro_rules! sql_store {
    ($store:ty, $db:ty, { $($specific:tt)* }) => {
        #[async_trait::async_trait]
        impl $crate::store::Store for $store {
            $($specific)*

            async fn ping(&self) -> StoreResult<()> {
                sqlx::query("SELECT 1").execute(self.reader()).await?;
                Ok(())
            }

            async fn create_clinic(&self, c: &Clinic, api_key_hash: &[u8], key_prefix: &str) -> StoreResult<()> {
                let mut tx = self.begin_write().await?;
                sqlx::query(
                    "INSERT INTO clinics (id, name, phone, time_zone, created_at, reminder_offsets, quiet_start_minute, \
                     quiet_end_minute, daily_reminder_cap) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                )
                    .bind(c.id.as_str())
                    .bind(&c.name)
                    .bind(c.phone.as_ref().map(|p| p.as_str()))
                    .bind(c.time_zone.as_str())
                    .bind(ms(c.created_at))
                    .bind(c.reminders.to_stored())
                    .bind(c.quiet_hours.start_minute)
                    .bind(c.quiet_hours.end_minute)
                    .bind(c.daily_reminder_cap)
                    .execute(&mut *tx)
                    .await
                    .map_err(StoreError::classify)?;
                sqlx::query("INSERT INTO api_keys (key_hash, clinic_id, prefix, created_at) VALUES ($1, $2, $3, $4)")
                    .bind(api_key_hash)
                    .bind(c.id.as_str())
                    .bind(key_prefix)
                    .bind(ms(c.created_at))
                    .execute(&mut *tx)
                    .await
                    .map_err(StoreError::classify)?;
                tx.commit().await?;
                Ok(())
            }

            async fn add_api_key(&self, clinic: &ClinicId, api_key_hash: &[u8], key_prefix: &str, now: Timestamp) -> StoreResult<()> {
                sqlx::query("INSERT INTO api_keys (key_hash, clinic_id, prefix, created_at) VALUES ($1, $2, $3, $4)")
                    .bind(api_key_hash)
                    .bind(clinic.as_str())
                    .bind(key_prefix)
                    .bind(ms(now))
                    .execute(self.writer())
                    .await
                    .map_err(StoreError::classify)?;
                Ok(())
            }

            async fn clinic_by_name(&self, name: &str) -> StoreResult<Option<Clinic>> {
                sqlx::query_as::<_, ClinicRow>("SELECT id, name, phone, time_zone, reminder_offsets, quiet_start_minute, quiet_end_minute, daily_reminder_cap, \
                     step_up_with_birth_date, brand_color, created_at FROM clinics WHERE name = $1")
                    .bind(name)
                    .fetch_optional(self.reader())
                    .await?
                    .map(ClinicRow::into_clinic)
                    .transpose()
            }

            async fn insert_staff(&self, m: &StaffMember) -> StoreResult<()> {
                sqlx::query("INSERT INTO staff (id, clinic_id, name, role, email, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
                    .bind(m.id.as_str())
                    .bind(m.clinic_id.as_str())
                    .bind(m.name.as_str())
                    .bind(&m.role)
                    .bind(m.email.as_ref().map(|e| e.as_str()))
                    .bind(ms(m.created_at))
                    .execute(self.writer())
                    .await
                    .map_err(StoreError::classify)?;
                Ok(())
            }

            async fn staff(&self, clinic: &ClinicId) -> StoreResult<Vec<StaffMember>> {
                sqlx::query_as::<_, StaffRow>("SELECT id, clinic_id, name, role, email, created_at FROM staff WHERE clinic_id = $1 ORDER BY id")
                    .bind(clinic.as_str())
                    .fetch_all(self.reader())
                    .await?
                    .into_iter()
                    .map(StaffRow::into_member)
                    .collect()
            }

            async fn insert_patient(&self, p: &Patient, thread: &ThreadId) -> StoreResult<()> {
                let mut tx = self.begin_write().await?;
                sqlx::query(
                    "INSERT INTO patients (id, clinic_id, name, birth_date, language, time_zone, channels, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                )
                .bind(p.id.as_str())
                .bind(p.clinic_id.as_str())
                .bind(p.name.as_str())
                .bind(p.birth_date.map(|d| d.to_string()))
                .bind(p.language.as_str())
                .bind(p.time_zone.as_str())
                .bind(p.channels.to_stored())
                .bind(ms(p.created_at))
                .bind(ms(p.updated_at))
                .execute(&mut *tx)
                .await
                .map_err(StoreError::classify)?;
                for (channel, address) in [("sms", p.phone.as_ref().map(|x| x.as_str())), ("email", p.email.as_ref().map(|x| x.as_str()))] {
                    if let Some(address) = address {
                        sqlx::query("INSERT INTO contact_points (patient_id, channel, address, created_at) VALUES ($1, $2, $3, $4)")
                            .bind(p.id.as_str())
                            .bind(channel)
                            .bind(address)
                            .bind(ms(p.created_at))
                            .execute(&mut *tx)
                            .await
                            .map_err(StoreError::classify)?;
                    }
                }
                sqlx::query("INSERT INTO threads (id, clinic_id, patient_id, created_at) VALUES ($1, $2, $3, $4)")
                    .bind(thread.as_str())
                    .bind(p.clinic_id.as_str())
                    .bind(p.id.as_str())
                    .bind(ms(p.created_at))
                    .execute(&mut *tx)
                    .await
                    .map_err(StoreError::classify)?;
                tx.commit().await?;
                Ok(())
            }

            async fn patients(&self, clinic: &ClinicId) -> StoreResult<Vec<Patient>> {
                let q = concat!(patient_select!(), " WHERE p.clinic_id = $1 ORDER BY p.id");
                sqlx::query_as::<_, PatientRow>(q)
                    .bind(clinic.as_str())
                    .fetch_all(self.reader())
                    .await?
                    .into_iter()
                    .map(PatientRow::into_patient)
                    .collect()
            }

            async fn patients_by_contact(&self, channel: &str, address: &str, limit: i64) -> StoreResult<Vec<Patient>> {
                let q = concat!(
                    patient_select!(),
                    " WHERE p.id IN (SELECT cp.patient_id FROM contact_points cp WHERE cp.channel = $1 AND cp.address = $2) \
                     ORDER BY p.id LIMIT $3"
                );
                sqlx::query_as::<_, PatientRow>(q)
                    .bind(channel)
                    .bind(address)
                    .bind(limit)
                    .fetch_all(self.reader())
                    .await?
                    .into_iter()
                    .map(PatientRow::into_patient)
                    .collect()
            }

            async fn update_patient(&self, p: &Patient) -> StoreResult<()> {
                let mut tx = self.begin_write().await?;
                sqlx::query(
                    "UPDATE patients SET name = $1, birth_date = $2, language = $3, time_zone = $4, channels = $5, updated_at = $6, \
                     quiet_start = $9, quiet_end = $10 WHERE id = $7 AND clinic_id = $8",
                )
                .bind(p.name.as_str())
                .bind(p.birth_date.map(|d| d.to_string()))
                .bind(p.language.as_str())
                .bind(p.time_zone.as_str())
                .bind(p.channels.to_stored())
                .bind(ms(p.updated_at))
                .bind(p.id.as_str())
                .bind(p.clinic_id.as_str())
                .bind(p.quiet_hours.map(|q| q.start_minute))
                .bind(p.quiet_hours.map(|q| q.end_minute))
                .execute(&mut *tx)
                .await
                .map_err(StoreError::classify)?;
                for (channel, address) in [("sms", p.phone.as_ref().map(|x| x.as_str())), ("email", p.email.as_ref().map(|x| x.as_str()))] {
                    match address {
                        Some(address) => upsert_contact_point!(&mut *tx, p, channel, address),
                        None => {
                            sqlx::query("DELETE FROM contact_points WHERE patient_id = $1 AND channel = $2")
                                .bind(p.id.as_str())
                                .bind(channel)
                                .execute(&mut *tx)
                                .await?;
                        }
                    }
                }
                tx.commit().await?;
                Ok(())
            }

            async fn appointments_for(&self, clinic: &ClinicId, patient: &PatientId) -> StoreResult<Vec<Appointment>> {
                sqlx::query_as::<_, AppointmentRow>(
                    "SELECT id, clinic_id, patient_id, starts_at, duration_minutes, location, provider, status, cancel_reason, \
                     reminder_offsets, bring, created_at, updated_at FROM appointments WHERE clinic_id = $1 AND patient_id = $2 ORDER BY starts_at, id",
                )
                .bind(clinic.as_str())
                .bind(patient.as_str())
                .fetch_all(self.reader())
                .await?
                .into_iter()
                .map(AppointmentRow::into_appointment)
                .collect()
            }

            async fn update_appointment(&self, a: &Appointment, change: &AppointmentChange) -> StoreResult<()> {
                let mut tx = self.begin_write().await?;
                sqlx::query(
                    "UPDATE appointments SET starts_at = $1, duration_minutes = $2, location = $3, provider = $4, status = $5, \
                     cancel_reason = $6, updated_at = $7, reminder_offsets = $8, bring = $11 WHERE id = $9 AND clinic_id = $10",
                )
                .bind(ms(a.starts_at))
                .bind(a.duration_minutes)
                .bind(a.location.as_ref().map(|x| x.as_str()))
                .bind(a.provider.as_ref().map(|x| x.as_str()))
                .bind(a.status.as_str())
                .bind(a.cancel_reason.as_ref().map(|x| x.as_str()))
                .bind(ms(a.updated_at))
                .bind(a.reminders.as_ref().map(|r| r.to_stored()))
                .bind(a.id.as_str())
                .bind(a.clinic_id.as_str())
                .bind(a.bring.as_ref().map(|x| x.as_str()))
                .execute(&mut *tx)
                .await
                .map_err(StoreError::classify)?;
                if change.drop_pending_reminders {
                    sqlx::query(
                        "UPDATE deliveries SET status = 'dropped', error_code = 'appointment-changed', updated_at = $1 \
                         WHERE appointment_id = $2 AND purpose = 'reminder' AND status = 'pending'",
                    )
                    .bind(ms(a.updated_at))
                    .bind(a.id.as_str())
                    .execute(&mut *tx)
                    .await?;
                }
                for d in &change.deliveries {
                    insert_delivery!(&mut *tx, d);
                }
                if let Some(d) = &change.cancellation {
                    let (sent,): (i64,) = sqlx::query_as(
                        "SELECT COUNT(*) FROM deliveries WHERE appointment_id = $1 AND purpose = 'reminder' \
                         AND status IN ('queued', 'sent', 'delivered')",
                    )
                    .bind(a.id.as_str())
                    .fetch_one(&mut *tx)
                    .await?;
                    if sent > 0 {
                        insert_delivery!(&mut *tx, d);
                    }
                }
                tx.commit().await?;
                Ok(())
            }

            async fn update_clinic_settings(&self, c: &Clinic) -> StoreResult<()> {
                sqlx::query(
                    "UPDATE clinics SET reminder_offsets = $1, quiet_start_minute = $2, quiet_end_minute = $3, \
                     daily_reminder_cap = $4, step_up_with_birth_date = $5, brand_color = $7 WHERE id = $6",
                )
                .bind(c.reminders.to_stored())
                .bind(c.quiet_hours.start_minute)
                .bind(c.quiet_hours.end_minute)
                .bind(c.daily_reminder_cap)
                .bind(i64::from(c.step_up_with_birth_date))
                .bind(c.id.as_str())
                .bind(c.brand_color.as_ref().map(|b| b.as_str()))
                .execute(self.writer())
                .await?;
                Ok(())
            }

            async fn insert_message(&self, m: &Message, alert: Option<&Delivery>) -> StoreResult<()> {
                let mut tx = self.begin_write().await?;
                sqlx::query(
                    "INSERT INTO messages (id, thread_id, clinic_id, patient_id, author, sender, body, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                )
                .bind(m.id.as_str())
                .bind(m.thread_id.as_str())
                .bind(m.clinic_id.as_str())
                .bind(m.patient_id.as_str())
                .bind(&m.author)
                .bind(&m.sender)
                .bind(&m.body)
                .bind(ms(m.created_at))
                .execute(&mut *tx)
                .await
                .map_err(StoreError::classify)?;
                if let Some(d) = alert {
                    insert_delivery!(&mut *tx, d);
                }
                tx.commit().await?;
                Ok(())
            }

            async fn messages(&self, clinic: &ClinicId, thread: &ThreadId) -> StoreResult<Vec<Message>> {
                let rows: Vec<(String, String, String, String, String, String, String, i64)> = sqlx::query_as(
                    "SELECT id, thread_id, clinic_id, patient_id, author, sender, body, created_at FROM messages \
                     WHERE clinic_id = $1 AND thread_id = $2 ORDER BY created_at, id",
                )
                .bind(clinic.as_str())
                .bind(thread.as_str())
                .fetch_all(self.reader())
                .await?;
                rows.into_iter()
                    .map(|(id, thread_id, clinic_id, patient_id, author, sender, body, created_at)| {
                        Ok(Message {
                            id: MessageId::from_trusted(id),
                            thread_id: ThreadId::from_trusted(thread_id),
                            clinic_id: ClinicId::from_trusted(clinic_id),
                            patient_id: PatientId::from_trusted(patient_id),
                            author,
                            sender,
                            body,
                            created_at: ts(created_at)?,
                        })
                    })
                    .collect()
            }

            async fn thread(&self, clinic: &ClinicId, id: &ThreadId) -> StoreResult<Option<Thread>> {
                sqlx::query_as::<_, ThreadRow>("SELECT id, clinic_id, patient_id, created_at FROM threads WHERE clinic_id = $1 AND id = $2")
                    .bind(clinic.as_str())
                    .bind(id.as_str())
                    .fetch_optional(self.reader())
                    .await?
                    .map(ThreadRow::into_thread)
                    .transpose()
            }

            async fn provider_id_taken(&self, provider_id: &str, except: &DeliveryId) -> StoreResult<bool> {
                let row: Option<(String,)> = sqlx::query_as("SELECT id FROM deliveries WHERE provider_id = $1 AND id <> $2 LIMIT 1")
                    .bind(provider_id)
                    .bind(except.as_str())
                    .fetch_optional(self.reader())
                    .await?;
                Ok(row.is_some())
            }

            async fn insert_medication(&self, m: &Medication) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO medications (id, clinic_id, patient_id, name, instructions, active, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7)",
                )
                .bind(m.id.as_str())
                .bind(m.clinic_id.as_str())
                .bind(m.patient_id.as_str())
                .bind(&m.name)
                .bind(m.instructions.as_deref())
                .bind(i64::from(m.active))
                .bind(ms(m.created_at))
                .execute(self.writer())
                .await
                .map_err(StoreError::classify)?;
                Ok(())
            }

            async fn medications(&self, clinic: &ClinicId, patient: &PatientId) -> StoreResult<Vec<Medication>> {
                sqlx::query_as::<_, MedicationRow>(
                    "SELECT id, clinic_id, patient_id, name, instructions, active, created_at FROM medications \
                     WHERE clinic_id = $1 AND patient_id = $2 ORDER BY created_at, id",
                )
                .bind(clinic.as_str())
                .bind(patient.as_str())
                .fetch_all(self.reader())
                .await?
                .into_iter()
                .map(MedicationRow::into_medication)
                .collect()
            }

            async fn set_medication_active(
                &self,
                clinic: &ClinicId,
                id: &crate::domain::MedicationId,
                active: bool,
            ) -> StoreResult<bool> {
                let done = sqlx::query("UPDATE medications SET active = $1 WHERE clinic_id = $2 AND id = $3")
                    .bind(i64::from(active))
                    .bind(clinic.as_str())
                    .bind(id.as_str())
                    .execute(self.writer())
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn insert_refill(&self, r: &RefillRequest, actor: &str) -> StoreResult<()> {
                let mut tx = self.begin_write().await?;
                sqlx::query(
                    "INSERT INTO refill_requests (id, clinic_id, patient_id, medication_id, medication, pharmacy, note, status, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                )
                .bind(r.id.as_str())
                .bind(r.clinic_id.as_str())
                .bind(r.patient_id.as_str())
                .bind(r.medication_id.as_ref().map(|m| m.as_str()))
                .bind(&r.medication)
                .bind(&r.pharmacy)
                .bind(r.note.as_deref())
                .bind(r.status.as_str())
                .bind(ms(r.created_at))
                .bind(ms(r.updated_at))
                .execute(&mut *tx)
                .await
                .map_err(StoreError::classify)?;
                sqlx::query("INSERT INTO refill_events (refill_id, status, note, actor, at) VALUES ($1, $2, NULL, $3, $4)")
                    .bind(r.id.as_str())
                    .bind(r.status.as_str())
                    .bind(actor)
                    .bind(ms(r.created_at))
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn refill(&self, clinic: &ClinicId, id: &crate::domain::RefillId) -> StoreResult<Option<RefillRequest>> {
                sqlx::query_as::<_, RefillRow>(concat!(refill_select!(), "WHERE clinic_id = $1 AND id = $2"))
                .bind(clinic.as_str())
                .bind(id.as_str())
                .fetch_optional(self.reader())
                .await?
                .map(RefillRow::into_refill)
                .transpose()
            }

            async fn refills(
                &self,
                clinic: &ClinicId,
                status: Option<crate::domain::RefillStatus>,
                patient: Option<&PatientId>,
                limit: i64,
            ) -> StoreResult<Vec<RefillRequest>> {
                sqlx::query_as::<_, RefillRow>(concat!(
                    refill_select!(),
                    "WHERE clinic_id = $1 AND ($2 IS NULL OR status = $2) AND ($3 IS NULL OR patient_id = $3) \
                     ORDER BY created_at DESC, id DESC LIMIT $4"
                ))
                .bind(clinic.as_str())
                .bind(status.map(|s| s.as_str()))
                .bind(patient.map(|p| p.as_str()))
                .bind(limit)
                .fetch_all(self.reader())
                .await?
                .into_iter()
                .map(RefillRow::into_refill)
                .collect()
            }

            async fn refill_events(&self, id: &crate::domain::RefillId) -> StoreResult<Vec<RefillEvent>> {
                let rows: Vec<(String, Option<String>, String, i64)> = sqlx::query_as(
                    "SELECT status, note, actor, at FROM refill_events WHERE refill_id = $1 ORDER BY at",
                )
                .bind(id.as_str())
                .fetch_all(self.reader())
                .await?;
                rows.into_iter()
                    .map(|(status, note, actor, at)| {
                        Ok(RefillEvent {
                            status: crate::domain::RefillStatus::parse(&status).map_err(|e| corrupt("refill status", e))?,
                            note,
                            actor,
                            at: ts(at)?,
                        })
                    })
                    .collect()
            }

            async fn move_refill(
                &self,
                r: &RefillRequest,
                from: crate::domain::RefillStatus,
                event: &RefillEvent,
                notices: &[Delivery],
            ) -> StoreResult<bool> {
                let mut tx = self.begin_write().await?;
                let moved = sqlx::query(
                    "UPDATE refill_requests SET status = $1, updated_at = $2 WHERE clinic_id = $3 AND id = $4 AND status = $5",
                )
                .bind(r.status.as_str())
                .bind(ms(r.updated_at))
                .bind(r.clinic_id.as_str())
                .bind(r.id.as_str())
                .bind(from.as_str())
                .execute(&mut *tx)
                .await?;
                if moved.rows_affected() != 1 {
                    return Ok(false);
                }
                sqlx::query("INSERT INTO refill_events (refill_id, status, note, actor, at) VALUES ($1, $2, $3, $4, $5)")
                    .bind(r.id.as_str())
                    .bind(event.status.as_str())
                    .bind(event.note.as_deref())
                    .bind(&event.actor)
                    .bind(ms(event.at))
                    .execute(&mut *tx)
                    .await?;
                for d in notices {
                    insert_delivery!(&mut *tx, d);
                }
                tx.commit().await?;
                Ok(true)
            }

            async fn set_contact_change(
                &self,
                session: &crate::domain::SessionId,
                c: &ContactChange,
                now: Timestamp,
            ) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO contact_changes (session_id, patient_id, channel, new_value, code_hash, tries, expires_at, created_at) \
                     VALUES ($1, $2, $3, $4, $5, 0, $6, $7) \
                     ON CONFLICT (session_id) DO UPDATE SET patient_id = excluded.patient_id, channel = excluded.channel, \
                     new_value = excluded.new_value, code_hash = excluded.code_hash, tries = 0, \
                     expires_at = excluded.expires_at, created_at = excluded.created_at",
                )
                .bind(session.as_str())
                .bind(c.patient_id.as_str())
                .bind(c.channel.as_str())
                .bind(&c.new_value)
                .bind(&c.code_hash)
                .bind(ms(c.expires_at))
                .bind(ms(now))
                .execute(self.writer())
                .await?;
                Ok(())
            }

            async fn contact_change(&self, session: &crate::domain::SessionId) -> StoreResult<Option<ContactChange>> {
                let row: Option<(String, String, String, Vec<u8>, i64, i64)> = sqlx::query_as(
                    "SELECT patient_id, channel, new_value, code_hash, tries, expires_at FROM contact_changes WHERE session_id = $1",
                )
                .bind(session.as_str())
                .fetch_optional(self.reader())
                .await?;
                row.map(|(patient_id, channel, new_value, code_hash, tries, expires_at)| {
                    Ok(ContactChange {
                        patient_id: PatientId::from_trusted(patient_id),
                        channel: crate::domain::Channel::parse(&channel).map_err(|e| corrupt("channel", e))?,
                        new_value,
                        code_hash,
                        tries,
                        expires_at: ts(expires_at)?,
                    })
                })
                .transpose()
            }

            async fn contact_change_failed(&self, session: &crate::domain::SessionId) -> StoreResult<i64> {
                let tries: Option<(i64,)> = sqlx::query_as(
                    "UPDATE contact_changes SET tries = tries + 1 WHERE session_id = $1 RETURNING tries",
                )
                .bind(session.as_str())
                .fetch_optional(self.writer())
                .await?;
                Ok(tries.map(|t| t.0).unwrap_or(0))
            }

            async fn apply_contact_change(
                &self,
                session: &crate::domain::SessionId,
                p: &Patient,
                notices: &[Delivery],
            ) -> StoreResult<()> {
                let mut tx = self.begin_write().await?;
                for (channel, address) in [("sms", p.phone.as_ref().map(|x| x.as_str())), ("email", p.email.as_ref().map(|x| x.as_str()))] {
                    if let Some(address) = address {
                        upsert_contact_point!(&mut *tx, p, channel, address);
                    }
                }
                sqlx::query("UPDATE patients SET updated_at = $1 WHERE id = $2")
                    .bind(ms(p.updated_at))
                    .bind(p.id.as_str())
                    .execute(&mut *tx)
                    .await?;
                sqlx::query("DELETE FROM contact_changes WHERE session_id = $1")
                    .bind(session.as_str())
                    .execute(&mut *tx)
                    .await?;
                for d in notices {
                    insert_delivery!(&mut *tx, d);
                }
                tx.commit().await?;
                Ok(())
            }

            async fn link(&self, clinic: &ClinicId, id: &LinkId) -> StoreResult<Option<Link>> {
                let q = concat!("SELECT ", link_columns!(), " FROM links l WHERE l.clinic_id = $1 AND l.id = $2");
                sqlx::query_as::<_, LinkRow>(q)
                    .bind(clinic.as_str())
                    .bind(id.as_str())
                    .fetch_optional(self.reader())
                    .await?
                    .map(LinkRow::into_link)
                    .transpose()
            }

            async fn revoke_link(&self, clinic: &ClinicId, id: &LinkId, now: Timestamp) -> StoreResult<bool> {
                let done = sqlx::query("UPDATE links SET revoked_at = $1 WHERE clinic_id = $2 AND id = $3 AND revoked_at IS NULL")
                    .bind(ms(now))
                    .bind(clinic.as_str())
                    .bind(id.as_str())
                    .execute(self.writer())
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn end_session(&self, id_hash: &[u8], now: Timestamp) -> StoreResult<()> {
                sqlx::query("UPDATE sessions SET ended_at = $1 WHERE id_hash = $2 AND ended_at IS NULL")
                    .bind(ms(now))
                    .bind(id_hash)
                    .execute(self.writer())
                    .await?;
                Ok(())
            }

            async fn set_step_up_code(&self, session: &SessionId, code_hash: &[u8], channel: &str, expires_at: Timestamp, now: Timestamp) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO step_up_codes (session_id, code_hash, channel, expires_at, created_at) VALUES ($1, $2, $3, $4, $5) \
                     ON CONFLICT (session_id) DO UPDATE SET code_hash = excluded.code_hash, channel = excluded.channel, \
                     expires_at = excluded.expires_at, created_at = excluded.created_at",
                )
                .bind(session.as_str())
                .bind(code_hash)
                .bind(channel)
                .bind(ms(expires_at))
                .bind(ms(now))
                .execute(self.writer())
                .await?;
                Ok(())
            }

            async fn step_up_code(&self, session: &SessionId) -> StoreResult<Option<(Vec<u8>, String, Timestamp)>> {
                let row: Option<(Vec<u8>, String, i64)> =
                    sqlx::query_as("SELECT code_hash, channel, expires_at FROM step_up_codes WHERE session_id = $1")
                        .bind(session.as_str())
                        .fetch_optional(self.writer())
                        .await?;
                row.map(|(h, c, e)| Ok((h, c, ts(e)?))).transpose()
            }

            async fn step_up(&self, old_hash: &[u8], new: &NewSession, now: Timestamp) -> StoreResult<bool> {
                let mut tx = self.begin_write().await?;
                let old: Option<(String,)> = sqlx::query_as(
                    "UPDATE sessions SET ended_at = $1 WHERE id_hash = $2 AND ended_at IS NULL AND idle_expires_at > $1 \
                     AND expires_at > $1 RETURNING id",
                )
                .bind(ms(now))
                .bind(old_hash)
                .fetch_optional(&mut *tx)
                .await?;
                let Some((old_id,)) = old else {
                    return Ok(false);
                };
                sqlx::query(
                    "INSERT INTO sessions (id, id_hash, clinic_id, patient_id, link_id, purpose, subject_id, created_at, \
                     last_seen_at, idle_expires_at, expires_at, stepped_up_at) \
                     SELECT $1, $2, clinic_id, patient_id, link_id, purpose, subject_id, $3, $3, $4, $5, $3 FROM sessions WHERE id = $6",
                )
                .bind(new.id.as_str())
                .bind(&new.id_hash[..])
                .bind(ms(now))
                .bind(ms(new.idle_expires_at))
                .bind(ms(new.expires_at))
                .bind(&old_id)
                .execute(&mut *tx)
                .await?;
                sqlx::query("DELETE FROM step_up_codes WHERE session_id = $1").bind(&old_id).execute(&mut *tx).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn count_hits(&self, bucket: &str, since: Timestamp) -> StoreResult<i64> {
                let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM rate_hits WHERE bucket = $1 AND at >= $2")
                    .bind(bucket)
                    .bind(ms(since))
                    .fetch_one(self.writer())
                    .await?;
                Ok(n)
            }

            async fn rate_reset(&self, bucket: &str) -> StoreResult<()> {
                sqlx::query("DELETE FROM rate_hits WHERE bucket = $1").bind(bucket).execute(self.writer()).await?;
                Ok(())
            }

            async fn live_sessions(&self, patient: &PatientId, now: Timestamp) -> StoreResult<i64> {
                let (n,): (i64,) = sqlx::query_as(
                    "SELECT COUNT(*) FROM sessions WHERE patient_id = $1 AND ended_at IS NULL AND idle_expires_at > $2 AND expires_at > $2",
                )
                .bind(patient.as_str())
                .bind(ms(now))
                .fetch_one(self.reader())
                .await?;
                Ok(n)
            }

            async fn audit_events(&self, clinic: Option<&ClinicId>, limit: i64) -> StoreResult<Vec<AuditEvent>> {
                sqlx::query_as::<_, AuditRow>(
                    "SELECT id, at, clinic_id, actor, action, subject, detail FROM audit_events \
                     WHERE ($1 IS NULL OR clinic_id = $1) ORDER BY at DESC, id DESC LIMIT $2",
                )
                .bind(clinic.map(|c| c.as_str()))
                .bind(limit)
                .fetch_all(self.reader())
                .await?
                .into_iter()
                .map(AuditRow::into_event)
                .collect()
            }

            async fn report_delivery(
                &self,
                id: &DeliveryId,
                status: DeliveryStatus,
                provider_id: Option<&str>,
                error_code: Option<&str>,
                now: Timestamp,
            ) -> StoreResult<Option<(Delivery, bool)>> {
                let mut tx = self.begin_write().await?;
                let q = concat!("SELECT ", delivery_columns!(), " FROM deliveries WHERE id = $1");
                let Some(row) = sqlx::query_as::<_, DeliveryRow>(q).bind(id.as_str()).fetch_optional(&mut *tx).await? else {
                    return Ok(None);
                };
                let current = row.into_delivery()?;
                // Reports only move forward. A report for a row still "sending" (its dispatcher
                // died after the provider took it) or "pending" (the provider took it but the
                // answer was lost, so a retry is queued) settles the ambiguity: no resend.
                let forward = status.rank() > current.status.rank();
                if forward {
                    sqlx::query(
                        "UPDATE deliveries SET status = $1, provider_id = COALESCE(provider_id, $2), \
                         error_code = COALESCE($3, error_code), lease_until = NULL, updated_at = $4, \
                         sent_at = COALESCE(sent_at, $4), \
                         delivered_at = CASE WHEN $1 = 'delivered' THEN $4 ELSE delivered_at END WHERE id = $5",
                    )
                    .bind(status.as_str())
                    .bind(provider_id)
                    .bind(error_code)
                    .bind(ms(now))
                    .bind(id.as_str())
                    .execute(&mut *tx)
                    .await?;
                }
                let row = sqlx::query_as::<_, DeliveryRow>(q).bind(id.as_str()).fetch_one(&mut *tx).await?;
                tx.commit().await?;
                Ok(Some((row.into_delivery()?, forward)))
            }

            async fn delivery(&self, clinic: &ClinicId, id: &DeliveryId) -> StoreResult<Option<Delivery>> {
                let q = concat!("SELECT ", delivery_columns!(), " FROM deliveries WHERE clinic_id = $1 AND id = $2");
                sqlx::query_as::<_, DeliveryRow>(q)
                    .bind(clinic.as_str())
                    .bind(id.as_str())
                    .fetch_optional(self.reader())
                    .await?
                    .map(DeliveryRow::into_delivery)
                    .transpose()
            }

            async fn take_unconfirmed(&self, cutoff: Timestamp, limit: i64) -> StoreResult<Vec<Delivery>> {
                let q = concat!(
                    "UPDATE deliveries SET error_code = 'unconfirmed' WHERE id IN (SELECT id FROM deliveries \
                     WHERE status IN ('queued', 'sent') AND provider_id IS NOT NULL AND sent_at < $1 AND error_code IS NULL \
                     AND channel = 'sms' ORDER BY sent_at LIMIT $2) RETURNING ",
                    delivery_columns!()
                );
                sqlx::query_as::<_, DeliveryRow>(q)
                    .bind(ms(cutoff))
                    .bind(limit)
                    .fetch_all(self.writer())
                    .await?
                    .into_iter()
                    .map(DeliveryRow::into_delivery)
                    .collect()
            }

            async fn deliveries_for(&self, clinic: &ClinicId, patient: &PatientId, limit: i64) -> StoreResult<Vec<Delivery>> {
                let q = concat!(
                    "SELECT ", delivery_columns!(),
                    " FROM deliveries WHERE clinic_id = $1 AND patient_id = $2 ORDER BY created_at DESC, id DESC LIMIT $3"
                );
                sqlx::query_as::<_, DeliveryRow>(q)
                    .bind(clinic.as_str())
                    .bind(patient.as_str())
                    .bind(limit)
                    .fetch_all(self.reader())
                    .await?
                    .into_iter()
                    .map(DeliveryRow::into_delivery)
                    .collect()
            }

            async fn set_contact_status(&self, patient: &PatientId, channel: &str, status: &str, _now: Timestamp) -> StoreResult<()> {
                sqlx::query("UPDATE contact_points SET status = $1 WHERE patient_id = $2 AND channel = $3")
                    .bind(status)
                    .bind(patient.as_str())
                    .bind(channel)
                    .execute(self.writer())
                    .await?;
                Ok(())
            }

            async fn dev_outbox_push(&self, m: &OutboxMessage) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO dev_outbox (channel, to_address, subject, body, created_at, clinic_id, patient_id) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7)",
                )
                .bind(&m.channel)
                .bind(&m.to)
                .bind(m.subject.as_deref())
                .bind(&m.body)
                .bind(ms(m.created_at))
                .bind(m.clinic_id.as_deref())
                .bind(m.patient_id.as_deref())
                .execute(self.writer())
                .await?;
                Ok(())
            }

            async fn dev_outbox(&self) -> StoreResult<Vec<OutboxMessage>> {
                sqlx::query_as::<_, OutboxRow>(
                    "SELECT channel, to_address, subject, body, created_at, clinic_id, patient_id FROM dev_outbox ORDER BY seq",
                )
                .fetch_all(self.reader())
                .await?
                .into_iter()
                .map(OutboxRow::into_message)
                .collect()
            }
        }
    };
}

pub(super) use sql_store;

/// The hot paths (redemption, landing, ingest, dispatch) as inherent `sql_*` methods that the
/// PostgreSQL `Store` methods call. SQLite runs the same SQL as direct rusqlite calls instead
/// (`sqlite/writes.rs` on its writer thread, `sqlite/reads.rs`), so a change here must be made
/// there too.
macro_rules! sql_hot_paths {
    ($store:ty) => {
        impl $store {
        pub(super) async fn sql_link_by_lookup(&self, lookup: &[u8]) -> StoreResult<Option<LinkView>> {
            let q = concat!(
                "SELECT ", link_columns!(), ", c.name AS clinic_name, p.language FROM links l \
                 JOIN clinics c ON c.id = l.clinic_id JOIN patients p ON p.id = l.patient_id WHERE l.lookup = $1"
            );
            sqlx::query_as::<_, LinkViewRow>(q)
                .bind(lookup)
                .fetch_optional(self.reader())
                .await?
                .map(LinkViewRow::into_view)
                .transpose()
        }

        pub(super) async fn sql_clinic_by_api_key(&self, api_key_hash: &[u8]) -> StoreResult<Option<Clinic>> {
            sqlx::query_as::<_, ClinicRow>(
                "SELECT c.id, c.name, c.phone, c.time_zone, c.reminder_offsets, c.quiet_start_minute, c.quiet_end_minute, \
                 c.daily_reminder_cap, c.step_up_with_birth_date, c.brand_color, c.created_at FROM api_keys k \
                 JOIN clinics c ON c.id = k.clinic_id WHERE k.key_hash = $1 AND k.revoked_at IS NULL",
            )
            .bind(api_key_hash)
            .fetch_optional(self.reader())
            .await?
            .map(ClinicRow::into_clinic)
            .transpose()
        }

        pub(super) async fn sql_clinic(&self, id: &ClinicId) -> StoreResult<Option<Clinic>> {
            sqlx::query_as::<_, ClinicRow>("SELECT id, name, phone, time_zone, reminder_offsets, quiet_start_minute, quiet_end_minute, daily_reminder_cap, \
                 step_up_with_birth_date, brand_color, created_at FROM clinics WHERE id = $1")
                .bind(id.as_str())
                .fetch_optional(self.reader())
                .await?
                .map(ClinicRow::into_clinic)
                .transpose()
        }

        pub(super) async fn sql_patient(&self, clinic: &ClinicId, id: &PatientId) -> StoreResult<Option<Patient>> {
            let q = concat!(patient_select!(), " WHERE p.clinic_id = $1 AND p.id = $2");
            sqlx::query_as::<_, PatientRow>(q)
                .bind(clinic.as_str())
                .bind(id.as_str())
                .fetch_optional(self.reader())
                .await?
                .map(PatientRow::into_patient)
                .transpose()
        }

        pub(super) async fn sql_appointment(&self, clinic: &ClinicId, id: &AppointmentId) -> StoreResult<Option<Appointment>> {
            sqlx::query_as::<_, AppointmentRow>(
                "SELECT id, clinic_id, patient_id, starts_at, duration_minutes, location, provider, status, cancel_reason, \
                 reminder_offsets, bring, created_at, updated_at FROM appointments WHERE clinic_id = $1 AND id = $2",
            )
            .bind(clinic.as_str())
            .bind(id.as_str())
            .fetch_optional(self.reader())
            .await?
            .map(AppointmentRow::into_appointment)
            .transpose()
        }

        pub(super) async fn sql_count_sent(&self, patient: &PatientId, purpose: DeliveryPurpose, since: Timestamp, until: Timestamp) -> StoreResult<i64> {
            let (n,): (i64,) = sqlx::query_as(
                "SELECT COUNT(*) FROM deliveries WHERE patient_id = $1 AND purpose = $2 AND sent_at >= $3 AND sent_at < $4 \
                 AND status IN ('queued', 'sent', 'delivered')",
            )
            .bind(patient.as_str())
            .bind(purpose.as_str())
            .bind(ms(since))
            .bind(ms(until))
            .fetch_one(self.reader())
            .await?;
            Ok(n)
        }

        pub(super) async fn sql_session(&self, id_hash: &[u8]) -> StoreResult<Option<Session>> {
            sqlx::query_as::<_, SessionRow>(
                "SELECT id, clinic_id, patient_id, link_id, purpose, subject_id, created_at, last_seen_at, idle_expires_at, \
                 expires_at, ended_at, stepped_up_at FROM sessions WHERE id_hash = $1",
            )
            .bind(id_hash)
            .fetch_optional(self.reader())
            .await?
            .map(SessionRow::into_session)
            .transpose()
        }

        pub(super) async fn sql_insert_appointment(&self, a: &Appointment, reminders: &[Delivery]) -> StoreResult<()> {
            let mut tx = self.writer().begin().await?;
            sqlx::query(
                "INSERT INTO appointments (id, clinic_id, patient_id, starts_at, duration_minutes, location, provider, status, \
                 cancel_reason, created_at, updated_at, reminder_offsets, bring) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
            )
            .bind(a.id.as_str())
            .bind(a.clinic_id.as_str())
            .bind(a.patient_id.as_str())
            .bind(ms(a.starts_at))
            .bind(a.duration_minutes)
            .bind(a.location.as_ref().map(|x| x.as_str()))
            .bind(a.provider.as_ref().map(|x| x.as_str()))
            .bind(a.status.as_str())
            .bind(a.cancel_reason.as_ref().map(|x| x.as_str()))
            .bind(ms(a.created_at))
            .bind(ms(a.updated_at))
            .bind(a.reminders.as_ref().map(|r| r.to_stored()))
            .bind(a.bring.as_ref().map(|x| x.as_str()))
            .execute(&mut *tx)
            .await
            .map_err(StoreError::classify)?;
            for d in reminders {
                insert_delivery!(&mut *tx, d);
            }
            tx.commit().await?;
            Ok(())
        }

        pub(super) async fn sql_insert_link(&self, l: &Link) -> StoreResult<()> {
            let mut tx = self.writer().begin().await?;
            sqlx::query(
                "UPDATE links SET superseded_at = $1 WHERE patient_id = $2 AND purpose = $3 \
                 AND ((subject_id IS NULL AND $4 IS NULL) OR subject_id = $4) \
                 AND consumed_at IS NULL AND revoked_at IS NULL AND superseded_at IS NULL",
            )
            .bind(ms(l.created_at))
            .bind(l.patient_id.as_str())
            .bind(l.purpose.as_str())
            .bind(l.subject_id.as_deref())
            .execute(&mut *tx)
            .await?;
            sqlx::query(
                "INSERT INTO links (id, clinic_id, patient_id, purpose, subject_id, lookup, key_id, created_at, expires_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            )
            .bind(l.id.as_str())
            .bind(l.clinic_id.as_str())
            .bind(l.patient_id.as_str())
            .bind(l.purpose.as_str())
            .bind(l.subject_id.as_deref())
            .bind(&l.lookup[..])
            .bind(i64::from(l.key_id))
            .bind(ms(l.created_at))
            .bind(ms(l.expires_at))
            .execute(&mut *tx)
            .await
            .map_err(StoreError::classify)?;
            tx.commit().await?;
            Ok(())
        }

        pub(super) async fn sql_consume_link(&self, lookup: &[u8], now: Timestamp, s: &NewSession) -> StoreResult<Consume> {
            // One statement, so one round trip and one transaction: the consumption, the session
            // and the audit row commit together or not at all. The UPDATE's WHERE clause is the
            // whole race: whichever commits first makes the others match no row (PostgreSQL
            // re-checks it after waiting for the row lock), and a statement whose UPDATE matched
            // nothing inserts nothing.
            let q = concat!(
                "WITH won AS (UPDATE links SET consumed_at = $1 WHERE lookup = $2 AND consumed_at IS NULL \
                 AND revoked_at IS NULL AND superseded_at IS NULL AND expires_at > $1 RETURNING ",
                link_columns_bare!(),
                "), session AS (INSERT INTO sessions (id, id_hash, clinic_id, patient_id, link_id, purpose, subject_id, \
                 created_at, last_seen_at, idle_expires_at, expires_at) \
                 SELECT $3, $4, clinic_id, patient_id, id, purpose, subject_id, $5, $5, $6, $7 FROM won), \
                 audit AS (INSERT INTO audit_events (id, at, clinic_id, actor, action, subject, detail) \
                 SELECT $8, $1, clinic_id, 'patient:' || patient_id, 'link.redeemed', id, purpose FROM won) \
                 SELECT ",
                link_columns_bare!(),
                " FROM won"
            );
            let audit_id = crate::domain::EventId::new();
            let won = sqlx::query_as::<_, LinkRow>(q)
                .bind(ms(now))
                .bind(lookup)
                .bind(s.id.as_str())
                .bind(&s.id_hash[..])
                .bind(ms(s.created_at))
                .bind(ms(s.idle_expires_at))
                .bind(ms(s.expires_at))
                .bind(audit_id.as_str())
                .fetch_optional(self.writer())
                .await
                .map_err(StoreError::classify)?;
            if let Some(row) = won {
                return Ok(Consume::Consumed(row.into_link()?));
            }
            let q = concat!("SELECT ", link_columns!(), " FROM links l WHERE l.lookup = $1");
            let row = sqlx::query_as::<_, LinkRow>(q).bind(lookup).fetch_optional(self.writer()).await?;
            match row {
                None => Ok(Consume::NotFound),
                Some(row) => {
                    let link = row.into_link()?;
                    // Lost a race to a concurrent consume: that is "used".
                    let why = link.refusal(now).unwrap_or(LinkRefusal::Used);
                    Ok(Consume::Refused(link, why))
                }
            }
        }

        pub(super) async fn sql_touch_session(&self, id_hash: &[u8], now: Timestamp) -> StoreResult<()> {
            sqlx::query(
                "UPDATE sessions SET idle_expires_at = $1 + (idle_expires_at - last_seen_at), last_seen_at = $1 \
                 WHERE id_hash = $2 AND ended_at IS NULL",
            )
            .bind(ms(now))
            .bind(id_hash)
            .execute(self.writer())
            .await?;
            Ok(())
        }

        pub(super) async fn sql_record_audit(&self, e: &AuditEvent) -> StoreResult<()> {
            sqlx::query(
                "INSERT INTO audit_events (id, at, clinic_id, actor, action, subject, detail) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(e.id.as_str())
            .bind(ms(e.at))
            .bind(e.clinic_id.as_ref().map(|c| c.as_str()))
            .bind(&e.actor)
            .bind(&e.action)
            .bind(e.subject.as_deref())
            .bind(e.detail.as_deref())
            .execute(self.writer())
            .await?;
            Ok(())
        }

        pub(super) async fn sql_idempotency_begin(&self, clinic: &ClinicId, key: &str, request_hash: &[u8], now: Timestamp) -> StoreResult<IdempotencyBegin> {
            // A reservation left by a crashed request stops blocking after a minute.
            let stale = ms(now) - 60_000;
            let mut tx = self.writer().begin().await?;
            sqlx::query("DELETE FROM idempotency_keys WHERE clinic_id = $1 AND key = $2 AND status IS NULL AND created_at < $3")
                .bind(clinic.as_str())
                .bind(key)
                .bind(stale)
                .execute(&mut *tx)
                .await?;
            let inserted = sqlx::query(
                "INSERT INTO idempotency_keys (clinic_id, key, request_hash, created_at) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (clinic_id, key) DO NOTHING",
            )
            .bind(clinic.as_str())
            .bind(key)
            .bind(request_hash)
            .bind(ms(now))
            .execute(&mut *tx)
            .await?;
            let outcome = if inserted.rows_affected() == 1 {
                IdempotencyBegin::Fresh
            } else {
                let (hash, status, body): (Vec<u8>, Option<i64>, Option<Vec<u8>>) = sqlx::query_as(
                    "SELECT request_hash, status, response FROM idempotency_keys WHERE clinic_id = $1 AND key = $2",
                )
                .bind(clinic.as_str())
                .bind(key)
                .fetch_one(&mut *tx)
                .await?;
                if hash != request_hash {
                    IdempotencyBegin::Mismatch
                } else {
                    match status {
                        Some(status) => IdempotencyBegin::Replay {
                            status: u16::try_from(status).map_err(|e| corrupt("idempotency status", e))?,
                            body: body.unwrap_or_default(),
                        },
                        None => IdempotencyBegin::InProgress,
                    }
                }
            };
            tx.commit().await?;
            Ok(outcome)
        }

        pub(super) async fn sql_idempotency_finish(&self, clinic: &ClinicId, key: &str, status: u16, body: &[u8]) -> StoreResult<()> {
            sqlx::query("UPDATE idempotency_keys SET status = $1, response = $2 WHERE clinic_id = $3 AND key = $4")
                .bind(i64::from(status))
                .bind(body)
                .bind(clinic.as_str())
                .bind(key)
                .execute(self.writer())
                .await?;
            Ok(())
        }

        pub(super) async fn sql_idempotency_abandon(&self, clinic: &ClinicId, key: &str) -> StoreResult<()> {
            sqlx::query("DELETE FROM idempotency_keys WHERE clinic_id = $1 AND key = $2 AND status IS NULL")
                .bind(clinic.as_str())
                .bind(key)
                .execute(self.writer())
                .await?;
            Ok(())
        }

        pub(super) async fn sql_rate_hit(&self, bucket: &str, now: Timestamp, since: Timestamp) -> StoreResult<i64> {
            let mut tx = self.writer().begin().await?;
            // Old hits are pruned per bucket as we go, so the table stays small.
            sqlx::query("DELETE FROM rate_hits WHERE bucket = $1 AND at < $2")
                .bind(bucket)
                .bind(ms(since))
                .execute(&mut *tx)
                .await?;
            sqlx::query("INSERT INTO rate_hits (bucket, at) VALUES ($1, $2)")
                .bind(bucket)
                .bind(ms(now))
                .execute(&mut *tx)
                .await?;
            let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM rate_hits WHERE bucket = $1")
                .bind(bucket)
                .fetch_one(&mut *tx)
                .await?;
            tx.commit().await?;
            Ok(n)
        }

        pub(super) async fn sql_insert_deliveries(&self, deliveries: &[Delivery]) -> StoreResult<()> {
            let mut tx = self.writer().begin().await?;
            for d in deliveries {
                insert_delivery!(&mut *tx, d);
            }
            tx.commit().await?;
            Ok(())
        }

        pub(super) async fn sql_finish_delivery(&self, id: &DeliveryId, o: &DeliveryOutcome) -> StoreResult<()> {
            // Only a claimed row takes an outcome: a status report that already moved it
            // on (a fast callback) is not overwritten.
            sqlx::query(
                "UPDATE deliveries SET status = $1, due_at = COALESCE($2, due_at), provider_id = COALESCE($3, provider_id), \
                 error_code = $4, segments = COALESCE($5, segments), lease_until = NULL, updated_at = $6, \
                 sent_at = CASE WHEN $1 IN ('queued', 'sent', 'delivered') THEN $6 ELSE sent_at END, \
                 attempts = attempts - $8 WHERE id = $7 AND status = 'sending'",
            )
            .bind(o.status.as_str())
            .bind(opt_ms(o.due_at))
            .bind(o.provider_id.as_deref())
            .bind(o.error_code.as_deref())
            .bind(o.segments)
            .bind(ms(o.at))
            .bind(id.as_str())
            .bind(i64::from(o.refund_attempt))
            .execute(self.writer())
            .await?;
            Ok(())
        }
        }
    };
}
pub(super) use sql_hot_paths;
