//! `/l/{token}`: the landing page (GET, consumes nothing), redemption (POST, once), and the
//! ways to ask for a fresh link when one no longer works.

use super::{Notice, PageError, PageResult, appointment, csrf, lang, page, session, with_cookie};
use crate::domain::{AppointmentId, AuthMethod, Channel, DeliveryPurpose, Email, Phone, Purpose};
use crate::i18n::Lang;
use crate::links::{LINK_SESSION_ABSOLUTE, LinkToken, Redeemed, destination};
use crate::state::AppState;
use crate::store::Delivery;
use crate::store::{AuditEvent, Link, LinkRefusal, LinkView};
use crate::web::client_ip::ClientIp;
use crate::web::page::SupportCode;
use askama::Template;
use axum::Form;
use axum::extract::rejection::FormRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use jiff::SignedDuration;
use ring::digest;
use serde::Deserialize;

/// Renewals per link holder and per address, per hour.
const RENEW_PER_PATIENT: i64 = 3;
const RENEW_PER_IP: i64 = 20;
const REQUEST_PER_CONTACT: i64 = 3;
/// Requests for a new link per address, per hour; tries of a code have the same limit.
pub(super) const REQUEST_PER_IP: i64 = 10;

#[derive(Template)]
#[template(path = "landing.html")]
struct Landing {
    t: Lang,
    here: String,
    clinic_id: String,
    clinic: String,
    heading: &'static str,
    explain: &'static str,
    button: &'static str,
    /// A second button that only opens the page, where the first one also acts (an
    /// appointment link: "Confirm I will come", then "See or change").
    open_button: Option<&'static str>,
    token: String,
    csrf: String,
    /// The link's code, for another device, and where to type it.
    link_code: Option<String>,
    code_url: String,
}

#[derive(Template)]
#[template(path = "link_refused.html")]
struct Refused {
    t: Lang,
    here: String,
    clinic_id: String,
    clinic: Option<String>,
    heading: &'static str,
    explain: &'static str,
    renew_token: Option<String>,
    csrf: String,
    code: &'static str,
    /// Point to `/c`: the message may have a code that works where the link does not.
    offer_code: bool,
}

#[derive(Deserialize)]
pub struct CsrfForm {
    #[serde(default)]
    csrf: String,
    /// Which button of the landing page: `confirm` (an appointment link's main button) or
    /// anything else, which only opens the page.
    #[serde(default)]
    then: String,
}

#[derive(Deserialize)]
pub struct RequestForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    contact: String,
}

/// Message ids of the landing page: heading, explanation, button. (An appointment link's
/// button confirms; `open_button` adds the one that only opens the page.)
fn words(purpose: Purpose) -> (&'static str, &'static str, &'static str) {
    match purpose {
        Purpose::SignIn => ("landing-signin-heading", "landing-signin-explain", "landing-signin-button"),
        Purpose::Appointment => ("landing-appointment-heading", "landing-appointment-explain", "appointment-confirm"),
        Purpose::Thread => ("landing-thread-heading", "landing-thread-explain", "landing-thread-button"),
        Purpose::Refill => ("landing-refill-heading", "landing-refill-explain", "landing-refill-button"),
        Purpose::Settings => ("landing-settings-heading", "landing-settings-explain", "landing-settings-button"),
        Purpose::Household => ("landing-household-heading", "landing-household-explain", "landing-household-button"),
    }
}

fn refusal_words(why: LinkRefusal) -> (&'static str, &'static str) {
    match why {
        LinkRefusal::Used => ("link-used-heading", "link-used-explain"),
        LinkRefusal::Expired => ("link-expired-heading", "link-expired-explain"),
        LinkRefusal::Revoked | LinkRefusal::Superseded => ("link-revoked-heading", "link-revoked-explain"),
    }
}

fn refused_page(state: &AppState, view: &LinkView, token: &str, why: LinkRefusal, seed: &str) -> Response {
    let (heading, explain) = refusal_words(why);
    let ring = state.links.keys.ring();
    page(
        StatusCode::GONE,
        &Refused {
            t: lang::for_patient(&view.language),
            here: format!("/l/{token}"),
            clinic_id: view.link.clinic_id.to_string(),
            clinic: Some(view.clinic_name.clone()),
            heading,
            explain,
            renew_token: Some(token.to_string()),
            csrf: csrf::form_token(&ring, seed, &format!("renew:{token}")),
            code: why.code(),
            offer_code: false,
        },
    )
}

