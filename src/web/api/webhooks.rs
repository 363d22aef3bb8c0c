//! A clinic's endpoints for outbound events (`outbound`): `POST /webhooks` registers one (a URL
//! and the event types; the signing secret is in that answer only), `GET /webhooks` and
//! `GET/PATCH/DELETE /webhooks/{id}` list, change (URL, types, text, enabled) and remove them,
//! `POST /webhooks/{id}/rotate-secret` gives a new secret (the old one keeps signing beside it
//! for 24 hours), `POST /webhooks/{id}/test` queues a `webhook.test` event, and
//! `GET /webhooks/{id}/attempts` lists the latest tries. A URL to a loopback, private or
//! link-local address is refused (unless `PORTICO_WEBHOOKS_ALLOW_PRIVATE=1`). Every write is audited.

use super::auth::ApiCaller;
use super::openapi::List;
use super::routes::{Doc, Routes};
use super::{ApiJson, ApiPath, rfc3339};
use crate::domain::webhooks::TEST_EVENT;
use crate::domain::webhooks::{
    EVENT_TYPES, ROTATION_OVERLAP_HOURS, check_url, events_of, is_public, new_secret, parse_events,
};
use crate::state::AppState;
use crate::store::{AuditEvent, Clinic, WebhookEndpoint};
use crate::web::api::error::{ApiResult, AppError};
use axum::extract::State;
use axum::http::StatusCode;
use axum::{Extension, Json};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub(super) fn routes() -> Routes {
    Routes::new()
        .get("/webhooks", list, Doc::ok::<List<EndpointBody>>("The clinic's endpoints"))
        .post(
            "/webhooks",
            create,
            Doc::created::<EndpointBody>(
                "Register an endpoint for outbound events (Standard Webhooks: webhook-id, webhook-timestamp and \
                 webhook-signature v1 headers, HMAC-SHA256 over id.timestamp.body). The secret is in this answer only. \
                 A URL on a loopback, private or link-local network is refused.",
            )
            .body::<CreateEndpoint>(),
        )
        .get("/webhooks/{id}", show, Doc::ok::<EndpointBody>("One endpoint (never its secret)"))
        .patch(
            "/webhooks/{id}",
            update,
            Doc::ok::<EndpointBody>("Change an endpoint's URL, event types, text choice, or enable/disable it")
                .body::<UpdateEndpoint>(),
        )
        .delete(
            "/webhooks/{id}",
            remove,
            Doc::no_content("Remove an endpoint with its waiting events and tries", "Removed"),
        )
        .post(
            "/webhooks/{id}/rotate-secret",
            rotate,
            Doc::ok::<EndpointBody>(
                "A new signing secret (in this answer only); the old one keeps signing beside it for 24 hours",
            ),
        )
        .post(
            "/webhooks/{id}/test",
            test,
            Doc::accepted::<WebhookTest>(format!("Queue a {TEST_EVENT} event to the endpoint")),
        )
        .get(
            "/webhooks/{id}/attempts",
            attempts,
            Doc::ok::<List<WebhookAttempt>>("The endpoint's latest 100 tries, newest first"),
        )
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "NewWebhook")]
struct CreateEndpoint {
    #[schemars(extend("format" = "uri"))]
    url: String,
    #[schemars(schema_with = "event_types")]
    events: Vec<String>,
    /// message.received carries the message's text
    #[serde(default)]
    include_text: bool,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "WebhookChange")]
struct UpdateEndpoint {
    #[schemars(extend("format" = "uri"))]
    url: Option<String>,
    #[schemars(schema_with = "event_types")]
    events: Option<Vec<String>>,
    include_text: Option<bool>,
    /// true enables a disabled endpoint again
    enabled: Option<bool>,
}

