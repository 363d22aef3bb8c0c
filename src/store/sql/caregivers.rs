//! A caregiver signing in again with a code (`CaregiverStore`), on sqlx, the same on both
//! backends.

/// Expands into `impl CaregiverStore for $store`; the caller imports what `sql_store!`'s
/// caller does.
macro_rules! caregiver_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::store::CaregiverStore for $store {
            async fn person_by_contact(
                &self,
                channel: &str,
                address: &str,
            ) -> StoreResult<Option<crate::domain::PersonId>> {
                let row: Option<(String,)> =
                    sqlx::query_as("SELECT person_id FROM person_contacts WHERE channel = $1 AND address = $2")
                        .bind(channel)
                        .bind(address)
                        .fetch_optional(self.reader())
                        .await?;
                Ok(row.map(|(id,)| crate::domain::PersonId::from_trusted(id)))
            }

            async fn set_caregiver_code(
                &self,
                (channel, address): (&str, &str),
                code_hash: &[u8],
                expires_at: Timestamp,
                now: Timestamp,
            ) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO caregiver_sign_in_codes (channel, address, code_hash, expires_at, tries, created_at) \
                     VALUES ($1, $2, $3, $4, 0, $5) ON CONFLICT (channel, address) DO UPDATE SET \
                     code_hash = excluded.code_hash, expires_at = excluded.expires_at, tries = 0, \
                     created_at = excluded.created_at",
                )
                .bind(channel)
                .bind(address)
                .bind(code_hash)
                .bind(ms(expires_at))
                .bind(ms(now))
                .execute(self.writer())
                .await?;
                Ok(())
            }

            async fn try_caregiver_code(
                &self,
                channel: &str,
                address: &str,
            ) -> StoreResult<Option<$crate::store::caregivers::CaregiverCode>> {
                let row: Option<(Vec<u8>, i64, i64)> = sqlx::query_as(
                    "UPDATE caregiver_sign_in_codes SET tries = tries + 1 WHERE channel = $1 AND address = $2 \
                     RETURNING code_hash, expires_at, tries",
                )
                .bind(channel)
                .bind(address)
                .fetch_optional(self.writer())
                .await?;
                row.map(|(code_hash, expires_at, tries)| {
                    Ok($crate::store::caregivers::CaregiverCode {
                        code_hash,
                        expires_at: ts(expires_at)?,
                        tries,
                    })
                })
                .transpose()
            }

            async fn sign_in_caregiver(
                &self,
                (channel, address): (&str, &str),
                person: &crate::domain::PersonId,
                session: &NewSession,
            ) -> StoreResult<bool> {
                let mut tx = self.begin_write().await?;
                let used = sqlx::query("DELETE FROM caregiver_sign_in_codes WHERE channel = $1 AND address = $2")
                    .bind(channel)
                    .bind(address)
                    .execute(&mut *tx)
                    .await?;
                if used.rows_affected() != 1 {
                    return Ok(false);
                }
                insert_caregiver_session!(&mut *tx, person, session);
                tx.commit().await?;
                Ok(true)
            }

            async fn start_caregiver_session(
                &self,
                person: &crate::domain::PersonId,
                session: &NewSession,
            ) -> StoreResult<()> {
                insert_caregiver_session!(self.writer(), person, session);
                Ok(())
            }

            async fn live_parent_grants(&self, now: Timestamp) -> StoreResult<Vec<crate::domain::CareGrant>> {
                let rows: Vec<GrantRow> = sqlx::query_as(concat!(
                    grant_select!(),
                    " WHERE basis = 'parent_of_minor' AND status = 'active' AND expires_at > $1 ORDER BY id"
                ))
                .bind(ms(now))
                .fetch_all(self.reader())
                .await?;
                rows.into_iter().map(GrantRow::into_grant).collect()
            }

            async fn claim_grant_notice(&self, grant: &crate::domain::GrantId, kind: &str, now: Timestamp) -> StoreResult<bool> {
                let done = sqlx::query(
                    "INSERT INTO grant_notices (grant_id, kind, sent_at) VALUES ($1, $2, $3)                      ON CONFLICT (grant_id, kind) DO NOTHING",
                )
                .bind(grant.as_str())
                .bind(kind)
                .bind(ms(now))
                .execute(self.writer())
                .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn insert_grant_link(&self, link: &$crate::store::caregivers::GrantLink) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO grant_links (lookup, grant_id, delivery_id, appointment_id, key_id, created_at, \
                     expires_at, consumed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, NULL) ON CONFLICT (lookup) DO NOTHING",
                )
                .bind(&link.lookup[..])
                .bind(link.grant_id.as_str())
                .bind(link.delivery_id.as_str())
                .bind(link.appointment_id.as_deref())
                .bind(i64::from(link.key_id))
                .bind(ms(link.created_at))
                .bind(ms(link.expires_at))
                .execute(self.writer())
                .await
                .map_err(StoreError::classify)?;
                Ok(())
            }

            async fn grant_link(&self, lookup: &[u8]) -> StoreResult<Option<$crate::store::caregivers::GrantLink>> {
                type Row = (Vec<u8>, String, String, Option<String>, i64, i64, i64, Option<i64>);
                let row: Option<Row> = sqlx::query_as(
                    "SELECT lookup, grant_id, delivery_id, appointment_id, key_id, created_at, expires_at, consumed_at \
                     FROM grant_links WHERE lookup = $1",
                )
                .bind(lookup)
                .fetch_optional(self.writer())
                .await?;
                let Some((lookup, grant, delivery_id, appointment_id, key_id, created, expires, consumed)) = row else {
                    return Ok(None);
                };
                Ok(Some($crate::store::caregivers::GrantLink {
                    lookup,
                    grant_id: crate::domain::GrantId::from_trusted(grant),
                    delivery_id,
                    appointment_id,
                    key_id: u8::try_from(key_id).map_err(|e| corrupt("grant link key", e))?,
                    created_at: ts(created)?,
                    expires_at: ts(expires)?,
                    consumed_at: opt_ts(consumed)?,
                }))
            }

            async fn consume_grant_link(
                &self,
                lookup: &[u8],
                now: Timestamp,
                session: Option<(&crate::domain::PersonId, &crate::domain::NewSession)>,
            ) -> StoreResult<bool> {
                let mut tx = self.begin_write().await?;
                let grant: Option<String> = sqlx::query_scalar(
                    "UPDATE grant_links SET consumed_at = $1 WHERE lookup = $2 AND consumed_at IS NULL \
                     AND expires_at > $1 RETURNING grant_id",
                )
                .bind(ms(now))
                .bind(lookup)
                .fetch_optional(&mut *tx)
                .await?;
                let Some(grant) = grant else { return Ok(false) };
                if let Some((person, session)) = session {
                    insert_caregiver_session!(&mut *tx, person, session, Some(grant.as_str()));
                }
                tx.commit().await?;
                Ok(true)
            }

            async fn count_sent_copies(
                &self,
                grant: &crate::domain::GrantId,
                since: Timestamp,
                until: Timestamp,
            ) -> StoreResult<i64> {
                let (n,): (i64,) = sqlx::query_as(
                    "SELECT COUNT(*) FROM deliveries WHERE grant_id = $1 AND purpose = 'reminder' \
                     AND sent_at >= $2 AND sent_at < $3 AND status IN ('queued', 'sent', 'delivered')",
                )
                .bind(grant.as_str())
                .bind(ms(since))
                .bind(ms(until))
                .fetch_one(self.reader())
                .await?;
                Ok(n)
            }

            async fn copy_contact(
                &self,
                channel: &str,
                address: &str,
            ) -> StoreResult<Option<$crate::store::caregivers::CopyContact>> {
                let row: Option<(String, Option<String>, Option<String>, Option<String>)> = sqlx::query_as(
                    "SELECT c.person_id, c.status, p.language, p.time_zone FROM person_contacts c \
                     JOIN people p ON p.id = c.person_id WHERE c.channel = $1 AND c.address = $2",
                )
                .bind(channel)
                .bind(address)
                .fetch_optional(self.reader())
                .await?;
                row.map(|(person, status, language, time_zone)| {
                    Ok($crate::store::caregivers::CopyContact {
                        person: crate::domain::PersonId::from_trusted(person),
                        status: status
                            .map(|s| crate::domain::ContactStatus::parse(&s).map_err(|e| corrupt("contact status", e)))
                            .transpose()?
                            .filter(|s| *s != crate::domain::ContactStatus::Ok),
                        language,
                        time_zone,
                    })
                })
                .transpose()
            }

            async fn set_copy_contact_status(
                &self,
                (channel, address): (&str, &str),
                status: Option<crate::domain::ContactStatus>,
                now: Timestamp,
            ) -> StoreResult<Option<crate::domain::PersonId>> {
                let row: Option<(String,)> = sqlx::query_as(
                    "UPDATE person_contacts SET status = $3, status_at = $4 WHERE channel = $1 AND address = $2 \
                     RETURNING person_id",
                )
                .bind(channel)
                .bind(address)
                .bind(status.map(|s| s.as_str()))
                .bind(ms(now))
                .fetch_optional(self.writer())
                .await?;
                Ok(row.map(|(id,)| crate::domain::PersonId::from_trusted(id)))
            }

            async fn set_person_language(&self, person: &crate::domain::PersonId, language: &str) -> StoreResult<()> {
                sqlx::query("UPDATE people SET language = $2 WHERE id = $1")
                    .bind(person.as_str())
                    .bind(language)
                    .execute(self.writer())
                    .await?;
                Ok(())
            }

            async fn set_person_time_zone(
                &self,
                person: &crate::domain::PersonId,
                time_zone: Option<&str>,
            ) -> StoreResult<()> {
                sqlx::query("UPDATE people SET time_zone = $2 WHERE id = $1")
                    .bind(person.as_str())
                    .bind(time_zone)
                    .execute(self.writer())
                    .await?;
                Ok(())
            }

            async fn person_settings(
                &self,
                person: &crate::domain::PersonId,
            ) -> StoreResult<(Option<String>, Option<String>)> {
                let row: Option<(Option<String>, Option<String>)> =
                    sqlx::query_as("SELECT language, time_zone FROM people WHERE id = $1")
                        .bind(person.as_str())
                        .fetch_optional(self.reader())
                        .await?;
                Ok(row.unwrap_or((None, None)))
            }

            async fn replan_copies(
                &self,
                grant: &crate::domain::GrantId,
                copies: &[Delivery],
                now: Timestamp,
            ) -> StoreResult<()> {
                let mut tx = self.begin_write().await?;
                sqlx::query(
                    "UPDATE deliveries SET status = 'dropped', error_code = 'copies-replanned', updated_at = $2 \
                     WHERE grant_id = $1 AND status = 'pending'",
                )
                .bind(grant.as_str())
                .bind(ms(now))
                .execute(&mut *tx)
                .await?;
                for d in copies {
                    insert_delivery!(&mut *tx, d);
                }
                tx.commit().await?;
                Ok(())
            }
        }
    };
}
pub(in crate::store) use caregiver_store;
