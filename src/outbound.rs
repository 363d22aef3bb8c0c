//! Sending outbound events to the clinics' endpoints (Standard Webhooks; `domain/webhooks.rs`
//! has the format). The events are written by the database in the transaction of their change
//! (migration 0027); this worker claims the due ones under a lease, as the dispatcher claims
//! messages, so several processes share them and each is sent by one, and sends them at once
//! (one endpoint that is slow or down does not hold up the others). Events of one patient to
//! one endpoint go in order: the next waits until the earlier one is delivered or given up. A
//! failed try is retried on the Standard Webhooks schedule (5 s, 5 min, 30 min, 2 h, 5 h, 10 h,
//! 10 h); when the last one fails the event is given up, the endpoint disabled, and that is
//! audited (`webhook.disabled`), shown on the endpoint and emailed to the clinic's admins. Targets are checked against SSRF at
//! every send, also after DNS: an address on a loopback, private or link-local network is
//! never connected to unless `PORTICO_WEBHOOKS_ALLOW_PRIVATE=1`.

use crate::domain::Actor;
use crate::domain::webhooks::{RETRY_AFTER_SECONDS, check_url, is_public, signature};
use crate::i18n::Arg;
use crate::state::AppState;
use crate::store::{AuditEvent, StoreError, WebhookAttempt, WebhookEndpoint, WebhookMessage, WebhookOutcome};
use jiff::Timestamp;
use serde_json::json;
use std::sync::Arc;
use std::time::{Duration, Instant};

const BATCH: i64 = 32;
const LEASE_SECONDS: i64 = 60;
const TIMEOUT: Duration = Duration::from_secs(10);
/// How often `serve` looks for due events.
pub const EVERY: Duration = Duration::from_secs(1);

/// The context a secret is sealed under: the endpoint it belongs to.
pub fn seal_context(endpoint_id: &str) -> Vec<u8> {
    format!("webhook-secret:{endpoint_id}").into_bytes()
}

/// Send every due event (in batches, until fewer than a batch are due); how many were tried.
pub async fn send_due(state: &AppState) -> Result<usize, StoreError> {
    let client = client(state.config.webhooks_allow_private);
    let mut done = 0;
    loop {
        let now = state.now();
        let lease = now + jiff::SignedDuration::from_secs(LEASE_SECONDS);
        let batch = state.store.claim_webhook_messages(now, lease, BATCH).await?;
        let n = batch.len();
        let mut sends = tokio::task::JoinSet::new();
        for m in batch {
            let (state, client) = (state.clone(), client.clone());
            sends.spawn(async move { send(&state, &client, m).await });
        }
        while let Some(result) = sends.join_next().await {
            match result {
                Ok(Err(e)) => tracing::warn!(error = %e, "could not record an outbound event's try"),
                Err(e) => tracing::error!(error = %e, "an outbound event's send stopped"),
                Ok(Ok(())) => {}
            }
        }
        done += n;
        if (n as i64) < BATCH {
            return Ok(done);
        }
    }
}

async fn send(state: &AppState, client: &reqwest::Client, m: WebhookMessage) -> Result<(), StoreError> {
    let Some(endpoint) = state.store.webhook_endpoint(&m.clinic_id, &m.endpoint_id).await? else {
        return Ok(());
    };
    let now = state.now();
    let body = serde_json::to_vec(&payload(&m)).unwrap_or_default();
    let started = Instant::now();
    let answer = post(state, client, &endpoint, &m, &body, now).await;
    let duration_ms = started.elapsed().as_millis() as i64;
    let (status_code, error) = match &answer {
        Ok(code) if (200..300).contains(code) => (Some(*code), None),
        Ok(code) => (Some(*code), Some(format!("answered {code}"))),
        Err(why) => (None, Some(why.clone())),
    };
    let outcome = match (&error, usize::try_from(m.attempts).unwrap_or(usize::MAX)) {
        (None, _) => WebhookOutcome::Delivered,
        (Some(_), tries) if tries > RETRY_AFTER_SECONDS.len() => WebhookOutcome::GaveUp,
        (Some(_), tries) => {
            let wait = RETRY_AFTER_SECONDS[tries.saturating_sub(1)];
            WebhookOutcome::RetryAt(now + jiff::SignedDuration::from_secs(wait))
        }
    };
    let reason = format!(
        "event {} was not taken after {} tries since {}: {}",
        m.id,
        m.attempts,
        m.occurred_at,
        error.as_deref().unwrap_or("")
    );
    let attempt = WebhookAttempt {
        message_id: m.id.clone(),
        event_type: m.event_type.clone(),
        at: now,
        status_code,
        error,
        duration_ms,
    };
    state.store.finish_webhook_message(&m, &attempt, outcome, &reason).await?;
    if outcome == WebhookOutcome::GaveUp {
        tracing::warn!(endpoint = %endpoint.id, %reason, "outbound endpoint disabled");
        let event = AuditEvent::new(now, Some(&m.clinic_id), Actor::System, "webhook.disabled")
            .subject(&endpoint.id)
            .detail(reason);
        state.store.record_audit(&event).await?;
        tell_admins(state, &endpoint, &m).await?;
    }
    Ok(())
}

