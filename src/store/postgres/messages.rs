//! A message on PostgreSQL in one statement: the message, its alert and audit row when it has
//! them, its mark on the conversation (`conversation_on_message!`), the live event with the
//! next id, and the `NOTIFY` that tells the other processes. The event id's counter row is
//! locked from the `UPDATE` to the statement's commit, so events commit in id order (readers
//! read after the last id they saw) and the lock is held for one round trip, not for the
//! several of a transaction.

use crate::domain::LiveKind;
use crate::store::records::*;
use crate::store::sql::*;
use crate::store::{StoreError, StoreResult};
use sqlx::{PgPool, Postgres};

pub(super) async fn insert_message(
    db: &PgPool,
    m: &Message,
    alert: Option<&Delivery>,
    audit: Option<&AuditEvent>,
) -> StoreResult<()> {
    let mut q = sqlx::QueryBuilder::<Postgres>::new(concat!(
        "WITH message AS (INSERT INTO messages (",
        message_columns!(),
        ") VALUES ("
    ));
    let mut v = q.separated(", ");
    v.push_bind(m.id.as_str()).push_bind(m.thread_id.as_str()).push_bind(m.clinic_id.as_str());
    v.push_bind(m.patient_id.as_str()).push_bind(&m.author).push_bind(&m.sender).push_bind(&m.body);
    v.push_bind(ms(m.created_at)).push_bind(i64::from(m.sender_verified));
    q.push("))");
    if let Some(d) = alert {
        q.push(", alert AS (INSERT INTO deliveries (").push(DELIVERY_COLUMNS).push(") VALUES (");
        bind_delivery!(q.separated(", "), push_bind, d);
        q.push("))");
    }
    if let Some(e) = audit {
        q.push(
            ", audit AS (INSERT INTO audit_events (id, at, clinic_id, actor, action, subject, detail, source, \
             sample_key, for_patient, auth) VALUES (",
        );
        bind_audit!(q.separated(", "), push_bind, e);
        q.push(") ON CONFLICT (sample_key) DO UPDATE SET count = audit_events.count + 1)");
    }
    q.push(concat!(", conversation AS (", conversation_on_message!(), " VALUES ("));
    q.push_bind(m.thread_id.as_str()).push(", ").push_bind(m.clinic_id.as_str()).push(", 'open', ");
    q.push_bind(ms(m.created_at)).push(", ").push_bind(ms(m.created_at)).push(", ");
    q.push_bind(last_author(m));
    q.push(concat!(") ", conversation_on_message!(conflict), ")"));
    q.push(
        ", next_id AS (UPDATE live_event_ids SET last = last + 1 RETURNING last), \
         event AS (INSERT INTO live_events (id, clinic_id, thread_id, kind, ref_id, created_at) SELECT last, ",
    );
    let mut v = q.separated(", ");
    v.push_bind(m.clinic_id.as_str()).push_bind(m.thread_id.as_str()).push_bind(LiveKind::Message.as_str());
    v.push_bind(m.id.as_str()).push_bind(ms(m.created_at));
    q.push(" FROM next_id) SELECT pg_notify(").push_bind(super::listen::EVENTS).push(", '')");
    q.build().execute(db).await.map_err(StoreError::classify)?;
    Ok(())
}
