//! What guards API and patient requests: the audit trail, idempotency keys and the shared
//! rate limits.

/// One audit event. Hot: redemption (SQLite; PostgreSQL's is inside `CONSUME_LINK`) and the
/// events the web layer records. A sampled event (`$9` its sample key) whose key already has
/// a row only counts one more there.
pub(in crate::store) const INSERT_AUDIT: &str = "INSERT INTO audit_events (id, at, clinic_id, actor, action, subject, \
     detail, source, sample_key, for_patient, auth) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
     ON CONFLICT (sample_key) DO UPDATE SET count = audit_events.count + 1";

/// An audit event's values in `INSERT_AUDIT`'s order, each given to `$q.$bind(…)`: `bind` on a
/// query, `push_bind` on a `QueryBuilder` (PostgreSQL's one-statement writes).
macro_rules! bind_audit {
    ($q:expr, $bind:ident, $e:expr) => {{
        let e: &AuditEvent = $e;
        $q.$bind(e.id.as_str())
            .$bind(ms(e.at))
            .$bind(e.clinic_id.as_ref().map(|c| c.as_str()))
            .$bind(e.actor.as_str())
            .$bind(e.action.as_str())
            .$bind(e.subject.as_deref())
            .$bind(e.detail.as_deref())
            .$bind(e.source.as_deref())
            .$bind(e.sample_key.as_deref())
            .$bind(e.for_patient.as_deref())
            .$bind(e.auth.as_deref())
    }};
}
pub(in crate::store) use bind_audit;

/// How long an unfinished `Idempotency-Key` reservation blocks (ms): one a crashed request
/// left is taken over after a minute.
pub(in crate::store) const RESERVATION_STALE_MS: i64 = 60_000;

/// Drop a reservation (`$1` clinic, `$2` key) that a crashed request left unfinished before `$3`.
/// Hot, like the other `IDEMPOTENCY_*`: every API POST with an `Idempotency-Key`.
pub(in crate::store) const IDEMPOTENCY_DROP_STALE: &str =
    "DELETE FROM idempotency_keys WHERE clinic_id = $1 AND key = $2 AND status IS NULL AND created_at < $3";

/// Reserve a key; no row changes if it is taken.
pub(in crate::store) const IDEMPOTENCY_RESERVE: &str = "INSERT INTO idempotency_keys (clinic_id, key, request_hash, \
     created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (clinic_id, key) DO NOTHING";

/// PostgreSQL's reservation in one statement (one round trip, no transaction): reserve the key
/// (`$1` clinic, `$2` key, `$3` request hash, `$4` now), taking over a reservation a crashed
/// request left unfinished before `$5`; `fresh` says whether this request has it, and the other
/// columns are what the key held before, if it was taken. A reservation committed by a
/// concurrent request after this statement's snapshot shows as taken with nothing held: still
/// in progress.
pub(in crate::store) const IDEMPOTENCY_BEGIN_ONE_TRIP: &str = "WITH held AS (\
     SELECT request_hash, status, response FROM idempotency_keys WHERE clinic_id = $1 AND key = $2), \
     reserved AS (INSERT INTO idempotency_keys (clinic_id, key, request_hash, created_at) VALUES ($1, $2, $3, $4) \
     ON CONFLICT (clinic_id, key) DO UPDATE SET request_hash = excluded.request_hash, created_at = excluded.created_at \
     WHERE idempotency_keys.status IS NULL AND idempotency_keys.created_at < $5 RETURNING 1) \
     SELECT EXISTS (SELECT 1 FROM reserved) AS fresh, held.request_hash, held.status, held.response \
     FROM (SELECT 1) AS one LEFT JOIN held ON true";

/// What a taken key holds: the request's hash, and the answer's status and body once finished.
pub(in crate::store) const IDEMPOTENCY_STORED: &str =
    "SELECT request_hash, status, response FROM idempotency_keys WHERE clinic_id = $1 AND key = $2";

/// The columns of `IDEMPOTENCY_STORED`, as the tuple that reads them.
#[cfg(test)]
pub(in crate::store) const IDEMPOTENCY_STORED_COLUMNS: &[&str] = &["request_hash", "status", "response"];

/// Keep the answer (`$1` status, `$2` body) for the key (`$3` clinic, `$4` key).
pub(in crate::store) const IDEMPOTENCY_FINISH: &str =
    "UPDATE idempotency_keys SET status = $1, response = $2 WHERE clinic_id = $3 AND key = $4";

