//! FHIR R4, as far as Portico reads it: a `Bundle` (`collection` or `transaction`) streamed
//! entry by entry (the file is never held whole: a blocking reader hands each entry on a
//! bounded channel; only a bundle whose header comes after its entries has them held until the
//! header is read), and the parts of `Patient` and `Appointment` an import uses. Every
//! field is optional here; what a record needs is checked where it becomes one (`mod.rs`), so
//! that a refusal names its field.

use serde::Deserialize;
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// One entry of a bundle: where it was (its index) and its resource.
#[derive(Debug)]
pub struct Entry {
    pub index: usize,
    pub full_url: Option<String>,
    pub resource: serde_json::Value,
}

/// What the reader hands on: an entry, or why the file as a whole cannot be read.
#[derive(Debug)]
pub enum Item {
    Entry(Entry),
    /// Not a bundle Portico reads; nothing after it comes.
    Refused(String),
}

#[derive(Deserialize)]
struct RawEntry {
    #[serde(rename = "fullUrl")]
    full_url: Option<String>,
    resource: Option<serde_json::Value>,
}

/// Read `reader` as a Bundle, calling `each` with every entry in order (a refusal of the
/// whole file last, if there is one). Blocking: run it off the async threads.
pub fn read_bundle(reader: impl std::io::Read, each: &mut dyn FnMut(Item) -> bool) {
    let mut de = serde_json::Deserializer::from_reader(std::io::BufReader::with_capacity(1 << 16, reader));
    let result = BundleSeed { each: &mut *each }.deserialize(&mut de);
    match result {
        Ok(Ok(())) => {
            if let Err(e) = de.end() {
                each(Item::Refused(format!("after the bundle: {e}")));
            }
        }
        Ok(Err(why)) => {
            each(Item::Refused(why));
        }
        Err(e) if e.to_string().starts_with(STOPPED) => {}
        Err(e) => {
            each(Item::Refused(format!("not readable as JSON: {e}")));
        }
    }
}

const STOPPED: &str = "stopped by the importer";

struct BundleSeed<'a> {
    each: &'a mut dyn FnMut(Item) -> bool,
}

impl<'de> DeserializeSeed<'de> for BundleSeed<'_> {
    /// `Err(why)`: read, but not a bundle Portico imports.
    type Value = Result<(), String>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for BundleSeed<'_> {
    type Value = Result<(), String>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a FHIR Bundle")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let (mut resource_type, mut kind, mut refused) = (None::<String>, None::<String>, None);
        let mut held: Vec<Item> = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "resourceType" => resource_type = Some(map.next_value()?),
                "type" => kind = Some(map.next_value()?),
                // FHIR servers write the header fields first, and then the entries stream on
                // as they are read. Where they come after (a writer that sorts keys), the
                // entries are held until the header is known: none is imported from a file
                // that turns out not to be a bundle Portico reads. A refused header's entries
                // are skipped unread.
                "entry" => match header_refusal(resource_type.as_deref(), kind.as_deref(), false) {
                    Some(why) => {
                        map.next_value::<IgnoredAny>()?;
                        refused = Some(why);
                    }
                    None if resource_type.is_some() && kind.is_some() => {
                        map.next_value_seed(EntriesSeed { each: &mut *self.each })?;
                    }
                    None => {
                        let mut keep = |item: Item| {
                            held.push(item);
                            true
                        };
                        map.next_value_seed(EntriesSeed { each: &mut keep })?;
                    }
                },
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        if let Some(why) = refused.or_else(|| header_refusal(resource_type.as_deref(), kind.as_deref(), true)) {
            return Ok(Err(why));
        }
        for item in held {
            if !(self.each)(item) {
                return Err(serde::de::Error::custom(STOPPED));
            }
        }
        Ok(Ok(()))
    }
}

/// Why a bundle's header is refused; with `complete`, a missing field counts too.
fn header_refusal(resource_type: Option<&str>, kind: Option<&str>, complete: bool) -> Option<String> {
    match resource_type {
        Some("Bundle") => {}
        Some(other) => return Some(format!("resourceType: is {other}, not Bundle")),
        None if complete => return Some("resourceType: missing (a Bundle is expected)".into()),
        None => {}
    }
    match kind {
        Some("collection" | "transaction") => None,
        Some(other) => Some(format!("type: is {other}; a collection or a transaction bundle is imported")),
        None if complete => Some("type: missing (collection or transaction)".into()),
        None => None,
    }
}

