//! Twilio webhooks. Every request must carry a valid `X-Twilio-Signature` over the public
//! URL it was sent to and its parameters; anything else is 403 and changes nothing.
//!
//! - `/webhooks/twilio/status?delivery=…`: delivery reports. They may repeat and arrive out
//!   of order; a delivery's status only moves forward.
//! - `/webhooks/twilio/sms`: replies, which `inbound.rs` acts on: STOP-family words opt the
//!   number out at once, START opts back in, HELP answers with the clinic's name and number,
//!   confirm/cancel words act on the visit the number's latest reminder was about.
//!
//! Twilio retries a webhook that timed out, and a signature never expires, so each is acted
//! on once: per `MessageSid` for a reply, per `MessageSid` and status for a report. A repeat
//! gets the first answer again (`once`).

use crate::domain::{ContactStatus, DeliveryId, DeliveryStatus, Phone};
use crate::notify::dispatch::decide;
use crate::notify::twilio::signature_matches;
use crate::state::AppState;
use crate::store::{ReportOnce, StatusReport, WebhookBegin};
use axum::Router;
use axum::body::Bytes;
use axum::extract::{OriginalUri, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;

pub fn router() -> Router<AppState> {
    Router::new().route("/webhooks/twilio/status", post(status)).route("/webhooks/twilio/sms", post(inbound))
}

/// The checked form parameters of a Twilio request, or the response to send instead.
fn verified(
    state: &AppState,
    uri: &OriginalUri,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<Vec<(String, String)>, StatusCode> {
    let Some(twilio) = state.notifier.twilio() else {
        return Err(StatusCode::NOT_FOUND);
    };
    let params: Vec<(String, String)> = serde_urlencoded::from_bytes(body).map_err(|_| StatusCode::BAD_REQUEST)?;
    let path_and_query = uri.0.path_and_query().map(|p| p.as_str()).unwrap_or("/");
    let url = state.config.public_link(path_and_query);
    let presented = headers.get("x-twilio-signature").and_then(|v| v.to_str().ok()).unwrap_or("");
    if presented.is_empty() || !signature_matches(twilio.auth_token(), &url, &params, presented) {
        tracing::warn!(path = uri.0.path(), "refused a Twilio webhook with a missing or wrong signature");
        state.metrics.event("webhooks_refused", "signature");
        return Err(StatusCode::FORBIDDEN);
    }
    Ok(params)
}

fn param<'a>(params: &'a [(String, String)], name: &str) -> Option<&'a str> {
    params.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

fn twiml(message: Option<&str>) -> String {
    match message {
        Some(m) => format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>{}</Message></Response>",
            xml_escape(m)
        ),
        None => "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>".to_string(),
    }
}

fn xml(body: String) -> Response {
    ([(header::CONTENT_TYPE, "text/xml; charset=utf-8")], body).into_response()
}

/// How long a webhook's receipt is kept: a repeat within this time is answered, not acted on.
const RECEIPTS_KEPT: jiff::SignedDuration = jiff::SignedDuration::from_hours(30 * 24);
/// A first request that has not answered by then is taken to have died, and a repeat acts.
const CLAIM_STALE: jiff::SignedDuration = jiff::SignedDuration::from_secs(60);
/// How long a repeat that arrives while the first is still being handled waits for its answer.
const WAIT_FOR_FIRST: std::time::Duration = std::time::Duration::from_secs(10);

/// Act on a webhook once per `key`: the first request runs `act` and its answer (TwiML) is
/// kept; a repeat, even a concurrent one, gets that answer and changes nothing. A failed
/// first attempt (`Err`, a 5xx) keeps nothing, so Twilio's retry acts again. Without a key
/// there is nothing to recognise a repeat by, and `act` runs.
async fn once(
    state: &AppState,
    key: Option<String>,
    act: impl std::future::Future<Output = Result<String, Response>>,
) -> Response {
    let Some(key) = key else {
        return act.await.map(xml).unwrap_or_else(|r| r);
    };
    let waiting_since = std::time::Instant::now();
    loop {
        let now = state.now();
        match state.store.webhook_begin(&key, now, now - CLAIM_STALE, now - RECEIPTS_KEPT).await {
            Ok(WebhookBegin::Fresh) => break,
            Ok(WebhookBegin::Replay(answer)) => {
                state.metrics.event("webhooks_replayed", key.split(':').next().unwrap_or(""));
                return xml(answer);
            }
            Ok(WebhookBegin::InProgress) if waiting_since.elapsed() < WAIT_FOR_FIRST => {
                tokio::time::sleep(std::time::Duration::from_millis(25)).await;
            }
            Ok(WebhookBegin::InProgress) => {
                // Still not answered: Twilio retries a 5xx, and by then there is an answer.
                return StatusCode::SERVICE_UNAVAILABLE.into_response();
            }
            Err(e) => {
                tracing::error!(error = %e, "claiming a webhook failed");
                return StatusCode::INTERNAL_SERVER_ERROR.into_response();
            }
        }
    }
    match act.await {
        Ok(answer) => {
            if let Err(e) = state.store.webhook_finish(&key, &answer).await {
                tracing::error!(error = %e, "keeping a webhook's answer failed");
            }
            xml(answer)
        }
        Err(failed) => {
            if let Err(e) = state.store.webhook_abandon(&key).await {
                tracing::error!(error = %e, "giving up a webhook's claim failed");
            }
            failed
        }
    }
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&apos;")
}

