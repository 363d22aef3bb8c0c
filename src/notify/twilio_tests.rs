//! Unit tests for `twilio`.

use super::*;

#[derive(Deserialize)]
struct Vectors {
    cases: Vec<Case>,
}
#[derive(Deserialize)]
struct Case {
    description: String,
    auth_token: String,
    url: String,
    params: std::collections::BTreeMap<String, String>,
    signature: String,
}

#[test]
fn signatures_match_twilios_own_library() {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vectors/twilio-signatures.json")).unwrap();
    let v: Vectors = serde_json::from_str(&text).unwrap();
    assert!(v.cases.len() >= 4);
    for c in v.cases {
        let params: Vec<(String, String)> = c.params.into_iter().collect();
        assert_eq!(signature(&c.auth_token, &c.url, &params), c.signature, "{}", c.description);
        assert!(signature_matches(&c.auth_token, &c.url, &params, &c.signature));
        let mut changed = params.clone();
        changed.push(("Extra".into(), "1".into()));
        assert!(!signature_matches(&c.auth_token, &c.url, &changed, &c.signature), "{}", c.description);
        assert!(!signature_matches(&c.auth_token, &format!("{}x", c.url), &params, &c.signature));
    }
}

#[test]
fn errors_are_classified_as_documented() {
    assert!(matches!(classify(400, Some(21610)), SendError::OptedOut { .. }));
    for c in [21211, 21614, 30005] {
        assert!(matches!(classify(400, Some(c)), SendError::BadAddress { .. }), "{c}");
    }
    assert!(matches!(classify(400, Some(30003)), SendError::Transient { backoff: false, .. }));
    assert!(matches!(classify(429, Some(20429)), SendError::Transient { backoff: true, .. }));
    assert!(matches!(classify(503, None), SendError::Transient { .. }));
    assert!(matches!(classify(400, Some(21602)), SendError::Rejected { .. }));
}
