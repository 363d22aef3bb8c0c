//! Unit tests for `reply`.

use super::*;

fn question(n: usize) -> ReplyQuestion {
    ReplyQuestion {
        phone: Phone::parse("+13125550177").unwrap(),
        clinic_id: ClinicId::new(),
        action: ReplyAction::Cancel,
        options: (0..n).map(|_| AppointmentId::new()).collect(),
        expires_at: Timestamp::UNIX_EPOCH,
    }
}

#[test]
fn a_digit_picks_the_visit_offered_under_it() {
    let q = question(3);
    assert_eq!(q.pick("1"), Some(&q.options[0]));
    assert_eq!(q.pick(" 3 "), Some(&q.options[2]));
}

#[test]
fn anything_but_an_offered_digit_picks_nothing() {
    let q = question(2);
    for reply in ["0", "3", "9", "12", "01", "-1", "", "one", "1 please", "１"] {
        assert_eq!(q.pick(reply), None, "{reply:?}");
    }
}

#[test]
fn reply_actions_read_back_what_they_write() {
    for a in [ReplyAction::Confirm, ReplyAction::Cancel] {
        assert_eq!(ReplyAction::parse(a.as_str()), Ok(a));
    }
    assert!(ReplyAction::parse("reschedule").is_err());
}
