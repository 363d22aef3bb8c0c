use super::*;

#[test]
fn a_token_opens_for_its_address_only_and_not_once_altered() {
    let ring = KeyRing::generate().unwrap();
    let (c, p) = (ClinicId::new(), PatientId::new());
    let email = Email::parse("ana@example.org").unwrap();
    let token = unsubscribe_token(&ring, &c, &p, &email).unwrap();
    let u = Unsubscribe::parse(&token).unwrap();
    assert_eq!((&u.clinic, &u.patient), (&c, &p));
    assert!(u.is_for(&ring, &email));
    assert!(!u.is_for(&ring, &Email::parse("other@example.org").unwrap()), "another address");
    assert!(!u.is_for(&KeyRing::generate().unwrap(), &email), "another key");
    let other = PatientId::new();
    let swapped = token.replace(p.as_str(), other.as_str());
    assert!(!Unsubscribe::parse(&swapped).unwrap().is_for(&ring, &email), "another patient");
    for bad in ["", "x", "a.b.c", &format!("{c}.{p}.short"), &format!("{c}.{p}")] {
        assert!(Unsubscribe::parse(bad).is_none_or(|u| !u.is_for(&ring, &email)), "{bad}");
    }
}
