//! One integration-test binary (one link step, one harness): each module is one area of
//! behaviour, and every storage behaviour runs on SQLite and PostgreSQL.

// A test fails by panicking, reads the wall clock to set up data, and sleeps to wait for
// another process: the product's rules against these do not apply here.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::disallowed_methods)]

mod helpers;
mod household;
mod import;
mod import_csv;
mod import_related;
mod inbox;
mod ingest;

mod api;
mod bad_input;
mod browser;
mod caregivers;
mod codes;
mod dispatch;
mod dispatch_faults;
mod edge;
mod errors;
mod fuzz;
mod links;
mod live;
mod notify;
mod one_tap;
mod ops;
mod outbound;
mod pages;
mod passkeys;
mod processes;
mod red_flags;
mod refusals;
mod reminders;
mod replies;
mod reply_times;
mod reports;
mod saved_replies;
mod staff;
mod standins;
mod step_up;
mod store;
mod store_batches;
mod teams;
mod unsubscribe;
mod webhooks;
