//! What the store keeps, as domain values. Row structs (`*Row`) are private to the SQL
//! layer and become these through checked conversions: a row that no longer parses is
//! reported as corrupt, never passed on as a bare string.

use crate::domain::{
    AppointmentId, AppointmentStatus, BirthDate, ChannelList, ClinicId, Email, EventId, LinkId, Locale, PatientId,
    PersonName, Phone, Purpose, SessionId, ShortText, StaffId, ThreadId, TimeZone,
};
use jiff::Timestamp;

#[derive(Debug, Clone)]
pub struct Clinic {
    pub id: ClinicId,
    pub name: String,
    pub phone: Option<Phone>,
    pub time_zone: TimeZone,
    /// Default reminder offsets for appointments without their own.
    pub reminders: crate::domain::ReminderSchedule,
    pub quiet_hours: crate::domain::QuietHours,
    /// Most reminders a patient gets in one local day (urgent messages excepted).
    pub daily_reminder_cap: i64,
    /// Whether a patient may step up with their date of birth (the clinic opts in).
    pub step_up_with_birth_date: bool,
    /// The colour of the clinic's patient pages.
    pub brand_color: Option<crate::domain::BrandColor>,
    pub created_at: Timestamp,
}

impl Clinic {
    pub fn new(name: String, phone: Option<Phone>, time_zone: TimeZone, now: Timestamp) -> Self {
        Clinic {
            id: ClinicId::new(),
            name,
            phone,
            time_zone,
            reminders: crate::domain::ReminderSchedule::parse_stored("PT72H,PT24H,PT2H").unwrap_or_default(),
            quiet_hours: crate::domain::QuietHours { start_minute: 21 * 60, end_minute: 8 * 60 },
            daily_reminder_cap: 3,
            step_up_with_birth_date: false,
            brand_color: None,
            created_at: now,
        }
    }
}

/// A member of a clinic's care team.
#[derive(Debug, Clone)]
pub struct StaffMember {
    pub id: StaffId,
    pub clinic_id: ClinicId,
    pub name: PersonName,
    /// `clinician`, `nurse`, `front_desk`, ...
    pub role: String,
    pub email: Option<Email>,
    pub created_at: Timestamp,
}

#[derive(Debug, Clone)]
pub struct Patient {
    pub id: PatientId,
    pub clinic_id: ClinicId,
    pub name: PersonName,
    pub birth_date: Option<BirthDate>,
    pub phone: Option<Phone>,
    pub email: Option<Email>,
    pub language: Locale,
    pub time_zone: TimeZone,
    pub channels: ChannelList,
    /// Health of the phone and email (`ok`, `invalid`, `opted_out`, `bouncing`), as delivery found it.
    pub phone_status: Option<String>,
    pub email_status: Option<String>,
    /// The patient's own quiet hours, where they set them (else the clinic's).
    pub quiet_hours: Option<crate::domain::QuietHours>,
    pub thread_id: ThreadId,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

impl Patient {
    /// A new patient with a fresh id and a fresh default thread; no contact points yet, all
    /// contact points healthy, no quiet hours of their own.
    pub fn new(
        clinic_id: ClinicId,
        name: PersonName,
        language: Locale,
        time_zone: TimeZone,
        channels: ChannelList,
        now: Timestamp,
    ) -> Self {
        Patient {
            id: PatientId::new(),
            clinic_id,
            name,
            birth_date: None,
            phone: None,
            email: None,
            language,
            time_zone,
            channels,
            phone_status: None,
            email_status: None,
            quiet_hours: None,
            thread_id: ThreadId::new(),
            created_at: now,
            updated_at: now,
        }
    }

    /// Whether the patient has an address on this channel that can still receive.
    pub fn can_receive(&self, channel: crate::domain::Channel) -> bool {
        match channel {
            crate::domain::Channel::Sms => {
                self.phone.is_some() && self.phone_status.as_deref().is_none_or(|s| s == "ok")
            }
            crate::domain::Channel::Email => {
                self.email.is_some() && self.email_status.as_deref().is_none_or(|s| s == "ok")
            }
        }
    }

