//! Twilio over its REST API: one form POST per message, Basic auth, rustls. Errors are
//! classified as docs/SECURITY.md lists, so the dispatcher can tell "retry later" from "never
//! retry" without knowing Twilio. Also the webhook signature check.

use super::{Accepted, SendError};
use crate::config::{TwilioConfig, TwilioSender};
use crate::domain::Phone;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use ring::hmac;
use serde::Deserialize;
use std::time::Duration;

pub struct Twilio {
    http: reqwest::Client,
    messages_url: String,
    config: TwilioConfig,
}

#[derive(Deserialize)]
struct Created {
    sid: String,
    #[serde(default)]
    num_segments: Option<String>,
}

/// A message Twilio has on record for a number.
#[derive(Debug, Clone, Deserialize)]
pub struct Listed {
    pub sid: String,
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub num_segments: Option<String>,
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub messaging_service_sid: Option<String>,
    /// RFC 2822, as Twilio writes dates.
    #[serde(default)]
    pub date_created: Option<String>,
}

impl Listed {
    /// When Twilio created it, if it said so readably.
    pub fn created(&self) -> Option<jiff::Timestamp> {
        jiff::fmt::rfc2822::parse(self.date_created.as_deref()?).ok().map(|z| z.timestamp())
    }
}

#[derive(Deserialize)]
struct Page {
    #[serde(default)]
    messages: Vec<Listed>,
}

#[derive(Deserialize)]
struct ApiError {
    code: Option<u32>,
    #[serde(default)]
    message: Option<String>,
}

impl Twilio {
    pub fn new(config: TwilioConfig) -> anyhow::Result<Self> {
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(5))
            .timeout(Duration::from_secs(15))
            .build()?;
        let messages_url = format!(
            "{}/2010-04-01/Accounts/{}/Messages.json",
            config.api_base.as_str().trim_end_matches('/'),
            config.account_sid
        );
        Ok(Twilio { http, messages_url, config })
    }

    pub fn auth_token(&self) -> &str {
        &self.config.auth_token
    }

    /// Whether a text sent to `number` can be answering one of Portico's: it went to the
    /// configured `From` number, or to any number when a messaging service picks the sender
    /// from its pool.
    pub fn answers_for(&self, number: &str) -> bool {
        match &self.config.sender {
            TwilioSender::From(f) => f == number,
            TwilioSender::MessagingService(_) => true,
        }
    }

    /// Send one SMS. `validity` bounds how long Twilio may keep trying (seconds).
    #[tracing::instrument(skip_all, fields(to = ?to))]
    pub async fn send(
        &self,
        to: &Phone,
        body: &str,
        status_callback: Option<&str>,
        validity: Option<u32>,
    ) -> Result<Accepted, SendError> {
        let mut form: Vec<(&str, String)> = vec![("To", to.to_string()), ("Body", body.to_string())];
        match &self.config.sender {
            TwilioSender::From(f) => form.push(("From", f.clone())),
            TwilioSender::MessagingService(s) => form.push(("MessagingServiceSid", s.clone())),
        }
        if let Some(cb) = status_callback {
            form.push(("StatusCallback", cb.to_string()));
        }
        if let Some(v) = validity {
            form.push(("ValidityPeriod", v.clamp(1, 36_000).to_string()));
        }
        let resp = self
            .http
            .post(&self.messages_url)
            .basic_auth(&self.config.account_sid, Some(&self.config.auth_token))
            .form(&form)
            .send()
            .await
            .map_err(|e| SendError::Transient {
                // A refused connection sent nothing; any other failure may have come after
                // Twilio took the message ("ambiguous", see `dispatch`).
                code: if e.is_connect() {
                    "connect".into()
                } else if e.is_timeout() {
                    "timeout".into()
                } else {
                    "network".into()
                },
                backoff: false,
            })?;
        let status = resp.status();
        let text = resp.text().await.unwrap_or_default();
        if status.is_success() {
            let created: Created = serde_json::from_str(&text)
                .map_err(|_| SendError::Transient { code: "bad-response".into(), backoff: false })?;
            return Ok(Accepted {
                provider_id: Some(created.sid),
                segments: created.num_segments.and_then(|n| n.parse().ok()),
            });
        }
        let err: Option<ApiError> = serde_json::from_str(&text).ok();
        let code = err.as_ref().and_then(|e| e.code);
        tracing::info!(
            http = status.as_u16(),
            code,
            message = err.as_ref().and_then(|e| e.message.as_deref()),
            "twilio refused a message"
        );
        Err(classify(status.as_u16(), code))
    }
}

