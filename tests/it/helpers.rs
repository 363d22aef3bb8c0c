//! The test harness: `spawn_app` starts Portico in-process on port 0 against a fresh
//! database (a SQLite file in a temp dir, or a fresh PostgreSQL database), with an injected
//! clock, its own keys file and a clinic with an API key. `Browser` keeps cookies and posts
//! forms the way a browser would.

use portico::clock::ManualClock;
use portico::config::Config;
use portico::startup::Application;
use portico::state::AppState;
use portico::store::{self, Clinic, DynStore};
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use serde_json::{Value, json};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, Once};
use tempfile::TempDir;

pub use crate::standins::{SmtpServer, TwilioStandIn};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub fn init_logs() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        if std::env::var("TEST_LOG").is_ok() {
            portico::telemetry::init_logging();
        }
    });
}

pub fn postgres_admin_url() -> String {
    std::env::var("PORTICO_TEST_POSTGRES_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into())
}

fn postgres_required() -> bool {
    std::env::var("PORTICO_TEST_REQUIRE_POSTGRES").is_ok_and(|v| v == "1")
}

/// A database for one test, removed afterwards.
pub struct TestDb {
    pub url: String,
    pub dir: TempDir,
    pg_name: Option<String>,
}

impl TestDb {
    /// `None` when PostgreSQL is wanted but not reachable and not required (prints why).
    pub async fn new(backend: Backend) -> Option<TestDb> {
        init_logs();
        let dir = tempfile::tempdir().expect("temp dir");
        match backend {
            Backend::Sqlite => {
                let url = format!("sqlite://{}?mode=rwc", dir.path().join("portico.db").display());
                Some(TestDb { url, dir, pg_name: None })
            }
            Backend::Postgres => {
                let admin = postgres_admin_url();
                let conn = tokio::time::timeout(std::time::Duration::from_secs(5), sqlx::PgPool::connect(&admin)).await;
                let pool = match conn {
                    Ok(Ok(p)) => p,
                    other => {
                        let why = match other {
                            Ok(Err(e)) => e.to_string(),
                            _ => "timed out".into(),
                        };
                        if postgres_required() {
                            panic!(
                                "PostgreSQL is required (PORTICO_TEST_REQUIRE_POSTGRES=1) but {admin} is unreachable: {why}"
                            );
                        }
                        eprintln!(
                            "skipping: PostgreSQL at {admin} is unreachable ({why}); set PORTICO_TEST_POSTGRES_URL"
                        );
                        return None;
                    }
                };
                let name = format!(
                    "portico_t_{}",
                    portico::domain::new_id_string("x").to_lowercase().replace('x', "").trim_start_matches('_')
                );
                sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                    .execute(&pool)
                    .await
                    .expect("create test database");
                pool.close().await;
                let mut url = url::Url::parse(&admin).expect("postgres url");
                url.set_path(&name);
                Some(TestDb { url: url.to_string(), dir, pg_name: Some(name) })
            }
        }
    }

    pub async fn store(&self) -> DynStore {
        let s = store::connect(&self.url).await.expect("connect");
        s.migrate().await.expect("migrate");
        s
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some(name) = self.pg_name.take() {
            let admin = postgres_admin_url();
            // Drop runs inside the test's runtime; use a thread with its own.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
                rt.block_on(async move {
                    if let Ok(pool) = sqlx::PgPool::connect(&admin).await {
                        let _ =
                            sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")))
                                .execute(&pool)
                                .await;
                        pool.close().await;
                    }
                });
            })
            .join();
        }
    }
}

pub struct TestApp {
    pub base: String,
    pub state: AppState,
    pub clock: ManualClock,
    pub clinic: Clinic,
    pub api_key: String,
    pub client: reqwest::Client,
    pub db: TestDb,
}

pub fn http_client() -> reqwest::Client {
    reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("client")
}

/// Where test time starts: a fixed weekday morning in Chicago (16:00 UTC), so quiet hours
/// never depend on when the suite runs.
pub fn test_epoch() -> jiff::Timestamp {
    "2030-03-05T16:00:00Z".parse().expect("epoch")
}

pub async fn spawn_app(backend: Backend) -> Option<TestApp> {
    spawn_app_with(backend, &[]).await
}

