//! Unit tests for `schedule`.

use super::*;
use proptest::prelude::*;

#[test]
fn offsets_parse_and_roundtrip() {
    for ok in ["P3D", "PT2H", "PT30M", "P1DT12H", "PT72H"] {
        let o = ReminderOffset::parse(ok).unwrap();
        assert_eq!(ReminderOffset::parse(&o.span().to_string()).unwrap(), o);
    }
    for bad in ["", "3D", "P0D", "-P1D", "P1Y", "P2M", "P31D", "PT30S", "P1W", "garbage"] {
        assert!(ReminderOffset::parse(bad).is_err(), "{bad}");
    }
    let s = ReminderSchedule::parse_stored("PT72H,PT24H,PT2H").unwrap();
    assert_eq!(ReminderSchedule::parse_stored(&s.to_stored()).unwrap(), s);
}

#[test]
fn quiet_hours_wrap_midnight() {
    let q = QuietHours::new(21 * 60, 8 * 60).unwrap();
    assert!(q.contains(22 * 60) && q.contains(0) && q.contains(7 * 60 + 59));
    assert!(!q.contains(8 * 60) && !q.contains(12 * 60) && !q.contains(20 * 60 + 59));
    assert!(!QuietHours::new(0, 0).unwrap().contains(100), "equal ends mean no quiet hours");
}

proptest! {
    #[test]
    fn offset_parsing_never_panics(s in "\\PC{0,30}") {
        let _ = ReminderOffset::parse(&s);
    }
}
