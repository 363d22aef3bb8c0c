//! Email addresses.

use super::ParseError;
use std::fmt;

/// An email address in the common `local@domain` form that real mail systems deliver to.
///
/// Deliberately narrower than RFC 5322: no quoted local parts, comments or IP literals,
/// and never a control character, so an address can go into a mail header unescaped
/// without any chance of header injection. The domain is lower-cased.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    pub fn parse(input: &str) -> Result<Self, ParseError> {
        let input = input.trim();
        if input.len() > 254 {
            return Err(ParseError("email is longer than 254 characters"));
        }
        let Some((local, domain)) = input.rsplit_once('@') else {
            return Err(ParseError("email must look like name@example.org"));
        };
        if local.is_empty() || local.len() > 64 {
            return Err(ParseError("email must have a name before the @"));
        }
        let local_ok = local.chars().all(|c| {
            c.is_ascii_alphanumeric()
                || "!#$%&'*+-/=?^_`{|}~.".contains(c)
                || (!c.is_ascii() && !c.is_control() && !c.is_whitespace())
        });
        if !local_ok || local.starts_with('.') || local.ends_with('.') || local.contains("..") {
            return Err(ParseError("email has characters that are not allowed before the @"));
        }
        let domain = domain.to_lowercase();
        let labels: Vec<&str> = domain.split('.').collect();
        if labels.len() < 2 {
            return Err(ParseError("email domain must contain a dot"));
        }
        for label in &labels {
            let ok = !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || (!c.is_ascii() && c.is_alphanumeric()));
            if !ok {
                return Err(ParseError("email domain is not valid"));
            }
        }
        Ok(Email(format!("{local}@{domain}")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// First letter and domain, for showing a patient where a code or link went.
    pub fn masked(&self) -> String {
        let (local, domain) = self.0.rsplit_once('@').unwrap_or(("", ""));
        let first: String = local.chars().take(1).collect();
        format!("{first}•••@{domain}")
    }
}

impl fmt::Debug for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Email({})", self.masked())
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
#[path = "email_tests.rs"]
mod tests;
