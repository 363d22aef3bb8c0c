//! `portico migrate-data --from sqlite://… --to postgres://…`: move a clinic's data from SQLite
//! to PostgreSQL when it outgrows one machine. Both databases are first brought to this
//! version's schema; the target must hold no data yet. Every table is copied row by row, in an
//! order that puts each table after those it refers to, inside one PostgreSQL transaction
//! (a failure leaves the target as empty as it was); the source is read in one read
//! transaction, so the copy is one consistent moment of it even while `serve` runs. Before the
//! commit each table's rows are counted on both sides and must agree. API keys (as their
//! hashes), sessions and links are copied as they are, so with the same `PORTICO_KEYS_FILE`
//! links already sent and API keys in use go on working.
//!
//! The two schemas are written in parallel (`migrations/sqlite`, `migrations/postgres`), so a
//! table has the same columns on both; SQLite's dynamically typed values are bound as the
//! PostgreSQL column's type (`bigint`, `integer`, `boolean`, `text`, `bytea`, `double
//! precision`), and a value that does not fit is refused naming its table, column and row.

use sqlx::postgres::{PgConnection, PgPoolOptions};
// Table and column names come from PostgreSQL's own catalog and are always quoted.
use sqlx::{AssertSqlSafe, Connection, Postgres, QueryBuilder};
use std::collections::{BTreeMap, BTreeSet};

/// Rows read and written at a time.
const CHUNK: usize = 500;
/// Tables the target's own migrations fill: emptied before the copy, not counted as data.
const SEEDED: [&str; 1] = ["live_event_ids"];
/// The migrations' own record, already the same on both sides.
const SKIPPED: &str = "portico_migrations";

/// One table copied: its name and rows.
pub struct Copied {
    pub table: String,
    pub rows: i64,
}

struct Column {
    name: String,
    kind: Kind,
    identity: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    BigInt,
    Int,
    Bool,
    Text,
    Bytes,
    Float,
}

struct Table {
    name: String,
    columns: Vec<Column>,
}

