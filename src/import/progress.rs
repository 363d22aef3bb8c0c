//! `portico import fhir|csv FILE|-`: the import on the command line, with its progress. On a
//! terminal one line is redrawn twice a second (entries, rate, share of the file and time
//! left); otherwise a plain line every five seconds. The report follows, and the command
//! fails when the file could not be read or a store error stopped it.

use super::{Options, Report};
use crate::config::Config;
use crate::domain::{Actor, ClinicId};
use std::io::{IsTerminal, Read, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// A reader that counts what it read, for "how far into the file".
struct Counting<R> {
    inner: R,
    read: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// The progress line: "12,000 entries · 4,100/s · 62 % · 0:12 left".
pub fn line(entries: usize, elapsed: Duration, read: u64, total: Option<u64>) -> String {
    let secs = elapsed.as_secs_f64().max(0.001);
    let rate = entries as f64 / secs;
    let mut out = format!("{} entries · {:.0}/s", thousands(entries), rate);
    if let Some(total) = total.filter(|t| *t > 0) {
        let share = (read as f64 / total as f64).min(1.0);
        out.push_str(&format!(" · {:.0} %", share * 100.0));
        if share > 0.0 {
            let left = (secs / share - secs).max(0.0) as u64;
            out.push_str(&format!(" · {}:{:02} left", left / 60, left % 60));
        }
    }
    out
}

fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// What kind of file an import reads.
pub enum Format {
    /// A FHIR Bundle, its MRNs under this identifier system.
    Fhir {
        mrn_system: String,
    },
    Csv,
}

pub async fn run(file: &str, clinic: Option<&str>, format: Format, dry_run: bool) -> anyhow::Result<()> {
    let state = crate::state::AppState::new(Config::load()?, Arc::new(crate::clock::SystemClock)).await?;
    let clinic_id = match clinic {
        Some(c) => ClinicId::parse(c).map_err(|e| anyhow::anyhow!("--clinic: {e}"))?,
        None => state
            .store
            .sole_clinic()
            .await?
            .ok_or_else(|| anyhow::anyhow!("--clinic: name the clinic to import into"))?,
    };
    let clinic =
        state.store.clinic(&clinic_id).await?.ok_or_else(|| anyhow::anyhow!("--clinic: no clinic {clinic_id}"))?;
    if let Format::Fhir { mrn_system } = &format
        && mrn_system.trim().is_empty()
    {
        anyhow::bail!("--mrn-system: give the identifier system of the clinic's MRNs");
    }
    let read = Arc::new(AtomicU64::new(0));
    let (reader, total): (Box<dyn Read + Send>, Option<u64>) = if file == "-" {
        (Box::new(std::io::stdin()), None)
    } else {
        let f = std::fs::File::open(file).map_err(|e| anyhow::anyhow!("{file}: {e}"))?;
        let size = f.metadata().ok().map(|m| m.len());
        (Box::new(f), size)
    };
    let reader = Counting { inner: reader, read: read.clone() };
    let done = Arc::new(AtomicUsize::new(0));
    let terminal = std::io::stderr().is_terminal();
    let started = Instant::now();
    let shown = {
        let (done, read) = (done.clone(), read.clone());
        tokio::spawn(async move {
            let every = if terminal { Duration::from_millis(500) } else { Duration::from_secs(5) };
            loop {
                tokio::time::sleep(every).await;
                let l = line(done.load(Ordering::Relaxed), started.elapsed(), read.load(Ordering::Relaxed), total);
                if terminal {
                    eprint!("\r{l}\x1b[K");
                } else {
                    eprintln!("{l}");
                }
                let _ = std::io::stderr().flush();
            }
        })
    };
    let (report, unit) = match &format {
        Format::Fhir { mrn_system } => {
            let options = Options { mrn_system: mrn_system.trim().to_string(), dry_run };
            (super::import_fhir(&state, &clinic, reader, &options, Actor::System, done.clone()).await, "entry")
        }
        Format::Csv => {
            (super::csv::import_csv(&state, &clinic, reader, dry_run, Actor::System, done.clone()).await, "line")
        }
    };
    shown.abort();
    let l = line(done.load(Ordering::Relaxed), started.elapsed(), read.load(Ordering::Relaxed), total);
    if terminal {
        eprintln!("\r{l}\x1b[K");
    } else {
        eprintln!("{l}");
    }
    let report = report?;
    print(&report, unit);
    if let Some(why) = &report.file_refused {
        anyhow::bail!("the file could not be read: {why}");
    }
    Ok(())
}

fn print(r: &Report, unit: &str) {
    let verb = if r.dry_run { "would be " } else { "" };
    println!("{} entries{}", r.entries, if r.dry_run { " (dry run: nothing was written)" } else { "" });
    let line = |c: &super::Counts| {
        let grants = if c.grants > 0 { format!(", {} caregiver grants", c.grants) } else { String::new() };
        format!("{} patients, {} appointments{grants}", c.patients, c.appointments)
    };
    println!("  {verb}created:   {}", line(&r.created));
    println!("  {verb}updated:   {}", line(&r.updated));
    println!("  unchanged: {}", line(&r.unchanged));
    println!("  refused:   {}", r.refused);
    for x in &r.refusals {
        println!("    {unit} {} ({}): {}: {}", x.index, x.resource, x.field, x.reason);
    }
    if r.refused > r.refusals.len() {
        println!("    … and {} more", r.refused - r.refusals.len());
    }
}

#[cfg(test)]
#[path = "progress_tests.rs"]
mod tests;
