//! `/saved-replies`: the words a clinic writes once for its care team to start a reply from,
//! each in the languages the clinic writes it in (`domain::SavedReply`). A POST adds one, a
//! PUT replaces one whole, a DELETE removes it; a bad body is a 422 naming the field and
//! changes nothing. Each change is audited.

use super::ApiJson;
use super::auth::ApiCaller;
use super::openapi::List;
use super::routes::{Doc, Routes};
use crate::domain::{SavedReply, SavedReplySpec};
use crate::state::AppState;
use crate::store::{AuditEvent, Clinic};
use crate::web::api::error::{ApiResult, AppError};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::{Extension, Json};
use schemars::JsonSchema;
use serde::Serialize;
use std::collections::BTreeMap;

pub(super) fn routes() -> Routes {
    Routes::new()
        .get("/saved-replies", list, Doc::ok::<List<Body>>("The clinic's saved replies, by title"))
        .post(
            "/saved-replies",
            create,
            Doc::created::<Body>("Add a saved reply, in one or more languages").body::<SavedReplySpec>(),
        )
        .get("/saved-replies/{id}", read, Doc::ok::<Body>("One saved reply"))
        .put("/saved-replies/{id}", replace, Doc::ok::<Body>("Replace a saved reply whole").body::<SavedReplySpec>())
        .delete("/saved-replies/{id}", remove, Doc::no_content("Remove a saved reply", "Removed"))
}

#[derive(Serialize, JsonSchema)]
#[schemars(rename = "SavedReply")]
struct Body {
    id: String,
    title: String,
    /// By BCP 47 language tag
    texts: BTreeMap<String, String>,
    #[schemars(extend("format" = "date-time"))]
    updated_at: String,
}

/// This module's bodies, for the OpenAPI document.
impl From<SavedReply> for Body {
    fn from(r: SavedReply) -> Self {
        Body { id: r.id, title: r.title, texts: r.texts, updated_at: r.updated_at.to_string() }
    }
}

fn checked(spec: &SavedReplySpec) -> ApiResult<(String, BTreeMap<String, String>)> {
    SavedReply::checked(spec).map_err(|e| AppError::invalid(e.field, e.message))
}

async fn audit(state: &AppState, clinic: &Clinic, caller: &ApiCaller, action: &str, id: &str) -> ApiResult<()> {
    let event = AuditEvent::new(state.now(), Some(&clinic.id), caller.actor.clone(), action).subject(id);
    state.store.record_audit(&event).await?;
    Ok(())
}

async fn list(State(state): State<AppState>, Extension(clinic): Extension<Clinic>) -> ApiResult<Json<List<Body>>> {
    let data = state.store.saved_replies(&clinic.id).await?.into_iter().map(Body::from).collect();
    Ok(Json(List { data }))
}

async fn read(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    Path(id): Path<String>,
) -> ApiResult<Json<Body>> {
    let r = state.store.saved_reply(&clinic.id, &id).await?.ok_or(AppError::NotFound("saved reply"))?;
    Ok(Json(r.into()))
}

async fn create(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    Extension(caller): Extension<ApiCaller>,
    ApiJson(spec): ApiJson<SavedReplySpec>,
) -> ApiResult<(StatusCode, Json<Body>)> {
    let (title, texts) = checked(&spec)?;
    let r =
        SavedReply { id: SavedReply::new_id(), clinic_id: clinic.id.clone(), title, texts, updated_at: state.now() };
    state.store.save_saved_reply(&r).await?;
    audit(&state, &clinic, &caller, "saved_reply.created", &r.id).await?;
    Ok((StatusCode::CREATED, Json(r.into())))
}

async fn replace(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    Extension(caller): Extension<ApiCaller>,
    Path(id): Path<String>,
    ApiJson(spec): ApiJson<SavedReplySpec>,
) -> ApiResult<Json<Body>> {
    let old = state.store.saved_reply(&clinic.id, &id).await?.ok_or(AppError::NotFound("saved reply"))?;
    let (title, texts) = checked(&spec)?;
    let r = SavedReply { title, texts, updated_at: state.now(), ..old };
    state.store.save_saved_reply(&r).await?;
    audit(&state, &clinic, &caller, "saved_reply.changed", &r.id).await?;
    Ok(Json(r.into()))
}

async fn remove(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    Extension(caller): Extension<ApiCaller>,
    Path(id): Path<String>,
) -> ApiResult<StatusCode> {
    if !state.store.delete_saved_reply(&clinic.id, &id).await? {
        return Err(AppError::NotFound("saved reply"));
    }
    audit(&state, &clinic, &caller, "saved_reply.removed", &id).await?;
    Ok(StatusCode::NO_CONTENT)
}
