//! IANA time zones.

use super::ParseError;
use std::fmt;

/// An IANA time zone name known to the bundled tz database (`America/Chicago`).
#[derive(Clone)]
pub struct TimeZone {
    name: String,
    tz: jiff::tz::TimeZone,
}

impl TimeZone {
    pub fn parse(input: &str) -> Result<Self, ParseError> {
        let input = input.trim();
        // Names are short ASCII; refusing anything else early keeps odd input away from
        // the database lookup.
        if input.is_empty()
            || input.len() > 64
            || !input.chars().all(|c| c.is_ascii_alphanumeric() || "/_-+".contains(c))
        {
            return Err(ParseError("time_zone must be an IANA name such as America/Chicago"));
        }
        let tz = jiff::tz::db().get(input).map_err(|_| ParseError("time_zone is not a known IANA time zone"))?;
        let name = tz.iana_name().unwrap_or(input).to_string();
        Ok(TimeZone { name, tz })
    }

    pub fn as_str(&self) -> &str {
        &self.name
    }

    pub fn tz(&self) -> &jiff::tz::TimeZone {
        &self.tz
    }
}

impl PartialEq for TimeZone {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}
impl Eq for TimeZone {}

impl fmt::Debug for TimeZone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TimeZone({})", self.name)
    }
}

impl fmt::Display for TimeZone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}

#[cfg(test)]
#[path = "timezone_tests.rs"]
mod tests;
