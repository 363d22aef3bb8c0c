//! `POST /import/fhir?mrn_system=…&dry_run=`: a FHIR R4 Bundle of Patient, Appointment and
//! RelatedPerson resources in the body (up to `IMPORT_BODY_LIMIT`; larger files through `portico import
//! fhir`), imported as the CLI does (`import`), answered with the same report. A body that is
//! not such a bundle at all is a 422 naming why; refused entries are listed in the report.
//! `Idempotency-Key` is honoured, as on every POST.
//!
//! `POST /import/csv?dry_run=`: the CSV twin (`portico import csv`), the file as the body.

use super::auth::ApiCaller;
use crate::state::AppState;
use crate::store::Clinic;
use crate::web::api::error::{ApiResult, AppError};
use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::routing::post;
use axum::{Extension, Json, Router};
use serde::Deserialize;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/import/fhir", post(fhir).layer(axum::extract::DefaultBodyLimit::max(crate::web::IMPORT_BODY_LIMIT)))
        .route("/import/csv", post(csv).layer(axum::extract::DefaultBodyLimit::max(crate::web::IMPORT_BODY_LIMIT)))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Query {
    mrn_system: Option<String>,
    dry_run: Option<bool>,
}

async fn fhir(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    Extension(caller): Extension<ApiCaller>,
    RawQuery(raw): RawQuery,
    body: Bytes,
) -> ApiResult<Json<crate::import::Report>> {
    let q: Query = query(raw)?;
    let mrn_system = q.mrn_system.as_deref().map(str::trim).filter(|s| !s.is_empty());
    let Some(mrn_system) = mrn_system else {
        return Err(AppError::invalid("mrn_system", "give the identifier system of the clinic's MRNs"));
    };
    let options = crate::import::Options { mrn_system: mrn_system.to_string(), dry_run: q.dry_run.unwrap_or(false) };
    let progress = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let reader = std::io::Cursor::new(body);
    let report = crate::import::import_fhir(&state, &clinic, reader, &options, caller.actor.clone(), progress).await?;
    answer(report)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CsvQuery {
    dry_run: Option<bool>,
}

async fn csv(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    Extension(caller): Extension<ApiCaller>,
    RawQuery(raw): RawQuery,
    body: Bytes,
) -> ApiResult<Json<crate::import::Report>> {
    let q: CsvQuery = query(raw)?;
    let progress = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let reader = std::io::Cursor::new(body);
    let dry_run = q.dry_run.unwrap_or(false);
    let report =
        crate::import::csv::import_csv(&state, &clinic, reader, dry_run, caller.actor.clone(), progress).await?;
    answer(report)
}

fn query<T: serde::de::DeserializeOwned>(raw: Option<String>) -> ApiResult<T> {
    serde_urlencoded::from_str(raw.as_deref().unwrap_or("")).map_err(|e| AppError::invalid("query", e.to_string()))
}

/// The report; a body of which nothing at all could be read is a 422 naming why.
fn answer(report: crate::import::Report) -> ApiResult<Json<crate::import::Report>> {
    if let (Some(why), 0) = (&report.file_refused, report.entries) {
        return Err(AppError::invalid("body", why.clone()));
    }
    Ok(Json(report))
}
