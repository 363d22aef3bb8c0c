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
