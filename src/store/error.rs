//! What a store call can fail with, and the one name a refused write has on both backends.

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A uniqueness or foreign-key rule refused the write. The name is the same on both
    /// backends: `table.column[,column…]` for uniqueness, `foreign_key` for a missing parent.
    #[error("constraint {0} refused the write")]
    Conflict(String),
    #[error("stored data could not be read back: {0}")]
    Corrupt(String),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    /// An error from the SQLite writer thread's own connection.
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
    #[error("the SQLite writer thread has stopped")]
    WriterStopped,
}

impl StoreError {
    /// Name the constraint behind a database error, so callers can map it to a user error.
    /// Both backends give the same name (`normalised_unique`).
    pub(crate) fn classify(e: sqlx::Error) -> Self {
        if let sqlx::Error::Database(db) = &e {
            if db.is_foreign_key_violation() {
                return StoreError::Conflict(FOREIGN_KEY.into());
            }
            if db.is_unique_violation() {
                let name = db
                    .try_downcast_ref::<sqlx::postgres::PgDatabaseError>()
                    .and_then(|pg| Some(pg_unique_name(pg.table()?, pg.detail()?)))
                    .or_else(|| sqlite_unique_name(db.message()))
                    .unwrap_or_else(|| db.constraint().unwrap_or("unique").to_string());
                return StoreError::Conflict(name);
            }
        }
        StoreError::Database(e)
    }

    /// `classify` for the SQLite writer thread's errors: the same rule, and the same name.
    pub(crate) fn classify_sqlite(e: rusqlite::Error) -> Self {
        use rusqlite::ffi;
        if let rusqlite::Error::SqliteFailure(f, message) = &e {
            match f.extended_code {
                ffi::SQLITE_CONSTRAINT_FOREIGNKEY => return StoreError::Conflict(FOREIGN_KEY.into()),
                ffi::SQLITE_CONSTRAINT_UNIQUE | ffi::SQLITE_CONSTRAINT_PRIMARYKEY => {
                    let name = message.as_deref().and_then(sqlite_unique_name).unwrap_or_else(|| f.to_string());
                    return StoreError::Conflict(name);
                }
                _ => {}
            }
        }
        StoreError::Sqlite(e)
    }
}

/// The name of every foreign-key refusal (SQLite does not say which key).
pub const FOREIGN_KEY: &str = "foreign_key";

/// A uniqueness refusal is named `table.column[,column…]` on both backends: SQLite says
/// `UNIQUE constraint failed: clinics.name`; PostgreSQL names the table and says
/// `Key (name)=(…) already exists.`
fn sqlite_unique_name(message: &str) -> Option<String> {
    let cols = message.strip_prefix("UNIQUE constraint failed: ")?;
    Some(cols.split(',').map(str::trim).collect::<Vec<_>>().join(","))
}

fn pg_unique_name(table: &str, detail: &str) -> String {
    let cols = detail.strip_prefix("Key (").and_then(|rest| rest.split_once(")=(")).map(|(cols, _)| cols);
    match cols {
        Some(cols) => cols.split(',').map(|c| format!("{table}.{}", c.trim())).collect::<Vec<_>>().join(","),
        None => table.to_string(),
    }
}
