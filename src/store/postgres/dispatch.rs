//! The dispatcher's batch calls on PostgreSQL, one statement each: the claim with what deciding
//! reads (`CLAIM_FOR_DISPATCH`), a batch's links (a multi-row insert beside the update that
//! supersedes older ones), and a batch's outcomes (one `UPDATE … FROM (VALUES …)`).

use super::PgStore;
use crate::domain::{DeliveryStatus, SAME_HOUR, Words};
use crate::store::dispatch::{Claimed, DispatchStore, Finish, RECENT_SENDS_SPAN, ReportOnce, StatusReport};
use crate::store::records::*;
use crate::store::sql::*;
use crate::store::{StoreError, StoreResult};
use jiff::Timestamp;
use sqlx::Postgres;
use std::sync::LazyLock;

/// `report_once` as one statement: `$1` the key, `$2` now, `$3` the answer, `$4` the delivery,
/// `$5` the reported status and `$9` its rank, `$6` the provider's id, `$7` the error code, `$8`
/// where receipts are forgotten. The receipt goes in first; only a statement that inserted it
/// locks the delivery and moves it, if the report moves it forward (`DeliveryStatus::rank`,
/// written out as a `CASE` from the enum). A concurrent copy of the same report waits for the
/// first's commit at the receipt's key and then changes nothing. Returns whether the receipt
/// was new, the delivery as it now stands (`DeliveryRow` as JSON), whether it moved, and the
/// kept answer.
static REPORT_ONCE: LazyLock<String> = LazyLock::new(|| {
    let rank: Vec<String> =
        DeliveryStatus::EVERY.iter().map(|s| format!("WHEN '{}' THEN {}", s.word(), s.rank())).collect();
    let (rank, cols) = (rank.join(" "), DELIVERY_COLUMNS);
    format!(
        "WITH purged AS (DELETE FROM webhook_receipts WHERE at < $8), \
         receipt AS (INSERT INTO webhook_receipts (key, at, answer) VALUES ($1, $2, $3) \
         ON CONFLICT (key) DO NOTHING RETURNING key), \
         current AS (SELECT id, status FROM deliveries WHERE id = $4 AND EXISTS (SELECT 1 FROM receipt) FOR UPDATE), \
         moved AS (UPDATE deliveries d SET status = $5, provider_id = COALESCE(d.provider_id, $6), \
         error_code = COALESCE($7, d.error_code), lease_until = NULL, updated_at = $2, \
         sent_at = COALESCE(d.sent_at, $2), delivered_at = CASE WHEN $5 = 'delivered' THEN $2 ELSE d.delivered_at END \
         FROM current c WHERE d.id = c.id AND $9 > (CASE c.status {rank} END) RETURNING d.*) \
         SELECT EXISTS (SELECT 1 FROM receipt) AS fresh, \
         COALESCE((SELECT to_jsonb(m)::text FROM (SELECT {cols} FROM moved) m), \
         (SELECT to_jsonb(x)::text FROM (SELECT {cols} FROM deliveries WHERE id = $4) x)) AS delivery, \
         EXISTS (SELECT 1 FROM moved) AS moved, (SELECT answer FROM webhook_receipts WHERE key = $1) AS kept"
    )
});

/// A row of `CLAIM_FOR_DISPATCH`.
#[derive(sqlx::FromRow)]
struct ClaimedRow {
    #[sqlx(flatten)]
    delivery: DeliveryRow,
    clinic: Option<String>,
    patient: Option<String>,
    appointment: Option<String>,
    recent_sends: Vec<i64>,
    household: bool,
}

fn from_json<T: serde::de::DeserializeOwned>(what: &str, json: Option<String>) -> StoreResult<Option<T>> {
    json.map(|j| serde_json::from_str(&j).map_err(|e| corrupt(what, e))).transpose()
}

impl ClaimedRow {
    fn into_claimed(self) -> StoreResult<Claimed> {
        Ok(Claimed {
            delivery: self.delivery.into_delivery()?,
            clinic: from_json::<ClinicRow>("claimed clinic", self.clinic)?.map(ClinicRow::into_clinic).transpose()?,
            patient: from_json::<PatientRow>("claimed patient", self.patient)?
                .map(PatientRow::into_patient)
                .transpose()?,
            appointment: from_json::<AppointmentRow>("claimed appointment", self.appointment)?
                .map(AppointmentRow::into_appointment)
                .transpose()?,
            recent_sends: self.recent_sends.into_iter().map(ts).collect::<StoreResult<_>>()?,
            household: self.household,
        })
    }
}

#[async_trait::async_trait]
impl DispatchStore for PgStore {
    async fn claim_for_dispatch(
        &self,
        now: Timestamp,
        lease_until: Timestamp,
        limit: i64,
    ) -> StoreResult<Vec<Claimed>> {
        sqlx::query_as::<_, ClaimedRow>(CLAIM_FOR_DISPATCH)
            .bind(ms(now))
            .bind(ms(lease_until))
            .bind(limit)
            .bind(ms(now - RECENT_SENDS_SPAN))
            .bind(SAME_HOUR.as_millis() as i64)
            .fetch_all(self.writer())
            .await?
            .into_iter()
            .map(ClaimedRow::into_claimed)
            .collect()
    }

