//! Enums that travel as words (`as_str`): `words!` lists every variant once, checked against
//! the enum by an exhaustive `match` (a new variant does not compile until it is listed), so
//! the API's schemas can name the words from the code instead of from a copy.

/// An enum whose every value has a word on the wire.
pub trait Words: Copy + 'static {
    /// Every variant, in declaration order.
    const EVERY: &'static [Self];
    fn word(self) -> &'static str;
}

/// `words!(Enum { A, B, C })`: implements `Words` for an enum with an `as_str`.
macro_rules! words {
    ($t:ident { $($v:ident),+ $(,)? }) => {
        impl $crate::domain::Words for $t {
            const EVERY: &'static [Self] = &[$($t::$v),+];
            fn word(self) -> &'static str {
                self.as_str()
            }
        }
        const _: () = {
            #[allow(dead_code)]
            fn every_variant_is_listed(x: $t) {
                match x {
                    $($t::$v)|+ => {}
                }
            }
        };
    };
}

fn every_word<T: Words>() -> Vec<&'static str> {
    T::EVERY.iter().map(|w| w.word()).collect()
}

/// The schema of a field that holds one of `T`'s words (`#[schemars(schema_with = …)]`).
pub fn word_schema<T: Words>(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({"type": "string", "enum": every_word::<T>()})
}

/// As `word_schema`, for a field that may also be null.
pub fn word_or_null_schema<T: Words>(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    let mut words: Vec<serde_json::Value> = every_word::<T>().into_iter().map(Into::into).collect();
    words.push(serde_json::Value::Null);
    schemars::json_schema!({"type": ["string", "null"], "enum": words})
}

/// `{"type": "string", "enum": [T's words]}`, the items of a list of `T`'s words
/// (`#[schemars(extend("items" = …))]`).
pub fn word_items<T: Words>() -> serde_json::Value {
    serde_json::json!({"type": "string", "enum": every_word::<T>()})
}

#[cfg(test)]
mod tests {
    use super::Words;
    use crate::domain::*;

    fn round_trip<T: Words + PartialEq + std::fmt::Debug, E>(parse: fn(&str) -> Result<T, E>) -> usize {
        for v in T::EVERY {
            assert!(parse(v.word()).ok().as_ref() == Some(v), "{} does not parse back to {v:?}", v.word());
        }
        T::EVERY.len()
    }

    #[test]
    fn every_listed_word_parses_back_to_its_variant() {
        assert_eq!(round_trip(DeliveryPurpose::parse), 5);
        assert_eq!(round_trip(DeliveryStatus::parse), 9);
        assert_eq!(round_trip(Channel::parse), 2);
        assert_eq!(round_trip(AppointmentStatus::parse), 3);
        assert_eq!(round_trip(GrantBasis::parse), 3);
        assert_eq!(round_trip(GrantStatus::parse), 4);
        assert_eq!(round_trip(Scope::parse), 3);
        assert_eq!(round_trip(RefillStatus::parse), 5);
        assert_eq!(round_trip(ReplyCategory::parse), 5);
        assert_eq!(round_trip(ReplyPriority::parse), 2);
        assert_eq!(round_trip(ConversationStatus::parse), 3);
        assert_eq!(round_trip(StaffRole::parse), 4);
        assert_eq!(round_trip(StepKind::parse), 7);
    }

    #[test]
    fn a_word_schema_names_every_word_and_nothing_else() {
        let mut g = schemars::SchemaGenerator::default();
        let s = super::word_schema::<DeliveryStatus>(&mut g).to_value();
        assert_eq!(
            s["enum"],
            serde_json::json!([
                "pending",
                "sending",
                "queued",
                "sent",
                "delivered",
                "undelivered",
                "failed",
                "dead",
                "dropped"
            ])
        );
        let s = super::word_or_null_schema::<ReplyPriority>(&mut g).to_value();
        assert_eq!(s["enum"], serde_json::json!(["normal", "urgent", null]));
    }
}
