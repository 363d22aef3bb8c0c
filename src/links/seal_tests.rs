//! Unit tests for `seal`.

use super::*;

#[test]
fn a_sealed_value_opens_in_its_context_and_hides_its_plaintext() {
    let ring = KeyRing::generate().unwrap();
    let plain = br#"{"url":"https://portal.example/l/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}"#;
    let sealed = seal(&ring, b"clinic:key", plain).unwrap();
    assert!(!sealed.windows(10).any(|w| w == b"AAAAAAAAAA"), "the plaintext does not show through");
    assert_eq!(open(&ring, b"clinic:key", &sealed).unwrap(), plain);
    assert_ne!(seal(&ring, b"clinic:key", plain).unwrap(), sealed, "a fresh nonce each time");
}

#[test]
fn another_context_an_altered_byte_or_another_ring_cannot_open_it() {
    let ring = KeyRing::generate().unwrap();
    let sealed = seal(&ring, b"clinic-a:key-1", b"secret").unwrap();
    assert_eq!(open(&ring, b"clinic-b:key-1", &sealed), Err(SealError::Unreadable));
    for i in 0..sealed.len() {
        let mut bad = sealed.clone();
        bad[i] ^= 0x01;
        assert_eq!(open(&ring, b"clinic-a:key-1", &bad), Err(SealError::Unreadable), "byte {i}");
    }
    let other = KeyRing::generate().unwrap();
    assert_eq!(open(&other, b"clinic-a:key-1", &sealed), Err(SealError::Unreadable));
    assert_eq!(open(&ring, b"clinic-a:key-1", b""), Err(SealError::Unreadable));
}
