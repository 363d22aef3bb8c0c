//! The SQLite writer thread: one OS thread owns a rusqlite connection and runs the hot writes
//! (`writes.rs`) as direct calls into SQLite, many callers' writes to one transaction.
//!
//! Why: through sqlx every statement is a round trip to that connection's worker thread, and
//! with a single writer connection those round trips were the queue every write waited in
//! (README, "Benchmarks"). Here a job is one closure that runs from start to end on this thread:
//! no await and no thread hop between its statements.
//!
//! Group commit: a batch is `BEGIN IMMEDIATE`, then every job waiting (up to `MAX_BATCH`), each
//! inside its own SAVEPOINT so a job that fails takes back only its own writes, then one COMMIT.
//! Only after the COMMIT does any caller get its answer, so what a call wrote is committed (as
//! durable as `synchronous=NORMAL` makes it) and visible to every other connection before the
//! caller goes on. If SQLite drops the whole transaction (an I/O error, a full disk), every job
//! in it is answered with the error and none of its writes stay.
//!
//! Checkpoints (copying the WAL back into the database file, with an fsync) run on a second
//! thread, so no batch waits behind one's fsync. But a checkpoint running beside the writer can
//! never finish: the writer appends while it copies, so the WAL is never wholly copied when the
//! next batch begins, and SQLite only starts the WAL over from its beginning at a batch that
//! begins with every frame copied. Left alone the WAL grew until the writer's own automatic
//! checkpoint fired inside a COMMIT, and synced there every database page the background passes
//! had copied (SQLite syncs the database file only after a checkpoint that copied everything): a
//! 12–23 ms stall for every request in flight, about three times a second under load (the
//! redemption p99 of 16–17 ms; README, "Benchmarks"). So the checkpoint thread syncs
//! the database file itself after each pass, and the two threads hand over: once the WAL passes
//! `RESTART_AT` pages and a background pass has copied all of it, the checkpoint thread stops
//! and asks the writer to finish, which it does between two batches, copying only what was
//! committed since that pass (about a millisecond); the next batch starts the WAL over. The
//! writer's automatic checkpoint stays as a safety net at a much larger WAL
//! (`SAFETY_CHECKPOINT_PAGES`), for when the background one cannot keep up.
//!
//! It must not hold the transaction across anything but the jobs' own SQL (a job never awaits
//! and does no other I/O), and it keeps nothing between jobs: link state, sessions and
//! revocations are read fresh inside each job.

use crate::store::{StoreError, StoreResult};
use rusqlite::Connection;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};
use std::time::Duration;
use tokio::sync::oneshot;

/// Most jobs in one transaction: enough to spread a COMMIT over a full queue (32 connections
/// each waiting on one or two writes), few enough that the first job's answer does not wait
/// long for the last one's SQL.
const MAX_BATCH: usize = 256;

/// WAL pages at which the writer checkpoints by itself (SQLite's default is 1,000): only when
/// the background checkpoints fall behind, which bounds the WAL at about 40 MB.
pub(super) const SAFETY_CHECKPOINT_PAGES: i64 = 10_000;

/// Shortest time between two background checkpoints: each costs an fsync.
const CHECKPOINT_EVERY: Duration = Duration::from_millis(100);

/// WAL pages (4 KiB each) after which the writer finishes a checkpoint the background thread has
/// all but done, so the WAL starts over: about 16 MB, a few times a second at full load.
pub(super) const RESTART_AT: i64 = 4_000;

/// Most pages a pass may have found new for the writer to finish after it: the writer copies what
/// came in since, about as many.
const FINISH_WITHIN: i64 = 256;

/// The sending side; dropping it (with the store) ends the thread once the queue is empty.
pub(super) struct Writer {
    jobs: mpsc::Sender<Box<dyn Job>>,
}