#[derive(Serialize, JsonSchema)]
#[schemars(rename = "Webhook")]
struct EndpointBody {
    id: String,
    url: String,
    #[schemars(schema_with = "event_types")]
    events: Vec<String>,
    include_text: bool,
    /// `active`, or `disabled` (with why).
    #[schemars(extend("enum" = ["active", "disabled"]))]
    status: &'static str,
    disabled_reason: Option<String>,
    #[schemars(extend("format" = "date-time"))]
    created_at: String,
    #[schemars(extend("format" = "date-time"))]
    updated_at: String,
    /// whsec_…: only in the answers that make a secret (create, rotate).
    #[serde(skip_serializing_if = "Option::is_none")]
    secret: Option<String>,
}

/// The event types an endpoint takes (at least one).
fn event_types(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({"type": "array", "items": {"enum": EVENT_TYPES}, "minItems": 1})
}

#[derive(Serialize, JsonSchema)]
struct WebhookTest {
    /// The `webhook-id` the test event is sent with
    message_id: String,
}

#[derive(Serialize, JsonSchema)]
struct WebhookAttempt {
    message_id: String,
    #[serde(rename = "type")]
    event_type: String,
    #[schemars(extend("format" = "date-time"))]
    at: String,
    /// The HTTP status the endpoint answered, if it answered
    status_code: Option<i64>,
    error: Option<String>,
    duration_ms: i64,
}

/// This module's bodies, for the OpenAPI document.
fn body(e: &WebhookEndpoint, secret: Option<String>) -> EndpointBody {
    EndpointBody {
        id: e.id.clone(),
        url: e.url.clone(),
        events: events_of(&e.events).into_iter().map(String::from).collect(),
        include_text: e.include_text,
        status: if e.active { "active" } else { "disabled" },
        disabled_reason: e.disabled_reason.clone(),
        created_at: rfc3339(e.created_at),
        updated_at: rfc3339(e.updated_at),
        secret,
    }
}

/// The URL, checked: its form, and every address its host has now.
async fn target(state: &AppState, raw: &str) -> ApiResult<String> {
    let allow = state.config.webhooks_allow_private;
    let url = check_url(raw, allow).map_err(|e| AppError::invalid("url", e.0))?;
    if let (false, Some(url::Host::Domain(host))) = (allow, url.host()) {
        let lookup = tokio::net::lookup_host(format!("{host}:0"));
        // A host that does not resolve yet is taken; each send checks again.
        if let Ok(Ok(mut addrs)) = tokio::time::timeout(std::time::Duration::from_secs(3), lookup).await
            && addrs.any(|a| !is_public(a.ip()))
        {
            return Err(AppError::invalid("url", "resolves to a loopback, private or link-local address"));
        }
    }
    Ok(url.to_string())
}

fn sealed(state: &AppState, id: &str, secret: &str) -> ApiResult<Vec<u8>> {
    crate::links::seal(&state.links.keys.ring(), &crate::outbound::seal_context(id), secret.as_bytes())
        .map_err(|e| AppError::Internal(anyhow::anyhow!("sealing a webhook secret: {e:?}")))
}

fn secret() -> ApiResult<String> {
    new_secret().ok_or_else(|| AppError::Internal(anyhow::anyhow!("no randomness for a webhook secret")))
}

async fn audit(state: &AppState, clinic: &Clinic, caller: &ApiCaller, id: &str, action: &str) -> ApiResult<()> {
    let event = AuditEvent::new(state.now(), Some(&clinic.id), caller.actor.clone(), action).subject(id);
    state.store.record_audit(&event).await?;
    Ok(())
}

async fn load(state: &AppState, clinic: &Clinic, id: &str) -> ApiResult<WebhookEndpoint> {
    state.store.webhook_endpoint(&clinic.id, id).await?.ok_or(AppError::NotFound("webhook"))
}

async fn create(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    Extension(caller): Extension<ApiCaller>,
    ApiJson(b): ApiJson<CreateEndpoint>,
) -> ApiResult<(StatusCode, Json<EndpointBody>)> {
    let url = target(&state, &b.url).await?;
    let events = parse_events(b.events.iter().map(String::as_str)).map_err(|e| AppError::invalid("events", e.0))?;
    let now = state.now();
    let id = crate::domain::new_id_string("whk");
    let secret = secret()?;
    let e = WebhookEndpoint {
        secret: sealed(&state, &id, &secret)?,
        id,
        clinic_id: clinic.id.clone(),
        url,
        events,
        include_text: b.include_text,
        old_secret: None,
        disabled_reason: None,
        active: true,
        created_at: now,
        updated_at: now,
    };
    state.store.insert_webhook_endpoint(&e).await?;
    audit(&state, &clinic, &caller, &e.id, "webhook.created").await?;
    Ok((StatusCode::CREATED, Json(body(&e, Some(secret)))))
}

