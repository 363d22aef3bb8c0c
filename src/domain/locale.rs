//! BCP 47 language tags.

use super::ParseError;
use std::fmt;

/// A BCP 47 language tag of the common shape `language[-Script][-REGION]`, in canonical
/// case (`es`, `zh-Hans`, `pt-BR`). Private-use and extension subtags are refused: no page,
/// message or reply table is keyed by them.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Locale(String);

impl Locale {
    pub fn parse(input: &str) -> Result<Self, ParseError> {
        const BAD: ParseError = ParseError("language must be a BCP 47 tag such as en, es, zh-Hans or pt-BR");
        let input = input.trim();
        if input.is_empty() || input.len() > 16 {
            return Err(BAD);
        }
        let mut parts = input.split(['-', '_']);
        let lang = parts.next().unwrap_or_default();
        if !(2..=3).contains(&lang.len()) || !lang.chars().all(|c| c.is_ascii_alphabetic()) {
            return Err(BAD);
        }
        let mut out = lang.to_ascii_lowercase();
        let mut seen_script = false;
        let mut seen_region = false;
        for part in parts {
            let alpha = part.chars().all(|c| c.is_ascii_alphabetic());
            let digit = part.chars().all(|c| c.is_ascii_digit());
            if part.len() == 4 && alpha && !seen_script && !seen_region {
                seen_script = true;
                out.push('-');
                out.push_str(&part[..1].to_ascii_uppercase());
                out.push_str(&part[1..].to_ascii_lowercase());
            } else if ((part.len() == 2 && alpha) || (part.len() == 3 && digit)) && !seen_region {
                seen_region = true;
                out.push('-');
                out.push_str(&part.to_ascii_uppercase());
            } else {
                return Err(BAD);
            }
        }
        Ok(Locale(out))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The primary language subtag (`zh` for `zh-Hans`).
    pub fn language(&self) -> &str {
        self.0.split('-').next().unwrap_or(&self.0)
    }

    pub fn english() -> Self {
        Locale("en".into())
    }
}

impl fmt::Debug for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Locale({})", self.0)
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
#[path = "locale_tests.rs"]
mod tests;
