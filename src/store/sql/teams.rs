//! Teams, routing rules, absences and each conversation's steps (`CareTeamStore`), on sqlx, the
//! same on both backends. A warning or escalation step is taken by clearing its time in an
//! `UPDATE … RETURNING` whose condition is checked again on a row another process changed
//! meanwhile, so that of several processes one takes each.

/// Expands into `impl CareTeamStore for $store`; the caller imports what `sql_store!`'s caller does.
macro_rules! team_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::store::CareTeamStore for $store {
            async fn teams(&self, clinic: &ClinicId) -> StoreResult<Vec<crate::domain::Team>> {
                let rows: Vec<(String, String, Option<String>, bool, i64)> = sqlx::query_as(
                    "SELECT id, name, lead_id, is_default, created_at FROM teams WHERE clinic_id = $1 ORDER BY name, id",
                )
                .bind(clinic.as_str())
                .fetch_all(self.reader())
                .await?;
                let members: Vec<(String, String)> = sqlx::query_as(
                    "SELECT m.team_id, m.staff_id FROM team_members m JOIN teams t ON t.id = m.team_id \
                     WHERE t.clinic_id = $1 ORDER BY m.team_id, m.staff_id",
                )
                .bind(clinic.as_str())
                .fetch_all(self.reader())
                .await?;
                rows.into_iter()
                    .map(|(id, name, lead, is_default, created)| {
                        Ok(crate::domain::Team {
                            members: members
                                .iter()
                                .filter(|(t, _)| *t == id)
                                .map(|(_, s)| StaffId::from_trusted(s.clone()))
                                .collect(),
                            clinic_id: clinic.clone(),
                            name: crate::domain::ShortText::parse(&name).map_err(|e| corrupt("team name", e))?,
                            lead_id: lead.map(StaffId::from_trusted),
                            is_default,
                            created_at: ts(created)?,
                            id,
                        })
                    })
                    .collect()
            }

            async fn save_team(&self, team: &crate::domain::Team) -> StoreResult<()> {
                let mut tx = self.begin_write().await?;
                if team.is_default {
                    sqlx::query("UPDATE teams SET is_default = $1 WHERE clinic_id = $2 AND id <> $3 AND is_default")
                        .bind(false)
                        .bind(team.clinic_id.as_str())
                        .bind(&team.id)
                        .execute(&mut *tx)
                        .await?;
                }
                sqlx::query(
                    "INSERT INTO teams (id, clinic_id, name, lead_id, is_default, created_at) VALUES ($1, $2, $3, $4, $5, $6) \
                     ON CONFLICT (id) DO UPDATE SET name = excluded.name, lead_id = excluded.lead_id, \
                     is_default = excluded.is_default WHERE teams.clinic_id = excluded.clinic_id",
                )
                .bind(&team.id)
                .bind(team.clinic_id.as_str())
                .bind(team.name.as_str())
                .bind(team.lead_id.as_ref().map(|s| s.as_str()))
                .bind(team.is_default)
                .bind(ms(team.created_at))
                .execute(&mut *tx)
                .await
                .map_err(StoreError::classify)?;
                sqlx::query("DELETE FROM team_members WHERE team_id = $1").bind(&team.id).execute(&mut *tx).await?;
                for m in &team.members {
                    sqlx::query("INSERT INTO team_members (team_id, staff_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                        .bind(&team.id)
                        .bind(m.as_str())
                        .execute(&mut *tx)
                        .await
                        .map_err(StoreError::classify)?;
                }
                tx.commit().await?;
                Ok(())
            }

            async fn teams_of(&self, staff: &StaffId) -> StoreResult<Vec<String>> {
                Ok(sqlx::query_scalar("SELECT team_id FROM team_members WHERE staff_id = $1 ORDER BY team_id")
                    .bind(staff.as_str())
                    .fetch_all(self.reader())
                    .await?)
            }

            async fn routing_rules(&self, clinic: &ClinicId) -> StoreResult<Vec<crate::domain::RoutingRule>> {
                let rows: Vec<(Option<String>, Option<String>, Option<String>, String)> = sqlx::query_as(
                    "SELECT category, provider, language, team_id FROM routing_rules WHERE clinic_id = $1 ORDER BY position",
                )
                .bind(clinic.as_str())
                .fetch_all(self.reader())
                .await?;
                Ok(rows
                    .into_iter()
                    .map(|(category, provider, language, team_id)| crate::domain::RoutingRule {
                        category,
                        provider,
                        language,
                        team_id,
                    })
                    .collect())
            }

            async fn save_routing_rules(&self, clinic: &ClinicId, rules: &[crate::domain::RoutingRule]) -> StoreResult<()> {
                let mut tx = self.begin_write().await?;
                sqlx::query("DELETE FROM routing_rules WHERE clinic_id = $1").bind(clinic.as_str()).execute(&mut *tx).await?;
                for (i, r) in rules.iter().enumerate() {
                    sqlx::query(
                        "INSERT INTO routing_rules (clinic_id, position, category, provider, language, team_id) \
                         SELECT $1, $2, $3, $4, $5, id FROM teams WHERE id = $6 AND clinic_id = $1",
                    )
                    .bind(clinic.as_str())
                    .bind(i as i64)
                    .bind(r.category.as_deref())
                    .bind(r.provider.as_deref().map(str::trim))
                    .bind(r.language.as_deref())
                    .bind(&r.team_id)
                    .execute(&mut *tx)
                    .await
                    .map_err(StoreError::classify)?;
                }
                tx.commit().await?;
                Ok(())
            }

            async fn absences(&self, clinic: &ClinicId, from: jiff::civil::Date) -> StoreResult<Vec<crate::domain::Absence>> {
                let rows: Vec<(String, String, String, String, Option<String>, i64)> = sqlx::query_as(
                    "SELECT id, staff_id, starts_on, ends_on, cover_id, created_at FROM absences \
                     WHERE clinic_id = $1 AND cancelled_at IS NULL AND ends_on >= $2 ORDER BY starts_on, id LIMIT 1000",
                )
                .bind(clinic.as_str())
                .bind(from.to_string())
                .fetch_all(self.reader())
                .await?;
                let day = |s: &str| s.parse::<jiff::civil::Date>().map_err(|e| corrupt("absence day", e));
                rows.into_iter()
                    .map(|(id, staff, starts, ends, cover, created)| {
                        Ok(crate::domain::Absence {
                            id,
                            clinic_id: clinic.clone(),
                            staff_id: StaffId::from_trusted(staff),
                            starts_on: day(&starts)?,
                            ends_on: day(&ends)?,
                            cover_id: cover.map(StaffId::from_trusted),
                            created_at: ts(created)?,
                        })
                    })
                    .collect()
            }

            async fn insert_absence(&self, a: &crate::domain::Absence) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO absences (id, clinic_id, staff_id, starts_on, ends_on, cover_id, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7)",
                )
                .bind(&a.id)
                .bind(a.clinic_id.as_str())
                .bind(a.staff_id.as_str())
                .bind(a.starts_on.to_string())
                .bind(a.ends_on.to_string())
                .bind(a.cover_id.as_ref().map(|s| s.as_str()))
                .bind(ms(a.created_at))
                .execute(self.writer())
                .await
                .map_err(StoreError::classify)?;
                Ok(())
            }

            async fn cancel_absence(&self, clinic: &ClinicId, staff: &StaffId, id: &str, now: Timestamp) -> StoreResult<bool> {
                let done = sqlx::query(
                    "UPDATE absences SET cancelled_at = $1 WHERE clinic_id = $2 AND staff_id = $3 AND id = $4 \
                     AND cancelled_at IS NULL",
                )
                .bind(ms(now))
                .bind(clinic.as_str())
                .bind(staff.as_str())
                .bind(id)
                .execute(self.writer())
                .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn save_conversation_steps(
                &self,
                c: &Conversation,
                steps: &[crate::domain::ConversationStep],
            ) -> StoreResult<()> {
                let mut tx = self.begin_write().await?;
                upsert_conversation!($store, tx, c);
                for s in steps {
                    insert_step!(tx, s);
                }
                tx.commit().await?;
                self.live_committed();
                Ok(())
            }

            async fn conversation_steps(
                &self,
                clinic: &ClinicId,
                thread: &ThreadId,
            ) -> StoreResult<Vec<crate::domain::ConversationStep>> {
                type Row = (String, Option<String>, Option<String>, Option<String>, Option<String>, i64);
                let rows: Vec<Row> = sqlx::query_as(
                    "SELECT kind, team_id, staff_id, from_staff_id, detail, at FROM conversation_steps \
                     WHERE clinic_id = $1 AND thread_id = $2 ORDER BY at, id LIMIT 200",
                )
                .bind(clinic.as_str())
                .bind(thread.as_str())
                .fetch_all(self.reader())
                .await?;
                rows.into_iter()
                    .map(|(kind, team, staff, from, detail, at)| {
                        Ok(crate::domain::ConversationStep {
                            thread_id: thread.clone(),
                            clinic_id: clinic.clone(),
                            kind: crate::domain::StepKind::parse(&kind).map_err(|e| corrupt("conversation step", e))?,
                            team_id: team,
                            staff_id: staff.map(StaffId::from_trusted),
                            from_staff_id: from.map(StaffId::from_trusted),
                            detail,
                            at: ts(at)?,
                        })
                    })
                    .collect()
            }

            async fn take_due_warnings(&self, now: Timestamp, limit: i64) -> StoreResult<Vec<crate::store::DueReply>> {
                let rows: Vec<DueRow> =
                    sqlx::query_as(take_due!("warn_at")).bind(ms(now)).bind(limit).fetch_all(self.writer()).await?;
                rows.into_iter().map(DueRow::into_due).collect()
            }

            async fn take_due_escalations(&self, now: Timestamp, limit: i64) -> StoreResult<Vec<crate::store::DueReply>> {
                let rows: Vec<DueRow> =
                    sqlx::query_as(take_due!("escalate_at")).bind(ms(now)).bind(limit).fetch_all(self.writer()).await?;
                rows.into_iter().map(DueRow::into_due).collect()
            }

            async fn escalated(&self, e: &crate::store::EscalationChange<'_>, now: Timestamp) -> StoreResult<bool> {
                let mut tx = self.begin_write().await?;
                let done = sqlx::query(
                    "UPDATE conversations SET assignee_id = $1, covering_for = NULL, escalation_level = $2, \
                     escalate_at = $3, updated_at = $4 WHERE thread_id = $5 AND clinic_id = $6 AND due_at = $7 \
                     AND first_unanswered_at IS NOT NULL AND paused_left_ms IS NULL AND status <> 'closed'",
                )
                .bind(e.assignee.map(|s| s.as_str()))
                .bind(e.level as i64)
                .bind(opt_ms(e.next_at))
                .bind(ms(now))
                .bind(e.due.thread_id.as_str())
                .bind(e.due.clinic_id.as_str())
                .bind(ms(e.due.due_at))
                .execute(&mut *tx)
                .await
                .map_err(StoreError::classify)?;
                if done.rows_affected() != 1 {
                    return Ok(false);
                }
                insert_step!(tx, e.step);
                insert_live_event!(
                    $store, tx, e.due.clinic_id.as_str(), Some(e.due.thread_id.as_str()),
                    crate::domain::LiveKind::Conversation, None::<&str>, now
                );
                tx.commit().await?;
                self.live_committed();
                Ok(true)
            }

            async fn insert_steps(&self, steps: &[crate::domain::ConversationStep]) -> StoreResult<()> {
                let mut tx = self.begin_write().await?;
                for s in steps {
                    insert_step!(tx, s);
                }
                tx.commit().await?;
                Ok(())
            }

            async fn person_for_staff(
                &self,
                clinic: &ClinicId,
                staff: &StaffId,
                new: &crate::domain::PersonId,
                now: Timestamp,
            ) -> StoreResult<crate::domain::PersonId> {
                person_for!(self, "staff", clinic.as_str(), staff.as_str(), new, now)
            }

            async fn staff_person(&self, clinic: &ClinicId, staff: &StaffId) -> StoreResult<Option<crate::domain::PersonId>> {
                person_of!(self, "staff", clinic.as_str(), staff.as_str())
            }

            async fn staff_of_person(&self, person: &crate::domain::PersonId) -> StoreResult<Option<(ClinicId, StaffId)>> {
                let row: Option<(String, String)> =
                    sqlx::query_as("SELECT clinic_id, id FROM staff WHERE person_id = $1")
                        .bind(person.as_str())
                        .fetch_optional(self.reader())
                        .await?;
                Ok(row.map(|(c, s)| (ClinicId::from_trusted(c), StaffId::from_trusted(s))))
            }

            async fn viewing(
                &self,
                clinic: &ClinicId,
                thread: &ThreadId,
                staff: &StaffId,
                now: Timestamp,
                since: Timestamp,
            ) -> StoreResult<Vec<(StaffId, Timestamp)>> {
                sqlx::query(
                    "INSERT INTO conversation_views (thread_id, staff_id, clinic_id, at) \
                     SELECT t.id, s.id, t.clinic_id, $4 FROM threads t JOIN staff s ON s.clinic_id = t.clinic_id \
                     WHERE t.id = $1 AND t.clinic_id = $2 AND s.id = $3 \
                     ON CONFLICT (thread_id, staff_id) DO UPDATE SET at = excluded.at",
                )
                .bind(thread.as_str())
                .bind(clinic.as_str())
                .bind(staff.as_str())
                .bind(ms(now))
                .execute(self.writer())
                .await
                .map_err(StoreError::classify)?;
                let rows: Vec<(String, i64)> = sqlx::query_as(
                    "SELECT staff_id, at FROM conversation_views WHERE thread_id = $1 AND clinic_id = $2 \
                     AND staff_id <> $3 AND at >= $4 ORDER BY at DESC LIMIT 20",
                )
                .bind(thread.as_str())
                .bind(clinic.as_str())
                .bind(staff.as_str())
                .bind(ms(since))
                .fetch_all(self.reader())
                .await?;
                rows.into_iter().map(|(s, at)| Ok((StaffId::from_trusted(s), ts(at)?))).collect()
            }

            async fn set_staff_language(
                &self,
                clinic: &ClinicId,
                staff: &StaffId,
                language: &crate::domain::Locale,
            ) -> StoreResult<()> {
                sqlx::query("UPDATE staff SET language = $1 WHERE clinic_id = $2 AND id = $3")
                    .bind(language.as_str())
                    .bind(clinic.as_str())
                    .bind(staff.as_str())
                    .execute(self.writer())
                    .await?;
                Ok(())
            }

            async fn insert_staff_session(&self, s: &crate::domain::StaffSession, id_hash: &[u8]) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO staff_sessions (id, id_hash, staff_id, clinic_id, created_at, last_seen_at, \
                     idle_expires_at, expires_at) VALUES ($1, $2, $3, $4, $5, $5, $6, $7)",
                )
                .bind(s.id.as_str())
                .bind(id_hash)
                .bind(s.staff_id.as_str())
                .bind(s.clinic_id.as_str())
                .bind(ms(s.created_at))
                .bind(ms(s.idle_expires_at))
                .bind(ms(s.expires_at))
                .execute(self.writer())
                .await
                .map_err(StoreError::classify)?;
                Ok(())
            }
        }
    };
}
pub(in crate::store) use team_store;

