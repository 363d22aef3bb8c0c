use super::*;

#[test]
fn english_spanish_and_arabic_emergencies_are_flagged() {
    assert_eq!(red_flag_in("I have CHEST PAIN since this morning"), Some("chest pain"));
    assert_eq!(red_flag_in("I can’t breathe"), Some("can't breathe"));
    assert_eq!(red_flag_in("Tengo dolor de pecho y me falta el aire"), Some("dolor de pecho"));
    assert_eq!(red_flag_in("Creo que tomé una sobredosis"), Some("sobredosis"));
    assert_eq!(red_flag_in("أشعر بألم في الصدر"), None, "the phrase must stand as words: بألم is one word");
    assert_eq!(red_flag_in("عندي ألم في الصدر"), Some("ألم في الصدر"));
    assert_eq!(red_flag_in("اريد ان اموت"), Some("أريد أن أموت"), "hamza or not");
}

#[test]
fn accents_case_and_spacing_do_not_matter() {
    assert_eq!(red_flag_in("Tôi bị ĐAU NGỰC"), Some("dau nguc"));
    assert_eq!(red_flag_in("No   puedo\nrespirar"), Some("no puedo respirar"));
    assert_eq!(red_flag_in("J'ai une douleur à la poitrine"), Some("douleur a la poitrine"));
    assert_eq!(red_flag_in("Хочу умереть"), Some("хочу умереть"));
}

#[test]
fn scripts_without_spaces_and_korean_endings_match() {
    assert_eq!(red_flag_in("我胸口痛得厉害"), Some("胸口痛"));
    assert_eq!(red_flag_in("너무 죽고 싶어요"), Some("죽고 싶"));
    assert_eq!(red_flag_in("자살하고 싶어요"), Some("자살"));
}

#[test]
fn ordinary_messages_and_words_inside_other_words_are_not_flagged() {
    for text in [
        "Can I move my appointment to Thursday?",
        "Is my refill ready?",
        "The strokes of the painting",
        "My chest x-ray results?",
        "¿Puedo cambiar mi cita?",
        "Gracias por todo",
        "شكرا جزيلا",
        "",
    ] {
        assert_eq!(red_flag_in(text), None, "{text}");
    }
}

#[test]
fn flagging_errs_on_the_side_of_a_safety_reply() {
    assert_eq!(red_flag_in("No chest pain today, just checking in"), Some("chest pain"));
    assert_eq!(red_flag_in("I had a stroke of luck with parking"), Some("stroke"));
}
