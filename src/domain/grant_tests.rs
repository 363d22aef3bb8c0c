use super::*;
use crate::domain::{Phone, ShortText};

fn now() -> Timestamp {
    "2030-03-05T16:00:00Z".parse().unwrap()
}

fn request(basis: GrantBasis) -> GrantRequest {
    GrantRequest {
        clinic_id: ClinicId::new(),
        patient_id: PatientId::new(),
        grantee_name: PersonName::parse("Marta Ruiz").unwrap(),
        contact: GranteeContact::Phone(Phone::parse("+13125550190").unwrap()),
        scopes: Scopes::parse_all(["messages"]).unwrap(),
        basis,
        evidence_reference: None,
        verified_by: None,
        expires_at: None,
        reminder_copies: false,
        created_by: "patient:pat_x".into(),
    }
}

#[test]
fn settings_is_never_a_scope_and_scopes_are_a_non_empty_set() {
    assert_eq!(Scope::parse("settings"), Err(ParseError("settings can never be delegated")));
    assert!(Scope::parse("everything").is_err());
    assert!(Scopes::parse_all([]).is_err());
    let s = Scopes::parse_all(["refills", "appointments", "refills"]).unwrap();
    assert_eq!(s.to_stored(), "appointments,refills");
    assert_eq!(Scopes::parse_stored(&s.to_stored()).unwrap(), s);
}

#[test]
fn a_patient_given_grant_lasts_eighteen_months_by_default_and_starts_invited() {
    let g = CareGrant::invite(request(GrantBasis::PatientGiven), now()).unwrap();
    assert_eq!(g.expires_at, now() + PATIENT_GIVEN_DEFAULT);
    assert_eq!(g.status_at(now()), GrantStatus::Invited);
    assert_eq!(g.allows(Scope::Messages, now()), Err(GrantRefusal::NotAccepted));
}

#[test]
fn a_legal_representative_needs_evidence_and_who_verified_it() {
    let mut r = request(GrantBasis::LegalRepresentative);
    r.expires_at = Some(now() + SignedDuration::from_hours(24));
    assert_eq!(CareGrant::invite(r.clone(), now()).unwrap_err().field, "evidence_reference");
    r.evidence_reference = Some(ShortText::parse("court order 2030-114").unwrap());
    assert_eq!(CareGrant::invite(r.clone(), now()).unwrap_err().field, "verified_by");
    r.verified_by = Some(ShortText::parse("J. Park, front desk").unwrap());
    assert!(CareGrant::invite(r, now()).is_ok());
}

#[test]
fn a_clinic_given_grant_names_its_expiry_within_five_years() {
    let mut r = request(GrantBasis::ParentOfMinor);
    assert_eq!(CareGrant::invite(r.clone(), now()).unwrap_err().field, "expires_at");
    r.expires_at = Some(now());
    assert_eq!(CareGrant::invite(r.clone(), now()).unwrap_err().field, "expires_at");
    r.expires_at = Some(now() + GRANT_LONGEST + SignedDuration::from_secs(1));
    assert_eq!(CareGrant::invite(r, now()).unwrap_err().field, "expires_at");
}

#[test]
fn an_active_grant_allows_its_scopes_only_until_it_expires_or_is_revoked() {
    let mut g = CareGrant::invite(request(GrantBasis::PatientGiven), now()).unwrap();
    g.status = GrantStatus::Active;
    assert_eq!(g.allows(Scope::Messages, now()), Ok(()));
    assert_eq!(g.allows(Scope::Refills, now()), Err(GrantRefusal::OutOfScope));
    let end = g.expires_at;
    assert_eq!(g.allows(Scope::Messages, end - SignedDuration::from_secs(1)), Ok(()));
    assert_eq!(g.allows(Scope::Messages, end), Err(GrantRefusal::Expired));
    assert!(g.revoke(now()));
    assert!(!g.revoke(now()), "revoking twice changes nothing");
    assert_eq!(g.allows(Scope::Messages, now()), Err(GrantRefusal::Revoked));
    assert!(g.change(GrantChange { reminder_copies: Some(true), ..Default::default() }, now()).is_err());
}

#[test]
fn age_counts_a_year_on_each_birthday_and_a_leap_day_birthday_on_the_first_of_march() {
    let d = |s: &str| s.parse::<jiff::civil::Date>().unwrap();
    let born = d("2018-03-06");
    assert_eq!(age_on(born, d("2030-03-05")), 11, "the day before the 12th birthday");
    assert_eq!(age_on(born, d("2030-03-06")), 12, "the day of");
    assert_eq!(age_on(born, d("2030-03-07")), 12, "the day after");
    let leap = d("2012-02-29");
    assert_eq!(age_on(leap, d("2030-02-28")), 17);
    assert_eq!(age_on(leap, d("2030-03-01")), 18);
    assert_eq!(age_on(leap, d("2032-02-29")), 20);
    // The birthday begins at midnight where the clinic is, not in UTC.
    let chicago = jiff::tz::TimeZone::get("America/Chicago").unwrap();
    let evening: Timestamp = "2030-03-06T03:00:00Z".parse().unwrap(); // 21:00 on the 5th in Chicago
    assert_eq!(age_at(born, evening, &chicago), 11);
    assert_eq!(age_at(born, evening, &jiff::tz::TimeZone::UTC), 12);
}

