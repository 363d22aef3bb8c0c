//! The shared statements against the schema, on SQLite: each one SQLite runs prepares once
//! rewritten (`numbered!`) and takes as many parameters as its `$N` say, and each one whose
//! rows rusqlite reads by position returns the columns its row type reads, in that order;
//! and, on PostgreSQL when there is one, each returns the columns sqlx reads by name.

use super::placeholders::numbered;
use super::*;
use rusqlite::Connection;

fn schema() -> Connection {
    let c = Connection::open_in_memory().unwrap();
    for script in crate::store::migrate::sqlite_scripts() {
        c.execute_batch(script).unwrap();
    }
    c
}

/// The names of the columns `sql` returns, in order.
fn columns(sql: &str) -> Vec<String> {
    let c = schema();
    let stmt = c.prepare(sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
    stmt.column_names().into_iter().map(String::from).collect()
}

/// The highest `$N` in a statement (none of these has a `$` in a quoted literal).
fn highest_parameter(sql: &str) -> usize {
    sql.split('$')
        .skip(1)
        .map(|s| s.chars().take_while(char::is_ascii_digit).collect::<String>())
        .fold(0, |n, d| n.max(d.parse().unwrap()))
}

#[test]
fn link_view_row_reads_what_link_by_lookup_returns() {
    assert_eq!(columns(numbered!(LINK_BY_LOOKUP)), LinkViewRow::columns());
}

#[test]
fn link_row_reads_what_claim_link_and_link_for_lookup_return() {
    assert_eq!(columns(numbered!(CLAIM_LINK)), LinkRow::COLUMNS);
    assert_eq!(columns(numbered!(LINK_FOR_LOOKUP)), LinkRow::COLUMNS);
}

#[test]
fn clinic_row_reads_what_clinic_by_id_and_by_api_key_return() {
    assert_eq!(columns(numbered!(CLINIC_BY_ID)), ClinicRow::COLUMNS);
    assert_eq!(columns(numbered!(CLINIC_BY_API_KEY)), ClinicRow::COLUMNS);
}

#[test]
fn patient_row_reads_what_patient_by_id_returns() {
    assert_eq!(columns(numbered!(PATIENT_BY_ID)), PatientRow::COLUMNS);
}

#[test]
fn appointment_row_reads_what_appointment_by_id_returns() {
    assert_eq!(columns(numbered!(APPOINTMENT_BY_ID)), AppointmentRow::COLUMNS);
}

#[test]
fn session_row_reads_what_session_by_hash_returns() {
    assert_eq!(columns(numbered!(SESSION_BY_HASH)), SessionRow::COLUMNS);
}

#[test]
fn delivery_row_reads_what_claim_deliveries_returns() {
    assert_eq!(columns(numbered!(CLAIM_DELIVERIES)), DeliveryRow::COLUMNS);
}

#[test]
fn the_idempotency_tuple_reads_what_idempotency_stored_returns() {
    assert_eq!(columns(numbered!(IDEMPOTENCY_STORED)), IDEMPOTENCY_STORED_COLUMNS);
}

#[test]
fn the_guard_sees_two_columns_of_the_same_type_swapped() {
    // `ended_at` and `stepped_up_at` are both `Option<i64>`: read by position, a swap would
    // type-check and read each into the other's field.
    let swapped = SESSION_BY_HASH.replace("ended_at, stepped_up_at", "stepped_up_at, ended_at");
    assert_ne!(swapped, SESSION_BY_HASH);
    assert_ne!(columns(&swapped.replace('$', "?")), SessionRow::COLUMNS);
}

#[test]
fn every_statement_sqlite_runs_prepares_and_takes_its_parameters() {
    let c = schema();
    for (shared, sqlite) in [
        (CLINIC_BY_API_KEY, numbered!(CLINIC_BY_API_KEY)),
        (CLINIC_BY_ID, numbered!(CLINIC_BY_ID)),
        (PATIENT_BY_ID, numbered!(PATIENT_BY_ID)),
        (APPOINTMENT_BY_ID, numbered!(APPOINTMENT_BY_ID)),
        (INSERT_APPOINTMENT, numbered!(INSERT_APPOINTMENT)),
        (LINK_BY_LOOKUP, numbered!(LINK_BY_LOOKUP)),
        (LINK_FOR_LOOKUP, numbered!(LINK_FOR_LOOKUP)),
        (CLAIM_LINK, numbered!(CLAIM_LINK)),
        (SUPERSEDE_LINKS, numbered!(SUPERSEDE_LINKS)),
        (INSERT_LINK, numbered!(INSERT_LINK)),
        (SESSION_BY_HASH, numbered!(SESSION_BY_HASH)),
        (TOUCH_SESSION, numbered!(TOUCH_SESSION)),
        (INSERT_SESSION, numbered!(INSERT_SESSION)),
        (INSERT_DELIVERY, numbered!(INSERT_DELIVERY)),
        (COUNT_SENT, numbered!(COUNT_SENT)),
        (EXPIRE_LEASES, numbered!(EXPIRE_LEASES)),
        (CLAIM_DELIVERIES, numbered!(CLAIM_DELIVERIES)),
        (FINISH_DELIVERY, numbered!(FINISH_DELIVERY)),
        (INSERT_AUDIT, numbered!(INSERT_AUDIT)),
        (IDEMPOTENCY_DROP_STALE, numbered!(IDEMPOTENCY_DROP_STALE)),
        (IDEMPOTENCY_RESERVE, numbered!(IDEMPOTENCY_RESERVE)),
        (IDEMPOTENCY_STORED, numbered!(IDEMPOTENCY_STORED)),
        (IDEMPOTENCY_FINISH, numbered!(IDEMPOTENCY_FINISH)),
        (IDEMPOTENCY_ABANDON, numbered!(IDEMPOTENCY_ABANDON)),
        (RATE_PRUNE, numbered!(RATE_PRUNE)),
        (RATE_INSERT, numbered!(RATE_INSERT)),
        (RATE_COUNT, numbered!(RATE_COUNT)),
    ] {
        assert_eq!(sqlite, shared.replace('$', "?"), "only the placeholders change");
        let stmt = c.prepare(sqlite).unwrap_or_else(|e| panic!("{sqlite}: {e}"));
        assert_eq!(stmt.parameter_count(), highest_parameter(shared), "{shared}");
    }
}

/// The same guard on PostgreSQL, for the shared statements it runs and those it alone runs
/// (`CONSUME_LINK`, `CLAIM_FOR_DISPATCH`). sqlx reads rows by name, so a column
/// missing or misnamed there would only fail when the query ran. The schema is made in a
/// schema of its own inside a transaction that is rolled back. Skipped without
/// `PORTICO_TEST_POSTGRES_URL`, unless `PORTICO_TEST_REQUIRE_POSTGRES=1`.
#[tokio::test]
async fn postgres_returns_the_columns_the_rows_read() {
    use sqlx::{Column, Connection, Executor, SqlSafeStr, Statement};
    let Ok(url) = std::env::var("PORTICO_TEST_POSTGRES_URL") else {
        let required = std::env::var("PORTICO_TEST_REQUIRE_POSTGRES").is_ok_and(|v| v == "1");
        assert!(!required, "PORTICO_TEST_REQUIRE_POSTGRES=1 but PORTICO_TEST_POSTGRES_URL is not set");
        eprintln!("skipping: set PORTICO_TEST_POSTGRES_URL");
        return;
    };
    let mut conn = sqlx::PgConnection::connect(&url).await.unwrap();
    let mut tx = conn.begin().await.unwrap();
    tx.execute("CREATE SCHEMA portico_columns_check").await.unwrap();
    tx.execute("SET LOCAL search_path TO portico_columns_check").await.unwrap();
    crate::store::migrate::apply(&mut *tx, crate::store::migrate::Backend::Postgres).await.unwrap();
    let link_view = LinkViewRow::columns();
    let claimed: Vec<&str> = DeliveryRow::COLUMNS
        .iter()
        .copied()
        .chain(["clinic", "patient", "appointment", "recent_sends", "household"])
        .collect();
    let with_grants: Vec<&str> = PatientRow::COLUMNS.iter().copied().chain(["grants"]).collect();
    let checks: [(&'static str, &[&str]); 14] = [
        (LINK_BY_LOOKUP, &link_view),
        (LINK_FOR_LOOKUP, LinkRow::COLUMNS),
        (CONSUME_LINK, LinkRow::COLUMNS),
        (CLINIC_BY_ID, ClinicRow::COLUMNS),
        (CLINIC_BY_API_KEY, ClinicRow::COLUMNS),
        (PATIENT_BY_ID, PatientRow::COLUMNS),
        (PATIENT_WITH_GRANTS, &with_grants),
        (APPOINTMENT_BY_ID, AppointmentRow::COLUMNS),
        (SESSION_BY_HASH, SessionRow::COLUMNS),
        (CLAIM_FOR_DISPATCH, &claimed),
        (IDEMPOTENCY_STORED, IDEMPOTENCY_STORED_COLUMNS),
        (COUNT_SENT, &["count"]),
        (RATE_HIT_ONE_TRIP, &["count"]),
        (WEBHOOK_BEGIN_ONE_TRIP, &["fresh", "answer"]),
    ];
    for (sql, expected) in checks {
        let stmt = (&mut *tx).prepare(sql.into_sql_str()).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
        let names: Vec<&str> = stmt.columns().iter().map(|c| c.name()).collect();
        assert_eq!(names, expected, "{sql}");
    }
    tx.rollback().await.unwrap();
}
