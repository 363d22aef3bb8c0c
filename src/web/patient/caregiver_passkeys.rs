//! A caregiver's own passkeys: listed on `/p/for`, added there within `FRESH` of signing in (so
//! a session left open cannot add one later), removed there likewise; and "Sign in with
//! a passkey" on `/p/for/sign-in` (discoverable, user verification required), which starts a
//! caregiver session as a code does, marked `passkey`. The ceremony machinery is the patients'
//! (`passkeys.rs`): state server-side under an HttpOnly cookie, single use, five minutes; the
//! user handle is the caregiver's random person id. A passkey opens only what the person's
//! grants open, checked at every request as ever; a patient's or a staff member's passkey (a
//! person with no grant) opens nothing here. Adding or removing one tells the caregiver at the
//! contact point they proved.

use super::caregiver::{self, CaregiverForm, CaregiverSession};
use super::passkeys::{self as shared, SignInForm};
use super::{PageError, PageResult, csrf, lang, with_cookie};
use crate::domain::{Actor, AuthMethod, CeremonyKind, PasskeyId, PersonId, ShortText, StoredPasskey};
use crate::i18n::{Arg, Lang};
use crate::state::AppState;
use crate::store::AuditEvent;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use jiff::SignedDuration;
use serde::Deserialize;
use webauthn_rs::prelude::{PasskeyRegistration, RegisterPublicKeyCredential};

/// How recent a sign-in (with a code or a passkey) must be to add or remove a passkey.
pub const FRESH: SignedDuration = SignedDuration::from_mins(20);
/// What the sign-in page's forms are bound to (`caregiver_sign_in.rs`).
const SIGN_IN: &str = "caregiver-sign-in";

/// Whether this session may add or remove a passkey: begun within `FRESH`.
pub fn fresh(state: &AppState, s: &CaregiverSession) -> bool {
    state.now().duration_since(s.created_at) <= FRESH
}

fn refused(explain: &'static str) -> PageError {
    PageError::unprocessable("passkey-refused-heading", explain, crate::web::page::SupportCode::Passkey)
}

/// One passkey as the list shows it.
pub struct Card {
    pub id: String,
    pub name: String,
    pub created: String,
    pub last_used: String,
    pub where_kept: String,
}

/// The person's passkeys, for their list page.
pub async fn cards(state: &AppState, t: Lang, person: &PersonId) -> PageResult<Vec<Card>> {
    let day = |at: jiff::Timestamp| t.datetime_long(&at.to_zoned(jiff::tz::TimeZone::UTC));
    Ok(state
        .store
        .passkeys_of(person)
        .await?
        .into_iter()
        .map(|k| Card {
            id: k.id.to_string(),
            name: k.name.as_str().to_string(),
            created: day(k.created_at),
            last_used: k.last_used_at.map(day).unwrap_or_else(|| t.t("passkey-never-used")),
            where_kept: t.t(if k.backup_eligible { "passkey-on-devices" } else { "passkey-on-key" }),
        })
        .collect())
}

async fn audit(state: &AppState, person: &PersonId, action: &str, detail: &str, auth: AuthMethod) {
    let e = AuditEvent::new(state.now(), None, Actor::Person(person.clone()), action)
        .auth(auth.as_str())
        .subject(person.as_str())
        .detail(detail);
    shared::record(state, &e).await;
}

#[derive(Deserialize)]
pub struct Empty {}

/// Start a registration (the script asks, then hands the options to the browser).
pub async fn register_options(State(state): State<AppState>, f: CaregiverForm<Empty>) -> PageResult {
    f.session.whole()?;
    if !fresh(&state, &f.session) {
        return Ok(shared::json_error(StatusCode::FORBIDDEN, "sign_in_again"));
    }
    let person = &f.session.person;
    let grants = state.store.grants_of_person(person).await?;
    let Some(grant) = grants.last() else {
        return Ok(shared::json_error(StatusCode::FORBIDDEN, "no_grant"));
    };
    let address = grant.contact.address();
    let names = (address.as_str(), grant.grantee_name.as_str());
    shared::registration_options(&state, CeremonyKind::CaregiverRegister, person, names, (None, None)).await
}

