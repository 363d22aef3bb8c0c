//! `/p/for/l/{token}`: the one-tap link of a caregiver's reminder copy (`Links::issue_for_copy`).
//! The landing page (GET) consumes nothing and names nobody (a forwarded link tells its reader
//! no patient's name); its button (POST, once) asks the grant again, at that moment (revoked,
//! expired, no longer allowing appointments: the link is dead), uses the link and starts a
//! caregiver session that acts only under that grant, for its appointments, with the short
//! lifetimes of a patient's link session (15 minutes idle, 1 hour in all). Anything more (their
//! messages, whom else they help, passkeys, settings) asks the caregiver to sign in. A caregiver
//! already signed in on this browser keeps their session: the link is used, nothing narrowed.
//! Every opening and every refusal is audited under the grant.

use super::caregiver::{self, COOKIE};
use super::{PageError, PageResult, csrf, lang, page, with_cookie};
use crate::domain::{Act, Actor, AuthMethod, CareGrant};
use crate::i18n::Lang;
use crate::links::{LINK_SESSION_ABSOLUTE, LINK_SESSION_IDLE, LinkToken, random_secret, secret_hash};
use crate::state::AppState;
use crate::store::{AuditEvent, GrantLink, NewSession};
use crate::web::page::SupportCode;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

#[derive(Template)]
#[template(path = "caregiver_link.html")]
struct LinkPage {
    t: Lang,
    here: String,
    clinic_id: String,
    clinic: String,
    heading: &'static str,
    explain: &'static str,
    /// The link can be opened: the button's form posts back here.
    open: bool,
    token: String,
    csrf: String,
    code: &'static str,
}

fn bound(token: &str) -> String {
    format!("caregiver-link:{token}")
}

/// The page for a link that opens nothing (any more): why in general words, and the way to sign
/// in instead.
fn dead(state: &AppState, token: &str, seed: &str, status: StatusCode, code: SupportCode) -> Response {
    let view = LinkPage {
        t: lang::current(),
        here: format!("/p/for/l/{token}"),
        clinic_id: String::new(),
        clinic: String::new(),
        heading: "caregiver-link-dead-heading",
        explain: "caregiver-link-dead-explain",
        open: false,
        token: String::new(),
        csrf: csrf::form_token(&state.links.keys.ring(), seed, &bound(token)),
        code: code.as_str(),
    };
    page(status, &view)
}

/// What a presented token comes to: its stored link and the grant it was sent under, if both
/// still open it at `now`; else the refusal, already audited.
async fn live_link(
    state: &AppState,
    token: &str,
    now: jiff::Timestamp,
) -> PageResult<Result<(GrantLink, CareGrant), (StatusCode, SupportCode)>> {
    let Ok(verified) = LinkToken::verify(token, &state.links.keys.ring()) else {
        return Ok(Err((StatusCode::NOT_FOUND, SupportCode::LnkMalformed)));
    };
    let Some(link) = state.store.grant_link(verified.lookup()).await? else {
        return Ok(Err((StatusCode::NOT_FOUND, SupportCode::LnkUnknown)));
    };
    let grant = state.store.grant(&link.grant_id).await?;
    let why = match &grant {
        _ if link.consumed_at.is_some() => Some("used"),
        _ if link.expires_at <= now => Some("expired"),
        None => Some("no_grant"),
        Some(g) if g.grantee.is_none() => Some("not_accepted"),
        Some(g) => {
            let clinic = state.store.clinic(&g.clinic_id).await?;
            let patient = state.store.patient(&g.clinic_id, &g.patient_id).await?;
            match (clinic, patient) {
                (Some(c), Some(p)) => g.allows_for(Some(Act::Appointments), now, (&p, &c)).err().map(|r| r.as_str()),
                _ => Some("no_grant"),
            }
        }
    };
    match (why, grant) {
        (None, Some(g)) => Ok(Ok((link, g))),
        (why, g) => {
            let why = why.unwrap_or("no_grant");
            let actor = g.as_ref().and_then(|g| g.grantee.clone()).map(Actor::Person).unwrap_or(Actor::Anonymous);
            let mut event = AuditEvent::new(now, g.as_ref().map(|g| &g.clinic_id), actor, "grant_link.refused")
                .detail(serde_json::json!({ "grant": link.grant_id.as_str(), "why": why }).to_string());
            if let Some(g) = &g {
                event = event.subject(g.patient_id.as_str());
                event.for_patient = Some(g.patient_id.to_string());
            }
            let _ = state.store.record_audit(&event).await;
            let status = if why == "used" || why == "expired" { StatusCode::GONE } else { StatusCode::FORBIDDEN };
            Ok(Err((status, SupportCode::Grant)))
        }
    }
}

