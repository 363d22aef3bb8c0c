//! How a store tells its process that live events were written or someone is typing. On
//! SQLite, writes come from this process only, so the signal is sent after the commit; on
//! PostgreSQL, a listener connection per process turns `NOTIFY` (sent with each event-writing
//! transaction, carrying nothing) into the same signal, and says when it lost its connection
//! so the hub reads what it may have missed.

use crate::domain::Typing;
use tokio::sync::broadcast;

/// What a store's live signal says.
#[derive(Debug, Clone)]
pub enum LiveSignal {
    /// New events were committed: read after the last id seen.
    Events,
    /// Someone is typing (never stored).
    Typing(Typing),
    /// Notifications may have been missed (a listener reconnected): read after the last id.
    Lost,
    /// A delivery was written as pending (PostgreSQL's `portico_due`): a dispatcher claims.
    Due,
}

/// Signals a busy moment may hold before the slowest reader is told it lagged.
const CAPACITY: usize = 1024;

pub(crate) struct LiveBus {
    tx: broadcast::Sender<LiveSignal>,
}

impl LiveBus {
    pub(crate) fn new() -> Self {
        LiveBus { tx: broadcast::channel(CAPACITY).0 }
    }

    pub(crate) fn send(&self, signal: LiveSignal) {
        // No receiver (no hub running, e.g. a CLI command) is fine.
        let _ = self.tx.send(signal);
    }

    pub(crate) fn subscribe(&self) -> broadcast::Receiver<LiveSignal> {
        self.tx.subscribe()
    }

    pub(crate) fn sender(&self) -> broadcast::Sender<LiveSignal> {
        self.tx.clone()
    }
}