struct EntriesSeed<'a> {
    each: &'a mut dyn FnMut(Item) -> bool,
}

impl<'de> DeserializeSeed<'de> for EntriesSeed<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for EntriesSeed<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of bundle entries")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut index = 0;
        while let Some(raw) = seq.next_element::<serde_json::Value>()? {
            let entry = match serde_json::from_value::<RawEntry>(raw) {
                Ok(e) => Entry { index, full_url: e.full_url, resource: e.resource.unwrap_or_default() },
                Err(_) => Entry { index, full_url: None, resource: serde_json::Value::Null },
            };
            if !(self.each)(Item::Entry(entry)) {
                return Err(serde::de::Error::custom(STOPPED));
            }
            index += 1;
        }
        Ok(())
    }
}

// The resources, as far as they are read (and so, in the API's document, as far as they are
// described; every other field is taken and ignored).

/// A Bundle as the importer reads it. The importer streams the bundle entry by entry, so this
/// type only describes it, for the API's document; each entry's resource is read as the
/// resource types below.
#[derive(schemars::JsonSchema)]
#[schemars(rename = "FhirBundle")]
#[allow(dead_code)]
pub struct BundleShape {
    #[serde(rename = "resourceType")]
    #[schemars(extend("const" = "Bundle"))]
    resource_type: String,
    #[serde(rename = "type")]
    #[schemars(extend("enum" = ["collection", "transaction"]))]
    kind: String,
    #[serde(default)]
    entry: Vec<EntryShape>,
}

/// One entry: `fullUrl` is how the bundle's appointments name a patient of the same bundle.
#[derive(schemars::JsonSchema)]
#[schemars(rename = "FhirEntry")]
#[allow(dead_code)]
struct EntryShape {
    #[serde(rename = "fullUrl", default)]
    full_url: Option<String>,
    resource: ResourceShape,
}

/// A resource of another type is refused, with its index, and the others are imported.
#[derive(schemars::JsonSchema)]
#[serde(tag = "resourceType")]
#[schemars(rename = "FhirResource")]
#[allow(dead_code)]
enum ResourceShape {
    Patient(Patient),
    Appointment(Appointment),
    RelatedPerson(RelatedPerson),
}

#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(rename = "FhirPatient")]
pub struct Patient {
    pub id: Option<String>,
    #[serde(default)]
    pub identifier: Vec<Identifier>,
    #[serde(default)]
    pub name: Vec<HumanName>,
    pub birth_date: Option<String>,
    #[serde(default)]
    pub telecom: Vec<ContactPoint>,
    #[serde(default)]
    pub communication: Vec<Communication>,
}

#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "FhirIdentifier")]
pub struct Identifier {
    pub system: Option<String>,
    pub value: Option<String>,
}

#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "FhirHumanName")]
pub struct HumanName {
    #[serde(rename = "use")]
    pub use_: Option<String>,
    pub text: Option<String>,
    pub family: Option<String>,
    #[serde(default)]
    pub given: Vec<String>,
}

#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "FhirContactPoint")]
pub struct ContactPoint {
    pub system: Option<String>,
    pub value: Option<String>,
    #[serde(rename = "use")]
    pub use_: Option<String>,
    pub rank: Option<u32>,
}

#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "FhirCommunication")]
pub struct Communication {
    pub language: Option<CodeableConcept>,
    pub preferred: Option<bool>,
}

#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "FhirCodeableConcept")]
pub struct CodeableConcept {
    #[serde(default)]
    pub coding: Vec<Coding>,
    pub text: Option<String>,
}

#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "FhirCoding")]
pub struct Coding {
    pub code: Option<String>,
}

#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(rename = "FhirAppointment")]
pub struct Appointment {
    pub id: Option<String>,
    #[serde(default)]
    pub identifier: Vec<Identifier>,
    pub status: Option<String>,
    pub start: Option<String>,
    pub end: Option<String>,
    pub minutes_duration: Option<i64>,
    #[serde(default)]
    pub participant: Vec<Participant>,
}

#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "FhirParticipant")]
pub struct Participant {
    pub actor: Option<Reference>,
}

