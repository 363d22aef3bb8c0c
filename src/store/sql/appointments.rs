//! Appointments (their reminders are deliveries, `deliveries.rs`).

/// An appointment's columns in `AppointmentRow`'s order.
macro_rules! appointment_columns {
    () => {
        "id, clinic_id, patient_id, starts_at, duration_minutes, location, provider, status, cancel_reason, \
         reminder_offsets, bring, created_at, updated_at"
    };
}
pub(in crate::store) use appointment_columns;

/// An appointment of a clinic (`AppointmentRow`). Hot: fanout, for each reminder.
pub(in crate::store) const APPOINTMENT_BY_ID: &str =
    concat!("SELECT ", appointment_columns!(), " FROM appointments WHERE clinic_id = $1 AND id = $2");

/// A patient's appointments (`AppointmentRow`), soonest first.
pub(in crate::store) const APPOINTMENTS_OF_PATIENT: &str = concat!(
    "SELECT ",
    appointment_columns!(),
    " FROM appointments WHERE clinic_id = $1 AND patient_id = $2 ORDER BY starts_at, id"
);

/// A new appointment. Hot: ingest, with its reminders (`INSERT_DELIVERY`).
pub(in crate::store) const INSERT_APPOINTMENT: &str = "INSERT INTO appointments (id, clinic_id, patient_id, starts_at, \
     duration_minutes, location, provider, status, cancel_reason, created_at, updated_at, reminder_offsets, bring) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)";

/// An appointment's values in `INSERT_APPOINTMENT`'s order, each given to `$q.$bind(…)`: `bind`
/// on a query, `push_bind` on a `QueryBuilder` (PostgreSQL's one-statement insert).
macro_rules! bind_appointment {
    ($q:expr, $bind:ident, $a:expr) => {{
        let a: &Appointment = $a;
        $q.$bind(a.id.as_str())
            .$bind(a.clinic_id.as_str())
            .$bind(a.patient_id.as_str())
            .$bind(ms(a.starts_at))
            .$bind(a.duration_minutes)
            .$bind(a.location.as_ref().map(|x| x.as_str()))
            .$bind(a.provider.as_ref().map(|x| x.as_str()))
            .$bind(a.status.as_str())
            .$bind(a.cancel_reason.as_ref().map(|x| x.as_str()))
            .$bind(ms(a.created_at))
            .$bind(ms(a.updated_at))
            .$bind(a.reminders.as_ref().map(|r| r.to_stored()))
            .$bind(a.bring.as_ref().map(|x| x.as_str()))
    }};
}
pub(in crate::store) use bind_appointment;

/// This entity's `Store` methods on sqlx, the same on both backends; a link of `sql_store!`'s
/// chain (`$rest` are the links still to come).
macro_rules! appointment_methods {
    ($store:ty; $rest:tt; { $($methods:tt)* }) => {
        $crate::store::sql::sql_store!(@next $store; $rest; { $($methods)*

        async fn appointments_for(&self, clinic: &ClinicId, patient: &PatientId) -> StoreResult<Vec<Appointment>> {
            sqlx::query_as::<_, AppointmentRow>(APPOINTMENTS_OF_PATIENT)
                .bind(clinic.as_str())
                .bind(patient.as_str())
                .fetch_all(self.reader())
                .await?
                .into_iter()
                .map(AppointmentRow::into_appointment)
                .collect()
        }

        async fn update_appointment(&self, a: &Appointment, change: &AppointmentChange) -> StoreResult<()> {
            let mut tx = self.begin_write().await?;
            sqlx::query(
                "UPDATE appointments SET starts_at = $1, duration_minutes = $2, location = $3, provider = $4, \
                 status = $5, cancel_reason = $6, updated_at = $7, reminder_offsets = $8, bring = $11 \
                 WHERE id = $9 AND clinic_id = $10",
            )
            .bind(ms(a.starts_at))
            .bind(a.duration_minutes)
            .bind(a.location.as_ref().map(|x| x.as_str()))
            .bind(a.provider.as_ref().map(|x| x.as_str()))
            .bind(a.status.as_str())
            .bind(a.cancel_reason.as_ref().map(|x| x.as_str()))
            .bind(ms(a.updated_at))
            .bind(a.reminders.as_ref().map(|r| r.to_stored()))
            .bind(a.id.as_str())
            .bind(a.clinic_id.as_str())
            .bind(a.bring.as_ref().map(|x| x.as_str()))
            .execute(&mut *tx)
            .await
            .map_err(StoreError::classify)?;
            if change.drop_pending_reminders {
                sqlx::query(
                    "UPDATE deliveries SET status = 'dropped', error_code = 'appointment-changed', updated_at = $1 \
                     WHERE appointment_id = $2 AND purpose = 'reminder' AND status = 'pending'",
                )
                .bind(ms(a.updated_at))
                .bind(a.id.as_str())
                .execute(&mut *tx)
                .await?;
            }
            for d in &change.deliveries {
                insert_delivery!(&mut *tx, d);
            }
            // A cancellation notice goes to whoever got a reminder of it: the patient (on any
            // channel), or the caregiver whose copy it is.
            for d in &change.cancellation {
                let (sent,): (i64,) = sqlx::query_as(
                    "SELECT COUNT(*) FROM deliveries WHERE appointment_id = $1 AND purpose = 'reminder' \
                     AND status IN ('queued', 'sent', 'delivered') AND COALESCE(grant_id, '') = $2",
                )
                .bind(a.id.as_str())
                .bind(d.grant_id.as_ref().map(|g| g.as_str()).unwrap_or(""))
                .fetch_one(&mut *tx)
                .await?;
                if sent > 0 {
                    insert_delivery!(&mut *tx, d);
                }
            }
            tx.commit().await?;
            Ok(())
        }
        });
    };
}
pub(in crate::store) use appointment_methods;
