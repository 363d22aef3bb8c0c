//! Passkeys: register one after a fresh step-up, list, rename and remove them on the settings
//! page. The browser side is `/static/passkey.js`, progressive enhancement over plain forms:
//! without JavaScript no passkey button is shown and every other way in still works.
//!
//! A ceremony's state stays server-side (`webauthn_ceremonies`) under the hash of a random id
//! that travels in an HttpOnly cookie; it is taken (deleted) before the browser's answer is
//! looked at, so a replayed answer finds nothing, and it lives at most five minutes. The user
//! handle is the person's random id, never a patient id. User verification is required, the
//! credential must be discoverable, and a person's own credentials are excluded.

use super::pages::{context, session_csrf};
use super::step_up::{self, FRESH, Words, send_now};
use super::{PageError, PageResult, PatientSession, SessionForm, page, with_cookie};
use crate::domain::{Actor, Ceremony, CeremonyKind, PasskeyId, PersonId, ShortText, StoredPasskey};
use crate::i18n::{Arg, Lang};
use crate::links::{random_secret, secret_hash};
use crate::notify::Recipient;
use crate::state::AppState;
use crate::store::{AuditEvent, Clinic, Patient};
use crate::web::page::SupportCode;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use jiff::SignedDuration;
use serde::Deserialize;
use std::collections::HashMap;
use webauthn_rs::prelude::{PasskeyRegistration, RegisterPublicKeyCredential, Uuid, Webauthn, WebauthnBuilder};

/// How long a ceremony may take, from options to answer.
pub const CEREMONY_LIFETIME: SignedDuration = SignedDuration::from_mins(5);
pub const CEREMONY_COOKIE: &str = "portico_webauthn";

/// The relying party: its id is the host of `PORTICO_PUBLIC_URL`, its origin that URL.
pub(in crate::web) fn relying_party(state: &AppState) -> PageResult<Webauthn> {
    let url = &state.config.public_url;
    let host = url.host_str().ok_or_else(|| PageError::internal("public URL has no host"))?;
    WebauthnBuilder::new(host, url)
        .and_then(|b| b.rp_name("Portico").timeout(std::time::Duration::from_secs(300)).build())
        .map_err(|e| PageError::internal(format!("webauthn relying party: {e}")))
}

pub(in crate::web) fn ceremony_cookie(value: &str, secure: bool) -> String {
    format!(
        "{CEREMONY_COOKIE}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={}{}",
        CEREMONY_LIFETIME.as_secs(),
        if secure { "; Secure" } else { "" }
    )
}

pub(in crate::web) fn clear_ceremony_cookie(secure: bool) -> String {
    format!("{CEREMONY_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0{}", if secure { "; Secure" } else { "" })
}

pub use super::passkey_sign_in::SignInForm;
pub(in crate::web) use super::passkey_sign_in::{ceremony_ended, identify, sign_in_options, verify};

/// Keep a ceremony's state for whoever it names (a staff member's: a person and a clinic).
pub(in crate::web) async fn keep_ceremony_for(
    state: &AppState,
    kind: CeremonyKind,
    data: String,
    person: Option<&PersonId>,
    clinic: Option<&crate::domain::ClinicId>,
    patient: Option<&crate::domain::PatientId>,
) -> PageResult<String> {
    let secret = random_secret().map_err(PageError::internal)?;
    let now = state.now();
    let c = Ceremony {
        id_hash: secret_hash(&secret),
        kind,
        state: data,
        person_id: person.cloned(),
        clinic_id: clinic.cloned(),
        patient_id: patient.cloned(),
        created_at: now,
        expires_at: now + CEREMONY_LIFETIME,
    };
    state.store.insert_ceremony(&c).await?;
    Ok(secret)
}

/// A sign-in challenge for any discoverable credential of this site, kept as a ceremony of
/// `kind`: the options as JSON, with the ceremony's cookie.
pub(in crate::web) async fn discoverable_options(state: &AppState, kind: CeremonyKind) -> PageResult {
    let rp = relying_party(state)?;
    let (mut options, auth) =
        rp.start_discoverable_authentication().map_err(|e| PageError::internal(format!("passkey options: {e}")))?;
    // The script chooses: conditional (autofill) on load, a dialog on the button.
    options.mediation = None;
    let data = serde_json::to_string(&auth).map_err(PageError::internal)?;
    let secret = keep_ceremony_for(state, kind, data, None, None, None).await?;
    let resp = axum::Json(options).into_response();
    Ok(with_cookie(resp, &ceremony_cookie(&secret, state.config.is_https())))
}

