//! The hot writes as they run on the SQLite writer thread (`writer.rs`): the same SQL as
//! `sql_hot_writes!` (PostgreSQL), with `?N` parameters, as direct rusqlite calls on cached
//! statements. Each function is one job: it runs inside the batch's transaction, in its own
//! savepoint, and must not await or keep anything for the next job.

use crate::store::records::*;
use crate::store::sql::{DeliveryRow, LinkRow, delivery_columns, link_columns_bare, ms, opt_ms};
use crate::store::{StoreError, StoreResult};
use rusqlite::{Connection, OptionalExtension, Row, params};

pub(super) fn link_row(r: &Row<'_>) -> rusqlite::Result<LinkRow> {
    Ok(LinkRow {
        id: r.get(0)?,
        clinic_id: r.get(1)?,
        patient_id: r.get(2)?,
        purpose: r.get(3)?,
        subject_id: r.get(4)?,
        lookup: r.get(5)?,
        key_id: r.get(6)?,
        created_at: r.get(7)?,
        expires_at: r.get(8)?,
        consumed_at: r.get(9)?,
        revoked_at: r.get(10)?,
        superseded_at: r.get(11)?,
    })
}

fn delivery_row(r: &Row<'_>) -> rusqlite::Result<DeliveryRow> {
    Ok(DeliveryRow {
        id: r.get(0)?,
        clinic_id: r.get(1)?,
        patient_id: r.get(2)?,
        purpose: r.get(3)?,
        channel: r.get(4)?,
        link_purpose: r.get(5)?,
        subject_id: r.get(6)?,
        appointment_id: r.get(7)?,
        urgent: r.get(8)?,
        status: r.get(9)?,
        attempts: r.get(10)?,
        due_at: r.get(11)?,
        not_after: r.get(12)?,
        lease_until: r.get(13)?,
        provider_id: r.get(14)?,
        error_code: r.get(15)?,
        segments: r.get(16)?,
        fallback_of: r.get(17)?,
        created_at: r.get(18)?,
        updated_at: r.get(19)?,
        sent_at: r.get(20)?,
        delivered_at: r.get(21)?,
    })
}

fn insert_delivery(c: &Connection, d: &Delivery) -> StoreResult<()> {
    c.prepare_cached(concat!(
        "INSERT INTO deliveries (",
        delivery_columns!(),
        ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)"
    ))?
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
    ])
    .map_err(StoreError::classify_sqlite)?;
    Ok(())
}

fn insert_audit(c: &Connection, e: &AuditEvent) -> StoreResult<()> {
    c.prepare_cached(
        "INSERT INTO audit_events (id, at, clinic_id, actor, action, subject, detail) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        e.id.as_str(),
        ms(e.at),
        e.clinic_id.as_ref().map(|c| c.as_str()),
        &e.actor,
        &e.action,
        e.subject.as_deref(),
        e.detail.as_deref(),
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
        .prepare_cached(concat!(
            "UPDATE links SET consumed_at = ?1 WHERE lookup = ?2 AND consumed_at IS NULL AND revoked_at IS NULL \
             AND superseded_at IS NULL AND expires_at > ?1 RETURNING ",
            link_columns_bare!()
        ))?
        .query_row(params![ms(now), lookup], link_row)
        .optional()?;
    let Some(row) = won else {
        // Nothing was written, so there is nothing to roll back.
        let row = c
            .prepare_cached(concat!("SELECT ", link_columns_bare!(), " FROM links WHERE lookup = ?1"))?
            .query_row(params![lookup], link_row)
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
    c.prepare_cached(
        "INSERT INTO sessions (id, id_hash, clinic_id, patient_id, link_id, purpose, subject_id, created_at, \
         last_seen_at, idle_expires_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9, ?10)",
    )?
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
    ])
    .map_err(StoreError::classify_sqlite)?;
    // The audit row commits with the consumption: one write per redemption.
    let event = AuditEvent::new(now, Some(&link.clinic_id), format!("patient:{}", link.patient_id), "link.redeemed")
        .subject(link.id.as_str())
        .detail(link.purpose.as_str());
    insert_audit(c, &event)?;
    Ok(Consume::Consumed(link))
}

pub(super) fn insert_link(c: &Connection, l: &Link) -> StoreResult<()> {
    c.prepare_cached(
        "UPDATE links SET superseded_at = ?1 WHERE patient_id = ?2 AND purpose = ?3 \
         AND ((subject_id IS NULL AND ?4 IS NULL) OR subject_id = ?4) \
         AND consumed_at IS NULL AND revoked_at IS NULL AND superseded_at IS NULL",
    )?
    .execute(params![ms(l.created_at), l.patient_id.as_str(), l.purpose.as_str(), l.subject_id.as_deref()])?;
    c.prepare_cached(
        "INSERT INTO links (id, clinic_id, patient_id, purpose, subject_id, lookup, key_id, created_at, expires_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
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
    ])
    .map_err(StoreError::classify_sqlite)?;
    Ok(())
}

