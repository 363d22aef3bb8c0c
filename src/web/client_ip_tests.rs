//! Unit tests for `client_ip`.

use super::*;
use std::collections::HashMap;

fn config(proxies: &str) -> Config {
    let mut m = HashMap::new();
    m.insert("PORTICO_TRUSTED_PROXIES".to_string(), proxies.to_string());
    Config::from_map(&m).unwrap()
}

fn forwarded(values: &[&str]) -> HeaderMap {
    let mut h = HeaderMap::new();
    for v in values {
        h.append("x-forwarded-for", v.parse().unwrap());
    }
    h
}

fn ip(s: &str) -> IpAddr {
    s.parse().unwrap()
}

#[test]
fn without_trusted_proxies_the_client_is_the_peer_whatever_the_header_says() {
    let c = config("");
    assert_eq!(client(&c, ip("203.0.113.9"), &forwarded(&["198.51.100.1"])), "203.0.113.9");
}

#[test]
fn a_peer_that_is_not_a_trusted_proxy_is_the_client() {
    let c = config("10.0.0.0/8");
    assert_eq!(client(&c, ip("203.0.113.9"), &forwarded(&["198.51.100.1"])), "203.0.113.9");
}

#[test]
fn the_first_untrusted_hop_from_the_right_is_the_client() {
    let c = config("10.0.0.0/8, fd00::/8");
    let h = forwarded(&["1.1.1.1, 198.51.100.7", "fd00::2, 10.1.2.3"]);
    assert_eq!(client(&c, ip("10.0.0.1"), &h), "198.51.100.7", "1.1.1.1 was written by the client");
    let h = forwarded(&["2001:db8::5, 10.0.0.2"]);
    assert_eq!(client(&c, ip("fd00::1"), &h), "2001:db8::5");
}

#[test]
fn hops_with_ports_and_mapped_addresses_are_read_as_addresses() {
    let c = config("10.0.0.0/8");
    assert_eq!(client(&c, ip("::ffff:10.0.0.1"), &forwarded(&["198.51.100.7:4711"])), "198.51.100.7");
    assert_eq!(client(&c, ip("10.0.0.1"), &forwarded(&["[2001:db8::5]:443"])), "2001:db8::5");
}

#[test]
fn a_trusted_peer_without_the_header_or_with_only_proxies_is_the_nearest_we_know() {
    let c = config("10.0.0.0/8");
    assert_eq!(client(&c, ip("10.0.0.1"), &HeaderMap::new()), "10.0.0.1");
    assert_eq!(client(&c, ip("10.0.0.1"), &forwarded(&["10.9.9.9"])), "10.9.9.9");
}
