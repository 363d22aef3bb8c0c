//! Unit tests for planning reminders and caregivers' copies of them.

use super::*;
use crate::domain::{
    BirthDate, Channel, ChannelList, GrantBasis, GrantRequest, GrantStatus, GranteeContact, Locale, PersonId,
    PersonName, Phone, Scopes, TimeZone,
};

fn at(s: &str) -> Timestamp {
    s.parse().unwrap()
}

/// Noon in Chicago.
const NOW: &str = "2030-03-05T18:00:00Z";

fn clinic() -> Clinic {
    Clinic::new("Lakeside".into(), None, TimeZone::parse("America/Chicago").unwrap(), at("2026-01-01T00:00:00Z"))
}

fn patient(clinic: &Clinic) -> Patient {
    let mut p = Patient::new(
        clinic.id.clone(),
        PersonName::parse("Ana Ruiz").unwrap(),
        Locale::parse("es").unwrap(),
        TimeZone::parse("America/Chicago").unwrap(),
        ChannelList::new(vec![Channel::Sms]).unwrap(),
        at("2026-01-01T00:00:00Z"),
    );
    p.phone = Some(Phone::parse("+13125550177").unwrap());
    p
}

/// An accepted grant of `p` with reminder copies, for `scopes`, on `basis`.
fn grant(c: &Clinic, p: &Patient, scopes: &[&str], basis: GrantBasis) -> CareGrant {
    let r = GrantRequest {
        clinic_id: c.id.clone(),
        patient_id: p.id.clone(),
        grantee_name: PersonName::parse("Marta Ruiz").unwrap(),
        contact: GranteeContact::Phone(Phone::parse("+13125550190").unwrap()),
        scopes: Scopes::parse_all(scopes.iter().copied()).unwrap(),
        basis,
        evidence_reference: None,
        verified_by: None,
        expires_at: Some(at(NOW) + jiff::SignedDuration::from_hours(24 * 365)),
        reminder_copies: true,
        created_by: "patient:pat_x".into(),
    };
    let mut g = CareGrant::invite(r, at(NOW)).unwrap();
    g.status = GrantStatus::Active;
    g.grantee = PersonId::new();
    g
}

/// A visit in three days, reminded 24 and 2 hours before.
fn visit(p: &Patient) -> Appointment {
    let mut a = Appointment::new(p, at(NOW) + jiff::SignedDuration::from_hours(72), 30, at(NOW));
    a.reminders = Some(crate::domain::ReminderSchedule::parse_list(&["PT24H", "PT2H"]).unwrap());
    a
}

#[test]
fn a_grant_with_copies_gets_each_reminder_at_the_same_time_on_its_own_contact_point_without_a_token() {
    let (c, p) = (clinic(), patient(&clinic()));
    let a = visit(&p);
    let g = grant(&c, &p, &["appointments"], GrantBasis::PatientGiven);
    let planned = plan(&c, &p, &a, std::slice::from_ref(&g), at(NOW));
    let (own, copies): (Vec<&Delivery>, Vec<&Delivery>) = planned.iter().partition(|d| d.grant_id.is_none());
    assert_eq!((own.len(), copies.len()), (2, 2));
    let times = |ds: &[&Delivery]| ds.iter().map(|d| d.due_at).collect::<Vec<_>>();
    assert_eq!(times(&own), times(&copies));
    for d in copies {
        assert_eq!(d.grant_id.as_ref(), Some(&g.id));
        assert_eq!(d.channel, Channel::Sms);
        assert_eq!(d.link_purpose, None, "a copy never mints the patient's token");
        assert_eq!(d.not_after, Some(a.starts_at));
    }
    let cancelled = cancellation(&c, &p, &a, std::slice::from_ref(&g), at(NOW));
    assert_eq!(cancelled.iter().filter(|d| d.grant_id.as_ref() == Some(&g.id)).count(), 1);
}

#[test]
fn no_copies_without_the_ask_the_appointments_scope_an_acceptance_or_a_live_grant() {
    let (c, p) = (clinic(), patient(&clinic()));
    let a = visit(&p);
    let mut off = grant(&c, &p, &["appointments"], GrantBasis::PatientGiven);
    off.reminder_copies = false;
    let messages_only = grant(&c, &p, &["messages"], GrantBasis::PatientGiven);
    let mut invited = grant(&c, &p, &["appointments"], GrantBasis::PatientGiven);
    invited.status = GrantStatus::Invited;
    invited.grantee = None;
    let mut revoked = grant(&c, &p, &["appointments"], GrantBasis::PatientGiven);
    revoked.revoke(at(NOW));
    let other = grant(&c, &patient(&c), &["appointments"], GrantBasis::PatientGiven);
    let grants = [off, messages_only, invited, revoked, other];
    assert!(plan(&c, &p, &a, &grants, at(NOW)).iter().all(|d| d.grant_id.is_none()));
    for g in &grants {
        assert!(plan_copies(&c, &p, &a, g, at(NOW)).is_empty());
    }
}

#[test]
fn a_parents_copies_end_at_eighteen_and_continue_past_the_teen_age() {
    let c = clinic();
    let mut p = patient(&c);
    let a = visit(&p);
    let parent = grant(&c, &p, &["appointments", "messages"], GrantBasis::ParentOfMinor);
    // Thirteen: a parent keeps appointments, so the copies go on.
    p.birth_date = Some(BirthDate::parse("2017-01-01", jiff::civil::date(2030, 3, 5)).unwrap());
    assert_eq!(plan_copies(&c, &p, &a, &parent, at(NOW)).len(), 2);
    // Eighteen: the grant has ended.
    p.birth_date = Some(BirthDate::parse("2012-01-01", jiff::civil::date(2030, 3, 5)).unwrap());
    assert!(plan_copies(&c, &p, &a, &parent, at(NOW)).is_empty());
}
