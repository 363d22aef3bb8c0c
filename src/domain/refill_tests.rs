//! Unit tests for `refill`.

use super::RefillStatus;

#[test]
fn statuses_round_trip_and_final_ones_stay() {
    for s in RefillStatus::ALL {
        assert_eq!(RefillStatus::parse(s.as_str()), Ok(s));
        assert!(!s.can_move_to(s));
        assert!(!s.can_move_to(RefillStatus::Received));
    }
    assert!(RefillStatus::Received.can_move_to(RefillStatus::InReview));
    assert!(RefillStatus::NeedsVisit.can_move_to(RefillStatus::SentToPharmacy));
    assert!(!RefillStatus::SentToPharmacy.can_move_to(RefillStatus::InReview));
    assert!(!RefillStatus::Denied.can_move_to(RefillStatus::InReview));
    assert!(RefillStatus::parse("shipped").is_err());
}
