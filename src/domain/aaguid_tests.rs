use super::*;

/// An attestation object as a browser sends it, with `flags` and `aaguid` in its
/// authenticator data.
fn object(flags: u8, aaguid: [u8; 16]) -> Vec<u8> {
    let mut auth = vec![7u8; 32];
    auth.push(flags);
    auth.extend_from_slice(&[0, 0, 0, 1]);
    auth.extend_from_slice(&aaguid);
    auth.extend_from_slice(&[0, 16]);
    auth.extend_from_slice(&[9u8; 16]);
    let mut map = std::collections::BTreeMap::new();
    map.insert(serde_cbor_2::Value::Text("fmt".into()), serde_cbor_2::Value::Text("none".into()));
    map.insert(serde_cbor_2::Value::Text("attStmt".into()), serde_cbor_2::Value::Map(Default::default()));
    map.insert(serde_cbor_2::Value::Text("authData".into()), serde_cbor_2::Value::Bytes(auth));
    serde_cbor_2::to_vec(&serde_cbor_2::Value::Map(map)).unwrap()
}

const GOOGLE: [u8; 16] =
    [0xea, 0x9b, 0x8d, 0x66, 0x4d, 0x01, 0x1d, 0x21, 0x3c, 0xe4, 0xb6, 0xb4, 0x8c, 0xb5, 0x75, 0xd4];

#[test]
fn a_known_aaguid_in_the_authenticator_data_names_its_provider() {
    let aaguid = from_attestation_object(&object(0x45, GOOGLE)).unwrap();
    assert_eq!(to_uuid(&aaguid), "ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4");
    assert_eq!(provider_name(&aaguid), Some("Google Password Manager"));
}

#[test]
fn an_unknown_or_zero_aaguid_names_nothing() {
    let unknown = [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, 8];
    assert_eq!(provider_name(&from_attestation_object(&object(0x45, unknown)).unwrap()), None);
    assert_eq!(from_attestation_object(&object(0x45, [0; 16])), None, "zeros keep the model private");
}

#[test]
fn authenticator_data_without_attested_credential_data_or_too_short_has_no_aaguid() {
    assert_eq!(from_attestation_object(&object(0x05, GOOGLE)), None, "no AT flag");
    let mut map = std::collections::BTreeMap::new();
    map.insert(serde_cbor_2::Value::Text("authData".into()), serde_cbor_2::Value::Bytes(vec![0x45; 40]));
    assert_eq!(from_attestation_object(&serde_cbor_2::to_vec(&serde_cbor_2::Value::Map(map)).unwrap()), None);
    assert_eq!(from_attestation_object(b"not cbor at all"), None);
    assert_eq!(from_attestation_object(&serde_cbor_2::to_vec(&serde_cbor_2::Value::Integer(3)).unwrap()), None);
}

#[test]
fn every_line_of_the_list_is_a_lowercase_uuid_a_tab_and_a_name() {
    let mut n = 0;
    for line in include_str!("aaguid_names.tsv").lines() {
        let (id, name) = line.split_once('\t').unwrap_or_else(|| panic!("no tab: {line:?}"));
        assert_eq!(id.len(), 36, "{line:?}");
        assert!(id.chars().all(|c| c == '-' || c.is_ascii_digit() || ('a'..='f').contains(&c)), "{line:?}");
        assert!(!name.trim().is_empty() && name.chars().count() <= 100, "{line:?}");
        n += 1;
    }
    assert!(n > 40, "the list has {n} providers");
}
