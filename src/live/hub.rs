use crate::domain::{LiveEvent, LiveKind, Message, MessageId, SessionId, TYPING_EVERY, Typing};
use crate::store::{DynStore, LiveSignal, StoreError};
use jiff::Timestamp;
use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::{broadcast, watch};

/// How often the hub reads events even without a signal (a lost notification).
const CATCH_UP: Duration = Duration::from_secs(2);
/// Events read in one go.
const BATCH: i64 = 500;
/// Updates a slow stream may leave unread before it is told it lagged (and reads the store).
const BACKLOG: usize = 256;
/// How often the hub looks for replies whose promised time has just passed, and how far
/// back (a due time written already past, or missed while no process ran, within the hour).
const OVERDUE_EVERY: Duration = Duration::from_secs(5);
const OVERDUE_LOOKBACK: jiff::SignedDuration = jiff::SignedDuration::from_hours(1);

/// What the hub hands to streams.
#[derive(Debug)]
pub enum Update {
    /// A durable event; for a message event, the message (read once for every stream).
    Event {
        event: LiveEvent,
        message: Option<Box<EventMessage>>,
    },
    Typing(Typing),
}

/// The message a message event names, and its patient's name (for staff streams).
#[derive(Debug)]
pub struct EventMessage {
    pub message: Message,
    pub patient_name: String,
}

/// The most streams one process and one session may hold open.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub per_process: usize,
    pub per_session: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { per_process: 10_000, per_session: 8 }
    }
}

/// Why a stream was not opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TooMany {
    Process,
    Session,
}

pub struct Hub {
    store: DynStore,
    clock: Arc<dyn crate::clock::Clock>,
    tx: broadcast::Sender<Arc<Update>>,
    /// The highest event id handed on.
    last: AtomicI64,
    open: AtomicUsize,
    per_session: Mutex<HashMap<SessionId, usize>>,
    typing_sent: Mutex<HashMap<SessionId, Timestamp>>,
    limits: Limits,
}

impl Hub {
    pub fn new(store: DynStore, clock: Arc<dyn crate::clock::Clock>, limits: Limits) -> Arc<Hub> {
        Arc::new(Hub {
            store,
            clock,
            tx: broadcast::channel(BACKLOG).0,
            last: AtomicI64::new(-1),
            open: AtomicUsize::new(0),
            per_session: Mutex::new(HashMap::new()),
            typing_sent: Mutex::new(HashMap::new()),
            limits,
        })
    }

