//! The domain: parse-don't-validate values (everything that crosses the HTTP or CLI edge
//! becomes one of these once; past the edge nothing is a bare `String`) and the entities
//! built from them, with their rules. This module must not touch storage or rendering.

#[macro_use]
mod words;
pub mod aaguid;
mod appointment;
mod audit;
mod birth_date;
mod calendar;
mod clinic;
mod color;
mod delivery;
mod email;
mod free_text;
mod grant;
mod ids;
mod link;
mod live;
mod locale;
mod message;
mod name;
mod patient;
mod person;
mod phone;
mod purpose;
mod red_flags;
mod refill;
mod reply;
mod reply_clock;
mod reply_policy;
mod reply_report;
mod saved_reply;
mod schedule;
mod session;
mod staff;
mod teams;
mod text;
mod timezone;
pub mod webhooks;

pub use appointment::{Appointment, AppointmentRefusal};
pub use audit::{Actor, AuditEvent, parse_cursor as parse_audit_cursor};
pub use birth_date::BirthDate;
pub use calendar::{BusinessCalendar, CalendarError, CalendarSpec, HoursSpec, PartialDaySpec, WeekSpec};
pub use clinic::{BirthDateStepUp, Clinic, LIVE_ALERT_DELAY, StaffMember, StaffRole};
pub use color::BrandColor;
pub use delivery::{Delivery, DeliveryOutcome, DeliveryPurpose, DeliveryStatus, SAME_HOUR};
pub use email::Email;
pub use free_text::{MESSAGE_MAX_CHARS, MessageBody, NOTE_MAX_CHARS, Note, PATIENT_MAX_CHARS};
pub use grant::{
    ADULT_AGE, Act, CareGrant, CaregiverSession, GRANT_LONGEST, GrantBasis, GrantChange, GrantError, GrantInvitation,
    GrantRefusal, GrantRequest, GrantStatus, GranteeContact, INVITATION_LIFETIME, PATIENT_GIVEN_DEFAULT, Scope, Scopes,
    TEEN_PRIVACY_AGE, TEEN_PRIVACY_AGES, age_at, age_on, parse_stored_scopes, stored_scopes,
};
pub use ids::{
    AppointmentId, ClinicId, DeliveryId, EventId, GrantId, LinkId, MedicationId, MessageId, PasskeyId, PatientId,
    RefillId, SessionId, StaffId, ThreadId, new_id_string,
};
pub use link::{Link, LinkRefusal, LinkView};
pub use live::{
    LiveEvent, LiveKind, OVERDUE_REF, TYPING_EVERY, TYPING_SHOWS_FOR, Typing, TypingWho, Viewer, caregiver_stream_key,
};
pub use locale::Locale;
pub use message::{Message, Thread};
pub use name::PersonName;
pub use patient::{ContactStatus, Patient};
pub use person::{Ceremony, CeremonyKind, PersonId, StoredPasskey};
pub use phone::Phone;
pub use purpose::{AppointmentStatus, Channel, ChannelList, Purpose};
pub use red_flags::{DEFAULT_RED_FLAGS, RED_FLAG_ACK_WITHIN, red_flag_in};
pub use refill::{Medication, RefillEvent, RefillRequest, RefillStatus};
pub use reply::{ReplyAction, ReplyQuestion, UnmatchedText};
pub use reply_clock::ReplyClock;
pub use reply_policy::{
    PolicyError, PromiseSpec, ReplyCategory, ReplyPolicy, ReplyPolicySpec, ReplyPriority, Within, WithinSpec,
};
pub use reply_report::{ReplyEpisode, ReplyFigures};
pub use saved_reply::{SAVED_REPLY_LANGUAGES, SavedReply, SavedReplyError, SavedReplySpec};
pub use schedule::{QuietHours, ReminderOffset, ReminderSchedule};
pub use session::{AuthMethod, ContactChange, NewSession, Session};
pub use staff::{
    Conversation, ConversationNote, ConversationStatus, ConversationSummary, InboxCursor, InboxQuery, InboxView,
    STAFF_INVITE_LIFETIME, STAFF_SESSION_ABSOLUTE, STAFF_SESSION_IDLE, STAFF_SIGN_IN_LIFETIME, StaffSession,
    StaffToken, StaffTokenKind,
};
pub use teams::{
    Absence, AbsenceRefusal, ConversationStep, Escalation, EscalationLevel, MAX_ROUTING_RULES, RouteBy, RoutingError,
    RoutingRule, StepKind, Team, answering_for, escalate, is_clinical, lead_after, route, warn_at,
};
pub use text::ShortText;
pub use timezone::TimeZone;

/// Why a value was refused at the edge. The message is safe to show to the caller: it
/// never echoes the refused value back (it may be a secret or contain markup).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct ParseError(pub &'static str);
pub use words::{Words, word_items, word_or_null_schema, word_schema};
