//! One integration-test binary (see STYLE.md): each module is one area of behaviour.

mod helpers;

mod api;
mod bad_input;
mod browser;
mod dispatch;
mod links;
mod notify;
mod ops;
mod pages;
mod processes;
mod reminders;
mod standins;
mod step_up;
mod store;
