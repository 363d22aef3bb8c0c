//! Unit tests for `segments`.

use super::*;
use proptest::prelude::*;

#[test]
fn segment_boundaries() {
    assert_eq!(count(&"a".repeat(160)), 1);
    assert_eq!(count(&"a".repeat(161)), 2);
    assert_eq!(count(&"a".repeat(306)), 2);
    assert_eq!(count(&"a".repeat(307)), 3);
    assert_eq!(count(&"€".repeat(80)), 1);
    assert_eq!(count(&"€".repeat(81)), 2);
    assert_eq!(encoding("Sí, confirmo"), Encoding::Ucs2, "í is not in GSM-7");
    assert_eq!(encoding("Café à 15h"), Encoding::Gsm7);
    assert_eq!(count(&"한".repeat(70)), 1);
    assert_eq!(count(&"한".repeat(71)), 2);
}

proptest! {
    #[test]
    fn more_text_never_takes_fewer_segments(s in "\\PC{0,400}", extra in "\\PC{1,5}") {
        let longer = format!("{s}{extra}");
        if encoding(&s) == encoding(&longer) {
            prop_assert!(count(&longer) >= count(&s));
        }
        prop_assert!(count(&s) >= 1);
    }
}