/// Take the ceremony this browser started, once. `None`: no cookie, unknown, used or expired.
pub(in crate::web) async fn take_ceremony(
    state: &AppState,
    headers: &HeaderMap,
    kind: CeremonyKind,
) -> PageResult<Option<Ceremony>> {
    let Some(value) = crate::web::cookie::value(headers, CEREMONY_COOKIE).filter(|v| v.len() == 43) else {
        return Ok(None);
    };
    let c = state.store.take_ceremony(&secret_hash(&value), state.now()).await?;
    Ok(c.filter(|c| c.kind == kind))
}

/// A JSON answer for the script: `{"error": {"code": …}}`.
pub(in crate::web) fn json_error(status: StatusCode, code: &str) -> Response {
    (status, axum::Json(serde_json::json!({ "error": { "code": code } }))).into_response()
}

pub(in crate::web) async fn audit(
    state: &AppState,
    clinic: Option<&crate::domain::ClinicId>,
    actor: Actor,
    action: &str,
    detail: &str,
) {
    let mut e = AuditEvent::new(state.now(), clinic, actor, action);
    if !detail.is_empty() {
        e = e.detail(detail);
    }
    record(state, &e).await;
}

/// Record a passkey event built by the caller (one that says how its session signed in).
pub(in crate::web) async fn record(state: &AppState, e: &AuditEvent) {
    if let Err(err) = state.store.record_audit(e).await {
        tracing::warn!(error = %err, action = e.action, "could not audit a passkey event");
    }
}

/// A refusal page about a passkey: 422, in the patient's language, nothing changed.
pub(super) fn refused(explain: &'static str) -> PageError {
    PageError::unprocessable("passkey-refused-heading", explain, SupportCode::Passkey)
}

#[derive(Deserialize)]
pub struct Empty {}

/// Start a registration (the script asks, then hands the options to the browser). Only from
/// a step-up of the last `FRESH` minutes; otherwise a JSON refusal and nothing is kept.
pub async fn register_options(State(state): State<AppState>, f: SessionForm<Empty>) -> PageResult {
    let s = &f.session;
    if s.session.stepped_up_at.is_none_or(|at| state.now().duration_since(at) > FRESH) {
        return Ok(json_error(StatusCode::FORBIDDEN, "step_up_needed"));
    }
    let (clinic, patient) = context(&state, s).await?;
    let new_person = PersonId::new().ok_or_else(|| PageError::internal("no randomness"))?;
    let person = state.store.person_for_patient(&clinic.id, &patient.id, &new_person, state.now()).await?;
    let name = patient.name.as_str();
    let owner = (Some(&patient.clinic_id), Some(&patient.id));
    registration_options(&state, CeremonyKind::Register, &person, (name, name), owner).await
}

/// Start a registration for `person` (shown as `name`, `display`), kept as a ceremony of `kind`
/// for whoever `owner` names: the options as JSON, with the ceremony's cookie. User
/// verification and a discoverable credential are required (so that a sign-in page needs no
/// name or link), and the person's own credentials are excluded.
pub(in crate::web) async fn registration_options(
    state: &AppState,
    kind: CeremonyKind,
    person: &PersonId,
    (name, display): (&str, &str),
    (clinic, patient): (Option<&crate::domain::ClinicId>, Option<&crate::domain::PatientId>),
) -> PageResult {
    let exclude = state.store.passkeys_of(person).await?.into_iter().map(|p| p.credential_id).collect::<Vec<_>>();
    let (options, reg) = relying_party(state)?
        .start_passkey_registration(Uuid::from_bytes(person.bytes()), name, display, Some(exclude))
        .map_err(|e| PageError::internal(format!("passkey registration options: {e}")))?;
    // (The library's prelude does not name the type of this field; its JSON is the standard one.)
    let mut options = serde_json::to_value(&options).map_err(PageError::internal)?;
    if let Some(sel) = options.pointer_mut("/publicKey/authenticatorSelection").and_then(|v| v.as_object_mut()) {
        sel.insert("residentKey".into(), "required".into());
        sel.insert("requireResidentKey".into(), true.into());
    }
    let data = serde_json::to_string(&reg).map_err(PageError::internal)?;
    let secret = keep_ceremony_for(state, kind, data, Some(person), clinic, patient).await?;
    let resp = axum::Json(options).into_response();
    Ok(with_cookie(resp, &ceremony_cookie(&secret, state.config.is_https())))
}

