//! Patients, their contact points and a pending change of phone or email.

use crate::store::records::Patient;

/// A patient with their phone, email and default thread, in `PatientRow`'s order; add the
/// `WHERE`.
macro_rules! patient_select {
    () => {
        "SELECT p.id, p.clinic_id, p.name, p.birth_date, p.language, p.time_zone, p.channels, \
         p.created_at, p.updated_at, ph.address AS phone, em.address AS email, \
         ph.status AS phone_status, em.status AS email_status, p.quiet_start, p.quiet_end, \
         (SELECT t.id FROM threads t WHERE t.patient_id = p.id ORDER BY t.created_at, t.id LIMIT 1) AS thread_id, \
         p.every_channel \
         FROM patients p \
         LEFT JOIN contact_points ph ON ph.patient_id = p.id AND ph.channel = 'sms' \
         LEFT JOIN contact_points em ON em.patient_id = p.id AND em.channel = 'email' "
    };
}
pub(in crate::store) use patient_select;

/// A patient of a clinic (`PatientRow`). Hot: ingest, and fanout for each message.
pub(in crate::store) const PATIENT_BY_ID: &str = concat!(patient_select!(), " WHERE p.clinic_id = $1 AND p.id = $2");

/// A patient (`PatientRow`) and, as `grants`, their care grants as a JSON array of `GrantRow`s
/// in `grants_for_patient`'s order: what planning an appointment's reminders reads, in one
/// statement. Hot: ingest, PostgreSQL's (SQLite reads the two in-process).
pub(in crate::store) const PATIENT_WITH_GRANTS: &str = concat!(
    "SELECT x.*, (SELECT coalesce(json_agg(g ORDER BY g.created_at, g.id), '[]')::text FROM (",
    super::grants::grant_select!(),
    " WHERE clinic_id = $1 AND patient_id = $2) g) AS grants FROM (",
    patient_select!(),
    " WHERE p.clinic_id = $1 AND p.id = $2) x"
);

/// Set a patient's address on a channel; a changed address starts with a clean bill of
/// health (its status back to `ok`).
macro_rules! upsert_contact_point {
    ($ex:expr, $p:expr, $channel:expr, $address:expr) => {{
        let p: &Patient = $p;
        sqlx::query(
            "INSERT INTO contact_points (patient_id, channel, address, created_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (patient_id, channel) DO UPDATE SET address = excluded.address, \
             status = CASE WHEN contact_points.address = excluded.address THEN contact_points.status ELSE 'ok' END",
        )
        .bind(p.id.as_str())
        .bind($channel)
        .bind($address)
        .bind(ms(p.updated_at))
        .execute($ex)
        .await
        .map_err(StoreError::classify)?;
    }};
}
pub(in crate::store) use upsert_contact_point;

