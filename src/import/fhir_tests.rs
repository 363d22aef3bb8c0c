use super::*;

fn read(json: &str) -> Vec<Item> {
    let mut items = vec![];
    read_bundle(json.as_bytes(), &mut |i| {
        items.push(i);
        true
    });
    items
}

#[test]
fn a_bundles_entries_come_one_by_one_with_their_index_and_full_url() {
    let items = read(
        r#"{"resourceType": "Bundle", "type": "collection", "entry": [
            {"fullUrl": "urn:uuid:1", "resource": {"resourceType": "Patient", "id": "p1"}},
            {"resource": {"resourceType": "Appointment"}}, 7]}"#,
    );
    assert_eq!(items.len(), 3);
    let Item::Entry(first) = &items[0] else { panic!("{items:?}") };
    assert_eq!((first.index, first.full_url.as_deref()), (0, Some("urn:uuid:1")));
    assert_eq!(first.resource["id"], "p1");
    let Item::Entry(odd) = &items[2] else { panic!("{items:?}") };
    assert_eq!(
        (odd.index, &odd.resource),
        (2, &serde_json::Value::Null),
        "an entry that is not an object is kept, empty"
    );
}

#[test]
fn a_file_that_is_not_a_collection_or_transaction_bundle_is_refused_by_its_field() {
    let refused = |json: &str| match read(json).pop() {
        Some(Item::Refused(why)) => why,
        other => panic!("{other:?}"),
    };
    assert!(refused(r#"{"resourceType": "Patient"}"#).starts_with("resourceType"));
    assert!(refused(r#"{"resourceType": "Bundle", "type": "searchset", "entry": []}"#).starts_with("type"));
    assert!(refused(r#"{"resourceType": "Bundle"}"#).starts_with("type"));
    assert!(refused("[1, 2").starts_with("not readable as JSON"));
    assert!(refused(r#"{"resourceType": "Bundle", "type": "collection"} trailing"#).starts_with("after the bundle"));
    assert!(read(r#"{"resourceType": "Bundle", "type": "transaction", "entry": []}"#).is_empty());
}

#[test]
fn reading_stops_when_the_importer_says_so() {
    let mut seen = 0;
    read_bundle(br#"{"resourceType": "Bundle", "type": "collection", "entry": [{}, {}, {}]}"#.as_slice(), &mut |_| {
        seen += 1;
        false
    });
    assert_eq!(seen, 1, "no refusal of the file either");
}

#[test]
fn a_patients_name_phone_email_and_language_are_the_preferred_ones() {
    let p: Patient = serde_json::from_value(serde_json::json!({
        "name": [{"use": "nickname", "text": "Mari"}, {"use": "official", "given": ["Maria", "José"], "family": "Lopez"}],
        "telecom": [
            {"system": "phone", "value": "+13125550100", "use": "home", "rank": 1},
            {"system": "phone", "value": "+13125550142", "use": "mobile", "rank": 2},
            {"system": "email", "value": "old@example.org", "use": "old", "rank": 1},
            {"system": "email", "value": "maria@example.org", "rank": 3}],
        "communication": [{"language": {"coding": [{"code": "en"}]}}, {"language": {"coding": [{"code": "es"}]}, "preferred": true}],
        "identifier": [{"system": "urn:mrn", "value": " 123 "}]
    }))
    .unwrap();
    assert_eq!(p.best_name().as_deref(), Some("Maria José Lopez"));
    assert_eq!(p.best_telecom("phone"), Some("+13125550142"), "a mobile before a home number");
    assert_eq!(p.best_telecom("email"), Some("maria@example.org"), "not an old one");
    assert_eq!(p.language(), Some("es"));
    assert_eq!(p.identifier_of("urn:mrn"), Some("123"));
    assert_eq!(p.identifier_of("urn:other"), None);
}

#[test]
fn entries_before_the_header_are_held_and_none_come_from_a_bundle_refused_after_them() {
    let items = read(
        r#"{"entry": [{"resource": {"resourceType": "Patient"}}], "resourceType": "Bundle", "type": "collection"}"#,
    );
    assert!(matches!(items.as_slice(), [Item::Entry(_)]), "{items:?}");
    let items = read(
        r#"{"entry": [{"resource": {"resourceType": "Patient"}}], "resourceType": "Bundle", "type": "searchset"}"#,
    );
    assert!(matches!(items.as_slice(), [Item::Refused(why)] if why.starts_with("type")), "{items:?}");
}
