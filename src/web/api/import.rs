//! `POST /import/fhir?mrn_system=…&dry_run=`: a FHIR R4 Bundle of Patient, Appointment and
//! RelatedPerson resources in the body (up to `IMPORT_BODY_LIMIT`; larger files through `portico import
//! fhir`), imported as the CLI does (`import`), answered with the same report. A body that is
//! not such a bundle at all is a 422 naming why; refused entries are listed in the report.
//! `Idempotency-Key` is honoured, as on every POST.
//!
//! `POST /import/csv?dry_run=`: the CSV twin (`portico import csv`), the file as the body.

use super::auth::ApiCaller;
use super::routes::{Doc, Routes};
use crate::state::AppState;
use crate::store::Clinic;
use crate::web::api::error::{ApiResult, AppError};
use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::{Extension, Json};
use serde::Deserialize;

pub(super) fn routes() -> Routes {
    Routes::new()
        .post(
            "/import/fhir",
            fhir,
            Doc::ok::<crate::import::Report>(
                "Import a FHIR R4 Bundle (collection or transaction) of Patient and Appointment resources, by the \
                 clinic's identifiers: again, it changes nothing; a changed start reschedules; cancelled cancels. Up to \
                 8 MiB (larger files through `portico import fhir`).",
            )
            .body::<crate::import::fhir::BundleShape>()
            .query::<Query>(),
        )
        .body_limit(crate::web::IMPORT_BODY_LIMIT)
        .post(
            "/import/csv",
            csv,
            Doc::ok::<crate::import::Report>(
                "Import a CSV file of one row per appointment, the patient's columns repeated on each of their rows; \
                 the header names the columns (patient_mrn, patient_name, appointment_id and start required; \
                 birth_date, phone, email, language, status, duration_minutes, location, provider). A start without \
                 an offset is in the clinic's time zone. A refusal's index is its line (the header is line 1), its \
                 field the column. Up to 8 MiB.",
            )
            .raw_body("text/csv")
            .query::<CsvQuery>(),
        )
        .body_limit(crate::web::IMPORT_BODY_LIMIT)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[derive(schemars::JsonSchema)]
#[schemars(inline)]
struct Query {
    /// the identifier system of the clinic's MRNs
    #[schemars(required)]
    mrn_system: Option<String>,
    #[schemars(extend("default" = false))]
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
#[derive(schemars::JsonSchema)]
#[schemars(inline)]
struct CsvQuery {
    #[schemars(extend("default" = false))]
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