async fn list(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
) -> ApiResult<Json<List<EndpointBody>>> {
    let all = state.store.webhook_endpoints(&clinic.id).await?;
    Ok(Json(List { data: all.iter().map(|e| body(e, None)).collect() }))
}

async fn show(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    ApiPath(id): ApiPath,
) -> ApiResult<Json<EndpointBody>> {
    Ok(Json(body(&load(&state, &clinic, &id).await?, None)))
}

async fn update(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    Extension(caller): Extension<ApiCaller>,
    ApiPath(id): ApiPath,
    ApiJson(b): ApiJson<UpdateEndpoint>,
) -> ApiResult<Json<EndpointBody>> {
    let mut e = load(&state, &clinic, &id).await?;
    if let Some(url) = &b.url {
        e.url = target(&state, url).await?;
    }
    if let Some(events) = &b.events {
        e.events = parse_events(events.iter().map(String::as_str)).map_err(|x| AppError::invalid("events", x.0))?;
    }
    if let Some(t) = b.include_text {
        e.include_text = t;
    }
    if let Some(enabled) = b.enabled {
        e.active = enabled;
        e.disabled_reason = (!enabled).then(|| "disabled by the clinic".to_string());
    }
    e.updated_at = state.now();
    state.store.update_webhook_endpoint(&e).await?;
    audit(&state, &clinic, &caller, &e.id, "webhook.changed").await?;
    Ok(Json(body(&e, None)))
}

async fn remove(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    Extension(caller): Extension<ApiCaller>,
    ApiPath(id): ApiPath,
) -> ApiResult<StatusCode> {
    if !state.store.delete_webhook_endpoint(&clinic.id, &id).await? {
        return Err(AppError::NotFound("webhook"));
    }
    audit(&state, &clinic, &caller, &id, "webhook.deleted").await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn rotate(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    Extension(caller): Extension<ApiCaller>,
    ApiPath(id): ApiPath,
) -> ApiResult<Json<EndpointBody>> {
    let mut e = load(&state, &clinic, &id).await?;
    let now = state.now();
    let secret = secret()?;
    let old = std::mem::replace(&mut e.secret, sealed(&state, &e.id, &secret)?);
    e.old_secret = Some((old, now + jiff::SignedDuration::from_hours(ROTATION_OVERLAP_HOURS)));
    e.updated_at = now;
    state.store.update_webhook_endpoint(&e).await?;
    audit(&state, &clinic, &caller, &e.id, "webhook.secret_rotated").await?;
    Ok(Json(body(&e, Some(secret))))
}

async fn test(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    ApiPath(id): ApiPath,
) -> ApiResult<(StatusCode, Json<WebhookTest>)> {
    let e = load(&state, &clinic, &id).await?;
    let message = format!("msg_{}", crate::domain::new_id_string("t").trim_start_matches("t_").to_lowercase());
    state.store.queue_webhook_test(&e, &message, state.now()).await?;
    Ok((StatusCode::ACCEPTED, Json(WebhookTest { message_id: message })))
}

async fn attempts(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    ApiPath(id): ApiPath,
) -> ApiResult<Json<List<WebhookAttempt>>> {
    let e = load(&state, &clinic, &id).await?;
    let tries = state.store.webhook_attempts(&clinic.id, &e.id, 100).await?;
    let data = tries
        .iter()
        .map(|a| WebhookAttempt {
            message_id: a.message_id.clone(),
            event_type: a.event_type.clone(),
            at: rfc3339(a.at),
            status_code: a.status_code,
            error: a.error.clone(),
            duration_ms: a.duration_ms,
        })
        .collect();
    Ok(Json(List { data }))
}
