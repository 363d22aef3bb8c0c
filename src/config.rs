//! Settings from the environment, optionally from `portico.toml`. Every refused value names
//! its variable in one line, so a misconfigured start says exactly what to fix. Secrets are
//! redacted in `Debug`.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use url::Url;

#[derive(Clone)]
pub struct Config {
    pub database_url: String,
    pub bind: String,
    pub public_url: Url,
    pub sms: SmsConfig,
    pub email: EmailConfig,
    pub keys_file: PathBuf,
    /// How long a dispatcher holds a claimed delivery before another may take it back.
    pub dispatch_lease: jiff::SignedDuration,
    /// An SMS the carrier has not confirmed as delivered by then goes out on the next channel.
    pub confirm_window: jiff::SignedDuration,
    /// `serve` may run a dev channel at an https:// public URL (`PORTICO_ALLOW_DEV_CHANNELS=1`).
    pub allow_dev_channels: bool,
    /// Whether outbound events may go to loopback, private and link-local addresses
    /// (`PORTICO_WEBHOOKS_ALLOW_PRIVATE=1`; tests, and an integration engine on the clinic's own network).
    pub webhooks_allow_private: bool,
    /// Reverse proxies whose `X-Forwarded-For` is believed (`PORTICO_TRUSTED_PROXIES`); with
    /// none, the client is the TCP peer.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// The most live-update streams (open conversation and inbox pages) this process holds
    /// (`PORTICO_LIVE_MAX_STREAMS`); past it a new page works by reload.
    pub live_max_streams: usize,
}

#[derive(Clone)]
pub enum SmsConfig {
    Dev,
    Twilio(TwilioConfig),
}

#[derive(Clone)]
pub struct TwilioConfig {
    pub account_sid: String,
    pub auth_token: String,
    pub sender: TwilioSender,
    pub api_base: Url,
}

#[derive(Clone, Debug)]
pub enum TwilioSender {
    From(String),
    MessagingService(String),
}

#[derive(Clone)]
pub enum EmailConfig {
    Dev,
    Smtp {
        url: Url,
        from: String,
        /// Extra trusted root certificates (PEM) for a relay with a private CA.
        ca_file: Option<PathBuf>,
    },
}

/// One clear line naming the variable at fault.
#[derive(Debug, thiserror::Error)]
#[error("{var}: {message}")]
pub struct ConfigError {
    pub var: &'static str,
    pub message: String,
}

fn err(var: &'static str, message: impl Into<String>) -> ConfigError {
    ConfigError { var, message: message.into() }
}

const KEYS: &[&str] = &[
    "PORTICO_DATABASE_URL",
    "PORTICO_BIND",
    "PORTICO_PUBLIC_URL",
    "PORTICO_SMS",
    "TWILIO_ACCOUNT_SID",
    "TWILIO_AUTH_TOKEN",
    "TWILIO_FROM",
    "TWILIO_MESSAGING_SERVICE_SID",
    "PORTICO_TWILIO_API_BASE",
    "PORTICO_EMAIL",
    "PORTICO_SMTP_URL",
    "PORTICO_EMAIL_FROM",
    "PORTICO_SMTP_CA_FILE",
    "PORTICO_KEYS_FILE",
    "PORTICO_DISPATCH_LEASE_SECONDS",
    "PORTICO_CONFIRM_WINDOW_MINUTES",
    "PORTICO_ALLOW_DEV_CHANNELS",
    "PORTICO_WEBHOOKS_ALLOW_PRIVATE",
    "PORTICO_TRUSTED_PROXIES",
    "PORTICO_LIVE_MAX_STREAMS",
];

impl Config {
    /// Environment over `portico.toml` (in the working directory, or at `PORTICO_CONFIG`)
    /// over defaults.
    pub fn load() -> Result<Self, ConfigError> {
        let mut values = HashMap::new();
        let file = std::env::var("PORTICO_CONFIG").ok();
        let path = file.as_deref().map(Path::new).unwrap_or(Path::new("portico.toml"));
        if file.is_some() || path.exists() {
            values.extend(read_toml(path)?);
        }
        for key in KEYS {
            if let Ok(v) = std::env::var(key) {
                values.insert((*key).to_string(), v);
            }
        }
        Self::from_map(&values)
    }

