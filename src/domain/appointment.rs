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

/// Why an appointment refused a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AppointmentRefusal {
    #[error("the appointment has already begun or passed")]
    Passed,
    #[error("the appointment is cancelled")]
    Cancelled,
}

impl Appointment {
    /// A new scheduled appointment for `patient` with a fresh id: no place, provider or
    /// reminders of its own yet (the clinic's schedule applies).
    pub fn new(patient: &Patient, starts_at: Timestamp, duration_minutes: i64, now: Timestamp) -> Self {
        Appointment {
            id: AppointmentId::new(),
            clinic_id: patient.clinic_id.clone(),
            patient_id: patient.id.clone(),
            starts_at,
            duration_minutes,
            location: None,
            provider: None,
            bring: None,
            status: AppointmentStatus::Scheduled,
            cancel_reason: None,
            reminders: None,
            created_at: now,
            updated_at: now,
        }
    }

    /// Whether a patient may still act on it (confirm, cancel, ask for another time): it has
    /// not begun and is not cancelled.
    pub fn open_to_patient(&self, now: Timestamp) -> Result<(), AppointmentRefusal> {
        if self.status == AppointmentStatus::Cancelled {
            return Err(AppointmentRefusal::Cancelled);
        }
        if self.starts_at <= now {
            return Err(AppointmentRefusal::Passed);
        }
        Ok(())
    }

    /// The patient will come. Only the patient confirms (by page or by reply), so only an
    /// appointment still open to them can be confirmed.
    pub fn confirm(&mut self, now: Timestamp) -> Result<(), AppointmentRefusal> {
        self.open_to_patient(now)?;
        self.status = AppointmentStatus::Confirmed;
        self.updated_at = now;
        Ok(())
    }

    /// Cancel it, with the reason when one was given. A patient may cancel only what is still
    /// open to them (check `open_to_patient` first); the clinic may cancel a past one too.
    /// Cancelling twice is refused, so the caller can answer "already cancelled" and change
    /// nothing.
    pub fn cancel(&mut self, reason: Option<ShortText>, now: Timestamp) -> Result<(), AppointmentRefusal> {
        if self.status == AppointmentStatus::Cancelled {
            return Err(AppointmentRefusal::Cancelled);
        }
        self.status = AppointmentStatus::Cancelled;
        self.cancel_reason = reason;
        self.updated_at = now;
        Ok(())
    }

    /// Move it to `starts_at`. True when the time changed: a confirmation was for the old
    /// time, so it is scheduled again (and its reminders must be planned again).
    pub fn reschedule(&mut self, starts_at: Timestamp, now: Timestamp) -> Result<bool, AppointmentRefusal> {
        if self.status == AppointmentStatus::Cancelled {
            return Err(AppointmentRefusal::Cancelled);
        }
        if starts_at == self.starts_at {
            return Ok(false);
        }
        self.starts_at = starts_at;
        self.status = AppointmentStatus::Scheduled;
        self.updated_at = now;
        Ok(true)
    }
}

#[cfg(test)]
#[path = "appointment_tests.rs"]
mod tests;
