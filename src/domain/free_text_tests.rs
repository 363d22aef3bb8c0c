//! Unit and property tests for `free_text`.

use super::*;
use proptest::prelude::*;

#[test]
fn a_message_is_trimmed_and_keeps_its_line_breaks() {
    let m = MessageBody::parse("  Hello,\n\tsee you  ").unwrap();
    assert_eq!(m.as_str(), "Hello,\n\tsee you");
}

#[test]
fn empty_long_and_control_character_texts_are_refused() {
    assert!(MessageBody::parse("   ").is_err());
    assert!(MessageBody::parse(&"a".repeat(MESSAGE_MAX_CHARS + 1)).is_err());
    assert!(MessageBody::parse(&"a".repeat(MESSAGE_MAX_CHARS)).is_ok());
    assert!(MessageBody::parse("bell\u{7}").is_err());
    assert!(Note::parse(&"n".repeat(NOTE_MAX_CHARS + 1)).is_err());
    assert_eq!(Note::parse_optional("  ").unwrap(), None);
}

#[test]
fn debug_never_shows_the_text() {
    let m = MessageBody::parse("chest pain since Tuesday").unwrap();
    assert!(!format!("{m:?}").contains("chest"));
}

proptest! {
    #[test]
    fn whatever_parses_has_no_control_characters_but_line_breaks(s in "\\PC{0,50}|[\\x00-\\x1f a-z]{0,50}") {
        if let Ok(m) = MessageBody::parse(&s) {
            prop_assert!(m.as_str().chars().all(|c| !c.is_control() || matches!(c, '\n' | '\r' | '\t')));
            prop_assert_eq!(m.as_str(), m.as_str().trim());
        }
    }
}
