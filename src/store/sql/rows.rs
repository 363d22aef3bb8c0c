//! The rows the SQL returns, each with its conversion into the record the rest of Portico
//! sees. sqlx maps a row by column name (`FromRow`); rusqlite, on SQLite's hot paths, by
//! position, for speed (a name lookup per column per row is a string search each time).
//! So the row types rusqlite reads are declared with `row!`, which derives both from one
//! field list: `from_sqlite` reads the columns in field order, and `COLUMNS` names that
//! order for the tests (`sql/tests.rs`), which check it against the columns each hot
//! statement returns. Swap two columns in a SELECT, or two fields here, and they fail.

use super::{corrupt, opt_ts, ts};
use crate::domain::{
    AppointmentId, AppointmentStatus, AuthMethod, BirthDate, Channel, ChannelList, ClinicId, DeliveryId,
    DeliveryPurpose, DeliveryStatus, Email, EventId, LinkId, Locale, PatientId, PersonName, Phone, Purpose, QuietHours,
    ReminderSchedule, SessionId, ShortText, StaffId, ThreadId, TimeZone,
};
use crate::store::StoreResult;
use crate::store::records::*;

/// A row type that sqlx reads by name and rusqlite by position, from one list of fields.
macro_rules! row {
    ($name:ident { $($field:ident: $ty:ty,)* }) => {
        // Deserialize: PostgreSQL's claim for dispatch returns rows as JSON (`sql/dispatch.rs`).
        #[derive(sqlx::FromRow, serde::Deserialize)]
        pub(in crate::store) struct $name {
            $(pub(in crate::store) $field: $ty,)*
        }

        impl $name {
            /// The columns in the order `from_sqlite` reads them: the fields' order.
            #[cfg(test)]
            pub(in crate::store) const COLUMNS: &[&str] = &[$(stringify!($field)),*];

            /// Read the row from rusqlite's columns 0, 1, …, one per field, in field order.
            pub(in crate::store) fn from_sqlite(r: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
                Self::read_sqlite(r, &mut (0..))
            }

            /// `from_sqlite` from the columns `at` yields (for a row that embeds this one).
            #[allow(dead_code)] // only `LinkRow` is embedded in another row
            pub(in crate::store) fn read_sqlite(
                r: &rusqlite::Row<'_>,
                at: &mut std::ops::RangeFrom<usize>,
            ) -> rusqlite::Result<Self> {
                Ok($name { $($field: r.get(at.next().unwrap_or_default())?,)* })
            }
        }
    };
}

fn opt_text(v: Option<String>, what: &str) -> StoreResult<Option<ShortText>> {
    v.map(|s| ShortText::parse(&s).map_err(|e| corrupt(what, e))).transpose()
}

row! {
    ClinicRow {
        id: String,
        name: String,
        phone: Option<String>,
        time_zone: String,
        reminder_offsets: String,
        quiet_start_minute: i64,
        quiet_end_minute: i64,
        daily_reminder_cap: i64,
        step_up_birth_date: String,
        brand_color: Option<String>,
        created_at: i64,
        live_alert_delay_seconds: i64,
        live_typing_names: i64,
        address: Option<String>,
        after_hours_phone: Option<String>,
        crisis_line: Option<String>,
        teen_privacy_age: i64,
    }
}

