//! Sending to patients. This module decides nothing about policy (who, when, whether): it
//! renders a message for a purpose and hands it to the configured channel. The dev channels
//! record what they would send in the dev outbox; real providers plug in beside them.

mod dev;
pub mod dispatch;
pub mod reminders;
pub mod render;
pub mod segments;
mod smtp;
pub mod twilio;

pub use dev::DevOutbox;
pub use render::{LinkMessage, render_link_message};
pub use smtp::Smtp;
pub use twilio::Twilio;

use crate::config::{Config, EmailConfig, SmsConfig};
use crate::domain::{Channel, Email, Phone};
use crate::store::{Clinic, DynStore, Patient};
use jiff::Timestamp;

/// Who a message concerns, recorded with it.
#[derive(Debug, Clone, Copy)]
pub struct Recipient<'a> {
    pub clinic: &'a Clinic,
    pub patient: &'a Patient,
}

/// A provider took the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accepted {
    /// Twilio's message SID, the email's Message-ID; none for the dev outbox.
    pub provider_id: Option<String>,
    pub segments: Option<u32>,
}

/// Why a provider did not take a message, in the terms the dispatcher acts on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// Try again later (5xx, timeout, 30003); `backoff` when the provider asked us to slow down.
    #[error("temporary failure ({code})")]
    Transient { code: String, backoff: bool },
    /// The recipient opted out at the carrier (Twilio 21610): never retry, stop SMS.
    #[error("recipient opted out ({code})")]
    OptedOut { code: String },
    /// The address cannot receive this (invalid, landline, unknown handset, mailbox gone).
    #[error("address cannot receive ({code})")]
    BadAddress { code: String },
    /// The provider refused the message itself; retrying would not help.
    #[error("refused by the provider ({code})")]
    Rejected { code: String },
}

impl SendError {
    pub fn code(&self) -> &str {
        match self {
            SendError::Transient { code, .. }
            | SendError::OptedOut { code }
            | SendError::BadAddress { code }
            | SendError::Rejected { code } => code,
        }
    }

    pub fn is_transient(&self) -> bool {
        matches!(self, SendError::Transient { .. })
    }
}

/// An email's parts.
pub struct EmailContent<'a> {
    pub subject: &'a str,
    pub text: &'a str,
    pub html: &'a str,
    /// The one-click unsubscribe address (`List-Unsubscribe`): reminders and alerts only,
    /// never codes or security notices.
    pub unsubscribe: Option<&'a str>,
}

enum SmsChannel {
    Dev(DevOutbox),
    Twilio(Twilio),
}

enum EmailChannel {
    Dev(DevOutbox),
    Smtp(Smtp),
}

pub struct Notifier {
    sms: SmsChannel,
    email: EmailChannel,
}

impl Notifier {
    pub fn from_config(config: &Config, store: DynStore) -> anyhow::Result<Self> {
        let sms = match &config.sms {
            SmsConfig::Dev => SmsChannel::Dev(DevOutbox::new(store.clone())),
            SmsConfig::Twilio(t) => SmsChannel::Twilio(Twilio::new(t.clone())?),
        };
        let email = match &config.email {
            EmailConfig::Dev => EmailChannel::Dev(DevOutbox::new(store)),
            EmailConfig::Smtp { url, from, ca_file } => EmailChannel::Smtp(
                Smtp::new(url, from, ca_file.as_deref()).map_err(|e| anyhow::anyhow!("PORTICO_SMTP_URL: {e}"))?,
            ),
        };
        Ok(Notifier { sms, email })
    }

    /// Whether this channel's provider reports delivery later (so "accepted" means queued).
    pub fn reports_status(&self, channel: Channel) -> bool {
        matches!((channel, &self.sms), (Channel::Sms, SmsChannel::Twilio(_)))
    }

    /// The Twilio client, when SMS goes through Twilio (webhooks check signatures with it).
    pub fn twilio(&self) -> Option<&Twilio> {
        match &self.sms {
            SmsChannel::Twilio(t) => Some(t),
            SmsChannel::Dev(_) => None,
        }
    }

    /// Send one SMS. `validity_secs` bounds how long the provider may keep trying.
    pub async fn send_sms(
        &self,
        to: &Phone,
        body: &str,
        status_callback: Option<&str>,
        validity_secs: Option<u32>,
        who: Recipient<'_>,
        now: Timestamp,
    ) -> Result<Accepted, SendError> {
        match &self.sms {
            SmsChannel::Dev(d) => d.sms(to, body, who, now).await,
            SmsChannel::Twilio(t) => t.send(to, body, status_callback, validity_secs).await,
        }
    }

    pub async fn send_email(
        &self,
        to: &Email,
        content: &EmailContent<'_>,
        who: Recipient<'_>,
        now: Timestamp,
    ) -> Result<Accepted, SendError> {
        match &self.email {
            EmailChannel::Dev(d) => d.email(to, content.subject, content.text, who, now).await,
            EmailChannel::Smtp(s) => {
                let c = content;
                s.send(to, &who.clinic.name, c.subject, c.text, c.html, c.unsubscribe).await
            }
        }
    }

    /// Send words that must go at once, outside the outbox (a one-time code, a notice to a
    /// caregiver), to a phone (`body`, valid for 10 minutes at the provider) or an email
    /// (`subject` and `body`, in `t`). Whether the provider took it.
    pub async fn send_now(
        &self,
        to: &crate::domain::GranteeContact,
        (subject, body): (&str, &str),
        t: crate::i18n::Lang,
        who: Recipient<'_>,
        now: Timestamp,
    ) -> bool {
        match to {
            crate::domain::GranteeContact::Phone(p) => self.send_sms(p, body, None, Some(600), who, now).await.is_ok(),
            crate::domain::GranteeContact::Email(e) => {
                let html = render::plain_html(t, &who.clinic.name, body);
                let content = EmailContent { subject, text: body, html: &html, unsubscribe: None };
                self.send_email(e, &content, who, now).await.is_ok()
            }
        }
    }

    /// Send an email to a member of `clinic`'s care team (an invitation, a sign-in link).
    pub async fn send_staff_email(
        &self,
        to: &Email,
        content: &EmailContent<'_>,
        clinic: &Clinic,
        now: Timestamp,
    ) -> Result<Accepted, SendError> {
        match &self.email {
            EmailChannel::Dev(d) => d.staff_email(to, content.subject, content.text, clinic, now).await,
            EmailChannel::Smtp(s) => s.send(to, &clinic.name, content.subject, content.text, content.html, None).await,
        }
    }
}
