//! What every handler can reach, built once at start: settings, the store, links, the
//! channels, the clock, metrics, the dispatcher and the live-update hub. Handlers read it; nothing here knows
//! about HTTP.

use crate::clock::Clock;
use crate::config::Config;
use crate::links::{KeyRingFile, Links};
use crate::live::{Hub, Limits};
use crate::notify::Notifier;
use crate::notify::dispatch::Dispatcher;
use crate::store::{self, DynStore};
use crate::telemetry::Metrics;
use anyhow::Context;
use std::sync::Arc;

/// Cheap to clone (one reference count): axum clones the state for every extractor and
/// middleware of every request, so it is one `Arc`, not a bundle of them.
#[derive(Clone)]
pub struct AppState(Arc<Parts>);

/// What `AppState` holds; reached through `Deref` (`state.store`, `state.config`, …).
pub struct Parts {
    pub config: Arc<Config>,
    pub store: DynStore,
    pub links: Links,
    pub notifier: Arc<Notifier>,
    pub clock: Arc<dyn Clock>,
    pub metrics: Arc<Metrics>,
    /// The outbox worker; `dispatcher.wake()` after queueing deliveries.
    pub dispatcher: Dispatcher,
    /// Live updates for open pages: streams subscribe here.
    pub live: Arc<Hub>,
}

impl AppState {
    /// Connect, migrate, open the key ring and the channels.
    pub async fn new(config: Config, clock: Arc<dyn Clock>) -> anyhow::Result<Self> {
        let store = store::connect(&config.database_url)
            .await
            .with_context(|| format!("connecting to {}", crate::config::redact_url(&config.database_url)))?;
        store.migrate().await.context("applying migrations")?;
        let keys = KeyRingFile::open_or_create(&config.keys_file).context("opening the link-signing keys")?;
        let notifier = Arc::new(Notifier::from_config(&config, store.clone())?);
        let links = Links {
            store: store.clone(),
            keys: Arc::new(keys),
            public_base: config.public_url.as_str().trim_end_matches('/').to_string(),
        };
        let config = Arc::new(config);
        let metrics = Arc::new(Metrics::default());
        let dispatcher = Dispatcher::new(
            store.clone(),
            links.clone(),
            notifier.clone(),
            clock.clone(),
            metrics.clone(),
            config.clone(),
        );
        let limits = Limits { per_process: config.live_max_streams, ..Limits::default() };
        let live = Hub::new(store.clone(), clock.clone(), limits);
        Ok(AppState(Arc::new(Parts { config, store, links, notifier, clock, metrics, dispatcher, live })))
    }

    pub fn now(&self) -> jiff::Timestamp {
        self.clock.now()
    }
}

impl std::ops::Deref for AppState {
    type Target = Parts;

    fn deref(&self) -> &Parts {
        &self.0
    }
}
