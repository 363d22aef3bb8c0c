//! Unit tests for `phone`.

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