    /// Build from explicit values (tests use this; `load` feeds it the environment).
    pub fn from_map(values: &HashMap<String, String>) -> Result<Self, ConfigError> {
        let get = |k: &str| values.get(k).map(|s| s.trim().to_string()).filter(|s| !s.is_empty());

        let database_url = get("PORTICO_DATABASE_URL").unwrap_or_else(|| "sqlite://portico.db?mode=rwc".into());
        if !(database_url.starts_with("sqlite:")
            || database_url.starts_with("postgres://")
            || database_url.starts_with("postgresql://"))
        {
            return Err(err("PORTICO_DATABASE_URL", "must start with sqlite: or postgres://"));
        }
        let bind = get("PORTICO_BIND").unwrap_or_else(|| "127.0.0.1:8080".into());
        if bind.parse::<std::net::SocketAddr>().is_err() {
            return Err(err("PORTICO_BIND", format!("{bind:?} is not an address such as 127.0.0.1:8080")));
        }
        let public_url = parse_url(
            "PORTICO_PUBLIC_URL",
            &get("PORTICO_PUBLIC_URL").unwrap_or_else(|| "http://127.0.0.1:8080".into()),
        )?;
        if !matches!(public_url.scheme(), "http" | "https") || public_url.host_str().is_none() {
            return Err(err("PORTICO_PUBLIC_URL", "must be an http:// or https:// URL with a host"));
        }
        if public_url.query().is_some() || public_url.fragment().is_some() {
            return Err(err("PORTICO_PUBLIC_URL", "must not have a query or fragment"));
        }

        let sms = match get("PORTICO_SMS").as_deref().unwrap_or("dev") {
            "dev" => SmsConfig::Dev,
            "twilio" => {
                let need = |k: &'static str| get(k).ok_or_else(|| err(k, "must be set when PORTICO_SMS=twilio"));
                let sender = match (get("TWILIO_FROM"), get("TWILIO_MESSAGING_SERVICE_SID")) {
                    (_, Some(ms)) => TwilioSender::MessagingService(ms),
                    (Some(from), None) => TwilioSender::From(from),
                    (None, None) => {
                        return Err(err(
                            "TWILIO_FROM",
                            "TWILIO_FROM or TWILIO_MESSAGING_SERVICE_SID must be set when PORTICO_SMS=twilio",
                        ));
                    }
                };
                let api_base = parse_url(
                    "PORTICO_TWILIO_API_BASE",
                    &get("PORTICO_TWILIO_API_BASE").unwrap_or_else(|| "https://api.twilio.com".into()),
                )?;
                SmsConfig::Twilio(TwilioConfig {
                    account_sid: need("TWILIO_ACCOUNT_SID")?,
                    auth_token: need("TWILIO_AUTH_TOKEN")?,
                    sender,
                    api_base,
                })
            }
            other => {
                return Err(err("PORTICO_SMS", format!("unknown value {other:?}; use dev or twilio")));
            }
        };

        let email = match get("PORTICO_EMAIL").as_deref().unwrap_or("dev") {
            "dev" => EmailConfig::Dev,
            "smtp" => {
                let url = parse_url(
                    "PORTICO_SMTP_URL",
                    &get("PORTICO_SMTP_URL")
                        .ok_or_else(|| err("PORTICO_SMTP_URL", "must be set when PORTICO_EMAIL=smtp"))?,
                )?;
                if !matches!(url.scheme(), "smtp" | "smtps") {
                    return Err(err("PORTICO_SMTP_URL", "must start with smtp:// or smtps://"));
                }
                let from = get("PORTICO_EMAIL_FROM")
                    .ok_or_else(|| err("PORTICO_EMAIL_FROM", "must be set when PORTICO_EMAIL=smtp"))?;
                crate::domain::Email::parse(&from).map_err(|e| err("PORTICO_EMAIL_FROM", e.0))?;
                let ca_file = get("PORTICO_SMTP_CA_FILE").map(PathBuf::from);
                if let Some(f) = &ca_file
                    && !f.is_file()
                {
                    return Err(err("PORTICO_SMTP_CA_FILE", format!("{} is not a readable file", f.display())));
                }
                EmailConfig::Smtp { url, from, ca_file }
            }
            other => {
                return Err(err("PORTICO_EMAIL", format!("unknown value {other:?}; use dev or smtp")));
            }
        };

        let keys_file = PathBuf::from(get("PORTICO_KEYS_FILE").unwrap_or_else(|| "portico.keys".into()));
        let lease = match get("PORTICO_DISPATCH_LEASE_SECONDS") {
            None => 60,
            Some(v) => v.parse::<i64>().ok().filter(|n| (1..=3600).contains(n)).ok_or_else(|| {
                err("PORTICO_DISPATCH_LEASE_SECONDS", "must be a whole number of seconds from 1 to 3600")
            })?,
        };
        let window = match get("PORTICO_CONFIRM_WINDOW_MINUTES") {
            None => 60,
            Some(v) => v.parse::<i64>().ok().filter(|n| (1..=10_080).contains(n)).ok_or_else(|| {
                err("PORTICO_CONFIRM_WINDOW_MINUTES", "must be a whole number of minutes from 1 to 10080")
            })?,
        };
        let allow_dev_channels = match get("PORTICO_ALLOW_DEV_CHANNELS").as_deref() {
            None | Some("0" | "false" | "no") => false,
            Some("1" | "true" | "yes") => true,
            Some(other) => {
                return Err(err("PORTICO_ALLOW_DEV_CHANNELS", format!("unknown value {other:?}; use 1 or 0")));
            }
        };
        let webhooks_allow_private = match get("PORTICO_WEBHOOKS_ALLOW_PRIVATE").as_deref() {
            None | Some("0" | "false" | "no") => false,
            Some("1" | "true" | "yes") => true,
            Some(other) => {
                return Err(err("PORTICO_WEBHOOKS_ALLOW_PRIVATE", format!("unknown value {other:?}; use 1 or 0")));
            }
        };
        let trusted_proxies = match get("PORTICO_TRUSTED_PROXIES") {
            None => vec![],
            Some(v) => parse_proxies(&v)?,
        };
        let live_max_streams = match get("PORTICO_LIVE_MAX_STREAMS") {
            None => 10_000,
            Some(v) => v
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=1_000_000).contains(n))
                .ok_or_else(|| err("PORTICO_LIVE_MAX_STREAMS", "must be a whole number from 1 to 1000000"))?,
        };
        Ok(Config {
            live_max_streams,
            confirm_window: jiff::SignedDuration::from_mins(window),
            allow_dev_channels,
            webhooks_allow_private,
            trusted_proxies,
            database_url,
            bind,
            public_url,
            sms,
            email,
            keys_file,
            dispatch_lease: jiff::SignedDuration::from_secs(lease),
        })
    }

    /// Whether session cookies may carry `Secure` and HSTS is sent.
    pub fn is_https(&self) -> bool {
        self.public_url.scheme() == "https"
    }

    /// The public URL's origin, as browsers send it in `Origin`.
    pub fn public_origin(&self) -> String {
        self.public_url.origin().ascii_serialization()
    }

    /// An absolute URL under the public base.
    pub fn public_link(&self, path: &str) -> String {
        format!("{}{}", self.public_url.as_str().trim_end_matches('/'), path)
    }

    /// The dev outbox shows what every channel would have sent, live links and step-up codes
    /// included, to anyone who asks: only when no channel is real (so nothing else could
    /// carry them), the server listens on loopback only, and its public URL is plain http.
    pub fn dev_outbox_enabled(&self) -> bool {
        let all_dev = matches!(self.sms, SmsConfig::Dev) && matches!(self.email, EmailConfig::Dev);
        let loopback = self.bind.parse::<std::net::SocketAddr>().is_ok_and(|a| a.ip().is_loopback());
        all_dev && loopback && self.public_url.scheme() == "http"
    }

    /// What `serve` refuses: a dev channel (which reaches no patient) at an https:// public
    /// URL, which says this is a real deployment, unless `PORTICO_ALLOW_DEV_CHANNELS=1`.
    pub fn check_channels_for_serving(&self) -> Result<(), ConfigError> {
        if !self.is_https() || self.allow_dev_channels {
            return Ok(());
        }
        let var = if matches!(self.sms, SmsConfig::Dev) {
            "PORTICO_SMS"
        } else if matches!(self.email, EmailConfig::Dev) {
            "PORTICO_EMAIL"
        } else {
            return Ok(());
        };
        Err(err(
            var,
            "is dev (the default), which sends nothing to patients, while PORTICO_PUBLIC_URL is https://; \
             configure the channel, or set PORTICO_ALLOW_DEV_CHANNELS=1 to run this way on purpose",
        ))
    }

    /// Whether `ip` is one of the trusted reverse proxies.
    pub fn is_trusted_proxy(&self, ip: std::net::IpAddr) -> bool {
        self.trusted_proxies.iter().any(|net| net.contains(&ip))
    }
}

