//! The link-signing key ring, kept in a file beside the database (never in it), so a
//! stolen database cannot mint or check links.
//!
//! The newest unretired key signs; every unretired key verifies, so tokens issued before a
//! rotation keep working until they expire. Retiring a key stops its tokens at once. Serving
//! processes re-read the file when it changes, so `portico keys rotate` and `retire` take
//! effect without a restart.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::hmac;
use ring::rand::{SecureRandom, SystemRandom};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct KeyId(pub u8);

impl KeyId {
    /// Accepts `k3` or `3`.
    pub fn parse(s: &str) -> Option<KeyId> {
        s.trim().trim_start_matches('k').parse::<u8>().ok().filter(|n| *n > 0).map(KeyId)
    }
}

impl fmt::Display for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "k{}", self.0)
    }
}

impl fmt::Debug for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "k{}", self.0)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum KeyRingError {
    #[error("the operating system's random number generator failed")]
    Entropy,
    #[error("no active signing key; run `portico keys rotate`")]
    NoActiveKey,
    #[error("key {0} does not exist")]
    NoSuchKey(String),
    #[error("key {0} is the only active key; run `portico keys rotate` first")]
    LastActiveKey(KeyId),
    #[error("the key ring is full (255 keys); start a new keys file")]
    Full,
    #[error("keys file {path}: {message}")]
    File { path: PathBuf, message: String },
}

/// One signing key. The secret never leaves this type except into the keys file.
#[derive(Clone)]
pub struct SigningKey {
    id: KeyId,
    created_at: jiff::Timestamp,
    retired_at: Option<jiff::Timestamp>,
    secret: Vec<u8>,
    hmac: hmac::Key,
    csrf: hmac::Key,
    code: hmac::Key,
    unsubscribe: hmac::Key,
}

impl SigningKey {
    fn new(id: KeyId, created_at: jiff::Timestamp, retired_at: Option<jiff::Timestamp>, secret: Vec<u8>) -> Self {
        let hmac = hmac::Key::new(hmac::HMAC_SHA256, &secret);
        // A separate key for form tokens, derived so that no MAC of one kind is ever valid
        // as the other.
        let csrf_secret = hmac::sign(&hmac, b"portico-csrf-key-v1");
        let csrf = hmac::Key::new(hmac::HMAC_SHA256, csrf_secret.as_ref());
        // And one for link codes (`code.rs`), for the same reason.
        let code_secret = hmac::sign(&hmac, b"portico-link-code-key-v1");
        let code = hmac::Key::new(hmac::HMAC_SHA256, code_secret.as_ref());
        // And one for unsubscribe links (`unsubscribe.rs`).
        let unsubscribe_secret = hmac::sign(&hmac, b"portico-unsubscribe-key-v1");
        let unsubscribe = hmac::Key::new(hmac::HMAC_SHA256, unsubscribe_secret.as_ref());
        SigningKey { id, created_at, retired_at, secret, hmac, csrf, code, unsubscribe }
    }

    pub fn id(&self) -> KeyId {
        self.id
    }
    pub fn created_at(&self) -> jiff::Timestamp {
        self.created_at
    }
    pub fn retired_at(&self) -> Option<jiff::Timestamp> {
        self.retired_at
    }
    pub fn is_active(&self) -> bool {
        self.retired_at.is_none()
    }
    pub(crate) fn hmac(&self) -> &hmac::Key {
        &self.hmac
    }
    /// The key for CSRF form tokens.
    pub fn csrf(&self) -> &hmac::Key {
        &self.csrf
    }
    /// The key link codes are derived and located with.
    pub(crate) fn code(&self) -> &hmac::Key {
        &self.code
    }
    /// The key unsubscribe links are signed with (`unsubscribe.rs`).
    pub(crate) fn unsubscribe_key(&self) -> &hmac::Key {
        &self.unsubscribe
    }
    /// The secret `seal` encrypts with: derived, like the CSRF key, so that it is never the
    /// key that signs links.
    pub(crate) fn sealing_secret(&self) -> [u8; 32] {
        let tag = hmac::sign(&self.hmac, b"portico-seal-key-v1");
        let mut out = [0u8; 32];
        out.copy_from_slice(&tag.as_ref()[..32]);
        out
    }
}

impl fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SigningKey({}, active: {})", self.id, self.is_active())
    }
}

/// An immutable snapshot of the ring.
#[derive(Clone, Debug)]
pub struct KeyRing {
    keys: Vec<SigningKey>,
}

