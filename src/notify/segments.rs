//! How many SMS segments a body takes: GSM-7 (160 septets, 153 per part when split; the
//! extension table costs two septets) when every character is in the GSM alphabet, else
//! UCS-2 (70 UTF-16 units, 67 per part).

const BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const EXTENSION: &str = "^{}\\[~]|€\u{c}";

/// The encoding a body needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Gsm7,
    Ucs2,
}

pub fn encoding(body: &str) -> Encoding {
    if body.chars().all(|c| BASIC.contains(c) || EXTENSION.contains(c)) { Encoding::Gsm7 } else { Encoding::Ucs2 }
}

pub fn count(body: &str) -> u32 {
    match encoding(body) {
        Encoding::Gsm7 => {
            let septets: usize = body.chars().map(|c| if EXTENSION.contains(c) { 2 } else { 1 }).sum();
            if septets <= 160 { 1 } else { septets.div_ceil(153) as u32 }
        }
        Encoding::Ucs2 => {
            let units = body.encode_utf16().count();
            if units <= 70 { 1 } else { units.div_ceil(67) as u32 }
        }
    }
}

#[cfg(test)]
#[path = "segments_tests.rs"]
mod tests;
