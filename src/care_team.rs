//! The care team's way in: inviting a staff member, the sign-in email (a link and a
//! six-digit code, one use between them), and the staff session either starts. The CLI, the
//! clinic API and the staff pages all come here.
//!
//! Only hashes are kept: of a link's secret (SHA-256) and of a code with its row's id. The
//! answer to "send me a sign-in link" is the same whether or not the address is known, and
//! sends and code tries are limited per address and per client address.

use crate::domain::{
    Actor, Email, PersonName, STAFF_INVITE_LIFETIME, STAFF_SESSION_ABSOLUTE, STAFF_SESSION_IDLE,
    STAFF_SIGN_IN_LIFETIME, SessionId, StaffId, StaffRole, StaffSession, StaffToken, StaffTokenKind,
};
use crate::i18n::{Arg, Lang};
use crate::links::{constant_time_eq, random_secret, secret_hash};
use crate::state::AppState;
use crate::store::{AuditEvent, Clinic, StaffMember, StoreError};
use jiff::SignedDuration;
use ring::rand::{SecureRandom, SystemRandom};

/// Sign-in emails one address may ask for in an hour.
pub const SENDS_PER_EMAIL_HOUR: i64 = 5;
/// Sign-in emails one client address may ask for in an hour.
pub const SENDS_PER_IP_HOUR: i64 = 20;
/// Codes one address may try in an hour (right or wrong).
pub const CODE_TRIES_PER_EMAIL_HOUR: i64 = 5;
/// Codes one client address may try in an hour.
pub const CODE_TRIES_PER_IP_HOUR: i64 = 20;

#[derive(Debug, thiserror::Error)]
pub enum InviteError {
    #[error("a new staff member needs a name")]
    NameNeeded,
    #[error("no randomness for the invitation")]
    NoRandomness,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// What an invitation did.
pub struct Invited {
    pub member: StaffMember,
    /// Whether the member was created by this invitation (else they existed already).
    pub created: bool,
    /// Whether the email provider took the invitation.
    pub sent: bool,
}

/// Invite `email` to `clinic`'s care team as `role`: the member is created if new (then
/// `name` is needed), and an invitation link good for `STAFF_INVITE_LIFETIME` is emailed.
pub async fn invite(
    state: &AppState,
    clinic: &Clinic,
    email: &Email,
    role: StaffRole,
    name: Option<PersonName>,
    language: Option<crate::domain::Locale>,
    actor: Actor,
) -> Result<Invited, InviteError> {
    let now = state.now();
    let existing = state.store.staff_by_email(email).await?.into_iter().find(|m| m.clinic_id == clinic.id);
    let (member, created) = match existing {
        Some(mut m) => {
            if let Some(l) = language.filter(|l| m.language.as_ref() != Some(l)) {
                state.store.set_staff_language(&clinic.id, &m.id, &l).await?;
                m.language = Some(l);
            }
            (m, false)
        }
        None => {
            let member = StaffMember {
                id: StaffId::new(),
                clinic_id: clinic.id.clone(),
                name: name.ok_or(InviteError::NameNeeded)?,
                role,
                email: Some(email.clone()),
                language,
                created_at: now,
            };
            state.store.insert_staff(&member).await?;
            (member, true)
        }
    };
    let secret = random_secret().map_err(|_| InviteError::NoRandomness)?;
    let token = StaffToken {
        id: StaffToken::new_id(),
        token_hash: secret_hash(&secret),
        staff_id: member.id.clone(),
        clinic_id: clinic.id.clone(),
        kind: StaffTokenKind::Invite,
        code_hash: None,
        created_at: now,
        expires_at: now + STAFF_INVITE_LIFETIME,
        used_at: None,
    };
    state.store.insert_staff_token(&token).await?;
    let t = lang_of(&member);
    let link = format!("{}/staff/invite/{secret}", base(state));
    let role_words = t.t(role_message(member.role));
    let args = [
        ("clinic", Arg::Str(&clinic.name)),
        ("name", Arg::Str(member.name.as_str())),
        ("role", Arg::Str(&role_words)),
        ("link", Arg::Str(&link)),
    ];
    let sent = send(state, clinic, email, t, "email-subject-staff-invite", "email-staff-invite", &args).await;
    let event = AuditEvent::new(now, Some(&clinic.id), actor, "staff.invited")
        .subject(member.id.as_str())
        .detail(if created { "created" } else { "existing" });
    state.store.record_audit(&event).await?;
    Ok(Invited { member, created, sent })
}

/// The language of a staff member's emails: their own, else English.
pub fn lang_of(member: &StaffMember) -> Lang {
    member.language.as_ref().map_or(Lang::EN, Lang::for_locale)
}

/// The message id naming a role.
pub fn role_message(role: StaffRole) -> &'static str {
    match role {
        StaffRole::Clinician => "staff-role-clinician",
        StaffRole::Nurse => "staff-role-nurse",
        StaffRole::FrontDesk => "staff-role-front-desk",
        StaffRole::Admin => "staff-role-admin",
    }
}

