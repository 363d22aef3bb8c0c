//! CSV import: one row per appointment, with its patient's columns repeated on every row of
//! that patient. Each row is read as the `Patient` and `Appointment` it describes and goes
//! through the same steps as a FHIR entry (`mod.rs`), so the two imports match records by the
//! same identifiers (the `patient_mrn` is the clinic's MRN, the `appointment_id` the EHR's
//! appointment id) and import the same way: again changes nothing, a changed start
//! reschedules, `cancelled` cancels. A refusal names the row's line in the file (the header
//! is line 1) and the column.
//!
//! The columns (`COLUMNS`, any order, the header names them): `patient_mrn`, `patient_name`,
//! `appointment_id` and `start` are required; `start` is an instant with its offset
//! (`2026-12-03T09:30:00-06:00`) or a date and time in the clinic's time zone
//! (`2026-12-03 09:30`). A column the header names that Portico does not know refuses the
//! file (a misspelt `emial` would otherwise drop every email). Commas, semicolons or tabs
//! separate the columns, whichever the header uses.

use super::{Options, READ_AHEAD, Refused, Report, Run, fhir};
use crate::domain::Actor;
use crate::state::AppState;
use crate::store::{Clinic, StoreError};
use jiff::Timestamp;
use std::collections::HashMap;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::io::{BufRead, Read};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Every column the import reads, in the order the documentation lists them.
pub const COLUMNS: [&str; 12] = [
    "patient_mrn",
    "patient_name",
    "birth_date",
    "phone",
    "email",
    "language",
    "appointment_id",
    "status",
    "start",
    "duration_minutes",
    "location",
    "provider",
];
const REQUIRED: [&str; 4] = ["patient_mrn", "patient_name", "appointment_id", "start"];
/// The columns that describe the patient (repeated on each of their rows).
const PATIENT_COLUMNS: std::ops::Range<usize> = 0..6;

/// The identifier system the rows' MRNs are kept under (the same values a FHIR import
/// names by the clinic's system: an MRN is the clinic's whichever file brought it).
const MRN_SYSTEM: &str = "urn:portico:csv:patient_mrn";

/// One row, read.
pub struct Row {
    pub line: usize,
    pub mrn: String,
    /// `None` when an earlier row carried this patient, with the same columns.
    pub patient: Option<fhir::Patient>,
    pub appointment: fhir::Appointment,
}

/// What the reader hands on.
pub enum Item {
    Row(Box<Row>),
    /// A row refused as it was read: its line, the column and why.
    Refused(usize, String, String),
    /// The file as a whole cannot be read; nothing after it comes.
    FileRefused(String),
}

/// Import the CSV file `reader` holds into `clinic`, as `actor` (see the module's text).
pub async fn import_csv(
    state: &AppState,
    clinic: &Clinic,
    reader: impl Read + Send + 'static,
    dry_run: bool,
    actor: Actor,
    progress: Arc<AtomicUsize>,
) -> Result<Report, StoreError> {
    let options = Options { mrn_system: MRN_SYSTEM.to_string(), dry_run };
    let (tx, mut rx) = tokio::sync::mpsc::channel(READ_AHEAD);
    let tz = clinic.time_zone.tz().clone();
    let reading = tokio::task::spawn_blocking(move || {
        read_rows(reader, &tz, &mut |item| tx.blocking_send(item).is_ok());
    });
    let mut run = Run::new(state, clinic, &options).await?;
    let mut held = Held::default();
    while let Some(item) = rx.recv().await {
        match item {
            Item::Row(row) => {
                run.report.entries += 1;
                run.row(*row, &mut held).await?;
                progress.fetch_add(1, Ordering::Relaxed);
            }
            Item::Refused(line, field, reason) => {
                run.report.entries += 1;
                run.refused(line, "row", field, reason);
                progress.fetch_add(1, Ordering::Relaxed);
            }
            Item::FileRefused(why) => run.report.file_refused = Some(why),
        }
    }
    let _ = reading.await;
    run.finish(actor, "import.csv").await
}