#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "FhirReference")]
pub struct Reference {
    pub reference: Option<String>,
    pub display: Option<String>,
    pub identifier: Option<Identifier>,
}

/// Someone who helps a patient: the import makes a caregiver grant of it when its relationship
/// says parent or legal representative.
#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "FhirRelatedPerson")]
pub struct RelatedPerson {
    pub id: Option<String>,
    #[serde(default)]
    pub identifier: Vec<Identifier>,
    pub active: Option<bool>,
    pub patient: Option<Reference>,
    #[serde(default)]
    pub relationship: Vec<CodeableConcept>,
    #[serde(default)]
    pub name: Vec<HumanName>,
    #[serde(default)]
    pub telecom: Vec<ContactPoint>,
    pub period: Option<Period>,
}

#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "FhirPeriod")]
pub struct Period {
    pub start: Option<String>,
    pub end: Option<String>,
}

impl RelatedPerson {
    /// The relationship codes given (HL7 v3 RoleCode: `PRN`, `MTH`, `GUARD`, `POWATT`, …).
    pub fn relationship_codes(&self) -> impl Iterator<Item = &str> {
        self.relationship.iter().flat_map(|c| c.coding.iter().filter_map(|x| x.code.as_deref()))
    }

    /// `Patient::best_name` for a related person.
    pub fn best_name(&self) -> Option<String> {
        let by_use = |u: &str| self.name.iter().find(|n| n.use_.as_deref() == Some(u));
        by_use("official").or_else(|| by_use("usual")).or(self.name.first()).and_then(HumanName::full)
    }

    /// `Patient::best_telecom` for a related person.
    pub fn best_telecom(&self, system: &str) -> Option<&str> {
        best_telecom(&self.telecom, system)
    }
}

impl HumanName {
    /// "Maria Lopez": the text, else the given names and the family name.
    pub fn full(&self) -> Option<String> {
        if let Some(t) = self.text.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
            return Some(t.to_string());
        }
        let mut parts: Vec<&str> = self.given.iter().map(|g| g.trim()).filter(|g| !g.is_empty()).collect();
        parts.extend(self.family.as_deref().map(str::trim).filter(|f| !f.is_empty()));
        (!parts.is_empty()).then(|| parts.join(" "))
    }
}

impl Patient {
    /// The name to use: the official one, else the usual one, else the first.
    pub fn best_name(&self) -> Option<String> {
        let by_use = |u: &str| self.name.iter().find(|n| n.use_.as_deref() == Some(u));
        by_use("official").or_else(|| by_use("usual")).or(self.name.first()).and_then(HumanName::full)
    }

    /// The contact point of `system` to use: a mobile first (for phones), then by rank
    /// (1 is the most preferred; none counts last), skipping old ones.
    pub fn best_telecom(&self, system: &str) -> Option<&str> {
        best_telecom(&self.telecom, system)
    }

    /// The language code to use: the preferred one, else the first.
    pub fn language(&self) -> Option<&str> {
        fn code(c: &Communication) -> Option<&str> {
            c.language.as_ref().and_then(|l| l.coding.iter().find_map(|x| x.code.as_deref()))
        }
        self.communication.iter().find(|c| c.preferred == Some(true)).or(self.communication.first()).and_then(code)
    }

    pub fn identifier_of(&self, system: &str) -> Option<&str> {
        self.identifier
            .iter()
            .find(|i| i.system.as_deref() == Some(system))
            .and_then(|i| i.value.as_deref())
            .map(str::trim)
            .filter(|v| !v.is_empty())
    }
}

/// The contact point of `system` among `telecom`: a mobile first (for phones), then by rank (1
/// is the most preferred; none counts last), skipping old ones.
fn best_telecom<'a>(telecom: &'a [ContactPoint], system: &str) -> Option<&'a str> {
    telecom
        .iter()
        .filter(|t| t.system.as_deref() == Some(system) && t.use_.as_deref() != Some("old"))
        .filter(|t| t.value.as_deref().is_some_and(|v| !v.trim().is_empty()))
        .min_by_key(|t| (system == "phone" && t.use_.as_deref() != Some("mobile"), t.rank.unwrap_or(u32::MAX)))
        .and_then(|t| t.value.as_deref())
}

#[cfg(test)]
#[path = "fhir_tests.rs"]
mod tests;
