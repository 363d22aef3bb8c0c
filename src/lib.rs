//! Portico: patient communication without a login wall.
// The OpenAPI document is one large `json!` literal.
#![recursion_limit = "256"]

pub mod care_team;
pub mod cli;
pub mod clinics;
pub mod clock;
pub mod config;
pub mod demo;
pub mod domain;
pub mod growing_up;
pub mod i18n;
pub mod import;
pub mod invite;
pub mod links;
pub mod live;
pub mod notify;
pub mod outbound;
pub mod reply_times;
pub mod routing;
pub mod startup;
pub mod state;
pub mod store;
pub mod telemetry;
pub mod web;

#[cfg(test)]
#[path = "architecture_tests.rs"]
mod architecture_tests;
