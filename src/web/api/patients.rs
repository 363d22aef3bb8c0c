//! `/patients`: create, read, update. A patient has a phone, an email or both; channels say
//! which to use first and may only name points the patient has.

use super::auth::ApiCaller;
use super::openapi::List;
use super::routes::{Doc, Routes};
use super::{ApiJson, ApiPath, path_id, rfc3339};
use crate::domain::{BirthDate, Channel, ChannelList, Email, Locale, PatientId, PersonName, Phone, ThreadId, TimeZone};
use crate::state::AppState;
use crate::store::{AuditEvent, Clinic, Patient};
use crate::web::api::error::{ApiResult, AppError};
use axum::extract::State;
use axum::http::StatusCode;
use axum::{Extension, Json};
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize};

pub(super) fn routes() -> Routes {
    Routes::new()
        .post("/patients", create, Doc::created::<PatientBody>("Create a patient").body::<CreatePatient>())
        .get("/patients", list, Doc::ok::<List<PatientBody>>("List patients"))
        .get("/patients/{id}", read, Doc::ok::<PatientBody>("Read a patient"))
        .patch(
            "/patients/{id}",
            update,
            Doc::ok::<PatientBody>("Update a patient (null clears phone, email or birth_date)").body::<UpdatePatient>(),
        )
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "PatientCreate")]
struct CreatePatient {
    #[schemars(length(min = 1, max = 200))]
    name: String,
    #[serde(default)]
    #[schemars(extend("format" = "date"))]
    birth_date: Option<String>,
    /// E.164, e.g. +13125550142
    #[serde(default)]
    phone: Option<String>,
    #[serde(default)]
    #[schemars(extend("format" = "email"))]
    email: Option<String>,
    /// BCP 47, e.g. es or zh-Hans
    #[serde(default)]
    language: Option<String>,
    /// IANA, e.g. America/Chicago
    #[serde(default)]
    time_zone: Option<String>,
    /// In the order to try them; default: every channel the patient has an address for
    #[serde(default)]
    #[schemars(extend("items" = crate::domain::word_items::<crate::domain::Channel>(), "uniqueItems" = true, "minItems" = 1))]
    channels: Option<Vec<String>>,
    /// Reminders go to every channel listed (each within its own daily cap), not only the first
    /// that can receive (default false)
    #[serde(default)]
    reminders_on_every_channel: Option<bool>,
}

/// `Some(None)` when the field is present as `null` (clear it), `None` when absent.
fn nullable<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<Option<T>>, D::Error> {
    Option::<T>::deserialize(d).map(Some)
}

/// What is sent changes; what is left out stays.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "PatientUpdate")]
struct UpdatePatient {
    #[serde(default)]
    #[schemars(length(min = 1, max = 200))]
    name: Option<String>,
    /// null clears it
    #[serde(default, deserialize_with = "nullable")]
    #[schemars(extend("format" = "date"))]
    birth_date: Option<Option<String>>,
    /// E.164; null clears it
    #[serde(default, deserialize_with = "nullable")]
    phone: Option<Option<String>>,
    /// null clears it
    #[serde(default, deserialize_with = "nullable")]
    #[schemars(extend("format" = "email"))]
    email: Option<Option<String>>,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    time_zone: Option<String>,
    #[serde(default)]
    #[schemars(extend("items" = crate::domain::word_items::<crate::domain::Channel>(), "uniqueItems" = true, "minItems" = 1))]
    channels: Option<Vec<String>>,
    #[serde(default)]
    reminders_on_every_channel: Option<bool>,
}

