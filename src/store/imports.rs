//! What `Store` keeps for imports from a clinic's systems (`import`): the clinic's own
//! identifiers of what it imported (a patient's MRN, an appointment's id in the EHR), each
//! written in the same transaction as the record it names, so that a record never exists
//! without the identifier that finds it again. Both backends implement it with the SQL of
//! `sql/imports.rs`.

use super::StoreResult;
use crate::domain::{Appointment, ClinicId, Delivery, Patient, ThreadId};

/// What kind of record an identifier of the clinic's names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExternalKind {
    Patient,
    Appointment,
}

impl ExternalKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ExternalKind::Patient => "patient",
            ExternalKind::Appointment => "appointment",
        }
    }
}

#[async_trait::async_trait]
pub trait ImportStore: Send + Sync {
    /// The id of the record the clinic's identifier `value` names, if it was imported.
    async fn external_record(&self, clinic: &ClinicId, kind: ExternalKind, value: &str) -> StoreResult<Option<String>>;
    /// Insert a patient (with their thread) and the clinic's identifier of them, at once.
    async fn import_patient(&self, patient: &Patient, thread: &ThreadId, mrn: &str) -> StoreResult<()>;
    /// Insert an appointment, its planned reminders and the clinic's identifier of it, at once.
    async fn import_appointment(
        &self,
        appointment: &Appointment,
        reminders: &[Delivery],
        external: &str,
    ) -> StoreResult<()>;
}
