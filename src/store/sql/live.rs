//! Live events: the rows every visible change writes in its own transaction, read back in id
//! order by each process's hub and by a reconnecting stream (`Last-Event-ID`).

/// The next event id. On PostgreSQL the row's lock, held to the commit, makes event-writing
/// transactions commit in id order, so a reader that has seen id N never later finds a
/// smaller one; on SQLite writers take turns anyway. Taken last in a transaction, so the
/// lock is held only for the commit.
pub(in crate::store) const NEXT_LIVE_ID: &str = "UPDATE live_event_ids SET last = last + 1 RETURNING last";

pub(in crate::store) const INSERT_LIVE_EVENT: &str =
    "INSERT INTO live_events (id, clinic_id, thread_id, kind, ref_id, created_at) VALUES ($1, $2, $3, $4, $5, $6)";

/// Writes one live event inside the open transaction `$tx` of store `$store` (a type with
/// `NOTIFY_LIVE`): `$clinic: &str`, `$thread: Option<&str>`, `$kind: LiveKind`,
/// `$ref_id: Option<&str>`, `$at: Timestamp`. The caller commits and then calls
/// `self.live_committed()`.
macro_rules! insert_live_event {
    ($store:ty, $tx:expr, $clinic:expr, $thread:expr, $kind:expr, $ref_id:expr, $at:expr) => {{
        let id: i64 = sqlx::query_scalar($crate::store::sql::NEXT_LIVE_ID).fetch_one(&mut *$tx).await?;
        sqlx::query($crate::store::sql::INSERT_LIVE_EVENT)
            .bind(id)
            .bind($clinic)
            .bind($thread)
            .bind($kind.as_str())
            .bind($ref_id)
            .bind($crate::store::sql::ms($at))
            .execute(&mut *$tx)
            .await?;
        if let Some(notify) = <$store>::NOTIFY_LIVE {
            sqlx::query(notify).execute(&mut *$tx).await?;
        }
    }};
}
pub(in crate::store) use insert_live_event;

/// Ends the session of `$table` (`sessions` or `staff_sessions`) whose cookie hashes to
/// `$id_hash`, with a `session_ended` event naming it, so its open pages' streams close on
/// every process. Evaluates to `StoreResult<()>`.
macro_rules! end_session_live {
    ($self:ident, $store:ty, $table:literal, $id_hash:expr, $now:expr) => {{
        let mut tx = $self.begin_write().await?;
        let ended: Option<(String, String)> = sqlx::query_as(concat!(
            "UPDATE ",
            $table,
            " SET ended_at = $1 WHERE id_hash = $2 AND ended_at IS NULL RETURNING id, clinic_id"
        ))
        .bind($crate::store::sql::ms($now))
        .bind($id_hash)
        .fetch_optional(&mut *tx)
        .await?;
        if let Some((id, clinic)) = &ended {
            $crate::store::sql::insert_live_event!(
                $store,
                tx,
                clinic.as_str(),
                None::<&str>,
                $crate::domain::LiveKind::SessionEnded,
                Some(id.as_str()),
                $now
            );
        }
        tx.commit().await?;
        if ended.is_some() {
            $self.live_committed();
        }
        Ok(())
    }};
}
pub(in crate::store) use end_session_live;

/// An event row: id, clinic, thread, kind, ref, created.
pub(in crate::store) type LiveRow = (i64, String, Option<String>, String, Option<String>, i64);

pub(in crate::store) fn live_event(row: LiveRow) -> super::StoreResult<crate::domain::LiveEvent> {
    let (id, clinic_id, thread_id, kind, ref_id, created_at) = row;
    Ok(crate::domain::LiveEvent {
        id,
        clinic_id: crate::domain::ClinicId::from_trusted(clinic_id),
        thread_id: thread_id.map(crate::domain::ThreadId::from_trusted),
        kind: crate::domain::LiveKind::parse(&kind).ok_or_else(|| super::corrupt("live event kind", &kind))?,
        ref_id,
        created_at: super::ts(created_at)?,
    })
}

/// This entity's `Store` methods on sqlx, the same on both backends; a link of `sql_store!`'s
/// chain (`$rest` are the links still to come).
macro_rules! live_methods {
    ($store:ty; $rest:tt; { $($methods:tt)* }) => {
        $crate::store::sql::sql_store!(@next $store; $rest; { $($methods)*

        async fn live_events_after(&self, after: i64, limit: i64) -> StoreResult<Vec<crate::domain::LiveEvent>> {
            let rows: Vec<LiveRow> = sqlx::query_as(
                "SELECT id, clinic_id, thread_id, kind, ref_id, created_at FROM live_events \
                 WHERE id > $1 ORDER BY id LIMIT $2",
            )
            .bind(after)
            .bind(limit)
            .fetch_all(self.reader())
            .await?;
            rows.into_iter().map(live_event).collect()
        }

        async fn live_events_for(
            &self,
            clinic: &ClinicId,
            thread: Option<&ThreadId>,
            after: i64,
            limit: i64,
        ) -> StoreResult<Vec<crate::domain::LiveEvent>> {
            let rows: Vec<LiveRow> = match thread {
                Some(thread) => sqlx::query_as(
                    "SELECT id, clinic_id, thread_id, kind, ref_id, created_at FROM live_events \
                     WHERE thread_id = $1 AND clinic_id = $2 AND id > $3 ORDER BY id LIMIT $4",
                )
                .bind(thread.as_str())
                .bind(clinic.as_str())
                .bind(after)
                .bind(limit)
                .fetch_all(self.reader())
                .await?,
                None => sqlx::query_as(
                    "SELECT id, clinic_id, thread_id, kind, ref_id, created_at FROM live_events \
                     WHERE clinic_id = $1 AND id > $2 ORDER BY id LIMIT $3",
                )
                .bind(clinic.as_str())
                .bind(after)
                .bind(limit)
                .fetch_all(self.reader())
                .await?,
            };
            rows.into_iter().map(live_event).collect()
        }

        async fn last_live_event(&self) -> StoreResult<i64> {
            let last: i64 = sqlx::query_scalar("SELECT last FROM live_event_ids").fetch_one(self.reader()).await?;
            Ok(last)
        }

        async fn mark_thread_read(&self, clinic: &ClinicId, thread: &ThreadId, at: Timestamp) -> StoreResult<()> {
            let mut tx = self.begin_write().await?;
            let changed = sqlx::query(
                "UPDATE threads SET patient_read_at = $3 WHERE clinic_id = $1 AND id = $2 \
                 AND (patient_read_at IS NULL OR patient_read_at < $3)",
            )
            .bind(clinic.as_str())
            .bind(thread.as_str())
            .bind(ms(at))
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if changed > 0 {
                let when = ms(at).to_string();
                insert_live_event!(
                    $store, tx, clinic.as_str(), Some(thread.as_str()), crate::domain::LiveKind::Read,
                    Some(when.as_str()), at
                );
            }
            tx.commit().await?;
            if changed > 0 {
                self.live_committed();
            }
            Ok(())
        }

        async fn thread_read_at(&self, clinic: &ClinicId, thread: &ThreadId) -> StoreResult<Option<Timestamp>> {
            let at: Option<Option<i64>> =
                sqlx::query_scalar("SELECT patient_read_at FROM threads WHERE clinic_id = $1 AND id = $2")
                    .bind(clinic.as_str())
                    .bind(thread.as_str())
                    .fetch_optional(self.reader())
                    .await?;
            opt_ts(at.flatten())
        }
        });
    };
}
pub(in crate::store) use live_methods;