/// Give up an unfinished reservation.
pub(in crate::store) const IDEMPOTENCY_ABANDON: &str =
    "DELETE FROM idempotency_keys WHERE clinic_id = $1 AND key = $2 AND status IS NULL";

/// Forget a bucket's hits before `$2`: old hits are pruned per bucket as we go, so the table
/// stays small. Hot, like the other `RATE_*`: every rate-limited request.
pub(in crate::store) const RATE_PRUNE: &str = "DELETE FROM rate_hits WHERE bucket = $1 AND at < $2";

/// One hit.
pub(in crate::store) const RATE_INSERT: &str = "INSERT INTO rate_hits (bucket, at) VALUES ($1, $2)";

/// A bucket's hits (after `RATE_PRUNE`, those since its cut-off).
pub(in crate::store) const RATE_COUNT: &str = "SELECT COUNT(*) FROM rate_hits WHERE bucket = $1";

/// PostgreSQL's hit (`$1` bucket, `$2` now, `$3` the window's start): `RATE_PRUNE`,
/// `RATE_INSERT` and `RATE_COUNT` in one function call, the bucket's hits taking turns
/// (migration 0040). SQLite runs the three on its writer.
pub(in crate::store) const RATE_HIT_ONE_TRIP: &str = "SELECT portico_rate_hit($1, $2, $3) AS count";

/// This entity's `Store` methods on sqlx, the same on both backends; a link of `sql_store!`'s
/// chain (`$rest` are the links still to come).
macro_rules! request_methods {
    ($store:ty; $rest:tt; { $($methods:tt)* }) => {
        $crate::store::sql::sql_store!(@next $store; $rest; { $($methods)*

        async fn audit_events(&self, clinic: Option<&ClinicId>, limit: i64) -> StoreResult<Vec<AuditEvent>> {
            sqlx::query_as::<_, AuditRow>(
                "SELECT id, at, clinic_id, actor, action, subject, detail, source, sample_key, count, for_patient, auth \
                 FROM audit_events \
                 WHERE ($1 IS NULL OR clinic_id = $1) ORDER BY at DESC, id DESC LIMIT $2",
            )
            .bind(clinic.map(|c| c.as_str()))
            .bind(limit)
            .fetch_all(self.reader())
            .await?
            .into_iter()
            .map(AuditRow::into_event)
            .collect()
        }

        async fn audit_page(&self, clinic: &ClinicId, f: &AuditFilter, limit: i64) -> StoreResult<Vec<AuditEvent>> {
            sqlx::query_as::<_, AuditRow>(
                "SELECT id, at, clinic_id, actor, action, subject, detail, source, sample_key, count, for_patient, auth \
                 FROM audit_events \
                 WHERE clinic_id = $1 AND ($2 IS NULL OR actor = $2) AND ($3 IS NULL OR action = $3) \
                 AND ($4 IS NULL OR subject = $4) AND ($5 IS NULL OR at >= $5) AND ($6 IS NULL OR at < $6) \
                 AND ($7 IS NULL OR at < $7 OR (at = $7 AND id < $8)) AND ($10 IS NULL OR for_patient = $10) \
                 AND ($11 = 0 OR actor NOT LIKE 'staff:%') ORDER BY at DESC, id DESC LIMIT $9",
            )
            .bind(clinic.as_str())
            .bind(f.actor.as_deref())
            .bind(f.action.as_deref())
            .bind(f.subject.as_deref())
            .bind(opt_ms(f.since))
            .bind(opt_ms(f.until))
            .bind(opt_ms(f.before.as_ref().map(|(at, _)| *at)))
            .bind(f.before.as_ref().map(|(_, id)| id.as_str()).unwrap_or(""))
            .bind(limit)
            .bind(f.patient.as_deref())
            .bind(i64::from(f.without_staff))
            .fetch_all(self.reader())
            .await?
            .into_iter()
            .map(AuditRow::into_event)
            .collect()
        }

        async fn count_hits(&self, bucket: &str, since: Timestamp) -> StoreResult<i64> {
            let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM rate_hits WHERE bucket = $1 AND at >= $2")
                .bind(bucket)
                .bind(ms(since))
                .fetch_one(self.writer())
                .await?;
            Ok(n)
        }

        async fn rate_reset(&self, bucket: &str) -> StoreResult<()> {
            sqlx::query("DELETE FROM rate_hits WHERE bucket = $1").bind(bucket).execute(self.writer()).await?;
            Ok(())
        }
        });
    };
}
pub(in crate::store) use request_methods;
