//! Logs and metrics. Logs are structured (`tracing`), filtered by `RUST_LOG`, and JSON when
//! `PORTICO_LOG_FORMAT=json`. Metrics are a handful of counters and one latency histogram,
//! exposed in Prometheus text at `/metrics`.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

pub fn init_logging() {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn"));
    let json = std::env::var("PORTICO_LOG_FORMAT").is_ok_and(|v| v == "json");
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    let _ = if json { builder.json().try_init() } else { builder.try_init() };
}

const BUCKETS_MS: [f64; 10] = [1.0, 2.5, 5.0, 10.0, 25.0, 50.0, 100.0, 250.0, 1000.0, 5000.0];

#[derive(Default)]
pub struct Metrics {
    requests: Mutex<BTreeMap<(String, String, u16), u64>>,
    latency_buckets: [AtomicU64; 10],
    latency_count: AtomicU64,
    latency_sum_us: AtomicU64,
    events: Mutex<BTreeMap<(&'static str, String), u64>>,
}

impl Metrics {
    /// One HTTP request; `route` is the matched route template, never the raw path (which
    /// may hold a link token).
    pub fn request(&self, method: &str, route: &str, status: u16, elapsed: std::time::Duration) {
        if let Ok(mut m) = self.requests.lock() {
            *m.entry((method.to_string(), route.to_string(), status)).or_default() += 1;
        }
        let ms = elapsed.as_secs_f64() * 1000.0;
        for (i, b) in BUCKETS_MS.iter().enumerate() {
            if ms <= *b {
                self.latency_buckets[i].fetch_add(1, Ordering::Relaxed);
            }
        }
        self.latency_count.fetch_add(1, Ordering::Relaxed);
        self.latency_sum_us.fetch_add(elapsed.as_micros() as u64, Ordering::Relaxed);
    }

    /// A domain event worth counting: `links_redeemed`, `links_refused{code}`, `messages_sent{channel}`.
    pub fn event(&self, name: &'static str, label: &str) {
        if let Ok(mut m) = self.events.lock() {
            *m.entry((name, label.to_string())).or_default() += 1;
        }
    }

    pub fn render(&self) -> String {
        let mut out = String::new();
        out.push_str("# HELP portico_http_requests_total HTTP requests by method, route and status.\n");
        out.push_str("# TYPE portico_http_requests_total counter\n");
        if let Ok(m) = self.requests.lock() {
            for ((method, route, status), n) in m.iter() {
                let _ = writeln!(
                    out,
                    "portico_http_requests_total{{method=\"{method}\",route=\"{}\",status=\"{status}\"}} {n}",
                    escape(route)
                );
            }
        }
        out.push_str("# HELP portico_http_request_duration_seconds HTTP request latency.\n");
        out.push_str("# TYPE portico_http_request_duration_seconds histogram\n");
        for (i, b) in BUCKETS_MS.iter().enumerate() {
            let _ = writeln!(
                out,
                "portico_http_request_duration_seconds_bucket{{le=\"{}\"}} {}",
                b / 1000.0,
                self.latency_buckets[i].load(Ordering::Relaxed)
            );
        }
        let count = self.latency_count.load(Ordering::Relaxed);
        let _ = writeln!(out, "portico_http_request_duration_seconds_bucket{{le=\"+Inf\"}} {count}");
        let _ = writeln!(
            out,
            "portico_http_request_duration_seconds_sum {}",
            self.latency_sum_us.load(Ordering::Relaxed) as f64 / 1e6
        );
        let _ = writeln!(out, "portico_http_request_duration_seconds_count {count}");
        if let Ok(m) = self.events.lock() {
            let mut last = "";
            for ((name, label), n) in m.iter() {
                if *name != last {
                    let _ = writeln!(out, "# TYPE portico_{name}_total counter");
                    last = name;
                }
                if label.is_empty() {
                    let _ = writeln!(out, "portico_{name}_total {n}");
                } else {
                    let _ = writeln!(out, "portico_{name}_total{{kind=\"{}\"}} {n}", escape(label));
                }
            }
        }
        out
    }
}

fn escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
}
