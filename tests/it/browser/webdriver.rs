//! A small W3C WebDriver client for headless Chromium through `chromedriver`: one driver
//! process and one browser session per `Chrome`, both gone when it drops. Only what the
//! browser tests use; every call that fails panics with WebDriver's own error message.

use crate::helpers::{Proc, free_port};
use serde_json::{Value, json};
use std::path::Path;
use std::time::{Duration, Instant};

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// The key WebDriver uses for an element reference in JSON.
const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

/// The phone every test uses: an iPhone 12–15 sized screen, in CSS pixels.
pub const VIEWPORT: (u32, u32) = (390, 844);
const PIXEL_RATIO: u32 = 3;

/// CI sets this so a missing browser fails the run instead of skipping.
pub fn browser_required() -> bool {
    std::env::var("PORTICO_TEST_REQUIRE_CHROMIUM").is_ok_and(|v| v == "1")
}

/// Say why a browser test is skipped or, when the browser is required, fail.
pub fn skip(what: &str) {
    assert!(!browser_required(), "PORTICO_TEST_REQUIRE_CHROMIUM=1 but {what}");
    eprintln!("skipping browser test: {what}");
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Js {
    Enabled,
    Disabled,
}

pub struct Element(String);

pub struct Chrome {
    http: reqwest::Client,
    /// `http://127.0.0.1:PORT/session/ID`
    session: String,
    _driver: Proc,
    _profile: tempfile::TempDir,
}

impl Chrome {
    /// Start chromedriver and a headless Chromium, or `None` (printed) when they are not
    /// installed and not required.
    pub async fn start(js: Js) -> Option<Chrome> {
        for path in [CHROMIUM, CHROMEDRIVER] {
            if !Path::new(path).exists() {
                skip(&format!("{path} is not installed (apt-get install chromium chromium-driver)"));
                return None;
            }
        }
        let profile = tempfile::tempdir().expect("profile dir");
        let port = free_port();
        let log = profile.path().join("chromedriver.log");
        let driver = Proc(
            std::process::Command::new(CHROMEDRIVER)
                .arg(format!("--port={port}"))
                .arg(format!("--log-path={}", log.display()))
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .expect("start chromedriver"),
        );
        let http = reqwest::Client::builder().timeout(Duration::from_secs(60)).build().expect("client");
        let base = format!("http://127.0.0.1:{port}");
        wait_until_ready(&http, &base).await;
        let mut options = json!({
            "binary": CHROMIUM,
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                format!("--window-size={},{}", VIEWPORT.0, VIEWPORT.1),
                format!("--user-data-dir={}", profile.path().join("chromium").display()),
            ],
            // Headless Chromium counts its (invisible) toolbar in the window height, so a
            // 390×844 window has a 390×701 viewport. Emulating the phone's screen gives the
            // page exactly 390×844 CSS pixels at the phone's pixel ratio, and makes it honour
            // `<meta name=viewport>` as a phone does. Not touch: chromedriver then taps with
            // touch events, and with JavaScript off a tap on a submit button never returns.
            "mobileEmulation": {"deviceMetrics": {
                "width": VIEWPORT.0, "height": VIEWPORT.1, "pixelRatio": PIXEL_RATIO, "mobile": true, "touch": false
            }},
        });
        if js == Js::Disabled {
            options["prefs"] = json!({"profile.managed_default_content_settings.javascript": 2});
        }
        // A hung page fails the test in seconds, not after chromedriver's five minutes.
        let timeouts = json!({"pageLoad": 20_000, "script": 20_000});
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome", "timeouts": timeouts, "goog:chromeOptions": options
        }}});
        let r = http.post(format!("{base}/session")).json(&caps).send().await.expect("new session");
        let body: Value = r.json().await.expect("new session json");
        let Some(id) = body["value"]["sessionId"].as_str() else {
            let log = std::fs::read_to_string(&log).unwrap_or_default();
            let lines: Vec<&str> = log.lines().collect();
            let tail = lines[lines.len().saturating_sub(30)..].join("\n");
            panic!("chromedriver could not start Chromium: {}\n{tail}", body["value"]);
        };
        let chrome = Chrome { http, session: format!("{base}/session/{id}"), _driver: driver, _profile: profile };
        // The window phone-sized too: headless starts it 500 wide whatever --window-size says.
        chrome.set_window_rect(VIEWPORT.0, VIEWPORT.1).await;
        Some(chrome)
    }

    async fn call(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> Result<Value, (String, String)> {
        let mut rb = self.http.request(method, format!("{}{path}", self.session));
        if let Some(b) = body {
            rb = rb.json(&b);
        }
        let r = rb.send().await.unwrap_or_else(|e| panic!("WebDriver {path}: {e}"));
        let ok = r.status().is_success();
        let v: Value = r.json().await.unwrap_or_else(|e| panic!("WebDriver {path}: not JSON: {e}"));
        let v = v["value"].clone();
        if ok {
            Ok(v)
        } else {
            let field = |k: &str| v[k].as_str().unwrap_or_default().to_string();
            Err((field("error"), field("message")))
        }
    }

    async fn cmd(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> Value {
        self.call(method, path, body).await.unwrap_or_else(|(e, m)| panic!("WebDriver {path}: {e}: {m}"))
    }

    /// A virtual authenticator (WebDriver's WebAuthn extension): a platform authenticator
    /// (CTAP2, internal transport) that keeps discoverable credentials and verifies its user
    /// when `verified`. Its id, for `set_user_verified`.
    pub async fn add_virtual_authenticator(&self, verified: bool) -> String {
        let options = json!({
            "protocol": "ctap2", "transport": "internal", "hasResidentKey": true,
            "hasUserVerification": true, "isUserVerified": verified, "isUserConsenting": true
        });
        let v = self.cmd(reqwest::Method::POST, "/webauthn/authenticator", Some(options)).await;
        v.as_str().expect("authenticator id").to_string()
    }

    /// Whether the virtual authenticator's user verification succeeds from now on.
    pub async fn set_user_verified(&self, authenticator: &str, verified: bool) {
        let path = format!("/webauthn/authenticator/{authenticator}/uv");
        self.cmd(reqwest::Method::POST, &path, Some(json!({ "isUserVerified": verified }))).await;
    }

    /// The credentials the virtual authenticator holds.
    pub async fn virtual_credentials(&self, authenticator: &str) -> Vec<Value> {
        let path = format!("/webauthn/authenticator/{authenticator}/credentials");
        self.cmd(reqwest::Method::GET, &path, None).await.as_array().cloned().unwrap_or_default()
    }

    /// Put a cookie in the browser for the origin of the page it is on (open one first).
    pub async fn add_cookie(&self, name: &str, value: &str) {
        let cookie = json!({"cookie": {"name": name, "value": value, "path": "/", "httpOnly": true}});
        self.cmd(reqwest::Method::POST, "/cookie", Some(cookie)).await;
    }

    pub async fn goto(&self, url: &str) {
        self.cmd(reqwest::Method::POST, "/url", Some(json!({ "url": url }))).await;
    }

    pub async fn current_url(&self) -> String {
        self.cmd(reqwest::Method::GET, "/url", None).await.as_str().expect("url").to_string()
    }

    /// The first element matching a CSS selector, if any.
    pub async fn try_find(&self, css: &str) -> Option<Element> {
        let found =
            self.call(reqwest::Method::POST, "/element", Some(json!({"using": "css selector", "value": css}))).await;
        match found {
            Ok(v) => Some(Element(v[ELEMENT].as_str().expect("element id").to_string())),
            Err((e, _)) if e == "no such element" => None,
            Err((e, m)) => panic!("WebDriver find {css}: {e}: {m}"),
        }
    }

    /// The first element matching `css`, waiting a little for a page that is still loading.
    pub async fn find(&self, css: &str) -> Element {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(e) = self.try_find(css).await {
                return e;
            }
            if Instant::now() > deadline {
                panic!("no element {css} on {}:\n{}", self.current_url().await, self.page_source().await);
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub async fn click(&self, el: &Element) {
        self.cmd(reqwest::Method::POST, &format!("/element/{}/click", el.0), Some(json!({}))).await;
    }

    pub async fn send_keys(&self, el: &Element, text: &str) {
        self.cmd(reqwest::Method::POST, &format!("/element/{}/value", el.0), Some(json!({ "text": text }))).await;
    }

    /// The rendered text of an element, as a person would read it.
    pub async fn text(&self, el: &Element) -> String {
        self.cmd(reqwest::Method::GET, &format!("/element/{}/text", el.0), None)
            .await
            .as_str()
            .expect("text")
            .to_string()
    }

    pub async fn page_source(&self) -> String {
        self.cmd(reqwest::Method::GET, "/source", None).await.as_str().expect("source").to_string()
    }

    /// Run a function body in the page; `return` gives the value back. WebDriver's scripts
    /// run whatever the page's Content-Security-Policy says (and with page scripts off).
    pub async fn execute(&self, script: &str, args: Value) -> Value {
        self.cmd(reqwest::Method::POST, "/execute/sync", Some(json!({ "script": script, "args": args }))).await
    }

    /// Like `execute`, but the script finishes by calling its last argument.
    pub async fn execute_async(&self, script: &str, args: Value) -> Value {
        self.cmd(reqwest::Method::POST, "/execute/async", Some(json!({ "script": script, "args": args }))).await
    }

    /// The viewport as a PNG, written to `path`; returns the bytes.
    pub async fn screenshot(&self, path: &Path) -> Vec<u8> {
        use base64::Engine;
        let b64 = self.cmd(reqwest::Method::GET, "/screenshot", None).await;
        let png = base64::engine::general_purpose::STANDARD.decode(b64.as_str().expect("base64")).expect("png");
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).expect("screenshot dir");
        }
        std::fs::write(path, &png).expect("write screenshot");
        png
    }

    pub async fn set_window_rect(&self, width: u32, height: u32) {
        self.cmd(reqwest::Method::POST, "/window/rect", Some(json!({"width": width, "height": height}))).await;
    }

    /// Whether pages may run script: a `<noscript>` body becomes elements only when they may not.
    pub async fn scripting_enabled(&self) -> bool {
        self.goto("data:text/html,<noscript><p id=off>off</p></noscript>").await;
        self.try_find("#off").await.is_none()
    }
}

impl Drop for Chrome {
    /// End the session so chromedriver closes Chromium: killing chromedriver alone would
    /// leave the browser running. Drop runs inside the test's runtime; use a thread with its own.
    fn drop(&mut self) {
        let url = self.session.clone();
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
            rt.block_on(async move {
                let client = reqwest::Client::builder().timeout(Duration::from_secs(10)).build().expect("client");
                let _ = client.delete(url).send().await;
            });
        })
        .join();
    }
}

async fn wait_until_ready(http: &reqwest::Client, base: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        if let Ok(r) = http.get(format!("{base}/status")).send().await
            && let Ok(v) = r.json::<Value>().await
            && v["value"]["ready"] == true
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("chromedriver at {base} never became ready");
}
