//! Clinics kept a few seconds in this process, by the hash of an API key and by id, so an API
//! request, a page or an inbound text need not read its clinic each time: on PostgreSQL that
//! read is a round trip (SQLite's reads are in-process and keep nothing).
//!
//! What is kept is forgotten the moment any process changes a clinic or an API key: a trigger
//! (migration 0039) sends `portico_clinics`, the listener (`listen.rs`) clears this cache, and
//! the store clears it at once after its own changes. Only while the listener is connected is
//! anything kept; a lost connection clears it, and `KEPT` bounds what a connection that died
//! unnoticed could leave stale. A key that finds no clinic is never kept, so a new key works
//! at once everywhere.

use crate::store::StoreResult;
use crate::store::records::Clinic;
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The cache's key for a clinic by id: apart from every API key's hash (32 bytes).
pub(super) fn by_id(id: &crate::domain::ClinicId) -> Vec<u8> {
    format!("id:{id}").into_bytes()
}

/// How long a clinic is kept at most.
const KEPT: Duration = Duration::from_secs(5);
/// How many entries at most; past that the cache starts over (a clinic has a few keys).
const MOST: usize = 1024;

#[derive(Default)]
pub(super) struct ClinicCache {
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    listening: bool,
    /// Moves on with every clear, so a read that a change overtook is not kept.
    generation: u64,
    entries: HashMap<Vec<u8>, (Clinic, Instant)>,
}

impl ClinicCache {
    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The clinic kept under this key (an API key's hash, or `by_id`), if fresh.
    fn get(&self, key: &[u8]) -> Option<Clinic> {
        let inner = self.lock();
        let (clinic, at) = inner.entries.get(key)?;
        (inner.listening && at.elapsed() < KEPT).then(|| clinic.clone())
    }

    /// The clinic kept under `key`, else what `read` finds, kept unless a change was reported
    /// while it read.
    pub(super) async fn kept_or_read(
        &self,
        key: &[u8],
        read: impl std::future::Future<Output = StoreResult<Option<Clinic>>>,
    ) -> StoreResult<Option<Clinic>> {
        if let Some(kept) = self.get(key) {
            return Ok(Some(kept));
        }
        let generation = self.generation();
        let found = read.await?;
        if let Some(c) = &found {
            self.put(key, c, generation);
        }
        Ok(found)
    }

    /// Where the cache stands before a read: hand it to `put` with what was read.
    fn generation(&self) -> u64 {
        self.lock().generation
    }

    /// Keep what a read found, unless a change was reported since it began (`generation`).
    fn put(&self, key: &[u8], clinic: &Clinic, generation: u64) {
        let mut inner = self.lock();
        if !inner.listening || inner.generation != generation {
            return;
        }
        if inner.entries.len() >= MOST {
            inner.entries.clear();
        }
        inner.entries.insert(key.to_vec(), (clinic.clone(), Instant::now()));
    }

    /// A clinic or key changed, or changes may have gone unheard: forget everything.
    pub(super) fn clear(&self) {
        let mut inner = self.lock();
        inner.generation += 1;
        inner.entries.clear();
    }

    /// Whether the listener hears changes; while it does not, nothing is kept.
    pub(super) fn set_listening(&self, on: bool) {
        let mut inner = self.lock();
        inner.listening = on;
        inner.generation += 1;
        inner.entries.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ParseError, TimeZone};

    fn clinic() -> Result<Clinic, ParseError> {
        Ok(Clinic::new("Cache Clinic".into(), None, TimeZone::parse("UTC")?, jiff::Timestamp::UNIX_EPOCH))
    }

    #[test]
    fn a_clinic_is_kept_only_while_the_listener_hears_changes() -> Result<(), ParseError> {
        let cache = ClinicCache::default();
        let c = clinic()?;
        cache.put(b"k", &c, cache.generation());
        assert!(cache.get(b"k").is_none(), "kept while not listening");
        cache.set_listening(true);
        cache.put(b"k", &c, cache.generation());
        assert_eq!(cache.get(b"k").map(|k| k.id), Some(c.id.clone()));
        cache.set_listening(false);
        assert!(cache.get(b"k").is_none(), "kept after the listener stopped");
        Ok(())
    }

    #[test]
    fn a_read_overtaken_by_a_change_is_not_kept() -> Result<(), ParseError> {
        let cache = ClinicCache::default();
        cache.set_listening(true);
        let before = cache.generation();
        cache.clear();
        cache.put(b"k", &clinic()?, before);
        assert!(cache.get(b"k").is_none());
        Ok(())
    }

    #[test]
    fn a_clear_forgets_every_key() -> Result<(), ParseError> {
        let cache = ClinicCache::default();
        cache.set_listening(true);
        cache.put(b"a", &clinic()?, cache.generation());
        cache.put(b"b", &clinic()?, cache.generation());
        cache.clear();
        assert!(cache.get(b"a").is_none() && cache.get(b"b").is_none());
        Ok(())
    }
}
