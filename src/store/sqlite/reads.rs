//! The hot point reads (a link's landing page, an API key, a clinic, a patient, an appointment,
//! a session, the daily count of reminders sent) as direct rusqlite calls on the calling thread.
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
use crate::store::sql::{AppointmentRow, ClinicRow, LinkViewRow, PatientRow, SessionRow, link_columns, patient_select};
use rusqlite::{Connection, OptionalExtension, Row, params};
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

fn clinic_row(r: &Row<'_>) -> rusqlite::Result<ClinicRow> {
    Ok(ClinicRow {
        id: r.get(0)?,
        name: r.get(1)?,
        phone: r.get(2)?,
        time_zone: r.get(3)?,
        reminder_offsets: r.get(4)?,
        quiet_start_minute: r.get(5)?,
        quiet_end_minute: r.get(6)?,
        daily_reminder_cap: r.get(7)?,
        step_up_with_birth_date: r.get(8)?,
        brand_color: r.get(9)?,
        created_at: r.get(10)?,
    })
}

pub(super) fn link_by_lookup(c: &Connection, lookup: &[u8]) -> StoreResult<Option<LinkView>> {
    let q = concat!(
        "SELECT ",
        link_columns!(),
        ", c.name AS clinic_name, p.language FROM links l \
         JOIN clinics c ON c.id = l.clinic_id JOIN patients p ON p.id = l.patient_id WHERE l.lookup = ?1"
    );
    let row = c
        .prepare_cached(q)?
        .query_row(params![lookup], |r| {
            Ok(LinkViewRow { link: super::writes::link_row(r)?, clinic_name: r.get(12)?, language: r.get(13)? })
        })
        .optional()?;
    row.map(LinkViewRow::into_view).transpose()
}

pub(super) fn clinic_by_api_key(c: &Connection, api_key_hash: &[u8]) -> StoreResult<Option<Clinic>> {
    c.prepare_cached(
        "SELECT c.id, c.name, c.phone, c.time_zone, c.reminder_offsets, c.quiet_start_minute, c.quiet_end_minute, \
         c.daily_reminder_cap, c.step_up_with_birth_date, c.brand_color, c.created_at FROM api_keys k \
         JOIN clinics c ON c.id = k.clinic_id WHERE k.key_hash = ?1 AND k.revoked_at IS NULL",
    )?
    .query_row(params![api_key_hash], clinic_row)
    .optional()?
    .map(ClinicRow::into_clinic)
    .transpose()
}

pub(super) fn clinic(c: &Connection, id: &str) -> StoreResult<Option<Clinic>> {
    c.prepare_cached(
        "SELECT id, name, phone, time_zone, reminder_offsets, quiet_start_minute, quiet_end_minute, daily_reminder_cap, \
         step_up_with_birth_date, brand_color, created_at FROM clinics WHERE id = ?1",
    )?
    .query_row(params![id], clinic_row)
    .optional()?
    .map(ClinicRow::into_clinic)
    .transpose()
}

pub(super) fn patient(c: &Connection, clinic: &str, id: &str) -> StoreResult<Option<Patient>> {
    c.prepare_cached(concat!(patient_select!(), " WHERE p.clinic_id = ?1 AND p.id = ?2"))?
        .query_row(params![clinic, id], |r| {
            Ok(PatientRow {
                id: r.get(0)?,
                clinic_id: r.get(1)?,
                name: r.get(2)?,
                birth_date: r.get(3)?,
                language: r.get(4)?,
                time_zone: r.get(5)?,
                channels: r.get(6)?,
                created_at: r.get(7)?,
                updated_at: r.get(8)?,
                phone: r.get(9)?,
                email: r.get(10)?,
                phone_status: r.get(11)?,
                email_status: r.get(12)?,
                quiet_start: r.get(13)?,
                quiet_end: r.get(14)?,
                thread_id: r.get(15)?,
            })
        })
        .optional()?
        .map(PatientRow::into_patient)
        .transpose()
}

pub(super) fn appointment(c: &Connection, clinic: &str, id: &str) -> StoreResult<Option<Appointment>> {
    c.prepare_cached(
        "SELECT id, clinic_id, patient_id, starts_at, duration_minutes, location, provider, status, cancel_reason, \
         reminder_offsets, bring, created_at, updated_at FROM appointments WHERE clinic_id = ?1 AND id = ?2",
    )?
    .query_row(params![clinic, id], |r| {
        Ok(AppointmentRow {
            id: r.get(0)?,
            clinic_id: r.get(1)?,
            patient_id: r.get(2)?,
            starts_at: r.get(3)?,
            duration_minutes: r.get(4)?,
            location: r.get(5)?,
            provider: r.get(6)?,
            status: r.get(7)?,
            cancel_reason: r.get(8)?,
            reminder_offsets: r.get(9)?,
            bring: r.get(10)?,
            created_at: r.get(11)?,
            updated_at: r.get(12)?,
        })
    })
    .optional()?
    .map(AppointmentRow::into_appointment)
    .transpose()
}

pub(super) fn count_sent(c: &Connection, patient: &str, purpose: &str, since: i64, until: i64) -> StoreResult<i64> {
    let n = c
        .prepare_cached(
            "SELECT COUNT(*) FROM deliveries WHERE patient_id = ?1 AND purpose = ?2 AND sent_at >= ?3 AND sent_at < ?4 \
             AND status IN ('queued', 'sent', 'delivered')",
        )?
        .query_row(params![patient, purpose, since, until], |r| r.get(0))?;
    Ok(n)
}

pub(super) fn session(c: &Connection, id_hash: &[u8]) -> StoreResult<Option<Session>> {
    c.prepare_cached(
        "SELECT id, clinic_id, patient_id, link_id, purpose, subject_id, created_at, last_seen_at, idle_expires_at, \
         expires_at, ended_at, stepped_up_at FROM sessions WHERE id_hash = ?1",
    )?
    .query_row(params![id_hash], |r| {
        Ok(SessionRow {
            id: r.get(0)?,
            clinic_id: r.get(1)?,
            patient_id: r.get(2)?,
            link_id: r.get(3)?,
            purpose: r.get(4)?,
            subject_id: r.get(5)?,
            created_at: r.get(6)?,
            last_seen_at: r.get(7)?,
            idle_expires_at: r.get(8)?,
            expires_at: r.get(9)?,
            ended_at: r.get(10)?,
            stepped_up_at: r.get(11)?,
        })
    })
    .optional()?
    .map(SessionRow::into_session)
    .transpose()
}