impl Writer {
    /// Start the writer thread on `conn` and the checkpoint thread on `checkpoints`, both
    /// open and configured by the caller.
    pub(super) fn start(conn: Connection, checkpoints: Connection) -> std::io::Result<Writer> {
        let (jobs, queue) = mpsc::channel();
        // One pending wake-up is enough: commits while a checkpoint runs are covered by the next.
        let (wake, woken) = mpsc::sync_channel(1);
        let finish = Arc::new(AtomicBool::new(false));
        let db = std::fs::File::open(checkpoints.path().unwrap_or_default())?;
        let asked = finish.clone();
        std::thread::Builder::new()
            .name("portico-sqlite-checkpoint".into())
            .spawn(move || checkpoint(&checkpoints, &db, &woken, &asked))?;
        std::thread::Builder::new()
            .name("portico-sqlite-writer".into())
            .spawn(move || serve(&conn, &queue, &wake, &finish))?;
        Ok(Writer { jobs })
    }

    /// Run `work` in the next batch and wait until that batch has committed.
    pub(super) async fn run<T, F>(&self, work: F) -> StoreResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> StoreResult<T> + Send + 'static,
    {
        let (reply, answer) = oneshot::channel();
        self.jobs
            .send(Box::new(Pending { work: Some(work), result: None, reply }))
            .map_err(|_| StoreError::WriterStopped)?;
        answer.await.map_err(|_| StoreError::WriterStopped)?
    }
}

trait Job: Send {
    /// Run inside the batch's transaction; true if the job's writes should stay.
    fn run(&mut self, conn: &Connection) -> bool;
    /// Tell the caller: `lost` is why the transaction did not commit, if it did not.
    fn answer(self: Box<Self>, lost: Option<&rusqlite::Error>);
}

struct Pending<T, F> {
    work: Option<F>,
    result: Option<StoreResult<T>>,
    reply: oneshot::Sender<StoreResult<T>>,
}

impl<T, F> Job for Pending<T, F>
where
    T: Send,
    F: FnOnce(&Connection) -> StoreResult<T> + Send,
{
    fn run(&mut self, conn: &Connection) -> bool {
        let Some(work) = self.work.take() else {
            return false;
        };
        // A panic in one job must not end the thread that every write goes through.
        let result = catch_unwind(AssertUnwindSafe(|| work(conn)))
            .unwrap_or_else(|_| Err(StoreError::Corrupt("a write job panicked".into())));
        let ok = result.is_ok();
        self.result = Some(result);
        ok
    }

    fn answer(self: Box<Self>, lost: Option<&rusqlite::Error>) {
        let result = match (self.result, lost) {
            // A job's own error stands whatever happened to the batch.
            (Some(Err(e)), _) => Err(e),
            (_, Some(e)) => Err(StoreError::Sqlite(copy(e))),
            (Some(ok), None) => ok,
            (None, None) => Err(StoreError::Corrupt("a write job was answered without running".into())),
        };
        // The caller may have gone (a cancelled request): there is no one left to tell.
        let _ = self.reply.send(result);
    }
}

/// rusqlite's error is not `Clone`; each job of a lost batch gets its own copy.
fn copy(e: &rusqlite::Error) -> rusqlite::Error {
    match e {
        rusqlite::Error::SqliteFailure(f, message) => rusqlite::Error::SqliteFailure(*f, message.clone()),
        other => rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_ERROR),
            Some(other.to_string()),
        ),
    }
}

fn exec(conn: &Connection, sql: &str) -> rusqlite::Result<()> {
    conn.prepare_cached(sql)?.execute([]).map(|_| ())
}

