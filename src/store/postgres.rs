//! PostgreSQL: for several `portico serve` processes sharing one database. Migrations run
//! under an advisory lock so processes starting together apply each one once.

use super::migrate::{self, Backend};
use super::records::*;
use super::sql::*;
use super::{StoreError, StoreResult};
use crate::domain::{
    AppointmentId, ClinicId, DeliveryId, DeliveryPurpose, DeliveryStatus, LinkId, MessageId, PatientId, SessionId,
    ThreadId,
};
use jiff::Timestamp;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{Pool, Postgres};
use std::str::FromStr;
use std::time::Duration;

/// Arbitrary, fixed: the advisory lock id that serialises migrations.
const MIGRATION_LOCK: i64 = 0x0070_6f72_7469_636f;

pub struct PgStore {
    pool: Pool<Postgres>,
}

impl PgStore {
    pub async fn connect(url: &str) -> StoreResult<Self> {
        let opts = PgConnectOptions::from_str(url)?.application_name("portico");
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(30))
            .connect_with(opts)
            .await?;
        Ok(PgStore { pool })
    }

    fn writer(&self) -> &Pool<Postgres> {
        &self.pool
    }

    fn reader(&self) -> &Pool<Postgres> {
        &self.pool
    }

    async fn begin_write(&self) -> Result<sqlx::Transaction<'static, Postgres>, sqlx::Error> {
        self.pool.begin().await
    }
}

sql_hot_paths!(PgStore);

sql_store!(PgStore, Postgres, {
    fn backend(&self) -> &'static str {
        "postgres"
    }

    async fn link_by_lookup(&self, lookup: &[u8]) -> StoreResult<Option<LinkView>> {
        self.sql_link_by_lookup(lookup).await
    }

    async fn clinic_by_api_key(&self, api_key_hash: &[u8]) -> StoreResult<Option<Clinic>> {
        self.sql_clinic_by_api_key(api_key_hash).await
    }

    async fn clinic(&self, id: &ClinicId) -> StoreResult<Option<Clinic>> {
        self.sql_clinic(id).await
    }

    async fn patient(&self, clinic: &ClinicId, id: &PatientId) -> StoreResult<Option<Patient>> {
        self.sql_patient(clinic, id).await
    }

    async fn appointment(&self, clinic: &ClinicId, id: &AppointmentId) -> StoreResult<Option<Appointment>> {
        self.sql_appointment(clinic, id).await
    }

    async fn count_sent(
        &self,
        patient: &PatientId,
        purpose: DeliveryPurpose,
        since: Timestamp,
        until: Timestamp,
    ) -> StoreResult<i64> {
        self.sql_count_sent(patient, purpose, since, until).await
    }

    async fn session(&self, id_hash: &[u8]) -> StoreResult<Option<Session>> {
        self.sql_session(id_hash).await
    }

    async fn insert_appointment(&self, a: &Appointment, reminders: &[Delivery]) -> StoreResult<()> {
        self.sql_insert_appointment(a, reminders).await
    }

    async fn insert_link(&self, l: &Link) -> StoreResult<()> {
        self.sql_insert_link(l).await
    }

    async fn consume_link(&self, lookup: &[u8], now: Timestamp, s: &NewSession) -> StoreResult<Consume> {
        self.sql_consume_link(lookup, now, s).await
    }

    async fn touch_session(&self, id_hash: &[u8], now: Timestamp) -> StoreResult<()> {
        self.sql_touch_session(id_hash, now).await
    }

    async fn record_audit(&self, e: &AuditEvent) -> StoreResult<()> {
        self.sql_record_audit(e).await
    }

    async fn idempotency_begin(
        &self,
        clinic: &ClinicId,
        key: &str,
        request_hash: &[u8],
        now: Timestamp,
    ) -> StoreResult<IdempotencyBegin> {
        self.sql_idempotency_begin(clinic, key, request_hash, now).await
    }

    async fn idempotency_finish(&self, clinic: &ClinicId, key: &str, status: u16, body: &[u8]) -> StoreResult<()> {
        self.sql_idempotency_finish(clinic, key, status, body).await
    }

    async fn idempotency_abandon(&self, clinic: &ClinicId, key: &str) -> StoreResult<()> {
        self.sql_idempotency_abandon(clinic, key).await
    }

    async fn rate_hit(&self, bucket: &str, now: Timestamp, since: Timestamp) -> StoreResult<i64> {
        self.sql_rate_hit(bucket, now, since).await
    }

    async fn insert_deliveries(&self, deliveries: &[Delivery]) -> StoreResult<()> {
        self.sql_insert_deliveries(deliveries).await
    }

    async fn finish_delivery(&self, id: &DeliveryId, o: &DeliveryOutcome) -> StoreResult<()> {
        self.sql_finish_delivery(id, o).await
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
             WHERE id IN (SELECT id FROM deliveries WHERE status = 'pending' AND due_at <= $1 ORDER BY due_at LIMIT $3 FOR UPDATE SKIP LOCKED) \
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
        let mut conn = self.pool.acquire().await?;
        sqlx::query("SELECT pg_advisory_lock($1)").bind(MIGRATION_LOCK).execute(&mut *conn).await?;
        let res = async {
            sqlx::raw_sql("BEGIN").execute(&mut *conn).await?;
            let res = migrate::apply(&mut *conn, Backend::Postgres).await;
            let end = if res.is_ok() { "COMMIT" } else { "ROLLBACK" };
            sqlx::raw_sql(end).execute(&mut *conn).await?;
            res
        }
        .await;
        sqlx::query("SELECT pg_advisory_unlock($1)").bind(MIGRATION_LOCK).execute(&mut *conn).await?;
        res
    }
});