async fn status(State(state): State<AppState>, uri: OriginalUri, headers: HeaderMap, body: Bytes) -> Response {
    let params = match verified(&state, &uri, &headers, &body) {
        Ok(p) => p,
        Err(r) => return r.into_response(),
    };
    let delivery = uri.0.query().and_then(|q| {
        serde_urlencoded::from_str::<Vec<(String, String)>>(q)
            .ok()?
            .into_iter()
            .find(|(k, _)| k == "delivery")
            .and_then(|(_, v)| DeliveryId::parse(&v).ok())
    });
    let sid = param(&params, "MessageSid");
    let reported = param(&params, "MessageStatus").and_then(DeliveryStatus::from_twilio);
    let (Some(id), Some(status), Some(sid)) = (delivery, reported, sid) else {
        // Not ours to act on (Twilio's own name the delivery, the status and the message), but
        // well-formed and signed: acknowledge so Twilio stops.
        return xml(twiml(None));
    };
    // The receipt and the report are one write (one statement on PostgreSQL): a repeat of the
    // report, even a concurrent one, is answered from the receipt and changes nothing.
    let key = format!("status:{sid}:{}", param(&params, "MessageStatus").unwrap_or(""));
    let now = state.now();
    let error_code = param(&params, "ErrorCode").filter(|c| !c.is_empty());
    let report = StatusReport { id: &id, status, provider_id: Some(sid), error_code };
    let answer = twiml(None);
    let moved = match state.store.report_once(&key, &answer, report, now, now - RECEIPTS_KEPT).await {
        Ok(ReportOnce::Applied(moved)) => moved,
        Ok(ReportOnce::Replay(kept)) => {
            state.metrics.event("webhooks_replayed", "status");
            return xml(kept);
        }
        Err(e) => {
            tracing::error!(error = %e, "recording a status report failed");
            // Twilio retries on 5xx; nothing was kept.
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    if let Some((d, true)) = moved
        && matches!(d.status, DeliveryStatus::Undelivered | DeliveryStatus::Failed)
        && let Err(e) = after_failure(&state, &d, error_code, now).await
    {
        tracing::error!(error = ?e, "acting on a failed delivery report");
    }
    xml(answer)
}

/// An undelivered report for a handset out of reach for now (30003) is retried while the
/// message can help; whether it was put back in the queue.
async fn retried(
    state: &AppState,
    d: &crate::store::Delivery,
    code: Option<&str>,
    now: jiff::Timestamp,
) -> anyhow::Result<bool> {
    match code {
        Some(code) if d.status == DeliveryStatus::Undelivered && decide::temporary_report(Some(code)) => {
            state.dispatcher.retry_after_report(d, code, now).await
        }
        _ => Ok(false),
    }
}

/// A delivery the carrier could not complete: retry it if the handset was only out of reach
/// and there is time; otherwise flag the number when the code says it is bad, and try the
/// patient's next channel.
async fn after_failure(
    state: &AppState,
    d: &crate::store::Delivery,
    code: Option<&str>,
    now: jiff::Timestamp,
) -> anyhow::Result<()> {
    if retried(state, d, code, now).await? {
        return Ok(());
    }
    let flag = match code {
        Some("21610") => Some(ContactStatus::OptedOut),
        Some("30005" | "30006" | "21211" | "21614" | "30004") => Some(ContactStatus::Invalid),
        _ => None,
    };
    // A caregiver's copy: the caregiver's contact point is the one at fault, never the patient's.
    if let Some(grant) = &d.grant_id {
        if let (Some(flag), Some(g)) = (flag, state.store.grant(grant).await?) {
            state.store.set_copy_contact_status((d.channel.as_str(), &g.contact.address()), Some(flag), now).await?;
        }
        return Ok(());
    }
    if let Some(flag) = flag {
        state.store.set_contact_status(&d.patient_id, d.channel, flag, now).await?;
    }
    if let Some(patient) = state.store.patient(&d.clinic_id, &d.patient_id).await? {
        state.dispatcher.fall_back(d, &patient, now).await?;
    }
    Ok(())
}

async fn inbound(State(state): State<AppState>, uri: OriginalUri, headers: HeaderMap, body: Bytes) -> Response {
    let params = match verified(&state, &uri, &headers, &body) {
        Ok(p) => p,
        Err(r) => return r.into_response(),
    };
    let Some(from) = param(&params, "From").and_then(|f| Phone::parse(f).ok()) else {
        return xml(twiml(None));
    };
    let text = param(&params, "Body").unwrap_or("");
    let key = param(&params, "MessageSid").map(|sid| format!("sms:{sid}"));
    let act = async {
        match super::inbound::handle(&state, &from, param(&params, "To"), text).await {
            Ok(reply) => Ok(twiml(reply.as_deref())),
            Err(e) => {
                tracing::error!(error = ?e, "handling an inbound SMS failed");
                Err(StatusCode::INTERNAL_SERVER_ERROR.into_response())
            }
        }
    };
    once(&state, key, act).await
}
