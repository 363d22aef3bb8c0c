//! Unit tests for `delivery`.

use super::*;

#[test]
fn statuses_roundtrip_and_only_move_forward() {
    use DeliveryStatus::*;
    for s in [Pending, Sending, Queued, Sent, Delivered, Undelivered, Failed, Dead, Dropped] {
        assert_eq!(DeliveryStatus::parse(s.as_str()), Ok(s));
    }
    assert!(Queued.rank() < Sent.rank() && Sent.rank() < Delivered.rank());
    for last in [Undelivered, Failed, Dead, Dropped] {
        assert_eq!(Delivered.rank(), last.rank(), "nothing moves a delivered message on to {last:?}");
    }
    for p in
        [DeliveryPurpose::Link, DeliveryPurpose::Reminder, DeliveryPurpose::Cancellation, DeliveryPurpose::MessageAlert]
    {
        assert_eq!(DeliveryPurpose::parse(p.as_str()), Ok(p));
    }
}
