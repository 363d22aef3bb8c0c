use super::*;
use base64::Engine;

/// A registration answer as a browser posts it, whose authenticator data carries `aaguid`.
fn answer(aaguid: [u8; 16]) -> RegisterPublicKeyCredential {
    let mut auth = vec![7u8; 32];
    auth.push(0x45);
    auth.extend_from_slice(&[0, 0, 0, 1]);
    auth.extend_from_slice(&aaguid);
    let mut map = std::collections::BTreeMap::new();
    map.insert(serde_cbor_2::Value::Text("fmt".into()), serde_cbor_2::Value::Text("none".into()));
    map.insert(serde_cbor_2::Value::Text("authData".into()), serde_cbor_2::Value::Bytes(auth));
    let object = serde_cbor_2::to_vec(&serde_cbor_2::Value::Map(map)).unwrap();
    let b64 = |b: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b);
    serde_json::from_value(serde_json::json!({
        "id": b64(&[9; 16]), "rawId": b64(&[9; 16]), "type": "public-key", "extensions": {},
        "response": {"attestationObject": b64(&object), "clientDataJSON": b64(b"{}")},
    }))
    .unwrap()
}

fn chrome_on_linux() -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert(
        axum::http::header::USER_AGENT,
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"
            .parse()
            .unwrap(),
    );
    h
}

#[test]
fn a_passkey_is_named_by_its_provider_when_the_aaguid_is_known_else_by_the_browser() {
    let google = [0xea, 0x9b, 0x8d, 0x66, 0x4d, 0x01, 0x1d, 0x21, 0x3c, 0xe4, 0xb6, 0xb4, 0x8c, 0xb5, 0x75, 0xd4];
    assert_eq!(made_with(&answer(google), &chrome_on_linux()).as_deref(), Some("Google Password Manager"));
    let unknown = [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, 8];
    assert_eq!(made_with(&answer(unknown), &chrome_on_linux()).as_deref(), Some("Chrome · Linux"));
    assert_eq!(made_with(&answer([0; 16]), &HeaderMap::new()), None);
}