/// What rows leave for the rows after them.
#[derive(Default)]
struct Held {
    /// Patients refused on a row, by MRN: the line where it happened.
    refused: HashMap<String, usize>,
    /// Patients whose first row was refused for its appointment alone, by MRN: they come with
    /// the next row of theirs.
    carried: HashMap<String, fhir::Patient>,
}

impl Run<'_> {
    /// A row: its patient (when it is the first row of theirs), then its appointment; a row
    /// refused for its appointment's own fields writes nothing of its patient either.
    async fn row(&mut self, row: Row, held: &mut Held) -> Result<(), StoreError> {
        if let Some(line) = held.refused.get(&row.mrn) {
            let why = format!("this patient's columns were refused on line {line}");
            self.refused(row.line, "Patient", "patient_mrn".into(), why);
            return Ok(());
        }
        let patient = row.patient.or_else(|| held.carried.remove(&row.mrn));
        if let Err((field, reason)) = self.precheck(&row.appointment) {
            if let Some(p) = patient {
                held.carried.insert(row.mrn, p);
            }
            self.refused(row.line, "Appointment", column(&field, &reason).into(), reason);
            return Ok(());
        }
        if let Some(p) = patient {
            let result = self.patient(row.line, None, p).await?;
            if let Err((field, reason)) = result {
                held.refused.insert(row.mrn, row.line);
                self.refused(row.line, "Patient", column(&field, &reason).into(), reason);
                return Ok(());
            }
            self.tally(row.line, "Patient", result);
        }
        let result = self.appointment(row.line, row.appointment).await?;
        let result = result.map_err(|(field, reason)| (column(&field, &reason).to_string(), reason));
        self.tally(row.line, "Appointment", result);
        Ok(())
    }

    /// What refuses an appointment by its own fields: its status, its times, and a start
    /// already past for a visit not imported before.
    fn precheck(&self, r: &fhir::Appointment) -> Result<(), Refused> {
        if super::cancels(r.status.as_deref())? {
            return Ok(());
        }
        let fields = super::appointment_fields(r)?;
        let known = r
            .identifier
            .iter()
            .find_map(|i| i.value.clone())
            .is_some_and(|id| self.ids.contains_key(&("appointment", id)));
        if !known && fields.starts_at <= self.state.now() {
            return Err(("start".into(), "is in the past".into()));
        }
        Ok(())
    }
}

/// The CSV column a refusal of the FHIR steps is about.
fn column(field: &str, reason: &str) -> &'static str {
    match field {
        "identifier" | "participant" => "patient_mrn",
        "name" => "patient_name",
        "birthDate" => "birth_date",
        "telecom" if reason.starts_with("email") => "email",
        "telecom" => "phone",
        "communication" => "language",
        "id" => "appointment_id",
        "status" => "status",
        "start" => "start",
        "minutesDuration" => "duration_minutes",
        _ => "row",
    }
}

