//! Unit tests for `keyring`.
#![allow(clippy::disallowed_methods)] // a unit test may read the wall clock

use super::*;
use crate::links::{LinkToken, TokenError};

#[test]
fn rotation_keeps_old_tokens_and_retirement_ends_them() {
    let dir = tempfile::tempdir().unwrap();
    let file = KeyRingFile::open_or_create(dir.path().join("k")).unwrap();
    let old = LinkToken::mint(&file.ring()).unwrap();
    let (rotated, new_id) = file.ring().rotated(jiff::Timestamp::now()).unwrap();
    file.save(&rotated).unwrap();
    assert_eq!(file.ring().current().unwrap().id(), new_id);
    assert!(LinkToken::verify(old.as_str(), &file.ring()).is_ok());
    let retired = file.ring().retired(KeyId(1), jiff::Timestamp::now()).unwrap();
    file.save(&retired).unwrap();
    assert_eq!(LinkToken::verify(old.as_str(), &file.ring()), Err(TokenError::UnknownKey));
}

#[test]
fn the_last_active_key_cannot_be_retired() {
    let ring = KeyRing::generate().unwrap();
    assert!(matches!(ring.retired(KeyId(1), jiff::Timestamp::now()), Err(KeyRingError::LastActiveKey(_))));
}

#[cfg(unix)]
#[test]
fn the_keys_file_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k");
    KeyRingFile::open_or_create(&path).unwrap();
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}