/// Email a sign-in link and code to every care team `email` belongs to, unless the address
/// or the client has asked too often. Says nothing about what happened: the page answers the
/// same either way.
pub async fn send_sign_in(state: &AppState, email: &Email, client: &str) -> Result<(), StoreError> {
    let now = state.now();
    let hour_ago = now - SignedDuration::from_hours(1);
    let by_email = state.store.rate_hit(&format!("staff-send:{email}"), now, hour_ago).await?;
    let by_ip = state.store.rate_hit(&format!("staff-send-ip:{client}"), now, hour_ago).await?;
    if by_email > SENDS_PER_EMAIL_HOUR || by_ip > SENDS_PER_IP_HOUR {
        state.metrics.event("staff_sign_in", "limited");
        return Ok(());
    }
    for member in state.store.staff_by_email(email).await? {
        let Some(clinic) = state.store.clinic(&member.clinic_id).await? else { continue };
        let (Ok(secret), Some(code)) = (random_secret(), new_code()) else {
            tracing::error!("no randomness for a staff sign-in");
            return Ok(());
        };
        let id = StaffToken::new_id();
        let token = StaffToken {
            code_hash: Some(code_hash(&id, &code)),
            id,
            token_hash: secret_hash(&secret),
            staff_id: member.id.clone(),
            clinic_id: clinic.id.clone(),
            kind: StaffTokenKind::SignIn,
            created_at: now,
            expires_at: now + STAFF_SIGN_IN_LIFETIME,
            used_at: None,
        };
        state.store.insert_staff_token(&token).await?;
        let link = format!("{}/staff/s/{secret}", base(state));
        let args = [("clinic", Arg::Str(&clinic.name)), ("link", Arg::Str(&link)), ("code", Arg::Str(&code))];
        let t = lang_of(&member);
        let sent = send(state, &clinic, email, t, "email-subject-staff-sign-in", "email-staff-sign-in", &args).await;
        let event = AuditEvent::new(now, Some(&clinic.id), Actor::System, "staff.sign_in_sent")
            .subject(member.id.as_str())
            .detail(if sent { "sent" } else { "not_sent" });
        state.store.record_audit(&event).await?;
    }
    Ok(())
}

/// A usable one-time email of this kind, by the secret in its link.
pub async fn token_by_secret(
    state: &AppState,
    secret: &str,
    kind: StaffTokenKind,
) -> Result<Option<(StaffToken, StaffMember, Clinic)>, StoreError> {
    if secret.len() != crate::links::TOKEN_CHARS {
        return Ok(None);
    }
    let Some(token) = state.store.staff_token(&secret_hash(secret)).await? else { return Ok(None) };
    if token.kind != kind || !token.usable_at(state.now()) {
        return Ok(None);
    }
    let Some(member) = state.store.staff_member(&token.clinic_id, &token.staff_id).await? else { return Ok(None) };
    let Some(clinic) = state.store.clinic(&token.clinic_id).await? else { return Ok(None) };
    Ok(Some((token, member, clinic)))
}

/// What a typed code found.
pub enum CodeOutcome {
    Found(StaffToken),
    Wrong,
    /// Too many tries from this address or this client: nothing was compared.
    Limited,
}

