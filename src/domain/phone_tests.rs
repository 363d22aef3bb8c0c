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

fn phone(s: &str) -> Phone {
    Phone::parse(s).unwrap()
}

#[test]
fn national_format_follows_each_formatted_countrys_plan() {
    for (e164, national) in [
        ("+13125550142", "(312) 555-0142"),
        ("+16045550100", "(604) 555-0100"),
        ("+442079460958", "020 7946 0958"),
        ("+447700900123", "07700 900123"),
        ("+441214960000", "0121 496 0000"),
        ("+441134960000", "0113 496 0000"),
        ("+441223496000", "01223 496000"),
        ("+443003330000", "0300 333 0000"),
        ("+33123456789", "01 23 45 67 89"),
        ("+33612345678", "06 12 34 56 78"),
        ("+84901234567", "090 123 45 67"),
        ("+84321234567", "0321 234 567"),
        ("+842438253456", "024 3825 3456"),
        ("+842363822222", "0236 3822 222"),
    ] {
        assert_eq!(phone(e164).national().as_deref(), Some(national), "{e164}");
    }
}

#[test]
fn other_countries_and_odd_lengths_have_no_national_format() {
    // Mexico and Germany are not formatted; a nine-digit British or ten-digit French
    // number does not fit its plan.
    for e164 in ["+525512345678", "+4930123456", "+44800123456", "+331234567890", "+8412345678"] {
        assert_eq!(phone(e164).national(), None, "{e164}");
    }
}

#[test]
fn a_number_is_national_only_to_a_reader_in_its_own_country() {
    let clinic = phone("+13125550100");
    assert_eq!(clinic.shown_to(Some(&phone("+17135550123"))), "(312) 555-0100");
    assert_eq!(clinic.shown_to(Some(&phone("+84901234567"))), "+13125550100", "from abroad: E.164");
    assert_eq!(clinic.shown_to(None), "+13125550100");
    let paris = phone("+33123456789");
    assert_eq!(paris.shown_to(Some(&phone("+33612345678"))), "01 23 45 67 89");
    let berlin = phone("+4930123456");
    assert_eq!(berlin.shown_to(Some(&phone("+4930654321"))), "+4930123456", "unformatted country: E.164");
}

proptest! {
    #[test]
    fn a_national_format_keeps_every_digit_in_order(s in "\\+(1[2-9][0-9]{2}[2-9][0-9]{6}|44[0-9]{10}|33[0-9]{9}|84[0-9]{9,10})") {
        let p = Phone::parse(&s).unwrap();
        if let Some(n) = p.national() {
            let digits: String = n.chars().filter(char::is_ascii_digit).collect();
            let nsn = p.plan().map(|(_, rest)| rest.to_string()).unwrap();
            // The trunk prefix 0 where the country dials one (all but North America), then
            // the national number.
            let trunk = if s.starts_with("+1") { "" } else { "0" };
            prop_assert_eq!(digits, format!("{trunk}{nsn}"), "{} -> {}", s, n);
        }
    }

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
