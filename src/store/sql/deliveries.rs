//! Deliveries: the outbox the dispatcher claims from, the delivery log, provider status
//! reports, and the dev outbox.

/// A delivery's columns in `DeliveryRow`'s order.
macro_rules! delivery_columns {
    () => {
        "id, clinic_id, patient_id, purpose, channel, link_purpose, subject_id, appointment_id, urgent, status, \
         attempts, due_at, not_after, lease_until, provider_id, error_code, segments, fallback_of, created_at, \
         updated_at, sent_at, delivered_at, claim, digest_of, grant_id"
    };
}
pub(in crate::store) use delivery_columns;

/// A delivery's columns, for statements built at run time (PostgreSQL's multi-row inserts).
pub(in crate::store) const DELIVERY_COLUMNS: &str = delivery_columns!();

/// One delivery, every column (`delivery_columns!`) in order. Hot: ingest and fanout.
pub(in crate::store) const INSERT_DELIVERY: &str = concat!(
    "INSERT INTO deliveries (",
    delivery_columns!(),
    ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, \
     $23, $24, $25)"
);

/// A delivery's values in `delivery_columns!` order, each given to `$q.$bind(…)`: `bind` on a
/// query, `push_bind` on a `QueryBuilder`'s row (PostgreSQL's multi-row inserts).
macro_rules! bind_delivery {
    ($q:expr, $bind:ident, $d:expr) => {{
        let d: &Delivery = $d;
        $q.$bind(d.id.as_str())
            .$bind(d.clinic_id.as_str())
            .$bind(d.patient_id.as_str())
            .$bind(d.purpose.as_str())
            .$bind(d.channel.as_str())
            .$bind(d.link_purpose.map(|p| p.as_str()))
            .$bind(d.subject_id.as_deref())
            .$bind(d.appointment_id.as_ref().map(|a| a.as_str()))
            .$bind(i64::from(d.urgent))
            .$bind(d.status.as_str())
            .$bind(d.attempts)
            .$bind(ms(d.due_at))
            .$bind(opt_ms(d.not_after))
            .$bind(opt_ms(d.lease_until))
            .$bind(d.provider_id.as_deref())
            .$bind(d.error_code.as_deref())
            .$bind(d.segments)
            .$bind(d.fallback_of.as_ref().map(|f| f.as_str()))
            .$bind(ms(d.created_at))
            .$bind(ms(d.updated_at))
            .$bind(opt_ms(d.sent_at))
            .$bind(opt_ms(d.delivered_at))
            .$bind(d.claim)
            .$bind(d.digest_of.as_ref().map(|x| x.as_str()))
            .$bind(d.grant_id.as_ref().map(|g| g.as_str()))
    }};
}
pub(in crate::store) use bind_delivery;

/// Insert one delivery row on a sqlx executor (a transaction, usually).
macro_rules! insert_delivery {
    ($ex:expr, $d:expr) => {{
        $crate::store::sql::bind_delivery!(sqlx::query($crate::store::sql::INSERT_DELIVERY), bind, $d)
            .execute($ex)
            .await
            .map_err(StoreError::classify)?;
    }};
}
pub(in crate::store) use insert_delivery;

/// Deliveries of a purpose that went out to a patient on channel `$5` in `[$3, $4)` (the
/// patient's own: not caregivers' copies). Hot: the daily reminder cap (one per channel), at
/// every reminder the dispatcher sends.
pub(in crate::store) const COUNT_SENT: &str = "SELECT COUNT(*) FROM deliveries WHERE patient_id = $1 AND purpose = $2 \
     AND sent_at >= $3 AND sent_at < $4 AND channel = $5 AND status IN ('queued', 'sent', 'delivered') \
     AND grant_id IS NULL";

/// Put back deliveries whose lease ran out without an outcome (`$1` now): their dispatcher
/// died or hung. Status reports settle rows the provider did take; the rest go around again.
/// Hot: before every claim.
pub(in crate::store) const EXPIRE_LEASES: &str = "UPDATE deliveries \
     SET status = 'pending', lease_until = NULL, error_code = 'lease-expired' \
     WHERE status = 'sending' AND lease_until < $1";

