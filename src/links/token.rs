//! Deep-link tokens: signing, verifying, and the key ring they are signed with.
//!
//! A token is 32 bytes, base64url without padding (43 characters):
//!
//! ```text
//! [0]      key id (which key in the ring signed it)
//! [1..17]  128 random bits from the OS CSPRNG: the link's nonce
//! [17..32] HMAC-SHA256(key, "portico-link-v1" || bytes[0..17]), first 120 bits
//! ```
//!
//! Verification (length, canonical base64, known and unretired key, MAC in constant time)
//! needs no database. Only `lookup` — a SHA-256 of key id and nonce — is stored: it finds the
//! link's row, but a token cannot be rebuilt from it without the signing key. Purpose,
//! subject, expiry and use live in that row. This module must not touch storage.

use super::keyring::{KeyId, KeyRing, KeyRingError, SigningKey};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::rand::{SecureRandom, SystemRandom};
use ring::{digest, hmac};
use std::fmt;

const CONTEXT: &[u8] = b"portico-link-v1";
/// What a delivery's nonce is derived from, besides the delivery's id (`for_delivery`).
const DELIVERY_CONTEXT: &[u8] = b"portico-delivery-nonce-v1";
const TOKEN_BYTES: usize = 32;
const NONCE: std::ops::Range<usize> = 1..17;
const MAC: std::ops::Range<usize> = 17..32;
/// Length of a token in its URL form.
pub const TOKEN_CHARS: usize = 43;

/// A token that has passed the MAC check.
#[derive(Clone, PartialEq, Eq)]
pub struct LinkToken {
    encoded: String,
    key_id: KeyId,
    lookup: [u8; 32],
}

/// Why a presented token was refused before the database was asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    #[error("LNK-MALFORMED: not a link token")]
    Malformed,
    #[error("LNK-KEY: signed with an unknown or retired key")]
    UnknownKey,
    #[error("LNK-MAC: signature does not match")]
    BadMac,
}

impl TokenError {
    pub fn code(&self) -> &'static str {
        match self {
            TokenError::Malformed => "LNK-MALFORMED",
            TokenError::UnknownKey => "LNK-KEY",
            TokenError::BadMac => "LNK-MAC",
        }
    }
}

impl LinkToken {
    /// Mint a fresh token under the ring's current key.
    pub fn mint(ring: &KeyRing) -> Result<Self, KeyRingError> {
        let key = ring.current()?;
        let mut bytes = [0u8; TOKEN_BYTES];
        bytes[0] = key.id().0;
        SystemRandom::new().fill(&mut bytes[NONCE]).map_err(|_| KeyRingError::Entropy)?;
        let tag = hmac::sign(key.hmac(), &signed_part(&bytes));
        bytes[MAC].copy_from_slice(&tag.as_ref()[..MAC.len()]);
        Ok(LinkToken { encoded: URL_SAFE_NO_PAD.encode(bytes), key_id: key.id(), lookup: lookup_of(&bytes) })
    }

    /// The token of the link a delivery carries, under `key`: its nonce is the first 128 bits
    /// of HMAC(key, context || delivery id) instead of random bits, so every try of one
    /// delivery rebuilds the same token (a resend repeats the link already on the patient's
    /// phone instead of superseding it), and nobody without the key can. Different deliveries
    /// get unrelated tokens; only the lookup is stored, as for any token.
    pub fn for_delivery(key: &SigningKey, delivery_id: &str) -> Self {
        let mut seed = Vec::with_capacity(DELIVERY_CONTEXT.len() + delivery_id.len());
        seed.extend_from_slice(DELIVERY_CONTEXT);
        seed.extend_from_slice(delivery_id.as_bytes());
        let nonce = hmac::sign(key.hmac(), &seed);
        let mut bytes = [0u8; TOKEN_BYTES];
        bytes[0] = key.id().0;
        bytes[NONCE].copy_from_slice(&nonce.as_ref()[..NONCE.len()]);
        let tag = hmac::sign(key.hmac(), &signed_part(&bytes));
        bytes[MAC].copy_from_slice(&tag.as_ref()[..MAC.len()]);
        LinkToken { encoded: URL_SAFE_NO_PAD.encode(bytes), key_id: key.id(), lookup: lookup_of(&bytes) }
    }

    /// Check a presented token. Touches no storage.
    pub fn verify(presented: &str, ring: &KeyRing) -> Result<Self, TokenError> {
        if presented.len() != TOKEN_CHARS {
            return Err(TokenError::Malformed);
        }
        let mut bytes = [0u8; TOKEN_BYTES];
        // The standard engine refuses non-zero trailing bits, so each token has exactly one
        // spelling and any changed character changes the bytes or fails here.
        match URL_SAFE_NO_PAD.decode_slice(presented.as_bytes(), &mut bytes) {
            Ok(TOKEN_BYTES) => {}
            _ => return Err(TokenError::Malformed),
        }
        let key = ring.verifying(KeyId(bytes[0])).ok_or(TokenError::UnknownKey)?;
        let tag = hmac::sign(key.hmac(), &signed_part(&bytes));
        if !constant_time_eq(&tag.as_ref()[..MAC.len()], &bytes[MAC]) {
            return Err(TokenError::BadMac);
        }
        Ok(LinkToken { encoded: presented.to_string(), key_id: key.id(), lookup: lookup_of(&bytes) })
    }

    pub fn as_str(&self) -> &str {
        &self.encoded
    }

    pub fn key_id(&self) -> KeyId {
        self.key_id
    }

    /// The value stored to find this link's row.
    pub fn lookup(&self) -> &[u8; 32] {
        &self.lookup
    }
}

impl fmt::Debug for LinkToken {
    // A token is a bearer credential: never log it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "LinkToken({}, …)", self.key_id)
    }
}

fn signed_part(bytes: &[u8; TOKEN_BYTES]) -> Vec<u8> {
    let mut msg = Vec::with_capacity(CONTEXT.len() + NONCE.end);
    msg.extend_from_slice(CONTEXT);
    msg.extend_from_slice(&bytes[..NONCE.end]);
    msg
}

fn lookup_of(bytes: &[u8; TOKEN_BYTES]) -> [u8; 32] {
    let d = digest::digest(&digest::SHA256, &bytes[..NONCE.end]);
    let mut out = [0u8; 32];
    out.copy_from_slice(d.as_ref());
    out
}

/// Compare two byte strings in time independent of where they differ.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let diff = a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y));
    std::hint::black_box(diff) == 0
}

/// 32 random bytes, base64url: session ids, CSRF seeds, API keys.
pub fn random_secret() -> Result<String, KeyRingError> {
    let mut bytes = [0u8; 32];
    SystemRandom::new().fill(&mut bytes).map_err(|_| KeyRingError::Entropy)?;
    Ok(URL_SAFE_NO_PAD.encode(bytes))
}

/// SHA-256 of a secret, for storing session ids and API keys.
pub fn secret_hash(secret: &str) -> Vec<u8> {
    digest::digest(&digest::SHA256, secret.as_bytes()).as_ref().to_vec()
}

#[cfg(test)]
#[path = "token_tests.rs"]
mod tests;
