//! The care team's sign-in (one-time emails, sessions) and the shared inbox: where each
//! patient's conversation stands. A conversation is a thread; its row exists once someone
//! has worked it, and a new message from the patient opens it again (`messages.rs`).

/// This entity's `Store` methods on sqlx, the same on both backends; a link of `sql_store!`'s
/// chain (`$rest` are the links still to come).
macro_rules! staff_methods {
    ($store:ty; $rest:tt; { $($methods:tt)* }) => {
        $crate::store::sql::sql_store!(@next $store; $rest; { $($methods)*

        async fn staff_member(&self, clinic: &ClinicId, id: &StaffId) -> StoreResult<Option<StaffMember>> {
            sqlx::query_as::<_, StaffRow>(
                "SELECT id, clinic_id, name, role, email, language, created_at FROM staff WHERE clinic_id = $1 AND id = $2",
            )
            .bind(clinic.as_str())
            .bind(id.as_str())
            .fetch_optional(self.reader())
            .await?
            .map(StaffRow::into_member)
            .transpose()
        }

        async fn staff_by_email(&self, email: &crate::domain::Email) -> StoreResult<Vec<StaffMember>> {
            sqlx::query_as::<_, StaffRow>(
                "SELECT id, clinic_id, name, role, email, language, created_at FROM staff WHERE email = $1 ORDER BY id LIMIT 20",
            )
            .bind(email.as_str())
            .fetch_all(self.reader())
            .await?
            .into_iter()
            .map(StaffRow::into_member)
            .collect()
        }

        async fn insert_staff_token(&self, t: &StaffToken) -> StoreResult<()> {
            sqlx::query(
                "INSERT INTO staff_tokens (id, token_hash, staff_id, clinic_id, kind, code_hash, created_at, \
                 expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(&t.id)
            .bind(&t.token_hash)
            .bind(t.staff_id.as_str())
            .bind(t.clinic_id.as_str())
            .bind(t.kind.as_str())
            .bind(t.code_hash.as_deref())
            .bind(ms(t.created_at))
            .bind(ms(t.expires_at))
            .execute(self.writer())
            .await
            .map_err(StoreError::classify)?;
            Ok(())
        }

        async fn staff_token(&self, token_hash: &[u8]) -> StoreResult<Option<StaffToken>> {
            sqlx::query_as::<_, StaffTokenRow>(
                "SELECT id, token_hash, staff_id, clinic_id, kind, code_hash, created_at, expires_at, used_at \
                 FROM staff_tokens WHERE token_hash = $1",
            )
            .bind(token_hash)
            .fetch_optional(self.reader())
            .await?
            .map(StaffTokenRow::into_token)
            .transpose()
        }

        async fn live_sign_in_tokens(&self, staff: &StaffId, now: Timestamp) -> StoreResult<Vec<StaffToken>> {
            sqlx::query_as::<_, StaffTokenRow>(
                "SELECT id, token_hash, staff_id, clinic_id, kind, code_hash, created_at, expires_at, used_at \
                 FROM staff_tokens WHERE staff_id = $1 AND kind = 'signin' AND used_at IS NULL AND expires_at > $2 \
                 ORDER BY created_at DESC LIMIT 10",
            )
            .bind(staff.as_str())
            .bind(ms(now))
            .fetch_all(self.reader())
            .await?
            .into_iter()
            .map(StaffTokenRow::into_token)
            .collect()
        }

        async fn use_staff_token(
            &self,
            token_id: &str,
            session: &StaffSession,
            id_hash: &[u8],
            now: Timestamp,
        ) -> StoreResult<bool> {
            let mut tx = self.begin_write().await?;
            let used: Option<(String, String)> = sqlx::query_as(
                "UPDATE staff_tokens SET used_at = $1 WHERE id = $2 AND used_at IS NULL AND expires_at > $1 \
                 RETURNING kind, staff_id",
            )
            .bind(ms(now))
            .bind(token_id)
            .fetch_optional(&mut *tx)
            .await?;
            let Some((kind, staff_id)) = used else { return Ok(false) };
            if staff_id != session.staff_id.as_str() {
                return Ok(false);
            }
            if kind == "invite" {
                sqlx::query("UPDATE staff SET accepted_at = COALESCE(accepted_at, $1) WHERE id = $2")
                    .bind(ms(now))
                    .bind(&staff_id)
                    .execute(&mut *tx)
                    .await?;
            }
            sqlx::query(
                "INSERT INTO staff_sessions (id, id_hash, staff_id, clinic_id, created_at, last_seen_at, \
                 idle_expires_at, expires_at) VALUES ($1, $2, $3, $4, $5, $5, $6, $7)",
            )
            .bind(session.id.as_str())
            .bind(id_hash)
            .bind(session.staff_id.as_str())
            .bind(session.clinic_id.as_str())
            .bind(ms(session.created_at))
            .bind(ms(session.idle_expires_at))
            .bind(ms(session.expires_at))
            .execute(&mut *tx)
            .await
            .map_err(StoreError::classify)?;
            tx.commit().await?;
            Ok(true)
        }

        async fn staff_session(&self, id_hash: &[u8]) -> StoreResult<Option<StaffSession>> {
            type Row = (String, String, String, i64, i64, i64, i64, Option<i64>);
            let row: Option<Row> = sqlx::query_as(
                "SELECT id, staff_id, clinic_id, created_at, last_seen_at, idle_expires_at, expires_at, ended_at \
                 FROM staff_sessions WHERE id_hash = $1",
            )
            .bind(id_hash)
            .fetch_optional(self.reader())
            .await?;
            let Some((id, staff_id, clinic_id, created, seen, idle, expires, ended)) = row else { return Ok(None) };
            Ok(Some(StaffSession {
                id: SessionId::from_trusted(id),
                staff_id: StaffId::from_trusted(staff_id),
                clinic_id: ClinicId::from_trusted(clinic_id),
                created_at: ts(created)?,
                last_seen_at: ts(seen)?,
                idle_expires_at: ts(idle)?,
                expires_at: ts(expires)?,
                ended_at: opt_ts(ended)?,
            }))
        }

        async fn touch_staff_session(&self, id_hash: &[u8], now: Timestamp) -> StoreResult<()> {
            sqlx::query(
                "UPDATE staff_sessions SET idle_expires_at = $1 + (idle_expires_at - last_seen_at), \
                 last_seen_at = $1 WHERE id_hash = $2 AND ended_at IS NULL",
            )
            .bind(ms(now))
            .bind(id_hash)
            .execute(self.writer())
            .await?;
            Ok(())
        }

        async fn end_staff_session(&self, id_hash: &[u8], now: Timestamp) -> StoreResult<()> {
            end_session_live!(self, $store, "staff_sessions", id_hash, now)
        }

        async fn inbox(&self, clinic: &ClinicId, q: &crate::domain::InboxQuery) -> StoreResult<Vec<ConversationSummary>> {
            use crate::domain::InboxView as V;
            let Some(sql) = crate::store::sql::inbox_view_sql(q.view) else { return Ok(vec![]) };
            let (at, thread) = match (&q.after, q.view) {
                (Some(c), _) => (ms(c.at), c.thread_id.as_str()),
                (None, V::Overdue) => (i64::MIN, ""),
                (None, _) => (i64::MAX, ""),
            };
            let query = sqlx::query_as::<_, InboxRow>(sql).bind(clinic.as_str()).bind(at).bind(thread).bind(q.limit);
            let query = match q.view {
                V::Mine | V::MyTeams => query.bind(q.me.as_str()),
                V::Overdue => query.bind(ms(q.now)),
                _ => query,
            };
            query.fetch_all(self.reader()).await?.into_iter().map(|r| r.into_summary(clinic)).collect()
        }

        async fn insert_note(&self, n: &crate::domain::ConversationNote) -> StoreResult<()> {
            let mut tx = self.begin_write().await?;
            sqlx::query(
                "INSERT INTO conversation_notes (id, thread_id, clinic_id, staff_id, body, created_at) \
                 SELECT $1, t.id, t.clinic_id, $4, $5, $6 FROM threads t WHERE t.id = $2 AND t.clinic_id = $3",
            )
            .bind(&n.id)
            .bind(n.thread_id.as_str())
            .bind(n.clinic_id.as_str())
            .bind(n.staff_id.as_str())
            .bind(&n.body)
            .bind(ms(n.created_at))
            .execute(&mut *tx)
            .await
            .map_err(StoreError::classify)?;
            insert_live_event!(
                $store, tx, n.clinic_id.as_str(), Some(n.thread_id.as_str()), crate::domain::LiveKind::Conversation,
                Some("note"), n.created_at
            );
            tx.commit().await?;
            self.live_committed();
            Ok(())
        }

        async fn notes(&self, clinic: &ClinicId, thread: &ThreadId) -> StoreResult<Vec<crate::domain::ConversationNote>> {
            let rows: Vec<(String, String, String, i64)> = sqlx::query_as(
                "SELECT id, staff_id, body, created_at FROM conversation_notes WHERE clinic_id = $1 AND thread_id = $2 \
                 ORDER BY created_at, id",
            )
            .bind(clinic.as_str())
            .bind(thread.as_str())
            .fetch_all(self.reader())
            .await?;
            rows.into_iter()
                .map(|(id, staff, body, at)| {
                    Ok(crate::domain::ConversationNote {
                        id,
                        thread_id: thread.clone(),
                        clinic_id: clinic.clone(),
                        staff_id: StaffId::from_trusted(staff),
                        body,
                        created_at: ts(at)?,
                    })
                })
                .collect()
        }

        async fn saved_replies(&self, clinic: &ClinicId) -> StoreResult<Vec<crate::domain::SavedReply>> {
            let rows: Vec<(String, String, String, i64)> = sqlx::query_as(
                "SELECT id, title, texts, updated_at FROM saved_replies WHERE clinic_id = $1 ORDER BY title, id LIMIT 500",
            )
            .bind(clinic.as_str())
            .fetch_all(self.reader())
            .await?;
            rows.into_iter().map(|row| saved_reply_of(clinic, row)).collect()
        }

        async fn saved_reply(&self, clinic: &ClinicId, id: &str) -> StoreResult<Option<crate::domain::SavedReply>> {
            let row: Option<(String, String, String, i64)> = sqlx::query_as(
                "SELECT id, title, texts, updated_at FROM saved_replies WHERE clinic_id = $1 AND id = $2",
            )
            .bind(clinic.as_str())
            .bind(id)
            .fetch_optional(self.reader())
            .await?;
            row.map(|row| saved_reply_of(clinic, row)).transpose()
        }

        async fn save_saved_reply(&self, r: &crate::domain::SavedReply) -> StoreResult<()> {
            let texts = serde_json::to_string(&r.texts).map_err(|e| corrupt("saved reply", e))?;
            sqlx::query(
                "INSERT INTO saved_replies (id, clinic_id, title, texts, updated_at) VALUES ($1, $2, $3, $4, $5) \
                 ON CONFLICT (id) DO UPDATE SET title = excluded.title, texts = excluded.texts, \
                 updated_at = excluded.updated_at WHERE saved_replies.clinic_id = excluded.clinic_id",
            )
            .bind(&r.id)
            .bind(r.clinic_id.as_str())
            .bind(&r.title)
            .bind(texts)
            .bind(ms(r.updated_at))
            .execute(self.writer())
            .await
            .map_err(StoreError::classify)?;
            Ok(())
        }

        async fn delete_saved_reply(&self, clinic: &ClinicId, id: &str) -> StoreResult<bool> {
            let done = sqlx::query("DELETE FROM saved_replies WHERE clinic_id = $1 AND id = $2")
                .bind(clinic.as_str())
                .bind(id)
                .execute(self.writer())
                .await?;
            Ok(done.rows_affected() == 1)
        }

        async fn conversation(&self, clinic: &ClinicId, thread: &ThreadId) -> StoreResult<Option<Conversation>> {
            type Row = (String, Option<String>, Option<String>, Option<String>, Option<String>, Option<String>, Option<i64>, i64);
            let row: Option<Row> = sqlx::query_as(
                "SELECT t.id, c.status, c.review_on, c.assignee_id, c.team_id, c.covering_for, c.updated_at, t.created_at \
                 FROM threads t LEFT JOIN conversations c ON c.thread_id = t.id WHERE t.clinic_id = $1 AND t.id = $2",
            )
            .bind(clinic.as_str())
            .bind(thread.as_str())
            .fetch_optional(self.reader())
            .await?;
            let Some((thread, status, review, assignee, team, covering, updated, created)) = row else { return Ok(None) };
            let mut c = conversation_of(clinic, thread, status, review, assignee, updated.unwrap_or(created))?;
            c.team_id = team;
            c.covering_for = covering.map(StaffId::from_trusted);
            Ok(Some(c))
        }

        async fn save_conversation(&self, c: &Conversation) -> StoreResult<()> {
            let mut tx = self.begin_write().await?;
            upsert_conversation!($store, tx, c);
            tx.commit().await?;
            self.live_committed();
            Ok(())
        }
        });
    };
}
pub(in crate::store) use staff_methods;

/// Write where a conversation stands (its row is made if the thread has none), with a
/// `conversation` event for open pages, in the transaction `$tx`.
macro_rules! upsert_conversation {
    ($store:ty, $tx:ident, $c:expr) => {{
        let c: &Conversation = $c;
        sqlx::query(
            "INSERT INTO conversations (thread_id, clinic_id, status, review_on, assignee_id, team_id, covering_for, \
             updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (thread_id) DO UPDATE SET \
             status = excluded.status, review_on = excluded.review_on, assignee_id = excluded.assignee_id, \
             team_id = excluded.team_id, covering_for = excluded.covering_for, updated_at = excluded.updated_at",
        )
        .bind(c.thread_id.as_str())
        .bind(c.clinic_id.as_str())
        .bind(c.status.as_str())
        .bind(c.review_on.map(|d| d.to_string()))
        .bind(c.assignee_id.as_ref().map(|s| s.as_str()))
        .bind(c.team_id.as_deref())
        .bind(c.covering_for.as_ref().map(|s| s.as_str()))
        .bind(ms(c.updated_at))
        .execute(&mut *$tx)
        .await
        .map_err(StoreError::classify)?;
        insert_live_event!(
            $store,
            $tx,
            c.clinic_id.as_str(),
            Some(c.thread_id.as_str()),
            crate::domain::LiveKind::Conversation,
            None::<&str>,
            c.updated_at
        );
    }};
}
pub(in crate::store) use upsert_conversation;

/// One view of the inbox as a query: `recent` views newest message first, after the cursor
/// `($2, $3)`; `due` (overdue) the longest overdue first, due by `$5`.
macro_rules! inbox_sql {
    (@select) => {
        "SELECT c.thread_id, p.id AS patient_id, p.name, c.status, c.review_on, c.assignee_id, c.team_id, \
         c.covering_for, c.updated_at, c.last_author, c.last_message_at, c.category, c.priority, \
         c.first_unanswered_at, c.due_at, c.paused_left_ms, c.warn_at \
         FROM conversations c JOIN threads t ON t.id = c.thread_id JOIN patients p ON p.id = t.patient_id WHERE "
    };
    (recent $view:literal) => {
        concat!(
            $crate::store::sql::inbox_sql!(@select),
            $view,
            " AND c.last_message_at <= $2 AND (c.last_message_at < $2 OR c.thread_id < $3) \
             ORDER BY c.last_message_at DESC, c.thread_id DESC LIMIT $4"
        )
    };
    (due) => {
        concat!(
            $crate::store::sql::inbox_sql!(@select),
            "c.clinic_id = $1 AND c.status <> 'closed' AND c.first_unanswered_at IS NOT NULL \
             AND c.paused_left_ms IS NULL AND c.due_at <= $5 AND c.due_at >= $2 AND (c.due_at > $2 OR c.thread_id > $3) \
             ORDER BY c.due_at, c.thread_id LIMIT $4"
        )
    };
}
pub(in crate::store) use inbox_sql;

/// The query a view of the inbox runs (`None` for the unmatched texts, which are not
/// conversations): each is a range of its own index (migration 0017), `$1` the clinic, `$2`
/// and `$3` where the page starts (the cursor's time and thread), `$4` the page's size, and
/// `$5` who "mine" and "my teams" are for (a staff id) or what "overdue" is due by (milliseconds). Public so
/// that the benchmark can show each one's plan.
pub fn inbox_view_sql(view: crate::domain::InboxView) -> Option<&'static str> {
    use crate::domain::InboxView as V;
    Some(match view {
        V::NeedsReply => inbox_sql!(recent "c.clinic_id = $1 AND c.status = 'open' AND c.last_author = 'patient'"),
        V::Mine => inbox_sql!(recent "c.assignee_id = $5 AND c.clinic_id = $1 AND c.status <> 'closed'"),
        V::MyTeams => inbox_sql!(
            recent "c.team_id IN (SELECT team_id FROM team_members WHERE staff_id = $5) AND c.clinic_id = $1 \
             AND c.status <> 'closed'"
        ),
        V::Unassigned => inbox_sql!(recent "c.clinic_id = $1 AND c.status <> 'closed' AND c.assignee_id IS NULL"),
        V::AllOpen => inbox_sql!(recent "c.clinic_id = $1 AND c.status <> 'closed'"),
        V::Closed => inbox_sql!(recent "c.clinic_id = $1 AND c.status = 'closed'"),
        V::Overdue => inbox_sql!(due),
        V::Unmatched => return None,
    })
}

