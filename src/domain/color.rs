//! A clinic's colour for its patient pages: `#rrggbb`, dark enough that white text on it and
//! it as text on white both meet WCAG AA (contrast at least 4.5:1).

use super::ParseError;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrandColor(String);

/// WCAG 2.x relative luminance of an sRGB colour.
fn luminance(r: u8, g: u8, b: u8) -> f64 {
    let lin = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
    };
    0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

impl BrandColor {
    pub const DEFAULT: &'static str = "#0b5d7a";

    pub fn parse(input: &str) -> Result<Self, ParseError> {
        let hex = input.trim().strip_prefix('#').ok_or(ParseError("must look like #0b5d7a"))?;
        if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(ParseError("must look like #0b5d7a"));
        }
        let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).map_err(|_| ParseError("must look like #0b5d7a"));
        let (r, g, b) = (byte(0)?, byte(2)?, byte(4)?);
        if BrandColor::contrast_with_white(r, g, b) < 4.5 {
            return Err(ParseError("is too light: white text on it must have a contrast of at least 4.5:1 (WCAG AA)"));
        }
        Ok(BrandColor(format!("#{}", hex.to_ascii_lowercase())))
    }

    fn contrast_with_white(r: u8, g: u8, b: u8) -> f64 {
        1.05 / (luminance(r, g, b) + 0.05)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for BrandColor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
#[path = "color_tests.rs"]
mod tests;
