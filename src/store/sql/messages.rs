//! Message threads and their messages (a message's alert is a delivery, `deliveries.rs`), and
//! what inbound texts answer: the messages a number was sent, the question a reply raised, the
//! texts no conversation could take.

/// A message's columns in `MessageRow`'s order.
macro_rules! message_columns {
    () => {
        "id, thread_id, clinic_id, patient_id, author, sender, body, created_at, sender_verified"
    };
}
pub(in crate::store) use message_columns;

pub(in crate::store) type MessageRow = (String, String, String, String, String, String, String, i64, i64);

pub(in crate::store) fn message_of(row: MessageRow) -> super::StoreResult<crate::domain::Message> {
    let (id, thread_id, clinic_id, patient_id, author, sender, body, created_at, verified) = row;
    Ok(crate::domain::Message {
        id: crate::domain::MessageId::from_trusted(id),
        thread_id: crate::domain::ThreadId::from_trusted(thread_id),
        clinic_id: crate::domain::ClinicId::from_trusted(clinic_id),
        patient_id: crate::domain::PatientId::from_trusted(patient_id),
        author,
        sender,
        body,
        created_at: super::ts(created_at)?,
        sender_verified: verified != 0,
    })
}

/// A new message's mark on its conversation's row: when its last message came and from whom
/// (what the inbox views are ordered and chosen by); a new message from the patient puts the
/// conversation back in front of the team. A message older than the last one (an import of
/// history) changes neither. `()` is the INSERT before its values (`$1` thread, `$2` clinic,
/// `'open'`, `$3` when, `$3` again, `$4` `patient` or `staff`), `(conflict)` what follows them.
macro_rules! conversation_on_message {
    () => {
        "INSERT INTO conversations (thread_id, clinic_id, status, updated_at, last_message_at, last_author)"
    };
    (conflict) => {
        "ON CONFLICT (thread_id) DO UPDATE SET \
         status = CASE WHEN excluded.last_author = 'patient' THEN 'open' ELSE conversations.status END, \
         review_on = CASE WHEN excluded.last_author = 'patient' THEN NULL ELSE conversations.review_on END, \
         updated_at = CASE WHEN excluded.last_author = 'patient' AND conversations.status <> 'open' \
           THEN excluded.updated_at ELSE conversations.updated_at END, \
         last_author = CASE WHEN conversations.last_message_at IS NULL \
           OR excluded.last_message_at >= conversations.last_message_at \
           THEN excluded.last_author ELSE conversations.last_author END, \
         last_message_at = CASE WHEN conversations.last_message_at IS NULL \
           OR excluded.last_message_at >= conversations.last_message_at \
           THEN excluded.last_message_at ELSE conversations.last_message_at END"
    };
}
pub(in crate::store) use conversation_on_message;

/// Who wrote last, as `conversation_on_message!` records it: the patient, or the team.
pub(in crate::store) fn last_author(m: &crate::domain::Message) -> &'static str {
    if m.author == "patient" { "patient" } else { "staff" }
}

