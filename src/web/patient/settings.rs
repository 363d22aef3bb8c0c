//! The patient's own settings: language, how to reach them first, quiet hours, which channels
//! may be used at all, and their phone and email. A stepped-up session is needed (contact
//! details are personal data, and a changed phone would redirect every future link). A new
//! phone or email counts only once the code sent to it comes back; the old one is told.

use super::pages::{context, session_csrf};
use super::step_up::{self, CodeKind, Words, code_hash, new_code, send_code_message, send_now};
use super::{PageError, PageResult, PatientSession, SessionForm, lang, page, with_cookie};
use crate::domain::{Channel, ChannelList, ContactStatus, Email, Locale, Phone, QuietHours};
use crate::i18n::{Arg, Lang};
use crate::links::constant_time_eq;
use crate::notify::Recipient;
use crate::state::AppState;
use crate::store::{AuditEvent, Clinic, ContactChange, Patient};
use crate::web::cookie::with_optional_cookie;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect};
use jiff::SignedDuration;
use serde::Deserialize;
use std::collections::HashMap;

const CODE_LIFETIME: SignedDuration = SignedDuration::from_mins(10);
const CODE_TRIES: i64 = 5;
const CHANGES_PER_DAY: i64 = 5;

#[derive(Template)]
#[template(path = "patient_settings.html")]
struct SettingsPage {
    t: Lang,
    here: String,
    clinic_id: String,
    clinic: String,
    csrf: String,
    notice: String,
    problem: String,
    languages: Vec<(&'static str, String, bool)>,
    channel_choices: Vec<(&'static str, &'static str, bool)>,
    quiet_from: String,
    quiet_until: String,
    allow_sms: bool,
    allow_email: bool,
    has_phone: bool,
    has_email: bool,
    phone: String,
    email: String,
    /// `phone` or `email` while a change waits for its code.
    pending: Option<&'static str>,
    passkeys: Vec<super::passkeys::PasskeyCard>,
    /// The step-up is fresh enough to add a passkey here and now.
    passkey_fresh: bool,
}

/// The channel orders a patient can pick, given the points they have.
fn channel_choices(p: &Patient) -> Vec<(&'static str, &'static str)> {
    let mut out = vec![];
    if p.phone.is_some() && p.email.is_some() {
        out.push(("both", "settings-channel-both"));
        out.push(("sms_first", "settings-channel-sms-first"));
        out.push(("email_first", "settings-channel-email-first"));
    }
    if p.phone.is_some() {
        out.push(("sms_only", "settings-channel-sms-only"));
    }
    if p.email.is_some() {
        out.push(("email_only", "settings-channel-email-only"));
    }
    out
}

fn current_choice(p: &Patient) -> &'static str {
    match p.channels.as_slice() {
        [_, _] if p.every_channel => "both",
        [Channel::Sms, Channel::Email] => "sms_first",
        [Channel::Email, Channel::Sms] => "email_first",
        [Channel::Email] => "email_only",
        _ => "sms_only",
    }
}

fn channels_for(choice: &str) -> Option<Vec<Channel>> {
    Some(match choice {
        "both" | "sms_first" => vec![Channel::Sms, Channel::Email],
        "email_first" => vec![Channel::Email, Channel::Sms],
        "sms_only" => vec![Channel::Sms],
        "email_only" => vec![Channel::Email],
        _ => return None,
    })
}