use super::{StoreResult, corrupt, ts};
use crate::domain::{ClinicId, Conversation, ConversationStatus, ConversationSummary, PatientId, StaffId, ThreadId};

/// A line of the inbox as `inbox_sql!` selects it.
#[derive(sqlx::FromRow)]
pub(in crate::store) struct InboxRow {
    thread_id: String,
    patient_id: String,
    name: String,
    status: String,
    review_on: Option<String>,
    assignee_id: Option<String>,
    team_id: Option<String>,
    covering_for: Option<String>,
    updated_at: i64,
    last_author: Option<String>,
    last_message_at: i64,
    category: Option<String>,
    priority: Option<String>,
    first_unanswered_at: Option<i64>,
    due_at: Option<i64>,
    paused_left_ms: Option<i64>,
    warn_at: Option<i64>,
}

impl InboxRow {
    pub(in crate::store) fn into_summary(self, clinic: &ClinicId) -> StoreResult<ConversationSummary> {
        let r = self;
        let mut conversation =
            conversation_of(clinic, r.thread_id, Some(r.status), r.review_on, r.assignee_id, r.updated_at)?;
        conversation.team_id = r.team_id;
        conversation.covering_for = r.covering_for.map(StaffId::from_trusted);
        Ok(ConversationSummary {
            clock: super::clock_of(
                r.category,
                r.priority,
                r.first_unanswered_at,
                r.due_at,
                r.paused_left_ms,
                r.warn_at,
            )?,
            conversation,
            patient_id: PatientId::from_trusted(r.patient_id),
            patient_name: r.name,
            last_author: r.last_author.unwrap_or_default(),
            last_at: ts(r.last_message_at)?,
        })
    }
}

