//! A patient record: who they are, how to reach them, and whether each contact point still
//! works.

use super::*;
use jiff::Timestamp;

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
    /// Reminders go to every channel in `channels` that can receive, each counting towards
    /// its own daily cap; otherwise to the first that can, the next one only as a fallback.
    pub every_channel: bool,
    /// Health of the phone and email (`ok`, `invalid`, `opted_out`, `bouncing`), as delivery found it.
    pub phone_status: Option<ContactStatus>,
    pub email_status: Option<ContactStatus>,
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
            every_channel: false,
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
                self.phone.is_some() && self.phone_status.is_none_or(|s| s == ContactStatus::Ok)
            }
            crate::domain::Channel::Email => {
                self.email.is_some() && self.email_status.is_none_or(|s| s == ContactStatus::Ok)
            }
        }
    }

    /// The channels a reminder goes to: every one that can receive when the patient asked for
    /// all, else the first.
    pub fn reminder_channels(&self) -> Vec<crate::domain::Channel> {
        if self.every_channel {
            self.channels.as_slice().iter().copied().filter(|c| self.can_receive(*c)).collect()
        } else {
            self.first_channel().into_iter().collect()
        }
    }

    /// The first channel, in the patient's order of preference, that can receive.
    pub fn first_channel(&self) -> Option<crate::domain::Channel> {
        self.channels.as_slice().iter().copied().find(|c| self.can_receive(*c))
    }
}

/// How a phone number or email address stands, as deliveries and the patient found it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactStatus {
    /// Usable (also what a point with no status yet means).
    Ok,
    /// The provider says it cannot receive: a landline, an unknown number, a dead mailbox.
    Invalid,
    /// The patient said stop (STOP by SMS, a carrier opt-out, unticked in settings).
    OptedOut,
    /// Email to it bounces.
    Bouncing,
}

impl ContactStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ContactStatus::Ok => "ok",
            ContactStatus::Invalid => "invalid",
            ContactStatus::OptedOut => "opted_out",
            ContactStatus::Bouncing => "bouncing",
        }
    }

    pub fn parse(s: &str) -> Result<Self, ParseError> {
        match s {
            "ok" => Ok(ContactStatus::Ok),
            "invalid" => Ok(ContactStatus::Invalid),
            "opted_out" => Ok(ContactStatus::OptedOut),
            "bouncing" => Ok(ContactStatus::Bouncing),
            _ => Err(ParseError("must be ok, invalid, opted_out or bouncing")),
        }
    }
}
