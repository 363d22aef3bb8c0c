//! The SQL of `ImportStore`, on sqlx, the same on both backends: a batch of new records in
//! one transaction, each record and the clinic's identifier of it in a savepoint of its own
//! (the record's statements are the ones its entity uses: `insert_patient_rows!`,
//! `INSERT_APPOINTMENT`, `insert_delivery!`).

/// Expands into `impl ImportStore for $store`; the caller imports what `sql_store!`'s caller does.
/// With a closure-like `|store, records| body`, the body writes the batch instead of sqlx
/// (SQLite's writer thread, `sqlite/imports.rs`).
macro_rules! import_store {
    ($store:ty) => {
        $crate::store::sql::import_store!($store, |store, records| {
            use sqlx::Acquire as _;
            // Usually every record is kept: the whole batch in one transaction.
            let mut tx = store.begin_write().await?;
            let mut refused = false;
            for r in records {
                match insert_record!(tx, r) {
                    Ok(()) => {}
                    Err(StoreError::Conflict(_)) => {
                        refused = true;
                        break;
                    }
                    Err(e) => return Err(e),
                }
            }
            if !refused {
                tx.commit().await?;
                return Ok(vec![true; records.len()]);
            }
            tx.rollback().await?;
            // One was refused: again, each record in a savepoint, to keep the others.
            let mut tx = store.begin_write().await?;
            let mut kept = Vec::with_capacity(records.len());
            for r in records {
                let mut sp = tx.begin().await?;
                match insert_record!(sp, r) {
                    Ok(()) => {
                        sp.commit().await?;
                        kept.push(true);
                    }
                    Err(StoreError::Conflict(_)) => {
                        sp.rollback().await?;
                        kept.push(false);
                    }
                    Err(e) => return Err(e),
                }
            }
            tx.commit().await?;
            Ok(kept)
        });
    };
    ($store:ty, |$s:ident, $records:ident| $batch:expr) => {
        #[async_trait::async_trait]
        impl $crate::store::ImportStore for $store {
            async fn external_records(
                &self,
                clinic: &ClinicId,
                kind: $crate::store::ExternalKind,
            ) -> StoreResult<Vec<(String, String)>> {
                Ok(sqlx::query_as("SELECT value, record_id FROM external_ids WHERE clinic_id = $1 AND kind = $2")
                    .bind(clinic.as_str())
                    .bind(kind.as_str())
                    .fetch_all(self.reader())
                    .await?)
            }

            async fn import_batch(&self, $records: &[$crate::store::NewRecord]) -> StoreResult<Vec<bool>> {
                let $s = self;
                $batch
            }
        }
    };
}
pub(in crate::store) use import_store;

/// A new record and the clinic's identifier of it, in the transaction `$tx`; evaluates to
/// `StoreResult<()>` (a refusal is `StoreError::Conflict`).
macro_rules! insert_record {
    ($tx:ident, $r:expr) => {
        async {
            match $r {
                $crate::store::NewRecord::Patient { patient: p, mrn } => {
                    insert_patient_rows!($tx, p, &p.thread_id);
                    external_id!($tx, p.clinic_id.as_str(), "patient", mrn.as_str(), p.id.as_str());
                }
                $crate::store::NewRecord::Appointment { appointment: a, reminders, external } => {
                    insert_appointment_rows!($tx, a, reminders);
                    external_id!($tx, a.clinic_id.as_str(), "appointment", external.as_str(), a.id.as_str());
                }
                $crate::store::NewRecord::Grant { grant: g, invitation, external } => {
                    insert_grant_rows!(&mut *$tx, g, invitation);
                    external_id!($tx, g.clinic_id.as_str(), "grant", external.as_str(), g.id.as_str());
                }
            }
            StoreResult::Ok(())
        }
        .await
    };
}
pub(in crate::store) use insert_record;

/// An appointment and its planned reminders, in the transaction `$tx`.
macro_rules! insert_appointment_rows {
    ($tx:ident, $a:expr, $reminders:expr) => {{
        $crate::store::sql::bind_appointment!(sqlx::query($crate::store::sql::INSERT_APPOINTMENT), bind, $a)
            .execute(&mut *$tx)
            .await
            .map_err(StoreError::classify)?;
        for d in $reminders {
            insert_delivery!(&mut *$tx, d);
        }
    }};
}
pub(in crate::store) use insert_appointment_rows;

/// The clinic's identifier of a record an import created.
pub(in crate::store) const INSERT_EXTERNAL_ID: &str =
    "INSERT INTO external_ids (clinic_id, kind, value, record_id) VALUES ($1, $2, $3, $4)";

macro_rules! external_id {
    ($tx:ident, $clinic:expr, $kind:literal, $value:expr, $record:expr) => {{
        sqlx::query($crate::store::sql::INSERT_EXTERNAL_ID)
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
