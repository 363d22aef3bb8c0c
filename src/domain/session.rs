//! Patient sessions, and a change of phone or email waiting for its code.

use super::*;
use jiff::Timestamp;

#[derive(Debug, Clone)]
pub struct NewSession {
    pub id: SessionId,
    pub id_hash: Vec<u8>,
    pub created_at: Timestamp,
    pub idle_expires_at: Timestamp,
    pub expires_at: Timestamp,
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
}

impl Session {
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