/// The live sign-in email of `email` whose code is `code`. Every try counts, right or wrong.
pub async fn token_by_code(
    state: &AppState,
    email: &Email,
    code: &str,
    client: &str,
) -> Result<CodeOutcome, StoreError> {
    let now = state.now();
    let hour_ago = now - SignedDuration::from_hours(1);
    let by_email = state.store.rate_hit(&format!("staff-code:{email}"), now, hour_ago).await?;
    let by_ip = state.store.rate_hit(&format!("staff-code-ip:{client}"), now, hour_ago).await?;
    if by_email > CODE_TRIES_PER_EMAIL_HOUR || by_ip > CODE_TRIES_PER_IP_HOUR {
        return Ok(CodeOutcome::Limited);
    }
    let code = code.trim();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(CodeOutcome::Wrong);
    }
    for member in state.store.staff_by_email(email).await? {
        for token in state.store.live_sign_in_tokens(&member.id, now).await? {
            let matches = token.code_hash.as_deref().is_some_and(|h| constant_time_eq(h, &code_hash(&token.id, code)));
            if matches {
                return Ok(CodeOutcome::Found(token));
            }
        }
    }
    Ok(CodeOutcome::Wrong)
}

/// A staff session starting `now`, with the idle and absolute limits.
fn new_session(staff: &crate::domain::StaffId, clinic: &crate::domain::ClinicId, now: jiff::Timestamp) -> StaffSession {
    StaffSession {
        id: SessionId::new(),
        staff_id: staff.clone(),
        clinic_id: clinic.clone(),
        created_at: now,
        last_seen_at: now,
        idle_expires_at: now + STAFF_SESSION_IDLE,
        expires_at: now + STAFF_SESSION_ABSOLUTE,
        ended_at: None,
    }
}

/// Use the token (once) and start a staff session: the cookie's secret and the session, or
/// `None` when the token was used or expired first. Audited as the staff member.
pub async fn start_session(
    state: &AppState,
    token: &StaffToken,
    how: &str,
) -> Result<Option<(String, StaffSession)>, StoreError> {
    let now = state.now();
    let Ok(secret) = random_secret() else { return Ok(None) };
    let session = new_session(&token.staff_id, &token.clinic_id, now);
    if !state.store.use_staff_token(&token.id, &session, &secret_hash(&secret), now).await? {
        return Ok(None);
    }
    let action = match token.kind {
        StaffTokenKind::Invite => "staff.invitation_accepted",
        StaffTokenKind::SignIn => "staff.signed_in",
    };
    let event = AuditEvent::new(now, Some(&token.clinic_id), Actor::Staff(token.staff_id.clone()), action).detail(how);
    state.store.record_audit(&event).await?;
    Ok(Some((secret, session)))
}

/// Start a staff session for a passkey sign-in (`passkey`: which one, for the audit trail);
/// its cookie's secret. `None` when the system has no randomness to give.
pub async fn start_passkey_session(
    state: &AppState,
    clinic: &crate::domain::ClinicId,
    staff: &crate::domain::StaffId,
    passkey: &str,
) -> Result<Option<String>, StoreError> {
    let now = state.now();
    let Ok(secret) = random_secret() else { return Ok(None) };
    let session = new_session(staff, clinic, now);
    state.store.insert_staff_session(&session, &secret_hash(&secret)).await?;
    let event = AuditEvent::new(now, Some(clinic), Actor::Staff(staff.clone()), "staff.signed_in")
        .detail(format!("passkey:{passkey}"));
    state.store.record_audit(&event).await?;
    Ok(Some(secret))
}

pub(crate) fn base(state: &AppState) -> String {
    state.config.public_url.as_str().trim_end_matches('/').to_string()
}

fn code_hash(token_id: &str, code: &str) -> Vec<u8> {
    secret_hash(&format!("{token_id}:{code}"))
}

/// A fresh six-digit code.
fn new_code() -> Option<String> {
    let mut raw = [0u8; 4];
    SystemRandom::new().fill(&mut raw).ok()?;
    Some(format!("{:06}", u32::from_be_bytes(raw) % 1_000_000))
}

/// Send a staff email in `t`'s words; whether it went (a failure is logged).
pub(crate) async fn send(
    state: &AppState,
    clinic: &Clinic,
    to: &Email,
    t: Lang,
    subject: &str,
    text: &str,
    args: &[(&str, Arg<'_>)],
) -> bool {
    let subject = t.f(subject, args);
    let text = t.f(text, args);
    let html = crate::notify::render::plain_html(t, &clinic.name, &text);
    let content = crate::notify::EmailContent { subject: &subject, text: &text, html: &html, unsubscribe: None };
    match state.notifier.send_staff_email(to, &content, clinic, state.now()).await {
        Ok(_) => true,
        Err(e) => {
            tracing::warn!(error = %e, "a staff email was not sent");
            false
        }
    }
}