#[derive(Deserialize)]
pub struct RegisterForm {
    #[serde(default)]
    credential: String,
}

pub async fn register(State(state): State<AppState>, headers: HeaderMap, f: CaregiverForm<RegisterForm>) -> PageResult {
    let s = &f.session;
    s.whole()?;
    let ceremony = shared::take_ceremony(&state, &headers, CeremonyKind::CaregiverRegister).await?;
    let Some(ceremony) = ceremony.filter(|c| c.person_id.as_ref() == Some(&s.person)) else {
        audit(&state, &s.person, "passkey.refused", "ceremony", s.auth).await;
        return Err(refused("passkey-expired-explain"));
    };
    if !fresh(&state, s) {
        return Err(refused("caregiver-passkeys-stale"));
    }
    let reg: PasskeyRegistration = serde_json::from_str(&ceremony.state).map_err(PageError::internal)?;
    let Ok(answer) = serde_json::from_str::<RegisterPublicKeyCredential>(&f.form.credential) else {
        audit(&state, &s.person, "passkey.refused", "malformed", s.auth).await;
        return Err(refused("passkey-failed-explain"));
    };
    let passkey = match shared::relying_party(&state)?.finish_passkey_registration(&answer, &reg) {
        Ok(p) => p,
        Err(e) => {
            audit(&state, &s.person, "passkey.refused", &format!("register:{e:?}"), s.auth).await;
            return Err(refused("passkey-failed-explain"));
        }
    };
    let data = serde_json::to_string(&passkey).map_err(PageError::internal)?;
    let now = state.now();
    let t = lang::current();
    let when = t.datetime_long(&now.to_zoned(jiff::tz::TimeZone::UTC));
    let name = match shared::made_with(&answer, &headers) {
        Some(b) => t.f("passkey-name-browser", &[("browser", Arg::Str(&b)), ("date", Arg::Str(&when))]),
        None => t.f1("passkey-name-plain", "date", &when),
    };
    let stored = StoredPasskey {
        id: PasskeyId::new(),
        person_id: s.person.clone(),
        credential_id: passkey.cred_id().to_vec(),
        backup_eligible: shared::backup_eligible(&data),
        passkey: data,
        name: ShortText::parse(&name).map_err(PageError::internal)?,
        created_at: now,
        last_used_at: None,
    };
    match state.store.insert_passkey(&stored).await {
        Ok(()) => {}
        Err(crate::store::StoreError::Conflict(_)) => {
            audit(&state, &s.person, "passkey.refused", "credential_taken", s.auth).await;
            return Err(refused("passkey-taken-explain"));
        }
        Err(e) => return Err(e.into()),
    }
    audit(&state, &s.person, "passkey.registered", stored.id.as_str(), s.auth).await;
    tell(&state, &s.person, "email-subject-caregiver-passkey-added", "caregiver-passkey-added-notice").await;
    let resp = Redirect::to("/p/for?done=passkey-added").into_response();
    Ok(with_cookie(resp, &shared::clear_ceremony_cookie(state.config.is_https())))
}

pub async fn remove(State(state): State<AppState>, Path(id): Path<String>, f: CaregiverForm<Empty>) -> PageResult {
    let s = &f.session;
    s.whole()?;
    if !fresh(&state, s) {
        return Err(refused("caregiver-passkeys-stale"));
    }
    let id = PasskeyId::parse(&id).map_err(|_| PageError::NotFound)?;
    if !state.store.delete_passkey(&s.person, &id).await? {
        return Err(PageError::NotFound);
    }
    audit(&state, &s.person, "passkey.removed", id.as_str(), s.auth).await;
    tell(&state, &s.person, "email-subject-caregiver-passkey-removed", "caregiver-passkey-removed-notice").await;
    Ok(Redirect::to("/p/for?done=passkey-removed").into_response())
}

