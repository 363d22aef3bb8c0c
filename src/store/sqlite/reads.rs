//! The hot point reads (a link's landing page, an API key, a clinic, a patient, an appointment,
//! a session, the daily count of reminders sent) as direct rusqlite calls on the calling thread:
//! the shared statements (`sql/`, as `numbered!` rewrites them), rows read by position
//! (`sql/rows.rs`).
//!
//! Why inline: through the sqlx reader pool every read is a hop to that connection's worker
//! thread and back, and on the landing page those two context switches cost more than the
//! read (README, "Benchmarks"). Each read here is one query on a unique or leading index, done
//! in microseconds from the page cache, so it runs on the async worker that asked for it, like
//! any other short piece of CPU work. Lists and scans stay on the sqlx reader pool.
//!
//! Nothing is cached: each call is its own read transaction and sees every write committed
//! before it began (a statement is reset as soon as its row is read, so no snapshot is kept).

use crate::store::StoreResult;
use crate::store::records::*;
use crate::store::sql::placeholders::numbered;
use crate::store::sql::{
    APPOINTMENT_BY_ID, AppointmentRow, CLINIC_BY_API_KEY, CLINIC_BY_ID, COUNT_SENT, ClinicRow, LINK_BY_LOOKUP,
    LinkViewRow, PATIENT_BY_ID, PatientRow, SESSION_BY_HASH, SessionRow,
};
use rusqlite::{Connection, OptionalExtension, params};
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Duration;

/// Idle connections kept for reuse: one per thread that reads at once (the async workers),
/// plus some room. More are opened when needed and closed after use.
pub(super) struct Readers {
    path: PathBuf,
    idle: Mutex<Vec<Connection>>,
    keep: usize,
}

/// How much of the database file a reader maps.
const READ_MMAP_BYTES: i64 = 1 << 30;

impl Readers {
    pub(super) fn new(path: PathBuf, keep: usize) -> Self {
        Readers { path, idle: Mutex::new(Vec::with_capacity(keep)), keep }
    }

    fn connect(&self) -> StoreResult<Connection> {
        let conn = Connection::open_with_flags(
            &self.path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(Duration::from_secs(10))?;
        conn.pragma_update(None, "query_only", "ON")?;
        // Point reads land anywhere in a large links table: read the file through a memory map
        // (pages shared with the OS cache, no read() call per page) rather than copying pages
        // into a private 2 MB cache that a table of a million links does not fit.
        conn.pragma_update(None, "mmap_size", READ_MMAP_BYTES)?;
        Ok(conn)
    }

    /// Run `read` on an idle connection (or a new one).
    pub(super) fn read<T>(&self, read: impl FnOnce(&Connection) -> StoreResult<T>) -> StoreResult<T> {
        // A poisoned lock only means another reader panicked mid-push or pop: the list is fine.
        let idle = self.idle.lock().unwrap_or_else(|p| p.into_inner()).pop();
        let conn = match idle {
            Some(c) => c,
            None => self.connect()?,
        };
        let result = read(&conn);
        let mut idle = self.idle.lock().unwrap_or_else(|p| p.into_inner());
        if idle.len() < self.keep {
            idle.push(conn);
        }
        result
    }
}

pub(super) fn link_by_lookup(c: &Connection, lookup: &[u8]) -> StoreResult<Option<LinkView>> {
    c.prepare_cached(numbered!(LINK_BY_LOOKUP))?
        .query_row(params![lookup], LinkViewRow::from_sqlite)
        .optional()?
        .map(LinkViewRow::into_view)
        .transpose()
}

pub(super) fn clinic_by_api_key(c: &Connection, api_key_hash: &[u8]) -> StoreResult<Option<Clinic>> {
    c.prepare_cached(numbered!(CLINIC_BY_API_KEY))?
        .query_row(params![api_key_hash], ClinicRow::from_sqlite)
        .optional()?
        .map(ClinicRow::into_clinic)
        .transpose()
}

pub(super) fn clinic(c: &Connection, id: &str) -> StoreResult<Option<Clinic>> {
    c.prepare_cached(numbered!(CLINIC_BY_ID))?
        .query_row(params![id], ClinicRow::from_sqlite)
        .optional()?
        .map(ClinicRow::into_clinic)
        .transpose()
}

pub(super) fn patient(c: &Connection, clinic: &str, id: &str) -> StoreResult<Option<Patient>> {
    c.prepare_cached(numbered!(PATIENT_BY_ID))?
        .query_row(params![clinic, id], PatientRow::from_sqlite)
        .optional()?
        .map(PatientRow::into_patient)
        .transpose()
}

pub(super) fn appointment(c: &Connection, clinic: &str, id: &str) -> StoreResult<Option<Appointment>> {
    c.prepare_cached(numbered!(APPOINTMENT_BY_ID))?
        .query_row(params![clinic, id], AppointmentRow::from_sqlite)
        .optional()?
        .map(AppointmentRow::into_appointment)
        .transpose()
}

pub(super) fn count_sent(
    c: &Connection,
    patient: &str,
    purpose: &str,
    channel: &str,
    since: i64,
    until: i64,
) -> StoreResult<i64> {
    let n = c
        .prepare_cached(numbered!(COUNT_SENT))?
        .query_row(params![patient, purpose, since, until, channel], |r| r.get(0))?;
    Ok(n)
}

pub(super) fn session(c: &Connection, id_hash: &[u8]) -> StoreResult<Option<Session>> {
    c.prepare_cached(numbered!(SESSION_BY_HASH))?
        .query_row(params![id_hash], SessionRow::from_sqlite)
        .optional()?
        .map(SessionRow::into_session)
        .transpose()
}
