//! What every discoverable passkey sign-in shares (the patient's `/signin`, the staff's and a
//! caregiver's): its form, the challenge (rate-limited per address), the answer identified
//! (the ceremony taken once, the credential the one of the person its user handle names) and
//! then verified (user verification required, the counter and credential recorded), and the
//! ceremony's cookie cleared however it ended. Each caller decides in between whose pages the
//! person may open, and words and audits the refusals as its own.

use super::passkeys::{
    backup_eligible, clear_ceremony_cookie, discoverable_options, json_error, relying_party, take_ceremony,
};
use super::{PageError, PageResult, with_cookie};
use crate::domain::{CeremonyKind, PasskeyId, StoredPasskey};
use crate::state::AppState;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use webauthn_rs::prelude::{DiscoverableAuthentication, Passkey, PublicKeyCredential, WebauthnError};

/// A passkey sign-in page's form: its CSRF token and, to finish, the browser's answer.
#[derive(Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    pub csrf: String,
    #[serde(default)]
    pub credential: String,
}

/// Sign-in challenges an hour per client address, per kind of sign-in: each is a stored
/// ceremony, and an address gets a page load's and a button's worth.
const OPTIONS_PER_IP: i64 = 60;

/// Start a sign-in of `kind` for a form that came `from_page` (its CSRF token checked by the
/// caller), from the client address `ip`: a challenge for any discoverable credential of this
/// site, or a JSON refusal.
pub(in crate::web) async fn sign_in_options(
    state: &AppState,
    ip: &str,
    kind: CeremonyKind,
    from_page: bool,
) -> PageResult {
    if !from_page {
        return Ok(json_error(StatusCode::FORBIDDEN, "csrf"));
    }
    if !super::links::allowed(state, &format!("passkey-options:{}:{ip}", kind.as_str()), OPTIONS_PER_IP).await {
        return Ok(json_error(StatusCode::TOO_MANY_REQUESTS, "too_many"));
    }
    discoverable_options(state, kind).await
}

/// A finished sign-in's answer, whatever happened: the ceremony is gone, its cookie goes too.
pub(in crate::web) fn ceremony_ended(state: &AppState, result: PageResult<Response>) -> PageResult {
    let resp = match result {
        Ok(resp) => resp,
        Err(e) => e.into_response(),
    };
    Ok(with_cookie(resp, &clear_ceremony_cookie(state.config.is_https())))
}

/// Why a sign-in's answer names no one: its ceremony, its form, or a credential that is not
/// the one of the person its user handle names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::web) enum Unidentified {
    Ceremony,
    Malformed,
    NoUserHandle,
    UnknownCredential,
    AnotherPerson,
}

impl Unidentified {
    /// The audit's detail.
    pub fn code(self) -> &'static str {
        match self {
            Unidentified::Ceremony => "ceremony",
            Unidentified::Malformed => "malformed",
            Unidentified::NoUserHandle => "no_user_handle",
            Unidentified::UnknownCredential => "unknown_credential",
            Unidentified::AnotherPerson => "another_person",
        }
    }

    /// What the refusal page explains: `unknown` (the page's own words) for a passkey that
    /// opens nothing here.
    pub fn explain(self, unknown: &'static str) -> &'static str {
        match self {
            Unidentified::Ceremony => "passkey-expired-explain",
            Unidentified::Malformed | Unidentified::NoUserHandle => "passkey-failed-explain",
            Unidentified::UnknownCredential | Unidentified::AnotherPerson => unknown,
        }
    }
}

/// A sign-in's answer, its ceremony taken (once), with the stored passkey of the person its
/// user handle names: who it is, before it is verified.
pub(in crate::web) struct Identified {
    pub stored: StoredPasskey,
    answer: PublicKeyCredential,
    auth: DiscoverableAuthentication,
}

/// Take this browser's sign-in ceremony of `kind` and find whose passkey `credential` (the
/// form's JSON) claims to be.
pub(in crate::web) async fn identify(
    state: &AppState,
    headers: &HeaderMap,
    kind: CeremonyKind,
    credential: &str,
) -> PageResult<Result<Identified, Unidentified>> {
    let Some(ceremony) = take_ceremony(state, headers, kind).await? else { return Ok(Err(Unidentified::Ceremony)) };
    let auth: DiscoverableAuthentication = serde_json::from_str(&ceremony.state).map_err(PageError::internal)?;
    let Ok(answer) = serde_json::from_str::<PublicKeyCredential>(credential) else {
        return Ok(Err(Unidentified::Malformed));
    };
    let rp = relying_party(state)?;
    let Ok((handle, credential_id)) = rp.identify_discoverable_authentication(&answer) else {
        return Ok(Err(Unidentified::NoUserHandle));
    };
    let Some(stored) = state.store.passkey_by_credential(credential_id).await? else {
        return Ok(Err(Unidentified::UnknownCredential));
    };
    // The credential must belong to the person its user handle names.
    if stored.person_id.bytes() != *handle.as_bytes() {
        return Ok(Err(Unidentified::AnotherPerson));
    }
    Ok(Ok(Identified { stored, answer, auth }))
}

/// Why an identified answer does not sign in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(in crate::web) enum Unverified {
    /// The device did not confirm it was its owner (face, fingerprint, PIN).
    NotVerified,
    /// The signature counter went backwards: maybe a cloned authenticator. This sign-in is
    /// refused (the library will not pass it); the passkey is not locked.
    PossibleClone,
    Other(String),
}

impl Unverified {
    /// The audit's action (a refusal's is the caller's `refused`) and detail.
    pub fn audit(&self, refused: &'static str, passkey: &PasskeyId) -> (&'static str, String) {
        match self {
            Unverified::NotVerified => (refused, "not_verified".into()),
            Unverified::PossibleClone => ("passkey.possible_clone", passkey.to_string()),
            Unverified::Other(e) => (refused, e.clone()),
        }
    }

    /// What the refusal page explains: `not_verified` (the page's own words) when the device
    /// did not confirm its owner.
    pub fn explain(&self, not_verified: &'static str) -> &'static str {
        match self {
            Unverified::NotVerified => not_verified,
            _ => "passkey-failed-explain",
        }
    }
}

/// Verify an identified answer, user verification required, and record the passkey's use
/// (its credential updated where the answer says so).
pub(in crate::web) async fn verify(state: &AppState, id: Identified) -> PageResult<Result<StoredPasskey, Unverified>> {
    let rp = relying_party(state)?;
    let mut passkey: Passkey = serde_json::from_str(&id.stored.passkey).map_err(PageError::internal)?;
    let result = match rp.finish_discoverable_authentication_v2(&id.answer, id.auth, &passkey) {
        Ok(r) if r.user_verified() => r,
        Ok(_) | Err(WebauthnError::UserNotVerified) => return Ok(Err(Unverified::NotVerified)),
        Err(WebauthnError::CredentialPossibleCompromise) => {
            tracing::warn!(passkey = %id.stored.id, "a passkey's signature counter went backwards: possible clone");
            return Ok(Err(Unverified::PossibleClone));
        }
        Err(e) => return Ok(Err(Unverified::Other(format!("{e:?}")))),
    };
    let updated = if result.needs_update() && passkey.update_credential(&result) == Some(true) {
        let data = serde_json::to_string(&passkey).map_err(PageError::internal)?;
        let backup = backup_eligible(&data);
        Some((data, backup))
    } else {
        None
    };
    state.store.passkey_used(&id.stored.id, updated.as_ref().map(|(d, b)| (d.as_str(), *b)), state.now()).await?;
    Ok(Ok(id.stored))
}
