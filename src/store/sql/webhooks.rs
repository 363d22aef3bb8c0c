//! Provider webhooks acted on once: one receipt per key, holding the first answer. The claim
//! of a receipt is each backend's own (`webhook_begin`: PostgreSQL's is `WEBHOOK_BEGIN_ONE_TRIP`,
//! SQLite's a transaction); finishing and abandoning it are the same on both.

/// PostgreSQL's claim of a webhook's receipt in one statement (`$1` key, `$2` now, `$3` before
/// which an unanswered claim is stale, `$4` before which receipts are forgotten): forget old
/// receipts, take the key, or take over one a crashed request left or one old enough to be
/// forgotten; `fresh` says this request has it, `answer` what the key held before. A claim
/// committed by a concurrent request after this statement's snapshot shows as taken with no
/// answer: still in progress.
pub(in crate::store) const WEBHOOK_BEGIN_ONE_TRIP: &str = "WITH forgotten AS (\
     DELETE FROM webhook_receipts WHERE at < $4 AND key <> $1), \
     held AS (SELECT answer FROM webhook_receipts WHERE key = $1), \
     claimed AS (INSERT INTO webhook_receipts (key, at) VALUES ($1, $2) \
     ON CONFLICT (key) DO UPDATE SET at = excluded.at, answer = NULL \
     WHERE (webhook_receipts.answer IS NULL AND webhook_receipts.at < $3) OR webhook_receipts.at < $4 RETURNING 1) \
     SELECT EXISTS (SELECT 1 FROM claimed) AS fresh, (SELECT answer FROM held) AS answer";

/// This entity's `Store` methods on sqlx, the same on both backends; a link of `sql_store!`'s
/// chain (`$rest` are the links still to come).
macro_rules! webhook_methods {
    ($store:ty; $rest:tt; { $($methods:tt)* }) => {
        $crate::store::sql::sql_store!(@next $store; $rest; { $($methods)*

        async fn webhook_finish(&self, key: &str, answer: &str) -> StoreResult<()> {
            sqlx::query("UPDATE webhook_receipts SET answer = $1 WHERE key = $2")
                .bind(answer)
                .bind(key)
                .execute(self.writer())
                .await?;
            Ok(())
        }

        async fn webhook_abandon(&self, key: &str) -> StoreResult<()> {
            sqlx::query("DELETE FROM webhook_receipts WHERE key = $1 AND answer IS NULL")
                .bind(key)
                .execute(self.writer())
                .await?;
            Ok(())
        }
        });
    };
}
pub(in crate::store) use webhook_methods;
