use super::*;

#[test]
fn event_lists_keep_known_types_once_and_refuse_unknown_or_none() {
    assert_eq!(
        parse_events(["message.received", "refill.updated", "message.received"]).unwrap(),
        ",message.received,refill.updated,"
    );
    assert!(parse_events(["message.sent"]).is_err());
    assert!(parse_events([]).is_err());
    assert_eq!(events_of(",a,b,"), vec!["a", "b"]);
}

#[test]
fn the_signature_is_the_specs_example() {
    // The example of the Standard Webhooks specification.
    let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    let body = br#"{"test": 2432232314}"#;
    assert_eq!(
        signature(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body).as_deref(),
        Some("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")
    );
    assert_eq!(signature("no-prefix", "m", 1, b""), None);
}

#[test]
fn a_new_secret_is_32_random_bytes_behind_the_prefix() {
    let (a, b) = (new_secret().unwrap(), new_secret().unwrap());
    assert_ne!(a, b);
    let raw = base64::engine::general_purpose::STANDARD.decode(a.strip_prefix("whsec_").unwrap()).unwrap();
    assert_eq!(raw.len(), 32);
}

#[test]
fn private_loopback_and_link_local_targets_are_refused_unless_allowed() {
    for bad in [
        "https://127.0.0.1/h",
        "https://10.1.2.3/h",
        "https://172.16.0.1/h",
        "https://192.168.1.1/h",
        "https://169.254.169.254/latest/meta-data",
        "https://100.64.0.1/h",
        "https://0.0.0.0/h",
        "https://[::1]/h",
        "https://[fe80::1]/h",
        "https://[fd00::1]/h",
        "https://[::ffff:127.0.0.1]/h",
        "https://localhost/h",
        "http://hooks.example.org/h",
        "https://user:pw@hooks.example.org/h",
        "ftp://hooks.example.org/h",
        "not a url",
    ] {
        assert!(check_url(bad, false).is_err(), "{bad}");
    }
    assert!(check_url("https://hooks.example.org/portico", false).is_ok());
    assert!(check_url("https://93.184.215.14/h", false).is_ok());
    assert!(check_url("http://127.0.0.1:9000/h", true).is_ok(), "allowed when private targets are");
}