pub(super) fn insert_appointment(c: &Connection, a: &Appointment, reminders: &[Delivery]) -> StoreResult<()> {
    c.prepare_cached(
        "INSERT INTO appointments (id, clinic_id, patient_id, starts_at, duration_minutes, location, provider, status, \
         cancel_reason, created_at, updated_at, reminder_offsets, bring) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?
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
    c.prepare_cached(
        "UPDATE sessions SET idle_expires_at = ?1 + (idle_expires_at - last_seen_at), last_seen_at = ?1 \
         WHERE id_hash = ?2 AND ended_at IS NULL",
    )?
    .execute(params![ms(now), id_hash])?;
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
    // A reservation left by a crashed request stops blocking after a minute.
    let stale = ms(now) - 60_000;
    c.prepare_cached(
        "DELETE FROM idempotency_keys WHERE clinic_id = ?1 AND key = ?2 AND status IS NULL AND created_at < ?3",
    )?
    .execute(params![clinic, key, stale])?;
    let inserted = c
        .prepare_cached(
            "INSERT INTO idempotency_keys (clinic_id, key, request_hash, created_at) VALUES (?1, ?2, ?3, ?4) \
             ON CONFLICT (clinic_id, key) DO NOTHING",
        )?
        .execute(params![clinic, key, request_hash, ms(now)])?;
    if inserted == 1 {
        return Ok(IdempotencyBegin::Fresh);
    }
    let (hash, status, body): (Vec<u8>, Option<i64>, Option<Vec<u8>>) = c
        .prepare_cached(
            "SELECT request_hash, status, response FROM idempotency_keys WHERE clinic_id = ?1 AND key = ?2",
        )?
        .query_row(params![clinic, key], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(if hash != request_hash {
        IdempotencyBegin::Mismatch
    } else {
        match status {
            Some(status) => IdempotencyBegin::Replay {
                status: u16::try_from(status).map_err(|e| crate::store::sql::corrupt("idempotency status", e))?,
                body: body.unwrap_or_default(),
            },
            None => IdempotencyBegin::InProgress,
        }
    })
}

pub(super) fn idempotency_finish(c: &Connection, clinic: &str, key: &str, status: u16, body: &[u8]) -> StoreResult<()> {
    c.prepare_cached("UPDATE idempotency_keys SET status = ?1, response = ?2 WHERE clinic_id = ?3 AND key = ?4")?
        .execute(params![i64::from(status), body, clinic, key])?;
    Ok(())
}

pub(super) fn idempotency_abandon(c: &Connection, clinic: &str, key: &str) -> StoreResult<()> {
    c.prepare_cached("DELETE FROM idempotency_keys WHERE clinic_id = ?1 AND key = ?2 AND status IS NULL")?
        .execute(params![clinic, key])?;
    Ok(())
}

pub(super) fn rate_hit(c: &Connection, bucket: &str, now: jiff::Timestamp, since: jiff::Timestamp) -> StoreResult<i64> {
    // Old hits are pruned per bucket as we go, so the table stays small.
    c.prepare_cached("DELETE FROM rate_hits WHERE bucket = ?1 AND at < ?2")?.execute(params![bucket, ms(since)])?;
    c.prepare_cached("INSERT INTO rate_hits (bucket, at) VALUES (?1, ?2)")?.execute(params![bucket, ms(now)])?;
    let n = c
        .prepare_cached("SELECT COUNT(*) FROM rate_hits WHERE bucket = ?1")?
        .query_row(params![bucket], |r| r.get(0))?;
    Ok(n)
}

pub(super) fn claim_deliveries(
    c: &Connection,
    now: jiff::Timestamp,
    lease_until: jiff::Timestamp,
    limit: i64,
) -> StoreResult<Vec<Delivery>> {
    // A lease that ran out without an outcome: its dispatcher died or hung. Status reports
    // settle rows the provider did take; the rest go around again.
    c.prepare_cached(
        "UPDATE deliveries SET status = 'pending', lease_until = NULL, error_code = 'lease-expired' \
         WHERE status = 'sending' AND lease_until < ?1",
    )?
    .execute(params![ms(now)])?;
    let mut claim = c.prepare_cached(concat!(
        "UPDATE deliveries SET status = 'sending', lease_until = ?2, attempts = attempts + 1, updated_at = ?1 \
         WHERE id IN (SELECT id FROM deliveries WHERE status = 'pending' AND due_at <= ?1 ORDER BY due_at LIMIT ?3) \
         RETURNING ",
        delivery_columns!()
    ))?;
    let rows = claim.query_map(params![ms(now), ms(lease_until), limit], delivery_row)?;
    let rows = rows.collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter().map(DeliveryRow::into_delivery).collect()
}

pub(super) fn finish_delivery(c: &Connection, id: &str, o: &DeliveryOutcome) -> StoreResult<()> {
    // Only a claimed row takes an outcome: a status report that already moved it on (a fast
    // callback) is not overwritten.
    c.prepare_cached(
        "UPDATE deliveries SET status = ?1, due_at = COALESCE(?2, due_at), provider_id = COALESCE(?3, provider_id), \
         error_code = ?4, segments = COALESCE(?5, segments), lease_until = NULL, updated_at = ?6, \
         sent_at = CASE WHEN ?1 IN ('queued', 'sent', 'delivered') THEN ?6 ELSE sent_at END, \
         attempts = attempts - ?8 WHERE id = ?7 AND status = 'sending'",
    )?
    .execute(params![
        o.status.as_str(),
        opt_ms(o.due_at),
        o.provider_id.as_deref(),
        o.error_code.as_deref(),
        o.segments,
        ms(o.at),
        id,
        i64::from(o.refund_attempt),
    ])?;
    Ok(())
}
