//! Caregiver grants, their invitations, people's proven contact points and caregivers'
//! sessions. All cold: a grant is made, accepted and revoked a few times a year; a caregiver's
//! request reads one grant row.

/// This entity's `Store` methods on sqlx, the same on both backends; a link of `sql_store!`'s
/// chain (`$rest` are the links still to come).
macro_rules! grant_methods {
    ($store:ty; $rest:tt; { $($methods:tt)* }) => {
        $crate::store::sql::sql_store!(@next $store; $rest; { $($methods)*

        async fn insert_grant(
            &self,
            g: &crate::domain::CareGrant,
            invitation: &crate::domain::GrantInvitation,
        ) -> StoreResult<()> {
            let mut tx = self.begin_write().await?;
            insert_grant_rows!(&mut *tx, g, invitation);
            tx.commit().await?;
            Ok(())
        }

        async fn grant(&self, id: &crate::domain::GrantId) -> StoreResult<Option<crate::domain::CareGrant>> {
            let row: Option<GrantRow> = sqlx::query_as(concat!(grant_select!(), " WHERE id = $1"))
                .bind(id.as_str())
                .fetch_optional(self.writer())
                .await?;
            row.map(GrantRow::into_grant).transpose()
        }

        async fn grants_for_patient(
            &self,
            clinic: &ClinicId,
            patient: &PatientId,
        ) -> StoreResult<Vec<crate::domain::CareGrant>> {
            let rows: Vec<GrantRow> =
                sqlx::query_as(concat!(grant_select!(), " WHERE clinic_id = $1 AND patient_id = $2 ORDER BY created_at, id"))
                    .bind(clinic.as_str())
                    .bind(patient.as_str())
                    .fetch_all(self.reader())
                    .await?;
            rows.into_iter().map(GrantRow::into_grant).collect()
        }

        async fn grants_of_person(
            &self,
            person: &crate::domain::PersonId,
        ) -> StoreResult<Vec<crate::domain::CareGrant>> {
            let rows: Vec<GrantRow> =
                sqlx::query_as(concat!(grant_select!(), " WHERE grantee_person_id = $1 ORDER BY created_at, id"))
                    .bind(person.as_str())
                    .fetch_all(self.writer())
                    .await?;
            rows.into_iter().map(GrantRow::into_grant).collect()
        }

        async fn update_grant(&self, g: &crate::domain::CareGrant) -> StoreResult<bool> {
            let mut tx = self.begin_write().await?;
            let done = sqlx::query(
                "UPDATE care_grants SET scopes = $1, expires_at = $2, reminder_copies = $3, evidence_reference = $4, \
                 verified_by = $5, status = $6, revoked_at = $7, teen_restored = $10 WHERE id = $8 AND clinic_id = $9",
            )
            .bind(g.scopes.to_stored())
            .bind(ms(g.expires_at))
            .bind(i64::from(g.reminder_copies))
            .bind(g.evidence_reference.as_ref().map(|e| e.as_str().to_string()))
            .bind(g.verified_by.as_ref().map(|e| e.as_str().to_string()))
            .bind(g.status.as_str())
            .bind(opt_ms(g.revoked_at))
            .bind(g.id.as_str())
            .bind(g.clinic_id.as_str())
            .bind(crate::domain::stored_scopes(&g.teen_restored))
            .execute(&mut *tx)
            .await?;
            if done.rows_affected() != 1 {
                return Ok(false);
            }
            // Streams opened under the grant close, on every process; those it still allows
            // open again at once (the browser reconnects, and is checked anew).
            let thread: Option<String> = sqlx::query_scalar(
                "SELECT id FROM threads WHERE patient_id = $1 ORDER BY created_at, id LIMIT 1",
            )
                .bind(g.patient_id.as_str())
                .fetch_optional(&mut *tx)
                .await?;
            insert_live_event!(
                $store, tx, g.clinic_id.as_str(), thread.as_deref(), crate::domain::LiveKind::SessionEnded,
                Some(g.id.as_str()), g.revoked_at.or(g.last_used_at).unwrap_or(g.created_at)
            );
            tx.commit().await?;
            self.live_committed();
            Ok(true)
        }

        async fn grant_used(&self, id: &crate::domain::GrantId, now: Timestamp) -> StoreResult<()> {
            sqlx::query("UPDATE care_grants SET last_used_at = $1 WHERE id = $2")
                .bind(ms(now))
                .bind(id.as_str())
                .execute(self.writer())
                .await?;
            Ok(())
        }

        async fn grant_invitation(&self, token_hash: &[u8]) -> StoreResult<Option<crate::domain::GrantInvitation>> {
            let row: Option<(String, Vec<u8>, i64, Option<i64>, Option<Vec<u8>>, Option<i64>, i64)> = sqlx::query_as(
                "SELECT grant_id, token_hash, expires_at, used_at, code_hash, code_expires_at, code_tries \
                 FROM grant_invitations WHERE token_hash = $1",
            )
            .bind(token_hash)
            .fetch_optional(self.writer())
            .await?;
            let Some((grant, token_hash, expires, used, code_hash, code_expires, tries)) = row else {
                return Ok(None);
            };
            Ok(Some(crate::domain::GrantInvitation {
                grant_id: crate::domain::GrantId::from_trusted(grant),
                token_hash,
                expires_at: ts(expires)?,
                used_at: opt_ts(used)?,
                code_hash,
                code_expires_at: opt_ts(code_expires)?,
                code_tries: tries,
            }))
        }

        async fn set_invitation_code(
            &self,
            grant: &crate::domain::GrantId,
            code_hash: &[u8],
            expires_at: Timestamp,
        ) -> StoreResult<()> {
            sqlx::query("UPDATE grant_invitations SET code_hash = $1, code_expires_at = $2 WHERE grant_id = $3")
                .bind(code_hash)
                .bind(ms(expires_at))
                .bind(grant.as_str())
                .execute(self.writer())
                .await?;
            Ok(())
        }

        async fn invitation_code_failed(&self, grant: &crate::domain::GrantId) -> StoreResult<i64> {
            let row: Option<(i64,)> = sqlx::query_as(
                "UPDATE grant_invitations SET code_tries = code_tries + 1 WHERE grant_id = $1 RETURNING code_tries",
            )
            .bind(grant.as_str())
            .fetch_optional(self.writer())
            .await?;
            Ok(row.map(|(n,)| n).unwrap_or(i64::MAX))
        }

        async fn accept_grant(
            &self,
            grant: &crate::domain::GrantId,
            new_person: &crate::domain::PersonId,
            session: &NewSession,
            now: Timestamp,
        ) -> StoreResult<Option<crate::domain::PersonId>> {
            let mut tx = self.begin_write().await?;
            // The invitation is used here, once: of concurrent acceptances one wins.
            let used = sqlx::query(
                "UPDATE grant_invitations SET used_at = $1 WHERE grant_id = $2 AND used_at IS NULL AND expires_at > $1",
            )
            .bind(ms(now))
            .bind(grant.as_str())
            .execute(&mut *tx)
            .await?;
            if used.rows_affected() != 1 {
                return Ok(None);
            }
            let found: Option<(String, String)> = sqlx::query_as(
                "SELECT contact_channel, contact_address FROM care_grants \
                 WHERE id = $1 AND status = 'invited' AND expires_at > $2",
            )
            .bind(grant.as_str())
            .bind(ms(now))
            .fetch_optional(&mut *tx)
            .await?;
            let Some((channel, address)) = found else {
                return Ok(None);
            };
            let existing: Option<(String,)> =
                sqlx::query_as("SELECT person_id FROM person_contacts WHERE channel = $1 AND address = $2")
                    .bind(&channel)
                    .bind(&address)
                    .fetch_optional(&mut *tx)
                    .await?;
            let person = match existing {
                Some((id,)) => crate::domain::PersonId::from_trusted(id),
                None => {
                    sqlx::query("INSERT INTO people (id, created_at) VALUES ($1, $2)")
                        .bind(new_person.as_str())
                        .bind(ms(now))
                        .execute(&mut *tx)
                        .await
                        .map_err(StoreError::classify)?;
                    sqlx::query("INSERT INTO person_contacts (channel, address, person_id, created_at) VALUES ($1, $2, $3, $4)")
                        .bind(&channel)
                        .bind(&address)
                        .bind(new_person.as_str())
                        .bind(ms(now))
                        .execute(&mut *tx)
                        .await
                        .map_err(StoreError::classify)?;
                    new_person.clone()
                }
            };
            sqlx::query("UPDATE care_grants SET status = 'active', grantee_person_id = $1 WHERE id = $2")
                .bind(person.as_str())
                .bind(grant.as_str())
                .execute(&mut *tx)
                .await?;
            insert_caregiver_session!(&mut *tx, &person, session);
            tx.commit().await?;
            Ok(Some(person))
        }

        async fn caregiver_session(&self, id_hash: &[u8]) -> StoreResult<Option<crate::domain::CaregiverSession>> {
            type Row = (Vec<u8>, String, i64, i64, i64, Option<i64>, String, Option<String>);
            let row: Option<Row> = sqlx::query_as(
                "SELECT id_hash, person_id, created_at, idle_expires_at, expires_at, ended_at, signed_in_with, \
                 only_grant FROM caregiver_sessions WHERE id_hash = $1",
            )
            .bind(id_hash)
            .fetch_optional(self.writer())
            .await?;
            let Some((id_hash, person, created, idle, expires, ended, with, only)) = row else { return Ok(None) };
            Ok(Some(crate::domain::CaregiverSession {
                only_grant: only.map(crate::domain::GrantId::from_trusted),
                signed_in_with: crate::domain::AuthMethod::parse(&with).map_err(|e| corrupt("session method", e))?,
                id_hash,
                person_id: crate::domain::PersonId::from_trusted(person),
                created_at: ts(created)?,
                idle_expires_at: ts(idle)?,
                expires_at: ts(expires)?,
                ended_at: opt_ts(ended)?,
            }))
        }

        async fn touch_caregiver_session(&self, id_hash: &[u8], now: Timestamp) -> StoreResult<()> {
            sqlx::query(
                "UPDATE caregiver_sessions SET idle_expires_at = idle_expires_at + ($1 - last_seen_at), last_seen_at = $1 \
                 WHERE id_hash = $2 AND ended_at IS NULL AND idle_expires_at > $1 AND last_seen_at < $1",
            )
            .bind(ms(now))
            .bind(id_hash)
            .execute(self.writer())
            .await?;
            Ok(())
        }

        async fn end_caregiver_session(&self, id_hash: &[u8], now: Timestamp) -> StoreResult<()> {
            let mut tx = self.begin_write().await?;
            let person: Option<String> = sqlx::query_scalar(
                "UPDATE caregiver_sessions SET ended_at = $1 WHERE id_hash = $2 AND ended_at IS NULL RETURNING person_id",
            )
            .bind(ms(now))
            .bind(id_hash)
            .fetch_optional(&mut *tx)
            .await?;
            let Some(person) = person else { return Ok(()) };
            // The session's streams are on the threads of the people it helps: one event on
            // each, so that a stream replaying its thread sees the end too.
            let threads: Vec<(String, String)> = sqlx::query_as(
                "SELECT DISTINCT g.clinic_id, t.id FROM care_grants g JOIN threads t ON t.patient_id = g.patient_id \
                 WHERE g.grantee_person_id = $1",
            )
            .bind(person)
            .fetch_all(&mut *tx)
            .await?;
            let key = crate::domain::caregiver_stream_key(id_hash);
            for (clinic, thread) in &threads {
                insert_live_event!(
                    $store, tx, clinic.as_str(), Some(thread.as_str()), crate::domain::LiveKind::SessionEnded,
                    Some(key.as_str()), now
                );
            }
            tx.commit().await?;
            if !threads.is_empty() {
                self.live_committed();
            }
            Ok(())
        }
        });
    };
}
pub(in crate::store) use grant_methods;

