//! What `Store` keeps for imports from a clinic's systems (`import`): the clinic's own
//! identifiers of what it imported (a patient's MRN, an appointment's id in the EHR), each
//! written in the same transaction as the record it names, so that a record never exists
//! without the identifier that finds it again. Both backends implement it with the SQL of
//! `sql/imports.rs`.

use super::StoreResult;
use crate::domain::{Appointment, ClinicId, Delivery, Patient};

/// What kind of record an identifier of the clinic's names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExternalKind {
    Patient,
    Appointment,
    /// A caregiver grant (a FHIR `RelatedPerson`).
    Grant,
}

impl ExternalKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ExternalKind::Patient => "patient",
            ExternalKind::Appointment => "appointment",
            ExternalKind::Grant => "grant",
        }
    }
}

/// A record an import creates, with the clinic's identifier of it.
#[derive(Debug, Clone)]
pub enum NewRecord {
    Patient {
        patient: Patient,
        mrn: String,
    },
    Appointment {
        appointment: Appointment,
        reminders: Vec<Delivery>,
        external: String,
    },
    /// A grant with its invitation (the secret its link carries stays with the importer).
    Grant {
        grant: Box<crate::domain::CareGrant>,
        invitation: crate::domain::GrantInvitation,
        external: String,
    },
}

#[async_trait::async_trait]
pub trait ImportStore: Send + Sync {
    /// Every identifier of `kind` the clinic imported, with the record it names.
    async fn external_records(&self, clinic: &ClinicId, kind: ExternalKind) -> StoreResult<Vec<(String, String)>>;
    /// Create `records` in one transaction, each in a savepoint of its own: per record, whether
    /// it was kept. One that is refused (its identifier taken meanwhile, its patient not kept)
    /// leaves nothing of itself and does not stop the others.
    async fn import_batch(&self, records: &[NewRecord]) -> StoreResult<Vec<bool>>;
}