/// Read `reader` as the import's CSV, calling `each` with every row in order (a refusal of
/// the whole file last, if there is one). Blocking: run it off the async threads.
pub fn read_rows(reader: impl Read, tz: &jiff::tz::TimeZone, each: &mut dyn FnMut(Item) -> bool) {
    let mut buffered = std::io::BufReader::with_capacity(1 << 16, reader);
    let delimiter = match buffered.fill_buf() {
        Ok(start) => delimiter_of(start),
        Err(e) => {
            each(Item::FileRefused(format!("not readable: {e}")));
            return;
        }
    };
    let mut csv = ::csv::ReaderBuilder::new().delimiter(delimiter).trim(::csv::Trim::All).from_reader(buffered);
    let at = match csv.headers() {
        Ok(h) => match positions(h) {
            Ok(at) => at,
            Err(why) => {
                each(Item::FileRefused(why));
                return;
            }
        },
        Err(e) => {
            each(Item::FileRefused(format!("the header is not readable: {e}")));
            return;
        }
    };
    // Each patient's first line and a hash of each of their columns there.
    let mut seen: HashMap<String, (usize, [u64; 6])> = HashMap::new();
    let mut record = ::csv::StringRecord::new();
    loop {
        let line = csv.position().line() as usize;
        match csv.read_record(&mut record) {
            Ok(false) => return,
            Ok(true) => {
                let line = record.position().map_or(line, |p| p.line() as usize);
                let item = match row(&record, &at, line, tz, &mut seen) {
                    Ok(r) => Item::Row(Box::new(r)),
                    Err((field, reason)) => Item::Refused(line, field, reason),
                };
                if !each(item) {
                    return;
                }
            }
            Err(e) if matches!(e.kind(), ::csv::ErrorKind::Io(_)) => {
                each(Item::FileRefused(format!("stopped reading at line {line}: {e}")));
                return;
            }
            Err(e) => {
                let reason = match e.kind() {
                    ::csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
                        format!("has {len} columns where the header has {expected_len}")
                    }
                    ::csv::ErrorKind::Utf8 { .. } => "is not UTF-8 text".to_string(),
                    _ => e.to_string(),
                };
                if !each(Item::Refused(line, "row".into(), reason)) {
                    return;
                }
            }
        }
    }
}

/// The separator the header line uses: the most frequent of comma, semicolon and tab.
fn delimiter_of(start: &[u8]) -> u8 {
    let header = start.split(|b| *b == b'\n').next().unwrap_or(start);
    let count = |d: u8| header.iter().filter(|b| **b == d).count();
    [b',', b';', b'\t'].into_iter().max_by_key(|d| (count(*d), *d == b',')).unwrap_or(b',')
}

/// Where each known column is in the header, or why the header is refused.
fn positions(header: &::csv::StringRecord) -> Result<[Option<usize>; 12], String> {
    let mut at = [None; 12];
    for (i, name) in header.iter().enumerate() {
        let name = name.trim_start_matches('\u{feff}').trim().to_ascii_lowercase();
        let Some(k) = COLUMNS.iter().position(|c| *c == name) else {
            return Err(format!(
                "the header names a column Portico does not read: {name:?} (the columns are {})",
                COLUMNS.join(", ")
            ));
        };
        if at[k].replace(i).is_some() {
            return Err(format!("the header names {name} twice"));
        }
    }
    if let Some(missing) = REQUIRED.iter().find(|c| at[COLUMNS.iter().position(|x| x == *c).unwrap_or(0)].is_none()) {
        return Err(format!("the header has no {missing} column (required: {})", REQUIRED.join(", ")));
    }
    Ok(at)
}

