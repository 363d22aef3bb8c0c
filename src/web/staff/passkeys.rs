//! Staff passkeys: `/staff/passkeys` lists a staff member's passkeys, adds one (only within
//! `FRESH` of signing in) and removes one; `/staff/signin` offers "Sign in with a passkey"
//! (discoverable, user verification required), which starts a staff session as the emailed
//! link does. The ceremony machinery (relying party, server-side state under an HttpOnly
//! cookie, single use, five minutes) is the patients' (`web/patient/passkeys.rs`); the user
//! handle is the random id of the person the staff member is, never a staff id. Adding or
//! removing one emails the staff member's work address.

use super::session::{self, Staff, StaffForm, anonymous_ok, form_csrf};
use crate::domain::{Actor, CeremonyKind, PasskeyId, PersonId, ShortText, StoredPasskey};
use crate::i18n::{Arg, Lang};
use crate::state::AppState;
use crate::web::cookie::{with_cookie, with_optional_cookie};
use crate::web::lang;
use crate::web::page::{PageError, PageResult, SupportCode, page};
use crate::web::patient::passkeys::{self as shared, SignInForm};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use jiff::SignedDuration;
use serde::Deserialize;
use std::collections::HashMap;
use webauthn_rs::prelude::{PasskeyRegistration, RegisterPublicKeyCredential};

/// How recent a sign-in must be to add or remove a passkey.
pub const FRESH: SignedDuration = SignedDuration::from_mins(20);
/// What the sign-in page's passkey form is bound to (the other sign-in forms' binding).
const SIGN_IN: &str = "staff-signin";

fn fresh(state: &AppState, staff: &Staff) -> bool {
    state.now().duration_since(staff.session.created_at) <= FRESH
}

fn refused(explain: &'static str) -> PageError {
    PageError::unprocessable("passkey-refused-heading", explain, SupportCode::Passkey)
}

struct Card {
    id: String,
    name: String,
    created: String,
    last_used: String,
    where_kept: String,
}

#[derive(Template)]
#[template(path = "staff_passkeys.html")]
struct PasskeysPage {
    t: Lang,
    here: String,
    clinic_id: String,
    csrf: String,
    signed_in_as: String,
    cards: Vec<Card>,
    fresh: bool,
    done: String,
    /// For `passkey_cards.html`.
    passkeys_base: &'static str,
    card_tag: &'static str,
    stale_words: &'static str,
}

fn day(staff: &Staff, t: Lang, at: jiff::Timestamp) -> String {
    t.datetime_long(&at.to_zoned(staff.clinic.time_zone.tz().clone()))
}

