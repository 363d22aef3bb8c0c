//! Choosing the backend: once, at start, from the database URL.

use super::{DynStore, PgStore, SqliteStore};
use std::sync::Arc;

/// Connect to the database the URL names.
pub async fn connect(url: &str) -> anyhow::Result<DynStore> {
    if url.starts_with("sqlite:") {
        Ok(Arc::new(SqliteStore::connect(url).await?))
    } else {
        Ok(Arc::new(PgStore::connect(url).await?))
    }
}
