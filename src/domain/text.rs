//! Short free text fields (a location, a provider's name).

use super::ParseError;
use std::fmt;

/// Free text up to 200 characters on one line. Markup characters are allowed (a location
/// may be "Suite <B>"), because every page escapes output; control characters are not.
#[derive(Clone, PartialEq, Eq)]
pub struct ShortText(String);

impl ShortText {
    pub fn parse(input: &str) -> Result<Self, ParseError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(ParseError("must not be empty"));
        }
        if s.chars().count() > 200 {
            return Err(ParseError("is longer than 200 characters"));
        }
        if s.chars().any(char::is_control) {
            return Err(ParseError("must be one line without control characters"));
        }
        Ok(ShortText(s.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for ShortText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.0)
    }
}

impl fmt::Display for ShortText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
#[path = "text_tests.rs"]
mod tests;
