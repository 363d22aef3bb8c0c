//! The audit trail: who did what to which record, and when.

use super::*;
use jiff::Timestamp;
use std::fmt;

/// Who did something: the audit trail and a request's timeline name them this way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    /// The patient, in a session or by a reply from their number.
    Patient(PatientId),
    /// A clinic system, by the first characters of its API key (never the whole key).
    Api { key_prefix: String },
    /// Someone not (yet) known: a refused link, a request for a new one.
    Anonymous,
    /// Portico itself: the dispatcher flagging a contact point, a webhook from a provider.
    System,
}

impl Actor {
    /// Whether this actor is the patient themself (their own words are not repeated back).
    pub fn is_patient(stored: &str) -> bool {
        stored.starts_with("patient:")
    }
}

impl fmt::Display for Actor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Actor::Patient(id) => write!(f, "patient:{id}"),
            Actor::Api { key_prefix } => write!(f, "api:{key_prefix}"),
            Actor::Anonymous => f.write_str("anonymous"),
            Actor::System => f.write_str("system"),
        }
    }
}

#[derive(Debug, Clone)]
pub struct AuditEvent {
    pub id: EventId,
    pub at: Timestamp,
    pub clinic_id: Option<ClinicId>,
    /// Who acted, as `Actor` writes it: `api:<key prefix>`, `patient:<id>`, `anonymous`,
    /// `system`.
    pub actor: String,
    /// What happened, dotted: `link.redeemed`, `link.refused`, `patient.created`.
    pub action: String,
    /// What it happened to (an id), if anything.
    pub subject: Option<String>,
    /// A short code or JSON with details; never a secret, never health details.
    pub detail: Option<String>,
}

impl AuditEvent {
    pub fn new(at: Timestamp, clinic_id: Option<&ClinicId>, actor: Actor, action: &str) -> Self {
        AuditEvent {
            id: EventId::new(),
            at,
            clinic_id: clinic_id.cloned(),
            actor: actor.to_string(),
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