/// Claim due deliveries, oldest due first, returning them (`DeliveryRow`, with the claim's
/// fencing token in `claim`): `$1` now, `$2` the lease's end, `$3` how many. A patient with a
/// delivery in flight (sending, its lease running) has none claimed until it is settled: one
/// patient's go one after another. SQLite, after `EXPIRE_LEASES`, on the writer thread (the
/// only writer: no row locks); PostgreSQL claims with `CLAIM_FOR_DISPATCH`.
pub(in crate::store) const CLAIM_DELIVERIES: &str = concat!(
    "UPDATE deliveries SET status = 'sending', lease_until = $2, attempts = attempts + 1, updated_at = $1, \
     claim = claim + 1 \
     WHERE id IN (SELECT d.id FROM deliveries d WHERE d.status = 'pending' AND d.due_at <= $1 \
     AND NOT EXISTS (SELECT 1 FROM deliveries f WHERE f.patient_id = d.patient_id AND f.status = 'sending' \
     AND f.lease_until >= $1) ORDER BY d.due_at LIMIT $3) RETURNING ",
    delivery_columns!()
);

/// A claimed delivery's outcome (`$7` its id, `$9` the claim it was claimed with): only a row
/// still `sending` under that same claim takes it, so a status report that already moved it on
/// (a fast callback) is not overwritten, and neither is the work of a later claim after this
/// one's lease ran out (the fence). `$8` is 1 to give back the attempt. Hot: fanout, once a
/// message.
pub(in crate::store) const FINISH_DELIVERY: &str = "UPDATE deliveries SET status = $1, due_at = COALESCE($2, due_at), \
     provider_id = COALESCE($3, provider_id), error_code = $4, segments = COALESCE($5, segments), lease_until = NULL, \
     updated_at = $6, sent_at = CASE WHEN $1 IN ('queued', 'sent', 'delivered') THEN $6 ELSE sent_at END, \
     attempts = attempts - $8 WHERE id = $7 AND status = 'sending' AND claim = $9";

/// Keep a claim's lease alive while its provider call is in flight: `$1` the new end, `$2` the
/// id, `$3` the claim. Matches no row once another claim took it. Hot: once a lease period
/// for each send still waiting on its provider (never for a fast one).
pub(in crate::store) const EXTEND_LEASE: &str =
    "UPDATE deliveries SET lease_until = $1 WHERE id = $2 AND status = 'sending' AND claim = $3";

/// A delivery the provider reported undelivered for a temporary reason (Twilio 30003): back to
/// `pending`, due at `$1` (`$2` now, `$3` the id, `$4` the code). Only from `undelivered`.
pub(in crate::store) const REQUEUE_DELIVERY: &str = "UPDATE deliveries SET status = 'pending', due_at = $1, \
     lease_until = NULL, updated_at = $2, error_code = $4 WHERE id = $3 AND status = 'undelivered'";

/// A delivery by id (`DeliveryRow`), for a status report.
pub(in crate::store) const DELIVERY_BY_ID: &str =
    concat!("SELECT ", delivery_columns!(), " FROM deliveries WHERE id = $1");

/// A delivery of a clinic (`DeliveryRow`).
pub(in crate::store) const DELIVERY_OF_CLINIC: &str =
    concat!("SELECT ", delivery_columns!(), " FROM deliveries WHERE clinic_id = $1 AND id = $2");

/// Mark provider-accepted SMS never confirmed since before `$1` as followed up, at most `$2`,
/// returning them (`DeliveryRow`).
pub(in crate::store) const TAKE_UNCONFIRMED: &str = concat!(
    "UPDATE deliveries SET error_code = 'unconfirmed' WHERE id IN (SELECT id FROM deliveries \
     WHERE status IN ('queued', 'sent') AND provider_id IS NOT NULL AND sent_at < $1 AND error_code IS NULL \
     AND channel = 'sms' ORDER BY sent_at LIMIT $2) RETURNING ",
    delivery_columns!()
);

/// A patient's deliveries, newest first, at most `$3` (`DeliveryRow`).
pub(in crate::store) const DELIVERIES_OF_PATIENT: &str = concat!(
    "SELECT ",
    delivery_columns!(),
    " FROM deliveries WHERE clinic_id = $1 AND patient_id = $2 ORDER BY created_at DESC, id DESC LIMIT $3"
);

