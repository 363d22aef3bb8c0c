//! Typed identifiers.
//!
//! An id is a short prefix naming its kind and 26 Crockford base32 characters: 48 bits of
//! milliseconds (so ids sort by creation) and 80 random bits from the OS CSPRNG. The prefix
//! makes a pasted id self-describing in support tickets and stops an appointment id from
//! being accepted where a patient id is expected.

use super::ParseError;
use ring::rand::{SecureRandom, SystemRandom};
use std::fmt;

const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A fresh id body (without prefix).
// The time in an id only orders ids; it is never read back as product time.
#[allow(clippy::disallowed_methods)]
pub fn new_id_string(prefix: &str) -> String {
    let millis =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_millis() as u64).unwrap_or(0);
    let mut bytes = [0u8; 16];
    bytes[..6].copy_from_slice(&millis.to_be_bytes()[2..]);
    // SystemRandom only fails when the OS has no entropy source, which we cannot serve
    // without; falling back to zeros would be worse than the time-only id, so keep the
    // timestamp and whatever was filled.
    let _ = SystemRandom::new().fill(&mut bytes[6..]);
    let value = u128::from_be_bytes(bytes);
    let mut out = String::with_capacity(prefix.len() + 27);
    out.push_str(prefix);
    out.push('_');
    for i in (0..26).rev() {
        let idx = ((value >> (i * 5)) & 31) as usize;
        out.push(CROCKFORD[idx] as char);
    }
    out
}

fn valid_body(body: &str) -> bool {
    body.len() == 26 && body.as_bytes()[0] <= b'7' && body.bytes().all(|b| CROCKFORD.contains(&b))
}

macro_rules! typed_id {
    ($name:ident, $prefix:literal, $what:literal) => {
        #[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(String);

        impl $name {
            pub const PREFIX: &'static str = $prefix;

            pub fn new() -> Self {
                $name(new_id_string($prefix))
            }

            pub fn parse(input: &str) -> Result<Self, ParseError> {
                match input.strip_prefix(concat!($prefix, "_")) {
                    Some(body) if valid_body(body) => Ok($name(input.to_string())),
                    _ => Err(ParseError(concat!("not a valid ", $what, " id"))),
                }
            }

            /// Rebuild from storage, where the value was written by `new`.
            pub fn from_trusted(value: String) -> Self {
                $name(value)
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&self.0)
            }
        }

        /// In the API's OpenAPI document: the prefix, `_` and 26 Crockford base-32 characters.
        impl schemars::JsonSchema for $name {
            fn inline_schema() -> bool {
                true
            }

            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "type": "string",
                    "pattern": concat!("^", $prefix, "_[0-7][0-9A-HJKMNP-TV-Z]{25}$"),
                    "description": concat!("a ", $what, " id")
                })
            }
        }
    };
}

typed_id!(ClinicId, "cln", "clinic");
typed_id!(PatientId, "pat", "patient");
typed_id!(AppointmentId, "apt", "appointment");
typed_id!(ThreadId, "thr", "thread");
typed_id!(LinkId, "lnk", "link");
typed_id!(SessionId, "ses", "session");
typed_id!(EventId, "evt", "event");
typed_id!(StaffId, "stf", "staff member");
typed_id!(DeliveryId, "dlv", "delivery");
typed_id!(MessageId, "msg", "message");
typed_id!(MedicationId, "med", "medication");
typed_id!(RefillId, "rfl", "refill request");
typed_id!(PasskeyId, "pky", "passkey");
typed_id!(GrantId, "grt", "grant");

#[cfg(test)]
#[path = "ids_tests.rs"]
mod tests;
