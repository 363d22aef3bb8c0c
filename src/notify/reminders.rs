//! Planning reminders. Pure: given an appointment, its patient and clinic, the patient's
//! caregiver grants and the time, the deliveries to queue. The caller stores them in the same
//! transaction as the appointment.
//!
//! A caregiver whose grant asks for reminder copies (and still allows appointments) gets a copy
//! of each reminder, at the same times, on the grant's contact point: a delivery naming the
//! grant. It carries no token; its link is the caregiver's own page for the patient, which the
//! grant opens, and the dispatcher checks the grant again before it sends.

use crate::domain::{Act, AppointmentStatus, CareGrant, DeliveryPurpose, Purpose};
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

/// The grants among `grants` that get copies of the patient's reminders at `now`.
pub fn copy_grants<'a>(
    grants: &'a [CareGrant],
    clinic: &'a Clinic,
    patient: &'a Patient,
    now: Timestamp,
) -> impl Iterator<Item = &'a CareGrant> {
    grants.iter().filter(move |g| {
        g.reminder_copies
            && g.patient_id == patient.id
            && g.grantee.is_some()
            && g.allows_for(Some(Act::Appointments), now, (patient, clinic)).is_ok()
    })
}

/// A caregiver's copy of a reminder (or cancellation notice) of `a`, under `grant`.
fn copy(
    patient: &Patient,
    a: &Appointment,
    grant: &CareGrant,
    purpose: DeliveryPurpose,
    due: Timestamp,
    now: Timestamp,
) -> Delivery {
    let mut d = Delivery::new(patient, purpose, grant.contact.channel(), due, now);
    d.subject_id = Some(a.id.to_string());
    d.appointment_id = Some(a.id.clone());
    d.not_after = Some(a.starts_at);
    d.grant_id = Some(grant.id.clone());
    d
}

/// The reminders for `a` as of `now`, the patient's and the copies for `grants` that ask
/// for them.
pub fn plan(
    clinic: &Clinic,
    patient: &Patient,
    a: &Appointment,
    grants: &[CareGrant],
    now: Timestamp,
) -> Vec<Delivery> {
    let due = due_times(clinic, patient, a, now);
    let mut out: Vec<Delivery> =
        due.iter().flat_map(|at| appointment_deliveries(patient, a, DeliveryPurpose::Reminder, *at, now)).collect();
    for g in copy_grants(grants, clinic, patient, now) {
        out.extend(due.iter().map(|at| copy(patient, a, g, DeliveryPurpose::Reminder, *at, now)));
    }
    out
}

/// Only the copies of `a`'s reminders for `grant` (a grant just accepted, or copies just
/// turned on): none if the grant does not get copies.
pub fn plan_copies(
    clinic: &Clinic,
    patient: &Patient,
    a: &Appointment,
    grant: &CareGrant,
    now: Timestamp,
) -> Vec<Delivery> {
    let grants = std::slice::from_ref(grant);
    if copy_grants(grants, clinic, patient, now).next().is_none() {
        return vec![];
    }
    due_times(clinic, patient, a, now)
        .into_iter()
        .map(|at| copy(patient, a, grant, DeliveryPurpose::Reminder, at, now))
        .collect()
}

/// When `a`'s reminders are due as of `now`. Offsets are subtracted in the patient's own zone, so
/// "P1D" before a 9:00 visit is 9:00 the day before across a daylight-saving change. Offsets
/// already past collapse into one reminder now, if the visit is still ahead and no planned
/// reminder comes soon anyway.
fn due_times(clinic: &Clinic, patient: &Patient, a: &Appointment, now: Timestamp) -> Vec<Timestamp> {
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
    due
}

/// The notices to caregivers only, when the patient cancelled themself: they know, the people
/// who get their reminders may not.
pub fn copy_cancellations(
    clinic: &Clinic,
    patient: &Patient,
    a: &Appointment,
    grants: &[CareGrant],
    now: Timestamp,
) -> Vec<Delivery> {
    cancellation(clinic, patient, a, grants, now).into_iter().filter(|d| d.grant_id.is_some()).collect()
}

/// The notice that an appointment was cancelled, on each channel reminders go to and to each
/// caregiver who gets copies (each queued only if a reminder went out to the same recipient).
pub fn cancellation(
    clinic: &Clinic,
    patient: &Patient,
    a: &Appointment,
    grants: &[CareGrant],
    now: Timestamp,
) -> Vec<Delivery> {
    if a.starts_at <= now {
        return vec![];
    }
    let mut out = appointment_deliveries(patient, a, DeliveryPurpose::Cancellation, now, now);
    out.extend(
        copy_grants(grants, clinic, patient, now).map(|g| copy(patient, a, g, DeliveryPurpose::Cancellation, now, now)),
    );
    out
}

#[cfg(test)]
#[path = "reminders_tests.rs"]
mod tests;
