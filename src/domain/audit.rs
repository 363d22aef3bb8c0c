//! The audit trail: who did what to which record, and when.

use super::*;
use jiff::Timestamp;

#[derive(Debug, Clone)]
pub struct AuditEvent {
    pub id: EventId,
    pub at: Timestamp,
    pub clinic_id: Option<ClinicId>,
    /// Who acted: `api:<key prefix>`, `patient:<id>`, `system`, `cli`.
    pub actor: String,
    /// What happened, dotted: `link.redeemed`, `link.refused`, `patient.created`.
    pub action: String,
    /// What it happened to (an id), if anything.
    pub subject: Option<String>,
    /// A short code or JSON with details; never a secret, never health details.
    pub detail: Option<String>,
}

impl AuditEvent {
    pub fn new(at: Timestamp, clinic_id: Option<&ClinicId>, actor: impl Into<String>, action: &str) -> Self {
        AuditEvent {
            id: EventId::new(),
            at,
            clinic_id: clinic_id.cloned(),
            actor: actor.into(),
            action: action.to_string(),
            subject: None,
            detail: None,
        }
    }

    pub fn subject(mut self, s: impl Into<String>) -> Self {
        self.subject = Some(s.into());
        self
    }

    pub fn detail(mut self, d: impl Into<String>) -> Self {
        self.detail = Some(d.into());
        self
    }
}
