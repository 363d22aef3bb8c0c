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
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn separators_are_dropped() {
        assert_eq!(Phone::parse("+1 (312) 555-0142").map(|p| p.0), Ok("+13125550142".into()));
        assert_eq!(Phone::parse("+44 20 7946 0958").map(|p| p.0), Ok("+442079460958".into()));
    }

    #[test]
    fn bad_numbers_are_refused() {
        for bad in [
            "",
            "3125550142",
            "+",
            "+1 555",
            "+0123456789",
            "+1 012 555 0142",
            "+1234567890123456",
            "+1312555014a",
            "+1 312 555 01420",
            "+1\n3125550142",
            "++13125550142",
        ] {
            assert!(Phone::parse(bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn debug_does_not_show_the_number() {
        let p = Phone::parse("+13125550142").unwrap();
        assert!(!format!("{p:?}").contains("312555"));
    }

    proptest! {
        #[test]
        fn parsing_never_panics(s in "\\PC*") {
            let _ = Phone::parse(&s);
        }

        #[test]
        fn parsed_numbers_are_e164(s in "\\+[0-9 ().-]{0,24}") {
            if let Ok(p) = Phone::parse(&s) {
                let digits = &p.as_str()[1..];
                prop_assert!(p.as_str().starts_with('+'));
                prop_assert!((8..=15).contains(&digits.len()));
                prop_assert!(digits.bytes().all(|b| b.is_ascii_digit()));
                prop_assert_eq!(Phone::parse(p.as_str()), Ok(p.clone()));
            }
        }

        #[test]
        fn valid_international_numbers_roundtrip(cc in prop_oneof![2u32..=9, 20u32..=99], rest in "[0-9]{7,12}") {
            let s = format!("+{cc}{rest}");
            let p = Phone::parse(&s).unwrap();
            prop_assert_eq!(p.as_str(), s.as_str());
        }
    }
}
