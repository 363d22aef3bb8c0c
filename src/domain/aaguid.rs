//! Which passkey provider made a passkey, by the AAGUID its authenticator puts in the
//! registration's authenticator data, so a new passkey can be named "Google Password Manager"
//! or "iCloud Keychain" rather than by the browser alone. The names come from the community
//! list of passkey provider AAGUIDs (`aaguid_names.tsv`: the AAGUID, a tab, the name), which
//! exists for exactly this: naming passkeys in account settings. An AAGUID is not proof of
//! anything (with attestation "none" the authenticator data is not signed by a vendor), so it
//! names a passkey and decides nothing else.

use std::collections::HashMap;
use std::sync::LazyLock;

/// A registration's attestation object: a CBOR map whose `authData` holds, after the RP id
/// hash (32 bytes), the flags (1) and the counter (4), the attested credential data starting
/// with the 16-byte AAGUID, when the AT flag says it is there. All zeros (an authenticator
/// that keeps its model to itself) is none.
pub fn from_attestation_object(object: &[u8]) -> Option<[u8; 16]> {
    const AT: u8 = 0x40;
    let serde_cbor_2::Value::Map(map) = serde_cbor_2::from_slice(object).ok()? else {
        return None;
    };
    let Some(serde_cbor_2::Value::Bytes(auth_data)) = map.get(&serde_cbor_2::Value::Text("authData".into())) else {
        return None;
    };
    if auth_data.get(32)? & AT == 0 {
        return None;
    }
    let aaguid: [u8; 16] = auth_data.get(37..53)?.try_into().ok()?;
    (aaguid != [0; 16]).then_some(aaguid)
}

static NAMES: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    include_str!("aaguid_names.tsv")
        .lines()
        .filter_map(|line| line.split_once('\t'))
        .map(|(id, name)| (id.to_ascii_lowercase(), name.trim()))
        .filter(|(_, name)| !name.is_empty())
        .collect()
});

/// The AAGUID as a lowercase hyphenated UUID.
pub fn to_uuid(aaguid: &[u8; 16]) -> String {
    let hex: String = aaguid.iter().map(|b| format!("{b:02x}")).collect();
    format!("{}-{}-{}-{}-{}", &hex[0..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..32])
}

/// The provider's name, when the list knows the AAGUID.
pub fn provider_name(aaguid: &[u8; 16]) -> Option<&'static str> {
    NAMES.get(&to_uuid(aaguid)).copied()
}

#[cfg(test)]
#[path = "aaguid_tests.rs"]
mod tests;
