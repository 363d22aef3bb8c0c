//! SQLite: the embedded default. WAL, `synchronous=NORMAL`, foreign keys on. Writes queue in
//! the process instead of failing with SQLITE_BUSY: the hot ones (redemption, ingest,
//! dispatch) on the writer thread (`writer.rs`, `writes.rs`), which commits many callers'
//! writes together; the rest on a single sqlx writer connection, whose transactions begin
//! IMMEDIATE so the two writers wait for each other's lock instead of failing. Hot point
//! reads run inline on pooled rusqlite connections (`reads.rs`), the rest on a sqlx reader
//! pool; both see every committed write. The hot statements are the ones PostgreSQL runs too
//! (`sql/`), rewritten for rusqlite at compile time.

mod dispatch;
mod imports;
mod reads;
mod writer;
mod writes;

use super::migrate::{self, Backend};
use super::records::*;
use super::sql::*;
use super::{StoreError, StoreResult};
use crate::domain::{
    AppointmentId, ClinicId, DeliveryId, DeliveryPurpose, LinkId, MessageId, PatientId, SessionId, StaffId, ThreadId,
};
use jiff::Timestamp;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Pool, Sqlite};
use std::str::FromStr;
use std::time::Duration;

pub struct SqliteStore {
    writer: Pool<Sqlite>,
    reader: Pool<Sqlite>,
    hot: writer::Writer,
    point_reads: reads::Readers,
    live: super::live_bus::LiveBus,
}

impl SqliteStore {
    pub async fn connect(url: &str) -> StoreResult<Self> {
        let opts = SqliteConnectOptions::from_str(url)?
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10))
            .pragma("temp_store", "memory");
        let writer = SqlitePoolOptions::new()
            .max_connections(1)
            .min_connections(1)
            .acquire_timeout(Duration::from_secs(30))
            .connect_with(opts.clone())
            .await?;
        let cpus = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
        let readers = cpus.clamp(2, 8) as u32;
        let reader = SqlitePoolOptions::new()
            .max_connections(readers)
            .acquire_timeout(Duration::from_secs(30))
            .connect_with(opts.clone().create_if_missing(false))
            .await?;
        // Opened after the sqlx writer, which created the file and set WAL (kept in the file).
        let open = || -> StoreResult<rusqlite::Connection> {
            let conn = rusqlite::Connection::open_with_flags(
                opts.get_filename(),
                rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?;
            conn.busy_timeout(Duration::from_secs(10))?;
            conn.pragma_update(None, "synchronous", "NORMAL")?;
            conn.pragma_update(None, "foreign_keys", "ON")?;
            conn.pragma_update(None, "temp_store", "MEMORY")?;
            Ok(conn)
        };
        let conn = open()?;
        // Checkpoints run on the writer's checkpoint thread; this is only the safety net.
        conn.pragma_update(None, "wal_autocheckpoint", writer::SAFETY_CHECKPOINT_PAGES)?;
        // Every hot statement stays prepared (there are about 25).
        conn.set_prepared_statement_cache_capacity(64);
        let hot = writer::Writer::start(conn, open()?).map_err(|e| {
            tracing::error!(error = %e, "could not start the SQLite writer thread");
            StoreError::WriterStopped
        })?;
        // One per async worker (the runtime starts one per CPU), and a few for other threads.
        let point_reads = reads::Readers::new(opts.get_filename().to_path_buf(), cpus + 2);
        Ok(SqliteStore { writer, reader, hot, point_reads, live: super::live_bus::LiveBus::new() })
    }

    /// A write transaction on the sqlx writer: IMMEDIATE takes the write lock at BEGIN (waiting
    /// out the writer thread's batch under `busy_timeout`), so a transaction that reads first
    /// cannot fail later with SQLITE_BUSY when the other writer committed in between.
    async fn begin_write(&self) -> Result<sqlx::Transaction<'static, Sqlite>, sqlx::Error> {
        self.writer.begin_with("BEGIN IMMEDIATE").await
    }

    /// Nothing to forget: this store keeps no clinics (PostgreSQL's does, `clinic_cache.rs`).
    fn clinic_changed(&self) {}

    fn writer(&self) -> &Pool<Sqlite> {
        &self.writer
    }

    fn reader(&self) -> &Pool<Sqlite> {
        &self.reader
    }

    /// Every write comes from this process: the signal after the commit is enough.
    const NOTIFY_LIVE: Option<&'static str> = None;

    fn live_committed(&self) {
        self.live.send(super::LiveSignal::Events);
    }
}

team_store!(SqliteStore);
import_store!(SqliteStore, |store, records| {
    let records = records.to_vec();
    store.hot.run(move |c| imports::import_batch(c, &records)).await
});
webhook_store!(SqliteStore);
caregiver_store!(SqliteStore);

