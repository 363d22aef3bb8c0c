//! Outbound events (`WebhookStore`), on sqlx, the same on both backends. The events themselves
//! are written by triggers (migration 0027); here endpoints are kept, due events claimed by an
//! `UPDATE … RETURNING` whose lease condition is checked again on a row another process
//! claimed meanwhile (so of several processes one sends each), and tries recorded.

/// Expands into `impl WebhookStore for $store`; the caller imports what `sql_store!`'s caller does.
macro_rules! webhook_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::store::WebhookStore for $store {
            async fn insert_webhook_endpoint(&self, e: &$crate::store::WebhookEndpoint) -> StoreResult<()> {
                let mut tx = self.begin_write().await?;
                sqlx::query(
                    "INSERT INTO webhook_endpoints (id, clinic_id, url, events, include_text, secret, old_secret, \
                     old_secret_until, status, disabled_reason, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
                )
                .bind(&e.id)
                .bind(e.clinic_id.as_str())
                .bind(&e.url)
                .bind(&e.events)
                .bind(i64::from(e.include_text))
                .bind(&e.secret)
                .bind(e.old_secret.as_ref().map(|(s, _)| s.clone()))
                .bind(e.old_secret.as_ref().map(|(_, t)| ms(*t)))
                .bind(if e.active { "active" } else { "disabled" })
                .bind(&e.disabled_reason)
                .bind(ms(e.created_at))
                .bind(ms(e.updated_at))
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn webhook_endpoints(&self, clinic: &ClinicId) -> StoreResult<Vec<$crate::store::WebhookEndpoint>> {
                let rows: Vec<WebhookEndpointRow> = sqlx::query_as(concat!(
                    "SELECT ",
                    webhook_endpoint_columns!(),
                    " FROM webhook_endpoints WHERE clinic_id = $1 ORDER BY created_at, id"
                ))
                .bind(clinic.as_str())
                .fetch_all(self.reader())
                .await?;
                rows.into_iter().map(webhook_endpoint).collect()
            }

            async fn webhook_endpoint(
                &self,
                clinic: &ClinicId,
                id: &str,
            ) -> StoreResult<Option<$crate::store::WebhookEndpoint>> {
                let row: Option<WebhookEndpointRow> = sqlx::query_as(concat!(
                    "SELECT ",
                    webhook_endpoint_columns!(),
                    " FROM webhook_endpoints WHERE clinic_id = $1 AND id = $2"
                ))
                .bind(clinic.as_str())
                .bind(id)
                .fetch_optional(self.reader())
                .await?;
                row.map(webhook_endpoint).transpose()
            }

            async fn update_webhook_endpoint(&self, e: &$crate::store::WebhookEndpoint) -> StoreResult<bool> {
                let mut tx = self.begin_write().await?;
                let done = sqlx::query(
                    "UPDATE webhook_endpoints SET url = $1, events = $2, include_text = $3, secret = $4, old_secret = $5, \
                     old_secret_until = $6, status = $7, disabled_reason = $8, updated_at = $9 \
                     WHERE clinic_id = $10 AND id = $11",
                )
                .bind(&e.url)
                .bind(&e.events)
                .bind(i64::from(e.include_text))
                .bind(&e.secret)
                .bind(e.old_secret.as_ref().map(|(s, _)| s.clone()))
                .bind(e.old_secret.as_ref().map(|(_, t)| ms(*t)))
                .bind(if e.active { "active" } else { "disabled" })
                .bind(&e.disabled_reason)
                .bind(ms(e.updated_at))
                .bind(e.clinic_id.as_str())
                .bind(&e.id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                tx.commit().await?;
                Ok(done == 1)
            }

            async fn delete_webhook_endpoint(&self, clinic: &ClinicId, id: &str) -> StoreResult<bool> {
                let mut tx = self.begin_write().await?;
                sqlx::query(
                    "DELETE FROM webhook_attempts WHERE endpoint_id IN \
                     (SELECT id FROM webhook_endpoints WHERE clinic_id = $1 AND id = $2)",
                )
                .bind(clinic.as_str())
                .bind(id)
                .execute(&mut *tx)
                .await?;
                sqlx::query(
                    "DELETE FROM webhook_messages WHERE endpoint_id IN \
                     (SELECT id FROM webhook_endpoints WHERE clinic_id = $1 AND id = $2)",
                )
                .bind(clinic.as_str())
                .bind(id)
                .execute(&mut *tx)
                .await?;
                let done = sqlx::query("DELETE FROM webhook_endpoints WHERE clinic_id = $1 AND id = $2")
                    .bind(clinic.as_str())
                    .bind(id)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                tx.commit().await?;
                Ok(done == 1)
            }

            async fn queue_webhook_test(
                &self,
                e: &$crate::store::WebhookEndpoint,
                id: &str,
                now: Timestamp,
            ) -> StoreResult<()> {
                let mut tx = self.begin_write().await?;
                sqlx::query(
                    "INSERT INTO webhook_messages (id, endpoint_id, clinic_id, event_type, occurred_at) \
                     VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(id)
                .bind(&e.id)
                .bind(e.clinic_id.as_str())
                .bind($crate::domain::webhooks::TEST_EVENT)
                .bind(ms(now))
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn claim_webhook_messages(
                &self,
                now: Timestamp,
                lease_until: Timestamp,
                limit: i64,
            ) -> StoreResult<Vec<$crate::store::WebhookMessage>> {
                let mut tx = self.begin_write().await?;
                let seqs: Vec<(i64,)> = sqlx::query_as(
                    "UPDATE webhook_messages SET lease_until = $2, attempts = attempts + 1 WHERE seq IN ( \
                       SELECT m.seq FROM webhook_messages m JOIN webhook_endpoints e ON e.id = m.endpoint_id \
                       WHERE m.status = 'pending' AND m.next_attempt_at <= $1 AND m.lease_until <= $1 \
                         AND e.status = 'active' \
                         AND NOT EXISTS (SELECT 1 FROM webhook_messages p WHERE p.status = 'pending' \
                           AND p.endpoint_id = m.endpoint_id AND p.patient_id = m.patient_id AND p.seq < m.seq) \
                       ORDER BY m.seq LIMIT $3) \
                     AND status = 'pending' AND lease_until <= $1 RETURNING seq",
                )
                .bind(ms(now))
                .bind(ms(lease_until))
                .bind(limit)
                .fetch_all(&mut *tx)
                .await?;
                let mut out = Vec::with_capacity(seqs.len());
                for (seq,) in seqs {
                    let row: WebhookMessageRow = sqlx::query_as(
                        "SELECT m.seq, m.id, m.endpoint_id, m.clinic_id, m.event_type, m.patient_id, m.subject_id, \
                         m.detail, m.occurred_at, m.attempts, \
                         CASE WHEN e.include_text = 1 AND m.event_type = 'message.received' THEN \
                           (SELECT body FROM messages WHERE id = m.subject_id) END \
                         FROM webhook_messages m JOIN webhook_endpoints e ON e.id = m.endpoint_id WHERE m.seq = $1",
                    )
                    .bind(seq)
                    .fetch_one(&mut *tx)
                    .await?;
                    out.push(webhook_message(row)?);
                }
                tx.commit().await?;
                out.sort_by_key(|m| m.seq);
                Ok(out)
            }

            async fn finish_webhook_message(
                &self,
                m: &$crate::store::WebhookMessage,
                attempt: &$crate::store::WebhookAttempt,
                outcome: $crate::store::WebhookOutcome,
                reason: &str,
            ) -> StoreResult<()> {
                use $crate::store::WebhookOutcome as O;
                let mut tx = self.begin_write().await?;
                sqlx::query(
                    "INSERT INTO webhook_attempts (message_seq, endpoint_id, at, status_code, error, duration_ms) \
                     VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(m.seq)
                .bind(&m.endpoint_id)
                .bind(ms(attempt.at))
                .bind(attempt.status_code)
                .bind(&attempt.error)
                .bind(attempt.duration_ms)
                .execute(&mut *tx)
                .await?;
                let (status, next, delivered) = match outcome {
                    O::Delivered => ("delivered", 0, Some(ms(attempt.at))),
                    O::RetryAt(t) => ("pending", ms(t), None),
                    O::GaveUp => ("failed", 0, None),
                };
                sqlx::query(
                    "UPDATE webhook_messages SET status = $1, next_attempt_at = $2, delivered_at = $3, lease_until = 0 \
                     WHERE seq = $4",
                )
                .bind(status)
                .bind(next)
                .bind(delivered)
                .bind(m.seq)
                .execute(&mut *tx)
                .await?;
                if outcome == O::GaveUp {
                    sqlx::query(
                        "UPDATE webhook_endpoints SET status = 'disabled', disabled_reason = $1, updated_at = $2 \
                         WHERE id = $3",
                    )
                    .bind(reason)
                    .bind(ms(attempt.at))
                    .bind(&m.endpoint_id)
                    .execute(&mut *tx)
                    .await?;
                }
                tx.commit().await?;
                Ok(())
            }

            async fn webhook_attempts(
                &self,
                clinic: &ClinicId,
                endpoint: &str,
                limit: i64,
            ) -> StoreResult<Vec<$crate::store::WebhookAttempt>> {
                let rows: Vec<(String, String, i64, Option<i64>, Option<String>, i64)> = sqlx::query_as(
                    "SELECT m.id, m.event_type, a.at, a.status_code, a.error, a.duration_ms \
                     FROM webhook_attempts a JOIN webhook_messages m ON m.seq = a.message_seq \
                     WHERE m.clinic_id = $1 AND a.endpoint_id = $2 ORDER BY a.at DESC, a.message_seq DESC LIMIT $3",
                )
                .bind(clinic.as_str())
                .bind(endpoint)
                .bind(limit)
                .fetch_all(self.reader())
                .await?;
                rows.into_iter()
                    .map(|(message_id, event_type, at, status_code, error, duration_ms)| {
                        Ok($crate::store::WebhookAttempt {
                            message_id,
                            event_type,
                            at: ts(at)?,
                            status_code,
                            error,
                            duration_ms,
                        })
                    })
                    .collect()
            }
        }
    };
}
pub(in crate::store) use webhook_store;

use crate::store::StoreResult;

macro_rules! webhook_endpoint_columns {
    () => {
        "id, clinic_id, url, events, include_text, secret, old_secret, old_secret_until, status, disabled_reason, \
         created_at, updated_at"
    };
}
pub(in crate::store) use webhook_endpoint_columns;

pub(in crate::store) type WebhookEndpointRow =
    (String, String, String, String, i64, Vec<u8>, Option<Vec<u8>>, Option<i64>, String, Option<String>, i64, i64);

pub(in crate::store) fn webhook_endpoint(r: WebhookEndpointRow) -> StoreResult<crate::store::WebhookEndpoint> {
    let (id, clinic, url, events, include_text, secret, old, old_until, status, disabled_reason, created, updated) = r;
    let old_secret = match (old, old_until) {
        (Some(s), Some(t)) => Some((s, super::ts(t)?)),
        _ => None,
    };
    Ok(crate::store::WebhookEndpoint {
        id,
        clinic_id: crate::domain::ClinicId::from_trusted(clinic),
        url,
        events,
        include_text: include_text != 0,
        secret,
        old_secret,
        disabled_reason,
        active: status == "active",
        created_at: super::ts(created)?,
        updated_at: super::ts(updated)?,
    })
}

pub(in crate::store) type WebhookMessageRow =
    (i64, String, String, String, String, Option<String>, Option<String>, Option<String>, i64, i64, Option<String>);

pub(in crate::store) fn webhook_message(r: WebhookMessageRow) -> StoreResult<crate::store::WebhookMessage> {
    let (seq, id, endpoint_id, clinic, event_type, patient_id, subject_id, detail, occurred, attempts, text) = r;
    Ok(crate::store::WebhookMessage {
        seq,
        id,
        endpoint_id,
        clinic_id: crate::domain::ClinicId::from_trusted(clinic),
        event_type,
        patient_id,
        subject_id,
        detail,
        occurred_at: super::ts(occurred)?,
        attempts,
        text,
    })
}
