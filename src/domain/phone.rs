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

    /// The number as someone dials it from inside its own country: `(312) 555-0142`,
    /// `020 7946 0958`, `01 23 45 67 89`, `090 123 45 67`. `None` for a country Portico does
    /// not format, or a number whose length does not fit its country's plan.
    ///
    /// Formatted countries (ITU country code, then the national rule):
    /// - `+1`, the North American Numbering Plan (United States, Canada, the Caribbean
    ///   members): `(AAA) EEE-NNNN`, no trunk prefix.
    /// - `+44`, the United Kingdom, ten-digit numbers with trunk prefix 0: `02X XXXX XXXX`
    ///   (also `05`, `070`, `076`), `07XXX XXXXXX` for mobiles, `0XXX XXX XXXX` for `03`,
    ///   `08`, `09`, `011X` and `01X1`, else `01XXX XXXXXX` (the few areas with five-digit
    ///   codes are grouped like four-digit ones: the digits, and so the call, are the same).
    /// - `+33`, France: nine digits, `0X XX XX XX XX`.
    /// - `+84`, Viet Nam, trunk prefix 0: nine-digit numbers `0XX XXX XX XX` (starting 6 or
    ///   9) or `0XXX XXX XXX` (starting 3, 5, 7 or 8); ten-digit fixed lines `024 XXXX XXXX`,
    ///   `028 XXXX XXXX`, else `02XX XXXX XXX`.
    ///
    /// Every other country stays in E.164 (`Display`).
    pub fn national(&self) -> Option<String> {
        let (plan, n) = self.plan()?;
        let d = |from: usize, to: usize| n.get(from..to).unwrap_or_default();
        let len = n.len();
        let first = n.as_bytes().first().copied().unwrap_or(b'0');
        let second = n.as_bytes().get(1).copied().unwrap_or(b'0');
        let third = n.as_bytes().get(2).copied().unwrap_or(b'0');
        Some(match plan {
            Plan::Nanp if len == 10 => format!("({}) {}-{}", d(0, 3), d(3, 6), d(6, 10)),
            Plan::Uk if len == 10 => match (first, second) {
                (b'2' | b'5', _) | (b'7', b'0' | b'6') => format!("0{} {} {}", d(0, 2), d(2, 6), d(6, 10)),
                (b'7', _) => format!("0{} {}", d(0, 4), d(4, 10)),
                (b'3' | b'8' | b'9', _) => format!("0{} {} {}", d(0, 3), d(3, 6), d(6, 10)),
                (b'1', _) if second == b'1' || third == b'1' => format!("0{} {} {}", d(0, 3), d(3, 6), d(6, 10)),
                (b'1', _) => format!("0{} {}", d(0, 4), d(4, 10)),
                _ => return None,
            },
            Plan::France if len == 9 => {
                format!("0{} {} {} {} {}", d(0, 1), d(1, 3), d(3, 5), d(5, 7), d(7, 9))
            }
            Plan::VietNam if len == 9 => match first {
                b'6' | b'9' => format!("0{} {} {} {}", d(0, 2), d(2, 5), d(5, 7), d(7, 9)),
                b'3' | b'5' | b'7' | b'8' => format!("0{} {} {}", d(0, 3), d(3, 6), d(6, 9)),
                _ => return None,
            },
            Plan::VietNam if len == 10 && first == b'2' => match second {
                b'4' | b'8' => format!("0{} {} {}", d(0, 2), d(2, 6), d(6, 10)),
                _ => format!("0{} {} {}", d(0, 3), d(3, 7), d(7, 10)),
            },
            _ => return None,
        })
    }

    /// The number as a reader whose own number is `home` should see it: in national format
    /// when both are in the same formatted country, else in E.164 (which dials from
    /// anywhere). Without a `home`, E.164.
    pub fn shown_to(&self, home: Option<&Phone>) -> String {
        let same_country = match (self.plan(), home.and_then(Phone::plan)) {
            (Some((mine, _)), Some((theirs, _))) => mine == theirs,
            _ => false,
        };
        same_country.then(|| self.national()).flatten().unwrap_or_else(|| self.0.clone())
    }

    /// The formatted country this number belongs to, and its national significant number.
    fn plan(&self) -> Option<(Plan, &str)> {
        let digits = self.0.strip_prefix('+')?;
        // Country codes are prefix-free: a number starting 44 is British, whatever follows.
        [("1", Plan::Nanp), ("44", Plan::Uk), ("33", Plan::France), ("84", Plan::VietNam)]
            .into_iter()
            .find_map(|(code, plan)| digits.strip_prefix(code).map(|rest| (plan, rest)))
    }

    /// The last four digits, for showing a patient where a code or link went.
    pub fn masked(&self) -> String {
        let tail = &self.0[self.0.len().saturating_sub(4)..];
        format!("•••{tail}")
    }
}

/// A country whose numbers `Phone::national` formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Plan {
    Nanp,
    Uk,
    France,
    VietNam,
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