pub async fn landing(State(state): State<AppState>, Path(token): Path<String>, headers: HeaderMap) -> PageResult {
    let (seed, fresh) = csrf::seed_or_new(&headers);
    let resp = match live_link(&state, &token, state.now()).await? {
        Err((status, code)) => dead(&state, &token, &seed, status, code),
        Ok((_, grant)) => {
            let clinic = state.store.clinic(&grant.clinic_id).await?.map(|c| c.name).unwrap_or_default();
            let view = LinkPage {
                t: lang::current(),
                here: format!("/p/for/l/{token}"),
                clinic_id: grant.clinic_id.to_string(),
                clinic,
                heading: "caregiver-link-heading",
                explain: "caregiver-link-explain",
                open: true,
                csrf: csrf::form_token(&state.links.keys.ring(), &seed, &bound(&token)),
                token,
                code: "",
            };
            page(StatusCode::OK, &view)
        }
    };
    Ok(if fresh { with_cookie(resp, &csrf::set_cookie(&seed, state.config.is_https())) } else { resp })
}

#[derive(serde::Deserialize, Default)]
struct OpenForm {
    #[serde(default)]
    csrf: String,
}

/// The caregiver's live, full session on this browser, if it is the grantee's.
async fn signed_in_as(state: &AppState, headers: &HeaderMap, grant: &CareGrant, now: jiff::Timestamp) -> bool {
    let Some(value) = crate::web::cookie::value(headers, COOKIE).filter(|v| v.len() == 43) else { return false };
    match state.store.caregiver_session(&secret_hash(&value)).await {
        Ok(Some(s)) => s.live(now) && s.only_grant.is_none() && Some(&s.person_id) == grant.grantee.as_ref(),
        _ => false,
    }
}

pub async fn open(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> PageResult {
    let now = state.now();
    let seed = csrf::seed_from(&headers).ok_or(PageError::Csrf)?;
    let form: OpenForm = serde_urlencoded::from_bytes(&body).map_err(|_| PageError::BadForm)?;
    if !(csrf::same_origin(&headers, &state.config)
        && csrf::check(&state.links.keys.ring(), &seed, &bound(&token), &form.csrf))
    {
        return Err(PageError::Csrf);
    }
    let (link, grant) = match live_link(&state, &token, now).await? {
        Ok(found) => found,
        Err((status, code)) => return Ok(dead(&state, &token, &seed, status, code)),
    };
    let Some(person) = grant.grantee.clone() else { return Err(PageError::NotFound) };
    let keep = signed_in_as(&state, &headers, &grant, now).await;
    let fresh = if keep {
        None
    } else {
        let secret = random_secret().map_err(PageError::internal)?;
        let session = NewSession {
            id: crate::domain::SessionId::new(),
            id_hash: secret_hash(&secret),
            created_at: now,
            idle_expires_at: now + LINK_SESSION_IDLE,
            expires_at: now + LINK_SESSION_ABSOLUTE,
            signed_in_with: AuthMethod::Link,
            stepped_up_with: None,
        };
        Some((secret, session))
    };
    let opened = state.store.consume_grant_link(&link.lookup, now, fresh.as_ref().map(|(_, s)| (&person, s))).await?;
    if !opened {
        // Another click won the race for the one use.
        return Ok(dead(&state, &token, &seed, StatusCode::GONE, SupportCode::Grant));
    }
    let event = AuditEvent::new(now, Some(&grant.clinic_id), Actor::Person(person), "grant_link.opened").under_grant(
        &grant,
        link.appointment_id.as_deref(),
        AuthMethod::Link,
    );
    let _ = state.store.record_audit(&event).await;
    let to = Redirect::to(&format!("/p/for/{}/appointments", grant.patient_id)).into_response();
    Ok(match fresh {
        Some((secret, _)) => {
            with_cookie(to, &caregiver::set_cookie_for(&secret, state.config.is_https(), LINK_SESSION_ABSOLUTE))
        }
        None => to,
    })
}
