//! Unit tests for `ids`.
#![allow(clippy::disallowed_methods)] // a unit test may read the wall clock

use super::*;
use proptest::prelude::*;

#[test]
fn new_ids_parse_and_carry_their_prefix() {
    let id = PatientId::new();
    assert!(id.as_str().starts_with("pat_"));
    assert_eq!(PatientId::parse(id.as_str()), Ok(id.clone()));
    assert!(AppointmentId::parse(id.as_str()).is_err());
}

#[test]
fn ids_sort_by_creation() {
    let a = PatientId::new();
    std::thread::sleep(std::time::Duration::from_millis(2));
    let b = PatientId::new();
    assert!(a < b);
}

proptest! {
    #[test]
    fn parsing_never_panics(s in "\\PC*") {
        let _ = PatientId::parse(&s);
    }

    #[test]
    fn only_canonical_bodies_parse(body in "[0-9A-Za-z]{20,30}") {
        let s = format!("pat_{body}");
        if let Ok(id) = PatientId::parse(&s) {
            prop_assert_eq!(id.as_str(), s.as_str());
            prop_assert_eq!(body.len(), 26);
        }
    }
}
