//! A clinic and its care team as Portico keeps them.

use super::*;
use jiff::Timestamp;

/// How long a reply's alert waits, unless the clinic says otherwise.
pub const LIVE_ALERT_DELAY: jiff::SignedDuration = jiff::SignedDuration::from_secs(120);

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
    /// When a patient may step up with their date of birth.
    pub step_up_birth_date: BirthDateStepUp,
    /// The colour of the clinic's patient pages.
    pub brand_color: Option<crate::domain::BrandColor>,
    pub created_at: Timestamp,
    /// How long a reply's alert waits for the patient to read the reply on an open page.
    pub live_alert_delay: jiff::SignedDuration,
    /// Whether a patient sees the names of staff who are typing (else "the care team").
    pub live_typing_names: bool,
    /// The street address patients come to.
    pub address: Option<ShortText>,
    /// A number that reaches a person outside opening hours.
    pub after_hours_phone: Option<Phone>,
    /// A crisis line named in the red-flag safety reply ("988"): digits, spaces, `+` and `-`,
    /// as people dial it.
    pub crisis_line: Option<ShortText>,
    /// The age at which a parent's grant narrows (`CareGrant::allows_at`).
    pub teen_privacy_age: i16,
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
            step_up_birth_date: BirthDateStepUp::Default,
            brand_color: None,
            created_at: now,
            live_alert_delay: LIVE_ALERT_DELAY,
            live_typing_names: false,
            address: None,
            after_hours_phone: None,
            crisis_line: None,
            teen_privacy_age: crate::domain::TEEN_PRIVACY_AGE,
        }
    }
}

/// When the date of birth may stand in for a code at step-up: a clinic's choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BirthDateStepUp {
    /// Only for a patient with no second contact point to send a code to, who would
    /// otherwise have no way in at all.
    Default,
    /// For every patient with a date of birth on file.
    On,
    /// Never: a patient with one contact point must ask the clinic to add another.
    Off,
}

impl BirthDateStepUp {
    pub fn as_str(self) -> &'static str {
        match self {
            BirthDateStepUp::Default => "default",
            BirthDateStepUp::On => "on",
            BirthDateStepUp::Off => "off",
        }
    }

    pub fn parse(s: &str) -> Result<Self, ParseError> {
        match s {
            "default" => Ok(BirthDateStepUp::Default),
            "on" => Ok(BirthDateStepUp::On),
            "off" => Ok(BirthDateStepUp::Off),
            _ => Err(ParseError("must be default, on or off")),
        }
    }

    /// Whether a patient may use their date of birth, given whether a code can go to a
    /// second contact point of theirs (the patient must also have a date of birth on file).
    pub fn allows(self, has_second_contact_point: bool) -> bool {
        match self {
            BirthDateStepUp::Default => !has_second_contact_point,
            BirthDateStepUp::On => true,
            BirthDateStepUp::Off => false,
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
    pub role: StaffRole,
    pub email: Option<Email>,
    /// The language of their emails (warnings, escalations, sign-in): the one they last chose
    /// on the staff pages, or the one they were invited in; English when neither.
    pub language: Option<crate::domain::Locale>,
    pub created_at: Timestamp,
}

/// What a member of the care team does at a clinic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StaffRole {
    Clinician,
    Nurse,
    FrontDesk,
    Admin,
}

impl StaffRole {
    pub fn as_str(self) -> &'static str {
        match self {
            StaffRole::Clinician => "clinician",
            StaffRole::Nurse => "nurse",
            StaffRole::FrontDesk => "front_desk",
            StaffRole::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Result<Self, ParseError> {
        match s {
            "clinician" => Ok(StaffRole::Clinician),
            "nurse" => Ok(StaffRole::Nurse),
            "front_desk" => Ok(StaffRole::FrontDesk),
            "admin" => Ok(StaffRole::Admin),
            _ => Err(ParseError("must be clinician, nurse, front_desk or admin")),
        }
    }
}

/// A role compares with its stored name (`"nurse"`).
impl PartialEq<&str> for StaffRole {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

words!(StaffRole { Clinician, Nurse, FrontDesk, Admin });

#[cfg(test)]
#[path = "clinic_tests.rs"]
mod tests;
