//! Unit tests for `purpose`.

use super::*;
use proptest::prelude::*;

#[test]
fn vocabularies_roundtrip() {
    for p in [Purpose::SignIn, Purpose::Appointment, Purpose::Thread] {
        assert_eq!(Purpose::parse(p.as_str()), Ok(p));
    }
    for s in [AppointmentStatus::Scheduled, AppointmentStatus::Confirmed, AppointmentStatus::Cancelled] {
        assert_eq!(AppointmentStatus::parse(s.as_str()), Ok(s));
    }
    assert!(Purpose::parse("SIGN_IN").is_err());
}

#[test]
fn channel_lists_are_non_empty_and_unique() {
    assert!(ChannelList::new(vec![]).is_err());
    assert!(ChannelList::new(vec![Channel::Sms, Channel::Sms]).is_err());
    let l = ChannelList::new(vec![Channel::Email, Channel::Sms]).unwrap();
    assert_eq!(ChannelList::parse_stored(&l.to_stored()), Ok(l));
}

proptest! {
    #[test]
    fn stored_channel_lists_never_panic(s in "\\PC*") {
        let _ = ChannelList::parse_stored(&s);
    }
}
