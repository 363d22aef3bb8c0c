//! Signing in without a link: a passkey (discoverable, user verification required; conditional
//! UI where the browser offers it). Without JavaScript the page offers "send me a new link",
//! the same form as a refused link's. A passkey sign-in starts a stepped-up session for the
//! patient record linked to the person the credential belongs to (with several, the most
//! recently used): it counts as step-up for health details, for the stepped-up limits.

use super::passkeys::{SignInForm, audit, refused};
use super::step_up::{STEPPED_UP_ABSOLUTE, stepped_up_session};
use super::{PageError, PageResult, csrf, lang, page, session, with_cookie};
use crate::domain::{Actor, CeremonyKind};
use crate::i18n::Lang;
use crate::state::AppState;
use crate::store::AuditEvent;
use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

/// What the sign-in page's forms are bound to (`csrf::check`).
const BOUND: &str = "signin";

#[derive(Template)]
#[template(path = "signin.html")]
struct SignInPage {
    t: Lang,
    here: String,
    clinic_id: String,
    csrf: String,
    request_csrf: String,
}

pub async fn show(State(state): State<AppState>, headers: HeaderMap) -> PageResult {
    let (seed, fresh) = csrf::seed_or_new(&headers);
    let ring = state.links.keys.ring();
    let view = SignInPage {
        t: lang::current(),
        here: "/signin".into(),
        clinic_id: String::new(),
        csrf: csrf::form_token(&ring, &seed, BOUND),
        request_csrf: csrf::form_token(&ring, &seed, "request"),
    };
    let resp = page(StatusCode::OK, &view);
    Ok(if fresh { with_cookie(resp, &csrf::set_cookie(&seed, state.config.is_https())) } else { resp })
}

fn form_ok(state: &AppState, headers: &HeaderMap, token: &str) -> bool {
    let seed = csrf::seed_from(headers).unwrap_or_default();
    csrf::same_origin(headers, &state.config) && csrf::check(&state.links.keys.ring(), &seed, BOUND, token)
}

/// Start a sign-in: a challenge for any of this site's discoverable credentials.
pub async fn options(
    State(state): State<AppState>,
    crate::web::client_ip::ClientIp(ip): crate::web::client_ip::ClientIp,
    headers: HeaderMap,
    form: axum::extract::Form<SignInForm>,
) -> PageResult {
    let from_page = form_ok(&state, &headers, &form.csrf);
    super::passkeys::sign_in_options(&state, &ip, CeremonyKind::Authenticate, from_page).await
}

/// Finish a sign-in. Every refusal is a page, audited, and starts no session.
pub async fn finish(
    State(state): State<AppState>,
    headers: HeaderMap,
    form: Result<axum::extract::Form<SignInForm>, axum::extract::rejection::FormRejection>,
) -> PageResult {
    let Ok(axum::extract::Form(form)) = form else {
        return Err(PageError::BadForm);
    };
    if !form_ok(&state, &headers, &form.csrf) {
        return Err(PageError::Csrf);
    }
    super::passkeys::ceremony_ended(&state, sign_in(&state, &headers, &form).await)
}

async fn sign_in(state: &AppState, headers: &HeaderMap, form: &SignInForm) -> PageResult<Response> {
    let refused_as = "passkey.sign_in_refused";
    let id = match super::passkeys::identify(state, headers, CeremonyKind::Authenticate, &form.credential).await? {
        Ok(id) => id,
        Err(why) => {
            audit(state, None, Actor::Anonymous, refused_as, why.code()).await;
            return Err(refused(why.explain("passkey-unknown-explain")));
        }
    };
    let Some((clinic, patient)) = state.store.patient_of_person(&id.stored.person_id).await? else {
        audit(state, None, Actor::Anonymous, refused_as, "no_record").await;
        return Err(refused("passkey-unknown-explain"));
    };
    let actor = || Actor::Patient(patient.clone());
    let passkey_id = id.stored.id.clone();
    let stored = match super::passkeys::verify(state, id).await? {
        Ok(stored) => stored,
        Err(why) => {
            let (action, detail) = why.audit(refused_as, &passkey_id);
            audit(state, Some(&clinic), actor(), action, &detail).await;
            return Err(refused(why.explain("passkey-not-verified-explain")));
        }
    };
    let now = state.now();
    let (secret, new) = stepped_up_session(now, crate::domain::AuthMethod::Passkey)?;
    state.store.start_signed_in_session(&clinic, &patient, &new).await?;
    let passkey = crate::domain::AuthMethod::Passkey.as_str();
    let e = AuditEvent::new(now, Some(&clinic), actor(), "passkey.signed_in").detail(stored.id.as_str());
    super::passkeys::record(state, &e.auth(passkey)).await;
    let e = AuditEvent::new(now, Some(&clinic), actor(), "step_up.passed").detail(passkey);
    super::passkeys::record(state, &e.auth(passkey)).await;
    let cookie = session::set_cookie(&secret, state.config.is_https(), STEPPED_UP_ABSOLUTE.as_secs());
    Ok(with_cookie(Redirect::to("/p").into_response(), &cookie))
}
