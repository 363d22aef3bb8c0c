//! Signing in: `/staff/signin` asks for a work email and answers the same whether or not the
//! address is known; the email's link lands on a page whose button (a POST: GET consumes
//! nothing) starts the session, and its code can be typed at `/staff/signin` on another
//! device. An invitation's link lands on its accept page the same way.

use super::session::{self, Staff, StaffForm, anonymous_csrf, anonymous_ok, form_bytes};
use crate::care_team::{self, CodeOutcome};
use crate::domain::{Actor, Email, StaffTokenKind};
use crate::state::AppState;
use crate::store::{AuditEvent, StaffToken};
use crate::web::client_ip::ClientIp;
use crate::web::cookie::{with_cookie, with_optional_cookie};
use crate::web::lang;
use crate::web::page::{PageError, PageResult, page};
use askama::Template;
use axum::extract::{Path, Request, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

/// What the sign-in forms' CSRF tokens are bound to.
const SIGN_IN: &str = "staff-signin";

#[derive(Template)]
#[template(path = "staff_signin.html")]
struct SignInPage {
    t: crate::i18n::Lang,
    here: String,
    clinic_id: String,
    csrf: String,
    email: String,
    notice: String,
    problem: bool,
}

#[derive(Template)]
#[template(path = "staff_link.html")]
struct LinkPage {
    t: crate::i18n::Lang,
    here: String,
    clinic_id: String,
    csrf: String,
    heading: String,
    explain: String,
    button: String,
    action: String,
}

fn sign_in_page(state: &AppState, headers: &HeaderMap, status: StatusCode, email: &str, notice: &str) -> Response {
    let t = lang::current();
    let (csrf, cookie) = anonymous_csrf(state, headers, SIGN_IN);
    let p = SignInPage {
        t,
        here: "/staff/signin".into(),
        clinic_id: String::new(),
        csrf,
        email: email.to_string(),
        notice: if notice.is_empty() { String::new() } else { t.t(notice) },
        problem: status != StatusCode::OK,
    };
    with_optional_cookie(page(status, &p), cookie)
}

pub async fn form(State(state): State<AppState>, headers: HeaderMap) -> Response {
    sign_in_page(&state, &headers, StatusCode::OK, "", "")
}

#[derive(Deserialize)]
struct SendForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    email: String,
}

#[derive(Deserialize)]
struct CodeForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    code: String,
}

#[derive(Deserialize)]
struct ButtonForm {
    #[serde(default)]
    csrf: String,
}

async fn read<T: serde::de::DeserializeOwned>(req: Request, state: &AppState) -> PageResult<(HeaderMap, T)> {
    let headers = req.headers().clone();
    let bytes = form_bytes(req, state).await?;
    Ok((headers, serde_urlencoded::from_bytes(&bytes).map_err(|_| PageError::BadForm)?))
}

/// Email a sign-in link and code, if the address is a staff member's; the answer is the same.
pub async fn send(State(state): State<AppState>, ClientIp(ip): ClientIp, req: Request) -> PageResult {
    let (headers, f): (_, SendForm) = read(req, &state).await?;
    if !anonymous_ok(&state, &headers, SIGN_IN, &f.csrf) {
        return Err(PageError::Csrf);
    }
    let Ok(email) = Email::parse(&f.email) else {
        return Ok(sign_in_page(&state, &headers, StatusCode::UNPROCESSABLE_ENTITY, &f.email, "staff-email-wrong"));
    };
    care_team::send_sign_in(&state, &email, &ip).await?;
    Ok(sign_in_page(&state, &headers, StatusCode::OK, email.as_str(), "staff-signin-sent"))
}

/// Sign in with the code from the email, typed on any device.
pub async fn by_code(State(state): State<AppState>, ClientIp(ip): ClientIp, req: Request) -> PageResult {
    let (headers, f): (_, CodeForm) = read(req, &state).await?;
    if !anonymous_ok(&state, &headers, SIGN_IN, &f.csrf) {
        return Err(PageError::Csrf);
    }
    let Ok(email) = Email::parse(&f.email) else {
        return Ok(sign_in_page(&state, &headers, StatusCode::UNPROCESSABLE_ENTITY, &f.email, "staff-email-wrong"));
    };
    let token = match care_team::token_by_code(&state, &email, &f.code, &ip).await? {
        CodeOutcome::Found(token) => token,
        CodeOutcome::Wrong => {
            let event = AuditEvent::new(state.now(), None, Actor::Anonymous, "staff.code_refused").sampled(&ip);
            state.store.record_audit(&event).await?;
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return Ok(sign_in_page(&state, &headers, status, email.as_str(), "staff-code-wrong"));
        }
        CodeOutcome::Limited => {
            let status = StatusCode::TOO_MANY_REQUESTS;
            return Ok(sign_in_page(&state, &headers, status, email.as_str(), "staff-too-many"));
        }
    };
    signed_in(&state, &token, "code").await
}