#[derive(Serialize, JsonSchema)]
#[schemars(rename = "Patient")]
pub struct PatientBody {
    id: PatientId,
    name: String,
    birth_date: Option<String>,
    phone: Option<String>,
    email: Option<String>,
    language: String,
    time_zone: String,
    channels: Vec<&'static str>,
    /// Reminders go to every channel in `channels`, not only the first that can receive.
    reminders_on_every_channel: bool,
    /// Health of each contact point, by channel, as delivery found it: `ok`, `invalid`, `opted_out`.
    #[schemars(with = "std::collections::BTreeMap<String, String>")]
    contact_status: serde_json::Value,
    thread_id: ThreadId,
    #[schemars(extend("format" = "date-time"))]
    created_at: String,
    #[schemars(extend("format" = "date-time"))]
    updated_at: String,
}

/// This module's bodies, for the OpenAPI document.
impl From<&Patient> for PatientBody {
    fn from(p: &Patient) -> Self {
        PatientBody {
            id: p.id.clone(),
            name: p.name.to_string(),
            birth_date: p.birth_date.map(|d| d.to_string()),
            phone: p.phone.as_ref().map(|x| x.to_string()),
            email: p.email.as_ref().map(|x| x.to_string()),
            language: p.language.to_string(),
            time_zone: p.time_zone.to_string(),
            channels: p.channels.as_slice().iter().map(Channel::as_str).collect(),
            reminders_on_every_channel: p.every_channel,
            contact_status: {
                let mut m = serde_json::Map::new();
                if p.phone.is_some() {
                    m.insert("sms".into(), p.phone_status.unwrap_or(crate::domain::ContactStatus::Ok).as_str().into());
                }
                if p.email.is_some() {
                    m.insert(
                        "email".into(),
                        p.email_status.unwrap_or(crate::domain::ContactStatus::Ok).as_str().into(),
                    );
                }
                serde_json::Value::Object(m)
            },
            thread_id: p.thread_id.clone(),
            created_at: rfc3339(p.created_at),
            updated_at: rfc3339(p.updated_at),
        }
    }
}

fn field<T>(name: &'static str, r: Result<T, crate::domain::ParseError>) -> ApiResult<T> {
    r.map_err(|e| AppError::invalid(name, e.0))
}

fn parse_channels(raw: Vec<String>) -> ApiResult<ChannelList> {
    let list = raw.iter().map(|c| Channel::parse(c)).collect::<Result<Vec<_>, _>>();
    field("channels", list.and_then(ChannelList::new))
}

