//! Link codes: a short code for a link that will not open (mangled by a mail client, or on
//! the phone while the patient sits at a computer). Typed at `/c`, a code redeems its link:
//! the same single use, so whichever of the two is used first wins and the other is refused
//! as used. This module only derives, parses and compares codes; it touches no storage.
//!
//! A code is 8 symbols from a 30-symbol alphabet without look-alikes (no 0/O, 1/I/L, U),
//! written `ABCD-EFGH`. It is derived from the link's lookup with a key derived from the
//! link's signing key, so it exists wherever the token does (the landing page, the email)
//! and nowhere else. The links row keeps only a *locator*: an HMAC, under that key, of the
//! code's first four symbols, which finds the rows the code may belong to; the whole code is
//! then re-derived from each row's lookup and compared in constant time. Without the signing
//! key a copy of the database yields neither the code nor its locator's preimage.
//!
//! Tries are counted per locator before anything is compared: every try that names a
//! locator counts against each live link filed under it, and a code stops working, even
//! typed right, from its 6th try on (`CODE_TRIES`). A code works only while its link can
//! be used (unused, not revoked or superseded, before its expiry).
//!
//! What an attacker's odds are. The space is 30^8 ≈ 6.6 × 10^11 (≈ 39.3 bits). A guess wins
//! only if it is the whole code of a link that is live now, so with L live links each guess
//! wins with probability at most L / 30^8, and the per-code limit means no single code sees
//! more than 5 guesses. `/c` allows 10 tries an hour per client address (an IPv6 client is
//! counted by its /64), as many as a request for a new link, and at most 300 wrong tries an
//! hour across the whole service, after which codes are refused for everyone until the hour
//! has passed (links keep working). So, at most:
//! - one address, all year (87,660 tries): L × 1.3 × 10^-7, so 0.13 % with L = 10,000;
//! - any number of addresses holding the service-wide ceiling all year (2.6 × 10^6 wrong
//!   tries): L × 4.0 × 10^-6, so 0.04 expected wins a year with L = 10,000 live links, or
//!   0.4 with L = 100,000.
//!
//! A win gives what the link gives: a link session (15 minutes idle, 1 hour at most), which
//! shows the appointment but nothing behind step-up.

use super::keyring::SigningKey;
use super::token::constant_time_eq;
use ring::hmac;
use std::fmt;

/// The symbols codes use: digits and capitals, without 0, 1, I, L, O and U.
pub const CODE_ALPHABET: &[u8; 30] = b"23456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Symbols in a code.
pub const CODE_CHARS: usize = 8;
/// Tries a code may have; from the next one on it is refused, even typed right.
pub const CODE_TRIES: i64 = 5;
/// The symbols the locator is made from: the first half.
const LOCATOR_CHARS: usize = 4;
const CODE_CONTEXT: &[u8] = b"portico-link-code-v1";
const LOCATOR_CONTEXT: &[u8] = b"portico-link-code-locator-v1";
/// 30^8: the number of codes.
const SPACE: u64 = 656_100_000_000;

/// A code, as derived or as typed (then normalised).
#[derive(Clone, PartialEq, Eq)]
pub struct LinkCode([u8; CODE_CHARS]);

/// Why typed text is not a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("CODE-FORMAT: not a link code")]
pub struct CodeFormatError;

impl LinkCode {
    /// The code of the link with this lookup, signed under `key`.
    pub fn for_link(key: &SigningKey, lookup: &[u8]) -> Self {
        let mut msg = Vec::with_capacity(CODE_CONTEXT.len() + lookup.len());
        msg.extend_from_slice(CODE_CONTEXT);
        msg.extend_from_slice(lookup);
        let tag = hmac::sign(key.code(), &msg);
        let mut first = [0u8; 8];
        first.copy_from_slice(&tag.as_ref()[..8]);
        // 2^64 is not a multiple of 30^8, but the bias is below 4 × 10^-8.
        let mut n = u64::from_be_bytes(first) % SPACE;
        let mut out = [0u8; CODE_CHARS];
        for c in out.iter_mut().rev() {
            *c = CODE_ALPHABET[(n % 30) as usize];
            n /= 30;
        }
        LinkCode(out)
    }

    /// Read a typed code: case, spaces and hyphens do not matter; anything outside the
    /// alphabet, or another length, is refused.
    pub fn parse(typed: &str) -> Result<Self, CodeFormatError> {
        let mut out = [0u8; CODE_CHARS];
        let mut n = 0;
        for c in typed.chars().filter(|c| !c.is_whitespace() && !matches!(c, '-' | '‐' | '‑' | '–' | '—')) {
            let c = c.to_ascii_uppercase();
            if !c.is_ascii() || !CODE_ALPHABET.contains(&(c as u8)) || n == CODE_CHARS {
                return Err(CodeFormatError);
            }
            out[n] = c as u8;
            n += 1;
        }
        if n != CODE_CHARS {
            return Err(CodeFormatError);
        }
        Ok(LinkCode(out))
    }

    /// The value stored to find the links this code may belong to, under `key`.
    pub fn locator(&self, key: &SigningKey) -> Vec<u8> {
        let mut msg = Vec::with_capacity(LOCATOR_CONTEXT.len() + LOCATOR_CHARS);
        msg.extend_from_slice(LOCATOR_CONTEXT);
        msg.extend_from_slice(&self.0[..LOCATOR_CHARS]);
        hmac::sign(key.code(), &msg).as_ref().to_vec()
    }

    /// Whether this is the code of the link with this lookup, signed under `key`, compared in
    /// constant time.
    pub fn is_for(&self, key: &SigningKey, lookup: &[u8]) -> bool {
        constant_time_eq(&LinkCode::for_link(key, lookup).0, &self.0)
    }

    /// As people read and type it: `ABCD-EFGH`.
    pub fn display(&self) -> String {
        let (a, b) = self.0.split_at(LOCATOR_CHARS);
        format!("{}-{}", String::from_utf8_lossy(a), String::from_utf8_lossy(b))
    }
}

impl fmt::Debug for LinkCode {
    // A code opens a link: never log it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("LinkCode(…)")
    }
}

#[cfg(test)]
#[path = "code_tests.rs"]
mod tests;
