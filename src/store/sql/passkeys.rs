//! People, their passkeys and the WebAuthn ceremonies in progress. All cold: a sign-in or a
//! registration is a few statements a day per person.

/// This entity's `Store` methods on sqlx, the same on both backends; a link of `sql_store!`'s
/// chain (`$rest` are the links still to come).
macro_rules! passkey_methods {
    ($store:ty; $rest:tt; { $($methods:tt)* }) => {
        $crate::store::sql::sql_store!(@next $store; $rest; { $($methods)*

        async fn person_for_patient(
            &self,
            clinic: &ClinicId,
            patient: &PatientId,
            new_person: &crate::domain::PersonId,
            now: Timestamp,
        ) -> StoreResult<crate::domain::PersonId> {
            person_for!(self, "patients", clinic.as_str(), patient.as_str(), new_person, now)
        }

        async fn person_of(&self, clinic: &ClinicId, patient: &PatientId) -> StoreResult<Option<crate::domain::PersonId>> {
            person_of!(self, "patients", clinic.as_str(), patient.as_str())
        }

        async fn patient_of_person(
            &self,
            person: &crate::domain::PersonId,
        ) -> StoreResult<Option<(ClinicId, PatientId)>> {
            // Several records (several clinics): the one whose latest session is the newest.
            let row: Option<(String, String)> = sqlx::query_as(
                "SELECT p.clinic_id, p.id FROM patients p WHERE p.person_id = $1 \
                 ORDER BY COALESCE((SELECT MAX(s.created_at) FROM sessions s WHERE s.patient_id = p.id), 0) DESC, \
                 p.id LIMIT 1",
            )
            .bind(person.as_str())
            .fetch_optional(self.reader())
            .await?;
            Ok(row.map(|(c, p)| (ClinicId::from_trusted(c), PatientId::from_trusted(p))))
        }

        async fn insert_passkey(&self, p: &crate::domain::StoredPasskey) -> StoreResult<()> {
            sqlx::query(
                "INSERT INTO passkeys (id, person_id, credential_id, passkey, name, created_at, last_used_at, \
                 backup_eligible) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(p.id.as_str())
            .bind(p.person_id.as_str())
            .bind(&p.credential_id[..])
            .bind(&p.passkey)
            .bind(p.name.as_str())
            .bind(ms(p.created_at))
            .bind(opt_ms(p.last_used_at))
            .bind(i64::from(p.backup_eligible))
            .execute(self.writer())
            .await
            .map_err(StoreError::classify)?;
            Ok(())
        }

        async fn passkeys_of(&self, person: &crate::domain::PersonId) -> StoreResult<Vec<crate::domain::StoredPasskey>> {
            let rows: Vec<PasskeyTuple> = sqlx::query_as(concat!(passkey_select!(), " WHERE person_id = $1 ORDER BY created_at, id"))
                .bind(person.as_str())
                .fetch_all(self.reader())
                .await?;
            rows.into_iter().map(passkey_from).collect()
        }

        async fn passkey_by_credential(&self, credential_id: &[u8]) -> StoreResult<Option<crate::domain::StoredPasskey>> {
            let row: Option<PasskeyTuple> = sqlx::query_as(concat!(passkey_select!(), " WHERE credential_id = $1"))
                .bind(credential_id)
                .fetch_optional(self.writer())
                .await?;
            row.map(passkey_from).transpose()
        }

        async fn passkey_used(
            &self,
            id: &crate::domain::PasskeyId,
            passkey: Option<(&str, bool)>,
            now: Timestamp,
        ) -> StoreResult<()> {
            match passkey {
                Some((data, backup_eligible)) => {
                    sqlx::query("UPDATE passkeys SET passkey = $1, backup_eligible = $2, last_used_at = $3 WHERE id = $4")
                        .bind(data)
                        .bind(i64::from(backup_eligible))
                        .bind(ms(now))
                        .bind(id.as_str())
                        .execute(self.writer())
                        .await?
                }
                None => {
                    sqlx::query("UPDATE passkeys SET last_used_at = $1 WHERE id = $2")
                        .bind(ms(now))
                        .bind(id.as_str())
                        .execute(self.writer())
                        .await?
                }
            };
            Ok(())
        }

        async fn rename_passkey(
            &self,
            person: &crate::domain::PersonId,
            id: &crate::domain::PasskeyId,
            name: &crate::domain::ShortText,
        ) -> StoreResult<bool> {
            let done = sqlx::query("UPDATE passkeys SET name = $1 WHERE id = $2 AND person_id = $3")
                .bind(name.as_str())
                .bind(id.as_str())
                .bind(person.as_str())
                .execute(self.writer())
                .await?;
            Ok(done.rows_affected() == 1)
        }

        async fn delete_passkey(&self, person: &crate::domain::PersonId, id: &crate::domain::PasskeyId) -> StoreResult<bool> {
            let done = sqlx::query("DELETE FROM passkeys WHERE id = $1 AND person_id = $2")
                .bind(id.as_str())
                .bind(person.as_str())
                .execute(self.writer())
                .await?;
            Ok(done.rows_affected() == 1)
        }

        async fn insert_ceremony(&self, c: &crate::domain::Ceremony) -> StoreResult<()> {
            let mut tx = self.begin_write().await?;
            // Ceremonies nobody finished go when the next one starts.
            sqlx::query("DELETE FROM webauthn_ceremonies WHERE expires_at <= $1")
                .bind(ms(c.created_at))
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "INSERT INTO webauthn_ceremonies (id_hash, kind, state, person_id, clinic_id, patient_id, created_at, \
                 expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(&c.id_hash[..])
            .bind(c.kind.as_str())
            .bind(&c.state)
            .bind(c.person_id.as_ref().map(|p| p.as_str().to_string()))
            .bind(c.clinic_id.as_ref().map(|p| p.as_str().to_string()))
            .bind(c.patient_id.as_ref().map(|p| p.as_str().to_string()))
            .bind(ms(c.created_at))
            .bind(ms(c.expires_at))
            .execute(&mut *tx)
            .await
            .map_err(StoreError::classify)?;
            tx.commit().await?;
            Ok(())
        }

        async fn take_ceremony(&self, id_hash: &[u8], now: Timestamp) -> StoreResult<Option<crate::domain::Ceremony>> {
            // Deleted in the same statement that reads it: a second take finds nothing, and an
            // expired one is gone without being answered.
            let row: Option<(Vec<u8>, String, String, Option<String>, Option<String>, Option<String>, i64, i64)> =
                sqlx::query_as(
                    "DELETE FROM webauthn_ceremonies WHERE id_hash = $1 RETURNING id_hash, kind, state, person_id, \
                     clinic_id, patient_id, created_at, expires_at",
                )
                .bind(id_hash)
                .fetch_optional(self.writer())
                .await?;
            let Some((id_hash, kind, state, person, clinic, patient, created, expires)) = row else {
                return Ok(None);
            };
            let expires_at = ts(expires)?;
            if expires_at <= now {
                return Ok(None);
            }
            Ok(Some(crate::domain::Ceremony {
                id_hash,
                kind: crate::domain::CeremonyKind::parse(&kind).map_err(|e| corrupt("ceremony kind", e))?,
                state,
                person_id: person.map(crate::domain::PersonId::from_trusted),
                clinic_id: clinic.map(ClinicId::from_trusted),
                patient_id: patient.map(PatientId::from_trusted),
                created_at: ts(created)?,
                expires_at,
            }))
        }

        async fn start_signed_in_session(
            &self,
            clinic: &ClinicId,
            patient: &PatientId,
            new: &NewSession,
        ) -> StoreResult<()> {
            sqlx::query(
                "INSERT INTO sessions (id, id_hash, clinic_id, patient_id, link_id, purpose, subject_id, created_at, \
                 last_seen_at, idle_expires_at, expires_at, stepped_up_at, signed_in_with, stepped_up_with) \
                 VALUES ($1, $2, $3, $4, NULL, 'sign_in', NULL, $5, $5, $6, $7, $5, $8, $9)",
            )
            .bind(new.id.as_str())
            .bind(&new.id_hash[..])
            .bind(clinic.as_str())
            .bind(patient.as_str())
            .bind(ms(new.created_at))
            .bind(ms(new.idle_expires_at))
            .bind(ms(new.expires_at))
            .bind(new.signed_in_with.as_str())
            .bind(new.stepped_up_with.map(|m| m.as_str()))
            .execute(self.writer())
            .await
            .map_err(StoreError::classify)?;
            Ok(())
        }
        });
    };
}
pub(in crate::store) use passkey_methods;

/// The person the row `$id` of `$table` (`patients` or `staff`) within `$clinic` is, made now
/// as `$new` if it has none yet (one transaction); evaluates to `StoreResult<PersonId>`.
macro_rules! person_for {
    ($self:ident, $table:literal, $clinic:expr, $id:expr, $new:expr, $now:expr) => {{
        let new: &crate::domain::PersonId = $new;
        let mut tx = $self.begin_write().await?;
        let found: Option<(Option<String>,)> =
            sqlx::query_as(concat!("SELECT person_id FROM ", $table, " WHERE clinic_id = $1 AND id = $2"))
                .bind($clinic)
                .bind($id)
                .fetch_optional(&mut *tx)
                .await?;
        match found {
            None => Err(StoreError::Conflict($crate::store::FOREIGN_KEY.into())),
            Some((Some(existing),)) => Ok(crate::domain::PersonId::from_trusted(existing)),
            Some((None,)) => {
                sqlx::query("INSERT INTO people (id, created_at) VALUES ($1, $2)")
                    .bind(new.as_str())
                    .bind($crate::store::sql::ms($now))
                    .execute(&mut *tx)
                    .await
                    .map_err(StoreError::classify)?;
                sqlx::query(concat!(
                    "UPDATE ",
                    $table,
                    " SET person_id = $1 WHERE clinic_id = $2 AND id = $3 AND person_id IS NULL"
                ))
                .bind(new.as_str())
                .bind($clinic)
                .bind($id)
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(new.clone())
            }
        }
    }};
}
pub(in crate::store) use person_for;

/// The person the row `$id` of `$table` within `$clinic` is, if any.
macro_rules! person_of {
    ($self:ident, $table:literal, $clinic:expr, $id:expr) => {{
        let row: Option<(Option<String>,)> =
            sqlx::query_as(concat!("SELECT person_id FROM ", $table, " WHERE clinic_id = $1 AND id = $2"))
                .bind($clinic)
                .bind($id)
                .fetch_optional($self.reader())
                .await?;
        Ok(row.and_then(|(p,)| p).map(crate::domain::PersonId::from_trusted))
    }};
}
pub(in crate::store) use person_of;

/// A passkey's columns, in `PasskeyTuple`'s order; add the `WHERE`.
macro_rules! passkey_select {
    () => {
        "SELECT id, person_id, credential_id, passkey, name, created_at, last_used_at, backup_eligible FROM passkeys"
    };
}
pub(in crate::store) use passkey_select;

pub(in crate::store) type PasskeyTuple = (String, String, Vec<u8>, String, String, i64, Option<i64>, i64);

pub(in crate::store) fn passkey_from(r: PasskeyTuple) -> crate::store::StoreResult<crate::domain::StoredPasskey> {
    let (id, person, credential_id, passkey, name, created, used, backup) = r;
    Ok(crate::domain::StoredPasskey {
        id: crate::domain::PasskeyId::from_trusted(id),
        person_id: crate::domain::PersonId::from_trusted(person),
        credential_id,
        passkey,
        name: crate::domain::ShortText::parse(&name).map_err(|e| super::corrupt("passkey name", e))?,
        created_at: super::ts(created)?,
        last_used_at: super::opt_ts(used)?,
        backup_eligible: backup != 0,
    })
}