async fn render(state: &AppState, headers: &HeaderMap, s: &PatientSession, notice: &str, problem: &str) -> PageResult {
    let (clinic, patient) = context(state, s).await?;
    let pending = match state.store.contact_change(&s.session.id).await? {
        Some(c) if c.expires_at > state.now() => Some(match c.channel {
            Channel::Sms => "phone",
            Channel::Email => "email",
        }),
        _ => None,
    };
    let t = lang::for_patient(&patient.language);
    let mine = Lang::for_locale(&patient.language);
    let choice = current_choice(&patient);
    let (csrf, cookie) = session_csrf(state, headers, s);
    let view = SettingsPage {
        t,
        here: "/p/settings".into(),
        clinic_id: clinic.id.to_string(),
        clinic: clinic.name.clone(),
        csrf,
        notice: if notice.is_empty() { String::new() } else { t.t(notice) },
        problem: problem.to_string(),
        languages: Lang::all().map(|l| (l.code(), l.name(), l == mine)).collect(),
        channel_choices: channel_choices(&patient).into_iter().map(|(v, k)| (v, k, v == choice)).collect(),
        quiet_from: patient.quiet_hours.map(|q| QuietHours::format(q.start_minute)).unwrap_or_default(),
        quiet_until: patient.quiet_hours.map(|q| QuietHours::format(q.end_minute)).unwrap_or_default(),
        allow_sms: patient.phone.is_some() && patient.phone_status != Some(ContactStatus::OptedOut),
        allow_email: patient.email.is_some() && patient.email_status != Some(ContactStatus::OptedOut),
        has_phone: patient.phone.is_some(),
        has_email: patient.email.is_some(),
        phone: patient.phone.as_ref().map(|p| p.masked()).unwrap_or_else(|| t.t("settings-none")),
        email: patient.email.as_ref().map(|e| e.masked()).unwrap_or_else(|| t.t("settings-none")),
        pending,
        passkeys: super::passkeys::cards(state, t, &patient).await?,
        passkey_fresh: s.session.stepped_up_at.is_some_and(|at| state.now().duration_since(at) <= step_up::FRESH),
    };
    let status = if problem.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok(with_optional_cookie(page(status, &view), cookie))
}

pub async fn show(
    State(state): State<AppState>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
    s: PatientSession,
) -> PageResult {
    step_up::require(&state, &headers, &s, "/p/settings").await?;
    let notice = match query.get("done").map(String::as_str) {
        Some("saved") => "settings-saved",
        Some("sent") => "settings-contact-sent",
        Some("changed") => "settings-contact-changed",
        Some("passkey-added") => "settings-passkey-added",
        Some("passkey-renamed") => "settings-passkey-renamed",
        Some("passkey-removed") => "settings-passkey-removed",
        _ => "",
    };
    render(&state, &headers, &s, notice, "").await
}

#[derive(Deserialize)]
pub struct PreferencesForm {
    #[serde(default)]
    language: String,
    #[serde(default)]
    channels: String,
    #[serde(default)]
    quiet_from: String,
    #[serde(default)]
    quiet_until: String,
    /// Checkboxes: present when ticked.
    #[serde(default)]
    allow_sms: Option<String>,
    #[serde(default)]
    allow_email: Option<String>,
}

/// Every settings form is the session's own page, from a stepped-up session.
const SETTINGS: &str = "/p/settings";