pub async fn list(
    State(state): State<AppState>,
    staff: Staff,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> PageResult {
    let t = lang::current();
    let keys = match state.store.staff_person(&staff.clinic.id, &staff.member.id).await? {
        Some(person) => state.store.passkeys_of(&person).await?,
        None => vec![],
    };
    let cards = keys
        .into_iter()
        .map(|k| Card {
            id: k.id.to_string(),
            name: k.name.as_str().to_string(),
            created: day(&staff, t, k.created_at),
            last_used: k.last_used_at.map(|at| day(&staff, t, at)).unwrap_or_else(|| t.t("passkey-never-used")),
            where_kept: t.t(if k.backup_eligible { "passkey-on-devices" } else { "passkey-on-key" }),
        })
        .collect();
    let done = match q.get("done").map(String::as_str) {
        Some("added") => t.t("staff-passkey-added"),
        Some("removed") => t.t("staff-passkey-removed"),
        _ => String::new(),
    };
    let (csrf, cookie) = form_csrf(&state, &headers, &staff.session);
    let p = PasskeysPage {
        t,
        here: "/staff/passkeys".into(),
        clinic_id: staff.clinic.id.to_string(),
        csrf,
        signed_in_as: super::inbox::signed_in_as(&staff),
        cards,
        fresh: fresh(&state, &staff),
        done,
        passkeys_base: "/staff/passkeys",
        card_tag: "h2",
        stale_words: "staff-passkeys-stale",
    };
    Ok(with_optional_cookie(page(StatusCode::OK, &p), cookie))
}

#[derive(Deserialize)]
pub struct Empty {}

/// Start a registration: only within `FRESH` of signing in (else a JSON refusal).
pub async fn register_options(State(state): State<AppState>, f: StaffForm<Empty>) -> PageResult {
    let staff = &f.staff;
    if !fresh(&state, staff) {
        return Ok(shared::json_error(StatusCode::FORBIDDEN, "sign_in_again"));
    }
    let new_person = PersonId::new().ok_or_else(|| PageError::internal("no randomness"))?;
    let person = state.store.person_for_staff(&staff.clinic.id, &staff.member.id, &new_person, state.now()).await?;
    let name = staff.member.email.as_ref().map_or(staff.member.name.as_str(), |e| e.as_str());
    let names = (name, staff.member.name.as_str());
    shared::registration_options(&state, CeremonyKind::StaffRegister, &person, names, (Some(&staff.clinic.id), None))
        .await
}

#[derive(Deserialize)]
pub struct RegisterForm {
    #[serde(default)]
    credential: String,
}

async fn audit(state: &AppState, staff: &Staff, action: &str, detail: &str) {
    shared::audit(state, Some(&staff.clinic.id), Actor::Staff(staff.member.id.clone()), action, detail).await;
}

pub async fn register(State(state): State<AppState>, f: StaffForm<RegisterForm>) -> PageResult {
    let staff = &f.staff;
    let secure = state.config.is_https();
    let ceremony = shared::take_ceremony(&state, f.headers(), CeremonyKind::StaffRegister).await?;
    let mine = state.store.staff_person(&staff.clinic.id, &staff.member.id).await?;
    let Some(ceremony) = ceremony.filter(|c| c.person_id.is_some() && c.person_id == mine) else {
        audit(&state, staff, "passkey.refused", "ceremony").await;
        return Err(refused("passkey-expired-explain"));
    };
    if !fresh(&state, staff) {
        return Err(refused("staff-passkeys-stale"));
    }
    let person = ceremony.person_id.clone().ok_or_else(|| PageError::internal("registration without a person"))?;
    let reg: PasskeyRegistration = serde_json::from_str(&ceremony.state).map_err(PageError::internal)?;
    let Ok(answer) = serde_json::from_str::<RegisterPublicKeyCredential>(&f.form.credential) else {
        audit(&state, staff, "passkey.refused", "malformed").await;
        return Err(refused("passkey-failed-explain"));
    };
    let passkey = match shared::relying_party(&state)?.finish_passkey_registration(&answer, &reg) {
        Ok(p) => p,
        Err(e) => {
            audit(&state, staff, "passkey.refused", &format!("register:{e:?}")).await;
            return Err(refused("passkey-failed-explain"));
        }
    };
    let data = serde_json::to_string(&passkey).map_err(PageError::internal)?;
    let now = state.now();
    let t = lang::current();
    let browser = shared::made_with(&answer, f.headers());
    let when = day(staff, t, now);
    let name = match browser {
        Some(b) => t.f("passkey-name-browser", &[("browser", Arg::Str(&b)), ("date", Arg::Str(&when))]),
        None => t.f1("passkey-name-plain", "date", &when),
    };
    let stored = StoredPasskey {
        id: PasskeyId::new(),
        person_id: person,
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
            audit(&state, staff, "passkey.refused", "credential_taken").await;
            return Err(refused("passkey-taken-explain"));
        }
        Err(e) => return Err(e.into()),
    }
    audit(&state, staff, "passkey.registered", stored.id.as_str()).await;
    tell(&state, staff, "email-subject-staff-passkey-added", "email-staff-passkey-added").await;
    let resp = Redirect::to("/staff/passkeys?done=added").into_response();
    Ok(with_cookie(resp, &shared::clear_ceremony_cookie(secure)))
}