/// The page for a token that is not a link (`token` is where the language switch comes back
/// to). A mangled link is what codes are for, so it points to `/c`.
fn invalid_page(state: &AppState, token: &str, seed: &str, code: &'static str) -> Response {
    let words = ("link-bad-heading", "link-bad-explain");
    asking_page(state, StatusCode::NOT_FOUND, &format!("/l/{token}"), words, seed, code, true)
}

/// A 410 refusal (of a code) that offers the request form for a new link, there being no
/// link to renew: `words` are its heading and explanation, `here` where the language switch
/// comes back to.
pub(super) fn request_page(
    state: &AppState,
    here: &str,
    words: (&'static str, &'static str),
    seed: &str,
    code: &'static str,
) -> Response {
    asking_page(state, StatusCode::GONE, here, words, seed, code, false)
}

fn asking_page(
    state: &AppState,
    status: StatusCode,
    here: &str,
    (heading, explain): (&'static str, &'static str),
    seed: &str,
    code: &'static str,
    offer_code: bool,
) -> Response {
    let ring = state.links.keys.ring();
    page(
        status,
        &Refused {
            t: lang::current(),
            here: here.to_string(),
            clinic_id: String::new(),
            clinic: None,
            heading,
            explain,
            renew_token: None,
            csrf: csrf::form_token(&ring, seed, "request"),
            code,
            offer_code,
        },
    )
}

pub(super) fn forbidden(code: SupportCode) -> PageError {
    PageError::Notice {
        status: StatusCode::FORBIDDEN,
        heading: "page-session-heading",
        explain: "link-reopen-explain",
        code,
    }
}

pub(super) async fn audit(state: &AppState, event: AuditEvent) {
    if let Err(e) = state.store.record_audit(&event).await {
        tracing::error!(error = %e, action = %event.action, "could not record an audit event");
    }
}

pub async fn landing(State(state): State<AppState>, Path(token): Path<String>, headers: HeaderMap) -> PageResult {
    let (seed, fresh) = csrf::seed_or_new(&headers);
    let resp = landing_page(&state, &token, &seed).await?;
    Ok(if fresh { with_cookie(resp, &csrf::set_cookie(&seed, state.config.is_https())) } else { resp })
}

async fn landing_page(state: &AppState, token: &str, seed: &str) -> PageResult {
    let ring = state.links.keys.ring();
    let verified = match LinkToken::verify(token, &ring) {
        Ok(t) => t,
        Err(e) => {
            state.metrics.event("links_refused", e.code());
            return Ok(invalid_page(state, token, seed, e.code()));
        }
    };
    let Some(view) = state.store.link_by_lookup(verified.lookup()).await? else {
        return Ok(invalid_page(state, token, seed, SupportCode::LnkUnknown.as_str()));
    };
    if let Some(why) = view.link.refusal(state.now()) {
        return Ok(refused_page(state, &view, token, why, seed));
    }
    let (heading, explain, button) = words(view.link.purpose);
    let link_code = state.links.code_of(&verified, &view.link).map(|c| c.display());
    Ok(page(
        StatusCode::OK,
        &Landing {
            t: lang::for_patient(&view.language),
            here: format!("/l/{token}"),
            clinic_id: view.link.clinic_id.to_string(),
            clinic: view.clinic_name.clone(),
            heading,
            explain,
            button,
            open_button: (view.link.purpose == Purpose::Appointment).then_some("landing-appointment-see"),
            token: token.to_string(),
            csrf: csrf::form_token(&ring, seed, &format!("link:{token}")),
            link_code,
            code_url: state.links.code_url(),
        },
    ))
}

