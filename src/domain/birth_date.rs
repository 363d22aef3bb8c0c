//! Dates of birth.

use super::ParseError;
use jiff::civil::Date;
use std::fmt;

/// A date of birth, `YYYY-MM-DD`, not in the future and not before 1900.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct BirthDate(Date);

impl BirthDate {
    pub fn parse(input: &str, today: Date) -> Result<Self, ParseError> {
        let input = input.trim();
        if input.len() != 10 {
            return Err(ParseError("birth_date must be a date in the form YYYY-MM-DD"));
        }
        let date: Date = input.parse().map_err(|_| ParseError("birth_date must be a date in the form YYYY-MM-DD"))?;
        if date > today {
            return Err(ParseError("birth_date is in the future"));
        }
        if date.year() < 1900 {
            return Err(ParseError("birth_date is before 1900"));
        }
        Ok(BirthDate(date))
    }

    pub fn date(&self) -> Date {
        self.0
    }
}

impl fmt::Debug for BirthDate {
    // A date of birth is an identifier under HIPAA: keep it out of logs.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BirthDate(…)")
    }
}

impl fmt::Display for BirthDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

#[cfg(test)]
#[path = "birth_date_tests.rs"]
mod tests;
