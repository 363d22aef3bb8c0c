//! What `Store` keeps for outbound events (`webhooks`): a clinic's endpoints, the events
//! waiting for each (written by database triggers in the transaction of the change itself,
//! migration 0027), and every try's outcome. Both backends implement it with the SQL of
//! `sql/outbound.rs`.

use super::StoreResult;
use crate::domain::ClinicId;
use jiff::Timestamp;

/// An endpoint a clinic registered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebhookEndpoint {
    pub id: String,
    pub clinic_id: ClinicId,
    pub url: String,
    /// The event types, stored as ",a,b,".
    pub events: String,
    /// Whether `message.received` carries the message's text.
    pub include_text: bool,
    /// The signing secret, sealed.
    pub secret: Vec<u8>,
    /// The secret before the last rotation, sealed, and until when it still signs.
    pub old_secret: Option<(Vec<u8>, Timestamp)>,
    pub disabled_reason: Option<String>,
    pub active: bool,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// An event claimed for sending to its endpoint.
#[derive(Debug, Clone)]
pub struct WebhookMessage {
    pub seq: i64,
    pub id: String,
    pub endpoint_id: String,
    pub clinic_id: ClinicId,
    pub event_type: String,
    pub patient_id: Option<String>,
    pub subject_id: Option<String>,
    pub detail: Option<String>,
    pub occurred_at: Timestamp,
    /// Tries so far, this one included.
    pub attempts: i64,
    /// The message's text, for a `message.received` to an endpoint that takes it.
    pub text: Option<String>,
}

/// One try to deliver an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebhookAttempt {
    pub message_id: String,
    pub event_type: String,
    pub at: Timestamp,
    /// The HTTP status the endpoint answered, if it answered.
    pub status_code: Option<i64>,
    pub error: Option<String>,
    pub duration_ms: i64,
}

/// What becomes of an event after a try.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WebhookOutcome {
    Delivered,
    RetryAt(Timestamp),
    /// The last try failed: the event is given up and its endpoint disabled.
    GaveUp,
}

#[async_trait::async_trait]
pub trait WebhookStore: Send + Sync {
    async fn insert_webhook_endpoint(&self, e: &WebhookEndpoint) -> StoreResult<()>;
    async fn webhook_endpoints(&self, clinic: &ClinicId) -> StoreResult<Vec<WebhookEndpoint>>;
    async fn webhook_endpoint(&self, clinic: &ClinicId, id: &str) -> StoreResult<Option<WebhookEndpoint>>;
    /// Write the endpoint's url, events, text choice, secrets and state; whether it existed.
    async fn update_webhook_endpoint(&self, e: &WebhookEndpoint) -> StoreResult<bool>;
    /// Remove the endpoint with its events and tries; whether it existed.
    async fn delete_webhook_endpoint(&self, clinic: &ClinicId, id: &str) -> StoreResult<bool>;
    /// Queue a `webhook.test` event with this id for the endpoint.
    async fn queue_webhook_test(&self, e: &WebhookEndpoint, id: &str, now: Timestamp) -> StoreResult<()>;
    /// Claim up to `limit` due events of active endpoints until `lease_until`, each only when
    /// no earlier event of the same patient to the same endpoint is still waiting, oldest
    /// first; a claimed event is not claimed again before its lease runs out.
    async fn claim_webhook_messages(
        &self,
        now: Timestamp,
        lease_until: Timestamp,
        limit: i64,
    ) -> StoreResult<Vec<WebhookMessage>>;
    /// Record a try and what becomes of its event, in one transaction (giving up disables
    /// the endpoint, with `reason`).
    async fn finish_webhook_message(
        &self,
        m: &WebhookMessage,
        attempt: &WebhookAttempt,
        outcome: WebhookOutcome,
        reason: &str,
    ) -> StoreResult<()>;
    /// The endpoint's latest tries, newest first.
    async fn webhook_attempts(&self, clinic: &ClinicId, endpoint: &str, limit: i64)
    -> StoreResult<Vec<WebhookAttempt>>;
}
