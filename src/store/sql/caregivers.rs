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
        }
    };
}
pub(in crate::store) use caregiver_store;
