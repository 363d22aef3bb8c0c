//! The dispatcher's batch calls on SQLite: the claim is one job of the writer thread, and what
//! deciding reads comes after it on one inline reader (in-process, a read costs microseconds,
//! not a round trip); a batch's links and its outcomes are one writer job each.

use super::{SqliteStore, reads, writes};
use crate::domain::{Channel, ClinicId, DeliveryId, DeliveryPurpose, SAME_HOUR};
use crate::store::StoreResult;
use crate::store::dispatch::{Claimed, DispatchStore, Finish, RECENT_SENDS_SPAN, ReportOnce, StatusReport};
use crate::store::records::*;
use crate::store::sql::placeholders::numbered;
use crate::store::sql::{DELIVERY_BY_ID, DeliveryRow, HOUSEHOLD_REMINDERS, RECENT_SENDS, ms, ts};
use jiff::Timestamp;
use rusqlite::{Connection, params};
use std::collections::HashMap;

#[async_trait::async_trait]
impl DispatchStore for SqliteStore {
    async fn claim_for_dispatch(
        &self,
        now: Timestamp,
        lease_until: Timestamp,
        limit: i64,
    ) -> StoreResult<Vec<Claimed>> {
        let claimed = self.hot.run(move |c| writes::claim_deliveries(c, now, lease_until, limit)).await?;
        if claimed.is_empty() {
            return Ok(vec![]);
        }
        self.point_reads.read(|c| {
            let mut clinics: HashMap<ClinicId, Option<Clinic>> = HashMap::new();
            let mut out = Vec::with_capacity(claimed.len());
            for d in claimed {
                let clinic = match clinics.get(&d.clinic_id) {
                    Some(c) => c.clone(),
                    None => {
                        let read = reads::clinic(c, d.clinic_id.as_str())?;
                        clinics.insert(d.clinic_id.clone(), read.clone());
                        read
                    }
                };
                let patient = reads::patient(c, d.clinic_id.as_str(), d.patient_id.as_str())?;
                let appointment = match &d.appointment_id {
                    Some(a) => reads::appointment(c, d.clinic_id.as_str(), a.as_str())?,
                    None => None,
                };
                let reminder = d.purpose == DeliveryPurpose::Reminder;
                let recent_sends = if reminder && !d.urgent && d.grant_id.is_none() {
                    recent_sends(c, d.patient_id.as_str(), d.channel.as_str(), ms(now - RECENT_SENDS_SPAN))?
                } else {
                    vec![]
                };
                // Only a patient with a date of birth joins a household (`household.rs`).
                let may_join = patient.as_ref().filter(|p| p.birth_date.is_some() && reminder && !d.urgent);
                let household = match may_join.and_then(|p| p.phone.as_ref()) {
                    Some(phone) if d.channel == Channel::Sms => {
                        let due_until = ms(d.due_at.max(now) + SAME_HOUR);
                        let mut q = c.prepare_cached(numbered!(HOUSEHOLD_REMINDERS))?;
                        let mut rows = q.query(params![
                            d.clinic_id.as_str(),
                            phone.as_str(),
                            d.patient_id.as_str(),
                            due_until,
                            1
                        ])?;
                        rows.next()?.is_some()
                    }
                    _ => false,
                };
                out.push(Claimed { delivery: d, clinic, patient, appointment, recent_sends, household });
            }
            Ok(out)
        })
    }

    async fn insert_links(&self, links: &[Link]) -> StoreResult<()> {
        if links.is_empty() {
            return Ok(());
        }
        let links = links.to_vec();
        self.hot.run(move |c| links.iter().try_for_each(|l| writes::insert_link(c, l))).await
    }

    async fn finish_deliveries(&self, done: &[Finish]) -> StoreResult<Vec<bool>> {
        if done.is_empty() {
            return Ok(vec![]);
        }
        let done = done.to_vec();
        self.hot
            .run(move |c| done.iter().map(|f| writes::finish_delivery(c, f.id.as_str(), f.claim, &f.outcome)).collect())
            .await
    }

    async fn report_once(
        &self,
        key: &str,
        answer: &str,
        report: StatusReport<'_>,
        now: Timestamp,
        forget_before: Timestamp,
    ) -> StoreResult<ReportOnce> {
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM webhook_receipts WHERE at < $1").bind(ms(forget_before)).execute(&mut *tx).await?;
        let fresh = sqlx::query(
            "INSERT INTO webhook_receipts (key, at, answer) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING",
        )
        .bind(key)
        .bind(ms(now))
        .bind(answer)
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        if !fresh {
            let (kept,): (Option<String>,) = sqlx::query_as("SELECT answer FROM webhook_receipts WHERE key = $1")
                .bind(key)
                .fetch_one(&mut *tx)
                .await?;
            tx.commit().await?;
            return Ok(ReportOnce::Replay(kept.unwrap_or_else(|| answer.to_string())));
        }
        let moved = apply_report(&mut tx, report, now).await?;
        tx.commit().await?;
        Ok(ReportOnce::Applied(moved.map(|(d, m)| (Box::new(d), m))))
    }
}

/// Apply a status report inside `tx` if it moves the delivery forward (`DeliveryStatus::rank`):
/// the delivery as it now stands and whether it moved.
async fn apply_report(
    tx: &mut sqlx::Transaction<'static, sqlx::Sqlite>,
    r: StatusReport<'_>,
    now: Timestamp,
) -> StoreResult<Option<(Delivery, bool)>> {
    let read = |id: &DeliveryId| sqlx::query_as::<_, DeliveryRow>(DELIVERY_BY_ID).bind(id.to_string());
    let Some(row) = read(r.id).fetch_optional(&mut **tx).await? else { return Ok(None) };
    let forward = r.status.rank() > row.into_delivery()?.status.rank();
    if forward {
        sqlx::query(
            "UPDATE deliveries SET status = $1, provider_id = COALESCE(provider_id, $2), \
             error_code = COALESCE($3, error_code), lease_until = NULL, updated_at = $4, \
             sent_at = COALESCE(sent_at, $4), \
             delivered_at = CASE WHEN $1 = 'delivered' THEN $4 ELSE delivered_at END WHERE id = $5",
        )
        .bind(r.status.as_str())
        .bind(r.provider_id)
        .bind(r.error_code)
        .bind(ms(now))
        .bind(r.id.as_str())
        .execute(&mut **tx)
        .await?;
    }
    let now_stands = read(r.id).fetch_one(&mut **tx).await?.into_delivery()?;
    Ok(Some((now_stands, forward)))
}

fn recent_sends(c: &Connection, patient: &str, channel: &str, since: i64) -> StoreResult<Vec<Timestamp>> {
    let mut q = c.prepare_cached(numbered!(RECENT_SENDS))?;
    let times = q.query_map(params![patient, channel, since], |r| r.get::<_, i64>(0))?;
    times.map(|t| ts(t?)).collect()
}
