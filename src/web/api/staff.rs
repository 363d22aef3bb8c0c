//! `/staff`: invite someone to the clinic's care team. The member is created if the address
//! is new to the clinic (then `name` is needed) and an invitation link is emailed; the
//! invitation is audited as the API caller.

use super::ApiJson;
use super::auth::ApiCaller;
use crate::care_team::{self, InviteError};
use crate::domain::{Email, Locale, PersonName, StaffRole};
use crate::state::AppState;
use crate::store::Clinic;
use crate::web::api::error::{ApiResult, AppError};
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Extension, Json, Router};
use serde::Deserialize;

pub fn router() -> Router<AppState> {
    Router::new().route("/staff", post(invite))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NewStaff {
    email: String,
    role: String,
    #[serde(default)]
    name: Option<String>,
    /// The language of their emails.
    #[serde(default)]
    language: Option<String>,
}

async fn invite(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    Extension(caller): Extension<ApiCaller>,
    ApiJson(req): ApiJson<NewStaff>,
) -> ApiResult<(StatusCode, Json<serde_json::Value>)> {
    let email = Email::parse(&req.email).map_err(|e| AppError::invalid("email", e.0))?;
    let role = StaffRole::parse(&req.role).map_err(|e| AppError::invalid("role", e.0))?;
    let name = req.name.as_deref().map(PersonName::parse).transpose().map_err(|e| AppError::invalid("name", e.0))?;
    let language =
        req.language.as_deref().map(Locale::parse).transpose().map_err(|e| AppError::invalid("language", e.0))?;
    let invited = match care_team::invite(&state, &clinic, &email, role, name, language, caller.actor.clone()).await {
        Ok(i) => i,
        Err(InviteError::NameNeeded) => return Err(AppError::invalid("name", "a new staff member needs a name")),
        Err(InviteError::Store(e)) => return Err(e.into()),
        Err(e) => return Err(AppError::Internal(anyhow::anyhow!("{e}"))),
    };
    let m = &invited.member;
    let body = serde_json::json!({
        "id": m.id.to_string(),
        "name": m.name.to_string(),
        "email": email.as_str(),
        "role": m.role.as_str(),
        "created": invited.created,
        "invitation_sent": invited.sent,
    });
    Ok((if invited.created { StatusCode::CREATED } else { StatusCode::OK }, Json(body)))
}
