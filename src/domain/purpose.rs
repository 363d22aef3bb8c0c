//! Closed vocabularies: link purposes, channels, appointment states.

use super::ParseError;
use std::fmt;

/// What a deep link opens. Each purpose names at most one subject.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Purpose {
    /// Opens the patient's home page; no subject.
    SignIn,
    /// Opens one appointment (subject: an appointment id).
    Appointment,
    /// Opens one message thread (subject: a thread id).
    Thread,
    /// Opens one refill request (subject: a refill request id).
    Refill,
    /// Opens the patient's settings; no subject.
    Settings,
    /// Opens the visits of several patients who share a phone, listed by time only, each
    /// opened after proving whose it is (subject: the appointment ids, space-separated). Only
    /// Portico mints these, for a household reminder; the API cannot ask for one.
    Household,
}

impl Purpose {
    pub fn parse(input: &str) -> Result<Self, ParseError> {
        match input {
            "sign_in" => Ok(Purpose::SignIn),
            "appointment" => Ok(Purpose::Appointment),
            "thread" => Ok(Purpose::Thread),
            "refill" => Ok(Purpose::Refill),
            "settings" => Ok(Purpose::Settings),
            "household" => Ok(Purpose::Household),
            _ => Err(ParseError("purpose must be one of sign_in, appointment, thread, refill, settings")),
        }
    }

    pub fn as_str(&self) -> &'static str {
        match self {
            Purpose::SignIn => "sign_in",
            Purpose::Appointment => "appointment",
            Purpose::Thread => "thread",
            Purpose::Refill => "refill",
            Purpose::Settings => "settings",
            Purpose::Household => "household",
        }
    }

    /// Default lifetime of a link for this purpose, in seconds.
    pub fn default_ttl_seconds(&self) -> i64 {
        match self {
            Purpose::SignIn => 60 * 60,
            Purpose::Appointment | Purpose::Household => 7 * 24 * 60 * 60,
            Purpose::Thread | Purpose::Refill => 72 * 60 * 60,
            Purpose::Settings => 60 * 60,
        }
    }
}

impl fmt::Display for Purpose {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A way to reach a patient.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Channel {
    Sms,
    Email,
}

impl Channel {
    pub fn parse(input: &str) -> Result<Self, ParseError> {
        match input {
            "sms" => Ok(Channel::Sms),
            "email" => Ok(Channel::Email),
            _ => Err(ParseError("channel must be sms or email")),
        }
    }

    pub fn as_str(&self) -> &'static str {
        match self {
            Channel::Sms => "sms",
            Channel::Email => "email",
        }
    }
}

/// A patient's channels in order of preference, without repeats, never empty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChannelList(Vec<Channel>);

impl ChannelList {
    pub fn new(channels: Vec<Channel>) -> Result<Self, ParseError> {
        if channels.is_empty() {
            return Err(ParseError("channels must name at least one of sms, email"));
        }
        for (i, c) in channels.iter().enumerate() {
            if channels[..i].contains(c) {
                return Err(ParseError("channels must not repeat a channel"));
            }
        }
        Ok(ChannelList(channels))
    }

    /// Storage form: `sms,email`.
    pub fn parse_stored(input: &str) -> Result<Self, ParseError> {
        Self::new(input.split(',').filter(|s| !s.is_empty()).map(Channel::parse).collect::<Result<_, _>>()?)
    }

    pub fn to_stored(&self) -> String {
        self.0.iter().map(Channel::as_str).collect::<Vec<_>>().join(",")
    }

    pub fn as_slice(&self) -> &[Channel] {
        &self.0
    }

    pub fn contains(&self, c: Channel) -> bool {
        self.0.contains(&c)
    }
}

/// Where an appointment stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AppointmentStatus {
    Scheduled,
    Confirmed,
    Cancelled,
}

impl AppointmentStatus {
    pub fn parse(input: &str) -> Result<Self, ParseError> {
        match input {
            "scheduled" => Ok(AppointmentStatus::Scheduled),
            "confirmed" => Ok(AppointmentStatus::Confirmed),
            "cancelled" => Ok(AppointmentStatus::Cancelled),
            _ => Err(ParseError("status must be scheduled, confirmed or cancelled")),
        }
    }

    pub fn as_str(&self) -> &'static str {
        match self {
            AppointmentStatus::Scheduled => "scheduled",
            AppointmentStatus::Confirmed => "confirmed",
            AppointmentStatus::Cancelled => "cancelled",
        }
    }
}

words!(Channel { Sms, Email });
words!(AppointmentStatus { Scheduled, Confirmed, Cancelled });

#[cfg(test)]
#[path = "purpose_tests.rs"]
mod tests;
