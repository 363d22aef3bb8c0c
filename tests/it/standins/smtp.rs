//! A small but real SMTP server (the RFC 5321 subset lettre uses; plain, or TLS from the first
//! byte as for `smtps://`) that keeps every message it accepts, so tests read back the exact
//! bytes Portico put on the wire.

use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

#[derive(Clone, Debug)]
pub struct ReceivedMail {
    /// Whether the session was encrypted when the message came.
    pub tls: bool,
    /// Which TCP connection carried it, numbered from 1 in the order they were accepted.
    pub connection: usize,
    pub mail_from: String,
    pub rcpt_to: Vec<String>,
    pub data: Vec<u8>,
}

/// Any stream a session can run on: plain TCP, or TLS over it.
trait Io: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Io for T {}

#[derive(Default)]
struct Inner {
    /// Offered as STARTTLS when set.
    starttls: Option<tokio_rustls::TlsAcceptor>,
    mail: Mutex<Vec<ReceivedMail>>,
    accepted: std::sync::atomic::AtomicUsize,
    /// (how many more RCPT TO to refuse, reply code)
    fail_rcpt: Mutex<Option<(usize, u16)>>,
}

#[derive(Clone)]
pub struct SmtpServer {
    pub port: u16,
    pub url: String,
    inner: Arc<Inner>,
}

/// Parse a received message with mail-parser, as a mail client would.
pub fn parse(mail: &ReceivedMail) -> mail_parser::Message<'_> {
    mail_parser::MessageParser::default().parse(&mail.data[..]).expect("SMTP stand-in received an unparseable message")
}

impl SmtpServer {
    pub async fn start() -> SmtpServer {
        Self::listen(None, None).await
    }

    /// A server speaking TLS from the first byte with a fresh self-signed certificate for
    /// `localhost`; returns it with the certificate's PEM (for Portico to trust) and an
    /// `smtps://localhost:PORT` URL.
    pub async fn start_tls() -> (SmtpServer, String) {
        let (acceptor, pem) = tls_acceptor();
        let mut server = Self::listen(Some(acceptor), None).await;
        server.url = format!("smtps://localhost:{}", server.port);
        (server, pem)
    }

    /// A plain server that offers STARTTLS (a fresh self-signed certificate for `localhost`);
    /// returns it with the certificate's PEM and an `smtp://localhost:PORT?tls=required` URL.
    pub async fn start_starttls() -> (SmtpServer, String) {
        let (acceptor, pem) = tls_acceptor();
        let mut server = Self::listen(None, Some(acceptor)).await;
        server.url = format!("smtp://localhost:{}?tls=required", server.port);
        (server, pem)
    }

    async fn listen(tls: Option<tokio_rustls::TlsAcceptor>, starttls: Option<tokio_rustls::TlsAcceptor>) -> SmtpServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind smtp stand-in");
        let port = listener.local_addr().expect("addr").port();
        let inner = Arc::new(Inner { starttls, ..Inner::default() });
        let server = SmtpServer { port, url: format!("smtp://127.0.0.1:{port}"), inner };
        let s = server.clone();
        tokio::spawn(async move {
            loop {
                let Ok((sock, _)) = listener.accept().await else {
                    continue;
                };
                let s = s.clone();
                let tls = tls.clone();
                let n = s.inner.accepted.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
                // A dropped connection only ends that session.
                tokio::spawn(async move {
                    let _ = match tls {
                        Some(acceptor) => match acceptor.accept(sock).await {
                            Ok(stream) => s.session(Box::new(stream), true, true, n).await,
                            Err(e) => Err(e),
                        },
                        None => s.session(Box::new(sock), true, false, n).await,
                    };
                });
            }
        });
        server
    }
}

fn tls_acceptor() -> (tokio_rustls::TlsAcceptor, String) {
    {
        let cert = rcgen::generate_simple_self_signed(vec!["localhost".to_string()]).expect("certificate");
        let pem = cert.cert.pem();
        let key = rustls::pki_types::PrivateKeyDer::Pkcs8(cert.key_pair.serialize_der().into());
        let config = rustls::ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
            .with_safe_default_protocol_versions()
            .expect("protocols")
            .with_no_client_auth()
            .with_single_cert(vec![cert.cert.der().clone()], key)
            .expect("server config");
        (tokio_rustls::TlsAcceptor::from(Arc::new(config)), pem)
    }
}

impl SmtpServer {
    pub fn messages(&self) -> Vec<ReceivedMail> {
        self.inner.mail.lock().expect("mail").clone()
    }

