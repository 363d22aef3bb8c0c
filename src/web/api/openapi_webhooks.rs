//! The outbound-event routes (`webhooks.rs`) in the OpenAPI document.

use super::openapi::{get_op, op};
use crate::domain::webhooks::TEST_EVENT;
use serde_json::{Value, json};

pub fn add(doc: &mut Value) {
    let id = json!({"name": "id", "in": "path", "required": true, "schema": {"type": "string"}});
    let create = op(
        "Register an endpoint for outbound events (Standard Webhooks: webhook-id, webhook-timestamp and \
         webhook-signature v1 headers, HMAC-SHA256 over id.timestamp.body). The secret is in this answer only. \
         A URL on a loopback, private or link-local network is refused.",
        Some("NewWebhook"),
        "201",
        "Webhook",
    );
    let mut update = op(
        "Change an endpoint's URL, event types, text choice, or enable/disable it",
        Some("WebhookChange"),
        "200",
        "Webhook",
    );
    update["parameters"] = json!([id]);
    let mut rotate = op(
        "A new signing secret (in this answer only); the old one keeps signing beside it for 24 hours",
        None,
        "200",
        "Webhook",
    );
    rotate["parameters"] = json!([{"$ref": "#/components/parameters/IdempotencyKey"}, id]);
    let mut test = op(&format!("Queue a {TEST_EVENT} event to the endpoint"), None, "202", "WebhookTest");
    test["parameters"] = json!([{"$ref": "#/components/parameters/IdempotencyKey"}, id]);
    let mut show = get_op("One endpoint (never its secret)", "Webhook");
    show["parameters"] = json!([id]);
    let mut remove = get_op("Remove an endpoint with its waiting events and tries", "Webhook");
    remove["parameters"] = json!([id]);
    remove["responses"]["204"] = json!({"description": "removed"});
    if let Some(r) = remove["responses"].as_object_mut() {
        r.remove("200");
    }
    let mut attempts = get_op("The endpoint's latest 100 tries, newest first", "WebhookAttemptList");
    attempts["parameters"] = json!([id]);
    doc["paths"]["/webhooks"] = json!({"get": get_op("The clinic's endpoints", "WebhookList"), "post": create});
    doc["paths"]["/webhooks/{id}"] = json!({"get": show, "patch": update, "delete": remove});
    doc["paths"]["/webhooks/{id}/rotate-secret"] = json!({"post": rotate});
    doc["paths"]["/webhooks/{id}/test"] = json!({"post": test});
    doc["paths"]["/webhooks/{id}/attempts"] = json!({"get": attempts});
}
