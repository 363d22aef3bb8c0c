//! Load benchmark (issue 5): `cargo bench --bench load [-- --quick]`.
//!
//! Starts the release `portico serve` (cargo builds it) as a child process, drives it over HTTP
//! with keep-alive connections, prints a table and writes one JSON object per workload to
//! `target/portico-bench.json`. SQLite always; PostgreSQL too when `PORTICO_BENCH_POSTGRES_URL`
//! is set (a fresh database per run, dropped afterwards).

// A benchmark stops loudly on a broken setup and times against the wall clock.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::disallowed_methods)]

use anyhow::{Context, bail};
use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper::header::{self, HeaderValue};
use hyper::{HeaderMap, Request, StatusCode};
use jiff::{SignedDuration, Timestamp};
use portico::domain::*;
use portico::store::{Appointment, Clinic, DynStore, Patient};
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitCode, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Keep-alive connections, each a task sending requests back to back: 32 because issue 5 states
/// its targets "on SQLite with 32 connections"; with another number they no longer compare.
/// `PORTICO_BENCH_CONNECTIONS` overrides it (to see whether a number is bound by concurrency).
const CONNS: usize = 32;

#[derive(Clone, Copy)]
struct Mode {
    conns: usize,
    warm: Duration,
    run: Duration,
    repeats: usize,
    fanout: usize,
    backlog_due: usize,
    backlog_future: usize,
    links: usize,
}

/// One line of the table and one JSON object.
#[derive(Default, serde::Serialize)]
struct Row {
    backend: &'static str,
    workload: &'static str,
    unit: &'static str,
    throughput: f64,
    #[serde(rename = "p50_p90_p99_ms")]
    lat_ms: Option<[f64; 3]>,
    errors: u64,
    count: u64,
    seconds: f64,
    /// Sampled VmRSS peak during the workload, and VmHWM after it (the process's lifetime peak).
    peak_rss_mb: f64,
    vm_hwm_mb: f64,
    /// Cores busy during the timed run: the server, this process (load generator or Twilio
    /// stand-in), and everything else on the machine (noise: numbers with much of it are low).
    cpu_server_bench_other: [f64; 3],
    ratio_to_ceiling: Option<f64>,
    runs: Vec<f64>,
    #[serde(flatten)]
    extra: BTreeMap<&'static str, f64>,
    note: String,
}

fn main() -> ExitCode {
    // `cargo bench` passes `--bench`; anything but `--quick` is ignored.
    let quick = std::env::args().any(|a| a == "--quick");
    let (warm, run, repeats) = if quick { (1, 5, 1) } else { (3, 20, 3) };
    let conns = std::env::var("PORTICO_BENCH_CONNECTIONS").ok().and_then(|v| v.parse().ok()).unwrap_or(CONNS);
    let mode = Mode {
        conns,
        warm: Duration::from_secs(warm),
        run: Duration::from_secs(run),
        repeats,
        fanout: if quick { 10_000 } else { 100_000 },
        backlog_due: if quick { 2_000 } else { 10_000 },
        backlog_future: if quick { 100_000 } else { 1_000_000 },
        links: if quick { 80_000 } else { 700_000 },
    };
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("tokio runtime");
    let started = Instant::now();
    let mut rows = Vec::new();
    let outcome = rt.block_on(async {
        // Ctrl-C or SIGTERM drops the suite, and with it every child process and database.
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).expect("SIGTERM");
        tokio::select! {
            r = run_all(mode, &mut rows) => r,
            _ = tokio::signal::ctrl_c() => Err(anyhow::anyhow!("interrupted")),
            _ = term.recv() => Err(anyhow::anyhow!("terminated")),
        }
    });
    print_table(&rows, conns);
    let (date, mode_name) = (Timestamp::now().strftime("%Y-%m-%d").to_string(), if quick { "quick" } else { "full" });
    let mut lines = String::new();
    for r in &rows {
        let mut v = serde_json::to_value(r).expect("row as JSON");
        v["date"] = date.clone().into();
        v["mode"] = mode_name.into();
        v["connections"] = conns.into();
        lines.push_str(&format!("{v}\n"));
    }
    println!("\ntotal time: {:.0} s ({mode_name} mode)", started.elapsed().as_secs_f64());
    if let Err(e) = outcome {
        eprintln!("bench failed: {e:#} (the previous results file, if any, is left as it was)");
        return ExitCode::FAILURE;
    }
    let out = target_dir().join("portico-bench.json");
    match std::fs::write(&out, lines) {
        Ok(()) => println!("wrote {} ({} workloads)", out.display(), rows.len()),
        Err(e) => eprintln!("could not write {}: {e}", out.display()),
    }
    ExitCode::SUCCESS
}

async fn run_all(mode: Mode, rows: &mut Vec<Row>) -> anyhow::Result<()> {
    portico_bin()?;
    run_backend(mode, "sqlite", None, rows).await?;
    if let Ok(url) = std::env::var("PORTICO_BENCH_POSTGRES_URL") {
        run_backend(mode, "postgres", Some(&url), rows).await?;
    }
    Ok(())
}

async fn run_backend(mode: Mode, backend: &'static str, pg: Option<&str>, rows: &mut Vec<Row>) -> anyhow::Result<()> {
    let first = rows.len();
    http_workloads(mode, backend, pg, rows).await?;
    if wanted("fanout") {
        rows.push(fanout(backend, pg, mode.fanout, 0).await?);
    }
    if wanted("backlog") {
        backlog(mode, backend, pg, rows).await?;
    }
    let ceiling = rows[first..].iter().find(|r| r.workload == "ceiling").map_or(f64::NAN, |r| r.throughput);
    for r in rows[first..].iter_mut().filter(|r| r.workload != "idle") {
        r.ratio_to_ceiling = Some(r.throughput / ceiling);
    }
    Ok(())
}