/// Channels that the patient can actually be reached on, in the given order, then any
/// reachable channel not yet listed.
fn reachable_channels(preferred: &[Channel], phone: bool, email: bool) -> Vec<Channel> {
    let has = |c: &Channel| match c {
        Channel::Sms => phone,
        Channel::Email => email,
    };
    let mut out: Vec<Channel> = preferred.iter().copied().filter(has).collect();
    for c in [Channel::Sms, Channel::Email] {
        if has(&c) && !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

fn check_channels(list: &ChannelList, phone: bool, email: bool) -> ApiResult<()> {
    for c in list.as_slice() {
        match c {
            Channel::Sms if !phone => {
                return Err(AppError::invalid("channels", "lists sms but the patient has no phone"));
            }
            Channel::Email if !email => {
                return Err(AppError::invalid("channels", "lists email but the patient has no email"));
            }
            _ => {}
        }
    }
    Ok(())
}

async fn create(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    Extension(caller): Extension<ApiCaller>,
    ApiJson(body): ApiJson<CreatePatient>,
) -> ApiResult<(StatusCode, Json<PatientBody>)> {
    let now = state.now();
    let today = now.to_zoned(clinic.time_zone.tz().clone()).date();
    let name = field("name", PersonName::parse(&body.name))?;
    let birth_date = body.birth_date.as_deref().map(|d| field("birth_date", BirthDate::parse(d, today))).transpose()?;
    let phone = body.phone.as_deref().map(|p| field("phone", Phone::parse(p))).transpose()?;
    let email = body.email.as_deref().map(|e| field("email", Email::parse(e))).transpose()?;
    if phone.is_none() && email.is_none() {
        return Err(AppError::invalid("phone", "a patient needs a phone or an email"));
    }
    let language = match body.language.as_deref() {
        Some(l) => field("language", Locale::parse(l))?,
        None => Locale::english(),
    };
    let time_zone = match body.time_zone.as_deref() {
        Some(z) => field("time_zone", TimeZone::parse(z))?,
        None => clinic.time_zone.clone(),
    };
    let channels = match body.channels {
        Some(raw) => {
            let list = parse_channels(raw)?;
            check_channels(&list, phone.is_some(), email.is_some())?;
            list
        }
        None => field("channels", ChannelList::new(reachable_channels(&[], phone.is_some(), email.is_some())))?,
    };
    let patient = Patient {
        birth_date,
        phone,
        email,
        every_channel: body.reminders_on_every_channel.unwrap_or(false),
        ..Patient::new(clinic.id.clone(), name, language, time_zone, channels, now)
    };
    state.store.insert_patient(&patient, &patient.thread_id).await?;
    state
        .store
        .record_audit(
            &AuditEvent::new(now, Some(&clinic.id), caller.actor.clone(), "patient.created")
                .subject(patient.id.as_str()),
        )
        .await?;
    Ok((StatusCode::CREATED, Json(PatientBody::from(&patient))))
}

async fn list(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
) -> ApiResult<Json<List<PatientBody>>> {
    let patients = state.store.patients(&clinic.id).await?;
    Ok(Json(List { data: patients.iter().map(PatientBody::from).collect() }))
}

async fn load(state: &AppState, clinic: &Clinic, raw_id: &str) -> ApiResult<Patient> {
    let id = path_id(raw_id, PatientId::parse, "patient")?;
    state.store.patient(&clinic.id, &id).await?.ok_or(AppError::NotFound("patient"))
}

async fn read(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    ApiPath(id): ApiPath,
) -> ApiResult<Json<PatientBody>> {
    let p = load(&state, &clinic, &id).await?;
    Ok(Json(PatientBody::from(&p)))
}

async fn update(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    Extension(caller): Extension<ApiCaller>,
    ApiPath(id): ApiPath,
    ApiJson(body): ApiJson<UpdatePatient>,
) -> ApiResult<Json<PatientBody>> {
    let mut p = load(&state, &clinic, &id).await?;
    let now = state.now();
    let today = now.to_zoned(clinic.time_zone.tz().clone()).date();
    if let Some(n) = body.name {
        p.name = field("name", PersonName::parse(&n))?;
    }
    if let Some(d) = body.birth_date {
        p.birth_date = d.map(|d| field("birth_date", BirthDate::parse(&d, today))).transpose()?;
    }
    if let Some(ph) = body.phone {
        p.phone = ph.map(|x| field("phone", Phone::parse(&x))).transpose()?;
    }
    if let Some(e) = body.email {
        p.email = e.map(|x| field("email", Email::parse(&x))).transpose()?;
    }
    if p.phone.is_none() && p.email.is_none() {
        return Err(AppError::invalid("phone", "a patient needs a phone or an email"));
    }
    if let Some(l) = body.language {
        p.language = field("language", Locale::parse(&l))?;
    }
    if let Some(z) = body.time_zone {
        p.time_zone = field("time_zone", TimeZone::parse(&z))?;
    }
    p.channels = match body.channels {
        Some(raw) => {
            let list = parse_channels(raw)?;
            check_channels(&list, p.phone.is_some(), p.email.is_some())?;
            list
        }
        None => field(
            "channels",
            ChannelList::new(reachable_channels(p.channels.as_slice(), p.phone.is_some(), p.email.is_some())),
        )?,
    };
    if let Some(every) = body.reminders_on_every_channel {
        p.every_channel = every;
    }
    p.updated_at = now;
    state.store.update_patient(&p).await?;
    state
        .store
        .record_audit(
            &AuditEvent::new(now, Some(&clinic.id), caller.actor.clone(), "patient.updated").subject(p.id.as_str()),
        )
        .await?;
    Ok(Json(PatientBody::from(&p)))
}