sql_store!(SqliteStore, {
    fn backend(&self) -> &'static str {
        "sqlite"
    }

    // A transaction of its steps; PostgreSQL's message is one statement (`postgres/messages.rs`).
    async fn insert_message(
        &self,
        m: &Message,
        alert: Option<&Delivery>,
        audit: Option<&AuditEvent>,
    ) -> StoreResult<()> {
        let mut tx = self.begin_write().await?;
        sqlx::query(concat!(
            "INSERT INTO messages (",
            message_columns!(),
            ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"
        ))
        .bind(m.id.as_str())
        .bind(m.thread_id.as_str())
        .bind(m.clinic_id.as_str())
        .bind(m.patient_id.as_str())
        .bind(&m.author)
        .bind(&m.sender)
        .bind(&m.body)
        .bind(ms(m.created_at))
        .bind(i64::from(m.sender_verified))
        .execute(&mut *tx)
        .await
        .map_err(StoreError::classify)?;
        if let Some(d) = alert {
            insert_delivery!(&mut *tx, d);
        }
        if let Some(e) = audit {
            bind_audit!(sqlx::query(INSERT_AUDIT), bind, e).execute(&mut *tx).await?;
        }
        sqlx::query(concat!(
            conversation_on_message!(),
            " VALUES ($1, $2, 'open', $3, $3, $4) ",
            conversation_on_message!(conflict)
        ))
        .bind(m.thread_id.as_str())
        .bind(m.clinic_id.as_str())
        .bind(ms(m.created_at))
        .bind(last_author(m))
        .execute(&mut *tx)
        .await?;
        insert_live_event!(
            SqliteStore,
            tx,
            m.clinic_id.as_str(),
            Some(m.thread_id.as_str()),
            crate::domain::LiveKind::Message,
            Some(m.id.as_str()),
            m.created_at
        );
        tx.commit().await?;
        self.live_committed();
        Ok(())
    }

    // The receipt claimed in a transaction of four statements; PostgreSQL's is one
    // (`WEBHOOK_BEGIN_ONE_TRIP`).
    async fn webhook_begin(
        &self,
        key: &str,
        now: Timestamp,
        stale_before: Timestamp,
        forget_before: Timestamp,
    ) -> StoreResult<WebhookBegin> {
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM webhook_receipts WHERE at < $1").bind(ms(forget_before)).execute(&mut *tx).await?;
        sqlx::query("DELETE FROM webhook_receipts WHERE key = $1 AND answer IS NULL AND at < $2")
            .bind(key)
            .bind(ms(stale_before))
            .execute(&mut *tx)
            .await?;
        // Insert first: the key's uniqueness is the whole race (the one writer takes the
        // inserts in turn).
        let inserted =
            sqlx::query("INSERT INTO webhook_receipts (key, at) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING")
                .bind(key)
                .bind(ms(now))
                .execute(&mut *tx)
                .await?;
        let outcome = if inserted.rows_affected() == 1 {
            WebhookBegin::Fresh
        } else {
            let (answer,): (Option<String>,) = sqlx::query_as("SELECT answer FROM webhook_receipts WHERE key = $1")
                .bind(key)
                .fetch_one(&mut *tx)
                .await?;
            match answer {
                Some(a) => WebhookBegin::Replay(a),
                None => WebhookBegin::InProgress,
            }
        };
        tx.commit().await?;
        Ok(outcome)
    }

    async fn live_signals(&self) -> StoreResult<tokio::sync::broadcast::Receiver<super::LiveSignal>> {
        Ok(self.live.subscribe())
    }

    async fn publish_typing(&self, typing: &crate::domain::Typing) -> StoreResult<()> {
        self.live.send(super::LiveSignal::Typing(typing.clone()));
        Ok(())
    }

    async fn link_by_lookup(&self, lookup: &[u8]) -> StoreResult<Option<LinkView>> {
        self.point_reads.read(|c| reads::link_by_lookup(c, lookup))
    }

    async fn clinic_by_api_key(&self, api_key_hash: &[u8]) -> StoreResult<Option<Clinic>> {
        self.point_reads.read(|c| reads::clinic_by_api_key(c, api_key_hash))
    }

    async fn clinic(&self, id: &ClinicId) -> StoreResult<Option<Clinic>> {
        self.point_reads.read(|c| reads::clinic(c, id.as_str()))
    }

    async fn patient(&self, clinic: &ClinicId, id: &PatientId) -> StoreResult<Option<Patient>> {
        self.point_reads.read(|c| reads::patient(c, clinic.as_str(), id.as_str()))
    }

    async fn appointment(&self, clinic: &ClinicId, id: &AppointmentId) -> StoreResult<Option<Appointment>> {
        self.point_reads.read(|c| reads::appointment(c, clinic.as_str(), id.as_str()))
    }

    async fn count_sent(
        &self,
        patient: &PatientId,
        purpose: DeliveryPurpose,
        channel: crate::domain::Channel,
        since: Timestamp,
        until: Timestamp,
    ) -> StoreResult<i64> {
        self.point_reads
            .read(|c| reads::count_sent(c, patient.as_str(), purpose.as_str(), channel.as_str(), ms(since), ms(until)))
    }

    async fn session(&self, id_hash: &[u8]) -> StoreResult<Option<Session>> {
        self.point_reads.read(|c| reads::session(c, id_hash))
    }

    async fn consume_link(&self, lookup: &[u8], now: Timestamp, s: &NewSession) -> StoreResult<Consume> {
        let (lookup, s) = (lookup.to_vec(), s.clone());
        self.hot.run(move |c| writes::consume_link(c, &lookup, now, &s)).await
    }

    async fn insert_link(&self, l: &Link) -> StoreResult<()> {
        let l = l.clone();
        self.hot.run(move |c| writes::insert_link(c, &l)).await
    }

    async fn insert_appointment(
        &self,
        a: &Appointment,
        reminders: &[Delivery],
        audit: Option<&AuditEvent>,
        kept: Option<&KeptAnswer>,
    ) -> StoreResult<IdempotencyBegin> {
        let (a, reminders, audit, kept) = (a.clone(), reminders.to_vec(), audit.cloned(), kept.cloned());
        self.hot
            .run(move |c| {
                // One writer job: the reservation, the change and the kept answer commit together.
                if let Some(k) = &kept {
                    let begin = writes::idempotency_begin(c, k.clinic.as_str(), &k.key, &k.request_hash, k.now)?;
                    if begin != IdempotencyBegin::Fresh {
                        return Ok(begin);
                    }
                }
                writes::insert_appointment(c, &a, &reminders)?;
                audit.as_ref().map_or(Ok(()), |e| writes::record_audit(c, e))?;
                if let Some(k) = &kept {
                    writes::idempotency_finish(c, k.clinic.as_str(), &k.key, k.status, &k.body)?;
                }
                Ok(IdempotencyBegin::Fresh)
            })
            .await
    }

    async fn insert_deliveries(&self, deliveries: &[Delivery]) -> StoreResult<()> {
        let deliveries = deliveries.to_vec();
        self.hot.run(move |c| writes::insert_deliveries(c, &deliveries)).await
    }

    async fn finish_delivery(&self, id: &DeliveryId, claim: i64, o: &DeliveryOutcome) -> StoreResult<bool> {
        let (id, o) = (id.to_string(), o.clone());
        self.hot.run(move |c| writes::finish_delivery(c, &id, claim, &o)).await
    }

    async fn extend_lease(&self, id: &DeliveryId, claim: i64, lease_until: Timestamp) -> StoreResult<bool> {
        let id = id.to_string();
        self.hot.run(move |c| writes::extend_lease(c, &id, claim, lease_until)).await
    }

    async fn touch_session(&self, id_hash: &[u8], now: Timestamp) -> StoreResult<()> {
        let id_hash = id_hash.to_vec();
        self.hot.run(move |c| writes::touch_session(c, &id_hash, now)).await
    }

    async fn record_audit(&self, e: &AuditEvent) -> StoreResult<()> {
        let e = e.clone();
        self.hot.run(move |c| writes::record_audit(c, &e)).await
    }

    async fn idempotency_begin(
        &self,
        clinic: &ClinicId,
        key: &str,
        request_hash: &[u8],
        now: Timestamp,
    ) -> StoreResult<IdempotencyBegin> {
        let (clinic, key, request_hash) = (clinic.to_string(), key.to_string(), request_hash.to_vec());
        self.hot.run(move |c| writes::idempotency_begin(c, &clinic, &key, &request_hash, now)).await
    }

    async fn idempotency_finish(&self, clinic: &ClinicId, key: &str, status: u16, body: &[u8]) -> StoreResult<()> {
        let (clinic, key, body) = (clinic.to_string(), key.to_string(), body.to_vec());
        self.hot.run(move |c| writes::idempotency_finish(c, &clinic, &key, status, &body)).await
    }

    async fn idempotency_abandon(&self, clinic: &ClinicId, key: &str) -> StoreResult<()> {
        let (clinic, key) = (clinic.to_string(), key.to_string());
        self.hot.run(move |c| writes::idempotency_abandon(c, &clinic, &key)).await
    }

    async fn rate_hit(&self, bucket: &str, now: Timestamp, since: Timestamp) -> StoreResult<i64> {
        let bucket = bucket.to_string();
        self.hot.run(move |c| writes::rate_hit(c, &bucket, now, since)).await
    }

    async fn migrate(&self) -> StoreResult<()> {
        let mut conn = self.writer.acquire().await?;
        // IMMEDIATE takes the write lock before reading the version, so two processes
        // starting together cannot both apply a migration.
        sqlx::raw_sql("BEGIN IMMEDIATE").execute(&mut *conn).await?;
        let res = migrate::apply(&mut *conn, Backend::Sqlite).await;
        let end = if res.is_ok() { "COMMIT" } else { "ROLLBACK" };
        sqlx::raw_sql(end).execute(&mut *conn).await?;
        res
    }
});
