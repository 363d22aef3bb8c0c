//! The client's address, for rate limits and the sampled audit rows of anonymous attempts.
//! It is the TCP peer, unless the peer is one of `PORTICO_TRUSTED_PROXIES`: then it is read
//! from `X-Forwarded-For`, right to left, skipping trusted proxies; the first address that is
//! not one is the client. Entries left of it were written by the client and are not believed.

use crate::config::Config;
use crate::state::AppState;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::HeaderMap;
use axum::http::request::Parts;
use std::net::{IpAddr, SocketAddr};

pub struct ClientIp(pub String);

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let peer = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
        Ok(ClientIp(match peer {
            Some(peer) => client(&state.config, peer, &parts.headers),
            None => "unknown".into(),
        }))
    }
}

/// Longest unparsable `X-Forwarded-For` entry kept as a client's name.
const MAX_HOP: usize = 64;

/// The client behind `peer`, as `X-Forwarded-For` tells through trusted proxies only.
pub fn client(config: &Config, peer: IpAddr, headers: &HeaderMap) -> String {
    // A dual-stack listener sees IPv4 clients as `::ffff:a.b.c.d`.
    let peer = peer.to_canonical();
    if !config.is_trusted_proxy(peer) {
        return peer.to_string();
    }
    let hops: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .filter(|h| !h.is_empty())
        .collect();
    // If every hop is a trusted proxy, the furthest one is as close to the client as we know.
    let mut nearest = peer;
    for hop in hops.iter().rev() {
        match parse_hop(hop) {
            Some(ip) if config.is_trusted_proxy(ip) => nearest = ip,
            Some(ip) => return ip.to_string(),
            // A trusted proxy passed on something that is not an address: that text is all
            // that tells this client apart.
            None => return hop.chars().take(MAX_HOP).collect(),
        }
    }
    nearest.to_string()
}

/// An address as proxies write it: `192.0.2.1`, `2001:db8::1`, or with a port
/// (`192.0.2.1:443`, `[2001:db8::1]:443`).
fn parse_hop(hop: &str) -> Option<IpAddr> {
    hop.parse::<IpAddr>()
        .ok()
        .or_else(|| hop.parse::<SocketAddr>().ok().map(|s| s.ip()))
        .or_else(|| hop.strip_prefix('[')?.strip_suffix(']')?.parse().ok())
        .map(|ip| ip.to_canonical())
}

#[cfg(test)]
#[path = "client_ip_tests.rs"]
mod tests;
