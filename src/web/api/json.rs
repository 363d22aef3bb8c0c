//! JSON bodies: the content type must say JSON, the body must parse, and every field must be
//! known. Syntax errors are 400; type errors and unknown fields are 422 naming the field.

use crate::web::api::error::AppError;
use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{StatusCode, header};
use serde::de::DeserializeOwned;

pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let is_json = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .is_some_and(|m| m.trim().eq_ignore_ascii_case("application/json"));
        if !is_json {
            return Err(AppError::BadRequest {
                code: "unsupported_media_type",
                message: "Send the body as JSON with `Content-Type: application/json`.".into(),
            });
        }
        let bytes = Bytes::from_request(req, state).await.map_err(|e| {
            if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                AppError::TooLarge
            } else {
                AppError::BadRequest { code: "unreadable_body", message: "The request body could not be read.".into() }
            }
        })?;
        parse(&bytes).map(ApiJson)
    }
}

/// Parse a JSON body into `T`, naming the offending field on failure. Every body the API
/// takes is an object: an array would otherwise fill a struct's fields in order.
pub fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, AppError> {
    if bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'[') {
        return Err(AppError::invalid("body", "must be a JSON object, not an array"));
    }
    let de = &mut serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize(&mut *de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        match inner.classify() {
            serde_json::error::Category::Data => AppError::Invalid {
                code: "invalid_field",
                field: if path == "." { "body".into() } else { path },
                message: strip_position(&inner.to_string()),
            },
            _ => {
                AppError::BadRequest { code: "malformed_json", message: format!("The body is not valid JSON: {inner}") }
            }
        }
    })?;
    de.end().map_err(|_| AppError::BadRequest {
        code: "malformed_json",
        message: "The body has trailing characters after the JSON value.".into(),
    })?;
    Ok(value)
}

fn strip_position(msg: &str) -> String {
    match msg.find(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}
