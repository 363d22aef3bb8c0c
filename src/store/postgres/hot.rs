//! PostgreSQL's hot paths (redemption, landing, ingest, dispatch): the shared statements
//! (`sql/`) on sqlx, the same text SQLite runs through rusqlite (`sqlite/reads.rs`,
//! `sqlite/writes.rs`). Rows are read by name (`FromRow`).

use crate::domain::{AppointmentId, Channel, ClinicId, DeliveryId, DeliveryPurpose, EventId, PatientId};
use crate::store::records::*;
use crate::store::sql::*;
use crate::store::{StoreError, StoreResult};
use jiff::Timestamp;
use sqlx::{PgPool, Postgres};

pub(super) async fn link_by_lookup(db: &PgPool, lookup: &[u8]) -> StoreResult<Option<LinkView>> {
    sqlx::query_as::<_, LinkViewRow>(LINK_BY_LOOKUP)
        .bind(lookup)
        .fetch_optional(db)
        .await?
        .map(LinkViewRow::into_view)
        .transpose()
}

pub(super) async fn clinic_by_api_key(db: &PgPool, api_key_hash: &[u8]) -> StoreResult<Option<Clinic>> {
    sqlx::query_as::<_, ClinicRow>(CLINIC_BY_API_KEY)
        .bind(api_key_hash)
        .fetch_optional(db)
        .await?
        .map(ClinicRow::into_clinic)
        .transpose()
}

pub(super) async fn clinic(db: &PgPool, id: &ClinicId) -> StoreResult<Option<Clinic>> {
    sqlx::query_as::<_, ClinicRow>(CLINIC_BY_ID)
        .bind(id.as_str())
        .fetch_optional(db)
        .await?
        .map(ClinicRow::into_clinic)
        .transpose()
}

pub(super) async fn patient(db: &PgPool, clinic: &ClinicId, id: &PatientId) -> StoreResult<Option<Patient>> {
    sqlx::query_as::<_, PatientRow>(PATIENT_BY_ID)
        .bind(clinic.as_str())
        .bind(id.as_str())
        .fetch_optional(db)
        .await?
        .map(PatientRow::into_patient)
        .transpose()
}

/// A row of `PATIENT_WITH_GRANTS`.
#[derive(sqlx::FromRow)]
struct PatientGrantsRow {
    #[sqlx(flatten)]
    patient: PatientRow,
    grants: String,
}

pub(super) async fn patient_with_grants(
    db: &PgPool,
    clinic: &ClinicId,
    id: &PatientId,
) -> StoreResult<Option<PatientGrants>> {
    let row = sqlx::query_as::<_, PatientGrantsRow>(PATIENT_WITH_GRANTS)
        .bind(clinic.as_str())
        .bind(id.as_str())
        .fetch_optional(db)
        .await?;
    let Some(row) = row else { return Ok(None) };
    let grants: Vec<GrantRow> = serde_json::from_str(&row.grants).map_err(|e| corrupt("a patient's grants", e))?;
    let grants = grants.into_iter().map(GrantRow::into_grant).collect::<StoreResult<_>>()?;
    Ok(Some((row.patient.into_patient()?, grants)))
}

pub(super) async fn appointment(
    db: &PgPool,
    clinic: &ClinicId,
    id: &AppointmentId,
) -> StoreResult<Option<Appointment>> {
    sqlx::query_as::<_, AppointmentRow>(APPOINTMENT_BY_ID)
        .bind(clinic.as_str())
        .bind(id.as_str())
        .fetch_optional(db)
        .await?
        .map(AppointmentRow::into_appointment)
        .transpose()
}

pub(super) async fn count_sent(
    db: &PgPool,
    patient: &PatientId,
    purpose: DeliveryPurpose,
    channel: Channel,
    since: Timestamp,
    until: Timestamp,
) -> StoreResult<i64> {
    let (n,): (i64,) = sqlx::query_as(COUNT_SENT)
        .bind(patient.as_str())
        .bind(purpose.as_str())
        .bind(ms(since))
        .bind(ms(until))
        .bind(channel.as_str())
        .fetch_one(db)
        .await?;
    Ok(n)
}

pub(super) async fn session(db: &PgPool, id_hash: &[u8]) -> StoreResult<Option<Session>> {
    sqlx::query_as::<_, SessionRow>(SESSION_BY_HASH)
        .bind(id_hash)
        .fetch_optional(db)
        .await?
        .map(SessionRow::into_session)
        .transpose()
}

