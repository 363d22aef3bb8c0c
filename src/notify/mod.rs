//! Sending to patients. This module decides nothing about policy (who, when, whether): it
//! renders a message for a purpose and hands it to the configured channel. The dev channels
//! record what they would send in the dev outbox; real providers plug in beside them.

mod dev;
mod render;

pub use dev::DevOutbox;
pub use render::{LinkMessage, render_link_message};

use crate::config::{Config, EmailConfig, SmsConfig};
use crate::domain::{Channel, Email, Phone, Purpose};
use crate::links::first_channel;
use crate::store::{Clinic, DynStore, Patient};
use jiff::Timestamp;

/// Where a message went, for the API's answer (masked: no full address).
#[derive(Debug, Clone, serde::Serialize)]
pub struct SentVia {
    pub channel: &'static str,
    pub to: String,
}

/// Who a message concerns, recorded with it.
#[derive(Debug, Clone, Copy)]
pub struct Recipient<'a> {
    pub clinic: &'a Clinic,
    pub patient: &'a Patient,
}

enum SmsChannel {
    Dev(DevOutbox),
}

enum EmailChannel {
    Dev(DevOutbox),
}

pub struct Notifier {
    sms: SmsChannel,
    email: EmailChannel,
}

#[derive(Debug, thiserror::Error)]
#[error("{var}: {message}")]
pub struct TransportUnavailable {
    pub var: &'static str,
    pub message: &'static str,
}

impl Notifier {
    pub fn from_config(config: &Config, store: DynStore) -> Result<Self, TransportUnavailable> {
        let sms = match &config.sms {
            SmsConfig::Dev => SmsChannel::Dev(DevOutbox::new(store.clone())),
            SmsConfig::Twilio(_) => {
                return Err(TransportUnavailable {
                    var: "PORTICO_SMS",
                    message: "twilio is recognised but its transport is not in this build yet; use dev",
                });
            }
        };
        let email = match &config.email {
            EmailConfig::Dev => EmailChannel::Dev(DevOutbox::new(store)),
            EmailConfig::Smtp { .. } => {
                return Err(TransportUnavailable {
                    var: "PORTICO_EMAIL",
                    message: "smtp is recognised but its transport is not in this build yet; use dev",
                });
            }
        };
        Ok(Notifier { sms, email })
    }

    pub async fn send_sms(
        &self,
        to: &Phone,
        body: &str,
        who: Recipient<'_>,
        now: Timestamp,
    ) -> anyhow::Result<()> {
        match &self.sms {
            SmsChannel::Dev(d) => d.sms(to, body, who, now).await,
        }
    }

    pub async fn send_email(
        &self,
        to: &Email,
        subject: &str,
        body: &str,
        who: Recipient<'_>,
        now: Timestamp,
    ) -> anyhow::Result<()> {
        match &self.email {
            EmailChannel::Dev(d) => d.email(to, subject, body, who, now).await,
        }
    }

    /// Send a deep link to the patient's first usable channel.
    pub async fn send_link(
        &self,
        clinic: &Clinic,
        patient: &Patient,
        purpose: Purpose,
        url: &str,
        now: Timestamp,
    ) -> anyhow::Result<SentVia> {
        let who = Recipient { clinic, patient };
        let msg = render_link_message(clinic, patient, purpose, url);
        match first_channel(patient) {
            Some(Channel::Sms) => {
                let to = patient
                    .phone
                    .as_ref()
                    .ok_or_else(|| anyhow::anyhow!("no phone"))?;
                self.send_sms(to, &msg.sms, who, now).await?;
                Ok(SentVia {
                    channel: "sms",
                    to: to.masked(),
                })
            }
            Some(Channel::Email) => {
                let to = patient
                    .email
                    .as_ref()
                    .ok_or_else(|| anyhow::anyhow!("no email"))?;
                self.send_email(to, &msg.email_subject, &msg.email_body, who, now)
                    .await?;
                Ok(SentVia {
                    channel: "email",
                    to: to.masked(),
                })
            }
            None => anyhow::bail!("the patient has no usable contact point"),
        }
    }
}