    /// Wait until at least `n` messages arrived; panics (naming what did arrive) on timeout.
    pub async fn wait_for(&self, n: usize, timeout: Duration) -> Vec<ReceivedMail> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let got = self.messages();
            if got.len() >= n {
                return got;
            }
            if tokio::time::Instant::now() >= deadline {
                let to: Vec<_> = got.iter().map(|m| m.rcpt_to.join(",")).collect();
                panic!("SMTP stand-in: wanted {n} message(s) within {timeout:?}, got {}: {to:?}", got.len());
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Refuse the next `n` RCPT TO commands with `code` (450 temporary, 550 permanent, …).
    pub fn fail_next(&self, n: usize, code: u16) {
        *self.inner.fail_rcpt.lock().expect("fail") = Some((n, code));
    }

    fn take_rcpt_failure(&self) -> Option<u16> {
        let mut f = self.inner.fail_rcpt.lock().expect("fail");
        match &mut *f {
            Some((n, code)) if *n > 0 => {
                *n -= 1;
                Some(*code)
            }
            _ => None,
        }
    }

    /// One SMTP session; `greet` is false after STARTTLS (the client speaks first again).
    async fn session(&self, sock: Box<dyn Io>, greet: bool, secure: bool, connection: usize) -> std::io::Result<()> {
        let (r, mut w) = tokio::io::split(sock);
        let mut r = BufReader::new(r);
        if greet {
            w.write_all(b"220 standin ESMTP\r\n").await?;
        }
        let offer_starttls = self.inner.starttls.is_some() && !secure;
        let (mut from, mut rcpt): (Option<String>, Vec<String>) = (None, Vec::new());
        while let Some(line) = read_line(&mut r).await? {
            let text = String::from_utf8_lossy(&line).trim_end().to_string();
            let upper = text.to_ascii_uppercase();
            let verb = upper.split(' ').next().unwrap_or_default();
            let reply = match verb {
                "EHLO" => format!(
                    "250-standin\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250-PIPELINING\r\n{}250-SIZE 10485760\r\n\
                     250 AUTH PLAIN LOGIN",
                    if offer_starttls { "250-STARTTLS\r\n" } else { "" }
                ),
                "STARTTLS" if offer_starttls => {
                    w.write_all(b"220 2.0.0 Ready to start TLS\r\n").await?;
                    let stream = r.into_inner().unsplit(w);
                    let Some(acceptor) = self.inner.starttls.clone() else { return Ok(()) };
                    let tls = acceptor.accept(stream).await?;
                    return Box::pin(self.session(Box::new(tls), false, true, connection)).await;
                }
                "HELO" => "250 standin".into(),
                "MAIL" if upper.starts_with("MAIL FROM:") => {
                    from = Some(address(&text[10..]));
                    rcpt.clear();
                    "250 2.1.0 OK".into()
                }
                "RCPT" if from.is_none() => "503 5.5.1 MAIL first".into(),
                "RCPT" if upper.starts_with("RCPT TO:") => match self.take_rcpt_failure() {
                    Some(code) => format!("{code} {}", refusal(code)),
                    None => {
                        rcpt.push(address(&text[8..]));
                        "250 2.1.5 OK".into()
                    }
                },
                "DATA" if from.is_none() || rcpt.is_empty() => "503 5.5.1 RCPT first".into(),
                "DATA" => {
                    w.write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n").await?;
                    let Some(data) = read_data(&mut r).await? else {
                        return Ok(());
                    };
                    let mail = ReceivedMail {
                        tls: secure,
                        connection,
                        mail_from: from.take().unwrap_or_default(),
                        rcpt_to: std::mem::take(&mut rcpt),
                        data,
                    };
                    self.inner.mail.lock().expect("mail").push(mail);
                    "250 2.0.0 OK queued".into()
                }
                "AUTH" => {
                    let mut args = text.split_whitespace().skip(1);
                    let mech = args.next().unwrap_or_default().to_ascii_uppercase();
                    let prompts: &[&str] = match (mech.as_str(), args.next().is_some()) {
                        ("PLAIN", true) => &[],
                        ("PLAIN", false) => &[""],
                        ("LOGIN", true) => &["UGFzc3dvcmQ6"],
                        ("LOGIN", false) => &["VXNlcm5hbWU6", "UGFzc3dvcmQ6"],
                        _ => &["-"],
                    };
                    let mut reply = "235 2.7.0 Authentication successful".to_string();
                    for p in prompts {
                        if *p == "-" {
                            reply = "504 5.5.4 Unrecognized authentication type".into();
                            break;
                        }
                        w.write_all(format!("334 {p}\r\n").as_bytes()).await?;
                        let Some(answer) = read_line(&mut r).await? else {
                            return Ok(());
                        };
                        if answer.starts_with(b"*") {
                            reply = "501 5.7.0 Authentication cancelled".into();
                            break;
                        }
                    }
                    reply
                }
                "RSET" => {
                    (from, rcpt) = (None, Vec::new());
                    "250 2.0.0 OK".into()
                }
                "NOOP" => "250 2.0.0 OK".into(),
                "QUIT" => {
                    w.write_all(b"221 2.0.0 Bye\r\n").await?;
                    return Ok(());
                }
                _ => "502 5.5.2 Command not recognized".into(),
            };
            w.write_all(format!("{reply}\r\n").as_bytes()).await?;
        }
        Ok(())
    }
}

fn refusal(code: u16) -> &'static str {
    match code {
        450 => "4.2.1 Mailbox temporarily unavailable",
        550 => "5.1.1 Mailbox unavailable",
        400..=499 => "4.3.0 Temporary failure",
        _ => "5.0.0 Requested action not taken",
    }
}

/// The address in `<addr> PARAMS…` (or a bare `addr PARAMS…`), ignoring ESMTP parameters.
fn address(arg: &str) -> String {
    let arg = arg.trim_start();
    match arg.strip_prefix('<') {
        Some(rest) => rest.split('>').next().unwrap_or_default().to_string(),
        None => arg.split_whitespace().next().unwrap_or_default().to_string(),
    }
}

async fn read_line<R: AsyncRead + Unpin>(r: &mut BufReader<R>) -> std::io::Result<Option<Vec<u8>>> {
    let mut buf = Vec::new();
    Ok((r.read_until(b'\n', &mut buf).await? > 0).then_some(buf))
}

/// Message content up to the lone "." line, with dot-stuffing undone; `None` on EOF.
async fn read_data<R: AsyncRead + Unpin>(r: &mut BufReader<R>) -> std::io::Result<Option<Vec<u8>>> {
    let mut data = Vec::new();
    loop {
        let Some(line) = read_line(r).await? else {
            return Ok(None);
        };
        if line == b".\r\n" || line == b".\n" {
            return Ok(Some(data));
        }
        data.extend_from_slice(line.strip_prefix(b".").unwrap_or(&line));
    }
}