/// The appointment, its reminders and its audit event in one statement (data-modifying CTEs,
/// the reminders as one multi-row INSERT): one round trip, and atomic as any statement is.
///
/// With `kept`, the same statement reserves the `Idempotency-Key` with its answer already in
/// it, and every insert is guarded by that reservation: a key another request holds writes
/// nothing, and only then does a second statement read what the key holds.
pub(super) async fn insert_appointment(
    db: &PgPool,
    a: &Appointment,
    reminders: &[Delivery],
    audit: Option<&AuditEvent>,
    kept: Option<&KeptAnswer>,
) -> StoreResult<IdempotencyBegin> {
    let mut q = sqlx::QueryBuilder::<Postgres>::new("WITH ");
    let guard = match kept {
        Some(k) => {
            q.push(
                "reserved AS (INSERT INTO idempotency_keys (clinic_id, key, request_hash, status, response, \
                 created_at) VALUES (",
            );
            let mut v = q.separated(", ");
            v.push_bind(k.clinic.as_str()).push_bind(&k.key).push_bind(&k.request_hash);
            v.push_bind(i64::from(k.status)).push_bind(&k.body).push_bind(ms(k.now));
            q.push(
                ") ON CONFLICT (clinic_id, key) DO UPDATE SET request_hash = excluded.request_hash, \
                 status = excluded.status, response = excluded.response, created_at = excluded.created_at \
                 WHERE idempotency_keys.status IS NULL AND idempotency_keys.created_at < ",
            );
            q.push_bind(ms(k.now) - RESERVATION_STALE_MS).push(" RETURNING 1), ");
            " WHERE EXISTS (SELECT 1 FROM reserved)"
        }
        None => "",
    };
    q.push(
        "appointment AS (INSERT INTO appointments (id, clinic_id, patient_id, starts_at, duration_minutes, location, \
         provider, status, cancel_reason, created_at, updated_at, reminder_offsets, bring) SELECT ",
    );
    bind_appointment!(q.separated(", "), push_bind, a);
    q.push(guard).push(")");
    if let Some(e) = audit {
        q.push(
            ", audit AS (INSERT INTO audit_events (id, at, clinic_id, actor, action, subject, detail, source, \
             sample_key, for_patient, auth) SELECT ",
        );
        bind_audit!(q.separated(", "), push_bind, e);
        q.push(guard).push(" ON CONFLICT (sample_key) DO UPDATE SET count = audit_events.count + 1)");
    }
    if !reminders.is_empty() {
        q.push(", reminders AS (INSERT INTO deliveries (").push(DELIVERY_COLUMNS).push(") SELECT * FROM (");
        q.push_values(reminders, |mut v, d| {
            bind_delivery!(v, push_bind, d);
        });
        q.push(") AS v").push(guard).push(")");
    }
    q.push(if kept.is_some() { " SELECT EXISTS (SELECT 1 FROM reserved)" } else { " SELECT true" });
    let (fresh,): (bool,) = q.build_query_as().fetch_one(db).await.map_err(StoreError::classify)?;
    match kept {
        Some(k) if !fresh => match idempotency_begin(db, &k.clinic, &k.key, &k.request_hash, k.now).await? {
            // The key was let go between the two statements, and is this request's now: it
            // wrote nothing, so it lets go too and asks for a retry.
            IdempotencyBegin::Fresh => {
                idempotency_abandon(db, &k.clinic, &k.key).await?;
                Ok(IdempotencyBegin::InProgress)
            }
            held => Ok(held),
        },
        _ => Ok(IdempotencyBegin::Fresh),
    }
}

/// A link and the update that supersedes older unused ones, in one statement.
pub(super) async fn insert_link(db: &PgPool, l: &Link) -> StoreResult<()> {
    super::dispatch::insert_links(db, std::slice::from_ref(l)).await
}

pub(super) async fn consume_link(db: &PgPool, lookup: &[u8], now: Timestamp, s: &NewSession) -> StoreResult<Consume> {
    let audit_id = EventId::new();
    let won = sqlx::query_as::<_, LinkRow>(CONSUME_LINK)
        .bind(ms(now))
        .bind(lookup)
        .bind(s.id.as_str())
        .bind(&s.id_hash[..])
        .bind(ms(s.created_at))
        .bind(ms(s.idle_expires_at))
        .bind(ms(s.expires_at))
        .bind(audit_id.as_str())
        .bind(s.signed_in_with.as_str())
        .fetch_optional(db)
        .await
        .map_err(StoreError::classify)?;
    if let Some(row) = won {
        return Ok(Consume::Consumed(row.into_link()?));
    }
    let row = sqlx::query_as::<_, LinkRow>(LINK_FOR_LOOKUP).bind(lookup).fetch_optional(db).await?;
    match row {
        None => Ok(Consume::NotFound),
        Some(row) => {
            let link = row.into_link()?;
            // Lost a race to a concurrent consume: that is "used".
            let why = link.refusal(now).unwrap_or(LinkRefusal::Used);
            Ok(Consume::Refused(link, why))
        }
    }
}

pub(super) async fn touch_session(db: &PgPool, id_hash: &[u8], now: Timestamp) -> StoreResult<()> {
    sqlx::query(TOUCH_SESSION).bind(ms(now)).bind(id_hash).execute(db).await?;
    Ok(())
}

