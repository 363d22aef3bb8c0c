//! One-click unsubscribe (RFC 8058): the address a reminder or alert email names in its
//! `List-Unsubscribe` header, `/u/{clinic}.{patient}.{mac}`. The MAC (HMAC-SHA256 under a key
//! derived from the signing key, cut to 128 bits) covers the clinic, the patient and the email
//! address the message went to, so a link opts out that address and no other, and stops
//! working once the patient's address changes. It guards nothing more than that: whoever
//! holds the email may stop it.

use super::{KeyRing, constant_time_eq};
use crate::domain::{ClinicId, Email, PatientId};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::hmac;

const MAC_BYTES: usize = 16;

/// The token for email to `email` of `patient` (`None` without an active key).
pub fn unsubscribe_token(ring: &KeyRing, clinic: &ClinicId, patient: &PatientId, email: &Email) -> Option<String> {
    let key = ring.current().ok()?;
    let mac = hmac::sign(key.unsubscribe_key(), &message(clinic, patient, email));
    Some(format!("{clinic}.{patient}.{}", URL_SAFE_NO_PAD.encode(&mac.as_ref()[..MAC_BYTES])))
}

/// A token as read from an address: whose it says it is, not yet checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unsubscribe {
    pub clinic: ClinicId,
    pub patient: PatientId,
    mac: Vec<u8>,
}

impl Unsubscribe {
    pub fn parse(token: &str) -> Option<Unsubscribe> {
        let mut parts = token.splitn(3, '.');
        let clinic = ClinicId::parse(parts.next()?).ok()?;
        let patient = PatientId::parse(parts.next()?).ok()?;
        let mac = URL_SAFE_NO_PAD.decode(parts.next()?).ok().filter(|m| m.len() == MAC_BYTES)?;
        Some(Unsubscribe { clinic, patient, mac })
    }

    /// Whether an active key made this token for `email`.
    pub fn is_for(&self, ring: &KeyRing, email: &Email) -> bool {
        let msg = message(&self.clinic, &self.patient, email);
        ring.active().any(|k| constant_time_eq(&hmac::sign(k.unsubscribe_key(), &msg).as_ref()[..MAC_BYTES], &self.mac))
    }
}

fn message(clinic: &ClinicId, patient: &PatientId, email: &Email) -> Vec<u8> {
    format!("unsubscribe\0{clinic}\0{patient}\0{}", email.as_str().to_ascii_lowercase()).into_bytes()
}

#[cfg(test)]
#[path = "unsubscribe_tests.rs"]
mod tests;
