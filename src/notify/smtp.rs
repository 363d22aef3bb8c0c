//! Email over SMTP with lettre (tokio, rustls). `smtps://` is TLS from the first byte;
//! `smtp://host:587?tls=required` upgrades with STARTTLS; plain `smtp://` is for a relay on
//! the same host. Messages are multipart text + HTML with `Message-ID` and `Date`, from the
//! clinic's name at the configured address.

use super::{Accepted, SendError};
use crate::domain::Email;
use lettre::Message;
use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::{Credentials, DEFAULT_MECHANISMS};
use lettre::transport::smtp::client::{AsyncSmtpConnection, Certificate, Tls, TlsParameters};
use lettre::transport::smtp::extension::ClientId;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Longest a connect, a TLS handshake, a login or one message may take.
const TIMEOUT: Duration = Duration::from_secs(15);

/// A connection idle longer than this is closed rather than reused (servers drop idle clients
/// after a few minutes; RFC 5321 asks them to wait at least five).
const IDLE_FOR: Duration = Duration::from_secs(30);

/// Most idle connections kept for reuse.
const MAX_IDLE: usize = 16;

/// lettre's own transport opens its sockets with Nagle's algorithm on, and lettre writes a
/// message's body and its closing `.` as two writes: the second waits for the server's delayed
/// ACK, 40 ms on Linux, for every message (fixed upstream in lettre PR #1159, not released in
/// 0.11.23). So Portico opens the TCP connection itself, with `TCP_NODELAY`, and keeps its own
/// small pool of lettre connections. The bench's email fanout measured 668 messages/s before.
pub struct Smtp {
    relay: Relay,
    from: lettre::Address,
    idle: Mutex<Vec<(AsyncSmtpConnection, Instant)>>,
}

struct Relay {
    host: String,
    port: u16,
    tls: Tls,
    credentials: Option<Credentials>,
    hello: ClientId,
}

impl Smtp {
    /// `ca_file` adds trusted roots (PEM) for a relay whose certificate a private CA signed.
    pub fn new(url: &url::Url, from: &str, ca_file: Option<&std::path::Path>) -> anyhow::Result<Self> {
        let host = url.host_str().ok_or_else(|| anyhow::anyhow!("the SMTP URL has no host"))?.to_string();
        let params = || -> anyhow::Result<TlsParameters> {
            let mut builder = TlsParameters::builder(host.clone());
            if let Some(path) = ca_file {
                builder = builder.add_root_certificate(Certificate::from_pem(&std::fs::read(path)?)?);
            }
            Ok(builder.build_rustls()?)
        };
        let mode = url.query_pairs().find(|(k, _)| k == "tls").map(|(_, v)| v.into_owned());
        let (tls, default_port) = match (url.scheme(), mode.as_deref()) {
            ("smtps", _) => (Tls::Wrapper(params()?), 465),
            ("smtp", Some("required")) => (Tls::Required(params()?), 587),
            ("smtp", Some("opportunistic")) => (Tls::Opportunistic(params()?), 587),
            // With a private CA the relay is expected to speak TLS when it offers it.
            ("smtp", None) if ca_file.is_some() => (Tls::Opportunistic(params()?), 587),
            ("smtp", None) => (Tls::None, 25),
            (scheme, mode) => anyhow::bail!("unknown scheme {scheme:?} or tls={mode:?}"),
        };
        let credentials = url.password().map(|password| {
            let decode = |s: &str| percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned();
            Credentials::new(decode(url.username()), decode(password))
        });
        let hello = match url.path().trim_matches('/') {
            "" => ClientId::default(),
            name => ClientId::Domain(name.to_string()),
        };
        let relay = Relay { port: url.port().unwrap_or(default_port), host, tls, credentials, hello };
        Ok(Smtp { relay, from: from.parse()?, idle: Mutex::new(Vec::new()) })
    }

    /// An idle connection young enough to reuse, or a new one.
    async fn connection(&self) -> Result<AsyncSmtpConnection, SendError> {
        let reuse = {
            let mut idle = self.idle.lock().unwrap_or_else(|e| e.into_inner());
            idle.retain(|(_, since)| since.elapsed() < IDLE_FOR);
            idle.pop()
        };
        match reuse {
            Some((conn, _)) => Ok(conn),
            None => self.relay.connect().await,
        }
    }

