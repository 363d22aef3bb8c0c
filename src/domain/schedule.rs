//! When reminders go out: offsets before a visit, and the hours not to send at.

use super::ParseError;
use jiff::{Span, civil::Time};
use std::fmt;

/// How long before a visit a reminder goes out: an ISO 8601 duration (`P3D`, `PT2H`,
/// `PT30M`), positive and at most 30 days. Days are calendar days in the patient's zone.
#[derive(Clone, Copy, Debug)]
pub struct ReminderOffset(Span);

impl PartialEq for ReminderOffset {
    fn eq(&self, other: &Self) -> bool {
        self.0.fieldwise() == other.0.fieldwise()
    }
}

impl ReminderOffset {
    pub fn parse(s: &str) -> Result<Self, ParseError> {
        const BAD: ParseError = ParseError("reminders must be ISO 8601 durations such as P3D or PT2H, at most 30 days");
        let s = s.trim();
        if !s.starts_with(['P', 'p']) || s.len() > 20 {
            return Err(BAD);
        }
        let span: Span = s.parse().map_err(|_| BAD)?;
        if span.is_negative()
            || span.is_zero()
            || span.get_years() != 0
            || span.get_months() != 0
            || span.get_weeks() != 0
        {
            return Err(BAD);
        }
        let approx = span.get_days() as i64 * 86_400
            + span.get_hours() as i64 * 3600
            + span.get_minutes() * 60
            + span.get_seconds();
        if !(60..=30 * 86_400).contains(&approx) {
            return Err(BAD);
        }
        Ok(ReminderOffset(span))
    }

    pub fn span(&self) -> Span {
        self.0
    }
}

impl fmt::Display for ReminderOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A list of offsets, as stored: `PT72H,PT24H,PT2H`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ReminderSchedule(Vec<ReminderOffset>);

impl ReminderSchedule {
    pub fn new(mut offsets: Vec<ReminderOffset>) -> Result<Self, ParseError> {
        if offsets.len() > 6 {
            return Err(ParseError("at most six reminders per appointment"));
        }
        offsets.dedup();
        Ok(ReminderSchedule(offsets))
    }

    pub fn parse_list<S: AsRef<str>>(items: &[S]) -> Result<Self, ParseError> {
        Self::new(items.iter().map(|s| ReminderOffset::parse(s.as_ref())).collect::<Result<_, _>>()?)
    }

    pub fn parse_stored(s: &str) -> Result<Self, ParseError> {
        let items: Vec<&str> = s.split(',').filter(|x| !x.is_empty()).collect();
        Self::parse_list(&items)
    }

    pub fn to_stored(&self) -> String {
        self.0.iter().map(|o| o.0.to_string()).collect::<Vec<_>>().join(",")
    }

    pub fn strings(&self) -> Vec<String> {
        self.0.iter().map(|o| o.0.to_string()).collect()
    }

    pub fn offsets(&self) -> &[ReminderOffset] {
        &self.0
    }
}

/// Local hours during which nothing non-urgent is sent, e.g. 21:00 to 08:00.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuietHours {
    pub start_minute: i64,
    pub end_minute: i64,
}

impl QuietHours {
    pub fn new(start_minute: i64, end_minute: i64) -> Result<Self, ParseError> {
        if !(0..1440).contains(&start_minute) || !(0..1440).contains(&end_minute) {
            return Err(ParseError("quiet hours must be times of day such as 21:00"));
        }
        Ok(QuietHours { start_minute, end_minute })
    }

    pub fn parse_hhmm(s: &str) -> Result<i64, ParseError> {
        let t: Time = s.trim().parse().map_err(|_| ParseError("quiet hours must be times of day such as 21:00"))?;
        Ok(i64::from(t.hour()) * 60 + i64::from(t.minute()))
    }

    pub fn format(minute: i64) -> String {
        format!("{:02}:{:02}", minute / 60, minute % 60)
    }

    /// Whether a local time of day (minutes after midnight) is quiet.
    pub fn contains(&self, minute: i64) -> bool {
        if self.start_minute == self.end_minute {
            false
        } else if self.start_minute < self.end_minute {
            (self.start_minute..self.end_minute).contains(&minute)
        } else {
            minute >= self.start_minute || minute < self.end_minute
        }
    }
}

#[cfg(test)]
#[path = "schedule_tests.rs"]
mod tests;
