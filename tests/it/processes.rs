//! The real binary: the demo in an empty folder, bad configuration, and two `portico serve`
//! processes sharing one PostgreSQL.

use crate::helpers::*;
use reqwest::StatusCode;
use serde_json::json;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

fn portico(dir: &std::path::Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_portico"));
    c.current_dir(dir).env("RUST_LOG", "warn");
    for var in [
        "PORTICO_DATABASE_URL",
        "PORTICO_SMS",
        "PORTICO_EMAIL",
        "PORTICO_CONFIG",
        "PORTICO_KEYS_FILE",
        "PORTICO_PUBLIC_URL",
        "PORTICO_ALLOW_DEV_CHANNELS",
        "PORTICO_TRUSTED_PROXIES",
    ] {
        c.env_remove(var);
    }
    c
}

async fn list_patients(base: &str, key: &str) -> serde_json::Value {
    http_client().get(format!("{base}/api/v1/patients")).bearer_auth(key).send().await.unwrap().json().await.unwrap()
}

/// Run `portico demo` in `dir` until it says it is serving; return the links it printed.
async fn run_demo(dir: &std::path::Path, port: u16) -> (Proc, Vec<String>, String) {
    let base = format!("http://127.0.0.1:{port}");
    let mut child = portico(dir)
        .arg("demo")
        .env("PORTICO_BIND", format!("127.0.0.1:{port}"))
        .env("PORTICO_PUBLIC_URL", &base)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let proc = Proc(child);
    let lines = tokio::task::spawn_blocking(move || {
        let mut out = vec![];
        for line in BufReader::new(stdout).lines() {
            let line = line.unwrap();
            let done = line.starts_with("Serving on");
            out.push(line);
            if done {
                break;
            }
        }
        out
    })
    .await
    .unwrap();
    let text = lines.join("\n");
    assert!(text.contains("Serving on"), "demo did not start:\n{text}");
    let links = text.split_whitespace().filter(|w| w.starts_with(&format!("{base}/l/"))).map(str::to_string).collect();
    wait_ready(&base).await;
    (proc, links, text)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_in_an_empty_folder_prints_links_that_open_and_can_be_consumed() {
    init_logs();
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let (proc, links, text) = run_demo(dir.path(), port).await;
    assert!(dir.path().join("portico.db").exists(), "the demo makes a SQLite file");
    assert!(links.len() >= 6, "at least six patients get a link:\n{text}");
    assert!(text.contains("sms to +1") && text.contains("email to "), "{text}");
    let outbox: Vec<serde_json::Value> =
        http_client().get(format!("{base}/dev/outbox.json")).send().await.unwrap().json().await.unwrap();
    assert_eq!(outbox.len(), links.len());
    let links: Vec<String> = links;
    let (mut households, mut threads) = (0, 0);
    for link in &links {
        let r = Browser::new(&base).redeem(link).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{link}");
        let to = r.header("location").unwrap();
        households += usize::from(to == "/p/household");
        threads += usize::from(to.starts_with("/p/threads/"));
        assert!(to.starts_with("/p/appointments/") || to == "/p/household" || to.starts_with("/p/threads/"), "{to}");
    }
    assert_eq!(households, 1, "the family on one phone got one SMS for both visits:\n{text}");
    assert_eq!(threads, 1, "the patient who wrote got a link to her messages:\n{text}");
    assert!(text.contains("Live chat: open Maria Lopez's conversation"), "{text}");
    assert!(text.contains("Ana Ruiz and Mateo Ruiz share the phone") && text.contains("2016-05-14"), "{text}");
    assert!(text.contains(&format!("{base}/staff/signin")) && text.contains("aokafor@lakeside.example"), "{text}");
    // The care team signs in as the demo says: the email, then the link from the dev outbox.
    let staff = Browser::new(&base);
    let form = staff.get("/staff/signin").await;
    let csrf = form_field(&form.text, "csrf").unwrap();
    staff.post_form("/staff/signin", &[("csrf", &csrf), ("email", "aokafor@lakeside.example")]).await;
    let outbox: Vec<serde_json::Value> =
        http_client().get(format!("{base}/dev/outbox.json")).send().await.unwrap().json().await.unwrap();
    let mail = outbox.iter().rev().find(|m| m["to"] == "aokafor@lakeside.example").expect("the sign-in email");
    let link = mail["body"].as_str().unwrap().split_whitespace().find(|w| w.contains("/staff/s/")).unwrap().to_string();
    let r = staff.redeem(&link).await;
    assert_eq!((r.status, r.header("location")), (StatusCode::SEE_OTHER, Some("/staff")), "{}", r.text);
    let inbox = staff.get("/staff").await.text;
    assert!(
        inbox.contains("Needs reply") && inbox.contains("Maria Lopez"),
        "Maria's message waits for a reply: {inbox}"
    );
    let key =
        text.lines().find_map(|l| l.strip_prefix("Clinic API key for this run (shown once): ")).unwrap().to_string();
    let patients = list_patients(&base, &key).await;
    let first_count = patients["data"].as_array().unwrap().len();
    let langs: std::collections::BTreeSet<_> =
        patients["data"].as_array().unwrap().iter().map(|p| p["language"].as_str().unwrap().to_string()).collect();
    assert!(langs.len() >= 6, "patients in several languages: {langs:?}");
    drop(proc);

    // A second run reuses the data and sends fresh links that work too.
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let (_proc, again, _) = run_demo(dir.path(), port).await;
    assert_eq!(again.len(), links.len());
    let r = Browser::new(&base).redeem(&again[0]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let patients = list_patients(&base, &key).await;
    assert_eq!(patients["data"].as_array().unwrap().len(), first_count, "no patient was created twice");
}

#[test]
fn a_bad_setting_stops_the_start_with_one_line_naming_the_variable() {
    let dir = tempfile::tempdir().unwrap();
    for (var, value) in [
        ("PORTICO_SMS", "carrier-pigeon"),
        ("PORTICO_PUBLIC_URL", "not a url"),
        ("PORTICO_EMAIL", "fax"),
        ("PORTICO_BIND", "nowhere"),
        ("PORTICO_DATABASE_URL", "mysql://localhost/x"),
    ] {
        let out = portico(dir.path()).arg("serve").env(var, value).output().unwrap();
        assert!(!out.status.success(), "{var}={value} should stop the start");
        let err = String::from_utf8_lossy(&out.stderr);
        let lines: Vec<_> = err.lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(lines.len(), 1, "{var}: {err}");
        assert!(lines[0].contains(var), "{var}: {err}");
    }
    assert!(!dir.path().join("portico.db").exists(), "nothing was created");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_refuses_a_dev_channel_at_an_https_public_url_unless_told_to_allow_it() {
    let dir = tempfile::tempdir().unwrap();
    let https = ("PORTICO_PUBLIC_URL", "https://clinic.example");
    let twilio = [
        ("PORTICO_SMS", "twilio"),
        ("TWILIO_ACCOUNT_SID", "AC0000"),
        ("TWILIO_AUTH_TOKEN", "token"),
        ("TWILIO_FROM", "+15005550006"),
    ];
    for (settings, var) in [(vec![https], "PORTICO_SMS"), ([&twilio[..], &[https]].concat(), "PORTICO_EMAIL")] {
        let child = portico(dir.path())
            .arg("serve")
            .envs(settings.iter().copied())
            .env("PORTICO_BIND", format!("127.0.0.1:{}", free_port()))
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut child = Proc(child);
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        let status = loop {
            if let Some(status) = child.0.try_wait().unwrap() {
                break status;
            }
            assert!(std::time::Instant::now() < deadline, "{settings:?} should stop the start, and it serves");
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        };
        assert!(!status.success(), "{settings:?} should stop the start");
        let mut err = String::new();
        std::io::Read::read_to_string(&mut child.0.stderr.take().unwrap(), &mut err).unwrap();
        let lines: Vec<_> = err.lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(lines.len(), 1, "{err}");
        assert!(lines[0].contains(var) && lines[0].contains("PORTICO_ALLOW_DEV_CHANNELS=1"), "{err}");
    }
    assert!(!dir.path().join("portico.db").exists(), "nothing was created");

    let port = free_port();
    let _serving = Proc(
        portico(dir.path())
            .arg("serve")
            .envs(twilio)
            .env("PORTICO_PUBLIC_URL", "https://clinic.example")
            .env("PORTICO_ALLOW_DEV_CHANNELS", "1")
            .env("PORTICO_BIND", format!("127.0.0.1:{port}"))
            .spawn()
            .unwrap(),
    );
    let base = format!("http://127.0.0.1:{port}");
    wait_ready(&base).await;
    let outbox = http_client().get(format!("{base}/dev/outbox.json")).send().await.unwrap();
    assert_eq!(outbox.status(), StatusCode::NOT_FOUND, "allowed to run, but the outbox stays closed");
}

#[test]
fn clinic_create_prints_a_key_once_and_stores_only_its_hash() {
    let dir = tempfile::tempdir().unwrap();
    let out = portico(dir.path())
        .args(["clinic", "create", "--name", "Riverside Clinic", "--phone", "+13125550100"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let key = text
        .lines()
        .find_map(|l| l.split("API key (shown once, store it safely): ").nth(1))
        .unwrap()
        .trim()
        .to_string();
    assert!(key.starts_with("pk_") && key.len() > 40);
    let db = std::fs::read(dir.path().join("portico.db")).unwrap();
    let wal = std::fs::read(dir.path().join("portico.db-wal")).unwrap_or_default();
    let needle = key.as_bytes();
    assert!(
        !db.windows(needle.len()).any(|w| w == needle) && !wal.windows(needle.len()).any(|w| w == needle),
        "the key itself is not stored"
    );
    let dup = portico(dir.path()).args(["clinic", "create", "--name", "Riverside Clinic"]).output().unwrap();
    assert!(!dup.status.success());
    assert!(String::from_utf8_lossy(&dup.stderr).contains("already exists"));
}

/// Two `portico serve` processes on `db`, both with the first one's public URL (so forms and
/// links from one work on the other) and the same keys file; ready when this returns.
async fn two_serve_processes(db: &TestDb) -> (Proc, Proc, u16, u16) {
    let dir = db.dir.path();
    let (pa, pb) = (free_port(), free_port());
    let public = format!("http://127.0.0.1:{pa}");
    let spawn = |port: u16| {
        Proc(
            portico(dir)
                .arg("serve")
                .env("PORTICO_DATABASE_URL", &db.url)
                .env("PORTICO_BIND", format!("127.0.0.1:{port}"))
                .env("PORTICO_PUBLIC_URL", &public)
                .env("PORTICO_KEYS_FILE", dir.join("portico.keys"))
                .env("PORTICO_WEBHOOKS_ALLOW_PRIVATE", "1")
                .spawn()
                .unwrap(),
        )
    };
    let a = spawn(pa);
    wait_ready(&public).await;
    let b = spawn(pb);
    wait_ready(&format!("http://127.0.0.1:{pb}")).await;
    (a, b, pa, pb)
}

/// A clinic made by `portico clinic create` on `db`: its API key.
fn clinic_key(db: &TestDb) -> String {
    let out = portico(db.dir.path())
        .args(["clinic", "create", "--name", "Lakeside"])
        .env("PORTICO_DATABASE_URL", &db.url)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    created_key(&out)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fifty_posts_spread_over_two_processes_on_postgresql_consume_a_link_once() {
    let Some(db) = TestDb::new(Backend::Postgres).await else {
        return;
    };
    let (_a, _b, pa, pb) = two_serve_processes(&db).await;
    let public = format!("http://127.0.0.1:{pa}");
    let key = clinic_key(&db);
    let client = http_client();
    let p: serde_json::Value = client
        .post(format!("{public}/api/v1/patients"))
        .bearer_auth(&key)
        .json(&json!({"name": "Maria Lopez", "phone": "+13125550142"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let l: serde_json::Value = client
        .post(format!("{public}/api/v1/links"))
        .bearer_auth(&key)
        .json(&json!({"patient_id": p["id"], "purpose": "sign_in"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let url = l["url"].as_str().unwrap().to_string();
    let token = token_of(&url);

    // The landing page from process A, the form's token works on B as well (shared keys).
    let browser = Browser::new(&public);
    let csrf = form_field(&browser.get(&url).await.text, "csrf").unwrap();
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..50 {
        let port = if i % 2 == 0 { pa } else { pb };
        let b = browser.clone();
        let target = format!("http://127.0.0.1:{port}/l/{token}");
        let csrf = csrf.clone();
        tasks.spawn(async move { b.post_form(&target, &[("csrf", &csrf)]).await.status });
    }
    let mut statuses = vec![];
    while let Some(s) = tasks.join_next().await {
        statuses.push(s.unwrap());
    }
    assert_eq!(statuses.iter().filter(|s| **s == StatusCode::SEE_OTHER).count(), 1, "{statuses:?}");
    assert_eq!(statuses.iter().filter(|s| **s == StatusCode::GONE).count(), 49, "{statuses:?}");
    let status: serde_json::Value = client
        .get(format!("{public}/api/v1/links/{}", l["id"].as_str().unwrap()))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(status["status"], "used");
}

/// The API key `portico clinic create` printed.
fn created_key(out: &std::process::Output) -> String {
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    let key = text.lines().find_map(|l| l.split("API key (shown once, store it safely): ").nth(1));
    key.unwrap_or_else(|| panic!("no key in {text}")).trim().to_string()
}

fn counts(path: &std::path::Path) -> Vec<(String, i64)> {
    let c = rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let mut names = c.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").unwrap();
    let names: Vec<String> = names.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect();
    names
        .into_iter()
        .map(|n| {
            let count = c.query_row(&format!("SELECT COUNT(*) FROM \"{n}\""), [], |r| r.get(0)).unwrap();
            (n, count)
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_taken_while_serve_writes_opens_checks_and_matches_the_live_row_counts() {
    let dir = tempfile::tempdir().unwrap();
    let out = portico(dir.path()).args(["clinic", "create", "--name", "Riverside Clinic"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let key = created_key(&out);
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let _serve = Proc(
        portico(dir.path())
            .arg("serve")
            .env("PORTICO_BIND", format!("127.0.0.1:{port}"))
            .env("PORTICO_PUBLIC_URL", &base)
            .spawn()
            .unwrap(),
    );
    wait_ready(&base).await;
    // Patients keep arriving while the first backup is taken.
    let writing = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(true));
    let writer = {
        let (writing, base, key) = (writing.clone(), base.clone(), key.clone());
        tokio::spawn(async move {
            let client = http_client();
            let mut n = 0u32;
            while writing.load(std::sync::atomic::Ordering::Relaxed) {
                let body = json!({"name": format!("Patient {n}"), "phone": format!("+1312555{:04}", n % 10_000)});
                let r =
                    client.post(format!("{base}/api/v1/patients")).bearer_auth(&key).json(&body).send().await.unwrap();
                assert_eq!(r.status(), StatusCode::CREATED);
                n += 1;
            }
            n
        })
    };
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let during = dir.path().join("during.db");
    let out = portico(dir.path()).arg("backup").arg(&during).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("integrity check ok"));
    writing.store(false, std::sync::atomic::Ordering::Relaxed);
    let written = writer.await.unwrap();
    let taken: i64 = counts(&during).into_iter().find(|(t, _)| t == "patients").unwrap().1;
    assert!(taken > 0 && taken <= i64::from(written), "a snapshot of what was written: {taken} of {written}");

    // With the writes done, a backup holds exactly what the live database holds.
    let after = dir.path().join("after.db");
    let out = portico(dir.path()).arg("backup").arg(&after).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(counts(&after), counts(&dir.path().join("portico.db")));
    // An existing file is never overwritten.
    let again = portico(dir.path()).arg("backup").arg(&after).output().unwrap();
    assert!(!again.status.success() && String::from_utf8_lossy(&again.stderr).contains("exists already"));
}

#[test]
fn a_backup_of_postgresql_is_refused_and_says_to_use_pg_dump() {
    let dir = tempfile::tempdir().unwrap();
    let out = portico(dir.path())
        .arg("backup")
        .arg(dir.path().join("x.db"))
        .env("PORTICO_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/test")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("pg_dump"), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!dir.path().join("x.db").exists());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_message_posted_through_one_serve_process_reaches_a_stream_on_the_other_within_a_second() {
    let Some(db) = TestDb::new(Backend::Postgres).await else {
        return;
    };
    let (_a, _b, pa, pb) = two_serve_processes(&db).await;
    let (public, b_base) = (format!("http://127.0.0.1:{pa}"), format!("http://127.0.0.1:{pb}"));
    let key = clinic_key(&db);
    let client = http_client();
    let api = |path: &str, body: serde_json::Value| {
        client.post(format!("{public}/api/v1{path}")).bearer_auth(&key).json(&body).send()
    };
    let p: serde_json::Value = api(
        "/patients",
        json!({"name": "Maria Lopez", "phone": "+13125550142", "email": "maria@example.org", "language": "en"}),
    )
    .await
    .unwrap()
    .json()
    .await
    .unwrap();
    let l: serde_json::Value =
        api("/links", json!({"patient_id": p["id"], "purpose": "thread"})).await.unwrap().json().await.unwrap();

    // Maria opens her thread on process A and steps up with the code from the outbox.
    let browser = Browser::new(&public);
    let thread = browser.redeem(l["url"].as_str().unwrap()).await.header("location").unwrap().to_string();
    let gate = browser.get(&thread).await;
    let csrf = form_field(&gate.text, "csrf").unwrap();
    browser.post_form("/p/verify/send", &[("csrf", &csrf), ("next", &thread)]).await;
    let outbox: Vec<serde_json::Value> =
        client.get(format!("{public}/dev/outbox.json")).send().await.unwrap().json().await.unwrap();
    let body = outbox.last().unwrap()["body"].as_str().unwrap().to_string();
    let code = body.split(|c: char| !c.is_ascii_digit()).find(|w| w.len() == 6).unwrap().to_string();
    let r = browser.post_form("/p/verify/code", &[("csrf", &csrf), ("next", &thread), ("code", &code)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);

    // Her open page's stream is served by process B; the clinic writes through process A.
    let response =
        client.get(format!("{b_base}{thread}/live")).header("cookie", browser.cookie_header()).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let mut stream = response;
    // B's listener is up once it has started listening; give it a moment.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let posted = std::time::Instant::now();
    let r = api(
        &format!("/patients/{}/messages", p["id"].as_str().unwrap()),
        json!({"body": "Your results are in.", "sender": "Dr. Herrera"}),
    )
    .await
    .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    let mut seen = String::new();
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(1);
    while !seen.contains("Your results are in.") {
        match tokio::time::timeout_at(deadline, stream.chunk()).await {
            Ok(Ok(Some(chunk))) => seen.push_str(&String::from_utf8_lossy(&chunk)),
            other => panic!("nothing on process B's stream within 1 s ({other:?}); got {seen:?}"),
        }
    }
    eprintln!("posted through A, streamed by B in {:?}", posted.elapsed());
    assert!(seen.contains("event: message"), "{seen}");
}

/// Every table's rows on PostgreSQL, by name (the migrations' own record left out).
async fn pg_counts(url: &str) -> Vec<(String, i64)> {
    let pool = sqlx::PgPool::connect(url).await.unwrap();
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'portico_migrations' ORDER BY 1",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    let mut out = vec![];
    for t in tables {
        let n: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM \"{t}\"")))
            .fetch_one(&pool)
            .await
            .unwrap();
        out.push((t, n));
    }
    out.sort();
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn migrate_data_copies_the_demo_to_postgresql_where_its_links_still_open_and_refuses_a_second_copy() {
    init_logs();
    let Some(db) = TestDb::new(Backend::Postgres).await else { return };
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let (demo, links, _) = run_demo(dir.path(), port).await;
    drop(demo);
    let sqlite = format!("sqlite://{}", dir.path().join("portico.db").display());
    let out = portico(dir.path()).args(["migrate-data", "--from", &sqlite, "--to", &db.url]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(out.status.success(), "{text}{}", String::from_utf8_lossy(&out.stderr));
    assert!(text.contains("every table's count matches"), "{text}");
    let mut before = counts(&dir.path().join("portico.db"));
    before.retain(|(t, _)| t != "portico_migrations" && !t.starts_with("sqlite_"));
    before.sort();
    let after = pg_counts(&db.url).await;
    assert_eq!(before, after, "every table, row for row");
    assert!(after.iter().any(|(t, n)| t == "patients" && *n >= 6), "{after:?}");

    // Serve from PostgreSQL with the same keys: a link the demo sent opens there.
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let _serve = Proc(
        portico(dir.path())
            .arg("serve")
            .env("PORTICO_DATABASE_URL", &db.url)
            .env("PORTICO_BIND", format!("127.0.0.1:{port}"))
            .env("PORTICO_PUBLIC_URL", &base)
            .spawn()
            .unwrap(),
    );
    wait_ready(&base).await;
    let link = links[0].replacen(&links[0][..links[0].find("/l/").unwrap()], &base, 1);
    let page = http_client().get(&link).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK, "{link}");

    let again = portico(dir.path()).args(["migrate-data", "--from", &sqlite, "--to", &db.url]).output().unwrap();
    assert!(!again.status.success());
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("holds data already"),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    assert_eq!(pg_counts(&db.url).await, after, "the refused copy changed nothing");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_serve_processes_on_postgresql_send_each_outbound_event_once() {
    let Some(db) = TestDb::new(Backend::Postgres).await else {
        return;
    };
    let (_a, _b, pa, pb) = two_serve_processes(&db).await;
    let key = clinic_key(&db);
    let client = http_client();
    let rx = crate::outbound::Receiver::start().await;
    let api = |port: u16, path: &str, body: serde_json::Value| {
        client.post(format!("http://127.0.0.1:{port}/api/v1{path}")).bearer_auth(&key).json(&body).send()
    };
    let r = api(pa, "/webhooks", json!({"url": rx.url, "events": ["appointment.cancelled"]})).await.unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    // Ten patients with four visits each, cancelled through either process.
    let starts = (jiff::Timestamp::now() + jiff::SignedDuration::from_hours(48)).to_string();
    let mut cancelled = std::collections::BTreeSet::new();
    for i in 0..10 {
        let body = json!({"name": format!("Patient {i}"), "phone": format!("+1312555{:04}", 100 + i)});
        let p: serde_json::Value = api(pa, "/patients", body).await.unwrap().json().await.unwrap();
        for j in 0..4 {
            let port = if (i + j) % 2 == 0 { pa } else { pb };
            let a: serde_json::Value =
                api(port, "/appointments", json!({"patient_id": p["id"], "starts_at": starts, "reminders": []}))
                    .await
                    .unwrap()
                    .json()
                    .await
                    .unwrap();
            let id = a["id"].as_str().unwrap().to_string();
            let r = api(port, &format!("/appointments/{id}/cancel"), json!({})).await.unwrap();
            assert_eq!(r.status(), StatusCode::OK);
            cancelled.insert(id);
        }
    }
    let received = || {
        let got = rx.got.lock().unwrap();
        got.iter()
            .map(|(h, b)| {
                let body: serde_json::Value = serde_json::from_slice(b).unwrap();
                (
                    h["webhook-id"].to_str().unwrap().to_string(),
                    body["data"]["appointment_id"].as_str().unwrap().to_string(),
                )
            })
            .collect::<Vec<_>>()
    };
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while received().len() < 40 && std::time::Instant::now() < deadline {
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    // Both workers go on ticking for a while: nothing more may arrive.
    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
    let got = received();
    assert_eq!(got.len(), 40, "each event once: {got:?}");
    let ids: std::collections::BTreeSet<String> = got.iter().map(|(id, _)| id.clone()).collect();
    assert_eq!(ids.len(), 40, "no event sent twice");
    let visits: std::collections::BTreeSet<String> = got.into_iter().map(|(_, a)| a).collect();
    assert_eq!(visits, cancelled, "one event per cancelled visit");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_idle_serve_process_on_postgresql_sends_a_delivery_another_program_made_due_without_waiting_for_its_timer() {
    let Some(db) = TestDb::new(Backend::Postgres).await else {
        return;
    };
    let (_a, _b, pa, _) = two_serve_processes(&db).await;
    let public = format!("http://127.0.0.1:{pa}");
    let key = clinic_key(&db);
    let client = http_client();
    let call = |method: reqwest::Method, path: &str, body: serde_json::Value| {
        client.request(method, format!("{public}/api/v1{path}")).bearer_auth(&key).json(&body).send()
    };
    // Any hour will do: no quiet hours to hold the reminder back.
    let r = call(reqwest::Method::PATCH, "/clinic", json!({"quiet_hours": {"start": "00:00", "end": "00:00"}})).await;
    assert_eq!(r.unwrap().status(), StatusCode::OK);
    let p: serde_json::Value = call(
        reqwest::Method::POST,
        "/patients",
        json!({"name": "Ana Ruiz", "phone": "+13125550177", "language": "en"}),
    )
    .await
    .unwrap()
    .json()
    .await
    .unwrap();
    let starts = jiff::Timestamp::now() + jiff::SignedDuration::from_hours(24 * 10);
    let a = call(
        reqwest::Method::POST,
        "/appointments",
        json!({"patient_id": p["id"], "starts_at": starts.to_string(), "reminders": ["P3D"]}),
    )
    .await
    .unwrap();
    assert_eq!(a.status(), StatusCode::CREATED);
    let sent = || async {
        let outbox: Vec<serde_json::Value> =
            client.get(format!("{public}/dev/outbox.json")).send().await.unwrap().json().await.unwrap();
        outbox.iter().filter(|m| m["to"] == "+13125550177").count()
    };
    // The reminder is a week away: both dispatchers are idle, each waiting on its timer (10 s).
    tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    assert_eq!(sent().await, 0);
    // Another program makes it due now.
    let pool = sqlx::PgPool::connect(&db.url).await.unwrap();
    let now_ms = jiff::Timestamp::now().as_millisecond();
    let moved = sqlx::query("UPDATE deliveries SET due_at = $1 WHERE patient_id = $2 AND status = 'pending'")
        .bind(now_ms)
        .bind(p["id"].as_str().unwrap())
        .execute(&pool)
        .await
        .unwrap();
    assert_eq!(moved.rows_affected(), 1);
    let made_due = std::time::Instant::now();
    // Well inside the timer: the NOTIFY woke a dispatcher.
    while sent().await == 0 {
        assert!(made_due.elapsed() < std::time::Duration::from_secs(5), "not sent within 5 s of being made due");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    eprintln!("made due by another program, sent in {:?}", made_due.elapsed());
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(sent().await, 1, "sent once");
}
