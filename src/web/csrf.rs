//! CSRF for patient forms: a random seed in a cookie (`portico_csrf`), and in each form an
//! HMAC of that seed and what the form acts on (a link token, a session). A cross-site page
//! can neither read the cookie nor compute the MAC. POSTs must also come from our own
//! origin when the browser says where they come from.

use crate::config::Config;
use crate::links::{KeyRing, constant_time_eq, random_secret};
use axum::http::{HeaderMap, header};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::hmac;

pub const COOKIE: &str = "portico_csrf";

/// The seed from the request's cookie, if it looks like one of ours.
pub fn seed_from(headers: &HeaderMap) -> Option<String> {
    super::cookie::value(headers, COOKIE).filter(|s| s.len() == 43)
}

/// The request's seed, or a new one to set.
pub fn seed_or_new(headers: &HeaderMap) -> (String, bool) {
    match seed_from(headers) {
        Some(s) => (s, false),
        None => (random_secret().unwrap_or_default(), true),
    }
}

pub fn set_cookie(seed: &str, secure: bool) -> String {
    format!("{COOKIE}={seed}; Path=/; HttpOnly; SameSite=Lax{}", if secure { "; Secure" } else { "" })
}

pub fn form_token(ring: &KeyRing, seed: &str, bound: &str) -> String {
    match ring.current() {
        Ok(key) => URL_SAFE_NO_PAD.encode(hmac::sign(key.csrf(), &message(seed, bound)).as_ref()),
        Err(_) => String::new(),
    }
}

/// Any active key may have made the token (a rotation between page and POST is fine).
pub fn check(ring: &KeyRing, seed: &str, bound: &str, presented: &str) -> bool {
    let Ok(presented) = URL_SAFE_NO_PAD.decode(presented) else {
        return false;
    };
    let msg = message(seed, bound);
    ring.active().any(|k| constant_time_eq(hmac::sign(k.csrf(), &msg).as_ref(), &presented))
}

fn message(seed: &str, bound: &str) -> Vec<u8> {
    let mut m = Vec::with_capacity(seed.len() + bound.len() + 1);
    m.extend_from_slice(seed.as_bytes());
    m.push(0);
    m.extend_from_slice(bound.as_bytes());
    m
}

/// A POST whose `Origin` (or, failing that, `Referer`) names another site is refused.
/// Requests that send neither (not browsers) still need the token.
///
/// Under `Referrer-Policy: no-referrer` (which keeps link tokens out of every `Referer`),
/// browsers send `Origin: null` even on a same-site form POST; they also send Fetch Metadata,
/// which a page cannot forge, so `null` passes only with `Sec-Fetch-Site: same-origin`.
pub fn same_origin(headers: &HeaderMap, config: &Config) -> bool {
    let ours = config.public_origin();
    if let Some(origin) = headers.get(header::ORIGIN) {
        if origin == "null" {
            return headers.get("sec-fetch-site").is_some_and(|v| v == "same-origin");
        }
        return origin.to_str().is_ok_and(|o| o == ours);
    }
    if let Some(referer) = headers.get(header::REFERER) {
        return referer
            .to_str()
            .ok()
            .and_then(|r| url::Url::parse(r).ok())
            .is_some_and(|u| u.origin().ascii_serialization() == ours);
    }
    true
}
