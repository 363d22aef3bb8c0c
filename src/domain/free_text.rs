//! Free text a person wrote: a message to or from the care team, a note on a refill.
//! Trimmed; line breaks and tabs kept; other control characters refused. Markup is allowed
//! (every page escapes output).

use super::ParseError;
use std::fmt;

/// The longest message, from anyone (patient pages allow less: `PATIENT_MAX_CHARS`).
pub const MESSAGE_MAX_CHARS: usize = 4000;
/// The longest message a patient may write on a page.
pub const PATIENT_MAX_CHARS: usize = 2000;
/// The longest note on a refill request.
pub const NOTE_MAX_CHARS: usize = 1000;

/// The text of a message: 1 to 4,000 characters.
#[derive(Clone, PartialEq, Eq)]
pub struct MessageBody(String);

impl MessageBody {
    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let text = checked(raw)?;
        if text.chars().count() > MESSAGE_MAX_CHARS {
            return Err(ParseError("is longer than 4000 characters"));
        }
        Ok(MessageBody(text.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn char_count(&self) -> usize {
        self.0.chars().count()
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

/// A note: 1 to 1,000 characters.
#[derive(Clone, PartialEq, Eq)]
pub struct Note(String);

impl Note {
    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let text = checked(raw)?;
        if text.chars().count() > NOTE_MAX_CHARS {
            return Err(ParseError("is longer than 1000 characters"));
        }
        Ok(Note(text.to_string()))
    }

    /// No note when the field is blank; else it must parse.
    pub fn parse_optional(raw: &str) -> Result<Option<Self>, ParseError> {
        if raw.trim().is_empty() { Ok(None) } else { Note::parse(raw).map(Some) }
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

fn checked(raw: &str) -> Result<&str, ParseError> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(ParseError("must not be empty"));
    }
    if text.chars().any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t') {
        return Err(ParseError("must not contain control characters"));
    }
    Ok(text)
}

impl fmt::Debug for MessageBody {
    // Message text is a health detail: never in logs.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "MessageBody({} chars)", self.char_count())
    }
}

impl fmt::Debug for Note {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Note({} chars)", self.0.chars().count())
    }
}

#[cfg(test)]
#[path = "free_text_tests.rs"]
mod tests;
