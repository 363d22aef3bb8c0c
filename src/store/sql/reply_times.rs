//! Promised reply times: a clinic's business calendar and reply policy (kept in their plain
//! JSON forms), and each conversation's reply clock (columns of `conversations`, written
//! only here, so that saving where a conversation stands never touches its clock).

/// This entity's `Store` methods on sqlx, the same on both backends; a link of `sql_store!`'s
/// chain (`$rest` are the links still to come).
macro_rules! reply_time_methods {
    ($store:ty; $rest:tt; { $($methods:tt)* }) => {
        $crate::store::sql::sql_store!(@next $store; $rest; { $($methods)*

        async fn reply_settings(
            &self,
            clinic: &ClinicId,
        ) -> StoreResult<(Option<crate::domain::CalendarSpec>, Option<crate::domain::ReplyPolicySpec>)> {
            let row: Option<(Option<String>, Option<String>)> =
                sqlx::query_as("SELECT calendar, policy FROM reply_settings WHERE clinic_id = $1")
                    .bind(clinic.as_str())
                    .fetch_optional(self.reader())
                    .await?;
            let Some((calendar, policy)) = row else { return Ok((None, None)) };
            let calendar = calendar.map(|c| serde_json::from_str(&c).map_err(|e| corrupt("business calendar", e))).transpose()?;
            let policy = policy.map(|p| serde_json::from_str(&p).map_err(|e| corrupt("reply policy", e))).transpose()?;
            Ok((calendar, policy))
        }

        async fn save_reply_settings(
            &self,
            clinic: &ClinicId,
            calendar: Option<&crate::domain::CalendarSpec>,
            policy: Option<&crate::domain::ReplyPolicySpec>,
            clocks: &[(ThreadId, crate::domain::ReplyClock)],
            now: Timestamp,
        ) -> StoreResult<()> {
            let calendar = calendar.map(serde_json::to_string).transpose().map_err(|e| corrupt("business calendar", e))?;
            let policy = policy.map(serde_json::to_string).transpose().map_err(|e| corrupt("reply policy", e))?;
            let mut tx = self.begin_write().await?;
            sqlx::query(
                "INSERT INTO reply_settings (clinic_id, calendar, policy, updated_at) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (clinic_id) DO UPDATE SET calendar = COALESCE(excluded.calendar, reply_settings.calendar), \
                 policy = COALESCE(excluded.policy, reply_settings.policy), updated_at = excluded.updated_at",
            )
            .bind(clinic.as_str())
            .bind(calendar)
            .bind(policy)
            .bind(ms(now))
            .execute(&mut *tx)
            .await
            .map_err(StoreError::classify)?;
            // Only a deadline still counting from the same message moves: a clock that a reply
            // stopped or a wait paused since it was read stays as it is now.
            for (thread, clock) in clocks {
                sqlx::query(
                    "UPDATE conversations SET due_at = $1, warn_at = $5, escalate_at = $1, escalation_level = 0 \
                     WHERE thread_id = $2 AND clinic_id = $3 AND first_unanswered_at = $4 AND paused_left_ms IS NULL \
                     AND due_at IS DISTINCT FROM $1",
                )
                .bind(opt_ms(clock.due_at))
                .bind(thread.as_str())
                .bind(clinic.as_str())
                .bind(opt_ms(clock.first_unanswered_at))
                .bind(opt_ms(clock.warn_at))
                .execute(&mut *tx)
                .await?;
            }
            tx.commit().await?;
            Ok(())
        }

        async fn reply_clock(
            &self,
            clinic: &ClinicId,
            thread: &ThreadId,
        ) -> StoreResult<Option<crate::domain::ReplyClock>> {
            type Row = (Option<String>, Option<String>, Option<i64>, Option<i64>, Option<i64>, Option<i64>);
            let row: Option<Row> = sqlx::query_as(
                "SELECT c.category, c.priority, c.first_unanswered_at, c.due_at, c.paused_left_ms, c.warn_at FROM threads t \
                 LEFT JOIN conversations c ON c.thread_id = t.id WHERE t.clinic_id = $1 AND t.id = $2",
            )
            .bind(clinic.as_str())
            .bind(thread.as_str())
            .fetch_optional(self.reader())
            .await?;
            row.map(|(category, priority, first, due, left, warn)| clock_of(category, priority, first, due, left, warn)).transpose()
        }

        async fn save_reply_clock(
            &self,
            clinic: &ClinicId,
            thread: &ThreadId,
            clock: &crate::domain::ReplyClock,
            now: Timestamp,
        ) -> StoreResult<()> {
            let mut tx = self.begin_write().await?;
            save_clock!(&mut *tx, clinic, thread, clock, now);
            tx.commit().await?;
            Ok(())
        }

        async fn announce_overdue(&self, since: Timestamp, now: Timestamp, limit: i64) -> StoreResult<usize> {
            let mut tx = self.begin_write().await?;
            // The outer condition is checked again on a row another process changed meanwhile
            // (PostgreSQL re-reads it after waiting for the lock), so each due time is
            // announced once.
            let due: Vec<(String, String)> = sqlx::query_as(
                "UPDATE conversations SET overdue_announced_for = due_at WHERE thread_id IN ( \
                   SELECT thread_id FROM conversations WHERE status <> 'closed' AND first_unanswered_at IS NOT NULL \
                   AND paused_left_ms IS NULL AND due_at > $1 AND due_at <= $2 \
                   AND (overdue_announced_for IS NULL OR overdue_announced_for <> due_at) ORDER BY due_at LIMIT $3) \
                 AND status <> 'closed' AND due_at <= $2 AND (overdue_announced_for IS NULL OR overdue_announced_for <> due_at) \
                 RETURNING thread_id, clinic_id",
            )
            .bind(ms(since))
            .bind(ms(now))
            .bind(limit)
            .fetch_all(&mut *tx)
            .await?;
            for (thread, clinic) in &due {
                insert_live_event!(
                    $store, tx, clinic.as_str(), Some(thread.as_str()), crate::domain::LiveKind::Conversation,
                    Some(crate::domain::OVERDUE_REF), now
                );
            }
            tx.commit().await?;
            if !due.is_empty() {
                self.live_committed();
            }
            Ok(due.len())
        }

        async fn record_reply(
            &self,
            e: &crate::domain::ReplyEpisode,
            clock: &crate::domain::ReplyClock,
            now: Timestamp,
        ) -> StoreResult<()> {
            let mut tx = self.begin_write().await?;
            sqlx::query(
                "INSERT INTO reply_episodes (thread_id, clinic_id, category, priority, started_at, due_at, answered_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (thread_id, started_at) DO NOTHING",
            )
            .bind(e.thread_id.as_str())
            .bind(e.clinic_id.as_str())
            .bind(e.category.as_str())
            .bind(e.priority.as_str())
            .bind(ms(e.started_at))
            .bind(opt_ms(e.due_at))
            .bind(ms(e.answered_at))
            .execute(&mut *tx)
            .await
            .map_err(StoreError::classify)?;
            save_clock!(&mut *tx, &e.clinic_id, &e.thread_id, clock, now);
            tx.commit().await?;
            Ok(())
        }

        async fn reply_episodes(
            &self,
            clinic: &ClinicId,
            from: Timestamp,
            to: Timestamp,
            team: Option<&str>,
            limit: i64,
        ) -> StoreResult<Vec<crate::domain::ReplyEpisode>> {
            type Row = (String, String, String, i64, Option<i64>, i64);
            let rows: Vec<Row> = sqlx::query_as(
                "SELECT thread_id, category, priority, started_at, due_at, answered_at FROM reply_episodes \
                 WHERE clinic_id = $1 AND started_at >= $2 AND started_at < $3 \
                 AND (CAST($5 AS TEXT) IS NULL OR thread_id IN (SELECT thread_id FROM conversations WHERE team_id = $5)) \
                 ORDER BY started_at, thread_id LIMIT $4",
            )
            .bind(clinic.as_str())
            .bind(ms(from))
            .bind(ms(to))
            .bind(limit)
            .bind(team)
            .fetch_all(self.reader())
            .await?;
            rows.into_iter()
                .map(|(thread, category, priority, started, due, answered)| {
                    Ok(crate::domain::ReplyEpisode {
                        thread_id: ThreadId::from_trusted(thread),
                        clinic_id: clinic.clone(),
                        category: crate::domain::ReplyCategory::parse(&category).map_err(|e| corrupt("episode category", e))?,
                        priority: crate::domain::ReplyPriority::parse(&priority).map_err(|e| corrupt("episode priority", e))?,
                        started_at: ts(started)?,
                        due_at: opt_ts(due)?,
                        answered_at: ts(answered)?,
                    })
                })
                .collect()
        }

        async fn reply_counts(
            &self,
            clinic: &ClinicId,
            team: Option<&str>,
            now: Timestamp,
        ) -> StoreResult<Vec<(crate::domain::ReplyCategory, i64, i64)>> {
            let rows: Vec<(String, i64, i64)> = sqlx::query_as(
                "SELECT category, COUNT(*), SUM(CASE WHEN due_at IS NOT NULL AND due_at <= $2 THEN 1 ELSE 0 END) \
                 FROM conversations WHERE clinic_id = $1 AND status <> 'closed' AND first_unanswered_at IS NOT NULL \
                 AND paused_left_ms IS NULL AND (CAST($3 AS TEXT) IS NULL OR team_id = $3) GROUP BY category ORDER BY category",
            )
            .bind(clinic.as_str())
            .bind(ms(now))
            .bind(team)
            .fetch_all(self.reader())
            .await?;
            rows.into_iter()
                .map(|(category, open, late)| {
                    Ok((crate::domain::ReplyCategory::parse(&category).map_err(|e| corrupt("conversation category", e))?, open, late))
                })
                .collect()
        }

        async fn running_reply_clocks(
            &self,
            clinic: &ClinicId,
        ) -> StoreResult<Vec<(ThreadId, crate::domain::ReplyClock)>> {
            type Row = (String, Option<String>, Option<String>, Option<i64>, Option<i64>, Option<i64>, Option<i64>);
            let rows: Vec<Row> = sqlx::query_as(
                "SELECT thread_id, category, priority, first_unanswered_at, due_at, paused_left_ms, warn_at FROM conversations \
                 WHERE clinic_id = $1 AND first_unanswered_at IS NOT NULL AND paused_left_ms IS NULL \
                 ORDER BY thread_id",
            )
            .bind(clinic.as_str())
            .fetch_all(self.reader())
            .await?;
            rows.into_iter()
                .map(|(thread, category, priority, first, due, left, warn)| {
                    Ok((ThreadId::from_trusted(thread), clock_of(category, priority, first, due, left, warn)?))
                })
                .collect()
        }
        });
    };
}
pub(in crate::store) use reply_time_methods;

