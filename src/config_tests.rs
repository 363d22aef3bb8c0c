//! Unit tests for `config`.

use super::*;

fn with(pairs: &[(&str, &str)]) -> Result<Config, ConfigError> {
    Config::from_map(&pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect())
}

#[test]
fn defaults_are_the_documented_ones() {
    let c = with(&[]).unwrap();
    assert_eq!(c.database_url, "sqlite://portico.db?mode=rwc");
    assert_eq!(c.bind, "127.0.0.1:8080");
    assert_eq!(c.public_url.as_str(), "http://127.0.0.1:8080/");
    assert!(matches!(c.sms, SmsConfig::Dev));
    assert!(matches!(c.email, EmailConfig::Dev));
    assert_eq!(c.keys_file, PathBuf::from("portico.keys"));
}

#[test]
fn bad_values_name_their_variable() {
    for (pairs, var) in [
        (vec![("PORTICO_PUBLIC_URL", "not a url")], "PORTICO_PUBLIC_URL"),
        (vec![("PORTICO_SMS", "carrier-pigeon")], "PORTICO_SMS"),
        (vec![("PORTICO_EMAIL", "fax")], "PORTICO_EMAIL"),
        (vec![("PORTICO_BIND", "localhost")], "PORTICO_BIND"),
        (vec![("PORTICO_DATABASE_URL", "mysql://x")], "PORTICO_DATABASE_URL"),
        (vec![("PORTICO_SMS", "twilio")], "TWILIO_FROM"),
        (vec![("PORTICO_SMS", "twilio"), ("TWILIO_FROM", "+15005550006")], "TWILIO_ACCOUNT_SID"),
        (vec![("PORTICO_EMAIL", "smtp"), ("PORTICO_SMTP_URL", "http://x")], "PORTICO_SMTP_URL"),
        (vec![("PORTICO_ALLOW_DEV_CHANNELS", "maybe")], "PORTICO_ALLOW_DEV_CHANNELS"),
        (vec![("PORTICO_TRUSTED_PROXIES", "10.0.0.0/8, proxy.internal")], "PORTICO_TRUSTED_PROXIES"),
        (vec![("PORTICO_TRUSTED_PROXIES", "10.0.0.0/33")], "PORTICO_TRUSTED_PROXIES"),
    ] {
        let e = with(&pairs).err().unwrap_or_else(|| panic!("{pairs:?} should fail"));
        assert_eq!(e.var, var, "{pairs:?}: {e}");
        assert!(e.to_string().starts_with(var));
        assert!(!e.to_string().contains('\n'));
    }
}

#[test]
fn debug_redacts_secrets() {
    let c = with(&[
        ("PORTICO_SMS", "twilio"),
        ("TWILIO_ACCOUNT_SID", "AC123"),
        ("TWILIO_AUTH_TOKEN", "supersecret"),
        ("TWILIO_FROM", "+15005550006"),
        ("PORTICO_DATABASE_URL", "postgres://u:hunter2@db/portico"),
    ])
    .unwrap();
    let s = format!("{c:?}");
    assert!(!s.contains("supersecret") && !s.contains("hunter2"), "{s}");
}

const TWILIO: &[(&str, &str)] = &[
    ("PORTICO_SMS", "twilio"),
    ("TWILIO_ACCOUNT_SID", "AC123"),
    ("TWILIO_AUTH_TOKEN", "secret"),
    ("TWILIO_FROM", "+15005550006"),
];

fn plus(
    base: &[(&'static str, &'static str)],
    more: &[(&'static str, &'static str)],
) -> Vec<(&'static str, &'static str)> {
    base.iter().chain(more).copied().collect()
}

#[test]
fn the_dev_outbox_is_served_only_when_every_channel_is_dev_on_loopback_over_http() {
    assert!(with(&[]).unwrap().dev_outbox_enabled(), "the local default");
    assert!(with(&[("PORTICO_BIND", "[::1]:8080")]).unwrap().dev_outbox_enabled());
    assert!(!with(TWILIO).unwrap().dev_outbox_enabled(), "real SMS with the default dev email");
    assert!(!with(&[("PORTICO_BIND", "0.0.0.0:8080")]).unwrap().dev_outbox_enabled(), "reachable from outside");
    assert!(!with(&[("PORTICO_BIND", "10.1.2.3:8080")]).unwrap().dev_outbox_enabled());
    let https = with(&[("PORTICO_PUBLIC_URL", "https://clinic.example"), ("PORTICO_ALLOW_DEV_CHANNELS", "1")]);
    assert!(!https.unwrap().dev_outbox_enabled(), "an https:// public URL is a deployment");
}

#[test]
fn serve_refuses_a_dev_channel_at_an_https_public_url_unless_allowed() {
    let https = ("PORTICO_PUBLIC_URL", "https://clinic.example");
    assert!(with(&[]).unwrap().check_channels_for_serving().is_ok(), "dev over http is the local default");
    let e = with(&[https]).unwrap().check_channels_for_serving().unwrap_err();
    assert_eq!(e.var, "PORTICO_SMS");
    let e = with(&plus(TWILIO, &[https])).unwrap().check_channels_for_serving().unwrap_err();
    assert_eq!(e.var, "PORTICO_EMAIL", "{e}");
    let line = e.to_string();
    assert!(line.contains("PORTICO_ALLOW_DEV_CHANNELS=1") && !line.contains('\n'), "{line}");
    let allowed = with(&plus(TWILIO, &[https, ("PORTICO_ALLOW_DEV_CHANNELS", "1")])).unwrap();
    assert!(allowed.check_channels_for_serving().is_ok());
    assert!(!allowed.dev_outbox_enabled());
}

#[test]
fn trusted_proxies_are_ipv4_and_ipv6_ranges_or_single_addresses() {
    assert!(with(&[]).unwrap().trusted_proxies.is_empty());
    let c = with(&[("PORTICO_TRUSTED_PROXIES", " 10.0.0.0/8, 192.0.2.7 ,fd00::/8,::1 ")]).unwrap();
    assert_eq!(c.trusted_proxies.len(), 4);
    for (ip, trusted) in [
        ("10.200.3.4", true),
        ("11.0.0.1", false),
        ("192.0.2.7", true),
        ("192.0.2.8", false),
        ("fd12::1", true),
        ("fe80::1", false),
        ("::1", true),
    ] {
        assert_eq!(c.is_trusted_proxy(ip.parse().unwrap()), trusted, "{ip}");
    }
}
