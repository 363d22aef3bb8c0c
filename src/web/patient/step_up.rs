//! Step-up before health details. A link session proves only that someone holds the phone
//! or inbox; reading messages needs a second proof: a one-time code sent to the patient's
//! other contact point, or the date of birth (by default only for a patient with no other
//! contact point, who would otherwise have no way in; clinics may turn it on for everyone
//! or off). The page names exactly the ways that work for this patient, or what to ask the
//! clinic for when none does. At most 5 tries an
//! hour per patient, and a hard stop after 20 failures in a row until the clinic helps
//! (NIST SP 800-63B 3.2.2; see docs/SECURITY.md). Success rotates the session id (no fixation) and gives
//! it the stepped-up limits: 1 h idle, 24 h absolute.

use super::pages::context;
use super::{
    CallNumber, PageError, PageResult, PatientSession, SessionForm, clinic_number, csrf, lang, page, session,
    with_cookie,
};
use crate::domain::{AuthMethod, BirthDateStepUp, Channel};
use crate::i18n::{Arg, Lang};
use crate::links::{constant_time_eq, random_secret, secret_hash};
use crate::notify::Recipient;
use crate::state::AppState;
use crate::store::{AuditEvent, Clinic, NewSession, Patient};
use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect};
use jiff::SignedDuration;
use ring::rand::{SecureRandom, SystemRandom};
use serde::Deserialize;

pub const STEPPED_UP_IDLE: SignedDuration = SignedDuration::from_hours(1);
pub const STEPPED_UP_ABSOLUTE: SignedDuration = SignedDuration::from_hours(24);
const CODE_LIFETIME: SignedDuration = SignedDuration::from_mins(10);
pub(super) const TRIES_PER_HOUR: i64 = 5;
const SENDS_PER_HOUR: i64 = 3;
pub(super) const HARD_STOP: i64 = 20;

/// A new session with the stepped-up limits, proved `with` (a step-up keeps the sign-in of
/// the session it replaces; a passkey sign-in begins with the passkey), and the secret its
/// cookie carries.
pub(super) fn stepped_up_session(now: jiff::Timestamp, with: AuthMethod) -> PageResult<(String, NewSession)> {
    let secret = random_secret().map_err(PageError::internal)?;
    let new = NewSession {
        id: crate::domain::SessionId::new(),
        id_hash: secret_hash(&secret),
        created_at: now,
        idle_expires_at: now + STEPPED_UP_IDLE,
        expires_at: now + STEPPED_UP_ABSOLUTE,
        signed_in_with: with,
        stepped_up_with: Some(with),
    };
    Ok((secret, new))
}

/// Whether this session has proved who it is.
pub fn stepped_up(s: &PatientSession) -> bool {
    s.session.stepped_up_at.is_some()
}

/// Changes that could take over the account (a new phone or email) need a step-up this
/// recent, not merely one earlier in the session.
pub const FRESH: SignedDuration = SignedDuration::from_mins(20);

/// Health details need a stepped-up session; otherwise answer with the step-up page for
/// `next` (the page to come back to).
pub async fn require(state: &AppState, headers: &HeaderMap, s: &PatientSession, next: &str) -> PageResult<()> {
    if stepped_up(s) {
        return Ok(());
    }
    Err(PageError::Respond(Box::new(prompt(state, headers, s, next, "", None).await?)))
}

/// Like `require`, but the step-up must be at most `FRESH` old.
pub async fn require_fresh(state: &AppState, headers: &HeaderMap, s: &PatientSession, next: &str) -> PageResult<()> {
    if s.session.stepped_up_at.is_some_and(|at| state.now().duration_since(at) <= FRESH) {
        return Ok(());
    }
    Err(PageError::Respond(Box::new(prompt(state, headers, s, next, "", None).await?)))
}

#[derive(Template)]
#[template(path = "step_up.html")]
struct StepUpPage {
    t: Lang,
    here: String,
    clinic_id: String,
    clinic: String,
    clinic_phone: Option<CallNumber>,
    next: String,
    csrf: String,
    problem: String,
    locked: bool,
    /// Where a code would go (masked).
    code_channel: Option<String>,
    code_sent_to: Option<String>,
    birth_date_allowed: bool,
    /// The ways that work for this patient, in words ("" when none does).
    ways: String,
    /// Why no way works, as a message id ("" when one does).
    no_way: &'static str,
}

