//! Crash points for tests: with `PORTICO_FAILPOINT` set to a point's name, the process
//! aborts (`std::process::abort`, no cleanup, like a power cut) the first time dispatch
//! reaches it. Test-only: nothing in a deployment sets it, and unset it costs one read of a
//! value loaded once. The points, in the order a send passes them:
//!
//! - `before-provider`: the link is minted, the message rendered, no provider call made;
//! - `during-provider`: the request is out and its answer not yet in (a quarter of a second
//!   into the call; the test's provider holds the answer longer);
//! - `after-provider`: the provider accepted, the outcome not yet recorded;
//! - `after-record`: the outcome recorded.

use std::sync::LazyLock;
use std::time::Duration;

static ARMED: LazyLock<Option<String>> =
    LazyLock::new(|| std::env::var("PORTICO_FAILPOINT").ok().filter(|v| !v.is_empty()));

fn armed(point: &str) -> bool {
    ARMED.as_deref() == Some(point)
}

/// Abort here if this point is armed.
pub fn hit(point: &str) {
    if armed(point) {
        tracing::error!(point, "failpoint: aborting");
        std::process::abort();
    }
}

/// While a provider call is in flight: abort a moment into it if `during-provider` is armed,
/// else never finish.
pub async fn during_call() {
    if armed("during-provider") {
        tokio::time::sleep(Duration::from_millis(250)).await;
        hit("during-provider");
    }
    std::future::pending::<()>().await
}
