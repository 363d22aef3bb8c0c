//! Build the state, router and workers, and bind. Tests call `Application::build_on` with a
//! listener on port 0 and an injected clock.

use crate::clock::{Clock, SystemClock};
use crate::config::Config;
use crate::links::{KeyRingFile, Links};
use crate::notify::Notifier;
use crate::store::{self, DynStore};
use crate::telemetry::Metrics;
use anyhow::Context;
use std::net::SocketAddr;
use std::sync::Arc;
use tokio::net::TcpListener;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub store: DynStore,
    pub links: Links,
    pub notifier: Arc<Notifier>,
    pub clock: Arc<dyn Clock>,
    pub metrics: Arc<Metrics>,
    /// Poked when deliveries are queued, so the dispatcher need not wait for its next poll.
    pub wake: Arc<tokio::sync::Notify>,
}

impl AppState {
    /// Connect, migrate, open the key ring and the channels.
    pub async fn new(config: Config, clock: Arc<dyn Clock>) -> anyhow::Result<Self> {
        let store = store::connect(&config.database_url)
            .await
            .with_context(|| format!("connecting to {}", crate::config::redact_url(&config.database_url)))?;
        store.migrate().await.context("applying migrations")?;
        let keys = KeyRingFile::open_or_create(&config.keys_file).context("opening the link-signing keys")?;
        let notifier = Notifier::from_config(&config, store.clone())?;
        let links = Links {
            store: store.clone(),
            keys: Arc::new(keys),
            public_base: config.public_url.as_str().trim_end_matches('/').to_string(),
        };
        Ok(AppState {
            config: Arc::new(config),
            store,
            links,
            notifier: Arc::new(notifier),
            clock,
            metrics: Arc::new(Metrics::default()),
            wake: Arc::new(tokio::sync::Notify::new()),
        })
    }

    pub fn now(&self) -> jiff::Timestamp {
        self.clock.now()
    }
}

pub struct Application {
    listener: TcpListener,
    state: AppState,
    workers: bool,
}

impl Application {
    /// Bind `PORTICO_BIND` and build everything with the wall clock.
    pub async fn build(config: Config) -> anyhow::Result<Self> {
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

    /// Serve until SIGINT or SIGTERM; in-flight requests finish.
    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        let router = crate::web::router(self.state.clone());
        if self.workers {
            tokio::spawn(crate::notify::dispatch::run(self.state.clone()));
        }
        tracing::info!(addr = %self.local_addr()?, backend = self.state.store.backend(), "portico serving");
        axum::serve(self.listener, router.into_make_service_with_connect_info::<SocketAddr>())
            .with_graceful_shutdown(shutdown_signal())
            .await
            .context("serving HTTP")
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