/// Start a caregiver session (`NewSession`'s hash and limits; its id is not kept) for a person,
/// on `$conn` (a transaction's connection); a store error out of the enclosing method on failure.
macro_rules! insert_caregiver_session {
    ($conn:expr, $person:expr, $session:expr) => {
        insert_caregiver_session!($conn, $person, $session, None::<&str>)
    };
    // `$only_grant`: the one grant a session from a reminder copy's link acts under.
    ($conn:expr, $person:expr, $session:expr, $only_grant:expr) => {
        sqlx::query(
            "INSERT INTO caregiver_sessions (id_hash, person_id, created_at, last_seen_at, idle_expires_at, \
             expires_at, ended_at, signed_in_with, only_grant) VALUES ($1, $2, $3, $3, $4, $5, NULL, $6, $7)",
        )
        .bind(&$session.id_hash[..])
        .bind($person.as_str())
        .bind(ms($session.created_at))
        .bind(ms($session.idle_expires_at))
        .bind(ms($session.expires_at))
        .bind($session.signed_in_with.as_str())
        .bind($only_grant)
        .execute($conn)
        .await
        .map_err(StoreError::classify)?
    };
}
pub(in crate::store) use insert_caregiver_session;

/// A grant and its invitation, on the executor `$tx` (a transaction).
/// A new grant (`insert_grant_rows!`, and the SQLite writer's import).
pub(in crate::store) const INSERT_GRANT: &str = "INSERT INTO care_grants (id, clinic_id, patient_id, grantee_person_id, \
    grantee_name, contact_channel, contact_address, scopes, basis, evidence_reference, verified_by, status, created_by, \
    created_at, expires_at, revoked_at, last_used_at, reminder_copies, teen_restored) \
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)";
/// A new grant's invitation.
pub(in crate::store) const INSERT_GRANT_INVITATION: &str = "INSERT INTO grant_invitations (grant_id, token_hash, \
    expires_at, used_at, code_hash, code_expires_at, code_tries) VALUES ($1, $2, $3, NULL, NULL, NULL, 0)";

