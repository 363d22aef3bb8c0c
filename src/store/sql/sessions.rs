//! Patient sessions (started by redeeming a link) and the step-up codes that raise them.

/// A session by the hash of its id (`SessionRow`). Hot: every request of a signed-in patient.
pub(in crate::store) const SESSION_BY_HASH: &str = "SELECT id, clinic_id, patient_id, link_id, purpose, subject_id, \
     created_at, last_seen_at, idle_expires_at, expires_at, ended_at, stepped_up_at, signed_in_with, stepped_up_with \
     FROM sessions WHERE id_hash = $1";

/// Move a live session's idle expiry on by as much time as passed: `$1` now, `$2` the id hash.
/// Hot: every request of a signed-in patient.
pub(in crate::store) const TOUCH_SESSION: &str = "UPDATE sessions \
     SET idle_expires_at = $1 + (idle_expires_at - last_seen_at), last_seen_at = $1 \
     WHERE id_hash = $2 AND ended_at IS NULL";

/// The session a redemption starts, on SQLite (PostgreSQL inserts it inside `CONSUME_LINK`):
/// `$8` is both when it was created and when it was last seen; `$11` how it began (a link or
/// the code a link sent).
pub(in crate::store) const INSERT_SESSION: &str = "INSERT INTO sessions (id, id_hash, clinic_id, patient_id, link_id, \
     purpose, subject_id, created_at, last_seen_at, idle_expires_at, expires_at, signed_in_with) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9, $10, $11)";

/// This entity's `Store` methods on sqlx, the same on both backends; a link of `sql_store!`'s
/// chain (`$rest` are the links still to come).
macro_rules! session_methods {
    ($store:ty; $rest:tt; { $($methods:tt)* }) => {
        $crate::store::sql::sql_store!(@next $store; $rest; { $($methods)*

        async fn end_session(&self, id_hash: &[u8], now: Timestamp) -> StoreResult<()> {
            end_session_live!(self, $store, "sessions", id_hash, now)
        }

        async fn set_step_up_code(
            &self,
            session: &SessionId,
            code_hash: &[u8],
            channel: &str,
            expires_at: Timestamp,
            now: Timestamp,
        ) -> StoreResult<()> {
            sqlx::query(
                "INSERT INTO step_up_codes (session_id, code_hash, channel, expires_at, created_at) \
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT (session_id) DO UPDATE SET code_hash = excluded.code_hash, \
                 channel = excluded.channel, \
                 expires_at = excluded.expires_at, created_at = excluded.created_at",
            )
            .bind(session.as_str())
            .bind(code_hash)
            .bind(channel)
            .bind(ms(expires_at))
            .bind(ms(now))
            .execute(self.writer())
            .await?;
            Ok(())
        }

        async fn step_up_code(&self, session: &SessionId) -> StoreResult<Option<(Vec<u8>, String, Timestamp)>> {
            let row: Option<(Vec<u8>, String, i64)> =
                sqlx::query_as("SELECT code_hash, channel, expires_at FROM step_up_codes WHERE session_id = $1")
                    .bind(session.as_str())
                    .fetch_optional(self.writer())
                    .await?;
            row.map(|(h, c, e)| Ok((h, c, ts(e)?))).transpose()
        }

        async fn step_up(
            &self,
            old_hash: &[u8],
            new: &NewSession,
            as_patient: Option<&PatientId>,
            now: Timestamp,
        ) -> StoreResult<bool> {
            let mut tx = self.begin_write().await?;
            let old: Option<(String,)> = sqlx::query_as(
                "UPDATE sessions SET ended_at = $1 WHERE id_hash = $2 AND ended_at IS NULL AND idle_expires_at > $1 \
                 AND expires_at > $1 RETURNING id",
            )
            .bind(ms(now))
            .bind(old_hash)
            .fetch_optional(&mut *tx)
            .await?;
            let Some((old_id,)) = old else {
                return Ok(false);
            };
            sqlx::query(
                "INSERT INTO sessions (id, id_hash, clinic_id, patient_id, link_id, purpose, subject_id, created_at, \
                 last_seen_at, idle_expires_at, expires_at, stepped_up_at, signed_in_with, stepped_up_with) \
                 SELECT $1, $2, clinic_id, COALESCE($7, patient_id), link_id, purpose, subject_id, $3, $3, $4, $5, \
                 $3, signed_in_with, $8 FROM sessions WHERE id = $6",
            )
            .bind(new.id.as_str())
            .bind(&new.id_hash[..])
            .bind(ms(now))
            .bind(ms(new.idle_expires_at))
            .bind(ms(new.expires_at))
            .bind(&old_id)
            .bind(as_patient.map(|p| p.as_str()))
            .bind(new.stepped_up_with.map(|m| m.as_str()))
            .execute(&mut *tx)
            .await?;
            sqlx::query("DELETE FROM step_up_codes WHERE session_id = $1").bind(&old_id).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(true)
        }

        async fn live_sessions(&self, patient: &PatientId, now: Timestamp) -> StoreResult<i64> {
            let (n,): (i64,) = sqlx::query_as(
                "SELECT COUNT(*) FROM sessions WHERE patient_id = $1 AND ended_at IS NULL AND idle_expires_at > $2 \
                 AND expires_at > $2",
            )
            .bind(patient.as_str())
            .bind(ms(now))
            .fetch_one(self.reader())
            .await?;
            Ok(n)
        }
        });
    };
}
pub(in crate::store) use session_methods;
