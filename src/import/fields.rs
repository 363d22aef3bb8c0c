//! What an import reads out of one resource: a patient's fields, an appointment's fields and
//! the channels a patient is reached by, each refused with the field and why.

use super::{Refused, fhir, refuse};
use crate::domain::{BirthDate, Channel, ChannelList, Email, Locale, PersonName, Phone, ShortText};
use crate::store::Clinic;
use jiff::Timestamp;

/// The channels a patient is reached by: the ones they had that still reach them, in their
/// order, then any newly reachable (SMS first).
pub(super) fn channels(had: &[Channel], phone: bool, email: bool) -> Result<ChannelList, Refused> {
    let reachable = |c: &Channel| match c {
        Channel::Sms => phone,
        Channel::Email => email,
    };
    let mut list: Vec<Channel> = had.iter().copied().filter(reachable).collect();
    for c in [Channel::Sms, Channel::Email] {
        if reachable(&c) && !list.contains(&c) {
            list.push(c);
        }
    }
    ChannelList::new(list).map_err(|_| ("telecom".to_string(), "a patient needs a phone or an email".to_string()))
}

pub(super) struct PatientFields {
    pub(super) mrn: String,
    pub(super) name: PersonName,
    pub(super) birth_date: Option<BirthDate>,
    pub(super) phone: Option<Phone>,
    pub(super) email: Option<Email>,
    pub(super) language: Locale,
}

pub(super) fn patient_fields(
    r: &fhir::Patient,
    clinic: &Clinic,
    mrn_system: &str,
    now: Timestamp,
) -> Result<PatientFields, Refused> {
    let Some(mrn) = r.identifier_of(mrn_system) else {
        return refuse("identifier", format!("has no identifier of the MRN system {mrn_system}"));
    };
    let Some(name) = r.best_name() else { return refuse("name", "missing") };
    let name = PersonName::parse(&name).map_err(|e| ("name".to_string(), e.0.to_string()))?;
    let today = now.to_zoned(clinic.time_zone.tz().clone()).date();
    let birth_date = match &r.birth_date {
        Some(d) => Some(BirthDate::parse(d, today).map_err(|e| ("birthDate".to_string(), e.0.to_string()))?),
        None => None,
    };
    let phone = match r.best_telecom("phone").or(r.best_telecom("sms")) {
        Some(p) => Some(Phone::parse(p).map_err(|e| ("telecom".to_string(), format!("phone: {}", e.0)))?),
        None => None,
    };
    let email = match r.best_telecom("email") {
        Some(e) => Some(Email::parse(e).map_err(|e| ("telecom".to_string(), format!("email: {}", e.0)))?),
        None => None,
    };
    if phone.is_none() && email.is_none() {
        return refuse("telecom", "a patient needs a phone or an email");
    }
    let language = match r.language() {
        Some(code) => Locale::parse(code).map_err(|e| ("communication".to_string(), e.0.to_string()))?,
        None => Locale::english(),
    };
    Ok(PatientFields { mrn: mrn.to_string(), name, birth_date, phone, email, language })
}

pub(super) struct AppointmentFields {
    pub(super) starts_at: Timestamp,
    pub(super) duration_minutes: i64,
    pub(super) location: Option<ShortText>,
    pub(super) provider: Option<ShortText>,
}

/// The longest visit, in minutes.
const MAX_MINUTES: i64 = 1440;

pub(super) fn appointment_fields(r: &fhir::Appointment) -> Result<AppointmentFields, Refused> {
    let time = |field: &str, s: &Option<String>| -> Result<Option<Timestamp>, Refused> {
        match s {
            Some(s) => s.parse::<Timestamp>().map(Some).map_err(|_| {
                (field.to_string(), "must be an instant with an offset, e.g. 2026-12-01T15:30:00-06:00".into())
            }),
            None => Ok(None),
        }
    };
    let Some(starts_at) = time("start", &r.start)? else { return refuse("start", "missing") };
    // Kept to the millisecond, as the store keeps it: a start written with more digits is the
    // same start when imported again.
    let starts_at = Timestamp::from_millisecond(starts_at.as_millisecond())
        .map_err(|_| ("start".to_string(), "is out of range".to_string()))?;
    let duration_minutes = match (r.minutes_duration, time("end", &r.end)?) {
        (Some(m), _) => m,
        (None, Some(end)) => starts_at.duration_until(end).as_mins(),
        (None, None) => 30,
    };
    if !(1..=MAX_MINUTES).contains(&duration_minutes) {
        return refuse("minutesDuration", "must be 1 to 1440 minutes (or end after start)");
    }
    let display = |prefix: &str| -> Result<Option<ShortText>, Refused> {
        let shown = r
            .participant
            .iter()
            .filter_map(|p| p.actor.as_ref())
            .find(|a| a.reference.as_deref().is_some_and(|x| x.starts_with(prefix)))
            .and_then(|a| a.display.as_deref());
        shown.map(|d| ShortText::parse(d).map_err(|e| ("participant".to_string(), e.0.to_string()))).transpose()
    };
    Ok(AppointmentFields {
        starts_at,
        duration_minutes,
        location: display("Location/")?,
        provider: display("Practitioner/")?,
    })
}