    /// The first channel, in the patient's order of preference, that can receive.
    pub fn first_channel(&self) -> Option<crate::domain::Channel> {
        self.channels.as_slice().iter().copied().find(|c| self.can_receive(*c))
    }
}

#[derive(Debug, Clone)]
pub struct Appointment {
    pub id: AppointmentId,
    pub clinic_id: ClinicId,
    pub patient_id: PatientId,
    pub starts_at: Timestamp,
    pub duration_minutes: i64,
    pub location: Option<ShortText>,
    pub provider: Option<ShortText>,
    /// What to bring, as the clinic wrote it (else the page's general advice).
    pub bring: Option<ShortText>,
    pub status: AppointmentStatus,
    pub cancel_reason: Option<ShortText>,
    /// This appointment's own reminder offsets, overriding the clinic's.
    pub reminders: Option<crate::domain::ReminderSchedule>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

#[derive(Debug, Clone)]
pub struct Thread {
    pub id: ThreadId,
    pub clinic_id: ClinicId,
    pub patient_id: PatientId,
    pub created_at: Timestamp,
}

#[derive(Debug, Clone)]
pub struct Link {
    pub id: LinkId,
    pub clinic_id: ClinicId,
    pub patient_id: PatientId,
    pub purpose: Purpose,
    /// An appointment or thread id, as its purpose says; `None` for sign-in.
    pub subject_id: Option<String>,
    pub lookup: Vec<u8>,
    pub key_id: u8,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
    pub consumed_at: Option<Timestamp>,
    pub revoked_at: Option<Timestamp>,
    pub superseded_at: Option<Timestamp>,
}

/// Why a link cannot be used (any more).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkRefusal {
    Used,
    Expired,
    Revoked,
    Superseded,
}

impl LinkRefusal {
    pub fn code(&self) -> &'static str {
        match self {
            LinkRefusal::Used => "LNK-USED",
            LinkRefusal::Expired => "LNK-EXPIRED",
            LinkRefusal::Revoked => "LNK-REVOKED",
            LinkRefusal::Superseded => "LNK-SUPERSEDED",
        }
    }
}

impl Link {
    /// Whether the link may still be used at `now`, and if not, why.
    pub fn refusal(&self, now: Timestamp) -> Option<LinkRefusal> {
        if self.revoked_at.is_some() {
            Some(LinkRefusal::Revoked)
        } else if self.consumed_at.is_some() {
            Some(LinkRefusal::Used)
        } else if self.superseded_at.is_some() {
            Some(LinkRefusal::Superseded)
        } else if self.expires_at <= now {
            Some(LinkRefusal::Expired)
        } else {
            None
        }
    }
}

/// A link with what its landing page needs to say.
#[derive(Debug, Clone)]
pub struct LinkView {
    pub link: Link,
    pub clinic_name: String,
    pub language: Locale,
}

#[derive(Debug, Clone)]
pub struct NewSession {
    pub id: SessionId,
    pub id_hash: Vec<u8>,
    pub created_at: Timestamp,
    pub idle_expires_at: Timestamp,
    pub expires_at: Timestamp,
}

#[derive(Debug, Clone)]
pub struct Session {
    pub id: SessionId,
    pub clinic_id: ClinicId,
    pub patient_id: PatientId,
    pub link_id: Option<LinkId>,
    pub purpose: Purpose,
    pub subject_id: Option<String>,
    pub created_at: Timestamp,
    pub last_seen_at: Timestamp,
    pub idle_expires_at: Timestamp,
    pub expires_at: Timestamp,
    pub ended_at: Option<Timestamp>,
    /// When the patient proved who they are (code or date of birth) in this session.
    pub stepped_up_at: Option<Timestamp>,
}

/// The outcome of trying to consume a link.
#[derive(Debug, Clone)]
pub enum Consume {
    /// This call used the link; the session was stored.
    Consumed(Link),
    /// The link exists but cannot be used.
    Refused(Link, LinkRefusal),
    /// No link has this lookup value.
    NotFound,
}

#[derive(Debug, Clone)]
pub struct AuditEvent {
    pub id: EventId,
    pub at: Timestamp,
    pub clinic_id: Option<ClinicId>,
    /// Who acted: `api:<key prefix>`, `patient:<id>`, `system`, `cli`.
    pub actor: String,
    /// What happened, dotted: `link.redeemed`, `link.refused`, `patient.created`.
    pub action: String,
    /// What it happened to (an id), if anything.
    pub subject: Option<String>,
    /// A short code or JSON with details; never a secret, never health details.
    pub detail: Option<String>,
}

impl AuditEvent {
    pub fn new(at: Timestamp, clinic_id: Option<&ClinicId>, actor: impl Into<String>, action: &str) -> Self {
        AuditEvent {
            id: EventId::new(),
            at,
            clinic_id: clinic_id.cloned(),
            actor: actor.into(),
            action: action.to_string(),
            subject: None,
            detail: None,
        }
    }

    pub fn subject(mut self, s: impl Into<String>) -> Self {
        self.subject = Some(s.into());
        self
    }

