//! Unit tests for `clinic`.

use super::*;

#[test]
fn birth_date_step_up_settings_roundtrip_and_refuse_anything_else() {
    for s in [BirthDateStepUp::Default, BirthDateStepUp::On, BirthDateStepUp::Off] {
        assert_eq!(BirthDateStepUp::parse(s.as_str()), Ok(s));
    }
    for bad in ["", "true", "ON", "always"] {
        assert!(BirthDateStepUp::parse(bad).is_err(), "{bad:?}");
    }
}

#[test]
fn by_default_the_birth_date_serves_only_patients_without_a_second_contact_point() {
    assert!(BirthDateStepUp::Default.allows(false));
    assert!(!BirthDateStepUp::Default.allows(true));
    assert!(BirthDateStepUp::On.allows(true) && BirthDateStepUp::On.allows(false));
    assert!(!BirthDateStepUp::Off.allows(true) && !BirthDateStepUp::Off.allows(false));
}
