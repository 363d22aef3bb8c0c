//! The SQL of both backends. Times are `BIGINT` milliseconds, ids `TEXT`, hashes
//! `BLOB`/`BYTEA`; placeholders are `$N`, which sqlx binds on both databases and which
//! `numbered!` (`placeholders.rs`) turns into SQLite's `?N` for rusqlite.
//!
//! One file per entity. Each holds that entity's hot statements as `const`s (the ones SQLite
//! runs through rusqlite and PostgreSQL through sqlx: one text for both), and its other
//! methods as a macro that writes them once on sqlx for both backends; `sql_store!` strings
//! those macros together into each backend's `Store` impl. The rows they return and how they
//! become records are in `rows.rs`.

mod appointments;
mod caregivers;
mod clinics;
mod deliveries;
mod dispatch;
mod grants;
mod imports;
mod links;
mod live;
mod messages;
mod outbound;
mod passkeys;
mod patients;
pub(in crate::store) mod placeholders;
mod refills;
mod reply_times;
mod requests;
mod rows;
mod sessions;
mod staff;
mod teams;
mod webhooks;

pub(in crate::store) use appointments::*;
pub(in crate::store) use caregivers::*;
pub(in crate::store) use clinics::*;
pub(in crate::store) use deliveries::*;
pub(in crate::store) use dispatch::*;
pub(in crate::store) use grants::*;
pub(in crate::store) use imports::*;
pub(in crate::store) use links::*;
pub(in crate::store) use live::*;
pub(in crate::store) use messages::*;
pub(in crate::store) use outbound::*;
pub(in crate::store) use passkeys::*;
pub(in crate::store) use patients::*;
pub(in crate::store) use refills::*;
pub(in crate::store) use reply_times::*;
pub(in crate::store) use requests::*;
pub(in crate::store) use rows::*;
pub(in crate::store) use sessions::*;
pub use staff::inbox_view_sql;
pub(in crate::store) use staff::*;
pub(in crate::store) use teams::*;
pub(in crate::store) use webhooks::*;

use super::{StoreError, StoreResult};
use jiff::Timestamp;

pub(in crate::store) fn ms(t: Timestamp) -> i64 {
    t.as_millisecond()
}

pub(in crate::store) fn opt_ms(t: Option<Timestamp>) -> Option<i64> {
    t.map(ms)
}

pub(in crate::store) fn ts(v: i64) -> StoreResult<Timestamp> {
    Timestamp::from_millisecond(v).map_err(|e| StoreError::Corrupt(format!("time {v}: {e}")))
}

pub(in crate::store) fn opt_ts(v: Option<i64>) -> StoreResult<Option<Timestamp>> {
    v.map(ts).transpose()
}

pub(in crate::store) fn corrupt(what: &str, e: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(format!("{what}: {e}"))
}

/// Expands into `impl Store for $store`: the backend's own methods, passed in (its hot paths
/// and whatever else differs between the databases), then every entity's shared methods.
/// `$store` must have `fn writer(&self) -> &Pool<DB>`, `fn reader(&self) -> &Pool<DB>` and
/// `async fn begin_write(&self) -> Result<Transaction<'static, DB>, sqlx::Error>`, and the
/// caller must import what the methods name (`records::*`, `sql::*`, the domain's ids).
///
/// How: `async_trait` rewrites the impl before any macro inside it expands, so the methods
/// must all be in the impl's tokens when it runs. Each entity's macro therefore takes the
/// methods gathered so far, adds its own and hands them on to the next entity's (`@next`);
/// after the last, the impl is written.
macro_rules! sql_store {
    (@next $store:ty; [$next:ident $($rest:ident)*]; { $($methods:tt)* }) => {
        $crate::store::sql::$next!($store; [$($rest)*]; { $($methods)* });
    };
    (@next $store:ty; []; { $($methods:tt)* }) => {
        #[async_trait::async_trait]
        impl $crate::store::Store for $store {
            $($methods)*

            async fn ping(&self) -> StoreResult<()> {
                sqlx::query("SELECT 1").execute(self.reader()).await?;
                Ok(())
            }
        }
    };
    ($store:ty, { $($specific:tt)* }) => {
        $crate::store::sql::sql_store!(@next $store; [
            clinic_methods patient_methods appointment_methods message_methods refill_methods link_methods
            session_methods request_methods delivery_methods webhook_methods staff_methods passkey_methods live_methods
            grant_methods reply_time_methods
        ]; { $($specific)* });
    };
}
pub(in crate::store) use sql_store;

#[cfg(test)]
mod tests;
