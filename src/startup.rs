//! Build the state, router and workers, and bind; serve until a signal stops the server and
//! the workers together. Tests call `Application::build_on` with a listener on port 0 and an
//! injected clock.

use crate::clock::{Clock, SystemClock};
use crate::config::Config;
use crate::state::AppState;
use anyhow::Context;
use std::net::SocketAddr;
use std::sync::Arc;
use tokio::net::TcpListener;

pub struct Application {
    listener: TcpListener,
    state: AppState,
    workers: bool,
}

impl Application {
    /// Bind `PORTICO_BIND` and build everything with the wall clock, after refusing a dev
    /// channel in what looks like a real deployment (`Config::check_channels_for_serving`).
    pub async fn build(config: Config) -> anyhow::Result<Self> {
        config.check_channels_for_serving()?;
        let listener = TcpListener::bind(&config.bind).await.with_context(|| format!("binding {}", config.bind))?;
        Self::build_on(config, listener, Arc::new(SystemClock)).await
    }

    pub async fn build_on(config: Config, listener: TcpListener, clock: Arc<dyn Clock>) -> anyhow::Result<Self> {
        let state = AppState::new(config, clock).await?;
        Ok(Application { listener, state, workers: true })
    }

    pub fn local_addr(&self) -> std::io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serve without background workers: tests drain queues themselves, step by step.
    pub fn without_workers(mut self) -> Self {
        self.workers = false;
        self
    }

    /// Serve until SIGINT or SIGTERM; in-flight requests finish, and so does the worker's
    /// step in progress.
    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        let router = crate::web::router(self.state.clone());
        let (stop, stopped) = tokio::sync::watch::channel(false);
        // Live updates run even without workers: tests drive the queues, not the streams.
        let live = tokio::spawn(self.state.live.clone().run(stopped.clone()));
        let escalations = self.workers.then(|| {
            let state = self.state.clone();
            let pass = move || {
                let state = state.clone();
                async move { crate::routing::run_due(&state).await }
            };
            tokio::spawn(every(
                crate::routing::EVERY,
                stopped.clone(),
                "could not warn of or escalate late replies",
                pass,
            ))
        });
        let events = self.workers.then(|| {
            let state = self.state.clone();
            let pass = move || {
                let state = state.clone();
                async move { crate::outbound::send_due(&state).await }
            };
            tokio::spawn(every(crate::outbound::EVERY, stopped.clone(), "could not send outbound events", pass))
        });
        let notices = self.workers.then(|| {
            let state = self.state.clone();
            let pass = move || {
                let state = state.clone();
                async move { crate::growing_up::run_due(&state).await }
            };
            tokio::spawn(every(crate::growing_up::EVERY, stopped.clone(), "could not send grant notices", pass))
        });
        let worker = self.workers.then(|| tokio::spawn(self.state.dispatcher.clone().run(stopped)));
        tracing::info!(addr = %self.local_addr()?, backend = self.state.store.backend(), "portico serving");
        let served = axum::serve(self.listener, router.into_make_service_with_connect_info::<SocketAddr>())
            .with_graceful_shutdown(async move {
                shutdown_signal().await;
                let _ = stop.send(true);
            })
            .await
            .context("serving HTTP");
        if let Some(worker) = worker {
            let _ = worker.await;
        }
        if let Some(escalations) = escalations {
            let _ = escalations.await;
        }
        if let Some(events) = events {
            let _ = events.await;
        }
        if let Some(notices) = notices {
            let _ = notices.await;
        }
        let _ = live.await;
        served
    }
}

/// A worker: `pass` every `period` until `stop` (a failed pass is logged as `failed` and the
/// next one comes as usual).
async fn every<F, Fut>(
    period: std::time::Duration,
    mut stop: tokio::sync::watch::Receiver<bool>,
    failed: &'static str,
    mut pass: F,
) where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<usize, crate::store::StoreError>>,
{
    let mut tick = tokio::time::interval(period);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = tick.tick() => {
                if let Err(e) = pass().await {
                    tracing::warn!(error = %e, "{failed}");
                }
            }
            _ = stop.changed() => return,
        }
        if *stop.borrow() {
            return;
        }
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!("shutting down");
}