impl Twilio {
    /// The newest messages Portico's sender (`From` number or messaging service) sent `to` that
    /// Twilio created at or after `since`, newest first. Messages from another sender, or
    /// without a readable date, are left out: they cannot be the send being looked for.
    pub async fn recent_to(&self, to: &Phone, since: jiff::Timestamp, limit: u32) -> Result<Vec<Listed>, SendError> {
        let mut query = vec![("To", to.as_str().to_string()), ("PageSize", limit.to_string())];
        if let TwilioSender::From(f) = &self.config.sender {
            query.push(("From", f.clone()));
        }
        let resp = self
            .http
            .get(&self.messages_url)
            .basic_auth(&self.config.account_sid, Some(&self.config.auth_token))
            .query(&query)
            .send()
            .await
            .map_err(|_| SendError::Transient { code: "network".into(), backoff: false })?;
        let status = resp.status();
        if !status.is_success() {
            return Err(classify(status.as_u16(), None));
        }
        let page: Page =
            resp.json().await.map_err(|_| SendError::Transient { code: "bad-response".into(), backoff: false })?;
        let ours = |m: &Listed| match &self.config.sender {
            TwilioSender::From(f) => m.from.as_deref() == Some(f.as_str()),
            TwilioSender::MessagingService(s) => m.messaging_service_sid.as_deref() == Some(s.as_str()),
        };
        Ok(page.messages.into_iter().filter(|m| ours(m) && m.created().is_some_and(|t| t >= since)).collect())
    }
}

/// Map Twilio's answer to what the dispatcher does with it.
pub fn classify(http: u16, code: Option<u32>) -> SendError {
    match code {
        Some(21610) => SendError::OptedOut { code: "21610".into() },
        Some(c @ (21211 | 21614 | 30005 | 30006 | 21408 | 21612)) => SendError::BadAddress { code: c.to_string() },
        Some(20429) => SendError::Transient { code: "20429".into(), backoff: true },
        Some(c @ 30003) => SendError::Transient { code: c.to_string(), backoff: false },
        _ if http == 429 => {
            SendError::Transient { code: code.map(|c| c.to_string()).unwrap_or_else(|| "429".into()), backoff: true }
        }
        _ if http >= 500 => SendError::Transient {
            code: code.map(|c| c.to_string()).unwrap_or_else(|| http.to_string()),
            backoff: false,
        },
        Some(c) => SendError::Rejected { code: c.to_string() },
        None => SendError::Rejected { code: http.to_string() },
    }
}

/// Twilio's request signature: base64 of HMAC-SHA1 over the full URL followed by every POST
/// parameter's name and value, sorted by name.
pub fn signature(auth_token: &str, url: &str, params: &[(String, String)]) -> String {
    let mut sorted: Vec<&(String, String)> = params.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
    let mut data = String::with_capacity(url.len() + 256);
    data.push_str(url);
    for (k, v) in sorted {
        data.push_str(k);
        data.push_str(v);
    }
    let key = hmac::Key::new(hmac::HMAC_SHA1_FOR_LEGACY_USE_ONLY, auth_token.as_bytes());
    STANDARD.encode(hmac::sign(&key, data.as_bytes()).as_ref())
}

/// Check a presented `X-Twilio-Signature` in constant time.
pub fn signature_matches(auth_token: &str, url: &str, params: &[(String, String)], presented: &str) -> bool {
    let want = signature(auth_token, url, params);
    crate::links::constant_time_eq(want.as_bytes(), presented.trim().as_bytes())
}

#[cfg(test)]
#[path = "twilio_tests.rs"]
mod tests;