impl ClinicRow {
    pub(in crate::store) fn into_clinic(self) -> StoreResult<Clinic> {
        Ok(Clinic {
            id: ClinicId::from_trusted(self.id),
            name: self.name,
            phone: self.phone.map(|p| Phone::parse(&p).map_err(|e| corrupt("clinic phone", e))).transpose()?,
            time_zone: TimeZone::parse(&self.time_zone).map_err(|e| corrupt("clinic time zone", e))?,
            reminders: ReminderSchedule::parse_stored(&self.reminder_offsets).map_err(|e| corrupt("reminders", e))?,
            quiet_hours: QuietHours::new(self.quiet_start_minute, self.quiet_end_minute)
                .map_err(|e| corrupt("quiet hours", e))?,
            daily_reminder_cap: self.daily_reminder_cap,
            step_up_birth_date: crate::domain::BirthDateStepUp::parse(&self.step_up_birth_date)
                .map_err(|e| corrupt("birth date step-up", e))?,
            brand_color: self
                .brand_color
                .map(|c| crate::domain::BrandColor::parse(&c).map_err(|e| corrupt("brand colour", e)))
                .transpose()?,
            created_at: ts(self.created_at)?,
            live_alert_delay: jiff::SignedDuration::from_secs(self.live_alert_delay_seconds),
            live_typing_names: self.live_typing_names != 0,
            address: self
                .address
                .map(|a| crate::domain::ShortText::parse(&a).map_err(|e| corrupt("clinic address", e)))
                .transpose()?,
            after_hours_phone: self
                .after_hours_phone
                .map(|p| Phone::parse(&p).map_err(|e| corrupt("after-hours phone", e)))
                .transpose()?,
            crisis_line: opt_text(self.crisis_line, "crisis line")?,
            teen_privacy_age: i16::try_from(self.teen_privacy_age)
                .ok()
                .filter(|a| crate::domain::TEEN_PRIVACY_AGES.contains(a))
                .ok_or_else(|| corrupt("teen privacy age", self.teen_privacy_age))?,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(in crate::store) struct StaffRow {
    id: String,
    clinic_id: String,
    name: String,
    role: String,
    email: Option<String>,
    language: Option<String>,
    created_at: i64,
}

impl StaffRow {
    pub(in crate::store) fn into_member(self) -> StoreResult<StaffMember> {
        Ok(StaffMember {
            id: StaffId::from_trusted(self.id),
            clinic_id: ClinicId::from_trusted(self.clinic_id),
            name: PersonName::parse(&self.name).map_err(|e| corrupt("staff name", e))?,
            role: crate::domain::StaffRole::parse(&self.role).map_err(|e| corrupt("staff role", e))?,
            email: self.email.map(|p| Email::parse(&p).map_err(|e| corrupt("staff email", e))).transpose()?,
            language: self
                .language
                .map(|l| crate::domain::Locale::parse(&l).map_err(|e| corrupt("staff language", e)))
                .transpose()?,
            created_at: ts(self.created_at)?,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(in crate::store) struct StaffTokenRow {
    id: String,
    token_hash: Vec<u8>,
    staff_id: String,
    clinic_id: String,
    kind: String,
    code_hash: Option<Vec<u8>>,
    created_at: i64,
    expires_at: i64,
    used_at: Option<i64>,
}

impl StaffTokenRow {
    pub(in crate::store) fn into_token(self) -> StoreResult<crate::domain::StaffToken> {
        Ok(crate::domain::StaffToken {
            id: self.id,
            token_hash: self.token_hash,
            staff_id: StaffId::from_trusted(self.staff_id),
            clinic_id: ClinicId::from_trusted(self.clinic_id),
            kind: crate::domain::StaffTokenKind::parse(&self.kind).map_err(|e| corrupt("staff token kind", e))?,
            code_hash: self.code_hash,
            created_at: ts(self.created_at)?,
            expires_at: ts(self.expires_at)?,
            used_at: opt_ts(self.used_at)?,
        })
    }
}

row! {
    PatientRow {
        id: String,
        clinic_id: String,
        name: String,
        birth_date: Option<String>,
        language: String,
        time_zone: String,
        channels: String,
        created_at: i64,
        updated_at: i64,
        phone: Option<String>,
        email: Option<String>,
        phone_status: Option<String>,
        email_status: Option<String>,
        quiet_start: Option<i64>,
        quiet_end: Option<i64>,
        thread_id: Option<String>,
        every_channel: i64,
    }
}

impl PatientRow {
    pub(in crate::store) fn into_patient(self) -> StoreResult<Patient> {
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
            every_channel: self.every_channel != 0,
            phone_status: contact_status(self.phone_status)?,
            email_status: contact_status(self.email_status)?,
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
pub(in crate::store) struct MedicationRow {
    id: String,
    clinic_id: String,
    patient_id: String,
    name: String,
    instructions: Option<String>,
    active: i64,
    created_at: i64,
}

impl MedicationRow {
    pub(in crate::store) fn into_medication(self) -> StoreResult<Medication> {
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
pub(in crate::store) struct RefillRow {
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
    pub(in crate::store) fn into_refill(self) -> StoreResult<RefillRequest> {
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

row! {
    AppointmentRow {
        id: String,
        clinic_id: String,
        patient_id: String,
        starts_at: i64,
        duration_minutes: i64,
        location: Option<String>,
        provider: Option<String>,
        status: String,
        cancel_reason: Option<String>,
        reminder_offsets: Option<String>,
        bring: Option<String>,
        created_at: i64,
        updated_at: i64,
    }
}

impl AppointmentRow {
    pub(in crate::store) fn into_appointment(self) -> StoreResult<Appointment> {
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
pub(in crate::store) struct ThreadRow {
    id: String,
    clinic_id: String,
    patient_id: String,
    created_at: i64,
}

impl ThreadRow {
    pub(in crate::store) fn into_thread(self) -> StoreResult<Thread> {
        Ok(Thread {
            id: ThreadId::from_trusted(self.id),
            clinic_id: ClinicId::from_trusted(self.clinic_id),
            patient_id: PatientId::from_trusted(self.patient_id),
            created_at: ts(self.created_at)?,
        })
    }
}

row! {
    LinkRow {
        id: String,
        clinic_id: String,
        patient_id: String,
        purpose: String,
        subject_id: Option<String>,
        lookup: Vec<u8>,
        key_id: i64,
        created_at: i64,
        expires_at: i64,
        consumed_at: Option<i64>,
        revoked_at: Option<i64>,
        superseded_at: Option<i64>,
        code_locator: Option<Vec<u8>>,
    }
}

impl LinkRow {
    pub(in crate::store) fn into_link(self) -> StoreResult<Link> {
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
            code_locator: self.code_locator,
        })
    }
}

/// A link as a try of its code left it: its columns, then how many tries its code has had.
#[derive(sqlx::FromRow)]
pub(in crate::store) struct LinkCodeTryRow {
    #[sqlx(flatten)]
    pub(in crate::store) link: LinkRow,
    pub(in crate::store) code_tries: i64,
}

#[derive(sqlx::FromRow)]
pub(in crate::store) struct LinkViewRow {
    #[sqlx(flatten)]
    pub(in crate::store) link: LinkRow,
    pub(in crate::store) clinic_name: String,
    pub(in crate::store) language: String,
}

impl LinkViewRow {
    /// The row as `LINK_BY_LOOKUP` returns it: the link's columns, then these two.
    pub(in crate::store) fn from_sqlite(r: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        let mut at = 0..;
        let link = LinkRow::read_sqlite(r, &mut at)?;
        Ok(LinkViewRow {
            link,
            clinic_name: r.get(at.next().unwrap_or_default())?,
            language: r.get(at.next().unwrap_or_default())?,
        })
    }

    #[cfg(test)]
    pub(in crate::store) fn columns() -> Vec<&'static str> {
        [LinkRow::COLUMNS, &["clinic_name", "language"]].concat()
    }

    pub(in crate::store) fn into_view(self) -> StoreResult<LinkView> {
        Ok(LinkView {
            link: self.link.into_link()?,
            clinic_name: self.clinic_name,
            language: Locale::parse(&self.language).map_err(|e| corrupt("language", e))?,
        })
    }
}

row! {
    SessionRow {
        id: String,
        clinic_id: String,
        patient_id: String,
        link_id: Option<String>,
        purpose: String,
        subject_id: Option<String>,
        created_at: i64,
        last_seen_at: i64,
        idle_expires_at: i64,
        expires_at: i64,
        ended_at: Option<i64>,
        stepped_up_at: Option<i64>,
        signed_in_with: String,
        stepped_up_with: Option<String>,
    }
}

impl SessionRow {
    pub(in crate::store) fn into_session(self) -> StoreResult<Session> {
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
            signed_in_with: AuthMethod::parse(&self.signed_in_with).map_err(|e| corrupt("signed_in_with", e))?,
            stepped_up_with: self
                .stepped_up_with
                .as_deref()
                .map(AuthMethod::parse)
                .transpose()
                .map_err(|e| corrupt("stepped_up_with", e))?,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(in crate::store) struct AuditRow {
    id: String,
    at: i64,
    clinic_id: Option<String>,
    actor: String,
    action: String,
    subject: Option<String>,
    detail: Option<String>,
    source: Option<String>,
    sample_key: Option<String>,
    count: i64,
    for_patient: Option<String>,
    auth: Option<String>,
}

impl AuditRow {
    pub(in crate::store) fn into_event(self) -> StoreResult<AuditEvent> {
        Ok(AuditEvent {
            id: EventId::from_trusted(self.id),
            at: ts(self.at)?,
            clinic_id: self.clinic_id.map(ClinicId::from_trusted),
            actor: self.actor,
            action: self.action,
            subject: self.subject,
            detail: self.detail,
            source: self.source,
            sample_key: self.sample_key,
            count: self.count,
            for_patient: self.for_patient,
            auth: self.auth,
        })
    }
}

row! {
    DeliveryRow {
        id: String,
        clinic_id: String,
        patient_id: String,
        purpose: String,
        channel: String,
        link_purpose: Option<String>,
        subject_id: Option<String>,
        appointment_id: Option<String>,
        urgent: i64,
        status: String,
        attempts: i64,
        due_at: i64,
        not_after: Option<i64>,
        lease_until: Option<i64>,
        provider_id: Option<String>,
        error_code: Option<String>,
        segments: Option<i64>,
        fallback_of: Option<String>,
        created_at: i64,
        updated_at: i64,
        sent_at: Option<i64>,
        delivered_at: Option<i64>,
        claim: i64,
        digest_of: Option<String>,
        grant_id: Option<String>,
    }
}

impl DeliveryRow {
    pub(in crate::store) fn into_delivery(self) -> StoreResult<Delivery> {
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
            claim: self.claim,
            digest_of: self.digest_of.map(DeliveryId::from_trusted),
            grant_id: self.grant_id.map(crate::domain::GrantId::from_trusted),
        })
    }
}

#[derive(sqlx::FromRow)]
pub(in crate::store) struct OutboxRow {
    channel: String,
    to_address: String,
    subject: Option<String>,
    body: String,
    created_at: i64,
    clinic_id: Option<String>,
    patient_id: Option<String>,
}

impl OutboxRow {
    pub(in crate::store) fn into_message(self) -> StoreResult<OutboxMessage> {
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

fn contact_status(v: Option<String>) -> StoreResult<Option<crate::domain::ContactStatus>> {
    v.map(|s| crate::domain::ContactStatus::parse(&s).map_err(|e| corrupt("contact status", e))).transpose()
}
