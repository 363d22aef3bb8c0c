//! Medicines and refill requests, with each request's timeline.

/// A refill request's columns in `RefillRow`'s order, with the `FROM`; add the `WHERE`.
macro_rules! refill_select {
    () => {
        "SELECT id, clinic_id, patient_id, medication_id, medication, pharmacy, note, status, created_at, updated_at \
         FROM refill_requests "
    };
}
pub(in crate::store) use refill_select;

/// This entity's `Store` methods on sqlx, the same on both backends; a link of `sql_store!`'s
/// chain (`$rest` are the links still to come).
macro_rules! refill_methods {
    ($store:ty; $rest:tt; { $($methods:tt)* }) => {
        $crate::store::sql::sql_store!(@next $store; $rest; { $($methods)*

        async fn insert_medication(&self, m: &Medication) -> StoreResult<()> {
            sqlx::query(
                "INSERT INTO medications (id, clinic_id, patient_id, name, instructions, active, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(m.id.as_str())
            .bind(m.clinic_id.as_str())
            .bind(m.patient_id.as_str())
            .bind(&m.name)
            .bind(m.instructions.as_deref())
            .bind(i64::from(m.active))
            .bind(ms(m.created_at))
            .execute(self.writer())
            .await
            .map_err(StoreError::classify)?;
            Ok(())
        }

        async fn medications(&self, clinic: &ClinicId, patient: &PatientId) -> StoreResult<Vec<Medication>> {
            sqlx::query_as::<_, MedicationRow>(
                "SELECT id, clinic_id, patient_id, name, instructions, active, created_at FROM medications \
                 WHERE clinic_id = $1 AND patient_id = $2 ORDER BY created_at, id",
            )
            .bind(clinic.as_str())
            .bind(patient.as_str())
            .fetch_all(self.reader())
            .await?
            .into_iter()
            .map(MedicationRow::into_medication)
            .collect()
        }

        async fn set_medication_active(
            &self,
            clinic: &ClinicId,
            id: &crate::domain::MedicationId,
            active: bool,
        ) -> StoreResult<bool> {
            let done = sqlx::query("UPDATE medications SET active = $1 WHERE clinic_id = $2 AND id = $3")
                .bind(i64::from(active))
                .bind(clinic.as_str())
                .bind(id.as_str())
                .execute(self.writer())
                .await?;
            Ok(done.rows_affected() == 1)
        }

        async fn insert_refill(&self, r: &RefillRequest, actor: &str) -> StoreResult<()> {
            let mut tx = self.begin_write().await?;
            sqlx::query(
                "INSERT INTO refill_requests (id, clinic_id, patient_id, medication_id, medication, pharmacy, note, \
                 status, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
            )
            .bind(r.id.as_str())
            .bind(r.clinic_id.as_str())
            .bind(r.patient_id.as_str())
            .bind(r.medication_id.as_ref().map(|m| m.as_str()))
            .bind(&r.medication)
            .bind(&r.pharmacy)
            .bind(r.note.as_deref())
            .bind(r.status.as_str())
            .bind(ms(r.created_at))
            .bind(ms(r.updated_at))
            .execute(&mut *tx)
            .await
            .map_err(StoreError::classify)?;
            sqlx::query("INSERT INTO refill_events (refill_id, status, note, actor, at) VALUES ($1, $2, NULL, $3, $4)")
                .bind(r.id.as_str())
                .bind(r.status.as_str())
                .bind(actor)
                .bind(ms(r.created_at))
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            Ok(())
        }

        async fn refill(&self, clinic: &ClinicId, id: &crate::domain::RefillId) -> StoreResult<Option<RefillRequest>> {
            sqlx::query_as::<_, RefillRow>(concat!(refill_select!(), "WHERE clinic_id = $1 AND id = $2"))
            .bind(clinic.as_str())
            .bind(id.as_str())
            .fetch_optional(self.reader())
            .await?
            .map(RefillRow::into_refill)
            .transpose()
        }

        async fn refills(
            &self,
            clinic: &ClinicId,
            status: Option<crate::domain::RefillStatus>,
            patient: Option<&PatientId>,
            limit: i64,
        ) -> StoreResult<Vec<RefillRequest>> {
            sqlx::query_as::<_, RefillRow>(concat!(
                refill_select!(),
                "WHERE clinic_id = $1 AND ($2 IS NULL OR status = $2) AND ($3 IS NULL OR patient_id = $3) \
                 ORDER BY created_at DESC, id DESC LIMIT $4"
            ))
            .bind(clinic.as_str())
            .bind(status.map(|s| s.as_str()))
            .bind(patient.map(|p| p.as_str()))
            .bind(limit)
            .fetch_all(self.reader())
            .await?
            .into_iter()
            .map(RefillRow::into_refill)
            .collect()
        }

        async fn refill_events(&self, id: &crate::domain::RefillId) -> StoreResult<Vec<RefillEvent>> {
            let rows: Vec<(String, Option<String>, String, i64)> = sqlx::query_as(
                "SELECT status, note, actor, at FROM refill_events WHERE refill_id = $1 ORDER BY at",
            )
            .bind(id.as_str())
            .fetch_all(self.reader())
            .await?;
            rows.into_iter()
                .map(|(status, note, actor, at)| {
                    Ok(RefillEvent {
                        status: crate::domain::RefillStatus::parse(&status).map_err(|e| corrupt("refill status", e))?,
                        note,
                        actor,
                        at: ts(at)?,
                    })
                })
                .collect()
        }

        async fn move_refill(
            &self,
            r: &RefillRequest,
            from: crate::domain::RefillStatus,
            event: &RefillEvent,
            notices: &[Delivery],
        ) -> StoreResult<bool> {
            let mut tx = self.begin_write().await?;
            let moved = sqlx::query(
                "UPDATE refill_requests SET status = $1, updated_at = $2 \
                 WHERE clinic_id = $3 AND id = $4 AND status = $5",
            )
            .bind(r.status.as_str())
            .bind(ms(r.updated_at))
            .bind(r.clinic_id.as_str())
            .bind(r.id.as_str())
            .bind(from.as_str())
            .execute(&mut *tx)
            .await?;
            if moved.rows_affected() != 1 {
                return Ok(false);
            }
            sqlx::query("INSERT INTO refill_events (refill_id, status, note, actor, at) VALUES ($1, $2, $3, $4, $5)")
                .bind(r.id.as_str())
                .bind(event.status.as_str())
                .bind(event.note.as_deref())
                .bind(&event.actor)
                .bind(ms(event.at))
                .execute(&mut *tx)
                .await?;
            for d in notices {
                insert_delivery!(&mut *tx, d);
            }
            tx.commit().await?;
            Ok(true)
        }
        });
    };
}
pub(in crate::store) use refill_methods;
