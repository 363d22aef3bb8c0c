//! Unit tests for the appointment's transitions.

use super::*;

fn at(s: &str) -> Timestamp {
    s.parse().unwrap()
}

fn visit(starts_at: &str) -> Appointment {
    let patient = Patient::new(
        ClinicId::new(),
        PersonName::parse("Ana Ruiz").unwrap(),
        Locale::parse("es").unwrap(),
        TimeZone::parse("America/Chicago").unwrap(),
        ChannelList::new(vec![Channel::Sms]).unwrap(),
        at("2026-01-01T00:00:00Z"),
    );
    Appointment::new(&patient, at(starts_at), 30, at("2026-01-01T00:00:00Z"))
}

const BEFORE: &str = "2026-01-10T12:00:00Z";

#[test]
fn a_patient_confirms_an_upcoming_visit() {
    let mut a = visit("2026-01-12T15:00:00Z");
    a.confirm(at(BEFORE)).unwrap();
    assert_eq!(a.status, AppointmentStatus::Confirmed);
    assert_eq!(a.updated_at, at(BEFORE));
}

#[test]
fn a_visit_that_began_or_was_cancelled_cannot_be_confirmed() {
    let mut a = visit("2026-01-10T12:00:00Z");
    assert_eq!(a.confirm(at(BEFORE)), Err(AppointmentRefusal::Passed), "it begins now");
    assert_eq!(a.status, AppointmentStatus::Scheduled, "nothing changed");
    let mut a = visit("2026-01-12T15:00:00Z");
    a.cancel(None, at(BEFORE)).unwrap();
    assert_eq!(a.confirm(at(BEFORE)), Err(AppointmentRefusal::Cancelled));
    assert_eq!(a.status, AppointmentStatus::Cancelled);
}

#[test]
fn cancelling_keeps_the_reason_and_refuses_a_second_time() {
    let mut a = visit("2026-01-12T15:00:00Z");
    let reason = ShortText::parse("patient: has a conflict").ok();
    a.cancel(reason.clone(), at(BEFORE)).unwrap();
    assert_eq!((a.status, a.cancel_reason.clone()), (AppointmentStatus::Cancelled, reason.clone()));
    let later = at("2026-01-11T12:00:00Z");
    assert_eq!(a.cancel(None, later), Err(AppointmentRefusal::Cancelled));
    assert_eq!((a.cancel_reason, a.updated_at), (reason, at(BEFORE)), "the first cancellation stands");
}

#[test]
fn the_clinic_may_cancel_a_past_visit_but_a_patient_may_not_act_on_it() {
    let mut a = visit("2026-01-09T15:00:00Z");
    assert_eq!(a.open_to_patient(at(BEFORE)), Err(AppointmentRefusal::Passed));
    a.cancel(None, at(BEFORE)).unwrap();
    assert_eq!(a.status, AppointmentStatus::Cancelled);
}

#[test]
fn rescheduling_voids_a_confirmation_only_when_the_time_changes() {
    let mut a = visit("2026-01-12T15:00:00Z");
    a.confirm(at(BEFORE)).unwrap();
    assert_eq!(a.reschedule(at("2026-01-12T15:00:00Z"), at(BEFORE)), Ok(false));
    assert_eq!(a.status, AppointmentStatus::Confirmed);
    assert_eq!(a.reschedule(at("2026-01-13T15:00:00Z"), at(BEFORE)), Ok(true));
    assert_eq!((a.status, a.starts_at), (AppointmentStatus::Scheduled, at("2026-01-13T15:00:00Z")));
    a.cancel(None, at(BEFORE)).unwrap();
    assert_eq!(a.reschedule(at("2026-01-14T15:00:00Z"), at(BEFORE)), Err(AppointmentRefusal::Cancelled));
}