/// `PORTICO_BENCH_ONLY=redeem,ingest` runs only those workloads (and idle and the ceiling, which
/// every ratio needs); unset, all of them. For working on one number; the README's come from all.
fn wanted(workload: &str) -> bool {
    std::env::var("PORTICO_BENCH_ONLY").map_or(true, |only| only.split(',').any(|w| w.trim() == workload))
}

async fn backlog(mode: Mode, backend: &'static str, pg: Option<&str>, rows: &mut Vec<Row>) -> anyhow::Result<()> {
    let empty = fanout(backend, pg, mode.backlog_due, 0).await?;
    let mut backlog = fanout(backend, pg, mode.backlog_due, mode.backlog_future).await?;
    let ratio = backlog.throughput / empty.throughput;
    backlog.workload = "backlog";
    backlog.extra.extend([("vs_empty", ratio), ("empty_msg_per_s", empty.throughput)]);
    backlog.note =
        format!("{} future rows; {ratio:.2}× the empty run ({:.0} msg/s)", mode.backlog_future, empty.throughput);
    backlog.errors += empty.errors;
    rows.push(backlog);
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// The server, its database, its memory and CPU.

fn portico_bin() -> anyhow::Result<PathBuf> {
    let p = PathBuf::from(env!("CARGO_BIN_EXE_portico"));
    if !p.exists() {
        bail!("{} is missing: run `cargo build --release` (cargo bench normally builds it)", p.display());
    }
    Ok(p)
}

fn target_dir() -> PathBuf {
    // target/release/deps/load-<hash> → target
    std::env::current_exe()
        .ok()
        .and_then(|e| e.ancestors().nth(3).map(Path::to_path_buf))
        .filter(|d| d.is_dir())
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/target")))
}

fn random_hex(bytes: usize) -> String {
    let mut b = vec![0u8; bytes];
    ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut b).expect("rng");
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// A fresh database: a SQLite file in a temp dir, or a new PostgreSQL database (dropped on drop).
struct Db {
    url: String,
    dir: tempfile::TempDir,
    pg: Option<(String, String)>,
}

impl Db {
    async fn new(pg_admin: Option<&str>) -> anyhow::Result<Db> {
        let dir = tempfile::Builder::new().prefix("portico-bench").tempdir()?;
        let Some(admin) = pg_admin else {
            let url = format!("sqlite://{}?mode=rwc", dir.path().join("portico.db").display());
            return Ok(Db { url, dir, pg: None });
        };
        let name = format!("portico_bench_{}", random_hex(6));
        let pool = sqlx::PgPool::connect(admin).await.with_context(|| format!("connecting to {admin}"))?;
        sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}"))).execute(&pool).await?;
        pool.close().await;
        let mut url = url::Url::parse(admin)?;
        url.set_path(&name);
        Ok(Db { url: url.to_string(), dir, pg: Some((admin.to_string(), name)) })
    }

    fn keys_file(&self) -> PathBuf {
        self.dir.path().join("portico.keys")
    }
}

impl Drop for Db {
    fn drop(&mut self) {
        let Some((admin, name)) = self.pg.take() else { return };
        // Drop runs inside the runtime: use a thread with its own.
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
            rt.block_on(async move {
                if let Ok(pool) = sqlx::PgPool::connect(&admin).await {
                    let sql = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                    let _ = sqlx::raw_sql(sqlx::AssertSqlSafe(sql)).execute(&pool).await;
                    pool.close().await;
                }
            })
        })
        .join();
    }
}

/// `portico serve` as a child process; killed when dropped, on every path out.
struct Server {
    child: Child,
    addr: SocketAddr,
    started: Instant,
}

impl Server {
    fn spawn(db: &Db, extra: &[(&str, String)]) -> anyhow::Result<Server> {
        let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let addr: SocketAddr = ([127, 0, 0, 1], port).into();
        let mut cmd = Command::new(portico_bin()?);
        cmd.arg("serve").current_dir(db.dir.path()).stdin(Stdio::null()).stdout(Stdio::null());
        for (k, _) in std::env::vars().filter(|(k, _)| k.starts_with("PORTICO_") || k.starts_with("TWILIO_")) {
            cmd.env_remove(k);
        }
        cmd.env("RUST_LOG", "warn")
            .env("PORTICO_DATABASE_URL", &db.url)
            .env("PORTICO_BIND", addr.to_string())
            .env("PORTICO_PUBLIC_URL", format!("http://{addr}"))
            .env("PORTICO_KEYS_FILE", db.keys_file())
            .envs(extra.iter().map(|(k, v)| (k, v)));
        let started = Instant::now();
        let child = cmd.spawn().context("starting portico serve")?;
        Ok(Server { child, addr, started })
    }

    fn pid(&self) -> u32 {
        self.child.id()
    }

    fn alive(&mut self) -> anyhow::Result<()> {
        match self.child.try_wait()? {
            Some(status) => bail!("portico serve exited: {status}"),
            None => Ok(()),
        }
    }