/// This entity's `Store` methods on sqlx, the same on both backends; a link of `sql_store!`'s
/// chain (`$rest` are the links still to come).
macro_rules! message_methods {
    ($store:ty; $rest:tt; { $($methods:tt)* }) => {
        $crate::store::sql::sql_store!(@next $store; $rest; { $($methods)*

        async fn messages(&self, clinic: &ClinicId, thread: &ThreadId) -> StoreResult<Vec<Message>> {
            let rows: Vec<MessageRow> = sqlx::query_as(concat!(
                "SELECT ", message_columns!(), " FROM messages \
                 WHERE clinic_id = $1 AND thread_id = $2 ORDER BY created_at, id"
            ))
            .bind(clinic.as_str())
            .bind(thread.as_str())
            .fetch_all(self.reader())
            .await?;
            rows.into_iter().map(message_of).collect()
        }

        async fn message(&self, clinic: &ClinicId, id: &MessageId) -> StoreResult<Option<Message>> {
            let row: Option<MessageRow> =
                sqlx::query_as(concat!("SELECT ", message_columns!(), " FROM messages WHERE clinic_id = $1 AND id = $2"))
                    .bind(clinic.as_str())
                    .bind(id.as_str())
                    .fetch_optional(self.reader())
                    .await?;
            row.map(message_of).transpose()
        }

        async fn sms_sent_to(&self, patient: &PatientId, since: Timestamp, limit: i64) -> StoreResult<Vec<Delivery>> {
            sqlx::query_as::<_, DeliveryRow>(SMS_SENT_TO_PATIENT)
                .bind(patient.as_str())
                .bind(ms(since))
                .bind(limit)
                .fetch_all(self.reader())
                .await?
                .into_iter()
                .map(DeliveryRow::into_delivery)
                .collect()
        }

        async fn ask_reply_question(&self, q: &ReplyQuestion) -> StoreResult<()> {
            let options: Vec<&str> = q.options.iter().map(|a| a.as_str()).collect();
            sqlx::query(
                "INSERT INTO reply_questions (phone, clinic_id, action, options, expires_at) \
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT (phone) DO UPDATE SET clinic_id = excluded.clinic_id, \
                 action = excluded.action, options = excluded.options, expires_at = excluded.expires_at",
            )
            .bind(q.phone.as_str())
            .bind(q.clinic_id.as_str())
            .bind(q.action.as_str())
            .bind(options.join(" "))
            .bind(ms(q.expires_at))
            .execute(self.writer())
            .await
            .map_err(StoreError::classify)?;
            Ok(())
        }

        async fn take_reply_question(
            &self,
            phone: &crate::domain::Phone,
            now: Timestamp,
        ) -> StoreResult<Option<ReplyQuestion>> {
            let row: Option<(String, String, String, i64)> = sqlx::query_as(
                "DELETE FROM reply_questions WHERE phone = $1 RETURNING clinic_id, action, options, expires_at",
            )
            .bind(phone.as_str())
            .fetch_optional(self.writer())
            .await?;
            let Some((clinic_id, action, options, expires_at)) = row else { return Ok(None) };
            let expires_at = ts(expires_at)?;
            if expires_at <= now {
                return Ok(None);
            }
            Ok(Some(ReplyQuestion {
                phone: phone.clone(),
                clinic_id: ClinicId::from_trusted(clinic_id),
                action: crate::domain::ReplyAction::parse(&action).map_err(|e| corrupt("reply action", e))?,
                options: options.split(' ').filter(|o| !o.is_empty()).map(|o| AppointmentId::from_trusted(o.into())).collect(),
                expires_at,
            }))
        }

        async fn insert_unmatched_text(&self, t: &UnmatchedText) -> StoreResult<()> {
            sqlx::query(
                "INSERT INTO unmatched_texts (id, clinic_id, from_phone, body, received_at) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(t.id.as_str())
            .bind(t.clinic_id.as_ref().map(|c| c.as_str()))
            .bind(t.from.as_str())
            .bind(&t.body)
            .bind(ms(t.received_at))
            .execute(self.writer())
            .await
            .map_err(StoreError::classify)?;
            Ok(())
        }

        async fn unmatched_texts(&self, clinic: &ClinicId, limit: i64) -> StoreResult<Vec<UnmatchedText>> {
            let rows: Vec<(String, String, String, i64)> = sqlx::query_as(
                "SELECT id, from_phone, body, received_at FROM unmatched_texts WHERE clinic_id = $1 \
                 ORDER BY received_at DESC, id DESC LIMIT $2",
            )
            .bind(clinic.as_str())
            .bind(limit)
            .fetch_all(self.reader())
            .await?;
            rows.into_iter()
                .map(|(id, from, body, received_at)| {
                    Ok(UnmatchedText {
                        id: MessageId::from_trusted(id),
                        clinic_id: Some(clinic.clone()),
                        from: crate::domain::Phone::parse(&from).map_err(|e| corrupt("unmatched text's number", e))?,
                        body,
                        received_at: ts(received_at)?,
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
