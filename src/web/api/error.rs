//! The clinic API's one error type (patient pages have theirs in `web::page`). Internal causes are logged with context and never shown; user
//! errors say what to do next, as `{"error": {"code", "message", "field"?}}`.

use crate::store::StoreError;
use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use schemars::JsonSchema;
use serde::Serialize;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The request could not be read at all (malformed JSON, wrong content type).
    #[error("{message}")]
    BadRequest { code: &'static str, message: String },
    /// A field is wrong: wrong type, unknown, or a value that does not parse.
    #[error("{field}: {message}")]
    Invalid { code: &'static str, field: String, message: String },
    #[error("missing or invalid API key")]
    Unauthorized,
    #[error("{0}")]
    Forbidden(&'static str),
    #[error("{0} not found")]
    NotFound(&'static str),
    #[error("{message}")]
    Conflict { code: &'static str, message: String },
    #[error("request body is larger than the limit")]
    TooLarge,
    #[error("too many requests")]
    TooManyRequests,
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

/// Every refusal: a code to act on, a message to read, and the field it is about if there is one.
#[derive(Serialize, JsonSchema)]
#[schemars(rename = "Error")]
struct Body<'a> {
    error: Detail<'a>,
}

#[derive(Serialize, JsonSchema)]
#[schemars(rename = "ErrorDetail")]
struct Detail<'a> {
    code: &'a str,
    message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    field: Option<&'a str>,
}

/// This module's bodies, for the OpenAPI document.
pub(super) fn schemas(s: &mut super::openapi::Schemas) {
    s.response::<Body<'static>>();
}

impl AppError {
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        AppError::Invalid { code: "invalid_field", field: field.into(), message: message.into() }
    }

    pub fn conflict(code: &'static str, message: impl Into<String>) -> Self {
        AppError::Conflict { code, message: message.into() }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            AppError::BadRequest { .. } => StatusCode::BAD_REQUEST,
            AppError::Invalid { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Unauthorized => StatusCode::UNAUTHORIZED,
            AppError::Forbidden(_) => StatusCode::FORBIDDEN,
            AppError::NotFound(_) => StatusCode::NOT_FOUND,
            AppError::Conflict { .. } => StatusCode::CONFLICT,
            AppError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl From<StoreError> for AppError {
    /// A uniqueness or foreign-key refusal is the caller's conflict (409), not our failure.
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Conflict(constraint) => {
                tracing::info!(constraint = %constraint, "a write was refused as a conflict");
                AppError::conflict("conflict", "This conflicts with something that already exists.")
            }
            other => AppError::Internal(anyhow::Error::new(other).context("store")),
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = self.status();
        let (code, message, field) = match &self {
            AppError::BadRequest { code, message } => (*code, message.clone(), None),
            AppError::Invalid { code, field, message } => (*code, message.clone(), Some(field.as_str())),
            AppError::Unauthorized => {
                ("unauthorized", "Send a valid API key as `Authorization: Bearer <key>`.".into(), None)
            }
            AppError::Forbidden(m) => ("forbidden", (*m).to_string(), None),
            AppError::NotFound(what) => ("not_found", format!("No such {what}."), None),
            AppError::Conflict { code, message } => (*code, message.clone(), None),
            AppError::TooLarge => ("too_large", "The request body is larger than 64 KiB.".into(), None),
            AppError::TooManyRequests => ("rate_limited", "Too many requests; try again later.".into(), None),
            AppError::Internal(e) => {
                tracing::error!(error = ?e, "internal error");
                ("internal", "Something went wrong on our side; it has been logged.".into(), None)
            }
        };
        let mut resp = (status, Json(Body { error: Detail { code, message, field } })).into_response();
        if let AppError::Unauthorized = self {
            resp.headers_mut()
                .insert(axum::http::header::WWW_AUTHENTICATE, axum::http::HeaderValue::from_static("Bearer"));
        }
        resp
    }
}

pub type ApiResult<T> = Result<T, AppError>;