pub async fn save(State(state): State<AppState>, f: SessionForm<PreferencesForm>) -> PageResult {
    f.stepped_up(&state, SETTINGS).await?;
    let (s, form, headers) = (&f.session, &f.form, f.headers());
    let (clinic, mut patient) = context(&state, s).await?;
    let lang = Lang::from_tag(&form.language).ok_or(PageError::BadForm)?;
    let language = Locale::parse(lang.code()).map_err(|_| PageError::BadForm)?;
    let quiet = match (form.quiet_from.trim(), form.quiet_until.trim()) {
        ("", "") => None,
        (from, until) => match (QuietHours::parse_hhmm(from), QuietHours::parse_hhmm(until)) {
            (Ok(a), Ok(b)) => match QuietHours::new(a, b) {
                Ok(q) => Some(q),
                Err(_) => return render(&state, headers, s, "", "settings-quiet-invalid").await,
            },
            _ => return render(&state, headers, s, "", "settings-quiet-invalid").await,
        },
    };
    let allow = |c: Channel| match c {
        Channel::Sms => form.allow_sms.is_some() && patient.phone.is_some(),
        Channel::Email => form.allow_email.is_some() && patient.email.is_some(),
    };
    let offered = channel_choices(&patient);
    let order = offered
        .iter()
        .find(|(v, _)| *v == form.channels)
        .and_then(|(v, _)| channels_for(v))
        .ok_or(PageError::BadForm)?;
    // The order lists only channels the patient allows; at least one must remain.
    let order: Vec<Channel> = order.into_iter().filter(|c| allow(*c)).collect();
    let Ok(channels) = ChannelList::new(order) else {
        return render(&state, headers, s, "", "settings-channels-invalid").await;
    };
    let now = state.now();
    patient.language = language;
    // "Both" holds only while both are allowed; with one left it is simply that one.
    patient.every_channel = form.channels == "both" && channels.as_slice().len() == 2;
    patient.channels = channels;
    patient.quiet_hours = quiet;
    patient.updated_at = now;
    state.store.update_patient(&patient).await?;
    // Opting out of a channel here is the patient's word, like STOP; opting back in clears
    // only an opt-out, never a point delivery found broken.
    for (channel, status) in [(Channel::Sms, &patient.phone_status), (Channel::Email, &patient.email_status)] {
        let has = match channel {
            Channel::Sms => patient.phone.is_some(),
            Channel::Email => patient.email.is_some(),
        };
        let opted_out = *status == Some(ContactStatus::OptedOut);
        let next = match (has, allow(channel), opted_out) {
            (true, false, false) => Some(ContactStatus::OptedOut),
            (true, true, true) => Some(ContactStatus::Ok),
            _ => None,
        };
        if let Some(next) = next {
            state.store.set_contact_status(&patient.id, channel, next, now).await?;
        }
    }
    let _ = state
        .store
        .record_audit(
            &AuditEvent::new(
                now,
                Some(&clinic.id),
                crate::domain::Actor::Patient(patient.id.clone()),
                "patient.settings",
            )
            .auth(f.session.auth())
            .subject(patient.id.as_str()),
        )
        .await;
    // The device follows the language the patient just chose.
    Ok(with_cookie(
        Redirect::to("/p/settings?done=saved").into_response(),
        &lang::set_cookie(lang, state.config.is_https()),
    ))
}

#[derive(Deserialize)]
pub struct ContactForm {
    /// `phone` or `email`.
    #[serde(default)]
    kind: String,
    #[serde(default)]
    value: String,
}

/// Start a change of phone or email: a code goes to the new point.
pub async fn change_contact(State(state): State<AppState>, f: SessionForm<ContactForm>) -> PageResult {
    // A new phone or email would take every future link: a step-up of the last minutes only.
    f.freshly_stepped_up(&state, SETTINGS).await?;
    let (s, form, headers) = (&f.session, &f.form, f.headers());
    let (clinic, patient) = context(&state, s).await?;
    let (channel, value, current) = match form.kind.as_str() {
        "phone" => match Phone::parse(form.value.trim()) {
            Ok(p) => (Channel::Sms, p.to_string(), patient.phone.as_ref().map(|x| x.to_string())),
            Err(_) => return render(&state, headers, s, "", "settings-contact-invalid").await,
        },
        "email" => match Email::parse(form.value.trim()) {
            Ok(e) => (Channel::Email, e.to_string(), patient.email.as_ref().map(|x| x.to_string())),
            Err(_) => return render(&state, headers, s, "", "settings-contact-invalid").await,
        },
        _ => return Err(PageError::BadForm),
    };
    if current.as_deref() == Some(value.as_str()) {
        return render(&state, headers, s, "", "settings-contact-same").await;
    }
    let now = state.now();
    let changes = state
        .store
        .rate_hit(&format!("contact-change:{}", patient.id), now, now - SignedDuration::from_hours(24))
        .await?;
    if changes > CHANGES_PER_DAY {
        return render(&state, headers, s, "", "step-up-too-many-codes").await;
    }
    let code = new_code().ok_or_else(|| PageError::internal("no randomness"))?;
    let change = ContactChange {
        patient_id: patient.id.clone(),
        channel,
        new_value: value.clone(),
        code_hash: code_hash(s, &code),
        tries: 0,
        expires_at: now + CODE_LIFETIME,
    };
    state.store.set_contact_change(&s.session.id, &change, now).await?;
    if !send_code_message(&state, &clinic, &patient, channel, Some(&value), CodeKind::ConfirmContact, &code).await {
        return render(&state, headers, s, "", "step-up-send-failed").await;
    }
    let _ = state
        .store
        .record_audit(
            &AuditEvent::new(
                now,
                Some(&clinic.id),
                crate::domain::Actor::Patient(patient.id.clone()),
                "contact.change_started",
            )
            .auth(f.session.auth())
            .detail(channel.as_str()),
        )
        .await;
    Ok(Redirect::to("/p/settings?done=sent").into_response())
}