/// SMS reminders waiting (pending, or claimed and not yet settled) for a clinic's (`$1`) other
/// patients (not `$3`) whose phone is `$2`, due by `$4`, soonest first, at most `$5`
/// (`DeliveryRow`). Their own reminders only: a caregiver's copy goes to the caregiver.
pub(in crate::store) const HOUSEHOLD_REMINDERS: &str = concat!(
    "SELECT ",
    delivery_columns!(),
    " FROM deliveries WHERE id IN (SELECT d.id FROM deliveries d JOIN contact_points c \
     ON c.patient_id = d.patient_id AND c.channel = 'sms' WHERE d.clinic_id = $1 AND c.address = $2 \
     AND d.patient_id <> $3 AND d.status IN ('pending', 'sending') AND d.purpose = 'reminder' AND d.channel = 'sms' \
     AND d.urgent = 0 AND d.due_at <= $4 AND d.grant_id IS NULL) ORDER BY due_at, id LIMIT $5"
);

/// Claim one pending delivery `$3` for a household reminder (`$1` now, `$2` the lease's end),
/// returning it (`DeliveryRow`) with its new claim.
pub(in crate::store) const CLAIM_FOR_DIGEST: &str = concat!(
    "UPDATE deliveries SET status = 'sending', lease_until = $2, attempts = attempts + 1, updated_at = $1, \
     claim = claim + 1 WHERE id = $3 AND status = 'pending' RETURNING ",
    delivery_columns!()
);

/// A patient's SMS the provider took since `$2`, newest sent first, at most `$3`
/// (`DeliveryRow`): what a reply from their number may be answering.
pub(in crate::store) const SMS_SENT_TO_PATIENT: &str = concat!(
    "SELECT ",
    delivery_columns!(),
    " FROM deliveries WHERE patient_id = $1 AND channel = 'sms' AND sent_at >= $2 \
     AND status IN ('queued', 'sent', 'delivered') AND grant_id IS NULL ORDER BY sent_at DESC, id DESC LIMIT $3"
);