macro_rules! insert_grant_rows {
    ($tx:expr, $g:expr, $invitation:expr) => {{
        let g: &crate::domain::CareGrant = $g;
        let invitation: &crate::domain::GrantInvitation = $invitation;
        sqlx::query($crate::store::sql::INSERT_GRANT)
            .bind(g.id.as_str())
            .bind(g.clinic_id.as_str())
            .bind(g.patient_id.as_str())
            .bind(g.grantee.as_ref().map(|p| p.as_str().to_string()))
            .bind(g.grantee_name.as_str())
            .bind(g.contact.channel().as_str())
            .bind(g.contact.address())
            .bind(g.scopes.to_stored())
            .bind(g.basis.as_str())
            .bind(g.evidence_reference.as_ref().map(|e| e.as_str().to_string()))
            .bind(g.verified_by.as_ref().map(|e| e.as_str().to_string()))
            .bind(g.status.as_str())
            .bind(&g.created_by)
            .bind(ms(g.created_at))
            .bind(ms(g.expires_at))
            .bind(opt_ms(g.revoked_at))
            .bind(opt_ms(g.last_used_at))
            .bind(i64::from(g.reminder_copies))
            .bind(crate::domain::stored_scopes(&g.teen_restored))
            .execute(&mut *$tx)
            .await
            .map_err(StoreError::classify)?;
        sqlx::query($crate::store::sql::INSERT_GRANT_INVITATION)
            .bind(g.id.as_str())
            .bind(&invitation.token_hash[..])
            .bind(ms(invitation.expires_at))
            .execute(&mut *$tx)
            .await
            .map_err(StoreError::classify)?;
    }};
}
pub(in crate::store) use insert_grant_rows;

