//! The process's one `LISTEN` connection: `portico_live` (events were committed; the
//! notification carries nothing, the hub reads the rows), `portico_typing` (a typing
//! notice as one line), `portico_due` (a delivery was written as pending, migration 0038;
//! the dispatcher claims) and `portico_clinics` (a clinic or API key changed, migration 0039:
//! the clinic cache forgets what it kept, and keeps nothing while no connection listens). A
//! lost connection is reopened and then reported as `LiveSignal::Lost`: what was notified
//! meanwhile is found by reading after the last id. The task ends when its store is dropped.

use super::clinic_cache::ClinicCache;
use crate::domain::Typing;
use crate::store::live_bus::LiveSignal;
use sqlx::postgres::{PgListener, PgPool};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{broadcast, watch};

pub(super) const EVENTS: &str = "portico_live";
pub(super) const TYPING: &str = "portico_typing";
pub(super) const DUE: &str = "portico_due";
pub(super) const CLINICS: &str = "portico_clinics";

/// Listens until `stop` is dropped.
pub(super) fn spawn(
    pool: PgPool,
    tx: broadcast::Sender<LiveSignal>,
    clinics: Arc<ClinicCache>,
    mut stop: watch::Receiver<()>,
) {
    tokio::spawn(async move {
        loop {
            let mut listener = tokio::select! {
                l = connect(&pool) => l,
                _ = stop.changed() => return,
            };
            clinics.set_listening(true);
            // Anything committed while no connection listened is read now.
            let _ = tx.send(LiveSignal::Lost);
            loop {
                let got = tokio::select! {
                    got = listener.try_recv() => got,
                    _ = stop.changed() => {
                        clinics.set_listening(false);
                        return;
                    }
                };
                match got {
                    Ok(Some(n)) if n.channel() == TYPING => {
                        if let Some(t) = Typing::from_line(n.payload()) {
                            let _ = tx.send(LiveSignal::Typing(t));
                        }
                    }
                    Ok(Some(n)) if n.channel() == DUE => {
                        let _ = tx.send(LiveSignal::Due);
                    }
                    Ok(Some(n)) if n.channel() == CLINICS => clinics.clear(),
                    Ok(Some(_)) => {
                        let _ = tx.send(LiveSignal::Events);
                    }
                    // The connection was lost and `try_recv` has opened a new one, listening.
                    Ok(None) => {
                        tracing::warn!("the live listener lost its connection and reconnected");
                        clinics.clear();
                        let _ = tx.send(LiveSignal::Lost);
                    }
                    Err(e) => {
                        tracing::warn!(error = %e, "the live listener failed; starting again");
                        clinics.set_listening(false);
                        break;
                    }
                }
            }
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
    });
}

async fn connect(pool: &PgPool) -> PgListener {
    loop {
        match PgListener::connect_with(pool).await {
            Ok(mut l) => match l.listen_all([EVENTS, TYPING, DUE, CLINICS]).await {
                Ok(()) => return l,
                Err(e) => tracing::warn!(error = %e, "could not listen for live events"),
            },
            Err(e) => tracing::warn!(error = %e, "could not open the live listener"),
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}
