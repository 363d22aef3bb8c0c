//! Bringing a clinic on: create it with its first API key, and mint further keys. The CLI,
//! the demo and the tests all come here, so a clinic is made one way. Only a SHA-256 of a
//! key is stored; the key itself is returned once.

use crate::clock::Clock;
use crate::domain::{ClinicId, ParseError, Phone, TimeZone};
use crate::links::{random_secret, secret_hash};
use crate::store::{Clinic, Store, StoreError};

/// Every clinic API key starts with this, so a leaked one is easy to recognise and scan for.
pub const KEY_PREFIX: &str = "pk_";

/// Why a clinic could not be created; each names the field at fault.
#[derive(Debug, thiserror::Error)]
pub enum CreateClinicError {
    #[error("--name: must be 1 to 200 characters without markup")]
    Name,
    #[error("--name: a clinic named {0:?} already exists")]
    NameTaken(String),
    #[error("--phone: {0}")]
    Phone(ParseError),
    #[error("--time-zone: {0}")]
    TimeZone(ParseError),
    #[error("no randomness for the API key: {0}")]
    Randomness(String),
    #[error(transparent)]
    Store(StoreError),
}

/// A fresh API key, in the clear.
pub fn new_api_key() -> Result<String, CreateClinicError> {
    let secret = random_secret().map_err(|e| CreateClinicError::Randomness(e.to_string()))?;
    Ok(format!("{KEY_PREFIX}{secret}"))
}

/// Create a clinic with a fresh API key; returns the key in the clear (the only time).
pub async fn create_clinic(
    store: &dyn Store,
    clock: &dyn Clock,
    name: &str,
    phone: Option<&str>,
    time_zone: &str,
) -> Result<(Clinic, String), CreateClinicError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 200 || name.chars().any(|c| c.is_control() || c == '<' || c == '>') {
        return Err(CreateClinicError::Name);
    }
    let phone = phone.map(Phone::parse).transpose().map_err(CreateClinicError::Phone)?;
    let time_zone = TimeZone::parse(time_zone).map_err(CreateClinicError::TimeZone)?;
    let clinic = Clinic::new(name.to_string(), phone, time_zone, clock.now());
    let key = new_api_key()?;
    store.create_clinic(&clinic, &secret_hash(&key), key_prefix(&key)).await.map_err(|e| match e {
        StoreError::Conflict(_) => CreateClinicError::NameTaken(name.to_string()),
        other => CreateClinicError::Store(other),
    })?;
    Ok((clinic, key))
}

/// Give an existing clinic another API key (older keys keep working); returns it in the clear.
pub async fn add_api_key(store: &dyn Store, clock: &dyn Clock, clinic: &ClinicId) -> Result<String, CreateClinicError> {
    let key = new_api_key()?;
    store
        .add_api_key(clinic, &secret_hash(&key), key_prefix(&key), clock.now())
        .await
        .map_err(CreateClinicError::Store)?;
    Ok(key)
}

/// The part of a key kept in the clear, so a clinic can tell its keys apart.
fn key_prefix(key: &str) -> &str {
    key.get(..10).unwrap_or(key)
}
