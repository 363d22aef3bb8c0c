//! The dev channel: records each message in the dev outbox (a table), so the demo, the
//! tests and a developer can see exactly what would have been sent.

use super::{Accepted, Recipient, SendError, segments};
use crate::domain::{Email, Phone};
use crate::store::{DynStore, OutboxMessage};
use jiff::Timestamp;

#[derive(Clone)]
pub struct DevOutbox {
    store: DynStore,
}

impl DevOutbox {
    pub fn new(store: DynStore) -> Self {
        DevOutbox { store }
    }

    pub async fn sms(&self, to: &Phone, body: &str, who: Recipient<'_>, now: Timestamp) -> Result<Accepted, SendError> {
        self.push("sms", to.as_str(), None, body, who, now).await?;
        Ok(Accepted { provider_id: None, segments: Some(segments::count(body)) })
    }

    pub async fn email(
        &self,
        to: &Email,
        subject: &str,
        body: &str,
        who: Recipient<'_>,
        now: Timestamp,
    ) -> Result<Accepted, SendError> {
        self.push("email", to.as_str(), Some(subject), body, who, now).await?;
        Ok(Accepted { provider_id: None, segments: None })
    }

    async fn push(
        &self,
        channel: &str,
        to: &str,
        subject: Option<&str>,
        body: &str,
        who: Recipient<'_>,
        now: Timestamp,
    ) -> Result<(), SendError> {
        self.store
            .dev_outbox_push(&OutboxMessage {
                channel: channel.to_string(),
                to: to.to_string(),
                subject: subject.map(str::to_string),
                body: body.to_string(),
                created_at: now,
                clinic_id: Some(who.clinic.id.to_string()),
                patient_id: Some(who.patient.id.to_string()),
            })
            .await
            .map_err(|e| {
                tracing::error!(error = %e, "recording in the dev outbox failed");
                SendError::Transient { code: "dev-outbox".into(), backoff: false }
            })
    }
}
