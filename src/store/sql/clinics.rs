//! Clinics, their API keys and their care team.

/// A clinic's columns in `ClinicRow`'s order.
macro_rules! clinic_columns {
    () => {
        "id, name, phone, time_zone, reminder_offsets, quiet_start_minute, quiet_end_minute, daily_reminder_cap, \
         step_up_birth_date, brand_color, created_at, live_alert_delay_seconds, live_typing_names, address, \
         after_hours_phone, crisis_line, teen_privacy_age"
    };
}
pub(in crate::store) use clinic_columns;

/// The clinic a live API key belongs to (`ClinicRow`). Hot: every API request.
pub(in crate::store) const CLINIC_BY_API_KEY: &str = "SELECT c.id, c.name, c.phone, c.time_zone, c.reminder_offsets, \
     c.quiet_start_minute, c.quiet_end_minute, c.daily_reminder_cap, c.step_up_birth_date, c.brand_color, \
     c.created_at, c.live_alert_delay_seconds, c.live_typing_names, c.address, c.after_hours_phone, c.crisis_line, \
     c.teen_privacy_age FROM api_keys k JOIN clinics c ON c.id = k.clinic_id WHERE k.key_hash = $1 AND k.revoked_at IS NULL";

/// A clinic by id (`ClinicRow`). Hot: fanout, for each message.
pub(in crate::store) const CLINIC_BY_ID: &str = concat!("SELECT ", clinic_columns!(), " FROM clinics WHERE id = $1");

/// A clinic by name (`ClinicRow`).
pub(in crate::store) const CLINIC_BY_NAME: &str =
    concat!("SELECT ", clinic_columns!(), " FROM clinics WHERE name = $1");

/// One API key of a clinic.
pub(in crate::store) const INSERT_API_KEY: &str =
    "INSERT INTO api_keys (key_hash, clinic_id, prefix, created_at) VALUES ($1, $2, $3, $4)";

/// This entity's `Store` methods on sqlx, the same on both backends; a link of `sql_store!`'s
/// chain (`$rest` are the links still to come).
macro_rules! clinic_methods {
    ($store:ty; $rest:tt; { $($methods:tt)* }) => {
        $crate::store::sql::sql_store!(@next $store; $rest; { $($methods)*

        async fn create_clinic(&self, c: &Clinic, api_key_hash: &[u8], key_prefix: &str) -> StoreResult<()> {
            let mut tx = self.begin_write().await?;
            sqlx::query(
                "INSERT INTO clinics (id, name, phone, time_zone, created_at, reminder_offsets, quiet_start_minute, \
                 quiet_end_minute, daily_reminder_cap) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            )
            .bind(c.id.as_str())
            .bind(&c.name)
            .bind(c.phone.as_ref().map(|p| p.as_str()))
            .bind(c.time_zone.as_str())
            .bind(ms(c.created_at))
            .bind(c.reminders.to_stored())
            .bind(c.quiet_hours.start_minute)
            .bind(c.quiet_hours.end_minute)
            .bind(c.daily_reminder_cap)
            .execute(&mut *tx)
            .await
            .map_err(StoreError::classify)?;
            sqlx::query(INSERT_API_KEY)
                .bind(api_key_hash)
                .bind(c.id.as_str())
                .bind(key_prefix)
                .bind(ms(c.created_at))
                .execute(&mut *tx)
                .await
                .map_err(StoreError::classify)?;
            tx.commit().await?;
            Ok(())
        }

        async fn add_api_key(
            &self,
            clinic: &ClinicId,
            api_key_hash: &[u8],
            key_prefix: &str,
            now: Timestamp,
        ) -> StoreResult<()> {
            sqlx::query(INSERT_API_KEY)
                .bind(api_key_hash)
                .bind(clinic.as_str())
                .bind(key_prefix)
                .bind(ms(now))
                .execute(self.writer())
                .await
                .map_err(StoreError::classify)?;
            Ok(())
        }

        async fn clinic_by_name(&self, name: &str) -> StoreResult<Option<Clinic>> {
            sqlx::query_as::<_, ClinicRow>(CLINIC_BY_NAME)
                .bind(name)
                .fetch_optional(self.reader())
                .await?
                .map(ClinicRow::into_clinic)
                .transpose()
        }

        async fn sole_clinic(&self) -> StoreResult<Option<ClinicId>> {
            let ids: Vec<(String,)> =
                sqlx::query_as("SELECT id FROM clinics ORDER BY id LIMIT 2").fetch_all(self.reader()).await?;
            Ok(match ids.as_slice() {
                [(only,)] => Some(ClinicId::from_trusted(only.clone())),
                _ => None,
            })
        }

        async fn insert_staff(&self, m: &StaffMember) -> StoreResult<()> {
            sqlx::query(
                "INSERT INTO staff (id, clinic_id, name, role, email, created_at, language) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
                .bind(m.id.as_str())
                .bind(m.clinic_id.as_str())
                .bind(m.name.as_str())
                .bind(m.role.as_str())
                .bind(m.email.as_ref().map(|e| e.as_str()))
                .bind(ms(m.created_at))
                .bind(m.language.as_ref().map(|l| l.as_str()))
                .execute(self.writer())
                .await
                .map_err(StoreError::classify)?;
            Ok(())
        }

        async fn staff(&self, clinic: &ClinicId) -> StoreResult<Vec<StaffMember>> {
            sqlx::query_as::<_, StaffRow>(
                "SELECT id, clinic_id, name, role, email, language, created_at FROM staff WHERE clinic_id = $1 ORDER BY id",
            )
                .bind(clinic.as_str())
                .fetch_all(self.reader())
                .await?
                .into_iter()
                .map(StaffRow::into_member)
                .collect()
        }

        async fn update_clinic_settings(&self, c: &Clinic) -> StoreResult<()> {
            sqlx::query(
                "UPDATE clinics SET reminder_offsets = $1, quiet_start_minute = $2, quiet_end_minute = $3, \
                 daily_reminder_cap = $4, step_up_birth_date = $5, brand_color = $7, live_alert_delay_seconds = $8, \
                 live_typing_names = $9, name = $10, phone = $11, address = $12, after_hours_phone = $13, \
                 crisis_line = $14, teen_privacy_age = $15 WHERE id = $6",
            )
            .bind(c.reminders.to_stored())
            .bind(c.quiet_hours.start_minute)
            .bind(c.quiet_hours.end_minute)
            .bind(c.daily_reminder_cap)
            .bind(c.step_up_birth_date.as_str())
            .bind(c.id.as_str())
            .bind(c.brand_color.as_ref().map(|b| b.as_str()))
            .bind(c.live_alert_delay.as_secs())
            .bind(i64::from(c.live_typing_names))
            .bind(&c.name)
            .bind(c.phone.as_ref().map(|p| p.as_str()))
            .bind(c.address.as_ref().map(|a| a.as_str()))
            .bind(c.after_hours_phone.as_ref().map(|p| p.as_str()))
            .bind(c.crisis_line.as_ref().map(|l| l.as_str()))
            .bind(i64::from(c.teen_privacy_age))
            .execute(self.writer())
            .await?;
            self.clinic_changed();
            Ok(())
        }
        });
    };
}
pub(in crate::store) use clinic_methods;
