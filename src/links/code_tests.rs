//! Unit tests for `code`.

use super::*;
use crate::links::KeyRing;
use proptest::prelude::*;

fn key() -> KeyRing {
    KeyRing::generate().unwrap()
}

#[test]
fn a_links_code_is_eight_symbols_without_look_alikes_and_the_same_each_time() {
    let ring = key();
    let k = ring.current().unwrap();
    for i in 0..200u8 {
        let lookup = [i; 32];
        let code = LinkCode::for_link(k, &lookup);
        let shown = code.display();
        assert_eq!(shown.len(), CODE_CHARS + 1, "{shown}");
        assert_eq!(&shown[4..5], "-");
        assert!(shown.replace('-', "").bytes().all(|b| CODE_ALPHABET.contains(&b)), "{shown}");
        assert!(!shown.contains(['0', 'O', '1', 'I', 'L', 'U']), "{shown}");
        assert_eq!(LinkCode::for_link(k, &lookup), code, "derived again, the same");
        assert_eq!(LinkCode::parse(&shown), Ok(code));
    }
    assert_eq!(CODE_ALPHABET.iter().collect::<std::collections::BTreeSet<_>>().len(), 30, "30 distinct symbols");
}

#[test]
fn a_code_is_for_its_own_link_under_its_own_key_only() {
    let (one, other) = (key(), key());
    let (k, k2) = (one.current().unwrap(), other.current().unwrap());
    let code = LinkCode::for_link(k, &[7; 32]);
    assert!(code.is_for(k, &[7; 32]));
    assert!(!code.is_for(k, &[8; 32]), "another link");
    assert!(!code.is_for(k2, &[7; 32]), "another signing key");
    assert_ne!(LinkCode::for_link(k2, &[7; 32]), code);
}

#[test]
fn the_locator_names_the_first_half_under_the_key() {
    let (one, other) = (key(), key());
    let (k, k2) = (one.current().unwrap(), other.current().unwrap());
    let a = LinkCode::parse("7KQM-3XTR").unwrap();
    let same_half = LinkCode::parse("7KQM-ZZZZ").unwrap();
    let other_half = LinkCode::parse("7KQN-3XTR").unwrap();
    assert_eq!(a.locator(k), same_half.locator(k));
    assert_ne!(a.locator(k), other_half.locator(k));
    assert_ne!(a.locator(k), a.locator(k2));
    assert_eq!(a.locator(k).len(), 32);
    assert!(!a.locator(k).windows(4).any(|w| w == b"7KQM"), "the locator is not the code's text");
}

#[test]
fn typed_codes_ignore_case_spaces_and_hyphens_and_refuse_anything_else() {
    let want = LinkCode::parse("7KQM3XTR").unwrap();
    for typed in ["7kqm-3xtr", " 7KQM 3XTR ", "7K-QM-3X-TR", "7kqm–3xtr", "7KQM\t3XTR"] {
        assert_eq!(LinkCode::parse(typed), Ok(want.clone()), "{typed:?}");
    }
    for bad in [
        "",
        "7KQM-3XT",
        "7KQM-3XTRA",
        "7KQM-3XT0",
        "7KQM-3XTO",
        "IKQM-3XTR",
        "LKQM-3XTR",
        "1KQM-3XTR",
        "UKQM-3XTR",
        "7KQM_3XTR",
        "7KQM-3XTŘ",
        "７KQM-3XTR",
    ] {
        assert_eq!(LinkCode::parse(bad), Err(CodeFormatError), "{bad:?}");
    }
}

#[test]
fn codes_spread_over_every_symbol_in_every_place() {
    let ring = key();
    let k = ring.current().unwrap();
    let mut seen = vec![[0u32; 30]; CODE_CHARS];
    for i in 0..6000u32 {
        let mut lookup = [0u8; 32];
        lookup[..4].copy_from_slice(&i.to_be_bytes());
        let code = LinkCode::for_link(k, &lookup);
        for (place, b) in code.0.iter().enumerate() {
            let at = CODE_ALPHABET.iter().position(|c| c == b).unwrap();
            seen[place][at] += 1;
        }
    }
    // 200 expected per symbol and place; a broken mapping (a symbol never used, or the
    // high places stuck) is far outside these bounds.
    for (place, counts) in seen.iter().enumerate() {
        assert!(counts.iter().all(|&n| (120..=290).contains(&n)), "place {place}: {counts:?}");
    }
}

#[test]
fn a_code_never_shows_in_debug_output() {
    let code = LinkCode::parse("7KQM-3XTR").unwrap();
    let debug = format!("{code:?}");
    assert!(!debug.contains("7KQM") && !debug.contains("3XTR"), "{debug}");
}

proptest! {
    #[test]
    fn parsing_never_panics_and_keeps_only_alphabet_codes(s in "\\PC{0,24}") {
        if let Ok(code) = LinkCode::parse(&s) {
            let shown = code.display();
            prop_assert!(shown.replace('-', "").bytes().all(|b| CODE_ALPHABET.contains(&b)));
            prop_assert_eq!(LinkCode::parse(&shown), Ok(code));
        }
    }
}