/// Write a conversation's clock (a conversation no one has worked yet gets its row, open),
/// within the clinic only.
macro_rules! save_clock {
    ($conn:expr, $clinic:expr, $thread:expr, $clock:expr, $now:expr) => {{
        let c: &crate::domain::ReplyClock = $clock;
        // A clock saved with the due time it had keeps its warning and escalation as they
        // are (one may have been taken already); a new due time starts them afresh.
        sqlx::query(
            "INSERT INTO conversations (thread_id, clinic_id, status, updated_at, category, priority, \
             first_unanswered_at, due_at, paused_left_ms, warn_at, escalate_at) \
             SELECT t.id, t.clinic_id, 'open', $3, $4, $5, $6, $7, $8, $9, $7 FROM threads t \
             WHERE t.id = $1 AND t.clinic_id = $2 \
             ON CONFLICT (thread_id) DO UPDATE SET category = excluded.category, priority = excluded.priority, \
             first_unanswered_at = excluded.first_unanswered_at, due_at = excluded.due_at, \
             paused_left_ms = excluded.paused_left_ms, \
             warn_at = CASE WHEN conversations.due_at IS NOT DISTINCT FROM excluded.due_at \
                 THEN conversations.warn_at ELSE excluded.warn_at END, \
             escalate_at = CASE WHEN conversations.due_at IS NOT DISTINCT FROM excluded.due_at \
                 THEN conversations.escalate_at ELSE excluded.due_at END, \
             escalation_level = CASE WHEN conversations.due_at IS NOT DISTINCT FROM excluded.due_at \
                 THEN conversations.escalation_level ELSE 0 END",
        )
        .bind($thread.as_str())
        .bind($clinic.as_str())
        .bind(ms($now))
        .bind(c.category.as_str())
        .bind(c.priority.as_str())
        .bind(opt_ms(c.first_unanswered_at))
        .bind(opt_ms(c.due_at))
        .bind(c.paused_left.map(|d| d.as_millis() as i64))
        .bind(opt_ms(c.warn_at))
        .execute($conn)
        .await
        .map_err(StoreError::classify)?;
    }};
}
pub(in crate::store) use save_clock;

use super::{StoreResult, corrupt, opt_ts};
use crate::domain::{ReplyCategory, ReplyClock, ReplyPriority};

/// A clock from its stored columns (none stored: nothing owed).
pub(in crate::store) fn clock_of(
    category: Option<String>,
    priority: Option<String>,
    first_unanswered_at: Option<i64>,
    due_at: Option<i64>,
    paused_left_ms: Option<i64>,
    warn_at: Option<i64>,
) -> StoreResult<ReplyClock> {
    let mut clock = ReplyClock::default();
    if let Some(c) = category {
        clock.category = ReplyCategory::parse(&c).map_err(|e| corrupt("conversation category", e))?;
    }
    if let Some(p) = priority {
        clock.priority = ReplyPriority::parse(&p).map_err(|e| corrupt("conversation priority", e))?;
    }
    clock.first_unanswered_at = opt_ts(first_unanswered_at)?;
    clock.due_at = opt_ts(due_at)?;
    clock.paused_left = paused_left_ms.map(jiff::SignedDuration::from_millis);
    clock.warn_at = opt_ts(warn_at)?;
    Ok(clock)
}
