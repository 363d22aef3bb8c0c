//! `/c`: a link's code, typed on any device, for a link that will not open. GET shows the
//! form and changes nothing; POST redeems the code's link exactly as the link's own button
//! does (one use between them, the same session, cookie and destination). How codes are made
//! and stored, and what guessing one costs an attacker, is in `crate::links::LinkCode`.
//!
//! Limits: 10 tries an hour per client address, like requests for a new link, counting an
//! IPv6 client by its /64 (one host usually holds a whole /64); 5 tries per code; and at
//! most `WRONG_PER_HOUR` wrong codes an hour across the service, past which every try is
//! refused until the hour has passed (links keep working), so that many addresses together
//! cannot search the space either.

use super::links::{REQUEST_PER_IP, allowed, audit, forbidden, request_page, too_many};
use super::{PageError, PageResult, csrf, lang, page, session, with_cookie};
use crate::domain::Actor;
use crate::i18n::Lang;
use crate::links::{CodeRedeemed, LINK_SESSION_ABSOLUTE, LinkCode, destination};
use crate::state::AppState;
use crate::store::{AuditEvent, LinkRefusal};
use crate::web::client_ip::ClientIp;
use crate::web::page::{Notice, SupportCode};
use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::extract::rejection::FormRejection;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use jiff::SignedDuration;
use serde::Deserialize;
use std::net::IpAddr;

/// Wrong codes an hour across the whole service before codes pause.
const WRONG_PER_HOUR: i64 = 300;
/// The bucket every wrong code counts in.
const WRONG_BUCKET: &str = "code:wrong:all";
/// What the CSRF token of the form is bound to.
const BOUND: &str = "code";

#[derive(Template)]
#[template(path = "code.html")]
struct CodePage {
    t: Lang,
    here: String,
    clinic_id: String,
    csrf: String,
    /// The message id of what went wrong, or empty.
    problem: &'static str,
    support: &'static str,
}

#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    code: String,
}

fn code_page(
    state: &AppState,
    seed: &str,
    status: StatusCode,
    problem: &'static str,
    support: SupportCode,
) -> Response {
    let ring = state.links.keys.ring();
    page(
        status,
        &CodePage {
            t: lang::current(),
            here: "/c".into(),
            clinic_id: String::new(),
            csrf: csrf::form_token(&ring, seed, BOUND),
            problem,
            support: support.as_str(),
        },
    )
}

/// `GET /c`: the form (and the CSRF cookie, when the device has none yet).
pub async fn form(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let (seed, fresh) = csrf::seed_or_new(&headers);
    let resp = code_page(&state, &seed, StatusCode::OK, "", SupportCode::None);
    if fresh { with_cookie(resp, &csrf::set_cookie(&seed, state.config.is_https())) } else { resp }
}