pub(super) async fn record_audit(db: &PgPool, e: &AuditEvent) -> StoreResult<()> {
    bind_audit!(sqlx::query(INSERT_AUDIT), bind, e).execute(db).await?;
    Ok(())
}

pub(super) async fn idempotency_begin(
    db: &PgPool,
    clinic: &ClinicId,
    key: &str,
    request_hash: &[u8],
    now: Timestamp,
) -> StoreResult<IdempotencyBegin> {
    let stale = ms(now) - RESERVATION_STALE_MS;
    type Row = (bool, Option<Vec<u8>>, Option<i64>, Option<Vec<u8>>);
    let (fresh, hash, status, body): Row = sqlx::query_as(IDEMPOTENCY_BEGIN_ONE_TRIP)
        .bind(clinic.as_str())
        .bind(key)
        .bind(request_hash)
        .bind(ms(now))
        .bind(stale)
        .fetch_one(db)
        .await?;
    if fresh {
        return Ok(IdempotencyBegin::Fresh);
    }
    Ok(match (hash, status) {
        // Reserved by a request this statement's snapshot did not see: it has only just begun.
        (None, _) => IdempotencyBegin::InProgress,
        (Some(hash), _) if hash != request_hash => IdempotencyBegin::Mismatch,
        (Some(_), Some(status)) => IdempotencyBegin::Replay {
            status: u16::try_from(status).map_err(|e| corrupt("idempotency status", e))?,
            body: body.unwrap_or_default(),
        },
        (Some(_), None) => IdempotencyBegin::InProgress,
    })
}

pub(super) async fn idempotency_finish(
    db: &PgPool,
    clinic: &ClinicId,
    key: &str,
    status: u16,
    body: &[u8],
) -> StoreResult<()> {
    sqlx::query(IDEMPOTENCY_FINISH)
        .bind(i64::from(status))
        .bind(body)
        .bind(clinic.as_str())
        .bind(key)
        .execute(db)
        .await?;
    Ok(())
}

pub(super) async fn idempotency_abandon(db: &PgPool, clinic: &ClinicId, key: &str) -> StoreResult<()> {
    sqlx::query(IDEMPOTENCY_ABANDON).bind(clinic.as_str()).bind(key).execute(db).await?;
    Ok(())
}

/// The hit in one round trip: the function (migration 0040) takes the bucket's turn, prunes,
/// inserts and counts, each statement seeing the hits committed before it.
pub(super) async fn rate_hit(db: &PgPool, bucket: &str, now: Timestamp, since: Timestamp) -> StoreResult<i64> {
    let (n,): (i64,) =
        sqlx::query_as(RATE_HIT_ONE_TRIP).bind(bucket).bind(ms(now)).bind(ms(since)).fetch_one(db).await?;
    Ok(n)
}

/// Deliveries as one multi-row INSERT (a statement is atomic: all or none), in chunks that
/// keep within PostgreSQL's 65,535 parameters a statement.
pub(super) async fn insert_deliveries(db: &PgPool, deliveries: &[Delivery]) -> StoreResult<()> {
    const ROWS: usize = 2_000;
    if deliveries.len() <= ROWS {
        return insert_delivery_rows(db, deliveries).await;
    }
    let mut tx = db.begin().await?;
    for chunk in deliveries.chunks(ROWS) {
        insert_delivery_rows(&mut *tx, chunk).await?;
    }
    tx.commit().await?;
    Ok(())
}

async fn insert_delivery_rows<'e>(db: impl sqlx::PgExecutor<'e>, deliveries: &[Delivery]) -> StoreResult<()> {
    if deliveries.is_empty() {
        return Ok(());
    }
    let mut q = sqlx::QueryBuilder::<Postgres>::new("INSERT INTO deliveries (");
    q.push(DELIVERY_COLUMNS).push(") ");
    q.push_values(deliveries, |mut v, d| {
        bind_delivery!(v, push_bind, d);
    });
    q.build().execute(db).await.map_err(StoreError::classify)?;
    Ok(())
}

pub(super) async fn finish_delivery(
    db: &PgPool,
    id: &DeliveryId,
    claim: i64,
    o: &DeliveryOutcome,
) -> StoreResult<bool> {
    let done = sqlx::query(FINISH_DELIVERY)
        .bind(o.status.as_str())
        .bind(opt_ms(o.due_at))
        .bind(o.provider_id.as_deref())
        .bind(o.error_code.as_deref())
        .bind(o.segments)
        .bind(ms(o.at))
        .bind(id.as_str())
        .bind(i64::from(o.refund_attempt))
        .bind(claim)
        .execute(db)
        .await?;
    Ok(done.rows_affected() == 1)
}

pub(super) async fn extend_lease(
    db: &PgPool,
    id: &DeliveryId,
    claim: i64,
    lease_until: Timestamp,
) -> StoreResult<bool> {
    let done = sqlx::query(EXTEND_LEASE).bind(ms(lease_until)).bind(id.as_str()).bind(claim).execute(db).await?;
    Ok(done.rows_affected() == 1)
}