/// An active grant of `basis` for appointments, messages and refills.
fn all_scopes(basis: GrantBasis) -> CareGrant {
    let mut r = request(basis);
    r.scopes = Scopes::parse_all(["appointments", "messages", "refills"]).unwrap();
    r.expires_at = Some(now() + GRANT_LONGEST);
    r.evidence_reference = Some(ShortText::parse("court order 2030-114").unwrap());
    r.verified_by = Some(ShortText::parse("J. Park, front desk").unwrap());
    let mut g = CareGrant::invite(r, now()).unwrap();
    g.status = GrantStatus::Active;
    g
}

#[test]
fn a_parents_grant_narrows_at_the_clinics_age_and_ends_at_eighteen() {
    let g = all_scopes(GrantBasis::ParentOfMinor);
    let acts = [Act::Appointments, Act::ReadMessages, Act::SendMessage, Act::Refills];
    let at = |age: i16, teen: i16| acts.map(|a| g.allows_at(Some(a), now(), Some(age), teen).err());
    assert_eq!(at(11, 12), [None; 4], "a child of 11: everything the grant names");
    let teen = [None, Some(GrantRefusal::TeenPrivacy), None, Some(GrantRefusal::TeenPrivacy)];
    assert_eq!(at(12, 12), teen, "12: appointments and writing, not reading");
    assert_eq!(at(17, 12), teen);
    assert_eq!(at(12, 14), [None; 4], "a clinic that draws the line at 14");
    assert_eq!(at(14, 14), teen);
    assert_eq!(at(18, 12), [Some(GrantRefusal::CameOfAge); 4], "18: the parent's grant has ended");
    assert_eq!(g.allows_at(None, now(), Some(18), 12), Err(GrantRefusal::CameOfAge));
    assert_eq!(g.allows_at(None, now(), Some(17), 12), Ok(()));
    // No birth date on record: the grant as the clinic made it.
    assert!(acts.iter().all(|a| g.allows_at(Some(*a), now(), None, 12).is_ok()));
}

#[test]
fn a_patients_own_grant_and_a_legal_representatives_do_not_change_with_age() {
    for basis in [GrantBasis::PatientGiven, GrantBasis::LegalRepresentative] {
        let g = all_scopes(basis);
        for age in [11, 12, 17, 18, 40] {
            for act in [Act::Appointments, Act::ReadMessages, Act::SendMessage, Act::Refills] {
                assert_eq!(g.allows_at(Some(act), now(), Some(age), 12), Ok(()), "{basis:?} {age} {act:?}");
            }
        }
    }
}

#[test]
fn what_a_teenager_gives_back_opens_again_for_the_parent_until_eighteen() {
    let mut g = all_scopes(GrantBasis::ParentOfMinor);
    assert_eq!(g.teen_restore(Scope::Messages, true, now()), Ok(true));
    assert_eq!(g.teen_restore(Scope::Messages, true, now()), Ok(false), "twice changes nothing");
    assert_eq!(g.allows_at(Some(Act::ReadMessages), now(), Some(13), 12), Ok(()));
    assert_eq!(
        g.allows_at(Some(Act::Refills), now(), Some(13), 12),
        Err(GrantRefusal::TeenPrivacy),
        "only what was given"
    );
    assert_eq!(g.allows_at(Some(Act::ReadMessages), now(), Some(18), 12), Err(GrantRefusal::CameOfAge));
    assert_eq!(stored_scopes(&g.teen_restored), "messages");
    assert_eq!(parse_stored_scopes("messages,refills"), Ok(vec![Scope::Messages, Scope::Refills]));
    assert_eq!(parse_stored_scopes(""), Ok(vec![]));
    assert_eq!(g.teen_restore(Scope::Messages, false, now()), Ok(true));
    assert_eq!(g.allows_at(Some(Act::ReadMessages), now(), Some(13), 12), Err(GrantRefusal::TeenPrivacy));
}

#[test]
fn a_teenager_gives_back_only_what_their_age_kept_from_a_parents_live_grant() {
    let mut g = all_scopes(GrantBasis::ParentOfMinor);
    assert!(g.teen_restore(Scope::Appointments, true, now()).is_err(), "appointments never narrowed");
    let mut own = all_scopes(GrantBasis::PatientGiven);
    assert!(own.teen_restore(Scope::Messages, true, now()).is_err(), "not a parent's grant");
    g.revoke(now());
    assert!(g.teen_restore(Scope::Messages, true, now()).is_err(), "a revoked grant does not change");
    let mut narrow = request(GrantBasis::ParentOfMinor);
    narrow.expires_at = Some(now() + GRANT_LONGEST);
    let mut appointments_only = CareGrant::invite(narrow, now()).unwrap();
    appointments_only.scopes = Scopes::parse_all(["appointments"]).unwrap();
    assert_eq!(appointments_only.teen_may_restore(), vec![], "nothing the grant never held");
}