pub async fn redeem(
    State(state): State<AppState>,
    Path(token): Path<String>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    form: Result<Form<CsrfForm>, FormRejection>,
) -> PageResult {
    let now = state.now();
    let ring = state.links.keys.ring();
    if !csrf::same_origin(&headers, &state.config) {
        return Err(forbidden(SupportCode::CsrfOrigin));
    }
    let verified = match LinkToken::verify(&token, &ring) {
        Ok(t) => t,
        Err(e) => {
            state.metrics.event("links_refused", e.code());
            audit(
                &state,
                AuditEvent::new(now, None, crate::domain::Actor::Anonymous, "link.refused")
                    .detail(e.code())
                    .sampled(&ip),
            )
            .await;
            let seed = csrf::seed_from(&headers).unwrap_or_default();
            return Ok(invalid_page(&state, &token, &seed, e.code()));
        }
    };
    let Some(seed) = csrf::seed_from(&headers) else {
        return Err(forbidden(SupportCode::CsrfCookie));
    };
    let (presented, then) = form.ok().map(|f| (f.0.csrf, f.0.then)).unwrap_or_default();
    if !csrf::check(&ring, &seed, &format!("link:{token}"), &presented) {
        return Err(forbidden(SupportCode::CsrfToken));
    }
    let redeemed =
        state.links.redeem(&verified, now).await.map_err(|e| PageError::internal(format!("redeeming a link: {e}")))?;
    Ok(match redeemed {
        Redeemed::Session { link, cookie_value } => {
            state.metrics.event("links_redeemed", link.purpose.as_str());
            let cookie = session::set_cookie(&cookie_value, state.config.is_https(), LINK_SESSION_ABSOLUTE.as_secs());
            let to = if then == "confirm" { confirm_from_link(&state, &link).await } else { destination(&link) };
            with_cookie(Redirect::to(&to).into_response(), &cookie)
        }
        Redeemed::Refused(link, why) => {
            state.metrics.event("links_refused", why.code());
            audit(
                &state,
                AuditEvent::new(now, Some(&link.clinic_id), crate::domain::Actor::Anonymous, "link.refused")
                    .subject(link.id.as_str())
                    .detail(why.code())
                    .sampled(&ip),
            )
            .await;
            match state.store.link_by_lookup(verified.lookup()).await {
                Ok(Some(view)) => refused_page(&state, &view, &token, why, &seed),
                _ => invalid_page(&state, &token, &seed, why.code()),
            }
        }
        Redeemed::NotFound => {
            state.metrics.event("links_refused", "LNK-UNKNOWN");
            invalid_page(&state, &token, &seed, SupportCode::LnkUnknown.as_str())
        }
    })
}

/// "Confirm I will come" on an appointment link's landing page: confirm the appointment as
/// its page would, and land there with the outcome shown. The link is already used and the
/// session started, so whatever goes wrong here still lands on the page (with a notice),
/// never on an error the patient could not get past.
async fn confirm_from_link(state: &AppState, link: &Link) -> String {
    let page = destination(link);
    let id = link.subject_id.as_deref().and_then(|s| AppointmentId::parse(s).ok());
    let (Purpose::Appointment, Some(id)) = (link.purpose, id) else {
        return page;
    };
    let done = match state.store.appointment(&link.clinic_id, &id).await {
        Ok(Some(mut a)) if a.patient_id == link.patient_id => {
            let ids = (&link.clinic_id, &link.patient_id);
            match appointment::confirm_for_patient(state, ids, &mut a, AuthMethod::Link.as_str().into()).await {
                Ok(done) => done,
                Err(e) => {
                    tracing::error!(error = %e, "confirming from a link failed");
                    "confirm-failed"
                }
            }
        }
        // Not this patient's (the API never issues such a link): the page says "not found".
        Ok(_) => return page,
        Err(e) => {
            tracing::error!(error = %e, "loading an appointment to confirm from a link failed");
            "confirm-failed"
        }
    };
    format!("{page}?done={done}")
}

fn on_its_way() -> Response {
    page(StatusCode::OK, &Notice::new("link-sent-heading", "link-sent-explain", ""))
}

pub(super) async fn allowed(state: &AppState, bucket: &str, limit: i64) -> bool {
    let now = state.now();
    match state.store.rate_hit(bucket, now, now - SignedDuration::from_hours(1)).await {
        Ok(n) => n <= limit,
        Err(e) => {
            tracing::error!(error = %e, "rate limiter unavailable; refusing");
            false
        }
    }
}

pub async fn renew(
    State(state): State<AppState>,
    Path(token): Path<String>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    form: Result<Form<CsrfForm>, FormRejection>,
) -> PageResult {
    let ring = state.links.keys.ring();
    if !csrf::same_origin(&headers, &state.config) {
        return Err(forbidden(SupportCode::CsrfOrigin));
    }
    let Ok(verified) = LinkToken::verify(&token, &ring) else {
        return Err(forbidden(SupportCode::LnkMalformed));
    };
    let seed = csrf::seed_from(&headers).unwrap_or_default();
    let presented = form.ok().map(|f| f.0.csrf).unwrap_or_default();
    if !csrf::check(&ring, &seed, &format!("renew:{token}"), &presented) {
        return Err(forbidden(SupportCode::CsrfToken));
    }
    if !allowed(&state, &format!("renew:ip:{ip}"), RENEW_PER_IP).await {
        return Ok(too_many());
    }
    let Some(view) = state.store.link_by_lookup(verified.lookup()).await? else {
        return Ok(on_its_way());
    };
    let link = &view.link;
    if !allowed(&state, &format!("renew:patient:{}", link.patient_id), RENEW_PER_PATIENT).await {
        // Same answer as success: the holder learns nothing from the limit.
        return Ok(on_its_way());
    }
    if let Err(e) = resend(&state, link).await {
        tracing::error!(error = %e, "sending a renewed link failed");
    }
    Ok(on_its_way())
}

