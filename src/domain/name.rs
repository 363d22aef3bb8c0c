//! People's names.

use super::ParseError;
use std::fmt;

/// A person's name as the clinic records it: 1 to 200 characters, no control characters,
/// and no markup characters (`<`, `>`), which have no place in a name and would only ever
/// be an attempt at injection. Everything else (any script, apostrophes, hyphens) is kept.
#[derive(Clone, PartialEq, Eq)]
pub struct PersonName(String);

impl PersonName {
    pub fn parse(input: &str) -> Result<Self, ParseError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(ParseError("name must not be empty"));
        }
        if s.chars().count() > 200 {
            return Err(ParseError("name is longer than 200 characters"));
        }
        if s.chars().any(|c| c.is_control() || c == '<' || c == '>') {
            return Err(ParseError("name must not contain markup or control characters"));
        }
        Ok(PersonName(s.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The first word, for greetings.
    pub fn given(&self) -> &str {
        self.0.split_whitespace().next().unwrap_or(&self.0)
    }
}

impl fmt::Debug for PersonName {
    // Names are personal data.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PersonName(…)")
    }
}

impl fmt::Display for PersonName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
#[path = "name_tests.rs"]
mod tests;
