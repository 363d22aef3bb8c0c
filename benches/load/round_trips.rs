//! Round trips to PostgreSQL, counted by the server's own database: `pg_stat_statements` (which
//! PostgreSQL loads only when `shared_preload_libraries` names it; the README says how). Each
//! statement sqlx sends is one round trip (it does not pipeline; `BEGIN` and `COMMIT` are
//! statements too, counted as utility statements), so the statements run for the bench's
//! database during a timed run, divided by the requests or messages of that run, are its round
//! trips per request. A prepared statement's first use on a connection costs one more (its
//! parse), which the warm-up pays.

use super::*;

pub(crate) struct Statements {
    pool: sqlx::PgPool,
}

impl Statements {
    /// The counter for `db`'s database, or `None` (saying why) when it is SQLite or the
    /// extension is not loaded.
    pub(crate) async fn open(db: &Db) -> Option<Statements> {
        db.pg.as_ref()?;
        let pool = match sqlx::PgPool::connect(&db.url).await {
            Ok(p) => p,
            Err(e) => {
                eprintln!("  round trips not counted: {e}");
                return None;
            }
        };
        let made = sqlx::raw_sql("CREATE EXTENSION IF NOT EXISTS pg_stat_statements").execute(&pool).await;
        let s = Statements { pool };
        match made.map_err(anyhow::Error::from).and(s.total().await.map(|_| ())) {
            Ok(()) => Some(s),
            Err(e) => {
                eprintln!("  round trips not counted (is pg_stat_statements in shared_preload_libraries?): {e}");
                None
            }
        }
    }

    /// Statements run so far in this database, this counter's own excepted.
    pub(crate) async fn total(&self) -> anyhow::Result<f64> {
        let (n,): (f64,) = sqlx::query_as(
            "SELECT COALESCE(SUM(s.calls), 0)::float8 FROM pg_stat_statements s \
             JOIN pg_database d ON d.oid = s.dbid \
             WHERE d.datname = current_database() AND s.query NOT LIKE '%pg_stat_statements%'",
        )
        .fetch_one(&self.pool)
        .await?;
        Ok(n)
    }
}

/// The count now, or NaN when there is no counter (or it failed).
pub(crate) async fn statements_now(s: Option<&Statements>) -> f64 {
    match s {
        Some(s) => s.total().await.unwrap_or(f64::NAN),
        None => f64::NAN,
    }
}
