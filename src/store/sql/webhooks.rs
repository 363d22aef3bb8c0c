//! Provider webhooks acted on once: one receipt per key, holding the first answer. Cold: a
//! webhook is one request among the writes it causes.

/// This entity's `Store` methods on sqlx, the same on both backends; a link of `sql_store!`'s
/// chain (`$rest` are the links still to come).
macro_rules! webhook_methods {
    ($store:ty; $rest:tt; { $($methods:tt)* }) => {
        $crate::store::sql::sql_store!(@next $store; $rest; { $($methods)*

        async fn webhook_begin(
            &self,
            key: &str,
            now: Timestamp,
            stale_before: Timestamp,
            forget_before: Timestamp,
        ) -> StoreResult<WebhookBegin> {
            let mut tx = self.begin_write().await?;
            sqlx::query("DELETE FROM webhook_receipts WHERE at < $1")
                .bind(ms(forget_before))
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM webhook_receipts WHERE key = $1 AND answer IS NULL AND at < $2")
                .bind(key)
                .bind(ms(stale_before))
                .execute(&mut *tx)
                .await?;
            // Insert first: the key's uniqueness is the whole race (on PostgreSQL a concurrent
            // insert waits for this one to commit and then inserts nothing).
            let inserted =
                sqlx::query("INSERT INTO webhook_receipts (key, at) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING")
                    .bind(key)
                    .bind(ms(now))
                    .execute(&mut *tx)
                    .await?;
            let outcome = if inserted.rows_affected() == 1 {
                WebhookBegin::Fresh
            } else {
                let (answer,): (Option<String>,) =
                    sqlx::query_as("SELECT answer FROM webhook_receipts WHERE key = $1")
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
