//! The one way a caregiver grant is made, from a patient's page, the clinic API or an import
//! (which stores the grant in its own batch, then sends with `send_invitation`): the grant is
//! stored invited with its invitation (only the SHA-256 of the link's secret), the invitation
//! goes at once to the contact point the grantor named, in the patient's language, and the
//! making is audited as whoever made it. The link opens `/g/{secret}`, where the caregiver
//! proves that contact point with a code; it dies with the grant.

use crate::domain::{Actor, CareGrant, GrantInvitation, GranteeContact, INVITATION_LIFETIME};
use crate::i18n::Arg;
use crate::links::{random_secret, secret_hash};
use crate::notify::{EmailContent, Recipient};
use crate::state::AppState;
use crate::store::{AuditEvent, Clinic, Patient, StoreError};

/// Why an invitation could not go out.
#[derive(Debug, thiserror::Error)]
pub enum InviteError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("no randomness")]
    Entropy,
}

/// Whether the provider took the invitation.
pub struct Invited {
    pub sent: bool,
}

/// Store `grant` with a fresh invitation and send it; audited as `actor`, whose session
/// proved who they are by `auth` (a patient's; the clinic's API key says nothing more).
pub async fn invite(
    state: &AppState,
    (clinic, patient): (&Clinic, &Patient),
    grant: &CareGrant,
    actor: Actor,
    auth: Option<String>,
) -> Result<Invited, InviteError> {
    let (invitation, secret) = prepare(grant, state.now())?;
    state.store.insert_grant(grant, &invitation).await?;
    let sent = send_invitation(state, (clinic, patient), grant, &secret, actor, auth).await;
    Ok(Invited { sent })
}

/// A fresh invitation for `grant` (to store with it) and the secret its link carries (to send,
/// never to store).
pub fn prepare(grant: &CareGrant, now: jiff::Timestamp) -> Result<(GrantInvitation, String), InviteError> {
    let secret = random_secret().map_err(|_| InviteError::Entropy)?;
    let invitation = GrantInvitation {
        grant_id: grant.id.clone(),
        token_hash: secret_hash(&secret),
        expires_at: now + INVITATION_LIFETIME,
        used_at: None,
        code_hash: None,
        code_expires_at: None,
        code_tries: 0,
    };
    Ok((invitation, secret))
}

/// Send the stored `grant`'s invitation (its link carries `secret`) and audit the making as
/// `actor`; whether the provider took it.
pub async fn send_invitation(
    state: &AppState,
    (clinic, patient): (&Clinic, &Patient),
    grant: &CareGrant,
    secret: &str,
    actor: Actor,
    auth: Option<String>,
) -> bool {
    let url = state.config.public_link(&format!("/g/{secret}"));
    let sent = send(state, clinic, patient, grant, &url).await;
    let mut event = AuditEvent::new(state.now(), Some(&clinic.id), actor, "grant.invited").subject(patient.id.as_str());
    event.auth = auth;
    let event = event.detail(serde_json::json!({ "grant": grant.id.as_str(), "sent": sent }).to_string());
    let _ = state.store.record_audit(&event).await;
    sent
}

async fn send(state: &AppState, clinic: &Clinic, patient: &Patient, grant: &CareGrant, url: &str) -> bool {
    let now = state.now();
    // In the language of the patient's record: the invitation reaches someone else's device.
    let t = crate::i18n::Lang::for_locale(&patient.language);
    let args =
        [("clinic", Arg::Str(&clinic.name)), ("patient", Arg::Str(patient.name.as_str())), ("url", Arg::Str(url))];
    let who = Recipient { clinic, patient };
    match &grant.contact {
        GranteeContact::Phone(p) => {
            let body = t.f("sms-grant-invitation", &args);
            state.notifier.send_sms(p, &body, None, None, who, now).await.is_ok()
        }
        GranteeContact::Email(e) => {
            let subject = t.f("email-subject-grant-invitation", &args);
            let text = t.f("email-grant-invitation", &args);
            let html = crate::notify::render::plain_html(t, &clinic.name, &text);
            let content = EmailContent { subject: &subject, text: &text, html: &html, unsubscribe: None };
            state.notifier.send_email(e, &content, who, now).await.is_ok()
        }
    }
}

/// Send the code that proves the invited contact point, in `t`. Whether the provider took it.
pub async fn send_code(
    state: &AppState,
    (clinic, patient): (&Clinic, &Patient),
    grant: &CareGrant,
    t: crate::i18n::Lang,
    code: &str,
) -> bool {
    send_code_to(state, (clinic, patient), &grant.contact, t, code).await
}

/// Send a one-time `code` to a caregiver's contact point in `t`, from the clinic of the
/// patient they help (its sender number and name). Whether the provider took it.
pub async fn send_code_to(
    state: &AppState,
    (clinic, patient): (&Clinic, &Patient),
    contact: &GranteeContact,
    t: crate::i18n::Lang,
    code: &str,
) -> bool {
    let args = [("clinic", Arg::Str(&clinic.name)), ("code", Arg::Str(code))];
    let (sms, subject, text) =
        (t.f("sms-step-up-code", &args), t.f("email-subject-step-up-code", &args), t.f("email-step-up-code", &args));
    let body = if matches!(contact, GranteeContact::Phone(_)) { sms } else { text };
    state.notifier.send_now(contact, (&subject, &body), t, Recipient { clinic, patient }, state.now()).await
}
