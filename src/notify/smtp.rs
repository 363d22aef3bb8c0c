//! Email over SMTP with lettre (tokio, rustls). `smtps://` is TLS from the first byte;
//! `smtp://host:587?tls=required` upgrades with STARTTLS; plain `smtp://` is for a relay on
//! the same host. Messages are multipart text + HTML with `Message-ID` and `Date`, from the
//! clinic's name at the configured address.

use super::{Accepted, SendError};
use crate::domain::Email;
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::time::Duration;

pub struct Smtp {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: lettre::Address,
}

impl Smtp {
    /// `ca_file` adds trusted roots (PEM) for a relay whose certificate a private CA signed.
    pub fn new(url: &url::Url, from: &str, ca_file: Option<&std::path::Path>) -> anyhow::Result<Self> {
        let builder = match ca_file {
            None => AsyncSmtpTransport::<Tokio1Executor>::from_url(url.as_str())?,
            Some(path) => {
                let host = url.host_str().ok_or_else(|| anyhow::anyhow!("the SMTP URL has no host"))?;
                let pem = std::fs::read(path)?;
                let params = TlsParameters::builder(host.to_string())
                    .add_root_certificate(Certificate::from_pem(&pem)?)
                    .build_rustls()?;
                let required = url.query_pairs().any(|(k, v)| k == "tls" && v == "required");
                let (tls, default_port) = match url.scheme() {
                    "smtps" => (Tls::Wrapper(params), 465),
                    _ if required => (Tls::Required(params), 587),
                    _ => (Tls::Opportunistic(params), 587),
                };
                let mut b = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
                    .port(url.port().unwrap_or(default_port))
                    .tls(tls);
                if !url.username().is_empty() {
                    let decode = |s: &str| percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned();
                    b = b.credentials(Credentials::new(decode(url.username()), decode(url.password().unwrap_or(""))));
                }
                b
            }
        };
        let transport = builder.timeout(Some(Duration::from_secs(15))).build();
        Ok(Smtp { transport, from: from.parse()? })
    }

    #[tracing::instrument(skip_all, fields(to = ?to))]
    pub async fn send(
        &self,
        to: &Email,
        sender_name: &str,
        subject: &str,
        text: &str,
        html: &str,
    ) -> Result<Accepted, SendError> {
        let bad = |code: &str| SendError::BadAddress { code: code.into() };
        let to_box: Mailbox = to.as_str().parse().map_err(|_| bad("address"))?;
        let message = Message::builder()
            .from(Mailbox::new(Some(sender_name.to_string()), self.from.clone()))
            .to(to_box)
            .subject(subject)
            .message_id(None)
            .date_now()
            .multipart(MultiPart::alternative_plain_html(text.to_string(), html.to_string()))
            .map_err(|e| SendError::Rejected { code: format!("build: {e}") })?;
        let message_id = message
            .headers()
            .get_raw("Message-ID")
            .map(|s| s.trim().trim_start_matches('<').trim_end_matches('>').to_string());
        match self.transport.send(message).await {
            Ok(_) => Ok(Accepted { provider_id: message_id, segments: None }),
            Err(e) => {
                let code = e.status().map(|c| c.to_string()).unwrap_or_else(|| "connection".into());
                if e.is_permanent() {
                    // 5xx: the mailbox or domain does not exist, or the message is refused.
                    Err(SendError::BadAddress { code })
                } else {
                    Err(SendError::Transient { code, backoff: false })
                }
            }
        }
    }
}