/// A saved reply from its row: id, title, texts (JSON), updated.
pub(in crate::store) fn saved_reply_of(
    clinic: &ClinicId,
    (id, title, texts, updated): (String, String, String, i64),
) -> StoreResult<crate::domain::SavedReply> {
    Ok(crate::domain::SavedReply {
        id,
        clinic_id: clinic.clone(),
        title,
        texts: serde_json::from_str(&texts).map_err(|e| corrupt("saved reply", e))?,
        updated_at: ts(updated)?,
    })
}

/// A conversation from its stored columns (none stored: open and unassigned).
pub(in crate::store) fn conversation_of(
    clinic: &ClinicId,
    thread: String,
    status: Option<String>,
    review_on: Option<String>,
    assignee: Option<String>,
    updated_at: i64,
) -> StoreResult<Conversation> {
    Ok(Conversation {
        thread_id: ThreadId::from_trusted(thread),
        clinic_id: clinic.clone(),
        status: match status {
            Some(s) => ConversationStatus::parse(&s).map_err(|e| corrupt("conversation status", e))?,
            None => ConversationStatus::Open,
        },
        review_on: review_on.map(|d| d.parse().map_err(|e| corrupt("review date", e))).transpose()?,
        assignee_id: assignee.map(StaffId::from_trusted),
        team_id: None,
        covering_for: None,
        updated_at: ts(updated_at)?,
    })
}
