//! People: someone who signs in. A patient record may be linked to the person who is that
//! patient; the person's id is random (never a patient id, nothing from the clinic) and is the
//! user handle a passkey carries. Passkeys belong to a person, one credential id to one person
//! only; a WebAuthn ceremony is kept server-side under the hash of a random id, once.

use super::{ClinicId, ParseError, PasskeyId, PatientId, ShortText};
use jiff::Timestamp;
use ring::rand::{SecureRandom, SystemRandom};
use std::fmt;

/// A person's id: 128 random bits written as a UUID (version 4 layout), because WebAuthn's
/// user handle is that UUID's 16 bytes.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PersonId(String);

impl PersonId {
    /// A fresh random id; `None` only when the OS has no randomness.
    pub fn new() -> Option<Self> {
        let mut b = [0u8; 16];
        SystemRandom::new().fill(&mut b).ok()?;
        b[6] = (b[6] & 0x0f) | 0x40;
        b[8] = (b[8] & 0x3f) | 0x80;
        Some(PersonId::from_bytes(b))
    }

    /// The id whose user handle is these 16 bytes.
    pub fn from_bytes(b: [u8; 16]) -> Self {
        let h: String = b.iter().map(|x| format!("{x:02x}")).collect();
        PersonId(format!("{}-{}-{}-{}-{}", &h[0..8], &h[8..12], &h[12..16], &h[16..20], &h[20..32]))
    }

    pub fn parse(input: &str) -> Result<Self, ParseError> {
        let ok = input.len() == 36
            && input.char_indices().all(|(i, c)| match i {
                8 | 13 | 18 | 23 => c == '-',
                _ => c.is_ascii_digit() || ('a'..='f').contains(&c),
            });
        if ok { Ok(PersonId(input.to_string())) } else { Err(ParseError("not a valid person id")) }
    }

    /// The 16 bytes of the user handle.
    pub fn bytes(&self) -> [u8; 16] {
        let hex: Vec<u8> = self.0.bytes().filter(|b| *b != b'-').collect();
        let mut out = [0u8; 16];
        for (i, pair) in hex.chunks(2).take(16).enumerate() {
            let s = std::str::from_utf8(pair).unwrap_or("00");
            out[i] = u8::from_str_radix(s, 16).unwrap_or(0);
        }
        out
    }

    pub fn from_trusted(value: String) -> Self {
        PersonId(value)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for PersonId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Display for PersonId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A registered passkey. `passkey` is the WebAuthn library's own serialised credential (public
/// key, counter, flags): it is public material, not a secret.
#[derive(Debug, Clone)]
pub struct StoredPasskey {
    pub id: PasskeyId,
    pub person_id: PersonId,
    pub credential_id: Vec<u8>,
    pub passkey: String,
    pub name: ShortText,
    pub created_at: Timestamp,
    pub last_used_at: Option<Timestamp>,
    /// The authenticator said the credential may be synced (a phone's or a password manager's
    /// passkey) rather than bound to one security key.
    pub backup_eligible: bool,
}

/// What a WebAuthn ceremony was started for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CeremonyKind {
    Register,
    Authenticate,
    /// A staff member adding a passkey.
    StaffRegister,
    /// Signing in to the staff pages.
    StaffAuthenticate,
    /// A caregiver adding a passkey.
    CaregiverRegister,
    /// A caregiver signing in.
    CaregiverAuthenticate,
}

impl CeremonyKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CeremonyKind::Register => "register",
            CeremonyKind::Authenticate => "authenticate",
            CeremonyKind::StaffRegister => "staff_register",
            CeremonyKind::StaffAuthenticate => "staff_authenticate",
            CeremonyKind::CaregiverRegister => "caregiver_register",
            CeremonyKind::CaregiverAuthenticate => "caregiver_authenticate",
        }
    }

    pub fn parse(input: &str) -> Result<Self, ParseError> {
        match input {
            "register" => Ok(CeremonyKind::Register),
            "authenticate" => Ok(CeremonyKind::Authenticate),
            "staff_register" => Ok(CeremonyKind::StaffRegister),
            "staff_authenticate" => Ok(CeremonyKind::StaffAuthenticate),
            "caregiver_register" => Ok(CeremonyKind::CaregiverRegister),
            "caregiver_authenticate" => Ok(CeremonyKind::CaregiverAuthenticate),
            _ => Err(ParseError("not a ceremony kind")),
        }
    }
}

/// A ceremony's server-side state, under the SHA-256 of the random id its cookie carries.
/// A registration names the person and patient record it is for; a sign-in names nobody.
#[derive(Debug, Clone)]
pub struct Ceremony {
    pub id_hash: Vec<u8>,
    pub kind: CeremonyKind,
    pub state: String,
    pub person_id: Option<PersonId>,
    pub clinic_id: Option<ClinicId>,
    pub patient_id: Option<PatientId>,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
}