/// Queue a link like `old` to the patient's first channel that can receive.
async fn resend(state: &AppState, old: &crate::store::Link) -> anyhow::Result<()> {
    let now = state.now();
    let Some(patient) = state.store.patient(&old.clinic_id, &old.patient_id).await? else {
        return Ok(());
    };
    let Some(channel) = patient.first_channel() else {
        return Ok(());
    };
    let d = link_delivery(&patient, channel, old.purpose, old.subject_id.clone(), now);
    audit(
        state,
        AuditEvent::new(
            now,
            Some(&patient.clinic_id),
            crate::domain::Actor::Patient(patient.id.clone()),
            "link.renewed",
        )
        .subject(d.id.as_str())
        .detail(format!("replaces={}", old.id)),
    )
    .await;
    state.dispatcher.enqueue(&[d]).await
}

fn link_delivery(
    patient: &crate::store::Patient,
    channel: Channel,
    purpose: Purpose,
    subject_id: Option<String>,
    now: jiff::Timestamp,
) -> Delivery {
    let mut d = Delivery::new(patient, DeliveryPurpose::Link, channel, now, now);
    d.link_purpose = Some(purpose);
    d.subject_id = subject_id;
    d.not_after = Some(now + SignedDuration::from_secs(purpose.default_ttl_seconds()));
    d
}

pub(super) fn too_many() -> Response {
    let code = SupportCode::RateIp.as_str();
    let mut resp = page(StatusCode::TOO_MANY_REQUESTS, &Notice::new("link-wait-heading", "link-wait-explain", code));
    resp.headers_mut().insert(header::RETRY_AFTER, axum::http::HeaderValue::from_static("3600"));
    resp
}

/// Ask for a sign-in link by phone or email. The answer and its timing are the same whether
/// or not anyone has that contact point: the lookup and sending happen after the answer.
pub async fn request_new(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    form: Result<Form<RequestForm>, FormRejection>,
) -> PageResult {
    if !csrf::same_origin(&headers, &state.config) {
        return Err(forbidden(SupportCode::CsrfOrigin));
    }
    let ring = state.links.keys.ring();
    let seed = csrf::seed_from(&headers).unwrap_or_default();
    let Ok(Form(form)) = form else {
        return Err(forbidden(SupportCode::CsrfToken));
    };
    if !csrf::check(&ring, &seed, "request", &form.csrf) {
        return Err(forbidden(SupportCode::CsrfToken));
    }
    let contact = form.contact.trim();
    let parsed = if contact.starts_with('+') {
        Phone::parse(contact).map(|p| (Channel::Sms, p.to_string()))
    } else {
        Email::parse(contact).map(|e| (Channel::Email, e.to_string()))
    };
    let Ok((channel, address)) = parsed else {
        let mut n = Notice::new("link-check-heading", "link-check-explain", SupportCode::ReqFormat.as_str());
        n.show_request_form = true;
        n.csrf = csrf::form_token(&ring, &seed, "request");
        return Ok(page(StatusCode::UNPROCESSABLE_ENTITY, &n));
    };
    if !allowed(&state, &format!("request:ip:{ip}"), REQUEST_PER_IP).await {
        return Ok(too_many());
    }
    let contact_key = hex(digest::digest(&digest::SHA256, address.as_bytes()).as_ref());
    let state2 = state.clone();
    tokio::spawn(async move {
        if !allowed(&state2, &format!("request:contact:{contact_key}"), REQUEST_PER_CONTACT).await {
            return;
        }
        if let Err(e) = send_sign_in_links(&state2, channel, &address).await {
            tracing::error!(error = %e, "sending requested links failed");
        }
    });
    Ok(on_its_way())
}

async fn send_sign_in_links(state: &AppState, channel: Channel, address: &str) -> anyhow::Result<()> {
    let now = state.now();
    let mut queued = vec![];
    for patient in state.store.patients_by_contact(channel, address, 5).await? {
        // Send to the point that was asked for, never to another one on file.
        if !patient.can_receive(channel) {
            continue;
        }
        let d = link_delivery(&patient, channel, Purpose::SignIn, None, now);
        audit(
            state,
            AuditEvent::new(now, Some(&patient.clinic_id), crate::domain::Actor::Anonymous, "link.requested")
                .subject(d.id.as_str())
                .detail(channel.as_str()),
        )
        .await;
        queued.push(d);
    }
    state.dispatcher.enqueue(&queued).await
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