/// Portico with Twilio and SMTP pointed at local stand-ins.
pub async fn spawn_with_providers(backend: Backend) -> Option<(TestApp, TwilioStandIn, SmtpServer)> {
    let twilio = TwilioStandIn::start().await;
    let smtp = SmtpServer::start().await;
    let app = spawn_app_with(
        backend,
        &[
            ("PORTICO_SMS", "twilio".into()),
            ("TWILIO_ACCOUNT_SID", twilio.account_sid.clone()),
            ("TWILIO_AUTH_TOKEN", twilio.auth_token.clone()),
            ("TWILIO_FROM", twilio.from.clone()),
            ("PORTICO_TWILIO_API_BASE", twilio.base.clone()),
            ("PORTICO_EMAIL", "smtp".into()),
            ("PORTICO_SMTP_URL", smtp.url.clone()),
            ("PORTICO_EMAIL_FROM", "care@lakeside.example".into()),
        ],
    )
    .await?;
    twilio.use_clock(app.clock.clone());
    Some((app, twilio, smtp))
}

pub async fn spawn_app_with(backend: Backend, settings: &[(&str, String)]) -> Option<TestApp> {
    spawn_app_named(backend, settings, None).await
}

/// Portico whose public URL is `http://localhost:PORT`: WebAuthn refuses an IP address as
/// the relying party, so passkey tests need a host name.
pub async fn spawn_localhost_app(backend: Backend) -> Option<TestApp> {
    spawn_app_named(backend, &[], Some("localhost")).await
}

async fn spawn_app_named(backend: Backend, settings: &[(&str, String)], host: Option<&str>) -> Option<TestApp> {
    let db = TestDb::new(backend).await?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    let base = match host {
        Some(h) => format!("http://{h}:{}", addr.port()),
        None => format!("http://{addr}"),
    };
    let mut m = HashMap::new();
    m.insert("PORTICO_DATABASE_URL".to_string(), db.url.clone());
    m.insert("PORTICO_PUBLIC_URL".to_string(), base.clone());
    // Where the server really listens: loopback, so the dev outbox is served with dev channels.
    m.insert("PORTICO_BIND".to_string(), addr.to_string());
    m.insert("PORTICO_KEYS_FILE".to_string(), db.dir.path().join("portico.keys").display().to_string());
    for (k, v) in settings {
        m.insert((*k).to_string(), v.clone());
    }
    let config = Config::from_map(&m).expect("test config");
    let clock = ManualClock::new(test_epoch());
    let app =
        Application::build_on(config, listener, Arc::new(clock.clone())).await.expect("build app").without_workers();
    let state = app.state().clone();
    tokio::spawn(async move {
        let _ = app.run_until_stopped().await;
    });
    let (clinic, api_key) = portico::clinics::create_clinic(
        &*state.store,
        &*state.clock,
        "Lakeside Family Clinic",
        Some("+13125550100"),
        "America/Chicago",
    )
    .await
    .expect("clinic");
    Some(TestApp { base, state, clock, clinic, api_key, client: http_client(), db })
}