macro_rules! insert_step {
    ($tx:ident, $s:expr) => {{
        let s: &crate::domain::ConversationStep = $s;
        sqlx::query(
            "INSERT INTO conversation_steps (id, thread_id, clinic_id, kind, team_id, staff_id, from_staff_id, at, \
             detail) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(crate::domain::new_id_string("step"))
        .bind(s.thread_id.as_str())
        .bind(s.clinic_id.as_str())
        .bind(s.kind.as_str())
        .bind(s.team_id.as_deref())
        .bind(s.staff_id.as_ref().map(|x| x.as_str()))
        .bind(s.from_staff_id.as_ref().map(|x| x.as_str()))
        .bind($crate::store::sql::ms(s.at))
        .bind(s.detail.as_deref())
        .execute(&mut *$tx)
        .await
        .map_err(StoreError::classify)?;
    }};
}
pub(in crate::store) use insert_step;

/// Take (clear) up to `$2` due times in column `$column` that have come by `$1`, of replies
/// still owed, returning what `DueRow` reads.
macro_rules! take_due {
    ($column:literal) => {
        concat!(
            "UPDATE conversations SET ",
            $column,
            " = NULL WHERE thread_id IN ( \
               SELECT thread_id FROM conversations WHERE ",
            $column,
            " IS NOT NULL AND ",
            $column,
            " <= $1 \
               ORDER BY ",
            $column,
            " LIMIT $2) AND ",
            $column,
            " IS NOT NULL AND ",
            $column,
            " <= $1 \
               AND status <> 'closed' AND first_unanswered_at IS NOT NULL AND paused_left_ms IS NULL \
               AND due_at IS NOT NULL RETURNING ",
            due_columns!()
        )
    };
}
pub(in crate::store) use take_due;

/// The columns a taken warning or escalation returns, as `DueRow` reads them.
macro_rules! due_columns {
    () => {
        "thread_id, clinic_id, assignee_id, team_id, category, priority, first_unanswered_at, due_at, escalation_level"
    };
}
pub(in crate::store) use due_columns;

use super::{StoreResult, corrupt, ts};

#[derive(sqlx::FromRow)]
pub(in crate::store) struct DueRow {
    thread_id: String,
    clinic_id: String,
    assignee_id: Option<String>,
    team_id: Option<String>,
    category: Option<String>,
    priority: Option<String>,
    first_unanswered_at: Option<i64>,
    due_at: Option<i64>,
    escalation_level: i64,
}

impl DueRow {
    pub(in crate::store) fn into_due(self) -> StoreResult<crate::store::DueReply> {
        use crate::domain::{ReplyCategory, ReplyPriority};
        let missing = || corrupt("due reply", "no due time");
        Ok(crate::store::DueReply {
            thread_id: crate::domain::ThreadId::from_trusted(self.thread_id),
            clinic_id: crate::domain::ClinicId::from_trusted(self.clinic_id),
            assignee_id: self.assignee_id.map(crate::domain::StaffId::from_trusted),
            team_id: self.team_id,
            category: match self.category {
                Some(c) => ReplyCategory::parse(&c).map_err(|e| corrupt("conversation category", e))?,
                None => ReplyCategory::Question,
            },
            priority: match self.priority {
                Some(p) => ReplyPriority::parse(&p).map_err(|e| corrupt("conversation priority", e))?,
                None => ReplyPriority::Normal,
            },
            first_unanswered_at: ts(self.first_unanswered_at.ok_or_else(missing)?)?,
            due_at: ts(self.due_at.ok_or_else(missing)?)?,
            level: crate::domain::EscalationLevel::from_i64(self.escalation_level),
        })
    }
}
