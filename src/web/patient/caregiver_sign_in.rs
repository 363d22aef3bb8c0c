//! A caregiver coming back (`/p/for/sign-in`, linked from the sign-in page; a caregiver page
//! opened without a live session leads here). Their session ended (1 h idle, 24 h absolute);
//! they type the phone or email they accepted an invitation with and get a code there, valid
//! for 10 minutes, five tries, three sends an hour. The page answers the same whether or not
//! the contact point is a caregiver's, so it tells nobody who helps whom. Typing the code
//! starts a caregiver session for the person who proved that point; each page then checks
//! their grants as always.

use super::caregiver;
use super::grants::contact;
use super::step_up::new_code;
use super::{PageError, PageResult, csrf, lang, page, with_cookie};
use crate::domain::{Actor, AuthMethod, GranteeContact};
use crate::i18n::Lang;
use crate::links::{constant_time_eq, secret_hash};
use crate::state::AppState;
use crate::store::AuditEvent;
use crate::web::cookie::with_optional_cookie;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use jiff::SignedDuration;

const CODE_LIFETIME: SignedDuration = SignedDuration::from_mins(10);
const CODE_TRIES: i64 = 5;
const SENDS_PER_HOUR: i64 = 3;
/// What the page's forms are bound to.
const BOUND: &str = "caregiver-sign-in";

#[derive(Template)]
#[template(path = "caregiver_sign_in.html")]
struct SignInPage {
    t: Lang,
    here: String,
    clinic_id: String,
    csrf: String,
    /// The phone or email as typed, carried to the code form.
    contact: String,
    code_sent: bool,
    problem: &'static str,
    /// Came from a reminder copy's link asking for more than its visits (`?more=1`).
    more: bool,
}

fn render(state: &AppState, headers: &HeaderMap, contact: &str, code_sent: bool, problem: &'static str) -> Response {
    render_page(state, headers, (contact, code_sent, problem), false)
}

fn render_page(
    state: &AppState,
    headers: &HeaderMap,
    (contact, code_sent, problem): (&str, bool, &'static str),
    more: bool,
) -> Response {
    let (seed, fresh) = csrf::seed_or_new(headers);
    let view = SignInPage {
        t: lang::current(),
        here: "/p/for/sign-in".into(),
        clinic_id: String::new(),
        csrf: csrf::form_token(&state.links.keys.ring(), &seed, BOUND),
        contact: contact.to_string(),
        code_sent,
        problem,
        more,
    };
    let status = if problem.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    with_optional_cookie(page(status, &view), fresh.then(|| csrf::set_cookie(&seed, state.config.is_https())))
}

pub async fn show(
    State(state): State<AppState>,
    Query(q): Query<std::collections::HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    render_page(&state, &headers, ("", false, ""), q.contains_key("more"))
}

#[derive(serde::Deserialize, Default)]
struct SignInForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    contact: String,
    #[serde(default)]
    code: String,
}

/// The form, if it came from this page; and the contact point it names, if it is one.
fn checked(state: &AppState, headers: &HeaderMap, body: &Bytes) -> PageResult<(SignInForm, Option<GranteeContact>)> {
    let form: SignInForm = serde_urlencoded::from_bytes(body).map_err(|_| PageError::BadForm)?;
    let seed = csrf::seed_from(headers).unwrap_or_default();
    if !(csrf::same_origin(headers, &state.config) && csrf::check(&state.links.keys.ring(), &seed, BOUND, &form.csrf)) {
        return Err(PageError::Csrf);
    }
    let point = contact(&form.contact);
    Ok((form, point))
}

fn code_hash(point: &GranteeContact, code: &str) -> Vec<u8> {
    secret_hash(&format!("caregiver-sign-in:{}:{}:{code}", point.channel().as_str(), point.address()))
}

/// Send a code, if the contact point is a caregiver's with a grant that is live; the answer is
/// the same either way.
pub async fn send_code(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> PageResult {
    let (form, point) = checked(&state, &headers, &body)?;
    let Some(point) = point else {
        return Ok(render(&state, &headers, &form.contact, false, "caregivers-bad-contact"));
    };
    let (channel, address) = (point.channel().as_str(), point.address());
    let now = state.now();
    let bucket = format!("caregiver-sign-in:{channel}:{address}");
    let sends = state.store.rate_hit(&bucket, now, now - SignedDuration::from_hours(1)).await;
    if sends.map(|n| n > SENDS_PER_HOUR).unwrap_or(true) {
        return Ok(render(&state, &headers, &form.contact, false, "step-up-too-many-codes"));
    }
    if let Some(person) = state.store.person_by_contact(channel, &address).await? {
        let grants = state.store.grants_of_person(&person).await?;
        if let Some(g) = grants.iter().find(|g| g.live(now).is_ok()) {
            let clinic = state.store.clinic(&g.clinic_id).await?.ok_or(PageError::NotFound)?;
            let patient = state.store.patient(&g.clinic_id, &g.patient_id).await?.ok_or(PageError::NotFound)?;
            let code = new_code().ok_or_else(|| PageError::internal("no randomness"))?;
            state
                .store
                .set_caregiver_code((channel, &address), &code_hash(&point, &code), now + CODE_LIFETIME, now)
                .await?;
            let sent = crate::invite::send_code_to(&state, (&clinic, &patient), &point, lang::current(), &code).await;
            if !sent {
                return Ok(render(&state, &headers, &form.contact, false, "step-up-send-failed"));
            }
            let event = AuditEvent::new(now, None, Actor::Person(person), "caregiver.sign_in_code_sent");
            let _ = state.store.record_audit(&event.detail(channel)).await;
        }
    }
    Ok(render(&state, &headers, &form.contact, true, ""))
}

/// Check the code and start the caregiver's session.
pub async fn sign_in(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> PageResult {
    let (form, point) = checked(&state, &headers, &body)?;
    let Some(point) = point else {
        return Ok(render(&state, &headers, &form.contact, false, "caregivers-bad-contact"));
    };
    let (channel, address) = (point.channel().as_str(), point.address());
    let now = state.now();
    let tried = state.store.try_caregiver_code(channel, &address).await?;
    if tried.as_ref().is_some_and(|c| c.tries > CODE_TRIES) {
        return Ok(render(&state, &headers, &form.contact, false, "step-up-too-many-tries"));
    }
    let matches = tried
        .is_some_and(|c| c.expires_at > now && constant_time_eq(&c.code_hash, &code_hash(&point, form.code.trim())));
    let person = if matches { state.store.person_by_contact(channel, &address).await? } else { None };
    let Some(person) = person else {
        let event = AuditEvent::new(now, None, Actor::Anonymous, "caregiver.sign_in_refused").detail(channel);
        let _ = state.store.record_audit(&event.sampled(&format!("{channel}:{address}"))).await;
        return Ok(render(&state, &headers, &form.contact, true, "step-up-code-wrong"));
    };
    let (secret, session) = caregiver::new_session(now, AuthMethod::Code)?;
    if !state.store.sign_in_caregiver((channel, &address), &person, &session).await? {
        return Ok(render(&state, &headers, &form.contact, true, "step-up-code-wrong"));
    }
    if let Some(lang) = super::lang::device() {
        state.store.set_person_language(&person, lang.code()).await?;
    }
    let event =
        AuditEvent::new(now, None, Actor::Person(person), "caregiver.signed_in").auth(AuthMethod::Code.as_str());
    let _ = state.store.record_audit(&event).await;
    let cookie = caregiver::set_cookie(&secret, state.config.is_https());
    Ok(with_cookie(Redirect::to("/p/for").into_response(), &cookie))
}
