//! Threads and the messages in them.

use super::*;
use jiff::Timestamp;

#[derive(Debug, Clone)]
pub struct Thread {
    pub id: ThreadId,
    pub clinic_id: ClinicId,
    pub patient_id: PatientId,
    pub created_at: Timestamp,
}

/// One message in a thread between a patient and the care team.
#[derive(Debug, Clone)]
pub struct Message {
    pub id: crate::domain::MessageId,
    pub thread_id: ThreadId,
    pub clinic_id: ClinicId,
    pub patient_id: PatientId,
    /// `staff` or `patient`.
    pub author: String,
    pub sender: String,
    pub body: String,
    pub created_at: Timestamp,
    /// False for a text from a phone number several patients share: whoever holds the phone
    /// wrote it, not necessarily this patient. Staff see the mark.
    pub sender_verified: bool,
}

impl Message {
    /// A message the patient writes (a reply, a text, a request), in their own thread.
    pub fn from_patient(patient: &Patient, body: String, now: Timestamp) -> Self {
        Message {
            id: crate::domain::MessageId::new(),
            thread_id: patient.thread_id.clone(),
            clinic_id: patient.clinic_id.clone(),
            patient_id: patient.id.clone(),
            author: "patient".into(),
            sender: patient.name.to_string(),
            body,
            created_at: now,
            sender_verified: true,
        }
    }
}
