//! Outbound events to a clinic's systems, as the Standard Webhooks specification has them: a
//! POST of a small JSON body with `webhook-id`, `webhook-timestamp` (Unix seconds) and
//! `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">` keyed by the endpoint's
//! secret (`whsec_` + base64 of 32 random bytes; during a rotation both the new and the old
//! secret sign, space-separated). What an endpoint is, which events there are, how long a
//! failing one is retried, and which addresses may never be a target.

use super::ParseError;
use base64::Engine as _;
use ring::rand::{SecureRandom, SystemRandom};
use std::net::IpAddr;

/// Every event type an endpoint may take.
pub const EVENT_TYPES: [&str; 9] = [
    "appointment.confirmed",
    "appointment.cancelled",
    "appointment.reschedule_requested",
    "message.received",
    "refill.requested",
    "refill.updated",
    "contact_point.flagged",
    "delivery.failed",
    "conversation.overdue",
];

/// The event a test-send sends.
pub const TEST_EVENT: &str = "webhook.test";

/// The waits before each retry after a failed try (the Standard Webhooks schedule): the
/// last try is 27 h 35 min after the first; after it fails the message is given up and the
/// endpoint disabled.
pub const RETRY_AFTER_SECONDS: [i64; 7] = [5, 300, 1800, 7200, 18_000, 36_000, 36_000];

/// How long the old secret keeps signing after a rotation.
pub const ROTATION_OVERLAP_HOURS: i64 = 24;

/// The event types of a request: each known, none twice, at least one; stored as
/// ",a,b," so that one type is found with a plain substring search.
pub fn parse_events<'a>(raw: impl IntoIterator<Item = &'a str>) -> Result<String, ParseError> {
    let mut out: Vec<&str> = vec![];
    for e in raw {
        let Some(known) = EVENT_TYPES.iter().find(|k| **k == e.trim()) else {
            return Err(ParseError("names an event type Portico does not send"));
        };
        if !out.contains(known) {
            out.push(known);
        }
    }
    if out.is_empty() {
        return Err(ParseError("must name at least one event type"));
    }
    Ok(format!(",{},", out.join(",")))
}

/// The stored list back as types.
pub fn events_of(stored: &str) -> Vec<&str> {
    stored.split(',').filter(|s| !s.is_empty()).collect()
}

/// A new signing secret, as the clinic is shown it (once); `None` when the OS has no
/// randomness to give.
pub fn new_secret() -> Option<String> {
    let mut bytes = [0u8; 32];
    SystemRandom::new().fill(&mut bytes).ok()?;
    Some(format!("whsec_{}", base64::engine::general_purpose::STANDARD.encode(bytes)))
}

/// The `webhook-signature` value for one secret.
pub fn signature(secret: &str, id: &str, timestamp: i64, body: &[u8]) -> Option<String> {
    let raw = base64::engine::general_purpose::STANDARD.decode(secret.strip_prefix("whsec_")?).ok()?;
    let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, &raw);
    let mut ctx = ring::hmac::Context::with_key(&key);
    ctx.update(id.as_bytes());
    ctx.update(b".");
    ctx.update(timestamp.to_string().as_bytes());
    ctx.update(b".");
    ctx.update(body);
    Some(format!("v1,{}", base64::engine::general_purpose::STANDARD.encode(ctx.sign().as_ref())))
}

/// Why a target URL is refused, if it is.
pub fn check_url(raw: &str, allow_private: bool) -> Result<url::Url, ParseError> {
    let url = url::Url::parse(raw.trim()).map_err(|_| ParseError("must be an absolute URL"))?;
    match url.scheme() {
        "https" => {}
        "http" if allow_private => {}
        _ => return Err(ParseError("must be an https:// URL")),
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(ParseError("must not carry a user name or password"));
    }
    if raw.len() > 2000 {
        return Err(ParseError("is longer than 2000 characters"));
    }
    match url.host() {
        None => return Err(ParseError("must name a host")),
        Some(url::Host::Ipv4(ip)) if !allow_private && !is_public(IpAddr::V4(ip)) => {
            return Err(ParseError("is a loopback, private or link-local address"));
        }
        Some(url::Host::Ipv6(ip)) if !allow_private && !is_public(IpAddr::V6(ip)) => {
            return Err(ParseError("is a loopback, private or link-local address"));
        }
        Some(url::Host::Domain(d)) if !allow_private && (d == "localhost" || d.ends_with(".localhost")) => {
            return Err(ParseError("is a loopback, private or link-local address"));
        }
        _ => {}
    }
    Ok(url)
}

/// Whether an address is on the public internet: not loopback, private, link-local,
/// shared (CGNAT), unspecified, multicast, documentation or an IPv6 wrapper of one of these.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            let o = v4.octets();
            !(v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_multicast()
                || v4.is_broadcast()
                || v4.is_documentation()
                || o[0] == 0
                || (o[0] == 100 && (64..128).contains(&o[1]))
                || (o[0] == 198 && (o[1] == 18 || o[1] == 19))
                || o[0] >= 240)
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_public(IpAddr::V4(v4));
            }
            let s = v6.segments();
            !(v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (s[0] & 0xfe00) == 0xfc00
                || (s[0] & 0xffc0) == 0xfe80
                || (s[0] == 0x2001 && s[1] == 0xdb8)
                || (s[0] == 0x64 && s[1] == 0xff9b))
        }
    }
}

#[cfg(test)]
#[path = "webhooks_tests.rs"]
mod tests;