/// Tell the caregiver, at the contact point they proved, that a passkey was added or removed
/// (in the language they read Portico in; a failure to send is logged, not shown).
async fn tell(state: &AppState, person: &PersonId, subject: &str, text: &str) {
    let Ok(grants) = state.store.grants_of_person(person).await else { return };
    let Some(g) = grants.last() else { return };
    let (Ok(Some(clinic)), Ok(Some(patient))) =
        (state.store.clinic(&g.clinic_id).await, state.store.patient(&g.clinic_id, &g.patient_id).await)
    else {
        return;
    };
    let t = lang::current();
    let phone = clinic.phone.as_ref().map(|p| p.as_str().to_string()).unwrap_or_default();
    let args = [("clinic", Arg::Str(&clinic.name)), ("phone", Arg::Str(&phone))];
    let (subject, body) = (t.f(subject, &args), t.f(text, &args));
    let who = crate::notify::Recipient { clinic: &clinic, patient: &patient };
    if !state.notifier.send_now(&g.contact, (&subject, &body), t, who, state.now()).await {
        tracing::warn!("could not tell a caregiver about a passkey change");
    }
}

fn from_sign_in_page(state: &AppState, headers: &HeaderMap, token: &str) -> bool {
    let seed = csrf::seed_from(headers).unwrap_or_default();
    csrf::same_origin(headers, &state.config) && csrf::check(&state.links.keys.ring(), &seed, SIGN_IN, token)
}

/// Start a caregiver's sign-in: a challenge for any discoverable credential of this site.
pub async fn sign_in_options(
    State(state): State<AppState>,
    crate::web::client_ip::ClientIp(ip): crate::web::client_ip::ClientIp,
    headers: HeaderMap,
    form: axum::extract::Form<SignInForm>,
) -> PageResult {
    let from_page = from_sign_in_page(&state, &headers, &form.csrf);
    shared::sign_in_options(&state, &ip, CeremonyKind::CaregiverAuthenticate, from_page).await
}

/// Finish a caregiver's sign-in; every refusal is a page, audited, and starts no session.
pub async fn sign_in(
    State(state): State<AppState>,
    headers: HeaderMap,
    form: Result<axum::extract::Form<SignInForm>, axum::extract::rejection::FormRejection>,
) -> PageResult {
    let Ok(axum::extract::Form(form)) = form else { return Err(PageError::BadForm) };
    if !from_sign_in_page(&state, &headers, &form.csrf) {
        return Err(PageError::Csrf);
    }
    shared::ceremony_ended(&state, finish_sign_in(&state, &headers, &form).await)
}

async fn nobody(state: &AppState, what: &str) {
    shared::audit(state, None, Actor::Anonymous, "passkey.caregiver_sign_in_refused", what).await;
}

async fn finish_sign_in(state: &AppState, headers: &HeaderMap, form: &SignInForm) -> PageResult<Response> {
    let refused_as = "passkey.caregiver_sign_in_refused";
    let id = match shared::identify(state, headers, CeremonyKind::CaregiverAuthenticate, &form.credential).await? {
        Ok(id) => id,
        Err(why) => {
            nobody(state, why.code()).await;
            return Err(refused(why.explain("caregiver-passkey-unknown")));
        }
    };
    // A passkey of someone who helps nobody (a patient's, a staff member's) opens nothing here.
    if state.store.grants_of_person(&id.stored.person_id).await?.is_empty() {
        nobody(state, "not_a_caregiver").await;
        return Err(refused("caregiver-passkey-unknown"));
    }
    let (person, passkey_id) = (id.stored.person_id.clone(), id.stored.id.clone());
    let stored = match shared::verify(state, id).await? {
        Ok(stored) => stored,
        Err(why) => {
            let (action, detail) = why.audit(refused_as, &passkey_id);
            audit(state, &person, action, &detail, AuthMethod::Passkey).await;
            return Err(refused(why.explain("passkey-not-verified-explain")));
        }
    };
    let now = state.now();
    let (secret, session) = caregiver::new_session(now, AuthMethod::Passkey)?;
    state.store.start_caregiver_session(&person, &session).await?;
    audit(state, &person, "caregiver.signed_in", stored.id.as_str(), AuthMethod::Passkey).await;
    let cookie = caregiver::set_cookie(&secret, state.config.is_https());
    Ok(with_cookie(Redirect::to("/p/for").into_response(), &cookie))
}