#[derive(Deserialize)]
pub struct ConfirmForm {
    #[serde(default)]
    code: String,
}

/// Finish a change with the code from the new point; tell the old one.
pub async fn confirm_contact(State(state): State<AppState>, f: SessionForm<ConfirmForm>) -> PageResult {
    f.stepped_up(&state, SETTINGS).await?;
    let (s, form, headers) = (&f.session, &f.form, f.headers());
    let (clinic, mut patient) = context(&state, s).await?;
    let now = state.now();
    let change = match state.store.contact_change(&s.session.id).await? {
        Some(c) if c.patient_id == patient.id && c.expires_at > now && c.tries < CODE_TRIES => c,
        _ => return render(&state, headers, s, "", "settings-contact-code-wrong").await,
    };
    if !constant_time_eq(&change.code_hash, &code_hash(s, form.code.trim())) {
        let _ = state.store.contact_change_failed(&s.session.id).await;
        return render(&state, headers, s, "", "settings-contact-code-wrong").await;
    }
    let old = patient.clone();
    match change.channel {
        Channel::Sms => patient.phone = Some(Phone::parse(&change.new_value).map_err(PageError::internal)?),
        Channel::Email => patient.email = Some(Email::parse(&change.new_value).map_err(PageError::internal)?),
    }
    patient.updated_at = now;
    state.store.apply_contact_change(&s.session.id, &patient, &[]).await?;
    tell_old_point(&state, &clinic, &old, change.channel).await;
    let _ = state
        .store
        .record_audit(
            &AuditEvent::new(
                now,
                Some(&clinic.id),
                crate::domain::Actor::Patient(patient.id.clone()),
                "contact.changed",
            )
            .auth(f.session.auth())
            .detail(change.channel.as_str()),
        )
        .await;
    Ok(Redirect::to("/p/settings?done=changed").into_response())
}

/// "Your phone (email) was changed; if it was not you, call": sent at once to the point being
/// replaced (after the change, the outbox would address the new one).
async fn tell_old_point(state: &AppState, clinic: &Clinic, old: &Patient, channel: Channel) {
    if !old.can_receive(channel) {
        return;
    }
    let t = Lang::for_locale(&old.language);
    let home = old.phone.as_ref().or(clinic.phone.as_ref());
    let phone = clinic.phone.as_ref().map(|p| p.shown_to(home)).unwrap_or_default();
    let args = [("clinic", Arg::Str(&clinic.name)), ("phone", Arg::Str(&phone))];
    let words = Words {
        sms: "sms-contact-changed",
        subject: "email-subject-contact-changed",
        text: "email-contact-changed",
        args: &args,
    };
    let sent = send_now(state, Recipient { clinic, patient: old }, t, channel, None, words, None).await;
    if !sent {
        tracing::warn!(channel = channel.as_str(), "could not tell the old contact point about a change");
    }
}