    fn put_back(&self, conn: AsyncSmtpConnection) {
        let mut idle = self.idle.lock().unwrap_or_else(|e| e.into_inner());
        if !conn.has_broken() && idle.len() < MAX_IDLE {
            idle.push((conn, Instant::now()));
        }
    }

    #[tracing::instrument(skip_all, fields(to = ?to))]
    pub async fn send(
        &self,
        to: &Email,
        sender_name: &str,
        subject: &str,
        text: &str,
        html: &str,
        unsubscribe: Option<&str>,
    ) -> Result<Accepted, SendError> {
        let bad = |code: &str| SendError::BadAddress { code: code.into() };
        let to_box: Mailbox = to.as_str().parse().map_err(|_| bad("address"))?;
        let mut builder = Message::builder()
            .from(Mailbox::new(Some(sender_name.to_string()), self.from.clone()))
            .to(to_box)
            .subject(subject)
            .message_id(None)
            .date_now();
        // RFC 8058: mail providers offer "Unsubscribe" and POST `List-Unsubscribe=One-Click` here.
        if let Some(url) = unsubscribe {
            builder = builder
                .raw_header(HeaderValue::new(HeaderName::new_from_ascii_str("List-Unsubscribe"), format!("<{url}>")))
                .raw_header(HeaderValue::new(
                    HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                    "List-Unsubscribe=One-Click".into(),
                ));
        }
        let message = builder
            .multipart(MultiPart::alternative_plain_html(text.to_string(), html.to_string()))
            .map_err(|e| SendError::Rejected { code: format!("build: {e}") })?;
        let message_id = message
            .headers()
            .get_raw("Message-ID")
            .map(|s| s.trim().trim_start_matches('<').trim_end_matches('>').to_string());
        let envelope = message.envelope().clone();
        let sent = tokio::time::timeout(TIMEOUT, async {
            let mut conn = self.connection().await?;
            let sent = conn.send(&envelope, &message.formatted()).await.map_err(refused)?;
            self.put_back(conn);
            Ok(sent)
        })
        .await;
        match sent {
            Ok(Ok(_)) => Ok(Accepted { provider_id: message_id, segments: None }),
            Err(_) => Err(SendError::Transient { code: "timeout".into(), backoff: false }),
            Ok(Err(e)) => Err(e),
        }
    }
}

/// lettre's error as Portico's: a 5xx means the mailbox or domain does not exist, or the
/// message is refused; anything else may work later.
fn refused(e: lettre::transport::smtp::Error) -> SendError {
    let code = e.status().map(|c| c.to_string()).unwrap_or_else(|| "connection".into());
    if e.is_permanent() { SendError::BadAddress { code } } else { SendError::Transient { code, backoff: false } }
}

fn unreachable(_: std::io::Error) -> SendError {
    SendError::Transient { code: "connection".into(), backoff: false }
}

impl Relay {
    /// TCP with `TCP_NODELAY`, then TLS (at once for `smtps`, by STARTTLS otherwise), EHLO and login.
    async fn connect(&self) -> Result<AsyncSmtpConnection, SendError> {
        let hello = &self.hello;
        let mut conn = match &self.tls {
            // lettre offers no way to wrap a socket of ours in TLS from the first byte, so
            // implicit TLS still goes through its own connect (and pays the 40 ms a message).
            Tls::Wrapper(params) => {
                let server = (self.host.as_str(), self.port);
                AsyncSmtpConnection::connect_tokio1(server, Some(TIMEOUT), hello, Some(params.clone()), None)
                    .await
                    .map_err(refused)?
            }
            _ => {
                let tcp = tokio::net::TcpStream::connect((self.host.as_str(), self.port)).await.map_err(unreachable)?;
                tcp.set_nodelay(true).map_err(unreachable)?;
                AsyncSmtpConnection::connect_with_transport(Box::new(tcp), hello).await.map_err(refused)?
            }
        };
        match &self.tls {
            Tls::Required(params) => conn.starttls(params.clone(), hello).await.map_err(refused)?,
            Tls::Opportunistic(params) if conn.can_starttls() => {
                conn.starttls(params.clone(), hello).await.map_err(refused)?
            }
            _ => {}
        }
        if let Some(credentials) = &self.credentials {
            conn.auth(DEFAULT_MECHANISMS, credentials).await.map_err(refused)?;
        }
        Ok(conn)
    }
}