#[derive(Deserialize)]
pub struct RegisterForm {
    #[serde(default)]
    credential: String,
    #[serde(default)]
    next: String,
}

/// Finish a registration: the browser's answer, checked against the ceremony kept for it.
pub async fn register(State(state): State<AppState>, f: SessionForm<RegisterForm>) -> PageResult {
    f.freshly_stepped_up(&state, SETTINGS).await?;
    let (s, form) = (&f.session, &f.form);
    let (clinic, patient) = context(&state, s).await?;
    let actor = || Actor::Patient(patient.id.clone());
    let secure = state.config.is_https();
    let ceremony = take_ceremony(&state, f.headers(), CeremonyKind::Register).await?;
    let Some(ceremony) = ceremony.filter(|c| c.patient_id.as_ref() == Some(&patient.id)) else {
        audit(&state, Some(&clinic.id), actor(), "passkey.refused", "ceremony").await;
        return Err(refused("passkey-expired-explain"));
    };
    let person = ceremony.person_id.clone().ok_or_else(|| PageError::internal("registration without a person"))?;
    let reg: PasskeyRegistration = serde_json::from_str(&ceremony.state).map_err(PageError::internal)?;
    let Ok(answer) = serde_json::from_str::<RegisterPublicKeyCredential>(&form.credential) else {
        audit(&state, Some(&clinic.id), actor(), "passkey.refused", "malformed").await;
        return Err(refused("passkey-failed-explain"));
    };
    let passkey = match relying_party(&state)?.finish_passkey_registration(&answer, &reg) {
        Ok(p) => p,
        Err(e) => {
            audit(&state, Some(&clinic.id), actor(), "passkey.refused", &format!("register:{e:?}")).await;
            return Err(refused("passkey-failed-explain"));
        }
    };
    let data = serde_json::to_string(&passkey).map_err(PageError::internal)?;
    let now = state.now();
    let t = Lang::for_locale(&patient.language);
    let stored = StoredPasskey {
        id: PasskeyId::new(),
        person_id: person,
        credential_id: passkey.cred_id().to_vec(),
        backup_eligible: backup_eligible(&data),
        passkey: data,
        name: default_name(t, made_with(&answer, f.headers()), &patient, now)?,
        created_at: now,
        last_used_at: None,
    };
    match state.store.insert_passkey(&stored).await {
        Ok(()) => {}
        Err(crate::store::StoreError::Conflict(_)) => {
            audit(&state, Some(&clinic.id), actor(), "passkey.refused", "credential_taken").await;
            return Err(refused("passkey-taken-explain"));
        }
        Err(e) => return Err(e.into()),
    }
    let e = AuditEvent::new(state.now(), Some(&clinic.id), actor(), "passkey.registered");
    record(&state, &e.detail(stored.id.as_str()).auth(s.auth())).await;
    tell(&state, &clinic, &patient, Change::Added).await;
    let next = if form.next.is_empty() {
        "/p/settings?done=passkey-added".to_string()
    } else {
        step_up::safe_next(&form.next)
    };
    Ok(with_cookie(Redirect::to(&next).into_response(), &clear_ceremony_cookie(secure)))
}

/// Whether the library's credential says it may be synced (`backup_eligible`).
pub(in crate::web) fn backup_eligible(data: &str) -> bool {
    serde_json::from_str::<serde_json::Value>(data)
        .ok()
        .and_then(|v| v.pointer("/cred/backup_eligible").and_then(serde_json::Value::as_bool))
        .unwrap_or(false)
}

/// "Google Password Manager, Tuesday, March 5, 2030 at 3:30 PM": what the passkey was made
/// with (`made_with`) and when.
fn default_name(t: Lang, made_with: Option<String>, p: &Patient, now: jiff::Timestamp) -> PageResult<ShortText> {
    let day = day_of(t, p, now);
    let name = match made_with {
        Some(b) => t.f("passkey-name-browser", &[("browser", Arg::Str(&b)), ("date", Arg::Str(&day))]),
        None => t.f1("passkey-name-plain", "date", &day),
    };
    ShortText::parse(&name).map_err(PageError::internal)
}

