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
