//! Sealing what Portico must keep but a copy of the database must not reveal: a response
//! kept for `Idempotency-Key` replays can hold a link's URL, and the links table's rule holds
//! for it too (nothing from which a token can be rebuilt without the signing key). Sealed
//! bytes are ChaCha20-Poly1305 under a key derived from the current signing key, bound to
//! `context` (what the bytes belong to, so a sealed value cannot be moved to another row).
//! They open while that signing key is active; retiring the key makes them unreadable.

use super::{KeyId, KeyRing};
use ring::aead::{Aad, CHACHA20_POLY1305, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use ring::rand::{SecureRandom, SystemRandom};

/// The first byte of a sealed value: its format.
const VERSION: u8 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    #[error("no active signing key to seal with")]
    NoKey,
    #[error("the operating system's random number generator failed")]
    Entropy,
    /// Not sealed by Portico, sealed for another context, altered, or its key was retired.
    #[error("the sealed value cannot be opened")]
    Unreadable,
}

fn key_for(ring: &KeyRing, id: KeyId) -> Option<LessSafeKey> {
    let k = ring.active().find(|k| k.id() == id)?;
    UnboundKey::new(&CHACHA20_POLY1305, &k.sealing_secret()).ok().map(LessSafeKey::new)
}

/// `[version, key id, nonce (12 bytes), ciphertext and tag]`.
pub fn seal(ring: &KeyRing, context: &[u8], plaintext: &[u8]) -> Result<Vec<u8>, SealError> {
    let id = ring.current().map_err(|_| SealError::NoKey)?.id();
    let key = key_for(ring, id).ok_or(SealError::NoKey)?;
    let mut nonce = [0u8; NONCE_LEN];
    SystemRandom::new().fill(&mut nonce).map_err(|_| SealError::Entropy)?;
    let mut body = plaintext.to_vec();
    key.seal_in_place_append_tag(Nonce::assume_unique_for_key(nonce), Aad::from(context), &mut body)
        .map_err(|_| SealError::Unreadable)?;
    let mut out = Vec::with_capacity(2 + NONCE_LEN + body.len());
    out.push(VERSION);
    out.push(id.0);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&body);
    Ok(out)
}

pub fn open(ring: &KeyRing, context: &[u8], sealed: &[u8]) -> Result<Vec<u8>, SealError> {
    let [version, id, rest @ ..] = sealed else { return Err(SealError::Unreadable) };
    if *version != VERSION || rest.len() < NONCE_LEN {
        return Err(SealError::Unreadable);
    }
    let (nonce, body) = rest.split_at(NONCE_LEN);
    let key = key_for(ring, KeyId(*id)).ok_or(SealError::Unreadable)?;
    let nonce = Nonce::try_assume_unique_for_key(nonce).map_err(|_| SealError::Unreadable)?;
    let mut body = body.to_vec();
    let plain = key.open_in_place(nonce, Aad::from(context), &mut body).map_err(|_| SealError::Unreadable)?;
    Ok(plain.to_vec())
}

#[cfg(test)]
#[path = "seal_tests.rs"]
mod tests;