    /// Read and hand on events until `stop` says so. Starts after the last event already
    /// stored: streams replay older ones themselves.
    pub async fn run(self: Arc<Self>, mut stop: watch::Receiver<bool>) {
        let mut signals = match self.store.live_signals().await {
            Ok(s) => s,
            Err(e) => {
                tracing::error!(error = %e, "live updates are off: the store gave no signal");
                return;
            }
        };
        if self.last.load(Ordering::Acquire) < 0 {
            match self.store.last_live_event().await {
                Ok(id) => self.last.store(id, Ordering::Release),
                Err(e) => tracing::warn!(error = %e, "could not read the last live event"),
            }
        }
        let mut tick = tokio::time::interval(CATCH_UP);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let mut overdue = tokio::time::interval(OVERDUE_EVERY);
        overdue.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                signal = signals.recv() => match signal {
                    Ok(LiveSignal::Typing(t)) => {
                        let _ = self.tx.send(Arc::new(Update::Typing(t)));
                    }
                    Ok(LiveSignal::Events | LiveSignal::Lost) | Err(broadcast::error::RecvError::Lagged(_)) => {
                        self.read_new().await;
                    }
                    // The dispatcher's signal.
                    Ok(LiveSignal::Due) => {}
                    Err(broadcast::error::RecvError::Closed) => return,
                },
                _ = tick.tick() => self.read_new().await,
                _ = overdue.tick() => self.announce_overdue().await,
                _ = stop.changed() => return,
            }
            if *stop.borrow() {
                return;
            }
        }
    }

    /// Write an event for each reply that has just become overdue (the store makes sure each
    /// is written once, by one process); they reach streams as every event does.
    pub async fn announce_overdue(&self) {
        let now = self.clock.now();
        loop {
            match self.store.announce_overdue(now - OVERDUE_LOOKBACK, now, BATCH).await {
                Ok(n) if (n as i64) < BATCH => return,
                Ok(_) => continue,
                Err(e) => {
                    tracing::warn!(error = %e, "could not announce overdue replies");
                    return;
                }
            }
        }
    }

    /// Hand on every event after the last one handed on.
    async fn read_new(&self) {
        loop {
            let after = self.last.load(Ordering::Acquire);
            let events = match self.store.live_events_after(after.max(0), BATCH).await {
                Ok(e) => e,
                Err(e) => {
                    tracing::warn!(error = %e, "could not read live events");
                    return;
                }
            };
            let n = events.len();
            for event in events {
                let message = self.message_of(&event).await;
                self.last.store(event.id, Ordering::Release);
                let _ = self.tx.send(Arc::new(Update::Event { event, message }));
            }
            if (n as i64) < BATCH {
                return;
            }
        }
    }

    /// The message a message event names, with its patient's name (none for other kinds,
    /// or when it cannot be read).
    pub async fn message_of(&self, event: &LiveEvent) -> Option<Box<EventMessage>> {
        if event.kind != LiveKind::Message {
            return None;
        }
        let id = MessageId::parse(event.ref_id.as_deref()?).ok()?;
        let read = async {
            let Some(message) = self.store.message(&event.clinic_id, &id).await? else { return Ok(None) };
            let patient = self.store.patient(&event.clinic_id, &message.patient_id).await?;
            let patient_name = patient.map(|p| p.name.to_string()).unwrap_or_default();
            Ok::<_, StoreError>(Some(Box::new(EventMessage { message, patient_name })))
        };
        match read.await {
            Ok(m) => m,
            Err(e) => {
                tracing::warn!(error = %e, "could not read a live event's message");
                None
            }
        }
    }

    /// Updates from now on. Subscribe before replaying from the store, so nothing falls
    /// between the two (a stream skips ids it has already sent).
    pub fn subscribe(&self) -> broadcast::Receiver<Arc<Update>> {
        self.tx.subscribe()
    }

    /// Count a new stream of `session`, or say which limit it would pass.
    pub fn open_stream(self: &Arc<Self>, session: &SessionId) -> Result<StreamGuard, TooMany> {
        let mut per = self.per_session.lock().unwrap_or_else(|e| e.into_inner());
        let mine = per.get(session).copied().unwrap_or(0);
        if mine >= self.limits.per_session {
            return Err(TooMany::Session);
        }
        if self.open.fetch_add(1, Ordering::AcqRel) >= self.limits.per_process {
            self.open.fetch_sub(1, Ordering::AcqRel);
            return Err(TooMany::Process);
        }
        per.insert(session.clone(), mine + 1);
        Ok(StreamGuard { hub: self.clone(), session: session.clone() })
    }

    /// Streams open in this process.
    pub fn open_streams(&self) -> usize {
        self.open.load(Ordering::Acquire)
    }

    /// Whether `session` may send a typing notice now (one per `TYPING_EVERY`); records it.
    pub fn typing_allowed(&self, session: &SessionId, now: Timestamp) -> bool {
        let mut sent = self.typing_sent.lock().unwrap_or_else(|e| e.into_inner());
        if sent.get(session).is_some_and(|last| now < *last + TYPING_EVERY && now >= *last) {
            return false;
        }
        // Forget the quiet ones, so the map holds only sessions typing now.
        if sent.len() > 1_000 {
            sent.retain(|_, last| now < *last + TYPING_EVERY);
        }
        sent.insert(session.clone(), now);
        true
    }

    /// Tell every process (this one included) that someone is typing.
    pub async fn publish_typing(&self, typing: &Typing) -> Result<(), StoreError> {
        self.store.publish_typing(typing).await
    }
}

/// An open stream, counted until dropped.
pub struct StreamGuard {
    hub: Arc<Hub>,
    session: SessionId,
}

impl Drop for StreamGuard {
    fn drop(&mut self) {
        self.hub.open.fetch_sub(1, Ordering::AcqRel);
        let mut per = self.hub.per_session.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(n) = per.get_mut(&self.session) {
            *n -= 1;
            if *n == 0 {
                per.remove(&self.session);
            }
        }
    }
}
