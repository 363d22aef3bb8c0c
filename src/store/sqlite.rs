//! SQLite: the embedded default. WAL, `synchronous=NORMAL`, foreign keys on, and a single
//! writer connection so writes queue in the process instead of failing with SQLITE_BUSY;
//! reads use a separate pool and see every committed write.

use super::migrate::{self, Backend};
use super::records::*;
use super::sql::*;
use super::{StoreError, StoreResult};
use crate::domain::{
    AppointmentId, ClinicId, DeliveryId, DeliveryPurpose, DeliveryStatus, LinkId, MessageId, PatientId, SessionId,
    ThreadId,
};
use jiff::Timestamp;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Pool, Sqlite};
use std::str::FromStr;
use std::time::Duration;

pub struct SqliteStore {
    writer: Pool<Sqlite>,
    reader: Pool<Sqlite>,
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
        let readers = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2).clamp(2, 8) as u32;
        let reader = SqlitePoolOptions::new()
            .max_connections(readers)
            .acquire_timeout(Duration::from_secs(30))
            .connect_with(opts.create_if_missing(false))
            .await?;
        Ok(SqliteStore { writer, reader })
    }

    fn writer(&self) -> &Pool<Sqlite> {
        &self.writer
    }

    fn reader(&self) -> &Pool<Sqlite> {
        &self.reader
    }
}

sql_store!(SqliteStore, Sqlite, {
    fn backend(&self) -> &'static str {
        "sqlite"
    }

    async fn claim_deliveries(&self, now: Timestamp, lease_until: Timestamp, limit: i64) -> StoreResult<Vec<Delivery>> {
        let mut tx = self.writer().begin().await?;
        // A lease that ran out without an outcome: its dispatcher died or hung. Status
        // reports settle rows the provider did take; the rest go around again.
        sqlx::query("UPDATE deliveries SET status = 'pending', lease_until = NULL, error_code = 'lease-expired' WHERE status = 'sending' AND lease_until < $1")
            .bind(ms(now))
            .execute(&mut *tx)
            .await?;
        let q = concat!(
            "UPDATE deliveries SET status = 'sending', lease_until = $2, attempts = attempts + 1, updated_at = $1 \
             WHERE id IN (SELECT id FROM deliveries WHERE status = 'pending' AND due_at <= $1 ORDER BY due_at LIMIT $3) \
             RETURNING ",
            delivery_columns!()
        );
        let rows = sqlx::query_as::<_, DeliveryRow>(q)
            .bind(ms(now))
            .bind(ms(lease_until))
            .bind(limit)
            .fetch_all(&mut *tx)
            .await?;
        tx.commit().await?;
        rows.into_iter().map(DeliveryRow::into_delivery).collect()
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
