//! Planning reminders. Pure: given an appointment, its patient and clinic and the time, the
//! deliveries to queue. The caller stores them in the same transaction as the appointment.

use crate::domain::{AppointmentStatus, DeliveryPurpose, Purpose};
use crate::store::{Appointment, Clinic, Delivery, Patient};
use jiff::{SignedDuration, Timestamp};

/// A catch-up reminder is pointless this close to the visit.
const MIN_LEAD: SignedDuration = SignedDuration::from_mins(15);
/// No catch-up reminder if a planned one comes within this.
const CATCH_UP_GAP: SignedDuration = SignedDuration::from_hours(1);

/// One delivery per channel the patient takes reminders on (`Patient::reminder_channels`).
fn appointment_deliveries(
    patient: &Patient,
    a: &Appointment,
    purpose: DeliveryPurpose,
    due: Timestamp,
    now: Timestamp,
) -> Vec<Delivery> {
    patient
        .reminder_channels()
        .into_iter()
        .map(|channel| {
            let mut d = Delivery::new(patient, purpose, channel, due, now);
            d.link_purpose = Some(Purpose::Appointment);
            d.subject_id = Some(a.id.to_string());
            d.appointment_id = Some(a.id.clone());
            d.not_after = Some(a.starts_at);
            d
        })
        .collect()
}

/// The reminders for `a` as of `now`. Offsets are subtracted in the patient's own zone, so
/// "P1D" before a 9:00 visit is 9:00 the day before across a daylight-saving change. Offsets
/// already past collapse into one reminder now, if the visit is still ahead and no planned
/// reminder comes soon anyway.
pub fn plan(clinic: &Clinic, patient: &Patient, a: &Appointment, now: Timestamp) -> Vec<Delivery> {
    if a.status == AppointmentStatus::Cancelled || a.starts_at <= now {
        return vec![];
    }
    let schedule = a.reminders.as_ref().unwrap_or(&clinic.reminders);
    let start = a.starts_at.to_zoned(patient.time_zone.tz().clone());
    let mut due: Vec<Timestamp> = vec![];
    let mut overdue = false;
    for offset in schedule.offsets() {
        let at = start.checked_sub(offset.span()).map(|z| z.timestamp()).unwrap_or(a.starts_at);
        if at > now {
            due.push(at);
        } else {
            overdue = true;
        }
    }
    let next_planned = due.iter().min().copied();
    if overdue && a.starts_at - MIN_LEAD > now && next_planned.is_none_or(|t| t - CATCH_UP_GAP > now) {
        due.push(now);
    }
    due.sort();
    due.dedup();
    due.into_iter().flat_map(|at| appointment_deliveries(patient, a, DeliveryPurpose::Reminder, at, now)).collect()
}

/// The notice that an appointment was cancelled (queued only if a reminder went out), on
/// each channel reminders go to.
pub fn cancellation(patient: &Patient, a: &Appointment, now: Timestamp) -> Vec<Delivery> {
    if a.starts_at <= now {
        return vec![];
    }
    appointment_deliveries(patient, a, DeliveryPurpose::Cancellation, now, now)
}