    pub fn detail(mut self, d: impl Into<String>) -> Self {
        self.detail = Some(d.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdempotencyBegin {
    /// First use of the key: go ahead, then `idempotency_finish`.
    Fresh,
    /// Same key, same request, finished: replay this response.
    Replay { status: u16, body: Vec<u8> },
    /// Same key, different request.
    Mismatch,
    /// Same key, same request, still running elsewhere.
    InProgress,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct OutboxMessage {
    pub channel: String,
    pub to: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    pub body: String,
    #[serde(with = "rfc3339")]
    pub created_at: Timestamp,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clinic_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub patient_id: Option<String>,
}

mod rfc3339 {
    pub fn serialize<S: serde::Serializer>(t: &jiff::Timestamp, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&t.strftime("%Y-%m-%dT%H:%M:%SZ"))
    }
}

/// One message to one contact point: the outbox row and, once sent, its log entry.
#[derive(Debug, Clone)]
pub struct Delivery {
    pub id: crate::domain::DeliveryId,
    pub clinic_id: ClinicId,
    pub patient_id: PatientId,
    pub purpose: crate::domain::DeliveryPurpose,
    pub channel: crate::domain::Channel,
    /// What the deep link in the message opens, if it carries one.
    pub link_purpose: Option<Purpose>,
    pub subject_id: Option<String>,
    pub appointment_id: Option<AppointmentId>,
    pub urgent: bool,
    pub status: crate::domain::DeliveryStatus,
    pub attempts: i64,
    pub due_at: Timestamp,
    /// After this the message can no longer help: drop it instead of sending late.
    pub not_after: Option<Timestamp>,
    pub lease_until: Option<Timestamp>,
    pub provider_id: Option<String>,
    pub error_code: Option<String>,
    pub segments: Option<i64>,
    pub fallback_of: Option<crate::domain::DeliveryId>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub sent_at: Option<Timestamp>,
    pub delivered_at: Option<Timestamp>,
}

impl Delivery {
    /// A new pending delivery.
    pub fn new(
        patient: &Patient,
        purpose: crate::domain::DeliveryPurpose,
        channel: crate::domain::Channel,
        due_at: Timestamp,
        now: Timestamp,
    ) -> Self {
        Delivery {
            id: crate::domain::DeliveryId::new(),
            clinic_id: patient.clinic_id.clone(),
            patient_id: patient.id.clone(),
            purpose,
            channel,
            link_purpose: None,
            subject_id: None,
            appointment_id: None,
            urgent: false,
            status: crate::domain::DeliveryStatus::Pending,
            attempts: 0,
            due_at,
            not_after: None,
            lease_until: None,
            provider_id: None,
            error_code: None,
            segments: None,
            fallback_of: None,
            created_at: now,
            updated_at: now,
            sent_at: None,
            delivered_at: None,
        }
    }
}

/// What a dispatcher records after trying a delivery.
#[derive(Debug, Clone)]
pub struct DeliveryOutcome {
    pub status: crate::domain::DeliveryStatus,
    /// For a retry: when to try again.
    pub due_at: Option<Timestamp>,
    pub provider_id: Option<String>,
    pub error_code: Option<String>,
    pub segments: Option<i64>,
    pub at: Timestamp,
    /// The claim was not a send attempt (deferred for quiet hours or a cap): give it back.
    pub refund_attempt: bool,
}

/// What else changes with an appointment, in the same transaction.
#[derive(Debug, Clone, Default)]
pub struct AppointmentChange {
    /// Drop reminders still waiting (the time moved, or the visit is off).
    pub drop_pending_reminders: bool,
    /// New deliveries to queue (re-planned reminders).
    pub deliveries: Vec<Delivery>,
    /// Queued only if a reminder for this appointment already went out.
    pub cancellation: Option<Delivery>,
}

/// One message in a thread between a patient and the care team.
#[derive(Debug, Clone)]
pub struct Message {
    pub id: crate::domain::MessageId,
    pub thread_id: ThreadId,
    pub clinic_id: ClinicId,
    pub patient_id: PatientId,
    /// `staff` or `patient`.
    pub author: String,
    pub sender: String,
    pub body: String,
    pub created_at: Timestamp,
}

impl Message {
    /// A message the patient writes (a reply, a text, a request), in their own thread.
    pub fn from_patient(patient: &Patient, body: String, now: Timestamp) -> Self {
        Message {
            id: crate::domain::MessageId::new(),
            thread_id: patient.thread_id.clone(),
            clinic_id: patient.clinic_id.clone(),
            patient_id: patient.id.clone(),
            author: "patient".into(),
            sender: patient.name.to_string(),
            body,
            created_at: now,
        }
    }
}

/// A medicine the clinic lists for a patient, so a refill is one tap.
#[derive(Debug, Clone)]
pub struct Medication {
    pub id: crate::domain::MedicationId,
    pub clinic_id: ClinicId,
    pub patient_id: PatientId,
    pub name: String,
    pub instructions: Option<String>,
    pub active: bool,
    pub created_at: Timestamp,
}

/// A patient's request for a refill.
#[derive(Debug, Clone)]
pub struct RefillRequest {
    pub id: crate::domain::RefillId,
    pub clinic_id: ClinicId,
    pub patient_id: PatientId,
    /// The listed medicine picked, if one was.
    pub medication_id: Option<crate::domain::MedicationId>,
    /// Its name then, or what the patient wrote.
    pub medication: String,
    pub pharmacy: String,
    pub note: Option<String>,
    pub status: crate::domain::RefillStatus,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// One step of a refill request's timeline.
#[derive(Debug, Clone)]
pub struct RefillEvent {
    pub status: crate::domain::RefillStatus,
    pub note: Option<String>,
    /// `patient:{id}` or `api:{key id}`.
    pub actor: String,
    pub at: Timestamp,
}

/// A change of phone or email waiting for the code sent to the new point.
#[derive(Debug, Clone)]
pub struct ContactChange {
    pub patient_id: PatientId,
    pub channel: crate::domain::Channel,
    pub new_value: String,
    pub code_hash: Vec<u8>,
    pub tries: i64,
    pub expires_at: Timestamp,
}