/// The notice that an endpoint was disabled: an email to each of the clinic's admins, in
/// their language.
async fn tell_admins(state: &AppState, endpoint: &WebhookEndpoint, m: &WebhookMessage) -> Result<(), StoreError> {
    let Some(clinic) = state.store.clinic(&m.clinic_id).await? else { return Ok(()) };
    let since = m.occurred_at.to_zoned(clinic.time_zone.tz().clone());
    for member in state.store.staff(&clinic.id).await? {
        let (crate::domain::StaffRole::Admin, Some(address)) = (member.role, &member.email) else { continue };
        let t = crate::care_team::lang_of(&member);
        let when = t.datetime_short(&since);
        let args = [
            ("name", Arg::Str(member.name.as_str())),
            ("url", Arg::Str(&endpoint.url)),
            ("when", Arg::Str(&when)),
            ("id", Arg::Str(&endpoint.id)),
        ];
        crate::care_team::send(
            state,
            &clinic,
            address,
            t,
            "email-subject-webhook-disabled",
            "email-webhook-disabled",
            &args,
        )
        .await;
    }
    Ok(())
}

/// POST the event; the HTTP status, or why there was none.
async fn post(
    state: &AppState,
    client: &reqwest::Client,
    endpoint: &WebhookEndpoint,
    m: &WebhookMessage,
    body: &[u8],
    now: Timestamp,
) -> Result<i64, String> {
    let url = check_url(&endpoint.url, state.config.webhooks_allow_private).map_err(|e| format!("the URL {}", e.0))?;
    let ring = state.links.keys.ring();
    let context = seal_context(&endpoint.id);
    let mut secrets = vec![endpoint.secret.clone()];
    if let Some((old, until)) = &endpoint.old_secret
        && *until > now
    {
        secrets.push(old.clone());
    }
    let timestamp = now.as_second();
    let mut signatures = vec![];
    for sealed in secrets {
        let secret =
            crate::links::open(&ring, &context, &sealed).map_err(|_| "the secret cannot be opened".to_string())?;
        let secret = String::from_utf8(secret).map_err(|_| "the secret cannot be opened".to_string())?;
        signatures.extend(signature(&secret, &m.id, timestamp, body));
    }
    let answer = client
        .post(url)
        .header("content-type", "application/json")
        .header("webhook-id", &m.id)
        .header("webhook-timestamp", timestamp.to_string())
        .header("webhook-signature", signatures.join(" "))
        .body(body.to_vec())
        .send()
        .await
        .map_err(|e| {
            let mut why = e.to_string();
            let mut source = std::error::Error::source(&e);
            while let Some(s) = source {
                why = format!("{why}: {s}");
                source = s.source();
            }
            why.chars().take(500).collect::<String>()
        })?;
    Ok(i64::from(answer.status().as_u16()))
}

/// The event's body: its type, when it happened and the ids it is about (the message's text
/// only to an endpoint that takes it).
pub fn payload(m: &WebhookMessage) -> serde_json::Value {
    let mut data = json!({ "clinic_id": m.clinic_id.as_str() });
    if let Some(p) = &m.patient_id {
        data["patient_id"] = json!(p);
    }
    let subject = m.subject_id.clone();
    match m.event_type.as_str() {
        t if t.starts_with("appointment.") => data["appointment_id"] = json!(subject),
        "message.received" => {
            data["message_id"] = json!(subject);
            if let Some(text) = &m.text {
                data["text"] = json!(text);
            }
        }
        "refill.requested" | "refill.updated" => {
            data["refill_id"] = json!(subject);
            data["status"] = json!(m.detail);
        }
        "contact_point.flagged" => {
            data["channel"] = json!(subject);
            data["status"] = json!(m.detail);
        }
        "delivery.failed" => {
            data["delivery_id"] = json!(subject);
            data["channel"] = json!(m.detail);
        }
        "conversation.overdue" => data["conversation_id"] = json!(subject),
        _ => data["test"] = json!(true),
    }
    json!({ "type": m.event_type, "timestamp": m.occurred_at.to_string(), "data": data })
}

/// The HTTP client of outbound events: no redirects (a 3xx is a failed try), a time limit,
/// and a resolver that drops every address that is not public unless private ones are allowed.
fn client(allow_private: bool) -> reqwest::Client {
    let mut b = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).timeout(TIMEOUT);
    if !allow_private {
        b = b.dns_resolver(Arc::new(PublicOnly));
    }
    b.build().unwrap_or_default()
}

struct PublicOnly;

impl reqwest::dns::Resolve for PublicOnly {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        Box::pin(async move {
            let host = format!("{}:0", name.as_str());
            let found: Vec<std::net::SocketAddr> =
                tokio::net::lookup_host(host).await?.filter(|a| is_public(a.ip())).collect();
            if found.is_empty() {
                let why = format!("{} has no public address", name.as_str());
                return Err(Box::<dyn std::error::Error + Send + Sync>::from(why));
            }
            let addrs: reqwest::dns::Addrs = Box::new(found.into_iter());
            Ok(addrs)
        })
    }
}

#[cfg(test)]
#[path = "outbound_tests.rs"]
mod tests;