/// Where a code goes: a contact point other than the one the patient reaches first (the
/// one links usually go to), so the code is a second factor, not the same inbox twice.
pub(super) fn code_channel(p: &Patient) -> Option<Channel> {
    let first = p.first_channel()?;
    p.channels.as_slice().iter().copied().find(|c| *c != first && p.can_receive(*c))
}

fn masked(p: &Patient, c: Channel) -> String {
    match c {
        Channel::Sms => p.phone.as_ref().map(|x| x.masked()).unwrap_or_default(),
        Channel::Email => p.email.as_ref().map(|x| x.masked()).unwrap_or_default(),
    }
}

/// Whether this patient may step up with their date of birth: they have one on file, and the
/// clinic's setting allows it for a patient with (or without) a second contact point.
fn birth_date_allowed(clinic: &Clinic, p: &Patient) -> bool {
    p.birth_date.is_some() && clinic.step_up_birth_date.allows(code_channel(p).is_some())
}

/// The ways that work for this patient, named: where the code would go, the date of birth,
/// or both; "" when neither does.
fn ways(t: Lang, clinic: &Clinic, p: &Patient) -> String {
    let birth_date = birth_date_allowed(clinic, p);
    match code_channel(p) {
        Some(c) => {
            let dest = masked(p, c);
            let id = if birth_date { "step-up-ways-code-or-birth-date" } else { "step-up-ways-code" };
            t.f(id, &[("channel", Arg::Str(c.as_str())), ("destination", Arg::Str(&dest))])
        }
        None if birth_date => t.t("step-up-ways-birth-date"),
        None => String::new(),
    }
}

/// Why neither a code nor the date of birth works for this patient, as the message that says
/// what to ask the clinic for; "" when one of them works.
fn no_way(clinic: &Clinic, p: &Patient) -> &'static str {
    if code_channel(p).is_some() || birth_date_allowed(clinic, p) {
        ""
    } else if clinic.step_up_birth_date == BirthDateStepUp::Off {
        "step-up-no-way-off"
    } else {
        "step-up-no-way-no-birth-date"
    }
}

/// `next` must stay inside the patient area and be a valid `Location` (no control characters:
/// a CRLF would fail only after the step-up had committed).
pub(super) fn safe_next(next: &str) -> String {
    let plain = next.len() <= 512 && next.bytes().all(|b| b.is_ascii_graphic());
    if plain && next.starts_with("/p/") && !next.contains("//") && !next.contains('\\') {
        next.to_string()
    } else {
        "/p".to_string()
    }
}

/// Render the step-up page for `next`.
pub async fn prompt(
    state: &AppState,
    headers: &HeaderMap,
    s: &PatientSession,
    next: &str,
    problem: &str,
    sent_to: Option<String>,
) -> PageResult {
    let (clinic, patient) = context(state, s).await?;
    let (seed, fresh) = csrf::seed_or_new(headers);
    let t = lang::for_patient(&patient.language);
    let view = StepUpPage {
        t,
        here: safe_next(next),
        clinic_id: clinic.id.to_string(),
        clinic: clinic.name.clone(),
        clinic_phone: clinic_number(&clinic, &patient),
        next: safe_next(next),
        csrf: csrf::form_token(&state.links.keys.ring(), &seed, &format!("session:{}", s.session.id)),
        problem: problem.to_string(),
        locked: failures(state, &patient).await >= HARD_STOP,
        code_channel: code_channel(&patient).map(|c| masked(&patient, c)),
        code_sent_to: sent_to,
        birth_date_allowed: birth_date_allowed(&clinic, &patient),
        ways: ways(t, &clinic, &patient),
        no_way: no_way(&clinic, &patient),
    };
    let resp = page(if problem.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY }, &view);
    Ok(if fresh { with_cookie(resp, &csrf::set_cookie(&seed, state.config.is_https())) } else { resp })
}

pub(super) async fn failures(state: &AppState, p: &Patient) -> i64 {
    state
        .store
        .count_hits(&format!("stepup-fail:{}", p.id), state.now() - SignedDuration::from_hours(24 * 30))
        .await
        .unwrap_or(HARD_STOP)
}

