//! Unit tests for `token`.

use super::*;
use proptest::prelude::*;

fn ring() -> KeyRing {
    KeyRing::generate().unwrap()
}

#[test]
fn a_minted_token_verifies_and_is_short_enough_for_sms() {
    let ring = ring();
    let t = LinkToken::mint(&ring).unwrap();
    assert_eq!(t.as_str().len(), TOKEN_CHARS);
    assert!(t.as_str().bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    let v = LinkToken::verify(t.as_str(), &ring).unwrap();
    assert_eq!(v.lookup(), t.lookup());
}

#[test]
fn every_single_character_change_is_refused() {
    let ring = ring();
    let t = LinkToken::mint(&ring).unwrap();
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for i in 0..TOKEN_CHARS {
        for &c in alphabet {
            let mut b = t.as_str().as_bytes().to_vec();
            if b[i] == c {
                continue;
            }
            b[i] = c;
            let s = String::from_utf8(b).unwrap();
            assert!(LinkToken::verify(&s, &ring).is_err(), "position {i} -> {}", c as char);
        }
    }
}

#[test]
fn a_token_from_another_ring_is_refused() {
    let t = LinkToken::mint(&ring()).unwrap();
    assert!(LinkToken::verify(t.as_str(), &ring()).is_err());
}

#[test]
fn tokens_do_not_repeat() {
    let ring = ring();
    let a = LinkToken::mint(&ring).unwrap();
    let b = LinkToken::mint(&ring).unwrap();
    assert_ne!(a.as_str(), b.as_str());
    assert_ne!(a.lookup(), b.lookup());
}

proptest! {
    #[test]
    fn verifying_arbitrary_input_never_panics(s in "\\PC{0,60}") {
        let _ = LinkToken::verify(&s, &ring());
    }

    #[test]
    fn arbitrary_43_char_strings_are_refused(s in "[A-Za-z0-9_-]{43}") {
        prop_assert!(LinkToken::verify(&s, &ring()).is_err());
    }
}

#[test]
fn a_deliverys_token_is_rebuilt_the_same_and_only_with_the_key() {
    let ring = ring();
    let key = ring.current().unwrap();
    let a = LinkToken::for_delivery(key, "dl_first");
    assert_eq!(a.as_str().len(), TOKEN_CHARS);
    assert_eq!(LinkToken::verify(a.as_str(), &ring).unwrap().lookup(), a.lookup());
    assert_eq!(LinkToken::for_delivery(key, "dl_first").as_str(), a.as_str(), "every try, the same token");
    assert_ne!(LinkToken::for_delivery(key, "dl_second").as_str(), a.as_str(), "another delivery, another token");
    let other = KeyRing::generate().unwrap();
    assert_ne!(LinkToken::for_delivery(other.current().unwrap(), "dl_first").as_str(), a.as_str(), "another key");
}
