//! PostgreSQL: for several `portico serve` processes sharing one database. Migrations run
//! under an advisory lock so processes starting together apply each one once. The hot paths
//! are in `hot.rs`; the rest is the shared `sql_store!`.

mod clinic_cache;
mod dispatch;
mod hot;
mod listen;
mod messages;

use super::migrate::{self, Backend};
use super::records::*;
use super::sql::*;
use super::{StoreError, StoreResult};
use crate::domain::{
    AppointmentId, ClinicId, DeliveryId, DeliveryPurpose, LinkId, MessageId, PatientId, SessionId, StaffId, ThreadId,
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
    live: super::live_bus::LiveBus,
    /// Dropped with the store, which ends the listener (`listen.rs`); `None` until started.
    listening: std::sync::Mutex<Option<tokio::sync::watch::Sender<()>>>,
    /// Clinics by API key and by id, kept while the listener hears changes (`clinic_cache.rs`).
    clinics: std::sync::Arc<clinic_cache::ClinicCache>,
}

impl PgStore {
    pub async fn connect(url: &str) -> StoreResult<Self> {
        let opts = PgConnectOptions::from_str(url)?.application_name("portico");
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(30))
            .connect_with(opts)
            .await?;
        Ok(PgStore {
            pool,
            live: super::live_bus::LiveBus::new(),
            listening: std::sync::Mutex::new(None),
            clinics: Default::default(),
        })
    }

    /// Sent inside each event-writing transaction, so it reaches the other processes'
    /// listeners when the transaction commits (and never if it rolls back).
    const NOTIFY_LIVE: Option<&'static str> = Some("SELECT pg_notify('portico_live', '')");

    /// This process need not wait for its own notification.
    fn live_committed(&self) {
        self.live.send(super::LiveSignal::Events);
    }

    /// This process changed a clinic: what it kept is forgotten now, not when its own
    /// notification comes back.
    fn clinic_changed(&self) {
        self.clinics.clear();
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

team_store!(PgStore);
import_store!(PgStore);
webhook_store!(PgStore);
caregiver_store!(PgStore);

sql_store!(PgStore, {
    fn backend(&self) -> &'static str {
        "postgres"
    }

    async fn insert_message(
        &self,
        m: &Message,
        alert: Option<&Delivery>,
        audit: Option<&AuditEvent>,
    ) -> StoreResult<()> {
        messages::insert_message(&self.pool, m, alert, audit).await?;
        self.live_committed();
        Ok(())
    }

    async fn webhook_begin(
        &self,
        key: &str,
        now: Timestamp,
        stale_before: Timestamp,
        forget_before: Timestamp,
    ) -> StoreResult<WebhookBegin> {
        let (fresh, answer): (bool, Option<String>) = sqlx::query_as(WEBHOOK_BEGIN_ONE_TRIP)
            .bind(key)
            .bind(ms(now))
            .bind(ms(stale_before))
            .bind(ms(forget_before))
            .fetch_one(&self.pool)
            .await?;
        Ok(match (fresh, answer) {
            (true, _) => WebhookBegin::Fresh,
            (false, Some(answer)) => WebhookBegin::Replay(answer),
            (false, None) => WebhookBegin::InProgress,
        })
    }

    async fn live_signals(&self) -> StoreResult<tokio::sync::broadcast::Receiver<super::LiveSignal>> {
        let receiver = self.live.subscribe();
        let mut listening = self.listening.lock().unwrap_or_else(|e| e.into_inner());
        if listening.is_none() {
            let (stop, stopped) = tokio::sync::watch::channel(());
            listen::spawn(self.pool.clone(), self.live.sender(), self.clinics.clone(), stopped);
            *listening = Some(stop);
        }
        Ok(receiver)
    }

    async fn publish_typing(&self, typing: &crate::domain::Typing) -> StoreResult<()> {
        sqlx::query("SELECT pg_notify($1, $2)").bind(listen::TYPING).bind(typing.to_line()).execute(&self.pool).await?;
        Ok(())
    }

    async fn link_by_lookup(&self, lookup: &[u8]) -> StoreResult<Option<LinkView>> {
        hot::link_by_lookup(&self.pool, lookup).await
    }

    async fn clinic_by_api_key(&self, api_key_hash: &[u8]) -> StoreResult<Option<Clinic>> {
        self.clinics.kept_or_read(api_key_hash, hot::clinic_by_api_key(&self.pool, api_key_hash)).await
    }

    async fn clinic(&self, id: &ClinicId) -> StoreResult<Option<Clinic>> {
        self.clinics.kept_or_read(&clinic_cache::by_id(id), hot::clinic(&self.pool, id)).await
    }

    async fn patient(&self, clinic: &ClinicId, id: &PatientId) -> StoreResult<Option<Patient>> {
        hot::patient(&self.pool, clinic, id).await
    }

    async fn patient_with_grants(&self, clinic: &ClinicId, id: &PatientId) -> StoreResult<Option<PatientGrants>> {
        hot::patient_with_grants(&self.pool, clinic, id).await
    }

    async fn appointment(&self, clinic: &ClinicId, id: &AppointmentId) -> StoreResult<Option<Appointment>> {
        hot::appointment(&self.pool, clinic, id).await
    }

    async fn count_sent(
        &self,
        patient: &PatientId,
        purpose: DeliveryPurpose,
        channel: crate::domain::Channel,
        since: Timestamp,
        until: Timestamp,
    ) -> StoreResult<i64> {
        hot::count_sent(&self.pool, patient, purpose, channel, since, until).await
    }

    async fn session(&self, id_hash: &[u8]) -> StoreResult<Option<Session>> {
        hot::session(&self.pool, id_hash).await
    }

    async fn insert_appointment(
        &self,
        a: &Appointment,
        reminders: &[Delivery],
        audit: Option<&AuditEvent>,
        kept: Option<&KeptAnswer>,
    ) -> StoreResult<IdempotencyBegin> {
        hot::insert_appointment(&self.pool, a, reminders, audit, kept).await
    }

    async fn insert_link(&self, l: &Link) -> StoreResult<()> {
        hot::insert_link(&self.pool, l).await
    }

    async fn consume_link(&self, lookup: &[u8], now: Timestamp, s: &NewSession) -> StoreResult<Consume> {
        hot::consume_link(&self.pool, lookup, now, s).await
    }

    async fn touch_session(&self, id_hash: &[u8], now: Timestamp) -> StoreResult<()> {
        hot::touch_session(&self.pool, id_hash, now).await
    }

    async fn record_audit(&self, e: &AuditEvent) -> StoreResult<()> {
        hot::record_audit(&self.pool, e).await
    }

    async fn idempotency_begin(
        &self,
        clinic: &ClinicId,
        key: &str,
        request_hash: &[u8],
        now: Timestamp,
    ) -> StoreResult<IdempotencyBegin> {
        hot::idempotency_begin(&self.pool, clinic, key, request_hash, now).await
    }

    async fn idempotency_finish(&self, clinic: &ClinicId, key: &str, status: u16, body: &[u8]) -> StoreResult<()> {
        hot::idempotency_finish(&self.pool, clinic, key, status, body).await
    }

    async fn idempotency_abandon(&self, clinic: &ClinicId, key: &str) -> StoreResult<()> {
        hot::idempotency_abandon(&self.pool, clinic, key).await
    }

    async fn rate_hit(&self, bucket: &str, now: Timestamp, since: Timestamp) -> StoreResult<i64> {
        hot::rate_hit(&self.pool, bucket, now, since).await
    }

    async fn insert_deliveries(&self, deliveries: &[Delivery]) -> StoreResult<()> {
        hot::insert_deliveries(&self.pool, deliveries).await
    }

    async fn finish_delivery(&self, id: &DeliveryId, claim: i64, o: &DeliveryOutcome) -> StoreResult<bool> {
        hot::finish_delivery(&self.pool, id, claim, o).await
    }

    async fn extend_lease(&self, id: &DeliveryId, claim: i64, lease_until: Timestamp) -> StoreResult<bool> {
        hot::extend_lease(&self.pool, id, claim, lease_until).await
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
