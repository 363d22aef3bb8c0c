//! Load benchmark: `cargo bench --bench load [-- --quick]`. The workloads, their targets and
//! the latest results are in the README's "Benchmarks" section.
//!
//! Starts the release `portico serve` (cargo builds it) as a child process, drives it over HTTP
//! with keep-alive connections, prints a table and writes one JSON object per workload to
//! `target/portico-bench.json`. SQLite always; PostgreSQL too when `PORTICO_BENCH_POSTGRES_URL`
//! is set (a fresh database per run, dropped afterwards).

// A benchmark stops loudly on a broken setup and times against the wall clock.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::disallowed_methods)]

mod chat;
mod fanout;
mod http;
mod import;
mod inbox;
mod report;
mod round_trips;
mod seed;
mod server;
mod soak;

use chat::*;
use fanout::*;
use http::*;
use import::*;
use inbox::*;
use report::*;
use round_trips::*;
use seed::*;
use server::*;
use soak::*;

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

/// Keep-alive connections, each a task sending requests back to back: 32 because the targets
/// are stated "on SQLite with 32 connections"; with another number they no longer compare.
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
    /// Open streams, and messages timed per run, of `chat` and `chat-pg`.
    chat_streams: usize,
    chat_messages: usize,
    /// Appointments in the `import` workload's bundle.
    import_appointments: usize,
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
        chat_streams: 1_000,
        chat_messages: if quick { 100 } else { 300 },
        import_appointments: if quick { 20_000 } else { 100_000 },
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
    // Idle and the ceiling come with the HTTP workloads; the chat ones need neither.
    if ["landing", "redeem", "ingest", "status", "inbound", "fanout", "backlog"].iter().any(|w| wanted(w)) {
        http_workloads(mode, backend, pg, rows).await?;
    }
    if wanted("fanout") {
        rows.push(fanout(backend, pg, mode.fanout, 0, 1).await?);
    }
    // Two processes on one PostgreSQL: 100,000 messages in either mode (what the issue asks).
    if pg.is_some() && wanted("fanout-2p") {
        rows.push(fanout(backend, pg, 100_000, 0, 2).await?);
    }
    if wanted("backlog") {
        backlog(mode, backend, pg, rows).await?;
    }
    if wanted("chat") {
        rows.push(chat(mode, backend, pg, false).await?);
    }
    if pg.is_some() && wanted("chat-pg") {
        rows.push(chat(mode, backend, pg, true).await?);
    }
    if wanted("inbox") {
        inbox(mode, backend, pg, rows).await?;
    }
    if wanted("import") {
        import(mode, backend, pg, rows).await?;
    }
    // Ten minutes: only when asked for by name.
    if asked_for("soak") {
        rows.push(soak(backend, pg).await?);
    }
    let ceiling = rows[first..].iter().find(|r| r.workload == "ceiling").map_or(f64::NAN, |r| r.throughput);
    // The chat and inbox workloads measure latency, not throughput: no ratio.
    for r in rows[first..]
        .iter_mut()
        .filter(|r| !matches!(r.workload, "idle" | "chat" | "chat-pg" | "import") && !r.workload.starts_with("inbox"))
    {
        r.ratio_to_ceiling = Some(r.throughput / ceiling);
    }
    Ok(())
}

/// `PORTICO_BENCH_ONLY=redeem,ingest` runs only those workloads (and idle and the ceiling, which
/// every ratio needs); unset, all of them. For working on one number; the README's come from all.
fn asked_for(workload: &str) -> bool {
    std::env::var("PORTICO_BENCH_ONLY").is_ok_and(|only| only.split(',').any(|w| w.trim() == workload))
}

fn wanted(workload: &str) -> bool {
    std::env::var("PORTICO_BENCH_ONLY").map_or(true, |only| only.split(',').any(|w| w.trim() == workload))
}

async fn backlog(mode: Mode, backend: &'static str, pg: Option<&str>, rows: &mut Vec<Row>) -> anyhow::Result<()> {
    let empty = fanout(backend, pg, mode.backlog_due, 0, 1).await?;
    let mut backlog = fanout(backend, pg, mode.backlog_due, mode.backlog_future, 1).await?;
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
