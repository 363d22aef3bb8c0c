//! What the care team meets: sign-in by emailed link or code (`signin.rs`), the staff session
//! and its forms (`session.rs`), the shared inbox (`inbox.rs`), and teams and absences
//! (`teams.rs`). Pages are server-rendered
//! and work without JavaScript; a staff member sees only their own clinic's data.

mod admin;
mod inbox;
mod live;
mod passkeys;
mod reports;
mod session;
mod signin;
mod teams;

use super::lang;
use crate::state::AppState;
use axum::Router;
use axum::routing::{get, post};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/staff/signin", get(signin::form).post(signin::send))
        .route("/staff/signin/code", post(signin::by_code))
        .route("/staff/signin/passkey/options", post(passkeys::sign_in_options))
        .route("/staff/signin/passkey", post(passkeys::sign_in))
        .route("/staff/passkeys", get(passkeys::list).post(passkeys::register))
        .route("/staff/passkeys/options", post(passkeys::register_options))
        .route("/staff/passkeys/{id}/remove", post(passkeys::remove))
        .route("/staff/s/{token}", get(signin::landing).post(signin::by_link))
        .route("/staff/invite/{token}", get(signin::invitation).post(signin::accept))
        .route("/staff/signout", post(signin::sign_out))
        .route("/staff", get(inbox::list))
        .route("/staff/conversations/{id}", get(inbox::show))
        .route("/staff/conversations/{id}/reply", post(inbox::reply))
        .route("/staff/conversations/{id}/assign", post(inbox::assign))
        .route("/staff/conversations/{id}/wait", post(inbox::wait))
        .route("/staff/conversations/{id}/close", post(inbox::close))
        .route("/staff/conversations/{id}/notes", post(inbox::note))
        .route("/staff/conversations/{id}/team", post(teams::move_to))
        .route("/staff/away", get(teams::away).post(teams::add_away))
        .route("/staff/away/{id}/cancel", post(teams::cancel_away))
        .route("/staff/admin/teams", get(admin::show).post(admin::create))
        .route("/staff/admin/teams/{id}", post(admin::change))
        .route("/staff/conversations/{id}/typing", post(live::typing))
        .route("/staff/live", get(live::stream))
        .route("/staff/reports", get(reports::show))
        .layer(axum::middleware::from_fn(lang::scope))
}