#[derive(Deserialize)]
pub struct VerifyForm {
    #[serde(default)]
    next: String,
    #[serde(default)]
    code: String,
    #[serde(default)]
    birth_date: String,
    /// "1" when the page's script found a browser that can make a passkey.
    #[serde(default)]
    passkey: String,
}

/// A fresh six-digit one-time code.
pub(super) fn new_code() -> Option<String> {
    let mut raw = [0u8; 4];
    SystemRandom::new().fill(&mut raw).ok()?;
    Some(format!("{:06}", u32::from_be_bytes(raw) % 1_000_000))
}

pub(super) fn code_hash(s: &PatientSession, code: &str) -> Vec<u8> {
    secret_hash(&format!("{}:{code}", s.session.id))
}

/// Send a fresh code to the other contact point.
pub async fn send_code(State(state): State<AppState>, f: SessionForm<VerifyForm>) -> PageResult {
    let (s, form, headers) = (&f.session, &f.form, f.headers());
    let (clinic, patient) = context(&state, s).await?;
    let Some(channel) = code_channel(&patient) else {
        return prompt(&state, headers, s, &form.next, "step-up-no-second", None).await;
    };
    let now = state.now();
    let sends =
        state.store.rate_hit(&format!("stepup-send:{}", patient.id), now, now - SignedDuration::from_hours(1)).await;
    if sends.map(|n| n > SENDS_PER_HOUR).unwrap_or(true) {
        return prompt(&state, headers, s, &form.next, "step-up-too-many-codes", None).await;
    }
    let code = new_code().ok_or_else(|| PageError::internal("no randomness"))?;
    state
        .store
        .set_step_up_code(&s.session.id, &code_hash(s, &code), channel.as_str(), now + CODE_LIFETIME, now)
        .await?;
    let sent = send_code_message(&state, &clinic, &patient, channel, None, CodeKind::StepUp, &code).await;
    if !sent {
        return prompt(&state, headers, s, &form.next, "step-up-send-failed", None).await;
    }
    let event =
        AuditEvent::new(now, Some(&clinic.id), crate::domain::Actor::Patient(patient.id.clone()), "step_up.code_sent")
            .auth(s.auth())
            .detail(channel.as_str());
    let _ = state.store.record_audit(&event).await;
    prompt(&state, headers, s, &form.next, "", Some(masked(&patient, channel))).await
}

/// What a one-time code is for: its words differ.
#[derive(Clone, Copy)]
pub enum CodeKind {
    StepUp,
    ConfirmContact,
}

/// Send a one-time code by `channel`, to the patient's own point or to `to` (a new one being
/// confirmed), in the patient's language. Whether the provider took it.
pub async fn send_code_message(
    state: &AppState,
    clinic: &Clinic,
    patient: &Patient,
    channel: Channel,
    to: Option<&str>,
    kind: CodeKind,
    code: &str,
) -> bool {
    let (sms, subject, text) = match kind {
        CodeKind::StepUp => ("sms-step-up-code", "email-subject-step-up-code", "email-step-up-code"),
        CodeKind::ConfirmContact => ("sms-contact-confirm", "email-subject-contact-confirm", "email-contact-confirm"),
    };
    let t = lang::for_patient(&patient.language);
    let args = [("clinic", Arg::Str(&clinic.name)), ("code", Arg::Str(code))];
    let words = Words { sms, subject, text, args: &args };
    send_now(state, Recipient { clinic, patient }, t, channel, to, words, Some(600)).await
}

/// A short message in every channel's form: message ids and their variables.
pub struct Words<'a> {
    pub sms: &'a str,
    pub subject: &'a str,
    pub text: &'a str,
    pub args: &'a [(&'a str, Arg<'a>)],
}

