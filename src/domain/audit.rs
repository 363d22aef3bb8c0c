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
    /// A member of the care team, signed in at `/staff`.
    Staff(StaffId),
    /// A person acting for a patient under a caregiver grant (the event names the grant).
    Person(super::PersonId),
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
            Actor::Staff(id) => write!(f, "staff:{id}"),
            Actor::Person(id) => write!(f, "person:{id}"),
        }
    }
}

#[derive(Debug, Clone)]
pub struct AuditEvent {
    pub id: EventId,
    pub at: Timestamp,
    pub clinic_id: Option<ClinicId>,
    /// Who acted, as `Actor` writes it: `api:<key prefix>`, `patient:<id>`, `staff:<id>`,
    /// `person:<id>` (a caregiver), `anonymous`, `system`.
    pub actor: String,
    /// What happened, dotted: `link.redeemed`, `link.refused`, `patient.created`.
    pub action: String,
    /// What it happened to (an id), if anything.
    pub subject: Option<String>,
    /// A short code or JSON with details; never a secret, never health details.
    pub detail: Option<String>,
    /// Where an anonymous attempt came from (the client's address), for sampled events.
    pub source: Option<String>,
    /// Set on a sampled event: events with the same key share one row, and `count` says how
    /// many there were.
    pub sample_key: Option<String>,
    /// How many events this row stands for: 1, or more for a sampled event.
    pub count: i64,
    /// The patient the event is about when the actor is that patient or acts for them under
    /// a grant: what the patient's own "who opened my record" page reads.
    pub for_patient: Option<String>,
    /// How the actor's session proved who they are (`Session::auth`): `link`, `code`,
    /// `passkey`, or a sign-in and its step-up such as `link+code`.
    pub auth: Option<String>,
}

/// How long one sampled row keeps counting a source's refused attempts.
pub const AUDIT_SAMPLE_WINDOW: jiff::SignedDuration = jiff::SignedDuration::from_mins(10);

impl AuditEvent {
    pub fn new(at: Timestamp, clinic_id: Option<&ClinicId>, actor: Actor, action: &str) -> Self {
        let for_patient = match &actor {
            Actor::Patient(id) => Some(id.to_string()),
            _ => None,
        };
        AuditEvent {
            id: EventId::new(),
            at,
            clinic_id: clinic_id.cloned(),
            actor: actor.to_string(),
            action: action.to_string(),
            subject: None,
            detail: None,
            source: None,
            sample_key: None,
            count: 1,
            for_patient,
            auth: None,
        }
    }

    /// How the actor's session had proved who they are (`Session::auth`).
    pub fn auth(mut self, how: impl Into<String>) -> Self {
        self.auth = Some(how.into());
        self
    }

    /// Count this event with the others of its action, actor and clinic from `source` in the
    /// same `AUDIT_SAMPLE_WINDOW`, in one row (the first one's, with its subject and detail),
    /// instead of writing a row of its own: what anyone can cause without signing in must not
    /// grow the trail without bound.
    pub fn sampled(mut self, source: &str) -> Self {
        let window = AUDIT_SAMPLE_WINDOW.as_secs().max(1) * 1000;
        let start = self.at.as_millisecond().div_euclid(window) * window;
        let clinic = self.clinic_id.as_ref().map(|c| c.as_str()).unwrap_or("");
        self.sample_key = Some(format!("{}|{}|{clinic}|{source}|{start}", self.action, self.actor));
        self.source = Some(source.to_string());
        self
    }

    pub fn subject(mut self, s: impl Into<String>) -> Self {
        self.subject = Some(s.into());
        self
    }

    /// An action under a caregiver grant by a session that began `with` a code or a passkey:
    /// the subject is the patient acted for, and the detail names the grant and, where there
    /// is one, what the action touched (`what`).
    pub fn under_grant(mut self, grant: &CareGrant, what: Option<&str>, with: crate::domain::AuthMethod) -> Self {
        self.subject = Some(grant.patient_id.to_string());
        self.for_patient = Some(grant.patient_id.to_string());
        self.auth = Some(with.as_str().to_string());
        let mut d = serde_json::json!({ "grant": grant.id.as_str() });
        if let Some(w) = what {
            d["what"] = serde_json::Value::String(w.to_string());
        }
        self.detail = Some(d.to_string());
        self
    }

    pub fn detail(mut self, d: impl Into<String>) -> Self {
        self.detail = Some(d.into());
        self
    }

    /// Where a page of the trail that ends with this event goes on from: its time in
    /// milliseconds and its id (`parse_cursor` reads it back).
    pub fn cursor(&self) -> String {
        format!("{}.{}", self.at.as_millisecond(), self.id)
    }

    /// The caregiver grant this event's detail names (`{"grant": "grt_…"}`), if any.
    pub fn grant(&self) -> Option<String> {
        let d: serde_json::Value = serde_json::from_str(self.detail.as_deref()?).ok()?;
        d.get("grant")?.as_str().map(str::to_string)
    }
}

/// A cursor `AuditEvent::cursor` wrote; `None` for anything else.
pub fn parse_cursor(raw: &str) -> Option<(Timestamp, EventId)> {
    let (ms, id) = raw.split_once('.')?;
    let at = ms.parse::<i64>().ok().and_then(|ms| Timestamp::from_millisecond(ms).ok())?;
    Some((at, EventId::parse(id).ok()?))
}
