//! Unit tests for `color`.

use super::BrandColor;

#[test]
fn only_dark_enough_hex_colours_pass() {
    assert_eq!(BrandColor::parse(BrandColor::DEFAULT).unwrap().as_str(), "#0b5d7a");
    assert_eq!(BrandColor::parse("#1A1A1A").unwrap().as_str(), "#1a1a1a");
    for bad in ["#ffff00", "#77aaff", "0b5d7a", "#0b5d7", "#0b5d7g", "red", "#0b5d7a;}", ""] {
        assert!(BrandColor::parse(bad).is_err(), "{bad}");
    }
}
