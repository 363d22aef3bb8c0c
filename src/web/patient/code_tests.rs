//! Unit tests for `code`.

use super::*;

#[test]
fn an_ipv6_client_is_counted_by_its_64_and_an_ipv4_one_by_its_address() {
    assert_eq!(network("2001:db8:1:2:aaaa::1"), network("2001:db8:1:2:ffff:0:0:9"));
    assert_eq!(network("2001:db8:1:2::1"), "2001:db8:1:2::/64");
    assert_ne!(network("2001:db8:1:2::1"), network("2001:db8:1:3::1"));
    assert_eq!(network("203.0.113.7"), "203.0.113.7");
    assert_ne!(network("203.0.113.7"), network("203.0.113.8"));
    assert_eq!(network("::ffff:203.0.113.7"), "203.0.113.7", "an IPv4 client on a dual-stack listener");
    assert_eq!(network("unknown"), "unknown");
}
