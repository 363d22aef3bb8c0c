//! E.164 phone numbers.

use super::ParseError;
use std::fmt;

/// A phone number in E.164 form: `+`, a country code, at most 15 digits in all.
///
/// Input may carry the usual separators (spaces, dashes, dots, parentheses); they are
/// dropped. The leading `+` is required: Portico serves clinics in many countries and
/// never guesses a country code.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Phone(String);

impl Phone {
    pub fn parse(input: &str) -> Result<Self, ParseError> {
        let input = input.trim();
        let Some(rest) = input.strip_prefix('+') else {
            return Err(ParseError("phone must be in international E.164 form, starting with + and the country code"));
        };
        let mut digits = String::with_capacity(15);
        for c in rest.chars() {
            match c {
                '0'..='9' => digits.push(c),
                ' ' | '-' | '.' | '(' | ')' => {}
                _ => return Err(ParseError("phone may contain only digits after the +")),
            }
            if digits.len() > 15 {
                return Err(ParseError("phone has more than 15 digits"));
            }
        }
        if digits.len() < 8 {
            return Err(ParseError("phone has too few digits for an E.164 number"));
        }
        if digits.starts_with('0') {
            return Err(ParseError("phone country code cannot start with 0"));
        }
        // North American Numbering Plan: exactly ten digits after the 1, and neither the
        // area code nor the exchange starts with 0 or 1.
        if let Some(national) = digits.strip_prefix('1') {
            let b = national.as_bytes();
            if b.len() != 10 || b[0] < b'2' || b[3] < b'2' {
                return Err(ParseError("phone is not a valid North American number"));
            }
        }
        Ok(Phone(format!("+{digits}")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The last four digits, for showing a patient where a code or link went.
    pub fn masked(&self) -> String {
        let tail = &self.0[self.0.len().saturating_sub(4)..];
        format!("•••{tail}")
    }
}

impl fmt::Debug for Phone {
    // Phone numbers are personal data: keep them out of logs.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Phone({})", self.masked())
    }
}

impl fmt::Display for Phone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
#[path = "phone_tests.rs"]
mod tests;
