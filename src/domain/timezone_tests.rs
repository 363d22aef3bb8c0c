//! Unit tests for `timezone`.

use super::*;
use proptest::prelude::*;

#[test]
fn known_zones_parse() {
    for z in ["America/Chicago", "Asia/Ho_Chi_Minh", "Europe/Paris", "UTC", "America/Port-au-Prince"] {
        assert_eq!(TimeZone::parse(z).map(|t| t.name), Ok(z.to_string()));
    }
}

#[test]
fn unknown_zones_are_refused() {
    for bad in ["", "Mars/Olympus", "America/Chicago ", "../etc/passwd", "America/Chicago\0", "CST6CDT;"] {
        let res = TimeZone::parse(bad);
        if bad == "America/Chicago " {
            assert!(res.is_ok(), "surrounding space is trimmed");
        } else {
            assert!(res.is_err(), "{bad:?} should be refused");
        }
    }
}

proptest! {
    #[test]
    fn parsing_never_panics(s in "\\PC*") {
        let _ = TimeZone::parse(&s);
    }
}
