//! Unit tests for `name`.

use super::*;
use proptest::prelude::*;

#[test]
fn names_in_any_script_are_kept() {
    for n in ["María López", "Nguyễn Thị Lan", "王秀英", "O'Brien-Smith", "Жанна", "فاطمة"] {
        assert_eq!(PersonName::parse(n).map(|p| p.0), Ok(n.to_string()));
    }
}

#[test]
fn markup_and_controls_are_refused() {
    for bad in ["", "   ", "<script>alert(1)</script>", "Ann\u{0}", "Bob\r\nX-Header: y", "a>b"] {
        assert!(PersonName::parse(bad).is_err(), "{bad:?} should be refused");
    }
}

proptest! {
    #[test]
    fn parsed_names_are_clean(s in "\\PC{0,250}") {
        if let Ok(n) = PersonName::parse(&s) {
            prop_assert!(!n.as_str().contains('<') && !n.as_str().contains('>'));
            prop_assert!(n.as_str().chars().count() <= 200);
            prop_assert_eq!(n.as_str().trim(), n.as_str());
        }
    }
}