    /// Poll `/readyz` every 2 ms; the time from spawn to the first 200.
    async fn wait_ready(&mut self) -> anyhow::Result<Duration> {
        loop {
            if let Ok(r) = Conn::new(self.addr).send(get("/readyz", &host(self.addr))).await
                && r.status() == StatusCode::OK
            {
                return Ok(self.started.elapsed());
            }
            self.alive()?;
            if self.started.elapsed() > Duration::from_secs(60) {
                bail!("portico serve on {} was not ready within 60 s", self.addr);
            }
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A field of /proc/<pid>/status (VmRSS, VmHWM), in MB.
fn proc_mb(pid: u32, field: &str) -> f64 {
    let text = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let kb = text.lines().find_map(|l| l.strip_prefix(field)?.strip_prefix(':')?.trim().strip_suffix(" kB"));
    kb.and_then(|v| v.trim().parse::<f64>().ok()).unwrap_or(f64::NAN) / 1024.0
}

/// CPU seconds (USER_HZ = 100): utime + stime of a process, and all busy time of the machine.
fn cpu_secs(pid: u32) -> [f64; 3] {
    let proc = |path: String| {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let fields = text.rsplit_once(')').map_or("", |(_, f)| f);
        let f: Vec<f64> = fields.split_whitespace().map(|v| v.parse().unwrap_or(f64::NAN)).collect();
        (f.get(11).unwrap_or(&f64::NAN) + f.get(12).unwrap_or(&f64::NAN)) / 100.0
    };
    let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let all: Vec<f64> =
        stat.lines().next().unwrap_or("").split_whitespace().skip(1).take(8).flat_map(str::parse).collect();
    let busy = all.iter().sum::<f64>() - all.get(3).unwrap_or(&0.0) - all.get(4).unwrap_or(&0.0); // less idle, iowait
    [proc(format!("/proc/{pid}/stat")), proc("/proc/self/stat".into()), busy / 100.0]
}

/// Cores used since `mark` by the server, this process, and the rest of the machine.
fn cores_since(pid: u32, mark: (Instant, [f64; 3])) -> [f64; 3] {
    let (now, secs) = (cpu_secs(pid), mark.0.elapsed().as_secs_f64());
    let [s, b, all] = [0, 1, 2].map(|i| (now[i] - mark.1[i]) / secs);
    [s, b, (all - s - b).max(0.0)]
}

/// Runs `f`, sampling the server's VmRSS every 50 ms; returns its output and the peak in MB.
async fn with_peak_rss<T>(pid: u32, f: impl Future<Output = T>) -> (T, f64) {
    let (mut f, mut peak) = (std::pin::pin!(f), 0f64);
    loop {
        peak = peak.max(proc_mb(pid, "VmRSS"));
        tokio::select! {
            out = &mut f => return (out, peak.max(proc_mb(pid, "VmRSS"))),
            _ = tokio::time::sleep(Duration::from_millis(50)) => {}
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The load generator: hyper's HTTP/1 client, one keep-alive connection per task.

type Reply = hyper::Response<Bytes>;

struct Conn {
    addr: SocketAddr,
    tx: Option<hyper::client::conn::http1::SendRequest<Full<Bytes>>>,
}

impl Conn {
    fn new(addr: SocketAddr) -> Conn {
        Conn { addr, tx: None }
    }

    async fn send(&mut self, req: Request<Full<Bytes>>) -> Result<Reply, String> {
        let r = self.try_send(req).await;
        if r.is_err() {
            self.tx = None; // reconnect next time
        }
        r
    }

    async fn try_send(&mut self, req: Request<Full<Bytes>>) -> Result<Reply, String> {
        let tx = match &mut self.tx {
            Some(tx) => tx,
            None => {
                let stream = tokio::net::TcpStream::connect(self.addr).await.map_err(|e| format!("connect: {e}"))?;
                let _ = stream.set_nodelay(true);
                let io = hyper_util::rt::TokioIo::new(stream);
                let (tx, conn) =
                    hyper::client::conn::http1::handshake(io).await.map_err(|e| format!("handshake: {e}"))?;
                tokio::spawn(conn);
                self.tx.insert(tx)
            }
        };
        tx.ready().await.map_err(|e| format!("connection: {e}"))?;
        let (parts, body) = tx.send_request(req).await.map_err(|e| format!("request: {e}"))?.into_parts();
        Ok(Reply::from_parts(parts, body.collect().await.map_err(|e| format!("body: {e}"))?.to_bytes()))
    }
}

fn host(addr: SocketAddr) -> HeaderValue {
    HeaderValue::from_str(&addr.to_string()).expect("host header")
}

fn get(path: &str, host: &HeaderValue) -> Request<Full<Bytes>> {
    Request::get(path).header(header::HOST, host.clone()).body(Full::default()).expect("request")
}

fn expect(r: &Reply, status: StatusCode) -> Result<(), String> {
    if r.status() == status {
        return Ok(());
    }
    Err(format!(
        "{} instead of {status}: {}",
        r.status(),
        String::from_utf8_lossy(&r.body()[..r.body().len().min(200)])
    ))
}

fn set_cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    let mut values = headers.get_all(header::SET_COOKIE).iter().filter_map(|v| v.to_str().ok());
    values.find_map(|c| c.strip_prefix(name)?.strip_prefix('=')?.split(';').next())
}

/// The value of `<input ... name="{name}" value="...">` in a page.
fn form_field<'a>(body: &'a [u8], name: &str) -> Option<&'a str> {
    let page = std::str::from_utf8(body).ok()?;
    let marker = format!("name=\"{name}\" value=\"");
    let rest = &page[page.find(&marker)? + marker.len()..];
    Some(&rest[..rest.find('"')?])
}

enum Kind {
    Health,
    Landing(Vec<String>),
    Redeem(Vec<String>),
    Ingest { auth: HeaderValue, patients: Vec<String>, base: Timestamp },
}

/// A workload: what one step does, and a cursor shared by all tasks and runs, so each
/// redemption takes a link of its own and each ingest request an idempotency key of its own.
struct Work {
    kind: Kind,
    cursor: AtomicU64,
    host: HeaderValue,
    origin: HeaderValue,
}

impl Work {
    fn limit(&self) -> u64 {
        if let Kind::Redeem(tokens) = &self.kind { tokens.len() as u64 } else { u64::MAX }
    }

    /// One step, and the latency that counts (for redeem: the POST's).
    async fn step(&self, c: &mut Conn, i: u64) -> Result<Duration, String> {
        let t = Instant::now();
        let post = |path: &str| Request::post(path).header(header::HOST, self.host.clone());
        match &self.kind {
            Kind::Health => expect(&c.send(get("/healthz", &self.host)).await?, StatusCode::OK)?,
            Kind::Landing(tokens) => {
                let path = format!("/l/{}", tokens[i as usize % tokens.len()]);
                expect(&c.send(get(&path, &self.host)).await?, StatusCode::OK)?
            }
            Kind::Redeem(tokens) => {
                let path = format!("/l/{}", tokens[i as usize]);
                let page = c.send(get(&path, &self.host)).await?;
                expect(&page, StatusCode::OK)?;
                let seed = set_cookie(page.headers(), "portico_csrf").ok_or("landing set no portico_csrf cookie")?;
                let csrf = form_field(page.body(), "csrf").ok_or("landing page has no csrf field")?;
                let req = post(&path)
                    .header(header::ORIGIN, self.origin.clone())
                    .header(header::COOKIE, format!("portico_csrf={seed}"))
                    .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                    .body(Full::new(Bytes::from(format!("csrf={csrf}"))))
                    .expect("request");
                let t = Instant::now();
                let r = c.send(req).await?;
                let took = t.elapsed();
                expect(&r, StatusCode::SEE_OTHER)?;
                set_cookie(r.headers(), "portico_session").ok_or("303 without a portico_session cookie")?;
                return Ok(took);
            }
            Kind::Ingest { auth, patients, base } => {
                // Step i is at base + i minutes: a patient's appointments are 1,000 minutes apart.
                let starts = *base + SignedDuration::from_mins(i as i64);
                let patient = &patients[i as usize % patients.len()];
                let body = format!(
                    r#"{{"patient_id":"{patient}","starts_at":"{starts}","duration_minutes":30,"reminders":[]}}"#
                );
                let req = post("/api/v1/appointments")
                    .header(header::AUTHORIZATION, auth.clone())
                    .header(header::CONTENT_TYPE, "application/json")
                    .header("idempotency-key", format!("bench-{i}"))
                    .body(Full::new(Bytes::from(body)))
                    .expect("request");
                expect(&c.send(req).await?, StatusCode::CREATED)?
            }
        }
        Ok(t.elapsed())
    }
}

#[derive(Default)]
struct Stats {
    errors: u64,
    secs: f64,
    lat_us: Vec<u32>,
    first_error: Option<String>,
    exhausted: bool,
}

impl Stats {
    fn rate(&self) -> f64 {
        self.lat_us.len() as f64 / self.secs
    }

    fn percentiles(&mut self) -> Option<[f64; 3]> {
        self.lat_us.sort_unstable();
        let n = self.lat_us.len().checked_sub(1)?;
        Some([0.50, 0.90, 0.99].map(|p| f64::from(self.lat_us[(n as f64 * p).round() as usize]) / 1000.0))
    }
}

/// `mode.conns` tasks loop on `work` until `dur` has passed (or the links run out).
async fn drive(mode: &Mode, work: &Arc<Work>, addr: SocketAddr, dur: Duration) -> Stats {
    let start = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..mode.conns {
        let work = work.clone();
        tasks.spawn(async move {
            let (mut conn, limit) = (Conn::new(addr), work.limit());
            let mut s = Stats { lat_us: Vec::with_capacity(1 << 15), ..Stats::default() };
            while start.elapsed() < dur {
                let i = work.cursor.fetch_add(1, Ordering::Relaxed);
                if i >= limit {
                    s.exhausted = true;
                    break;
                }
                match work.step(&mut conn, i).await {
                    Ok(d) => s.lat_us.push(u32::try_from(d.as_micros()).unwrap_or(u32::MAX)),
                    Err(e) => {
                        s.errors += 1;
                        s.first_error.get_or_insert(e);
                    }
                }
            }
            s
        });
    }
    let mut all = Stats::default();
    while let Some(r) = tasks.join_next().await {
        let s = r.expect("load task");
        all.errors += s.errors;
        all.exhausted |= s.exhausted;
        all.lat_us.extend_from_slice(&s.lat_us);
        all.first_error = all.first_error.or(s.first_error);
    }
    all.secs = start.elapsed().as_secs_f64();
    all
}

/// Warm up, then `repeats` timed runs; the run with the median throughput is reported.
async fn measure(mode: &Mode, server: &Server, backend: &'static str, name: &'static str, kind: Kind) -> Row {
    let origin = HeaderValue::from_str(&format!("http://{}", server.addr)).expect("origin");
    let work = Arc::new(Work { kind, cursor: AtomicU64::new(0), host: host(server.addr), origin });
    let warm = drive(mode, &work, server.addr, mode.warm).await;
    if let Some(e) = &warm.first_error {
        eprintln!("  {name} warm-up: {} errors, first: {e}", warm.errors);
    }
    let (mut runs, mut peak) = (Vec::new(), 0f64);
    for _ in 0..mode.repeats {
        let mark = (Instant::now(), cpu_secs(server.pid()));
        let (s, rss) = with_peak_rss(server.pid(), drive(mode, &work, server.addr, mode.run)).await;
        let cpu = cores_since(server.pid(), mark);
        peak = peak.max(rss);
        eprintln!("  {backend} {name}: {:.0}/s, {} errors, cores server/bench/other {cpu:.2?}", s.rate(), s.errors);
        runs.push((s, cpu));
    }
    let rates = runs.iter().map(|r| r.0.rate()).collect();
    let exhausted = runs.iter().any(|r| r.0.exhausted);
    runs.sort_by(|a, b| a.0.rate().total_cmp(&b.0.rate()));
    let (mut m, cpu) = runs.swap_remove(runs.len() / 2);
    let mut note = m.first_error.take().map(|e| format!("first error: {e}")).unwrap_or_default();
    if exhausted {
        note.push_str(" (ran out of links before the time was up)");
    }
    Row {
        backend,
        workload: name,
        unit: if name == "redeem" { "redeem/s" } else { "req/s" },
        throughput: m.rate(),
        lat_ms: m.percentiles(),
        errors: m.errors,
        count: m.lat_us.len() as u64,
        seconds: m.secs,
        peak_rss_mb: peak,
        vm_hwm_mb: proc_mb(server.pid(), "VmHWM"),
        cpu_server_bench_other: cpu,
        runs: rates,
        note,
        ..Row::default()
    }
}

// ---------------------------------------------------------------------------------------------
// Data, loaded through the store and untimed.

/// `f(0..n)`, `lanes` at a time.
async fn in_lanes<T, F, Fut>(lanes: usize, n: usize, f: F) -> anyhow::Result<Vec<T>>
where
    T: Send + 'static,
    F: Fn(usize) -> Fut + Clone + Send + 'static,
    Fut: Future<Output = anyhow::Result<T>> + Send,
{
    let mut tasks = tokio::task::JoinSet::new();
    for lane in 0..lanes {
        let f = f.clone();
        tasks.spawn(async move {
            let mut out = Vec::new();
            for i in (lane..n).step_by(lanes) {
                out.push(f(i).await?);
            }
            anyhow::Ok(out)
        });
    }
    let mut all = Vec::with_capacity(n);
    while let Some(r) = tasks.join_next().await {
        all.extend(r??);
    }
    Ok(all)
}

/// `n` patients (SMS only, distinct numbers); with `due`, each with an appointment in 30 h whose
/// 48 h reminder is overdue, so the planner queues one reminder due now.
/// Every fifth patient of the fanout has an email address and no phone.
const EMAIL_ONLY: usize = 5;

async fn seed_patients(
    store: &DynStore,
    clinic: &Clinic,
    n: usize,
    due: bool,
) -> anyhow::Result<Vec<(Patient, AppointmentId)>> {
    let (store, clinic, now) = (store.clone(), clinic.clone(), Timestamp::now());
    in_lanes(8, n, move |i| {
        let (store, clinic) = (store.clone(), clinic.clone());
        async move {
            // In the fanout, one patient in EMAIL_ONLY has no phone: their reminder goes by email.
            let by_email = due && i % EMAIL_ONLY == EMAIL_ONLY - 1;
            let p = Patient {
                id: PatientId::new(),
                clinic_id: clinic.id.clone(),
                name: PersonName::parse(&format!("Patient {i}"))?,
                birth_date: None,
                phone: if by_email { None } else { Some(Phone::parse(&format!("+1312{}", 2_000_000 + i))?) },
                email: if by_email { Some(Email::parse(&format!("patient{i}@example.test"))?) } else { None },
                language: Locale::parse("en")?,
                time_zone: TimeZone::parse("America/Chicago")?,
                channels: ChannelList::new(vec![if by_email { Channel::Email } else { Channel::Sms }])?,
                phone_status: None,
                email_status: None,
                quiet_hours: None,
                thread_id: ThreadId::new(),
                created_at: now,
                updated_at: now,
            };
            store.insert_patient(&p, &p.thread_id).await?;
            let a = Appointment {
                id: AppointmentId::new(),
                clinic_id: clinic.id.clone(),
                patient_id: p.id.clone(),
                starts_at: now + SignedDuration::from_hours(30),
                duration_minutes: 30,
                location: None,
                provider: None,
                bring: None,
                status: AppointmentStatus::Scheduled,
                cancel_reason: None,
                reminders: Some(ReminderSchedule::parse_list(&["PT48H"])?),
                created_at: now,
                updated_at: now,
            };
            if due {
                let plan = portico::notify::reminders::plan(&clinic, &p, &a, now);
                anyhow::ensure!(plan.len() == 1, "expected one reminder due now, planned {}", plan.len());
                store.insert_appointment(&a, &plan).await?;
            }
            Ok((p, a.id))
        }
    })
    .await
}

/// `n` appointment links through `Links::issue`, 16 at a time, on the server's database and keys
/// file; each with its own subject, so none supersedes another. Returns the tokens.
async fn issue_links(
    store: &DynStore,
    db: &Db,
    base: &str,
    clinic: &Clinic,
    patients: Vec<Patient>,
    n: usize,
) -> anyhow::Result<Vec<String>> {
    let keys = Arc::new(portico::links::KeyRingFile::open_existing(db.keys_file())?);
    let links = portico::links::Links { store: store.clone(), keys, public_base: base.to_string() };
    let (clinic, patients) = (clinic.clone(), Arc::new(patients));
    in_lanes(16, n, move |i| {
        let (links, clinic, patients) = (links.clone(), clinic.clone(), patients.clone());
        async move {
            let subject = portico::links::LinkSubject::Appointment(AppointmentId::new());
            let issued = links.issue(&clinic, &patients[i % patients.len()], subject, 86_400, Timestamp::now()).await?;
            Ok(issued.url.rsplit('/').next().unwrap_or_default().to_string())
        }
    })
    .await
}

/// `n` pending reminders due in 90 days, spread over `patients`: multi-row INSERTs (the columns
/// of `delivery_columns!` in src/store/sql.rs), 20,000 rows per transaction.
async fn insert_future(
    url: &str,
    clinic: &Clinic,
    patients: &[(Patient, AppointmentId)],
    n: usize,
) -> anyhow::Result<()> {
    const COLS: &str = "id, clinic_id, patient_id, purpose, channel, link_purpose, subject_id, appointment_id, urgent, \
        status, attempts, due_at, not_after, lease_until, provider_id, error_code, segments, fallback_of, created_at, \
        updated_at, sent_at, delivered_at";
    let now = Timestamp::now().as_millisecond();
    let (due, not_after) = (now + 90 * 86_400_000, now + 91 * 86_400_000);
    let mut done = 0;
    let mut next_batch = move || {
        let mut sql = String::from("BEGIN;");
        for _ in 0..4 {
            let rows = 5_000.min(n - done);
            if rows > 0 {
                let _ = write!(sql, "INSERT INTO deliveries ({COLS}) VALUES ");
                for j in 0..rows {
                    let (p, a) = &patients[(done + j) % patients.len()];
                    let _ = write!(
                        sql,
                        "{}('{}','{}','{}','reminder','sms','appointment','{a}','{a}',0,'pending',0,{due},{not_after},\
                         NULL,NULL,NULL,NULL,NULL,{now},{now},NULL,NULL)",
                        if j == 0 { "" } else { "," },
                        DeliveryId::new(),
                        clinic.id,
                        p.id,
                    );
                }
                sql.push(';');
                done += rows;
            }
        }
        (sql.len() > 6).then(|| sqlx::AssertSqlSafe(sql + "COMMIT;"))
    };
    if url.starts_with("sqlite:") {
        let pool = sqlx::SqlitePool::connect(url).await?;
        while let Some(sql) = next_batch() {
            sqlx::raw_sql(sql).execute(&pool).await?;
        }
        pool.close().await;
    } else {
        let pool = sqlx::PgPool::connect(url).await?;
        while let Some(sql) = next_batch() {
            sqlx::raw_sql(sql).execute(&pool).await?;
        }
        pool.close().await;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Workloads 7 (idle), 1 (ceiling), 2 (landing), 3 (redeem) and 6 (ingest) on one server process.

async fn http_workloads(
    mode: Mode,
    backend: &'static str,
    pg: Option<&str>,
    rows: &mut Vec<Row>,
) -> anyhow::Result<()> {
    let db = Db::new(pg).await?;
    let mut server = Server::spawn(&db, &[])?;
    let ready_ms = server.wait_ready().await?.as_secs_f64() * 1000.0;
    tokio::time::sleep(Duration::from_secs(1)).await;
    let idle_rss_mb = proc_mb(server.pid(), "VmRSS");
    rows.push(Row {
        backend,
        workload: "idle",
        unit: "ms to ready",
        throughput: ready_ms,
        peak_rss_mb: idle_rss_mb,
        vm_hwm_mb: proc_mb(server.pid(), "VmHWM"),
        extra: BTreeMap::from([("ready_ms", ready_ms), ("idle_rss_mb", idle_rss_mb)]),
        note: "spawn to first /readyz 200 (empty database); VmRSS 1 s later".into(),
        ..Row::default()
    });

    let t = Instant::now();
    let store = portico::store::connect(&db.url).await?;
    let (clinic, api_key) =
        portico::clinics::create_clinic(&*store, &portico::clock::SystemClock, "Bench Clinic", None, "America/Chicago")
            .await?;
    let patients: Vec<Patient> = seed_patients(&store, &clinic, 1_000, false).await?.into_iter().map(|p| p.0).collect();
    let ids: Vec<String> = patients.iter().map(|p| p.id.to_string()).collect();
    let tokens = issue_links(&store, &db, &format!("http://{}", server.addr), &clinic, patients, mode.links).await?;
    eprintln!(
        "  {backend}: {} patients and {} links issued in {:.1} s",
        ids.len(),
        tokens.len(),
        t.elapsed().as_secs_f64()
    );

    rows.push(measure(&mode, &server, backend, "ceiling", Kind::Health).await);
    if wanted("landing") {
        rows.push(measure(&mode, &server, backend, "landing", Kind::Landing(tokens.clone())).await);
    }
    if wanted("redeem") {
        rows.push(measure(&mode, &server, backend, "redeem", Kind::Redeem(tokens)).await);
    }
    if wanted("ingest") {
        let auth = HeaderValue::from_str(&format!("Bearer {api_key}"))?;
        let base = Timestamp::now() + SignedDuration::from_hours(48);
        rows.push(measure(&mode, &server, backend, "ingest", Kind::Ingest { auth, patients: ids, base }).await);
    }
    server.alive()
}

// ---------------------------------------------------------------------------------------------
// Workloads 4 (fanout) and 5 (backlog): reminders due now, sent to a fast Twilio stand-in (SMS)
// and a fast SMTP sink (email, for patients without a phone).

/// What the stand-ins accepted, SMS (Twilio) and email (SMTP) together.
#[derive(Default)]
struct Accepted {
    per_to: HashMap<String, u32>,
    total: usize,
    emails: usize,
    first: Option<Instant>,
    last: Option<Instant>,
}

impl Accepted {
    fn take(&mut self, to: String) -> usize {
        let now = Instant::now();
        self.first.get_or_insert(now);
        self.last = Some(now);
        self.total += 1;
        *self.per_to.entry(to).or_default() += 1;
        self.total
    }
}

type Inbox = Arc<Mutex<Accepted>>;

async fn twilio_message(
    axum::extract::State(t): axum::extract::State<Inbox>,
    body: Bytes,
) -> (StatusCode, [(header::HeaderName, &'static str); 1], String) {
    let to = url::form_urlencoded::parse(&body).find(|(k, _)| k == "To").map(|(_, v)| v.into_owned());
    let n = t.lock().expect("stand-in state").take(to.unwrap_or_default());
    let json = format!(r#"{{"sid":"SM{n:032x}","status":"queued","num_segments":"1"}}"#);
    (StatusCode::CREATED, [(header::CONTENT_TYPE, "application/json")], json)
}

/// A fast SMTP sink: just enough of RFC 5321 for lettre (EHLO, MAIL, RCPT, DATA, RSET, NOOP,
/// QUIT) on plain TCP; each message counts once per recipient when its DATA ends.
async fn smtp_sink(listener: tokio::net::TcpListener, accepted: Inbox) {
    while let Ok((stream, _)) = listener.accept().await {
        let accepted = accepted.clone();
        tokio::spawn(async move {
            if let Err(e) = smtp_session(stream, &accepted).await {
                eprintln!("  SMTP sink: {e}");
            }
        });
    }
}

async fn smtp_session(stream: tokio::net::TcpStream, accepted: &Inbox) -> std::io::Result<()> {
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt};
    let (read, mut write) = stream.into_split();
    let (mut lines, mut line) = (tokio::io::BufReader::new(read), String::new());
    let mut rcpt: Vec<String> = Vec::new();
    write.write_all(b"220 bench ESMTP\r\n").await?;
    loop {
        line.clear();
        if lines.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let verb = line.get(..4).unwrap_or("").to_ascii_uppercase();
        let reply: &[u8] = match verb.as_str() {
            "EHLO" | "HELO" => b"250-bench\r\n250 8BITMIME\r\n",
            "MAIL" => {
                rcpt.clear();
                b"250 OK\r\n"
            }
            "RCPT" => {
                let to = line.split(['<', '>']).nth(1).unwrap_or("").to_string();
                rcpt.push(to);
                b"250 OK\r\n"
            }
            "DATA" => {
                write.write_all(b"354 go on\r\n").await?;
                loop {
                    line.clear();
                    if lines.read_line(&mut line).await? == 0 {
                        return Ok(());
                    }
                    if line == ".\r\n" {
                        break;
                    }
                }
                let mut a = accepted.lock().expect("stand-in state");
                for to in rcpt.drain(..) {
                    a.emails += 1;
                    a.take(to);
                }
                b"250 queued\r\n"
            }
            "RSET" | "NOOP" => b"250 OK\r\n",
            "QUIT" => {
                write.write_all(b"221 bye\r\n").await?;
                return Ok(());
            }
            _ => b"502 not here\r\n",
        };
        write.write_all(reply).await?;
    }
}

/// `due` reminders due now (plus `future` due in 90 days): messages per second from the stand-in's
/// first accepted message to its `due`-th; every `To` must come exactly once.
async fn fanout(backend: &'static str, pg: Option<&str>, due: usize, future: usize) -> anyhow::Result<Row> {
    let (db, t) = (Db::new(pg).await?, Instant::now());
    let store = portico::store::connect(&db.url).await?;
    store.migrate().await?;
    let mut clinic = Clinic::new("Bench Clinic".into(), None, TimeZone::parse("America/Chicago")?, Timestamp::now());
    clinic.quiet_hours = QuietHours::new(0, 0)?; // never quiet: the bench runs at any hour
    clinic.daily_reminder_cap = 20;
    store.create_clinic(&clinic, &portico::links::secret_hash(&random_hex(16)), "pk_bench").await?;
    let patients = seed_patients(&store, &clinic, due, true).await?;
    drop(store);
    if future > 0 {
        insert_future(&db.url, &clinic, &patients[..patients.len().min(100)], future).await?;
    }
    eprintln!("  {backend}: loaded {due} due and {future} future reminders in {:.1} s", t.elapsed().as_secs_f64());

    let accepted: Inbox = Arc::default();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let twilio_base = format!("http://{}", listener.local_addr()?);
    let app = axum::Router::new()
        .route("/2010-04-01/Accounts/{sid}/Messages.json", axum::routing::post(twilio_message))
        .with_state(accepted.clone());
    let _stand_in = AbortOnDrop(tokio::spawn(async move { axum::serve(listener, app).await }));
    let smtp = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let smtp_url = format!("smtp://{}", smtp.local_addr()?);
    let _smtp_sink = AbortOnDrop(tokio::spawn(smtp_sink(smtp, accepted.clone())));
    let env = [
        ("PORTICO_EMAIL", "smtp".to_string()),
        ("PORTICO_SMTP_URL", smtp_url),
        ("PORTICO_EMAIL_FROM", "reminders@bench.example".to_string()),
        ("PORTICO_SMS", "twilio".to_string()),
        ("TWILIO_ACCOUNT_SID", format!("AC{}", random_hex(16))),
        ("TWILIO_AUTH_TOKEN", random_hex(16)),
        ("TWILIO_FROM", "+15005550006".to_string()),
        ("PORTICO_TWILIO_API_BASE", twilio_base),
    ];
    let mut server = Server::spawn(&db, &env)?;
    let (pid, mark) = (server.pid(), (Instant::now(), cpu_secs(server.pid())));
    let wait = async {
        let mut progress = (0, Instant::now());
        loop {
            let total = accepted.lock().expect("stand-in state").total;
            if total >= due {
                let (from_spawn, cpu) = (server.started.elapsed().as_secs_f64(), cores_since(pid, mark));
                tokio::time::sleep(Duration::from_millis(500)).await; // a duplicate would show up now
                return anyhow::Ok((from_spawn, cpu));
            }
            if total != progress.0 {
                progress = (total, Instant::now());
            } else if progress.1.elapsed() > Duration::from_secs(60) {
                bail!("fanout stalled: {total} of {due} messages, none for 60 s");
            }
            server.alive()?;
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    };
    let (waited, peak) = with_peak_rss(pid, wait).await;
    let ((from_spawn, cpu), hwm) = (waited?, proc_mb(pid, "VmHWM"));
    server.alive()?;
    drop(server);
    let a = accepted.lock().expect("stand-in state");
    let twice = a.per_to.values().filter(|n| **n > 1).count();
    let missing = due.saturating_sub(a.per_to.len());
    let secs = a.last.zip(a.first).map_or(f64::NAN, |(l, f)| (l - f).as_secs_f64());
    let rate = due as f64 / secs;
    let emails = a.emails;
    eprintln!(
        "  {backend} fanout of {due} (+{future} future): {rate:.0} msg/s ({emails} by email), {twice} sent twice, {missing} missing"
    );
    Ok(Row {
        backend,
        workload: "fanout",
        unit: "msg/s",
        throughput: rate,
        errors: (twice + missing + a.total.saturating_sub(due)) as u64,
        count: a.total as u64,
        seconds: secs,
        peak_rss_mb: peak,
        vm_hwm_mb: hwm,
        cpu_server_bench_other: cpu,
        runs: vec![rate],
        extra: BTreeMap::from([
            ("sent_twice", twice as f64),
            ("missing", missing as f64),
            ("secs_from_spawn", from_spawn),
            ("emails", emails as f64),
        ]),
        note: format!(
            "{due} due ({} SMS, {emails} email); every recipient exactly once: {}",
            a.total.saturating_sub(emails),
            twice == 0 && missing == 0
        ),
        ..Row::default()
    })
}

struct AbortOnDrop<T>(tokio::task::JoinHandle<T>);

impl<T> Drop for AbortOnDrop<T> {
    fn drop(&mut self) {
        self.0.abort();
    }
}

// ---------------------------------------------------------------------------------------------
// Report.

fn print_table(rows: &[Row], conns: usize) {
    println!(
        "\n{:<8} {:<8} {:>17} {:>7} {:>7} {:>7} {:>6} {:>7} {:>6} {:>14}  note",
        "backend", "workload", "throughput", "p50 ms", "p90 ms", "p99 ms", "errors", "peak MB", "×ceil", "cores s/b/o"
    );
    for r in rows {
        let lat = |i: usize| r.lat_ms.map_or("-".into(), |l| format!("{:.2}", l[i]));
        let [s, b, o] = r.cpu_server_bench_other;
        println!(
            "{:<8} {:<8} {:>17} {:>7} {:>7} {:>7} {:>6} {:>7.1} {:>6} {:>14}  {}",
            r.backend,
            r.workload,
            format!("{:.0} {}", r.throughput, r.unit),
            lat(0),
            lat(1),
            lat(2),
            r.errors,
            r.peak_rss_mb,
            r.ratio_to_ceiling.map_or("-".into(), |v| format!("{v:.3}")),
            format!("{s:.2}/{b:.2}/{o:.2}"),
            r.note
        );
    }
    let mut backends: Vec<&str> = rows.iter().map(|r| r.backend).collect();
    backends.dedup();
    for b in backends {
        let find = |w: &str| rows.iter().find(|r| r.backend == b && r.workload == w);
        let x = |w: &str, k: &str| find(w).and_then(|r| r.extra.get(k).copied());
        // (target, value, limit, whether the value must be at least the limit, unit)
        let targets = [
            ("redeem >= 5,000/s", find("redeem").map(|r| r.throughput), 5000.0, true, "/s"),
            ("redeem POST p99 <= 10 ms", find("redeem").and_then(|r| r.lat_ms).map(|l| l[2]), 10.0, false, " ms"),
            ("redeem >= 6% of ceiling", find("redeem").and_then(|r| r.ratio_to_ceiling), 0.06, true, ""),
            ("landing >= 30% of ceiling", find("landing").and_then(|r| r.ratio_to_ceiling), 0.30, true, ""),
            ("fanout >= 5,000 msg/s", find("fanout").map(|r| r.throughput), 5000.0, true, "/s"),
            ("fanout peak RSS <= 150 MB", find("fanout").map(|r| r.peak_rss_mb.max(r.vm_hwm_mb)), 150.0, false, " MB"),
            ("backlog >= 0.8 of empty", x("backlog", "vs_empty"), 0.8, true, ""),
            ("ingest >= 3,000/s", find("ingest").map(|r| r.throughput), 3000.0, true, "/s"),
            ("idle ready <= 300 ms", x("idle", "ready_ms"), 300.0, false, " ms"),
            ("idle RSS <= 30 MB", x("idle", "idle_rss_mb"), 30.0, false, " MB"),
        ];
        // Issue 5 sets targets for SQLite only; PostgreSQL is shown against them, and against
        // half of SQLite's throughput in the same run (slower than that needs a reason in the README).
        let (heading, verdicts) = if b == "sqlite" {
            (format!("targets ({b}, {conns} connections):"), ["pass", "FAIL"])
        } else {
            (format!("{b} against SQLite's targets (it has none of its own yet):"), ["meets", "below"])
        };
        println!("\n{heading}");
        for (what, value, limit, at_least, unit) in targets {
            let Some(v) = value else { continue };
            let pass = if at_least { v >= limit } else { v <= limit };
            let shown = if v < 10.0 { format!("{v:.3}{unit}") } else { format!("{v:.0}{unit}") };
            println!("  {what:<28} {shown:>12}  {}", verdicts[usize::from(!pass)]);
        }
        if b != "sqlite" {
            for r in rows.iter().filter(|r| r.backend == b && !matches!(r.workload, "idle" | "ceiling")) {
                let Some(lite) = rows.iter().find(|l| l.backend == "sqlite" && l.workload == r.workload) else {
                    continue;
                };
                let ratio = r.throughput / lite.throughput;
                let verdict = if ratio >= 0.5 { "at least half" } else { "below half: README says why" };
                println!("  {:<28} {ratio:>12.2}  {verdict}", format!("{} vs sqlite", r.workload));
            }
        }
    }
}
