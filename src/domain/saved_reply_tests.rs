use super::*;

fn spec(texts: &[(&str, &str)]) -> SavedReplySpec {
    SavedReplySpec {
        title: "Lab hours".into(),
        texts: texts.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
    }
}

#[test]
fn the_text_offered_is_the_patients_language_then_its_kin_then_english() {
    let (title, texts) =
        SavedReply::checked(&spec(&[("en", "Open 8-4"), ("es", "Abierto 8-4"), ("zh-Hant", "開放"), ("fr", "Ouvert")]))
            .unwrap();
    let r =
        SavedReply { id: "svr_1".into(), clinic_id: ClinicId::new(), title, texts, updated_at: Timestamp::UNIX_EPOCH };
    let l = |s: &str| Locale::parse(s).unwrap();
    assert_eq!(r.text_for(&l("es")), Some("Abierto 8-4"));
    assert_eq!(r.text_for(&l("zh-Hans")), Some("開放"), "the same language in another script");
    assert_eq!(r.text_for(&l("vi")), Some("Open 8-4"), "else English");
    let only_fr = SavedReply { texts: [("fr".to_string(), "Ouvert".to_string())].into(), ..r };
    assert_eq!(only_fr.text_for(&l("vi")), Some("Ouvert"), "else what there is");
}

#[test]
fn a_bad_spec_names_its_field() {
    let err = |s: SavedReplySpec| SavedReply::checked(&s).unwrap_err().field;
    assert_eq!(err(spec(&[])), "texts");
    assert_eq!(err(spec(&[("english", "x")])), "texts.english");
    assert_eq!(err(spec(&[("en", "  ")])), "texts.en");
    assert_eq!(err(spec(&[("en", "x"), ("EN", "y")])), "texts.en", "the same language twice");
    assert_eq!(err(SavedReplySpec { title: " ".into(), ..spec(&[("en", "x")]) }), "title");
}