fn row(
    record: &::csv::StringRecord,
    at: &[Option<usize>; 12],
    line: usize,
    tz: &jiff::tz::TimeZone,
    seen: &mut HashMap<String, (usize, [u64; 6])>,
) -> Result<Row, Refused> {
    let get = |k: usize| at[k].and_then(|i| record.get(i)).filter(|v| !v.is_empty());
    let Some(mrn) = get(0) else { return Err(("patient_mrn".into(), "missing".into())) };
    let mrn = mrn.to_string();
    let mut hashes = [0u64; 6];
    for k in PATIENT_COLUMNS {
        let mut h = DefaultHasher::new();
        get(k).hash(&mut h);
        hashes[k] = h.finish();
    }
    if let Some((first, was)) = seen.get(&mrn)
        && let Some(k) = PATIENT_COLUMNS.clone().find(|k| was[*k] != hashes[*k])
    {
        let why = format!("differs from line {first}, where this patient_mrn first appears");
        return Err((COLUMNS[k].into(), why));
    }
    let Some(id) = get(6) else { return Err(("appointment_id".into(), "missing".into())) };
    let status = match get(7).map(str::to_ascii_lowercase).as_deref() {
        None => "booked".to_string(),
        Some("canceled") => "cancelled".to_string(),
        Some(s) => s.to_string(),
    };
    let Some(start) = get(8) else { return Err(("start".into(), "missing".into())) };
    let start = instant(start, tz).map_err(|why| ("start".to_string(), why.to_string()))?;
    let minutes = match get(9) {
        Some(m) => Some(
            m.parse::<i64>()
                .map_err(|_| ("duration_minutes".to_string(), "must be a whole number of minutes".to_string()))?,
        ),
        None => None,
    };
    let mut participant = vec![actor(None, Some(&mrn))];
    for (k, reference) in [(10, "Location/csv"), (11, "Practitioner/csv")] {
        if let Some(text) = get(k) {
            crate::domain::ShortText::parse(text).map_err(|e| (COLUMNS[k].to_string(), e.0.to_string()))?;
            participant.push(actor(Some((reference, text)), None));
        }
    }
    let appointment = fhir::Appointment {
        identifier: vec![fhir::Identifier { system: None, value: Some(id.to_string()) }],
        status: Some(status),
        start: Some(start),
        minutes_duration: minutes,
        participant,
        ..fhir::Appointment::default()
    };
    // The patient goes with the first of their rows that is read whole.
    let patient = match seen.entry(mrn.clone()) {
        std::collections::hash_map::Entry::Occupied(_) => None,
        std::collections::hash_map::Entry::Vacant(v) => {
            v.insert((line, hashes));
            Some(patient(&mrn, get(1), get(2), get(3), get(4), get(5)))
        }
    };
    Ok(Row { line, mrn, patient, appointment })
}

fn actor(display: Option<(&str, &str)>, mrn: Option<&str>) -> fhir::Participant {
    fhir::Participant {
        actor: Some(fhir::Reference {
            reference: display.map(|(r, _)| r.to_string()),
            display: display.map(|(_, d)| d.to_string()),
            identifier: mrn.map(|m| fhir::Identifier { system: Some(MRN_SYSTEM.into()), value: Some(m.to_string()) }),
        }),
    }
}

fn patient(
    mrn: &str,
    name: Option<&str>,
    birth_date: Option<&str>,
    phone: Option<&str>,
    email: Option<&str>,
    language: Option<&str>,
) -> fhir::Patient {
    let telecom = |system: &str, value: Option<&str>| {
        value.map(|v| fhir::ContactPoint { system: Some(system.into()), value: Some(v.into()), ..Default::default() })
    };
    fhir::Patient {
        identifier: vec![fhir::Identifier { system: Some(MRN_SYSTEM.into()), value: Some(mrn.into()) }],
        name: name.map(|n| fhir::HumanName { text: Some(n.into()), ..Default::default() }).into_iter().collect(),
        birth_date: birth_date.map(String::from),
        telecom: telecom("phone", phone).into_iter().chain(telecom("email", email)).collect(),
        communication: language
            .map(|l| fhir::Communication {
                language: Some(fhir::CodeableConcept {
                    coding: vec![fhir::Coding { code: Some(l.into()) }],
                    text: None,
                }),
                preferred: Some(true),
            })
            .into_iter()
            .collect(),
        ..fhir::Patient::default()
    }
}

/// A start as the import takes it: with its offset, or in the clinic's time zone.
fn instant(s: &str, tz: &jiff::tz::TimeZone) -> Result<String, &'static str> {
    if let Ok(t) = s.parse::<Timestamp>() {
        return Ok(t.to_string());
    }
    let civil = s.replacen(' ', "T", 1).parse::<jiff::civil::DateTime>().map_err(
        |_| "must be a date and time, 2026-12-03 09:30 in the clinic's time zone or 2026-12-03T09:30:00-06:00",
    )?;
    let zoned = tz
        .to_ambiguous_zoned(civil)
        .unambiguous()
        .map_err(|_| "falls in a daylight-saving change of the clinic's time zone; give it with its offset")?;
    Ok(zoned.timestamp().to_string())
}

#[cfg(test)]
#[path = "csv_tests.rs"]
mod tests;