/// A patient's address on each channel that has one (`sms`, `email`), or `None`.
pub(in crate::store) fn contact_addresses(p: &Patient) -> [(&'static str, Option<&str>); 2] {
    [("sms", p.phone.as_ref().map(|x| x.as_str())), ("email", p.email.as_ref().map(|x| x.as_str()))]
}

/// This entity's `Store` methods on sqlx, the same on both backends; a link of `sql_store!`'s
/// chain (`$rest` are the links still to come).
macro_rules! patient_methods {
    ($store:ty; $rest:tt; { $($methods:tt)* }) => {
        $crate::store::sql::sql_store!(@next $store; $rest; { $($methods)*

        async fn insert_patient(&self, p: &Patient, thread: &ThreadId) -> StoreResult<()> {
            let mut tx = self.begin_write().await?;
            insert_patient_rows!(tx, p, thread);
            tx.commit().await?;
            Ok(())
        }

        async fn patients(&self, clinic: &ClinicId) -> StoreResult<Vec<Patient>> {
            let q = concat!(patient_select!(), " WHERE p.clinic_id = $1 ORDER BY p.id");
            sqlx::query_as::<_, PatientRow>(q)
                .bind(clinic.as_str())
                .fetch_all(self.reader())
                .await?
                .into_iter()
                .map(PatientRow::into_patient)
                .collect()
        }

        async fn patients_by_contact(&self, channel: crate::domain::Channel, address: &str, limit: i64) -> StoreResult<Vec<Patient>> {
            let q = concat!(
                patient_select!(),
                " WHERE p.id IN (SELECT cp.patient_id FROM contact_points cp \
                 WHERE cp.channel = $1 AND cp.address = $2) ORDER BY p.id LIMIT $3"
            );
            sqlx::query_as::<_, PatientRow>(q)
                .bind(channel.as_str())
                .bind(address)
                .bind(limit)
                .fetch_all(self.reader())
                .await?
                .into_iter()
                .map(PatientRow::into_patient)
                .collect()
        }

        async fn update_patient(&self, p: &Patient) -> StoreResult<()> {
            let mut tx = self.begin_write().await?;
            sqlx::query(
                "UPDATE patients SET name = $1, birth_date = $2, language = $3, time_zone = $4, channels = $5, \
                 updated_at = $6, quiet_start = $9, quiet_end = $10, every_channel = $11 WHERE id = $7 AND clinic_id = $8",
            )
            .bind(p.name.as_str())
            .bind(p.birth_date.map(|d| d.to_string()))
            .bind(p.language.as_str())
            .bind(p.time_zone.as_str())
            .bind(p.channels.to_stored())
            .bind(ms(p.updated_at))
            .bind(p.id.as_str())
            .bind(p.clinic_id.as_str())
            .bind(p.quiet_hours.map(|q| q.start_minute))
            .bind(p.quiet_hours.map(|q| q.end_minute))
            .bind(i64::from(p.every_channel))
            .execute(&mut *tx)
            .await
            .map_err(StoreError::classify)?;
            for (channel, address) in contact_addresses(p) {
                match address {
                    Some(address) => upsert_contact_point!(&mut *tx, p, channel, address),
                    None => {
                        sqlx::query("DELETE FROM contact_points WHERE patient_id = $1 AND channel = $2")
                            .bind(p.id.as_str())
                            .bind(channel)
                            .execute(&mut *tx)
                            .await?;
                    }
                }
            }
            tx.commit().await?;
            Ok(())
        }

        async fn set_contact_change(
            &self,
            session: &crate::domain::SessionId,
            c: &ContactChange,
            now: Timestamp,
        ) -> StoreResult<()> {
            sqlx::query(
                "INSERT INTO contact_changes (session_id, patient_id, channel, new_value, code_hash, tries, \
                 expires_at, created_at) VALUES ($1, $2, $3, $4, $5, 0, $6, $7) \
                 ON CONFLICT (session_id) DO UPDATE SET patient_id = excluded.patient_id, channel = excluded.channel, \
                 new_value = excluded.new_value, code_hash = excluded.code_hash, tries = 0, \
                 expires_at = excluded.expires_at, created_at = excluded.created_at",
            )
            .bind(session.as_str())
            .bind(c.patient_id.as_str())
            .bind(c.channel.as_str())
            .bind(&c.new_value)
            .bind(&c.code_hash)
            .bind(ms(c.expires_at))
            .bind(ms(now))
            .execute(self.writer())
            .await?;
            Ok(())
        }

        async fn contact_change(&self, session: &crate::domain::SessionId) -> StoreResult<Option<ContactChange>> {
            let row: Option<(String, String, String, Vec<u8>, i64, i64)> = sqlx::query_as(
                "SELECT patient_id, channel, new_value, code_hash, tries, expires_at FROM contact_changes \
                 WHERE session_id = $1",
            )
            .bind(session.as_str())
            .fetch_optional(self.reader())
            .await?;
            row.map(|(patient_id, channel, new_value, code_hash, tries, expires_at)| {
                Ok(ContactChange {
                    patient_id: PatientId::from_trusted(patient_id),
                    channel: crate::domain::Channel::parse(&channel).map_err(|e| corrupt("channel", e))?,
                    new_value,
                    code_hash,
                    tries,
                    expires_at: ts(expires_at)?,
                })
            })
            .transpose()
        }

        async fn contact_change_failed(&self, session: &crate::domain::SessionId) -> StoreResult<i64> {
            let tries: Option<(i64,)> = sqlx::query_as(
                "UPDATE contact_changes SET tries = tries + 1 WHERE session_id = $1 RETURNING tries",
            )
            .bind(session.as_str())
            .fetch_optional(self.writer())
            .await?;
            Ok(tries.map(|t| t.0).unwrap_or(0))
        }

        async fn apply_contact_change(
            &self,
            session: &crate::domain::SessionId,
            p: &Patient,
            notices: &[Delivery],
        ) -> StoreResult<()> {
            let mut tx = self.begin_write().await?;
            for (channel, address) in contact_addresses(p) {
                if let Some(address) = address {
                    upsert_contact_point!(&mut *tx, p, channel, address);
                }
            }
            sqlx::query("UPDATE patients SET updated_at = $1 WHERE id = $2")
                .bind(ms(p.updated_at))
                .bind(p.id.as_str())
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM contact_changes WHERE session_id = $1")
                .bind(session.as_str())
                .execute(&mut *tx)
                .await?;
            for d in notices {
                insert_delivery!(&mut *tx, d);
            }
            tx.commit().await?;
            Ok(())
        }

        async fn set_contact_status(
            &self,
            patient: &PatientId,
            channel: crate::domain::Channel,
            status: crate::domain::ContactStatus,
            _now: Timestamp,
        ) -> StoreResult<()> {
            sqlx::query("UPDATE contact_points SET status = $1 WHERE patient_id = $2 AND channel = $3")
                .bind(status.as_str())
                .bind(patient.as_str())
                .bind(channel.as_str())
                .execute(self.writer())
                .await?;
            Ok(())
        }
        });
    };
}
pub(in crate::store) use patient_methods;

/// A new patient (`insert_patient_rows!`, and the SQLite writer's import).
pub(in crate::store) const INSERT_PATIENT: &str = "INSERT INTO patients (id, clinic_id, name, birth_date, language, \
    time_zone, channels, created_at, updated_at, every_channel) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";
/// One of a new patient's contact points.
pub(in crate::store) const INSERT_CONTACT_POINT: &str =
    "INSERT INTO contact_points (patient_id, channel, address, created_at) VALUES ($1, $2, $3, $4)";
/// A new patient's conversation.
pub(in crate::store) const INSERT_THREAD: &str =
    "INSERT INTO threads (id, clinic_id, patient_id, created_at) VALUES ($1, $2, $3, $4)";

/// Insert a patient, their contact points and their thread in the transaction `$tx`.
macro_rules! insert_patient_rows {
    ($tx:ident, $p:expr, $thread:expr) => {{
        let p: &Patient = $p;
        let thread: &ThreadId = $thread;
        sqlx::query($crate::store::sql::INSERT_PATIENT)
            .bind(p.id.as_str())
            .bind(p.clinic_id.as_str())
            .bind(p.name.as_str())
            .bind(p.birth_date.map(|d| d.to_string()))
            .bind(p.language.as_str())
            .bind(p.time_zone.as_str())
            .bind(p.channels.to_stored())
            .bind(ms(p.created_at))
            .bind(ms(p.updated_at))
            .bind(i64::from(p.every_channel))
            .execute(&mut *$tx)
            .await
            .map_err(StoreError::classify)?;
        for (channel, address) in contact_addresses(p) {
            if let Some(address) = address {
                sqlx::query($crate::store::sql::INSERT_CONTACT_POINT)
                    .bind(p.id.as_str())
                    .bind(channel)
                    .bind(address)
                    .bind(ms(p.created_at))
                    .execute(&mut *$tx)
                    .await
                    .map_err(StoreError::classify)?;
            }
        }
        sqlx::query($crate::store::sql::INSERT_THREAD)
            .bind(thread.as_str())
            .bind(p.clinic_id.as_str())
            .bind(p.id.as_str())
            .bind(ms(p.created_at))
            .execute(&mut *$tx)
            .await
            .map_err(StoreError::classify)?;
    }};
}
pub(in crate::store) use insert_patient_rows;