/// One test per backend (`mod sqlite`, `mod postgres`), each starting from `$setup(backend)`
/// bound to the test's pattern; `None` from the setup means "skip" (PostgreSQL unreachable, not required).
#[macro_export]
macro_rules! per_backend {
    ($setup:path, $( $(#[$meta:meta])* async fn $name:ident($pat:pat) $body:block )*) => {
        mod sqlite {
            #[allow(unused_imports)]
            use super::*;
            $(
                $(#[$meta])*
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                #[allow(unused_variables)]
                async fn $name() {
                    let Some($pat) = $setup($crate::helpers::Backend::Sqlite).await else { return };
                    $body
                }
            )*
        }
        mod postgres {
            #[allow(unused_imports)]
            use super::*;
            $(
                $(#[$meta])*
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                #[allow(unused_variables)]
                async fn $name() {
                    let Some($pat) = $setup($crate::helpers::Backend::Postgres).await else { return };
                    $body
                }
            )*
        }
    };
}

/// Tests against a running Portico: `async fn name(app) { … }`.
#[macro_export]
macro_rules! backend_tests {
    ($( $(#[$meta:meta])* async fn $name:ident($app:ident) $body:block )*) => {
        $crate::per_backend!($crate::helpers::spawn_app, $( $(#[$meta])* async fn $name($app) $body )*);
    };
}

/// Tests with Twilio and SMTP stand-ins: `async fn name(app, twilio, smtp) { … }`.
#[macro_export]
macro_rules! provider_tests {
    ($( $(#[$meta:meta])* async fn $name:ident($app:ident, $twilio:ident, $smtp:ident) $body:block )*) => {
        $crate::per_backend!($crate::helpers::spawn_with_providers, $( $(#[$meta])* async fn $name(($app, $twilio, $smtp)) $body )*);
    };
}

/// Store-level tests on a migrated store: `async fn name(store) { … }`.
#[macro_export]
macro_rules! store_tests {
    ($( $(#[$meta:meta])* async fn $name:ident($store:ident) $body:block )*) => {
        $crate::per_backend!($crate::helpers::migrated_store, $( $(#[$meta])* async fn $name((_db, $store)) $body )*);
    };
}

/// A fresh, migrated store (with the database that must outlive it).
pub async fn migrated_store(backend: Backend) -> Option<(TestDb, DynStore)> {
    let db = TestDb::new(backend).await?;
    let store = db.store().await;
    Some((db, store))
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub text: String,
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text))
    }
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

async fn reply(r: reqwest::Response) -> Reply {
    let status = r.status();
    let headers = r.headers().clone();
    let text = r.text().await.expect("body");
    Reply { status, headers, text }
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub async fn api(&self, method: reqwest::Method, path: &str, body: Option<&Value>) -> Reply {
        let mut rb = self.client.request(method, self.url(&format!("/api/v1{path}"))).bearer_auth(&self.api_key);
        if let Some(b) = body {
            rb = rb.json(b);
        }
        reply(rb.send().await.expect("request")).await
    }

    pub async fn post(&self, path: &str, body: &Value) -> Reply {
        self.api(reqwest::Method::POST, path, Some(body)).await
    }

    pub async fn get(&self, path: &str) -> Reply {
        self.api(reqwest::Method::GET, path, None).await
    }

    pub async fn patch(&self, path: &str, body: &Value) -> Reply {
        self.api(reqwest::Method::PATCH, path, Some(body)).await
    }

    /// POST raw bytes with a content type, for malformed-input tests.
    pub async fn post_raw(&self, path: &str, content_type: &str, body: Vec<u8>) -> Reply {
        let r = self
            .client
            .post(self.url(&format!("/api/v1{path}")))
            .bearer_auth(&self.api_key)
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .expect("request");
        reply(r).await
    }

    pub async fn raw(&self, method: reqwest::Method, path: &str, content_type: &str, body: Vec<u8>) -> Reply {
        let r = self
            .client
            .request(method, self.url(&format!("/api/v1{path}")))
            .bearer_auth(&self.api_key)
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .expect("request");
        reply(r).await
    }

    pub async fn create_patient(&self, body: Value) -> Value {
        let r = self.post("/patients", &body).await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
        r.json()
    }

    pub async fn maria(&self) -> Value {
        self.create_patient(json!({
            "name": "Maria Lopez", "birth_date": "1981-04-12", "phone": "+13125550142",
            "email": "maria@example.org", "language": "es", "time_zone": "America/Chicago", "channels": ["sms", "email"]
        }))
        .await
    }

    pub async fn appointment_for(&self, patient_id: &str, hours_ahead: i64) -> Value {
        let starts = self.clock_now() + jiff::SignedDuration::from_hours(hours_ahead);
        let r = self
            .post(
                "/appointments",
                // No reminders unless a test asks for them: they would crowd the outbox.
                &json!({"patient_id": patient_id, "starts_at": starts.to_string(), "duration_minutes": 30,
                        "location": "Suite 300", "provider": "Dr. Herrera", "reminders": []}),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
        r.json()
    }

    /// An appointment whose reminder goes out now (its only offset is long past, so one
    /// catch-up reminder is due at once), sent before this returns.
    pub async fn reminded_appointment_for(&self, patient_id: &str, hours_ahead: i64) -> Value {
        let starts = self.clock_now() + jiff::SignedDuration::from_hours(hours_ahead);
        let r = self
            .post(
                "/appointments",
                &json!({"patient_id": patient_id, "starts_at": starts.to_string(), "duration_minutes": 30,
                        "location": "Suite 300", "provider": "Dr. Herrera", "reminders": ["P30D"]}),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
        assert!(self.drain().await >= 1, "the reminder went out");
        r.json()
    }

    pub fn clock_now(&self) -> jiff::Timestamp {
        use portico::clock::Clock;
        self.clock.now()
    }

    /// Issue a link through the API and return its JSON (`url`, `id`, `expires_at`).
    pub async fn link(&self, body: Value) -> Value {
        let r = self.post("/links", &body).await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
        r.json()
    }

    /// Send everything due now, as the dispatcher would (tests run without the background loop).
    pub async fn drain(&self) -> usize {
        self.state.dispatcher.drain().await.expect("drain")
    }

    pub async fn outbox(&self) -> Vec<Value> {
        let r = self.client.get(self.url("/dev/outbox.json")).send().await.expect("outbox");
        r.json::<Vec<Value>>().await.expect("outbox json")
    }

    pub async fn live_sessions(&self, patient_id: &str) -> i64 {
        let id = portico::domain::PatientId::parse(patient_id).expect("patient id");
        self.state.store.live_sessions(&id, self.clock_now()).await.expect("sessions")
    }

    pub fn browser(&self) -> Browser {
        Browser::new(&self.base)
    }

    /// Patient `p`'s browser on the page of their visit `a`, opened by a link for it, with the
    /// page's csrf token.
    pub async fn on_visit_page(&self, p: &Value, a: &Value) -> (Browser, String) {
        let l = self
            .link(serde_json::json!({"patient_id": p["id"], "purpose": "appointment", "subject_id": a["id"]}))
            .await;
        let b = self.browser();
        let r = b.redeem(l["url"].as_str().expect("link url")).await;
        let page = b.get(r.header("location").expect("redirect")).await;
        let csrf = form_field(&page.text, "csrf").expect("csrf");
        (b, csrf)
    }
}

/// A client that keeps cookies and submits forms as a browser does (with `Origin`).
#[derive(Clone)]
pub struct Browser {
    pub base: String,
    pub client: reqwest::Client,
    pub cookies: Arc<Mutex<HashMap<String, String>>>,
}

impl Browser {
    pub fn new(base: &str) -> Self {
        Browser { base: base.to_string(), client: http_client(), cookies: Arc::default() }
    }

    fn absolute(&self, url: &str) -> String {
        if url.starts_with("http") { url.to_string() } else { format!("{}{}", self.base, url) }
    }

    pub fn cookie_header(&self) -> String {
        self.cookies.lock().expect("jar").iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ")
    }

    fn keep(&self, headers: &HeaderMap) {
        for v in headers.get_all("set-cookie") {
            let Ok(s) = v.to_str() else { continue };
            let first = s.split(';').next().unwrap_or_default();
            if let Some((k, val)) = first.split_once('=') {
                let mut jar = self.cookies.lock().expect("jar");
                if val.is_empty() || s.contains("Max-Age=0") {
                    jar.remove(k);
                } else {
                    jar.insert(k.to_string(), val.to_string());
                }
            }
        }
    }

    pub fn cookie(&self, name: &str) -> Option<String> {
        self.cookies.lock().expect("jar").get(name).cloned()
    }

    pub async fn get(&self, url: &str) -> Reply {
        let r = self.client.get(self.absolute(url)).header("cookie", self.cookie_header()).send().await.expect("get");
        self.keep(r.headers());
        reply(r).await
    }

    pub async fn head(&self, url: &str) -> Reply {
        let r = self.client.head(self.absolute(url)).header("cookie", self.cookie_header()).send().await.expect("head");
        reply(r).await
    }

    pub async fn post_form(&self, url: &str, fields: &[(&str, &str)]) -> Reply {
        let r = self
            .client
            .post(self.absolute(url))
            .header("cookie", self.cookie_header())
            .header("origin", &self.base)
            .form(fields)
            .send()
            .await
            .expect("post");
        self.keep(r.headers());
        reply(r).await
    }

    /// GET the landing page, then press its button.
    pub async fn redeem(&self, url: &str) -> Reply {
        let landing = self.get(url).await;
        assert_eq!(landing.status, StatusCode::OK, "landing: {}", landing.text);
        let csrf = form_field(&landing.text, "csrf").expect("csrf field on landing page");
        let action = form_action(&landing.text).expect("form action");
        self.post_form(&action, &[("csrf", &csrf)]).await
    }
}

/// The value of a hidden input in a page.
pub fn form_field(html: &str, name: &str) -> Option<String> {
    let needle = format!("name=\"{name}\" value=\"");
    let start = html.find(&needle)? + needle.len();
    let end = html[start..].find('"')?;
    Some(html[start..start + end].to_string())
}

/// The first form's action.
pub fn form_action(html: &str) -> Option<String> {
    let needle = "action=\"";
    let start = html.find(needle)? + needle.len();
    let end = html[start..].find('"')?;
    Some(html[start..start + end].to_string())
}

/// The token part of a link URL.
pub fn token_of(url: &str) -> String {
    url.rsplit("/l/").next().expect("link url").to_string()
}

/// A free loopback port (for a child process to bind).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port()
}

/// A child process, killed when dropped.
pub struct Proc(pub std::process::Child);

impl Drop for Proc {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Wait until a `portico serve` at `base` answers `/readyz` with 200.
pub async fn wait_ready(base: &str) {
    let client = http_client();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while std::time::Instant::now() < deadline {
        if let Ok(r) = client.get(format!("{base}/readyz")).send().await
            && r.status() == StatusCode::OK
        {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("{base} never became ready");
}

/// Whether a page shows message `id` of locale `lang` (escaped as the templates escape it).
pub fn says(html: &str, lang: &str, id: &str) -> bool {
    let t = portico::i18n::Lang::from_tag(lang).unwrap_or(portico::i18n::Lang::EN);
    let escaped = t
        .t(id)
        .replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;");
    html.contains(&escaped)
}

/// The headers every response carries (docs/SECURITY.md).
pub fn assert_security_headers(r: &Reply, what: &str) {
    assert_eq!(r.header("referrer-policy"), Some("no-referrer"), "{what}");
    assert_eq!(r.header("x-frame-options"), Some("DENY"), "{what}");
    assert_eq!(r.header("x-content-type-options"), Some("nosniff"), "{what}");
    let csp = r.header("content-security-policy").unwrap_or_else(|| panic!("{what}: no CSP"));
    assert!(csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'"), "{what}: {csp}");
    assert!(!csp.contains("unsafe-inline"), "{what}: {csp}");
}

impl TestApp {
    /// Run a statement on the test's database behind Portico's back (to set up a fault).
    pub async fn raw_sql(&self, sql: &str) {
        let q = sqlx::AssertSqlSafe(sql.to_string());
        if self.db.url.starts_with("sqlite:") {
            let pool = sqlx::SqlitePool::connect(&self.db.url).await.expect("sqlite");
            sqlx::query(q).execute(&pool).await.expect("raw statement");
            pool.close().await;
        } else {
            let pool = sqlx::PgPool::connect(&self.db.url).await.expect("postgres");
            sqlx::query(q).execute(&pool).await.expect("raw statement");
            pool.close().await;
        }
    }
}

impl TestApp {
    /// The first column of every row a query returns, as bytes (text columns too).
    pub async fn raw_column(&self, sql: &str) -> Vec<Vec<u8>> {
        use sqlx::Row;
        let q = sqlx::AssertSqlSafe(sql.to_string());
        if self.db.url.starts_with("sqlite:") {
            let pool = sqlx::SqlitePool::connect(&self.db.url).await.expect("sqlite");
            let rows = sqlx::query(q).fetch_all(&pool).await.expect("raw query");
            pool.close().await;
            rows.iter().map(|r| r.try_get::<Vec<u8>, _>(0).unwrap_or_default()).collect()
        } else {
            let pool = sqlx::PgPool::connect(&self.db.url).await.expect("postgres");
            let rows = sqlx::query(q).fetch_all(&pool).await.expect("raw query");
            pool.close().await;
            rows.iter().map(|r| r.try_get::<Vec<u8>, _>(0).unwrap_or_default()).collect()
        }
    }
}

impl TestApp {
    /// A browser in a session for `patient` opened by a `purpose` link, stepped up by the code
    /// sent to the patient's other contact point, and the page the link landed on.
    pub async fn stepped_up_browser(&self, patient: &Value, purpose: &str) -> (Browser, String) {
        let l = self.link(json!({"patient_id": patient["id"], "purpose": purpose})).await;
        let b = self.browser();
        let r = b.redeem(l["url"].as_str().expect("url")).await;
        let next = r.header("location").expect("redirect").to_string();
        let gate = b.get(&next).await;
        let csrf = form_field(&gate.text, "csrf").expect("step-up form");
        b.post_form("/p/verify/send", &[("csrf", &csrf), ("next", &next)]).await;
        let code = self.last_code().await;
        let r = b.post_form("/p/verify/code", &[("csrf", &csrf), ("next", &next), ("code", &code)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        (b, next)
    }

    /// The six-digit code in the newest message of the dev outbox.
    pub async fn last_code(&self) -> String {
        let outbox = self.outbox().await;
        let body = outbox.last().and_then(|m| m["body"].as_str()).unwrap_or_default().to_string();
        body.split(|c: char| !c.is_ascii_digit()).find(|w| w.len() == 6).expect("a code").to_string()
    }
}

impl TestApp {
    /// A second server on this app's database and keys, with its own store, live hub and
    /// (on PostgreSQL) its own listener, as a second `portico serve` would have: its base URL.
    pub async fn peer(&self) -> String {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let mut config = (*self.state.config).clone();
        config.bind = addr.to_string();
        let base = format!("http://{addr}");
        config.public_url = base.parse().expect("url");
        let app = Application::build_on(config, listener, Arc::new(self.clock.clone()))
            .await
            .expect("build peer")
            .without_workers();
        tokio::spawn(async move {
            let _ = app.run_until_stopped().await;
        });
        base
    }
}
