//! Patient sessions, and a change of phone or email waiting for its code.

use super::*;
use jiff::Timestamp;

/// How someone proved who they are: the link they followed, a code sent to them, their date
/// of birth (a step-up only), or a passkey with user verification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthMethod {
    Link,
    Code,
    BirthDate,
    Passkey,
}

impl AuthMethod {
    pub fn as_str(self) -> &'static str {
        match self {
            AuthMethod::Link => "link",
            AuthMethod::Code => "code",
            AuthMethod::BirthDate => "birth_date",
            AuthMethod::Passkey => "passkey",
        }
    }

    pub fn parse(input: &str) -> Result<Self, ParseError> {
        match input {
            "link" => Ok(AuthMethod::Link),
            "code" => Ok(AuthMethod::Code),
            "birth_date" => Ok(AuthMethod::BirthDate),
            "passkey" => Ok(AuthMethod::Passkey),
            _ => Err(ParseError("must be link, code, birth_date or passkey")),
        }
    }

    /// How a session stands as the audit trail writes it: the sign-in, then the step-up when
    /// it was a different proof (`link+code`, `link+birth_date`; a passkey sign-in is `passkey`).
    pub fn audit_label(signed_in_with: AuthMethod, stepped_up_with: Option<AuthMethod>) -> String {
        match stepped_up_with {
            Some(up) if up != signed_in_with => format!("{}+{}", signed_in_with.as_str(), up.as_str()),
            _ => signed_in_with.as_str().to_string(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct NewSession {
    pub id: SessionId,
    pub id_hash: Vec<u8>,
    pub created_at: Timestamp,
    pub idle_expires_at: Timestamp,
    pub expires_at: Timestamp,
    /// How this session begins (a new session after a step-up keeps its predecessor's).
    pub signed_in_with: AuthMethod,
    /// The proof a step-up session was started with.
    pub stepped_up_with: Option<AuthMethod>,
}

#[derive(Debug, Clone)]
pub struct Session {
    pub id: SessionId,
    pub clinic_id: ClinicId,
    pub patient_id: PatientId,
    pub link_id: Option<LinkId>,
    pub purpose: Purpose,
    pub subject_id: Option<String>,
    pub created_at: Timestamp,
    pub last_seen_at: Timestamp,
    pub idle_expires_at: Timestamp,
    pub expires_at: Timestamp,
    pub ended_at: Option<Timestamp>,
    /// When the patient proved who they are (code or date of birth) in this session.
    pub stepped_up_at: Option<Timestamp>,
    pub signed_in_with: AuthMethod,
    pub stepped_up_with: Option<AuthMethod>,
}

impl Session {
    /// How this session proved who it is, as the audit trail records it.
    pub fn auth(&self) -> String {
        AuthMethod::audit_label(self.signed_in_with, self.stepped_up_with)
    }

    /// Not ended, and neither idle nor too old at `now`.
    pub fn live_at(&self, now: Timestamp) -> bool {
        self.ended_at.is_none() && now < self.idle_expires_at && now < self.expires_at
    }
}

/// A change of phone or email waiting for the code sent to the new point.
#[derive(Debug, Clone)]
pub struct ContactChange {
    pub patient_id: PatientId,
    pub channel: crate::domain::Channel,
    pub new_value: String,
    pub code_hash: Vec<u8>,
    pub tries: i64,
    pub expires_at: Timestamp,
}