pub async fn remove(State(state): State<AppState>, Path(id): Path<String>, f: StaffForm<Empty>) -> PageResult {
    let staff = &f.staff;
    if !fresh(&state, staff) {
        return Err(refused("staff-passkeys-stale"));
    }
    let id = PasskeyId::parse(&id).map_err(|_| PageError::NotFound)?;
    let person = state.store.staff_person(&staff.clinic.id, &staff.member.id).await?.ok_or(PageError::NotFound)?;
    if !state.store.delete_passkey(&person, &id).await? {
        return Err(PageError::NotFound);
    }
    audit(&state, staff, "passkey.removed", id.as_str()).await;
    tell(&state, staff, "email-subject-staff-passkey-removed", "email-staff-passkey-removed").await;
    Ok(Redirect::to("/staff/passkeys?done=removed").into_response())
}

/// A notice to the staff member's work address: a passkey was added or removed.
async fn tell(state: &AppState, staff: &Staff, subject: &str, text: &str) {
    let Some(to) = &staff.member.email else { return };
    let args = [("clinic", Arg::Str(&staff.clinic.name)), ("name", Arg::Str(staff.member.name.as_str()))];
    if !crate::care_team::send(state, &staff.clinic, to, crate::care_team::lang_of(&staff.member), subject, text, &args)
        .await
    {
        tracing::warn!("could not tell a staff member about a passkey change");
    }
}

/// Start a staff sign-in: a challenge for any discoverable credential of this site.
pub async fn sign_in_options(
    State(state): State<AppState>,
    crate::web::client_ip::ClientIp(ip): crate::web::client_ip::ClientIp,
    headers: HeaderMap,
    form: axum::extract::Form<SignInForm>,
) -> PageResult {
    let from_page = anonymous_ok(&state, &headers, SIGN_IN, &form.csrf);
    shared::sign_in_options(&state, &ip, CeremonyKind::StaffAuthenticate, from_page).await
}

/// Finish a staff sign-in; every refusal is a page, audited, and starts no session.
pub async fn sign_in(
    State(state): State<AppState>,
    headers: HeaderMap,
    form: Result<axum::extract::Form<SignInForm>, axum::extract::rejection::FormRejection>,
) -> PageResult {
    let Ok(axum::extract::Form(form)) = form else { return Err(PageError::BadForm) };
    if !anonymous_ok(&state, &headers, SIGN_IN, &form.csrf) {
        return Err(PageError::Csrf);
    }
    shared::ceremony_ended(&state, finish_sign_in(&state, &headers, &form).await)
}

async fn nobody(state: &AppState, what: &str) {
    shared::audit(state, None, Actor::Anonymous, "passkey.staff_sign_in_refused", what).await;
}

async fn finish_sign_in(state: &AppState, headers: &HeaderMap, form: &SignInForm) -> PageResult<Response> {
    let refused_as = "passkey.staff_sign_in_refused";
    let id = match shared::identify(state, headers, CeremonyKind::StaffAuthenticate, &form.credential).await? {
        Ok(id) => id,
        Err(why) => {
            nobody(state, why.code()).await;
            return Err(refused(why.explain("staff-passkey-unknown")));
        }
    };
    // A patient's passkey opens no staff pages.
    let Some((clinic_id, staff_id)) = state.store.staff_of_person(&id.stored.person_id).await? else {
        nobody(state, "not_staff").await;
        return Err(refused("staff-passkey-unknown"));
    };
    let passkey_id = id.stored.id.clone();
    let stored = match shared::verify(state, id).await? {
        Ok(stored) => stored,
        Err(why) => {
            let (action, detail) = why.audit(refused_as, &passkey_id);
            shared::audit(state, Some(&clinic_id), Actor::Staff(staff_id.clone()), action, &detail).await;
            return Err(refused(why.explain("staff-passkey-not-verified")));
        }
    };
    let Some(secret) =
        crate::care_team::start_passkey_session(state, &clinic_id, &staff_id, stored.id.as_str()).await?
    else {
        return Err(PageError::internal("no staff session"));
    };
    let cookie = session::set_cookie(&secret, state.config.is_https());
    Ok(with_cookie(Redirect::to("/staff").into_response(), &cookie))
}