#[derive(Serialize, Deserialize)]
struct KeyFile {
    version: u32,
    keys: Vec<KeyEntry>,
}

#[derive(Serialize, Deserialize)]
struct KeyEntry {
    id: u8,
    created_at: jiff::Timestamp,
    #[serde(default)]
    retired_at: Option<jiff::Timestamp>,
    secret: String,
}

fn fresh_secret() -> Result<Vec<u8>, KeyRingError> {
    let mut s = vec![0u8; 32];
    SystemRandom::new().fill(&mut s).map_err(|_| KeyRingError::Entropy)?;
    Ok(s)
}

impl KeyRing {
    /// A ring with one new key.
    // Made by `portico keys` or at first start, before any Clock exists.
    #[allow(clippy::disallowed_methods)]
    pub fn generate() -> Result<Self, KeyRingError> {
        Ok(KeyRing { keys: vec![SigningKey::new(KeyId(1), jiff::Timestamp::now(), None, fresh_secret()?)] })
    }

    /// The key that signs new tokens: the newest active one.
    pub fn current(&self) -> Result<&SigningKey, KeyRingError> {
        self.keys.iter().filter(|k| k.is_active()).max_by_key(|k| k.id).ok_or(KeyRingError::NoActiveKey)
    }

    /// A key that may verify: known and not retired.
    pub fn verifying(&self, id: KeyId) -> Option<&SigningKey> {
        self.keys.iter().find(|k| k.id == id && k.is_active())
    }

    pub fn active(&self) -> impl Iterator<Item = &SigningKey> {
        self.keys.iter().filter(|k| k.is_active())
    }

    pub fn keys(&self) -> &[SigningKey] {
        &self.keys
    }

    /// A new ring with one more key, which becomes current.
    pub fn rotated(&self, now: jiff::Timestamp) -> Result<(Self, KeyId), KeyRingError> {
        let next = self.keys.iter().map(|k| k.id.0).max().unwrap_or(0);
        let id = KeyId(next.checked_add(1).ok_or(KeyRingError::Full)?);
        let mut keys = self.keys.clone();
        keys.push(SigningKey::new(id, now, None, fresh_secret()?));
        Ok((KeyRing { keys }, id))
    }

    /// A new ring in which `id` no longer verifies.
    pub fn retired(&self, id: KeyId, now: jiff::Timestamp) -> Result<Self, KeyRingError> {
        let Some(pos) = self.keys.iter().position(|k| k.id == id) else {
            return Err(KeyRingError::NoSuchKey(id.to_string()));
        };
        if self.keys[pos].is_active() && self.active().count() == 1 {
            return Err(KeyRingError::LastActiveKey(id));
        }
        let mut keys = self.keys.clone();
        if keys[pos].retired_at.is_none() {
            keys[pos].retired_at = Some(now);
        }
        Ok(KeyRing { keys })
    }

    fn to_file(&self) -> KeyFile {
        KeyFile {
            version: 1,
            keys: self
                .keys
                .iter()
                .map(|k| KeyEntry {
                    id: k.id.0,
                    created_at: k.created_at,
                    retired_at: k.retired_at,
                    secret: URL_SAFE_NO_PAD.encode(&k.secret),
                })
                .collect(),
        }
    }

    fn from_file(f: KeyFile) -> Result<Self, String> {
        if f.version != 1 {
            return Err(format!("unsupported version {}", f.version));
        }
        let mut keys = Vec::with_capacity(f.keys.len());
        for e in f.keys {
            let secret =
                URL_SAFE_NO_PAD.decode(&e.secret).map_err(|_| format!("key k{} has a malformed secret", e.id))?;
            if secret.len() < 32 || e.id == 0 {
                return Err(format!("key k{} is too short or misnumbered", e.id));
            }
            if keys.iter().any(|k: &SigningKey| k.id.0 == e.id) {
                return Err(format!("key k{} appears twice", e.id));
            }
            keys.push(SigningKey::new(KeyId(e.id), e.created_at, e.retired_at, secret));
        }
        Ok(KeyRing { keys })
    }
}

