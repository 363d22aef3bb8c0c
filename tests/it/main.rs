//! One integration-test binary (one link step, one harness): each module is one area of
//! behaviour, and every storage behaviour runs on SQLite and PostgreSQL.

mod helpers;

mod api;
mod bad_input;
mod browser;
mod dispatch;
mod errors;
mod links;
mod notify;
mod ops;
mod pages;
mod processes;
mod reminders;
mod standins;
mod step_up;
mod store;
