//! Unit tests for `locale`.

use super::*;
use proptest::prelude::*;

#[test]
fn tags_are_canonicalised() {
    for (input, want) in [
        ("es", "es"),
        ("EN-us", "en-US"),
        ("zh-hans", "zh-Hans"),
        ("zh_Hans_CN", "zh-Hans-CN"),
        ("es-419", "es-419"),
        ("ht", "ht"),
    ] {
        assert_eq!(Locale::parse(input).map(|l| l.0), Ok(want.to_string()));
    }
}

#[test]
fn malformed_tags_are_refused() {
    for bad in ["", "e", "english", "en-", "en-US-US", "12", "en-x-private", "en US", "<b>"] {
        assert!(Locale::parse(bad).is_err(), "{bad:?} should be refused");
    }
}

proptest! {
    #[test]
    fn parsing_never_panics(s in "\\PC*") {
        let _ = Locale::parse(&s);
    }

    #[test]
    fn canonical_form_is_a_fixed_point(s in "[a-zA-Z]{2,3}([-_][a-zA-Z]{4})?([-_]([a-zA-Z]{2}|[0-9]{3}))?") {
        let l = Locale::parse(&s).unwrap();
        prop_assert_eq!(Locale::parse(l.as_str()), Ok(l.clone()));
    }
}