/// `PORTICO_TRUSTED_PROXIES`: comma-separated CIDR ranges (`10.0.0.0/8`, `fd00::/8`) or
/// single addresses.
fn parse_proxies(value: &str) -> Result<Vec<ipnet::IpNet>, ConfigError> {
    value
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|item| {
            item.parse::<ipnet::IpNet>()
                .or_else(|_| item.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                .map(|net| net.trunc())
                .map_err(|_| {
                    err(
                        "PORTICO_TRUSTED_PROXIES",
                        format!("{item:?} is not an address or a CIDR range such as 10.0.0.0/8 or fd00::/8"),
                    )
                })
        })
        .collect()
}

fn parse_url(var: &'static str, value: &str) -> Result<Url, ConfigError> {
    Url::parse(value).map_err(|e| err(var, format!("not a valid URL ({e})")))
}

fn read_toml(path: &Path) -> Result<HashMap<String, String>, ConfigError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| err("PORTICO_CONFIG", format!("cannot read {}: {e}", path.display())))?;
    let table: toml::Table =
        text.parse().map_err(|e| err("PORTICO_CONFIG", format!("{} is not valid TOML: {e}", path.display())))?;
    let mut out = HashMap::new();
    for (k, v) in table {
        // Keys in the file may be written as the variable (`PORTICO_BIND`) or short
        // (`bind`); both map to the variable.
        let upper = k.to_ascii_uppercase();
        let var = if KEYS.contains(&upper.as_str()) {
            upper
        } else if KEYS.contains(&format!("PORTICO_{upper}").as_str()) {
            format!("PORTICO_{upper}")
        } else {
            return Err(err("PORTICO_CONFIG", format!("unknown setting {k:?} in {}", path.display())));
        };
        let s = match v {
            toml::Value::String(s) => s,
            other => other.to_string(),
        };
        out.insert(var, s);
    }
    Ok(out)
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("database_url", &redact_url(&self.database_url))
            .field("bind", &self.bind)
            .field("public_url", &self.public_url.as_str())
            .field("sms", &self.sms)
            .field("email", &self.email)
            .field("keys_file", &self.keys_file)
            .field("dispatch_lease", &self.dispatch_lease)
            .field("confirm_window", &self.confirm_window)
            .field("allow_dev_channels", &self.allow_dev_channels)
            .field("webhooks_allow_private", &self.webhooks_allow_private)
            .field("trusted_proxies", &self.trusted_proxies)
            .finish()
    }
}

impl fmt::Debug for SmsConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SmsConfig::Dev => f.write_str("Dev"),
            SmsConfig::Twilio(t) => f
                .debug_struct("Twilio")
                .field("account_sid", &t.account_sid)
                .field("auth_token", &"[redacted]")
                .field("sender", &t.sender)
                .field("api_base", &t.api_base.as_str())
                .finish(),
        }
    }
}

impl fmt::Debug for EmailConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EmailConfig::Dev => f.write_str("Dev"),
            EmailConfig::Smtp { url, from, ca_file } => f
                .debug_struct("Smtp")
                .field("url", &redact_url(url.as_str()))
                .field("from", from)
                .field("ca_file", ca_file)
                .finish(),
        }
    }
}

/// Drop the password from a URL for display.
pub fn redact_url(s: &str) -> String {
    match Url::parse(s) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("redacted"));
            u.to_string()
        }
        _ => s.to_string(),
    }
}

#[cfg(test)]
#[path = "config_tests.rs"]
mod tests;
