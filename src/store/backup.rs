//! `portico backup FILE`: a consistent copy of a live SQLite database, taken while `serve`
//! runs. `VACUUM INTO` reads one snapshot (a read transaction, so writers go on and the copy
//! holds every change committed before it began and none after) and writes a compact file;
//! the copy is then opened and must pass `PRAGMA integrity_check`. PostgreSQL has its own
//! tools (`pg_dump`), which this does not replace.

use rusqlite::{Connection, OpenFlags};
use sqlx::sqlite::SqliteConnectOptions;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// What a backup holds: its path, and the rows of each table in it.
#[derive(Debug)]
pub struct Backup {
    pub path: PathBuf,
    pub tables: Vec<(String, i64)>,
}

impl Backup {
    pub fn rows(&self) -> i64 {
        self.tables.iter().map(|(_, n)| n).sum()
    }
}

/// The file a `sqlite://` URL names.
pub fn sqlite_path(url: &str) -> anyhow::Result<PathBuf> {
    Ok(SqliteConnectOptions::from_str(url)?.get_filename().to_path_buf())
}

/// Copy the SQLite database at `url` to `to`, which must not exist yet, and check the copy.
pub fn sqlite(url: &str, to: &Path) -> anyhow::Result<Backup> {
    anyhow::ensure!(!to.exists(), "{} exists already; give a new file name", to.display());
    let from = sqlite_path(url)?;
    anyhow::ensure!(from.exists(), "no database at {}", from.display());
    let live = Connection::open_with_flags(&from, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    // A writer holding the database for a moment is waited for, not failed.
    live.busy_timeout(std::time::Duration::from_secs(30))?;
    let target = to.to_str().ok_or_else(|| anyhow::anyhow!("the backup's path must be UTF-8"))?;
    live.execute("VACUUM INTO ?1", [target])?;
    let copy = Connection::open_with_flags(to, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let check: String = copy.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    anyhow::ensure!(check == "ok", "the copy at {} fails its integrity check: {check}", to.display());
    Ok(Backup { path: to.to_path_buf(), tables: row_counts(&copy)? })
}

/// Every table's row count, by name.
pub fn row_counts(c: &Connection) -> anyhow::Result<Vec<(String, i64)>> {
    let mut names = c.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")?;
    let names: Vec<String> = names.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
    let mut out = vec![];
    for name in names {
        // Names come from the schema itself; quoted as identifiers all the same.
        let n: i64 =
            c.query_row(&format!("SELECT COUNT(*) FROM \"{}\"", name.replace('"', "\"\"")), [], |r| r.get(0))?;
        out.push((name, n));
    }
    Ok(out)
}
