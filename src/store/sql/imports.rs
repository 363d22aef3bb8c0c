//! The SQL of `ImportStore`, on sqlx, the same on both backends: each record and the
//! clinic's identifier of it in one transaction (the record's own statements are the ones
//! its entity uses: `insert_patient_rows!`, `INSERT_APPOINTMENT`, `insert_delivery!`).

/// Expands into `impl ImportStore for $store`; the caller imports what `sql_store!`'s caller does.
macro_rules! import_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::store::ImportStore for $store {
            async fn external_record(
                &self,
                clinic: &ClinicId,
                kind: $crate::store::ExternalKind,
                value: &str,
            ) -> StoreResult<Option<String>> {
                Ok(sqlx::query_scalar(
                    "SELECT record_id FROM external_ids WHERE clinic_id = $1 AND kind = $2 AND value = $3",
                )
                .bind(clinic.as_str())
                .bind(kind.as_str())
                .bind(value)
                .fetch_optional(self.reader())
                .await?)
            }

            async fn import_patient(&self, p: &Patient, thread: &ThreadId, mrn: &str) -> StoreResult<()> {
                let mut tx = self.begin_write().await?;
                insert_patient_rows!(tx, p, thread);
                external_id!(tx, p.clinic_id.as_str(), "patient", mrn, p.id.as_str());
                tx.commit().await?;
                Ok(())
            }

            async fn import_appointment(
                &self,
                a: &Appointment,
                reminders: &[Delivery],
                external: &str,
            ) -> StoreResult<()> {
                let mut tx = self.begin_write().await?;
                sqlx::query($crate::store::sql::INSERT_APPOINTMENT)
                    .bind(a.id.as_str())
                    .bind(a.clinic_id.as_str())
                    .bind(a.patient_id.as_str())
                    .bind(ms(a.starts_at))
                    .bind(a.duration_minutes)
                    .bind(a.location.as_ref().map(|x| x.as_str()))
                    .bind(a.provider.as_ref().map(|x| x.as_str()))
                    .bind(a.status.as_str())
                    .bind(a.cancel_reason.as_ref().map(|x| x.as_str()))
                    .bind(ms(a.created_at))
                    .bind(ms(a.updated_at))
                    .bind(a.reminders.as_ref().map(|r| r.to_stored()))
                    .bind(a.bring.as_ref().map(|x| x.as_str()))
                    .execute(&mut *tx)
                    .await
                    .map_err(StoreError::classify)?;
                for d in reminders {
                    insert_delivery!(&mut *tx, d);
                }
                external_id!(tx, a.clinic_id.as_str(), "appointment", external, a.id.as_str());
                tx.commit().await?;
                Ok(())
            }
        }
    };
}
pub(in crate::store) use import_store;

macro_rules! external_id {
    ($tx:ident, $clinic:expr, $kind:literal, $value:expr, $record:expr) => {{
        sqlx::query("INSERT INTO external_ids (clinic_id, kind, value, record_id) VALUES ($1, $2, $3, $4)")
            .bind($clinic)
            .bind($kind)
            .bind($value)
            .bind($record)
            .execute(&mut *$tx)
            .await
            .map_err(StoreError::classify)?;
    }};
}
pub(in crate::store) use external_id;
