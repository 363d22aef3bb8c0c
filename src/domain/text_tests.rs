//! Unit tests for `text`.

use super::*;
use proptest::prelude::*;

proptest! {
    #[test]
    fn parsed_text_is_one_trimmed_line(s in "\\PC{0,250}|.*\n.*") {
        if let Ok(t) = ShortText::parse(&s) {
            prop_assert!(!t.as_str().contains('\n'));
            prop_assert!(!t.as_str().is_empty() && t.as_str().chars().count() <= 200);
        }
    }
}
