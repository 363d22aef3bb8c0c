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

    /// An email to a member of a clinic's care team (no patient concerned).
    pub async fn staff_email(
        &self,
        to: &Email,
        subject: &str,
        body: &str,
        clinic: &crate::store::Clinic,
        now: Timestamp,
    ) -> Result<Accepted, SendError> {
        self.record("email", to.as_str(), Some(subject), body, clinic.id.as_str(), None, now).await?;
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
        let (clinic, patient) = (who.clinic.id.as_str(), who.patient.id.as_str());
        self.record(channel, to, subject, body, clinic, Some(patient), now).await
    }

    #[allow(clippy::too_many_arguments)]
    async fn record(
        &self,
        channel: &str,
        to: &str,
        subject: Option<&str>,
        body: &str,
        clinic: &str,
        patient: Option<&str>,
        now: Timestamp,
    ) -> Result<(), SendError> {
        self.store
            .dev_outbox_push(&OutboxMessage {
                channel: channel.to_string(),
                to: to.to_string(),
                subject: subject.map(str::to_string),
                body: body.to_string(),
                created_at: now,
                clinic_id: Some(clinic.to_string()),
                patient_id: patient.map(str::to_string),
            })
            .await
            .map_err(|e| {
                tracing::error!(error = %e, "recording in the dev outbox failed");
                SendError::Transient { code: "dev-outbox".into(), backoff: false }
            })
    }
}