/// Copy everything from the SQLite database at `from` into the empty PostgreSQL one at `to`.
pub async fn sqlite_to_postgres(from: &str, to: &str) -> anyhow::Result<Vec<Copied>> {
    anyhow::ensure!(from.starts_with("sqlite:"), "--from must be a sqlite:// URL");
    anyhow::ensure!(to.starts_with("postgres:") || to.starts_with("postgresql:"), "--to must be a postgres:// URL");
    let source = super::backup::sqlite_path(from)?;
    anyhow::ensure!(source.exists(), "no database at {}", source.display());
    for url in [from, to] {
        super::connect(url).await?.migrate().await?;
    }
    let pool = PgPoolOptions::new().max_connections(1).connect(to).await?;
    let mut conn = pool.acquire().await?;
    let mut tx = conn.begin().await?;
    let tables = tables(&mut tx).await?;
    for t in &tables {
        if SEEDED.contains(&t.name.as_str()) {
            sqlx::query(AssertSqlSafe(format!("DELETE FROM {}", quoted(&t.name)))).execute(&mut *tx).await?;
            continue;
        }
        let n: i64 = sqlx::query_scalar(AssertSqlSafe(format!("SELECT COUNT(*) FROM {}", quoted(&t.name))))
            .fetch_one(&mut *tx)
            .await?;
        anyhow::ensure!(
            n == 0,
            "the target holds data already ({} has {n} rows); migrate-data copies into an empty database",
            t.name
        );
    }
    // The triggers that write outbound events (migration 0027) must not fire for rows that
    // are copied, not changed: the events are copied with them.
    for t in &tables {
        sqlx::query(AssertSqlSafe(format!("ALTER TABLE {} DISABLE TRIGGER USER", quoted(&t.name))))
            .execute(&mut *tx)
            .await?;
    }
    let plan: Vec<(String, Vec<String>)> =
        tables.iter().map(|t| (t.name.clone(), t.columns.iter().map(|c| c.name.clone()).collect())).collect();
    let (send, mut chunks) = tokio::sync::mpsc::channel::<Chunk>(4);
    let reader = std::thread::spawn(move || read(&source, &plan, &send));
    let mut copied: BTreeMap<usize, i64> = BTreeMap::new();
    while let Some(chunk) = chunks.recv().await {
        let (at, rows) = match chunk {
            Chunk::Rows(at, rows) => (at, rows),
            Chunk::Failed(why) => anyhow::bail!("reading the SQLite database: {why}"),
        };
        write(&mut tx, &tables[at], &rows).await?;
        *copied.entry(at).or_default() += rows.len() as i64;
    }
    let counted = reader.join().map_err(|_| anyhow::anyhow!("the SQLite reader stopped"))??;
    let mut out = vec![];
    for (at, t) in tables.iter().enumerate() {
        if t.columns.iter().any(|c| c.identity) {
            let c = t.columns.iter().find(|c| c.identity).map(|c| c.name.as_str()).unwrap_or_default();
            let sql = format!(
                "SELECT setval(pg_get_serial_sequence('{t}', '{c}'), COALESCE(MAX({qc}), 0) + 1, false) FROM {qt}",
                t = t.name,
                qc = quoted(c),
                qt = quoted(&t.name)
            );
            sqlx::query(AssertSqlSafe(sql)).execute(&mut *tx).await?;
        }
        let there: i64 = sqlx::query_scalar(AssertSqlSafe(format!("SELECT COUNT(*) FROM {}", quoted(&t.name))))
            .fetch_one(&mut *tx)
            .await?;
        let here = counted.get(at).copied().unwrap_or(0);
        anyhow::ensure!(there == here, "{}: {here} rows in SQLite but {there} in PostgreSQL; nothing was kept", t.name);
        out.push(Copied { table: t.name.clone(), rows: there });
    }
    for t in &tables {
        sqlx::query(AssertSqlSafe(format!("ALTER TABLE {} ENABLE TRIGGER USER", quoted(&t.name))))
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(out)
}

/// The target's tables, each after the tables it refers to, with their columns.
async fn tables(conn: &mut PgConnection) -> anyhow::Result<Vec<Table>> {
    let cols: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT table_name::text, column_name::text, data_type::text, is_identity::text FROM information_schema.columns \
         WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position",
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut by_table: BTreeMap<String, Vec<Column>> = BTreeMap::new();
    for (table, name, data_type, identity) in cols {
        if table == SKIPPED {
            continue;
        }
        let kind = match data_type.as_str() {
            "bigint" => Kind::BigInt,
            "integer" => Kind::Int,
            "boolean" => Kind::Bool,
            "text" => Kind::Text,
            "bytea" => Kind::Bytes,
            "double precision" => Kind::Float,
            other => anyhow::bail!("{table}.{name} is {other}, which migrate-data does not copy"),
        };
        by_table.entry(table).or_default().push(Column { name, kind, identity: identity == "YES" });
    }
    let refs: Vec<(String, String)> = sqlx::query_as(
        "SELECT c.conrelid::regclass::text, c.confrelid::regclass::text FROM pg_constraint c \
         JOIN pg_namespace n ON n.oid = c.connamespace WHERE c.contype = 'f' AND n.nspname = current_schema()",
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut needs: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (table, refers_to) in refs {
        if table != refers_to {
            needs.entry(unquoted(&table)).or_default().insert(unquoted(&refers_to));
        }
    }
    let mut order = vec![];
    let mut left: Vec<String> = by_table.keys().cloned().collect();
    while !left.is_empty() {
        let ready: Vec<String> = left
            .iter()
            .filter(|t| needs.get(*t).is_none_or(|n| n.iter().all(|r| order.contains(r) || !by_table.contains_key(r))))
            .cloned()
            .collect();
        anyhow::ensure!(!ready.is_empty(), "the tables' references go round in a circle: {left:?}");
        left.retain(|t| !ready.contains(t));
        order.extend(ready);
    }
    Ok(order.into_iter().filter_map(|name| by_table.remove(&name).map(|columns| Table { name, columns })).collect())
}

enum Chunk {
    /// Rows of the table at this index of the plan.
    Rows(usize, Vec<Vec<rusqlite::types::Value>>),
    Failed(String),
}

/// Read every table of `plan` (its name and columns) from the SQLite file in one read
/// transaction, handing the rows on in chunks; the tables' row counts in the same snapshot.
fn read(
    path: &std::path::Path,
    plan: &[(String, Vec<String>)],
    send: &tokio::sync::mpsc::Sender<Chunk>,
) -> anyhow::Result<Vec<i64>> {
    let result = (|| -> anyhow::Result<Vec<i64>> {
        let mut db = rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        db.busy_timeout(std::time::Duration::from_secs(30))?;
        let tx = db.transaction()?;
        // Nothing of the source may be left behind: every table and column it has is one
        // the target has.
        let mut names =
            tx.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")?;
        let names: Vec<String> = names.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
        for name in names.iter().filter(|n| n.as_str() != SKIPPED) {
            let Some((_, columns)) = plan.iter().find(|(t, _)| t == name) else {
                anyhow::bail!("the schemas differ: the SQLite table {name} has no PostgreSQL twin");
            };
            let n: i64 = tx.query_row("SELECT COUNT(*) FROM pragma_table_info(?1)", [name], |r| r.get(0))?;
            if n != columns.len() as i64 {
                anyhow::bail!(
                    "the schemas differ: {name} has {n} columns in SQLite and {} in PostgreSQL",
                    columns.len()
                );
            }
        }
        let mut counts = vec![];
        for (at, (table, columns)) in plan.iter().enumerate() {
            let list = columns.iter().map(|c| quoted(c)).collect::<Vec<_>>().join(", ");
            let mut stmt = tx.prepare(&format!("SELECT {list} FROM {} ORDER BY rowid", quoted(table)))?;
            let mut rows = stmt.query([])?;
            let mut chunk = Vec::with_capacity(CHUNK);
            while let Some(row) = rows.next()? {
                let values =
                    (0..columns.len()).map(|i| row.get::<_, rusqlite::types::Value>(i)).collect::<Result<_, _>>()?;
                chunk.push(values);
                if chunk.len() == CHUNK && send.blocking_send(Chunk::Rows(at, std::mem::take(&mut chunk))).is_err() {
                    return Ok(counts);
                }
            }
            if !chunk.is_empty() && send.blocking_send(Chunk::Rows(at, chunk)).is_err() {
                return Ok(counts);
            }
            counts.push(tx.query_row(&format!("SELECT COUNT(*) FROM {}", quoted(table)), [], |r| r.get(0))?);
        }
        Ok(counts)
    })();
    match result {
        Ok(counts) => Ok(counts),
        Err(e) => {
            let _ = send.blocking_send(Chunk::Failed(e.to_string()));
            Err(e)
        }
    }
}

/// Insert `rows` into `t`, each value bound as its column's type.
async fn write(conn: &mut PgConnection, t: &Table, rows: &[Vec<rusqlite::types::Value>]) -> anyhow::Result<()> {
    use rusqlite::types::Value as V;
    let list = t.columns.iter().map(|c| quoted(&c.name)).collect::<Vec<_>>().join(", ");
    let overriding = if t.columns.iter().any(|c| c.identity) { " OVERRIDING SYSTEM VALUE" } else { "" };
    let mut q: QueryBuilder<Postgres> =
        QueryBuilder::new(format!("INSERT INTO {} ({list}){overriding} ", quoted(&t.name)));
    let mut bad = None;
    q.push_values(rows.iter().enumerate(), |mut b, (i, row)| {
        for (c, v) in t.columns.iter().zip(row) {
            let refuse = |bad: &mut Option<String>| {
                bad.get_or_insert_with(|| {
                    format!("{}.{} (row {} of the chunk) holds {v:?}, not a {}", t.name, c.name, i + 1, c.kind.name())
                });
            };
            match (c.kind, v) {
                (Kind::BigInt, V::Null) => b.push_bind(None::<i64>),
                (Kind::BigInt, V::Integer(n)) => b.push_bind(*n),
                (Kind::Int, V::Null) => b.push_bind(None::<i32>),
                (Kind::Int, V::Integer(n)) if i32::try_from(*n).is_ok() => b.push_bind(*n as i32),
                (Kind::Bool, V::Null) => b.push_bind(None::<bool>),
                (Kind::Bool, V::Integer(n)) => b.push_bind(*n != 0),
                (Kind::Text, V::Null) => b.push_bind(None::<String>),
                (Kind::Text, V::Text(s)) => b.push_bind(s.clone()),
                (Kind::Text, V::Integer(n)) => b.push_bind(n.to_string()),
                (Kind::Bytes, V::Null) => b.push_bind(None::<Vec<u8>>),
                (Kind::Bytes, V::Blob(x)) => b.push_bind(x.clone()),
                (Kind::Bytes, V::Text(s)) => b.push_bind(s.as_bytes().to_vec()),
                (Kind::Float, V::Null) => b.push_bind(None::<f64>),
                (Kind::Float, V::Real(x)) => b.push_bind(*x),
                (Kind::Float, V::Integer(n)) => b.push_bind(*n as f64),
                _ => {
                    refuse(&mut bad);
                    b.push_bind(None::<String>)
                }
            };
        }
    });
    if let Some(why) = bad {
        anyhow::bail!("{why}; nothing was kept");
    }
    q.build().execute(&mut *conn).await?;
    Ok(())
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::BigInt => "bigint",
            Kind::Int => "integer",
            Kind::Bool => "boolean",
            Kind::Text => "text",
            Kind::Bytes => "bytea",
            Kind::Float => "double precision",
        }
    }
}

fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// A `regclass` as text: the name, without the quotes PostgreSQL puts round some.
fn unquoted(name: &str) -> String {
    name.trim_matches('"').to_string()
}
