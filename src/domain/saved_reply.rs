//! Saved replies: words the clinic writes once and staff start a reply from, each in as many
//! of the patient languages as the clinic writes it; the one a conversation offers is in the
//! patient's language (else the same language in another script or region, else English,
//! else the first the clinic wrote). A saved reply is only a start: staff read, change and
//! send it themselves, so it counts as their reply.

use super::{ClinicId, Locale, MessageBody, ParseError, ShortText};
use jiff::Timestamp;
use std::collections::BTreeMap;

/// The most languages one saved reply holds.
pub const SAVED_REPLY_LANGUAGES: usize = 20;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedReply {
    pub id: String,
    pub clinic_id: ClinicId,
    pub title: String,
    /// By language tag (canonical case), the text.
    pub texts: BTreeMap<String, String>,
    pub updated_at: Timestamp,
}

/// A saved reply as the API reads and writes it.
#[derive(Debug, Clone, serde::Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SavedReplySpec {
    #[schemars(length(min = 1, max = 200))]
    pub title: String,
    /// By BCP 47 language tag (en, es, zh-Hans, …); a conversation offers the patient's language,
    /// else the same language in another script or region, else en, else the first.
    #[schemars(extend("minProperties" = 1, "maxProperties" = 20,
        "additionalProperties" = {"type": "string", "minLength": 1, "maxLength": 4000}))]
    pub texts: BTreeMap<String, String>,
}

/// What is wrong with a spec: the field and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedReplyError {
    pub field: String,
    pub message: &'static str,
}

impl SavedReply {
    pub fn new_id() -> String {
        super::new_id_string("svr")
    }

    /// The title and texts of `spec`, checked and in canonical form.
    pub fn checked(spec: &SavedReplySpec) -> Result<(String, BTreeMap<String, String>), SavedReplyError> {
        let bad = |field: String, e: ParseError| SavedReplyError { field, message: e.0 };
        let title = ShortText::parse(&spec.title).map_err(|e| bad("title".into(), e))?;
        if spec.texts.is_empty() {
            return Err(SavedReplyError { field: "texts".into(), message: "must hold at least one language" });
        }
        if spec.texts.len() > SAVED_REPLY_LANGUAGES {
            return Err(SavedReplyError { field: "texts".into(), message: "holds more than 20 languages" });
        }
        let mut texts = BTreeMap::new();
        for (tag, text) in &spec.texts {
            let locale = Locale::parse(tag).map_err(|e| bad(format!("texts.{tag}"), e))?;
            let body = MessageBody::parse(text).map_err(|e| bad(format!("texts.{tag}"), e))?;
            if texts.insert(locale.as_str().to_string(), body.into_string()).is_some() {
                return Err(SavedReplyError { field: format!("texts.{tag}"), message: "is given twice" });
            }
        }
        Ok((title.as_str().to_string(), texts))
    }

    /// The text for a patient who reads `locale`.
    pub fn text_for(&self, locale: &Locale) -> Option<&str> {
        let exact = self.texts.get(locale.as_str());
        let same_language = || self.texts.iter().find(|(tag, _)| tag.split('-').next() == Some(locale.language()));
        exact
            .or_else(|| same_language().map(|(_, t)| t))
            .or_else(|| self.texts.get("en"))
            .or_else(|| self.texts.values().next())
            .map(String::as_str)
    }
}

#[cfg(test)]
#[path = "saved_reply_tests.rs"]
mod tests;