/// A grant's columns, in `GrantRow`'s order; add the `WHERE`.
macro_rules! grant_select {
    () => {
        "SELECT id, clinic_id, patient_id, grantee_person_id, grantee_name, contact_channel, contact_address, scopes, \
         basis, evidence_reference, verified_by, status, created_by, created_at, expires_at, revoked_at, last_used_at, \
         reminder_copies, teen_restored FROM care_grants"
    };
}
pub(in crate::store) use grant_select;

// Deserialize: PostgreSQL reads a patient's grants as JSON beside the patient (`PATIENT_WITH_GRANTS`).
#[derive(sqlx::FromRow, serde::Deserialize)]
pub(in crate::store) struct GrantRow {
    id: String,
    clinic_id: String,
    patient_id: String,
    grantee_person_id: Option<String>,
    grantee_name: String,
    contact_channel: String,
    contact_address: String,
    scopes: String,
    basis: String,
    evidence_reference: Option<String>,
    verified_by: Option<String>,
    status: String,
    created_by: String,
    created_at: i64,
    expires_at: i64,
    revoked_at: Option<i64>,
    last_used_at: Option<i64>,
    reminder_copies: i64,
    teen_restored: String,
}

impl GrantRow {
    pub(in crate::store) fn into_grant(self) -> crate::store::StoreResult<crate::domain::CareGrant> {
        use super::{corrupt, opt_ts, ts};
        let text = |v: Option<String>, what: &'static str| {
            v.map(|t| crate::domain::ShortText::parse(&t).map_err(|e| corrupt(what, e))).transpose()
        };
        Ok(crate::domain::CareGrant {
            id: crate::domain::GrantId::from_trusted(self.id),
            clinic_id: crate::domain::ClinicId::from_trusted(self.clinic_id),
            patient_id: crate::domain::PatientId::from_trusted(self.patient_id),
            grantee: self.grantee_person_id.map(crate::domain::PersonId::from_trusted),
            grantee_name: crate::domain::PersonName::parse(&self.grantee_name)
                .map_err(|e| corrupt("grantee name", e))?,
            contact: crate::domain::GranteeContact::from_stored(&self.contact_channel, &self.contact_address)
                .map_err(|e| corrupt("grantee contact", e))?,
            scopes: crate::domain::Scopes::parse_stored(&self.scopes).map_err(|e| corrupt("grant scopes", e))?,
            basis: crate::domain::GrantBasis::parse(&self.basis).map_err(|e| corrupt("grant basis", e))?,
            evidence_reference: text(self.evidence_reference, "evidence reference")?,
            verified_by: text(self.verified_by, "verified by")?,
            status: crate::domain::GrantStatus::parse(&self.status).map_err(|e| corrupt("grant status", e))?,
            created_by: self.created_by,
            created_at: ts(self.created_at)?,
            expires_at: ts(self.expires_at)?,
            revoked_at: opt_ts(self.revoked_at)?,
            last_used_at: opt_ts(self.last_used_at)?,
            reminder_copies: self.reminder_copies != 0,
            teen_restored: crate::domain::parse_stored_scopes(&self.teen_restored)
                .map_err(|e| corrupt("teen restored", e))?,
        })
    }
}
