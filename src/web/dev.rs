//! The dev outbox: what Portico would have sent. Served only while every channel is a dev
//! channel and the server cannot be reached from outside (`Config::dev_outbox_enabled`).

use crate::state::AppState;
use crate::store::OutboxMessage;
use crate::web::api::error::ApiResult;
use askama::Template;
use axum::extract::State;
use axum::response::{Html, IntoResponse};
use axum::routing::get;
use axum::{Json, Router};

pub fn router() -> Router<AppState> {
    Router::new().route("/dev/outbox", get(page)).route("/dev/outbox.json", get(json))
}

async fn json(State(state): State<AppState>) -> ApiResult<Json<Vec<OutboxMessage>>> {
    Ok(Json(state.store.dev_outbox().await?))
}

#[derive(Template)]
#[template(path = "dev_outbox.html")]
struct OutboxPage {
    messages: Vec<Shown>,
}

struct Shown {
    channel: String,
    to: String,
    subject: String,
    body: String,
    created_at: String,
    link: Option<String>,
}

async fn page(State(state): State<AppState>) -> ApiResult<impl IntoResponse> {
    let base = state.links.public_base.clone();
    let messages = state
        .store
        .dev_outbox()
        .await?
        .into_iter()
        .rev()
        .map(|m| Shown {
            link: m.body.split_whitespace().find(|w| w.starts_with(&format!("{base}/l/"))).map(str::to_string),
            channel: m.channel,
            to: m.to,
            subject: m.subject.unwrap_or_default(),
            body: m.body,
            created_at: m.created_at.strftime("%Y-%m-%d %H:%M:%S UTC").to_string(),
        })
        .collect();
    let html = OutboxPage { messages }.render().map_err(anyhow::Error::from)?;
    Ok(Html(html))
}