/// The ring as kept in its file, re-read when the file changes.
pub struct KeyRingFile {
    path: PathBuf,
    cache: RwLock<(Option<FileStamp>, Arc<KeyRing>)>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct FileStamp {
    modified: Option<std::time::SystemTime>,
    len: u64,
    inode: u64,
}

fn stamp(path: &Path) -> Option<FileStamp> {
    let m = std::fs::metadata(path).ok()?;
    #[cfg(unix)]
    let inode = std::os::unix::fs::MetadataExt::ino(&m);
    #[cfg(not(unix))]
    let inode = 0;
    Some(FileStamp { modified: m.modified().ok(), len: m.len(), inode })
}

fn file_err(path: &Path, message: impl Into<String>) -> KeyRingError {
    KeyRingError::File { path: path.to_path_buf(), message: message.into() }
}

impl KeyRingFile {
    /// Open the keys file, creating it (mode 0600, one fresh key) when absent.
    pub fn open_or_create(path: impl Into<PathBuf>) -> Result<Self, KeyRingError> {
        let path = path.into();
        if !path.exists() {
            let ring = KeyRing::generate()?;
            match write_new(&path, &ring) {
                Ok(()) => {}
                // Another process created it first: use theirs.
                Err(e) if path.exists() => {
                    tracing::debug!(error = %e, "keys file created concurrently")
                }
                Err(e) => return Err(e),
            }
        }
        let (st, ring) = read(&path)?;
        Ok(KeyRingFile { path, cache: RwLock::new((st, Arc::new(ring))) })
    }

    /// Open an existing keys file; never creates one.
    pub fn open_existing(path: impl Into<PathBuf>) -> Result<Self, KeyRingError> {
        let path = path.into();
        let (st, ring) = read(&path)?;
        Ok(KeyRingFile { path, cache: RwLock::new((st, Arc::new(ring))) })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The current ring, re-read if the file changed since last time. A file that fails to
    /// read (half-written by an editor, say) leaves the last good ring in place.
    pub fn ring(&self) -> Arc<KeyRing> {
        let now = stamp(&self.path);
        if let Ok(guard) = self.cache.read()
            && guard.0 == now
        {
            return guard.1.clone();
        }
        match read(&self.path) {
            Ok((st, ring)) => {
                let ring = Arc::new(ring);
                if let Ok(mut guard) = self.cache.write() {
                    *guard = (st, ring.clone());
                }
                tracing::info!(keys = ring.keys.len(), "link-signing key ring reloaded");
                ring
            }
            Err(e) => {
                tracing::error!(error = %e, "cannot re-read the keys file; keeping the previous ring");
                match self.cache.read() {
                    Ok(g) => g.1.clone(),
                    Err(poisoned) => poisoned.into_inner().1.clone(),
                }
            }
        }
    }

    /// Replace the file's ring atomically (write aside, then rename).
    pub fn save(&self, ring: &KeyRing) -> Result<(), KeyRingError> {
        let tmp = self.path.with_extension(format!("tmp{}", std::process::id()));
        write_file(&tmp, ring)?;
        std::fs::rename(&tmp, &self.path).map_err(|e| file_err(&self.path, e.to_string()))?;
        Ok(())
    }
}

fn read(path: &Path) -> Result<(Option<FileStamp>, KeyRing), KeyRingError> {
    let st = stamp(path);
    let text = std::fs::read_to_string(path).map_err(|e| file_err(path, e.to_string()))?;
    let f: KeyFile = serde_json::from_str(&text).map_err(|e| file_err(path, format!("not a keys file: {e}")))?;
    let ring = KeyRing::from_file(f).map_err(|m| file_err(path, m))?;
    Ok((st, ring))
}

fn write_file(path: &Path, ring: &KeyRing) -> Result<(), KeyRingError> {
    use std::io::Write;
    let text = serde_json::to_string_pretty(&ring.to_file()).map_err(|e| file_err(path, e.to_string()))?;
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    let mut f = opts.open(path).map_err(|e| file_err(path, e.to_string()))?;
    f.write_all(text.as_bytes()).and_then(|_| f.sync_all()).map_err(|e| file_err(path, e.to_string()))
}

/// Create the file only if it does not exist (written aside, then hard-linked into place,
/// which fails if another process got there first).
fn write_new(path: &Path, ring: &KeyRing) -> Result<(), KeyRingError> {
    let tmp = path.with_extension(format!("new{}", std::process::id()));
    write_file(&tmp, ring)?;
    let res = std::fs::hard_link(&tmp, path).map_err(|e| file_err(path, e.to_string()));
    let _ = std::fs::remove_file(&tmp);
    res
}

#[cfg(test)]
#[path = "keyring_tests.rs"]
mod tests;