/// What a new passkey was made with: its provider, when the AAGUID in the registration is one
/// the list of providers names ("iCloud Keychain"), else the browser of the request.
pub(in crate::web) fn made_with(answer: &RegisterPublicKeyCredential, headers: &HeaderMap) -> Option<String> {
    crate::domain::aaguid::from_attestation_object(&answer.response.attestation_object)
        .and_then(|a| crate::domain::aaguid::provider_name(&a))
        .map(str::to_string)
        .or_else(|| browser_of(headers))
}

/// "Chrome · Android": the browser (and system) of the request, when its user agent says.
pub(in crate::web) fn browser_of(headers: &HeaderMap) -> Option<String> {
    let ua = headers.get(axum::http::header::USER_AGENT).and_then(|v| v.to_str().ok()).unwrap_or("");
    let pick = |list: &[(&str, &'static str)]| list.iter().find(|(m, _)| ua.contains(m)).map(|(_, n)| *n);
    let browser = pick(&[("Edg/", "Edge"), ("Firefox/", "Firefox"), ("Chrome/", "Chrome"), ("Safari/", "Safari")])?;
    let system = pick(&[
        ("Android", "Android"),
        ("iPhone", "iPhone"),
        ("iPad", "iPad"),
        ("Mac OS", "Mac"),
        ("Windows", "Windows"),
        ("Linux", "Linux"),
    ]);
    Some(match system {
        Some(s) => format!("{browser} · {s}"),
        None => browser.to_string(),
    })
}

fn day_of(t: Lang, p: &Patient, at: jiff::Timestamp) -> String {
    t.datetime_long(&at.to_zoned(p.time_zone.tz().clone()))
}

/// A passkey as its card on the settings page shows it.
pub struct PasskeyCard {
    pub id: String,
    pub name: String,
    pub created: String,
    pub last_used: String,
    /// "on your devices" or "on a security key".
    pub where_kept: String,
}

/// The cards of this patient's person, oldest first ([] when they have none).
pub(super) async fn cards(state: &AppState, t: Lang, p: &Patient) -> PageResult<Vec<PasskeyCard>> {
    let Some(person) = state.store.person_of(&p.clinic_id, &p.id).await? else {
        return Ok(vec![]);
    };
    let keys = state.store.passkeys_of(&person).await?;
    Ok(keys
        .into_iter()
        .map(|k| PasskeyCard {
            id: k.id.to_string(),
            name: k.name.as_str().to_string(),
            created: day_of(t, p, k.created_at),
            last_used: k.last_used_at.map(|at| day_of(t, p, at)).unwrap_or_else(|| t.t("passkey-never-used")),
            where_kept: t.t(if k.backup_eligible { "passkey-on-devices" } else { "passkey-on-key" }),
        })
        .collect())
}

/// Whether this patient's person has any passkey.
pub(super) async fn has_passkey(state: &AppState, p: &Patient) -> bool {
    match state.store.person_of(&p.clinic_id, &p.id).await {
        Ok(Some(person)) => state.store.passkeys_of(&person).await.map(|k| !k.is_empty()).unwrap_or(false),
        _ => false,
    }
}

const SETTINGS: &str = "/p/settings";

#[derive(Template)]
#[template(path = "passkey_offer.html")]
struct OfferPage {
    t: Lang,
    here: String,
    clinic_id: String,
    clinic: String,
    csrf: String,
    next: String,
}

/// The offer right after a step-up: "Next time, use your face, fingerprint or screen lock",
/// with "Not now" going on to where the patient was headed.
pub async fn offer(
    State(state): State<AppState>,
    Query(q): Query<HashMap<String, String>>,
    headers: HeaderMap,
    s: PatientSession,
) -> PageResult {
    let next = step_up::safe_next(q.get("next").map(String::as_str).unwrap_or("/p"));
    let here = format!("/p/passkeys/offer?next={}", query_value(&next));
    step_up::require_fresh(&state, &headers, &s, &here).await?;
    let (clinic, patient) = context(&state, &s).await?;
    let (csrf, cookie) = session_csrf(&state, &headers, &s);
    let view = OfferPage {
        t: Lang::for_locale(&patient.language),
        here,
        clinic_id: clinic.id.to_string(),
        clinic: clinic.name.clone(),
        csrf,
        next,
    };
    Ok(crate::web::cookie::with_optional_cookie(page(StatusCode::OK, &view), cookie))
}

#[derive(Deserialize)]
pub struct RenameForm {
    #[serde(default)]
    name: String,
}

pub async fn rename(State(state): State<AppState>, Path(id): Path<String>, f: SessionForm<RenameForm>) -> PageResult {
    f.stepped_up(&state, SETTINGS).await?;
    let (clinic, patient) = context(&state, &f.session).await?;
    let (id, person) = owned(&state, &patient, &id).await?;
    let Ok(name) = ShortText::parse(&f.form.name) else {
        return Err(PageError::unprocessable("passkey-refused-heading", "passkey-name-invalid", SupportCode::Form));
    };
    if !state.store.rename_passkey(&person, &id, &name).await? {
        return Err(PageError::NotFound);
    }
    let e = AuditEvent::new(state.now(), Some(&clinic.id), Actor::Patient(patient.id.clone()), "passkey.renamed");
    record(&state, &e.detail(id.as_str()).auth(f.session.auth())).await;
    Ok(Redirect::to("/p/settings?done=passkey-renamed").into_response())
}

pub async fn remove(State(state): State<AppState>, Path(id): Path<String>, f: SessionForm<Empty>) -> PageResult {
    f.freshly_stepped_up(&state, SETTINGS).await?;
    let (clinic, patient) = context(&state, &f.session).await?;
    let (id, person) = owned(&state, &patient, &id).await?;
    if !state.store.delete_passkey(&person, &id).await? {
        return Err(PageError::NotFound);
    }
    let e = AuditEvent::new(state.now(), Some(&clinic.id), Actor::Patient(patient.id.clone()), "passkey.removed");
    record(&state, &e.detail(id.as_str()).auth(f.session.auth())).await;
    tell(&state, &clinic, &patient, Change::Removed).await;
    Ok(Redirect::to("/p/settings?done=passkey-removed").into_response())
}

/// A passkey id from the URL that belongs to this patient's person; anything else is 404.
async fn owned(state: &AppState, p: &Patient, raw: &str) -> PageResult<(PasskeyId, PersonId)> {
    let id = PasskeyId::parse(raw).map_err(|_| PageError::NotFound)?;
    let person = state.store.person_of(&p.clinic_id, &p.id).await?.ok_or(PageError::NotFound)?;
    let mine = state.store.passkeys_of(&person).await?.iter().any(|k| k.id == id);
    if mine { Ok((id, person)) } else { Err(PageError::NotFound) }
}

#[derive(Clone, Copy)]
enum Change {
    Added,
    Removed,
}

/// "A passkey was added to (removed from) your account; if it was not you, call": sent at
/// once, with no health details, to the patient's other contact point (not the one links go
/// to, which whoever made the change may hold), or to the only one there is.
async fn tell(state: &AppState, clinic: &Clinic, p: &Patient, change: Change) {
    let Some(channel) = step_up::code_channel(p).or(p.first_channel()) else { return };
    let t = Lang::for_locale(&p.language);
    let home = p.phone.as_ref().or(clinic.phone.as_ref());
    let phone = clinic.phone.as_ref().map(|x| x.shown_to(home)).unwrap_or_default();
    let args = [("clinic", Arg::Str(&clinic.name)), ("phone", Arg::Str(&phone))];
    let (sms, subject, text) = match change {
        Change::Added => ("sms-passkey-added", "email-subject-passkey-added", "email-passkey-added"),
        Change::Removed => ("sms-passkey-removed", "email-subject-passkey-removed", "email-passkey-removed"),
    };
    let words = Words { sms, subject, text, args: &args };
    if !send_now(state, Recipient { clinic, patient: p }, t, channel, None, words, None).await {
        tracing::warn!(channel = channel.as_str(), "could not tell the patient about a passkey change");
    }
}

/// `value` written for a URL's query.
pub(super) fn query_value(value: &str) -> String {
    percent_encoding::utf8_percent_encode(value, percent_encoding::NON_ALPHANUMERIC).to_string()
}

#[cfg(test)]
#[path = "passkeys_tests.rs"]
mod tests;
