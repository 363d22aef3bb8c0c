//! The hot writes as they run on the SQLite writer thread (`writer.rs`): the shared
//! statements (`sql/`, as `numbered!` rewrites them, the same text PostgreSQL runs in
//! `postgres/hot.rs`) as direct rusqlite calls on cached statements. Each function is one job:
//! it runs inside the batch's transaction, in its own savepoint, and must not await or keep
//! anything for the next job.

use crate::store::records::*;
use crate::store::sql::placeholders::numbered;
use crate::store::sql::*;
use crate::store::{StoreError, StoreResult};
use rusqlite::{Connection, OptionalExtension, params};

fn insert_delivery(c: &Connection, d: &Delivery) -> StoreResult<()> {
    c.prepare_cached(numbered!(INSERT_DELIVERY))?
        .execute(params![
            d.id.as_str(),
            d.clinic_id.as_str(),
            d.patient_id.as_str(),
            d.purpose.as_str(),
            d.channel.as_str(),
            d.link_purpose.map(|p| p.as_str()),
            d.subject_id.as_deref(),
            d.appointment_id.as_ref().map(|a| a.as_str()),
            i64::from(d.urgent),
            d.status.as_str(),
            d.attempts,
            ms(d.due_at),
            opt_ms(d.not_after),
            opt_ms(d.lease_until),
            d.provider_id.as_deref(),
            d.error_code.as_deref(),
            d.segments,
            d.fallback_of.as_ref().map(|f| f.as_str()),
            ms(d.created_at),
            ms(d.updated_at),
            opt_ms(d.sent_at),
            opt_ms(d.delivered_at),
            d.claim,
            d.digest_of.as_ref().map(|x| x.as_str()),
            d.grant_id.as_ref().map(|g| g.as_str()),
        ])
        .map_err(StoreError::classify_sqlite)?;
    Ok(())
}

fn insert_audit(c: &Connection, e: &AuditEvent) -> StoreResult<()> {
    c.prepare_cached(numbered!(INSERT_AUDIT))?.execute(params![
        e.id.as_str(),
        ms(e.at),
        e.clinic_id.as_ref().map(|c| c.as_str()),
        &e.actor,
        &e.action,
        e.subject.as_deref(),
        e.detail.as_deref(),
        e.source.as_deref(),
        e.sample_key.as_deref(),
        e.for_patient.as_deref(),
        e.auth.as_deref(),
    ])?;
    Ok(())
}

pub(super) fn consume_link(
    c: &Connection,
    lookup: &[u8],
    now: jiff::Timestamp,
    s: &NewSession,
) -> StoreResult<Consume> {
    // The WHERE clause is the whole race: whichever UPDATE commits first makes the others
    // match no row (jobs run one at a time here; other processes wait for the write lock).
    let won = c
        .prepare_cached(numbered!(CLAIM_LINK))?
        .query_row(params![ms(now), lookup], LinkRow::from_sqlite)
        .optional()?;
    let Some(row) = won else {
        // Nothing was written, so there is nothing to roll back.
        let row = c
            .prepare_cached(numbered!(LINK_FOR_LOOKUP))?
            .query_row(params![lookup], LinkRow::from_sqlite)
            .optional()?;
        return match row {
            None => Ok(Consume::NotFound),
            Some(row) => {
                let link = row.into_link()?;
                // Lost a race to a concurrent consume: that is "used".
                let why = link.refusal(now).unwrap_or(LinkRefusal::Used);
                Ok(Consume::Refused(link, why))
            }
        };
    };
    let link = row.into_link()?;
    c.prepare_cached(numbered!(INSERT_SESSION))?
        .execute(params![
            s.id.as_str(),
            &s.id_hash[..],
            link.clinic_id.as_str(),
            link.patient_id.as_str(),
            link.id.as_str(),
            link.purpose.as_str(),
            link.subject_id.as_deref(),
            ms(s.created_at),
            ms(s.idle_expires_at),
            ms(s.expires_at),
            s.signed_in_with.as_str(),
        ])
        .map_err(StoreError::classify_sqlite)?;
    // The audit row commits with the consumption: one write per redemption.
    let event = AuditEvent::new(
        now,
        Some(&link.clinic_id),
        crate::domain::Actor::Patient(link.patient_id.clone()),
        "link.redeemed",
    )
    .subject(link.id.as_str())
    .detail(link.purpose.as_str())
    .auth(s.signed_in_with.as_str());
    insert_audit(c, &event)?;
    Ok(Consume::Consumed(link))
}

pub(super) fn insert_link(c: &Connection, l: &Link) -> StoreResult<()> {
    c.prepare_cached(numbered!(SUPERSEDE_LINKS))?.execute(params![
        ms(l.created_at),
        l.patient_id.as_str(),
        l.purpose.as_str(),
        l.subject_id.as_deref()
    ])?;
    c.prepare_cached(numbered!(INSERT_LINK))?
        .execute(params![
            l.id.as_str(),
            l.clinic_id.as_str(),
            l.patient_id.as_str(),
            l.purpose.as_str(),
            l.subject_id.as_deref(),
            &l.lookup[..],
            i64::from(l.key_id),
            ms(l.created_at),
            ms(l.expires_at),
            l.code_locator.as_deref(),
        ])
        .map_err(StoreError::classify_sqlite)?;
    Ok(())
}