    async fn insert_links(&self, links: &[Link]) -> StoreResult<()> {
        if links.is_empty() {
            return Ok(());
        }
        insert_links(self.writer(), links).await
    }

    async fn finish_deliveries(&self, done: &[Finish]) -> StoreResult<Vec<bool>> {
        if done.is_empty() {
            return Ok(vec![]);
        }
        let mut q = sqlx::QueryBuilder::<Postgres>::new(
            "UPDATE deliveries d SET status = o.status, due_at = COALESCE(o.due_at, d.due_at), \
             provider_id = COALESCE(o.provider_id, d.provider_id), error_code = o.error_code, \
             segments = COALESCE(o.segments, d.segments), lease_until = NULL, updated_at = o.at, \
             sent_at = CASE WHEN o.status IN ('queued', 'sent', 'delivered') THEN o.at ELSE d.sent_at END, \
             attempts = d.attempts - o.refund FROM (",
        );
        q.push_values(done, |mut v, f| {
            let o = &f.outcome;
            v.push_bind(f.id.as_str())
                .push_bind(f.claim)
                .push_bind(o.status.as_str())
                .push_bind(opt_ms(o.due_at))
                .push_bind(o.provider_id.as_deref())
                .push_bind(o.error_code.as_deref())
                .push_bind(o.segments)
                .push_bind(ms(o.at))
                .push_bind(i64::from(o.refund_attempt));
        });
        q.push(
            ") AS o (id, claim, status, due_at, provider_id, error_code, segments, at, refund) \
             WHERE d.id = o.id AND d.status = 'sending' AND d.claim = o.claim RETURNING d.id",
        );
        let kept: Vec<(String,)> = q.build_query_as().fetch_all(self.writer()).await?;
        let kept: std::collections::HashSet<&str> = kept.iter().map(|(id,)| id.as_str()).collect();
        Ok(done.iter().map(|f| kept.contains(f.id.as_str())).collect())
    }

    async fn report_once(
        &self,
        key: &str,
        answer: &str,
        report: StatusReport<'_>,
        now: Timestamp,
        forget_before: Timestamp,
    ) -> StoreResult<ReportOnce> {
        let (fresh, delivery, moved, kept): (bool, Option<String>, bool, Option<String>) =
            sqlx::query_as(REPORT_ONCE.as_str())
                .bind(key)
                .bind(ms(now))
                .bind(answer)
                .bind(report.id.as_str())
                .bind(report.status.as_str())
                .bind(report.provider_id)
                .bind(report.error_code)
                .bind(ms(forget_before))
                .bind(report.status.rank())
                .fetch_one(self.writer())
                .await?;
        if !fresh {
            // A receipt committed after this statement began is not in its snapshot: the
            // answer is the same for every status report.
            return Ok(ReportOnce::Replay(kept.unwrap_or_else(|| answer.to_string())));
        }
        let delivery =
            from_json::<DeliveryRow>("reported delivery", delivery)?.map(DeliveryRow::into_delivery).transpose()?;
        Ok(ReportOnce::Applied(delivery.map(|d| (Box::new(d), moved))))
    }
}

/// Links, each superseding the older unused links of its patient, purpose and subject, in one
/// statement. The update sees the table as it was before the statement, so it never touches
/// the links the statement inserts.
pub(super) async fn insert_links(db: &sqlx::PgPool, links: &[Link]) -> StoreResult<()> {
    let mut q = sqlx::QueryBuilder::<Postgres>::new(
        "WITH new (id, clinic_id, patient_id, purpose, subject_id, lookup, key_id, created_at, expires_at, \
         code_locator) AS (",
    );
    q.push_values(links, |mut v, l| {
        v.push_bind(l.id.as_str())
            .push_bind(l.clinic_id.as_str())
            .push_bind(l.patient_id.as_str())
            .push_bind(l.purpose.as_str())
            .push_bind(l.subject_id.as_deref())
            .push_bind(&l.lookup[..])
            .push_bind(i64::from(l.key_id))
            .push_bind(ms(l.created_at))
            .push_bind(ms(l.expires_at))
            .push_bind(l.code_locator.as_deref());
    });
    // The old links are found per new one, through `links_subject` (`OFFSET 0` keeps the lookup
    // a loop of index scans: joined as one, a plan PostgreSQL caches while the table is still
    // small scans the whole table for every batch once it has grown).
    q.push(
        "), old AS (SELECT l.id, new.created_at AS at FROM new CROSS JOIN LATERAL (SELECT id FROM links \
         WHERE links.patient_id = new.patient_id AND links.purpose = new.purpose \
         AND links.subject_id IS NOT DISTINCT FROM new.subject_id \
         AND links.consumed_at IS NULL AND links.revoked_at IS NULL AND links.superseded_at IS NULL OFFSET 0) l), \
         superseded AS (UPDATE links SET superseded_at = old.at FROM old WHERE links.id = old.id) \
         INSERT INTO links (id, clinic_id, patient_id, purpose, subject_id, lookup, key_id, created_at, expires_at, \
         code_locator) SELECT * FROM new",
    );
    q.build().execute(db).await.map_err(StoreError::classify)?;
    Ok(())
}
