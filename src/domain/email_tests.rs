//! Unit tests for `email`.

use super::*;
use proptest::prelude::*;

#[test]
fn ordinary_addresses_parse_and_domain_is_lowercased() {
    assert_eq!(
        Email::parse(" Maria.Lopez+clinic@Example.ORG ").map(|e| e.0),
        Ok("Maria.Lopez+clinic@example.org".into())
    );
}

#[test]
fn bad_addresses_are_refused() {
    for bad in [
        "",
        "maria",
        "maria@",
        "@example.org",
        "maria@example",
        "maria@@example.org",
        "ma ria@example.org",
        "maria@example.org\r\nBcc: x@evil.example",
        "maria@exa mple.org",
        "<script>@example.org",
        ".maria@example.org",
        "maria..l@example.org",
        "maria@-example.org",
    ] {
        assert!(Email::parse(bad).is_err(), "{bad:?} should be refused");
    }
}

proptest! {
    #[test]
    fn parsing_never_panics(s in "\\PC*") {
        let _ = Email::parse(&s);
    }

    #[test]
    fn parsed_addresses_have_no_controls_and_roundtrip(s in "[a-zA-Z0-9.+\r\n <>@-]{1,40}") {
        if let Ok(e) = Email::parse(&s) {
            prop_assert!(!e.as_str().chars().any(|c| c.is_control() || c.is_whitespace() || c == '<' || c == '>'));
            prop_assert_eq!(Email::parse(e.as_str()), Ok(e.clone()));
        }
    }
}
