//! The table printed at the end, with each target's verdict.

use super::*;

pub(crate) fn print_table(rows: &[Row], conns: usize) {
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
            ("chat p50 <= 20 ms", find("chat").and_then(|r| r.lat_ms).map(|l| l[0]), 20.0, false, " ms"),
            ("chat p99 <= 100 ms", find("chat").and_then(|r| r.lat_ms).map(|l| l[2]), 100.0, false, " ms"),
            ("chat memory/stream <= 20 KB", x("chat", "kb_per_stream"), 20.0, false, " KB"),
            ("chat-pg p99 <= 250 ms", find("chat-pg").and_then(|r| r.lat_ms).map(|l| l[2]), 250.0, false, " ms"),
            ("inbox views p99 <= 50 ms", inbox_p99(rows, b), 50.0, false, " ms"),
        ];
        // The targets are for SQLite only; PostgreSQL is shown against them, and against
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
            for r in rows.iter().filter(|r| {
                r.backend == b
                    && !matches!(r.workload, "idle" | "ceiling" | "chat" | "chat-pg")
                    && !r.workload.starts_with("inbox")
            }) {
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

/// The slowest p99 of the inbox's views (first pages and deep ones) on `backend`.
fn inbox_p99(rows: &[Row], backend: &str) -> Option<f64> {
    rows.iter()
        .filter(|r| r.backend == backend && r.workload.starts_with("inbox"))
        .filter_map(|r| r.lat_ms.map(|l| l[2]))
        .reduce(f64::max)
}