/// Checkpoint after commits, at most every `CHECKPOINT_EVERY`; ends with the writer thread.
/// Past `RESTART_AT` pages, passes follow each other until one found little new and copied it
/// all; then set `finish` and wait for the writer to finish it: a pass of ours started
/// meanwhile would only hold the checkpoint lock the writer needs.
// A plain OS thread, not a task: sleeping between passes is how it waits.
#[allow(clippy::disallowed_methods)]
fn checkpoint(conn: &Connection, db: &std::fs::File, woken: &mpsc::Receiver<()>, finish: &AtomicBool) {
    // WAL pages at the previous pass: what a pass had to copy is the difference.
    let mut before = 0;
    let mut handed_over = false;
    while woken.recv().is_ok() {
        if finish.load(Ordering::Acquire) {
            continue; // the writer has not got to it yet; it clears the flag when it has
        }
        if std::mem::take(&mut handed_over) {
            // The writer finished; the WAL starts over at its next batch.
            before = 0;
            std::thread::sleep(CHECKPOINT_EVERY);
            continue;
        }
        // PASSIVE copies what it can without waiting for the writer or any reader.
        let (log, copied) = match conn
            .query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |r| Ok((r.get::<_, i64>(1)?, r.get::<_, i64>(2)?)))
        {
            Ok(pages) => pages,
            Err(e) => {
                tracing::warn!(error = %e, "WAL checkpoint failed; the next one retries");
                (0, 0)
            }
        };
        // SQLite syncs the database file only after a pass that copied the whole WAL, which one
        // running beside the writer never does; unsynced, every page copied since would be
        // written back inside the writer's finishing checkpoint. Sync here, off its thread.
        if copied > 0
            && let Err(e) = db.sync_data()
        {
            tracing::warn!(error = %e, "syncing the database file failed; the next pass retries");
        }
        let fresh = if log >= before { log - before } else { log };
        before = log;
        if log < RESTART_AT {
            std::thread::sleep(CHECKPOINT_EVERY);
        } else if copied == log && fresh <= FINISH_WITHIN {
            handed_over = true;
            finish.store(true, Ordering::Release);
        }
        // Otherwise go round again at once: each pass copies what came in during the last, so the
        // passes shorten until one is short enough to hand over.
    }
}

fn serve(conn: &Connection, queue: &mpsc::Receiver<Box<dyn Job>>, wake: &mpsc::SyncSender<()>, finish: &AtomicBool) {
    let mut batch: Vec<Box<dyn Job>> = Vec::with_capacity(MAX_BATCH);
    while let Ok(first) = queue.recv() {
        batch.push(first);
        while batch.len() < MAX_BATCH {
            match queue.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        commit(conn, &mut batch);
        if finish.load(Ordering::Acquire) {
            // Every caller of the batch has its answer; no new batch begins until this is done.
            if let Err(e) = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(())) {
                tracing::warn!(error = %e, "WAL checkpoint failed; the next one retries");
            }
            finish.store(false, Ordering::Release);
        }
        // Full means a wake-up is already pending.
        let _ = wake.try_send(());
    }
}

/// Run every job of `batch` in one transaction and answer each.
fn commit(conn: &Connection, batch: &mut Vec<Box<dyn Job>>) {
    let mut ran: Vec<Box<dyn Job>> = Vec::with_capacity(batch.len());
    let mut waiting = batch.drain(..);
    if let Err(e) = exec(conn, "BEGIN IMMEDIATE") {
        waiting.for_each(|job| job.answer(Some(&e)));
        return;
    }
    while let Some(mut job) = waiting.next() {
        let step = exec(conn, "SAVEPOINT job").and_then(|()| {
            if job.run(conn) {
                exec(conn, "RELEASE job")
            } else if conn.is_autocommit() {
                // SQLite rolled the whole transaction back (as it does on an I/O error or a
                // full disk), so the jobs before this one lost their writes too.
                Err(rusqlite::Error::SqliteFailure(
                    rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_ABORT),
                    Some("the transaction was rolled back".into()),
                ))
            } else {
                exec(conn, "ROLLBACK TO job").and_then(|()| exec(conn, "RELEASE job"))
            }
        });
        ran.push(job);
        if let Err(e) = step {
            abandon(conn, &mut ran, &e);
            if let Err(e) = exec(conn, "BEGIN IMMEDIATE") {
                waiting.for_each(|job| job.answer(Some(&e)));
                return;
            }
        }
    }
    drop(waiting);
    match exec(conn, "COMMIT") {
        Ok(()) => ran.drain(..).for_each(|job| job.answer(None)),
        Err(e) => abandon(conn, &mut ran, &e),
    }
}

/// Roll back what is left of the transaction and answer every job in it with `e`.
fn abandon(conn: &Connection, ran: &mut Vec<Box<dyn Job>>, e: &rusqlite::Error) {
    if !conn.is_autocommit() {
        // If even this fails the connection is unusable; the next BEGIN will say so.
        let _ = exec(conn, "ROLLBACK");
    }
    ran.drain(..).for_each(|job| job.answer(Some(e)));
}

#[cfg(test)]
#[path = "writer_tests.rs"]
mod tests;