pub(super) fn insert_appointment(c: &Connection, a: &Appointment, reminders: &[Delivery]) -> StoreResult<()> {
    c.prepare_cached(numbered!(INSERT_APPOINTMENT))?
        .execute(params![
            a.id.as_str(),
            a.clinic_id.as_str(),
            a.patient_id.as_str(),
            ms(a.starts_at),
            a.duration_minutes,
            a.location.as_ref().map(|x| x.as_str()),
            a.provider.as_ref().map(|x| x.as_str()),
            a.status.as_str(),
            a.cancel_reason.as_ref().map(|x| x.as_str()),
            ms(a.created_at),
            ms(a.updated_at),
            a.reminders.as_ref().map(|r| r.to_stored()),
            a.bring.as_ref().map(|x| x.as_str()),
        ])
        .map_err(StoreError::classify_sqlite)?;
    insert_deliveries(c, reminders)
}

pub(super) fn insert_deliveries(c: &Connection, deliveries: &[Delivery]) -> StoreResult<()> {
    deliveries.iter().try_for_each(|d| insert_delivery(c, d))
}

pub(super) fn touch_session(c: &Connection, id_hash: &[u8], now: jiff::Timestamp) -> StoreResult<()> {
    c.prepare_cached(numbered!(TOUCH_SESSION))?.execute(params![ms(now), id_hash])?;
    Ok(())
}

pub(super) fn record_audit(c: &Connection, e: &AuditEvent) -> StoreResult<()> {
    insert_audit(c, e)
}

pub(super) fn idempotency_begin(
    c: &Connection,
    clinic: &str,
    key: &str,
    request_hash: &[u8],
    now: jiff::Timestamp,
) -> StoreResult<IdempotencyBegin> {
    let stale = ms(now) - RESERVATION_STALE_MS;
    c.prepare_cached(numbered!(IDEMPOTENCY_DROP_STALE))?.execute(params![clinic, key, stale])?;
    let inserted =
        c.prepare_cached(numbered!(IDEMPOTENCY_RESERVE))?.execute(params![clinic, key, request_hash, ms(now)])?;
    if inserted == 1 {
        return Ok(IdempotencyBegin::Fresh);
    }
    let (hash, status, body): (Vec<u8>, Option<i64>, Option<Vec<u8>>) = c
        .prepare_cached(numbered!(IDEMPOTENCY_STORED))?
        .query_row(params![clinic, key], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(if hash != request_hash {
        IdempotencyBegin::Mismatch
    } else {
        match status {
            Some(status) => IdempotencyBegin::Replay {
                status: u16::try_from(status).map_err(|e| corrupt("idempotency status", e))?,
                body: body.unwrap_or_default(),
            },
            None => IdempotencyBegin::InProgress,
        }
    })
}

pub(super) fn idempotency_finish(c: &Connection, clinic: &str, key: &str, status: u16, body: &[u8]) -> StoreResult<()> {
    c.prepare_cached(numbered!(IDEMPOTENCY_FINISH))?.execute(params![i64::from(status), body, clinic, key])?;
    Ok(())
}

pub(super) fn idempotency_abandon(c: &Connection, clinic: &str, key: &str) -> StoreResult<()> {
    c.prepare_cached(numbered!(IDEMPOTENCY_ABANDON))?.execute(params![clinic, key])?;
    Ok(())
}

pub(super) fn rate_hit(c: &Connection, bucket: &str, now: jiff::Timestamp, since: jiff::Timestamp) -> StoreResult<i64> {
    c.prepare_cached(numbered!(RATE_PRUNE))?.execute(params![bucket, ms(since)])?;
    c.prepare_cached(numbered!(RATE_INSERT))?.execute(params![bucket, ms(now)])?;
    let n = c.prepare_cached(numbered!(RATE_COUNT))?.query_row(params![bucket], |r| r.get(0))?;
    Ok(n)
}

pub(super) fn claim_deliveries(
    c: &Connection,
    now: jiff::Timestamp,
    lease_until: jiff::Timestamp,
    limit: i64,
) -> StoreResult<Vec<Delivery>> {
    c.prepare_cached(numbered!(EXPIRE_LEASES))?.execute(params![ms(now)])?;
    let mut claim = c.prepare_cached(numbered!(CLAIM_DELIVERIES))?;
    let rows = claim.query_map(params![ms(now), ms(lease_until), limit], DeliveryRow::from_sqlite)?;
    let rows = rows.collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter().map(DeliveryRow::into_delivery).collect()
}

pub(super) fn finish_delivery(c: &Connection, id: &str, claim: i64, o: &DeliveryOutcome) -> StoreResult<bool> {
    let n = c.prepare_cached(numbered!(FINISH_DELIVERY))?.execute(params![
        o.status.as_str(),
        opt_ms(o.due_at),
        o.provider_id.as_deref(),
        o.error_code.as_deref(),
        o.segments,
        ms(o.at),
        id,
        i64::from(o.refund_attempt),
        claim,
    ])?;
    Ok(n == 1)
}

pub(super) fn extend_lease(c: &Connection, id: &str, claim: i64, lease_until: jiff::Timestamp) -> StoreResult<bool> {
    let n = c.prepare_cached(numbered!(EXTEND_LEASE))?.execute(params![ms(lease_until), id, claim])?;
    Ok(n == 1)
}
