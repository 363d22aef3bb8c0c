//! An appointment and the changes a patient, the clinic or a reply may make to it. The
//! rules of those changes live here, once: the API, the patient pages and the SMS webhook
//! all call them.

use super::*;
use jiff::Timestamp;

#[derive(Debug, Clone)]
pub struct Appointment {
    pub id: AppointmentId,
    pub clinic_id: ClinicId,
    pub patient_id: PatientId,
    pub starts_at: Timestamp,
    pub duration_minutes: i64,
    pub location: Option<ShortText>,
    pub provider: Option<ShortText>,
    /// What to bring, as the clinic wrote it (else the page's general advice).
    pub bring: Option<ShortText>,
    pub status: AppointmentStatus,
    pub cancel_reason: Option<ShortText>,
    /// This appointment's own reminder offsets, overriding the clinic's.
    pub reminders: Option<crate::domain::ReminderSchedule>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}
