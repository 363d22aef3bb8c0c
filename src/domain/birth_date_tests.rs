//! Unit tests for `birth_date`.

use super::*;
use jiff::civil::date;
use proptest::prelude::*;

#[test]
fn dates_are_checked() {
    let today = date(2026, 11, 27);
    assert!(BirthDate::parse("1984-02-29", today).is_ok());
    for bad in ["1985-02-29", "2027-01-01", "1899-12-31", "84-02-01", "1984/02/01", "1984-2-1", ""] {
        assert!(BirthDate::parse(bad, today).is_err(), "{bad:?} should be refused");
    }
}

proptest! {
    #[test]
    fn parsing_never_panics(s in "\\PC*") {
        let _ = BirthDate::parse(&s, date(2026, 1, 1));
    }
}
