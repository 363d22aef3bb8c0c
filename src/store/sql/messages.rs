//! Message threads and their messages (a message's alert is a delivery, `deliveries.rs`).

/// This entity's `Store` methods on sqlx, the same on both backends; a link of `sql_store!`'s
/// chain (`$rest` are the links still to come).
macro_rules! message_methods {
    ($store:ty; $rest:tt; { $($methods:tt)* }) => {
        $crate::store::sql::sql_store!(@next $store; $rest; { $($methods)*

        async fn insert_message(&self, m: &Message, alert: Option<&Delivery>) -> StoreResult<()> {
            let mut tx = self.begin_write().await?;
            sqlx::query(
                "INSERT INTO messages (id, thread_id, clinic_id, patient_id, author, sender, body, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(m.id.as_str())
            .bind(m.thread_id.as_str())
            .bind(m.clinic_id.as_str())
            .bind(m.patient_id.as_str())
            .bind(&m.author)
            .bind(&m.sender)
            .bind(&m.body)
            .bind(ms(m.created_at))
            .execute(&mut *tx)
            .await
            .map_err(StoreError::classify)?;
            if let Some(d) = alert {
                insert_delivery!(&mut *tx, d);
            }
            tx.commit().await?;
            Ok(())
        }

        async fn messages(&self, clinic: &ClinicId, thread: &ThreadId) -> StoreResult<Vec<Message>> {
            let rows: Vec<(String, String, String, String, String, String, String, i64)> = sqlx::query_as(
                "SELECT id, thread_id, clinic_id, patient_id, author, sender, body, created_at FROM messages \
                 WHERE clinic_id = $1 AND thread_id = $2 ORDER BY created_at, id",
            )
            .bind(clinic.as_str())
            .bind(thread.as_str())
            .fetch_all(self.reader())
            .await?;
            rows.into_iter()
                .map(|(id, thread_id, clinic_id, patient_id, author, sender, body, created_at)| {
                    Ok(Message {
                        id: MessageId::from_trusted(id),
                        thread_id: ThreadId::from_trusted(thread_id),
                        clinic_id: ClinicId::from_trusted(clinic_id),
                        patient_id: PatientId::from_trusted(patient_id),
                        author,
                        sender,
                        body,
                        created_at: ts(created_at)?,
                    })
                })
                .collect()
        }

        async fn thread(&self, clinic: &ClinicId, id: &ThreadId) -> StoreResult<Option<Thread>> {
            sqlx::query_as::<_, ThreadRow>(
                "SELECT id, clinic_id, patient_id, created_at FROM threads WHERE clinic_id = $1 AND id = $2",
            )
            .bind(clinic.as_str())
            .bind(id.as_str())
            .fetch_optional(self.reader())
            .await?
            .map(ThreadRow::into_thread)
            .transpose()
        }
        });
    };
}
pub(in crate::store) use message_methods;