/// Send a short message at once, not through the outbox (codes and notices that matter only
/// now): `words` in `t`, to the patient's own point on `channel` or to `to`. Whether the
/// provider took it.
pub async fn send_now(
    state: &AppState,
    who: Recipient<'_>,
    t: Lang,
    channel: Channel,
    to: Option<&str>,
    words: Words<'_>,
    validity_secs: Option<u32>,
) -> bool {
    let now = state.now();
    let (clinic, patient) = (who.clinic, who.patient);
    let args = words.args;
    match channel {
        Channel::Sms => {
            let phone = match to {
                Some(raw) => crate::domain::Phone::parse(raw).ok(),
                None => patient.phone.clone(),
            };
            let Some(p) = phone else { return false };
            state.notifier.send_sms(&p, &t.f(words.sms, args), None, validity_secs, who, now).await.is_ok()
        }
        Channel::Email => {
            let email = match to {
                Some(raw) => crate::domain::Email::parse(raw).ok(),
                None => patient.email.clone(),
            };
            let Some(e) = email else { return false };
            let subject = t.f(words.subject, args);
            let text = t.f(words.text, args);
            let html = crate::notify::render::plain_html(t, &clinic.name, &text);
            let content =
                crate::notify::EmailContent { subject: &subject, text: &text, html: &html, unsubscribe: None };
            state.notifier.send_email(&e, &content, who, now).await.is_ok()
        }
    }
}

/// Check a code or a date of birth.
async fn verify(
    state: &AppState,
    headers: &HeaderMap,
    s: &PatientSession,
    form: &VerifyForm,
    by_code: bool,
) -> PageResult {
    let (clinic, patient) = context(state, s).await?;
    let now = state.now();
    let fail_bucket = format!("stepup-fail:{}", patient.id);
    if failures(state, &patient).await >= HARD_STOP {
        return prompt(state, headers, s, &form.next, "", None).await;
    }
    let tries =
        state.store.rate_hit(&format!("stepup-try:{}", patient.id), now, now - SignedDuration::from_hours(1)).await;
    if tries.map(|n| n > TRIES_PER_HOUR).unwrap_or(true) {
        return prompt(state, headers, s, &form.next, "step-up-too-many-tries", None).await;
    }
    let ok = if by_code {
        match state.store.step_up_code(&s.session.id).await? {
            Some((hash, _, expires)) => expires > now && constant_time_eq(&hash, &code_hash(s, form.code.trim())),
            None => false,
        }
    } else {
        birth_date_allowed(&clinic, &patient)
            && patient.birth_date.is_some_and(|d| d.to_string() == form.birth_date.trim())
    };
    let actor = crate::domain::Actor::Patient(patient.id.clone());
    if !ok {
        let _ = state.store.rate_hit(&fail_bucket, now, now - SignedDuration::from_hours(24 * 30)).await;
        let _ = state
            .store
            .record_audit(&AuditEvent::new(now, Some(&clinic.id), actor, "step_up.failed").auth(s.auth()))
            .await;
        let problem = if by_code { "step-up-code-wrong" } else { "step-up-birth-date-wrong" };
        let sent_to = if by_code { code_channel(&patient).map(|c| masked(&patient, c)) } else { None };
        return prompt(state, headers, s, &form.next, problem, sent_to).await;
    }
    let with = if by_code { AuthMethod::Code } else { AuthMethod::BirthDate };
    let (secret, new) = stepped_up_session(now, with)?;
    if !state.store.step_up(&s.id_hash, &new, None, now).await? {
        return Err(PageError::SignedOut);
    }
    let _ = state.store.rate_reset(&fail_bucket).await;
    let _ = state
        .store
        .record_audit(
            &AuditEvent::new(now, Some(&clinic.id), actor, "step_up.passed")
                .detail(with.as_str())
                .auth(AuthMethod::audit_label(s.session.signed_in_with, Some(with))),
        )
        .await;
    let cookie = session::set_cookie(&secret, state.config.is_https(), STEPPED_UP_ABSOLUTE.as_secs());
    // A browser that can make a passkey is offered one, once, before going on.
    let next = if form.passkey == "1" && !super::passkeys::has_passkey(state, &patient).await {
        format!("/p/passkeys/offer?next={}", super::passkeys::query_value(&safe_next(&form.next)))
    } else {
        safe_next(&form.next)
    };
    Ok(with_cookie(Redirect::to(&next).into_response(), &cookie))
}

pub async fn check_code(State(state): State<AppState>, f: SessionForm<VerifyForm>) -> PageResult {
    verify(&state, f.headers(), &f.session, &f.form, true).await
}

pub async fn check_birth_date(State(state): State<AppState>, f: SessionForm<VerifyForm>) -> PageResult {
    verify(&state, f.headers(), &f.session, &f.form, false).await
}
