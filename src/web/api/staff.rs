//! `/staff`: invite someone to the clinic's care team. The member is created if the address
//! is new to the clinic (then `name` is needed) and an invitation link is emailed; the
//! invitation is audited as the API caller.

use super::ApiJson;
use super::auth::ApiCaller;
use super::routes::{Doc, Routes};
use crate::care_team::{self, InviteError};
use crate::domain::{Email, Locale, PersonName, StaffId, StaffRole};
use crate::state::AppState;
use crate::store::Clinic;
use crate::web::api::error::{ApiResult, AppError};
use axum::extract::State;
use axum::http::StatusCode;
use axum::{Extension, Json};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub(super) fn routes() -> Routes {
    Routes::new().post(
        "/staff",
        invite,
        Doc::created::<Invited>("Invite someone to the care team (created if new; an invitation link is emailed)")
            .body::<NewStaff>(),
    )
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "StaffInvite")]
struct NewStaff {
    #[schemars(extend("format" = "email"))]
    email: String,
    #[schemars(schema_with = "crate::domain::word_schema::<crate::domain::StaffRole>")]
    role: String,
    /// Needed when the address is new to the clinic
    #[serde(default)]
    name: Option<String>,
    /// The language of their emails (en, es, …); English when not given.
    #[serde(default)]
    language: Option<String>,
}

#[derive(Serialize, JsonSchema)]
#[schemars(rename = "StaffMember")]
struct Invited {
    id: StaffId,
    name: String,
    email: String,
    role: &'static str,
    /// Whether they were new to the clinic (201) or already on its care team (200)
    created: bool,
    invitation_sent: bool,
}

/// This module's bodies, for the OpenAPI document.
async fn invite(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    Extension(caller): Extension<ApiCaller>,
    ApiJson(req): ApiJson<NewStaff>,
) -> ApiResult<(StatusCode, Json<Invited>)> {
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
    let body = Invited {
        id: m.id.clone(),
        name: m.name.to_string(),
        email: email.as_str().to_string(),
        role: m.role.as_str(),
        created: invited.created,
        invitation_sent: invited.sent,
    };
    Ok((if invited.created { StatusCode::CREATED } else { StatusCode::OK }, Json(body)))
}