/// `POST /c`: redeem the link the code belongs to.
pub async fn redeem(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    form: Result<Form<CodeForm>, FormRejection>,
) -> PageResult {
    if !csrf::same_origin(&headers, &state.config) {
        return Err(forbidden(SupportCode::CsrfOrigin));
    }
    let ring = state.links.keys.ring();
    let Some(seed) = csrf::seed_from(&headers) else {
        return Err(forbidden(SupportCode::CsrfCookie));
    };
    let Ok(Form(form)) = form else {
        return Err(PageError::BadForm);
    };
    if !csrf::check(&ring, &seed, BOUND, &form.csrf) {
        return Err(forbidden(SupportCode::CsrfToken));
    }
    let Ok(code) = LinkCode::parse(&form.code) else {
        return Ok(code_page(&state, &seed, StatusCode::UNPROCESSABLE_ENTITY, "code-format", SupportCode::CodeFormat));
    };
    if !allowed(&state, &format!("code:net:{}", network(&ip)), REQUEST_PER_IP).await {
        return Ok(too_many());
    }
    let now = state.now();
    if paused(&state).await {
        return Ok(paused_page());
    }
    let redeemed =
        state.links.redeem_code(&code, now).await.map_err(|e| PageError::internal(format!("redeeming a code: {e}")))?;
    let refused = |clinic, detail: &str| {
        AuditEvent::new(now, clinic, Actor::Anonymous, "link.code_refused").detail(detail).sampled(&ip)
    };
    Ok(match redeemed {
        CodeRedeemed::Session { link, cookie_value } => {
            state.metrics.event("links_redeemed", link.purpose.as_str());
            state.metrics.event("link_codes", "redeemed");
            // `link.redeemed` was recorded with the redemption; this says it came by code.
            audit(
                &state,
                AuditEvent::new(now, Some(&link.clinic_id), Actor::Patient(link.patient_id.clone()), "link.code_used")
                    .auth(crate::domain::AuthMethod::Code.as_str())
                    .subject(link.id.as_str()),
            )
            .await;
            let cookie = session::set_cookie(&cookie_value, state.config.is_https(), LINK_SESSION_ABSOLUTE.as_secs());
            with_cookie(Redirect::to(&destination(&link)).into_response(), &cookie)
        }
        CodeRedeemed::Refused(link, why) => {
            state.metrics.event("link_codes", why.code());
            audit(&state, refused(Some(&link.clinic_id), why.code()).subject(link.id.as_str())).await;
            request_page(&state, "/c", refusal_words(why), &seed, why.code())
        }
        CodeRedeemed::Locked(link) => {
            let support = SupportCode::CodeLocked.as_str();
            state.metrics.event("link_codes", support);
            audit(&state, refused(Some(&link.clinic_id), support).subject(link.id.as_str())).await;
            request_page(&state, "/c", ("code-locked-heading", "code-locked-explain"), &seed, support)
        }
        CodeRedeemed::Wrong => {
            state.metrics.event("link_codes", SupportCode::CodeWrong.as_str());
            if let Err(e) = state.store.rate_hit(WRONG_BUCKET, now, now - SignedDuration::from_hours(1)).await {
                tracing::error!(error = %e, "could not count a wrong code");
            }
            audit(&state, refused(None, SupportCode::CodeWrong.as_str())).await;
            code_page(&state, &seed, StatusCode::UNPROCESSABLE_ENTITY, "code-wrong", SupportCode::CodeWrong)
        }
    })
}

fn refusal_words(why: LinkRefusal) -> (&'static str, &'static str) {
    match why {
        LinkRefusal::Used => ("code-used-heading", "code-used-explain"),
        LinkRefusal::Expired => ("code-expired-heading", "code-expired-explain"),
        LinkRefusal::Revoked | LinkRefusal::Superseded => ("code-locked-heading", "link-revoked-explain"),
    }
}

/// Whether the service has had its wrong codes for the hour (a failing count pauses too).
async fn paused(state: &AppState) -> bool {
    let now = state.now();
    match state.store.count_hits(WRONG_BUCKET, now - SignedDuration::from_hours(1)).await {
        Ok(n) => n >= WRONG_PER_HOUR,
        Err(e) => {
            tracing::error!(error = %e, "rate limiter unavailable; refusing codes");
            true
        }
    }
}

fn paused_page() -> Response {
    let code = SupportCode::RateCodes.as_str();
    let mut resp = page(StatusCode::TOO_MANY_REQUESTS, &Notice::new("link-wait-heading", "code-paused-explain", code));
    resp.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("3600"));
    resp
}

/// The rate-limit name of a client: its address, or for IPv6 its /64.
fn network(ip: &str) -> String {
    match ip.parse::<IpAddr>() {
        Ok(IpAddr::V6(v6)) if v6.to_ipv4_mapped().is_none() => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
        Ok(addr) => addr.to_canonical().to_string(),
        Err(_) => ip.to_string(),
    }
}

#[cfg(test)]
#[path = "code_tests.rs"]
mod tests;
