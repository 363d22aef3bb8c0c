//! Live updates for open pages. One `Hub` per process reads the durable events every change
//! writes (in id order, after the last it saw) when the store signals that some were
//! committed, when its PostgreSQL listener reconnects, and every `CATCH_UP` in case a
//! signal was lost; it hands each event, with the message it names, to every open stream of
//! the process, and each stream keeps what its viewer may see (`domain::Viewer`). Typing
//! notices take the same way without being stored. A stream that falls behind, or reconnects
//! with `Last-Event-ID`, reads its own events from the store.
//!
//! The hub also counts open streams, per process and per session, and refuses more than the
//! limits; and it throttles typing notices per session.

mod hub;

pub use hub::{EventMessage, Hub, Limits, StreamGuard, TooMany, Update};