/// This entity's `Store` methods on sqlx, the same on both backends; a link of `sql_store!`'s
/// chain (`$rest` are the links still to come).
macro_rules! delivery_methods {
    ($store:ty; $rest:tt; { $($methods:tt)* }) => {
        $crate::store::sql::sql_store!(@next $store; $rest; { $($methods)*

        async fn next_claimable(&self) -> StoreResult<Option<Timestamp>> {
            // Each side is one look at a partial index (`deliveries_due`, `deliveries_leased`).
            let at: Option<i64> = sqlx::query_scalar(
                "SELECT MIN(t) FROM (SELECT MIN(due_at) AS t FROM deliveries WHERE status = 'pending' \
                 UNION ALL SELECT MIN(lease_until) AS t FROM deliveries WHERE status = 'sending') AS next",
            )
            .fetch_one(self.reader())
            .await?;
            at.map($crate::store::sql::ts).transpose()
        }

        async fn household_reminders(
            &self,
            clinic: &ClinicId,
            phone: &str,
            except: &PatientId,
            due_until: Timestamp,
            limit: i64,
        ) -> StoreResult<Vec<Delivery>> {
            sqlx::query_as::<_, DeliveryRow>(HOUSEHOLD_REMINDERS)
                .bind(clinic.as_str())
                .bind(phone)
                .bind(except.as_str())
                .bind(ms(due_until))
                .bind(limit)
                .fetch_all(self.reader())
                .await?
                .into_iter()
                .map(DeliveryRow::into_delivery)
                .collect()
        }

        async fn claim_for_digest(
            &self,
            ids: &[DeliveryId],
            now: Timestamp,
            lease_until: Timestamp,
        ) -> StoreResult<Vec<Delivery>> {
            let q = CLAIM_FOR_DIGEST;
            let mut tx = self.begin_write().await?;
            let mut claimed = vec![];
            for id in ids {
                let row = sqlx::query_as::<_, DeliveryRow>(q)
                    .bind(ms(now))
                    .bind(ms(lease_until))
                    .bind(id.as_str())
                    .fetch_optional(&mut *tx)
                    .await?;
                if let Some(row) = row {
                    claimed.push(row.into_delivery()?);
                }
            }
            tx.commit().await?;
            Ok(claimed)
        }

        async fn finish_in_digest(
            &self,
            members: &[Delivery],
            lead: &DeliveryId,
            sent: bool,
            now: Timestamp,
        ) -> StoreResult<()> {
            let q = if sent {
                "UPDATE deliveries SET status = 'sent', digest_of = $1, sent_at = $2, updated_at = $2, \
                 lease_until = NULL, error_code = NULL WHERE id = $3 AND claim = $4 AND status = 'sending'"
            } else {
                "UPDATE deliveries SET status = 'pending', lease_until = NULL, updated_at = $2, \
                 attempts = attempts - 1 WHERE id = $3 AND claim = $4 AND status = 'sending' AND $1 <> ''"
            };
            let mut tx = self.begin_write().await?;
            for m in members {
                sqlx::query(q)
                    .bind(lead.as_str())
                    .bind(ms(now))
                    .bind(m.id.as_str())
                    .bind(m.claim)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
            Ok(())
        }

        async fn provider_id_taken(&self, provider_id: &str, except: &DeliveryId) -> StoreResult<bool> {
            let row: Option<(String,)> =
                sqlx::query_as("SELECT id FROM deliveries WHERE provider_id = $1 AND id <> $2 LIMIT 1")
                    .bind(provider_id)
                    .bind(except.as_str())
                    .fetch_optional(self.reader())
                    .await?;
            Ok(row.is_some())
        }

        async fn requeue_delivery(
            &self,
            id: &DeliveryId,
            due_at: Timestamp,
            error_code: &str,
            now: Timestamp,
        ) -> StoreResult<bool> {
            let done = sqlx::query(REQUEUE_DELIVERY)
                .bind(ms(due_at))
                .bind(ms(now))
                .bind(id.as_str())
                .bind(error_code)
                .execute(self.writer())
                .await?;
            Ok(done.rows_affected() == 1)
        }

        async fn delivery(&self, clinic: &ClinicId, id: &DeliveryId) -> StoreResult<Option<Delivery>> {
            sqlx::query_as::<_, DeliveryRow>(DELIVERY_OF_CLINIC)
                .bind(clinic.as_str())
                .bind(id.as_str())
                .fetch_optional(self.reader())
                .await?
                .map(DeliveryRow::into_delivery)
                .transpose()
        }

        async fn take_unconfirmed(&self, cutoff: Timestamp, limit: i64) -> StoreResult<Vec<Delivery>> {
            sqlx::query_as::<_, DeliveryRow>(TAKE_UNCONFIRMED)
                .bind(ms(cutoff))
                .bind(limit)
                .fetch_all(self.writer())
                .await?
                .into_iter()
                .map(DeliveryRow::into_delivery)
                .collect()
        }

        async fn deliveries_for(
            &self,
            clinic: &ClinicId,
            patient: &PatientId,
            limit: i64,
        ) -> StoreResult<Vec<Delivery>> {
            sqlx::query_as::<_, DeliveryRow>(DELIVERIES_OF_PATIENT)
                .bind(clinic.as_str())
                .bind(patient.as_str())
                .bind(limit)
                .fetch_all(self.reader())
                .await?
                .into_iter()
                .map(DeliveryRow::into_delivery)
                .collect()
        }

        async fn dev_outbox_push(&self, m: &OutboxMessage) -> StoreResult<()> {
            sqlx::query(
                "INSERT INTO dev_outbox (channel, to_address, subject, body, created_at, clinic_id, patient_id) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(&m.channel)
            .bind(&m.to)
            .bind(m.subject.as_deref())
            .bind(&m.body)
            .bind(ms(m.created_at))
            .bind(m.clinic_id.as_deref())
            .bind(m.patient_id.as_deref())
            .execute(self.writer())
            .await?;
            Ok(())
        }

        async fn dev_outbox(&self) -> StoreResult<Vec<OutboxMessage>> {
            sqlx::query_as::<_, OutboxRow>(
                "SELECT channel, to_address, subject, body, created_at, clinic_id, patient_id FROM dev_outbox \
                 ORDER BY seq",
            )
            .fetch_all(self.reader())
            .await?
            .into_iter()
            .map(OutboxRow::into_message)
            .collect()
        }
        });
    };
}
pub(in crate::store) use delivery_methods;