async fn signed_in(state: &AppState, token: &StaffToken, how: &str) -> PageResult {
    let Some((secret, _)) = care_team::start_session(state, token, how).await? else {
        return Ok(dead());
    };
    let cookie = session::set_cookie(&secret, state.config.is_https());
    Ok(with_cookie(Redirect::to("/staff").into_response(), &cookie))
}

/// A used or expired link: say so, and offer a new one.
fn dead() -> Response {
    let t = lang::current();
    let p = LinkPage {
        t,
        here: "/staff/signin".into(),
        clinic_id: String::new(),
        csrf: String::new(),
        heading: t.t("staff-link-dead-heading"),
        explain: t.t("staff-link-dead"),
        button: String::new(),
        action: String::new(),
    };
    page(StatusCode::GONE, &p)
}

fn bound(token: &StaffToken) -> String {
    format!("staff-token:{}", token.id)
}

async fn landing_page(state: &AppState, headers: &HeaderMap, secret: &str, kind: StaffTokenKind) -> PageResult {
    let Some((token, member, clinic)) = care_team::token_by_secret(state, secret, kind).await? else {
        return Ok(dead());
    };
    let t = lang::current();
    let (csrf, cookie) = anonymous_csrf(state, headers, &bound(&token));
    let (heading, explain, button, action) = match kind {
        StaffTokenKind::SignIn => (
            t.f1("staff-link-title", "clinic", &clinic.name),
            t.t("staff-link-explain"),
            t.t("staff-link-button"),
            format!("/staff/s/{secret}"),
        ),
        StaffTokenKind::Invite => {
            let role = t.t(care_team::role_message(member.role));
            let args = [
                ("clinic", crate::i18n::Arg::Str(&clinic.name)),
                ("name", crate::i18n::Arg::Str(member.name.as_str())),
                ("role", crate::i18n::Arg::Str(&role)),
            ];
            (
                t.f1("staff-invite-title", "clinic", &clinic.name),
                t.f("staff-invite-explain", &args),
                t.t("staff-invite-button"),
                format!("/staff/invite/{secret}"),
            )
        }
    };
    let p =
        LinkPage { t, here: "/staff/signin".into(), clinic_id: String::new(), csrf, heading, explain, button, action };
    Ok(with_optional_cookie(page(StatusCode::OK, &p), cookie))
}

async fn press(state: &AppState, secret: &str, kind: StaffTokenKind, req: Request) -> PageResult {
    let (headers, f): (_, ButtonForm) = read(req, state).await?;
    let Some((token, _, _)) = care_team::token_by_secret(state, secret, kind).await? else {
        return Ok(dead());
    };
    if !anonymous_ok(state, &headers, &bound(&token), &f.csrf) {
        return Err(PageError::Csrf);
    }
    signed_in(state, &token, "link").await
}

pub async fn landing(State(state): State<AppState>, Path(token): Path<String>, headers: HeaderMap) -> PageResult {
    landing_page(&state, &headers, &token, StaffTokenKind::SignIn).await
}

pub async fn by_link(State(state): State<AppState>, Path(token): Path<String>, req: Request) -> PageResult {
    press(&state, &token, StaffTokenKind::SignIn, req).await
}

pub async fn invitation(State(state): State<AppState>, Path(token): Path<String>, headers: HeaderMap) -> PageResult {
    landing_page(&state, &headers, &token, StaffTokenKind::Invite).await
}

pub async fn accept(State(state): State<AppState>, Path(token): Path<String>, req: Request) -> PageResult {
    press(&state, &token, StaffTokenKind::Invite, req).await
}

#[derive(Deserialize)]
pub struct Nothing {}

pub async fn sign_out(State(state): State<AppState>, f: StaffForm<Nothing>) -> PageResult {
    let Staff { session, id_hash, member, clinic } = f.staff;
    let now = state.now();
    state.store.end_staff_session(&id_hash, now).await?;
    let event = AuditEvent::new(now, Some(&clinic.id), Actor::Staff(member.id.clone()), "staff.signed_out")
        .subject(session.id.as_str());
    state.store.record_audit(&event).await?;
    let cookie = session::clear_cookie(state.config.is_https());
    Ok(with_cookie(Redirect::to("/staff/signin").into_response(), &cookie))
}
