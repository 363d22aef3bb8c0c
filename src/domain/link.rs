//! A deep link as stored: what it opens, until when, and why it may be refused. The token
//! itself is never stored (`crate::links`).

use super::*;
use jiff::Timestamp;

#[derive(Debug, Clone)]
pub struct Link {
    pub id: LinkId,
    pub clinic_id: ClinicId,
    pub patient_id: PatientId,
    pub purpose: Purpose,
    /// An appointment or thread id, as its purpose says; `None` for sign-in.
    pub subject_id: Option<String>,
    pub lookup: Vec<u8>,
    pub key_id: u8,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
    pub consumed_at: Option<Timestamp>,
    pub revoked_at: Option<Timestamp>,
    pub superseded_at: Option<Timestamp>,
    /// Finds the link from its code (`crate::links::LinkCode::locator`); `None` for links
    /// issued before codes existed, which have none.
    pub code_locator: Option<Vec<u8>>,
}

/// Why a link cannot be used (any more).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkRefusal {
    Used,
    Expired,
    Revoked,
    Superseded,
}

impl LinkRefusal {
    pub fn code(&self) -> &'static str {
        match self {
            LinkRefusal::Used => "LNK-USED",
            LinkRefusal::Expired => "LNK-EXPIRED",
            LinkRefusal::Revoked => "LNK-REVOKED",
            LinkRefusal::Superseded => "LNK-SUPERSEDED",
        }
    }
}

impl Link {
    /// Whether the link may still be used at `now`, and if not, why.
    pub fn refusal(&self, now: Timestamp) -> Option<LinkRefusal> {
        if self.revoked_at.is_some() {
            Some(LinkRefusal::Revoked)
        } else if self.consumed_at.is_some() {
            Some(LinkRefusal::Used)
        } else if self.superseded_at.is_some() {
            Some(LinkRefusal::Superseded)
        } else if self.expires_at <= now {
            Some(LinkRefusal::Expired)
        } else {
            None
        }
    }
}

/// A link with what its landing page needs to say.
#[derive(Debug, Clone)]
pub struct LinkView {
    pub link: Link,
    pub clinic_name: String,
    pub language: Locale,
}
