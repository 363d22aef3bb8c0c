//! Caregiver grants the clinic gives, with a legal basis: `parent_of_minor`, or
//! `legal_representative` (a guardian, a power of attorney), which needs an evidence reference
//! and who verified it. `GET/POST /patients/{id}/grants` lists every grant of a patient (the
//! patient's own too) and makes one, sending the invitation to the caregiver's phone or email;
//! `PATCH /grants/{id}` changes scopes, expiry or evidence of a clinic-given grant (a
//! patient-given one is the patient's to change); `DELETE /grants/{id}` revokes any grant at
//! once. Every write is audited; POST takes an `Idempotency-Key` like every API POST.

use super::auth::ApiCaller;
use super::openapi::List;
use super::routes::{Doc, Routes};
use super::{ApiJson, ApiPath, path_id, rfc3339};
use crate::domain::{
    CareGrant, Email, GrantBasis, GrantChange, GrantError, GrantId, GrantRequest, GranteeContact, PatientId,
    PersonName, Phone, Scopes, ShortText,
};
use crate::state::AppState;
use crate::store::{AuditEvent, Clinic, Patient};
use crate::web::api::error::{ApiResult, AppError};
use axum::extract::State;
use axum::http::StatusCode;
use axum::{Extension, Json};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub(super) fn routes() -> Routes {
    Routes::new()
        .get(
            "/patients/{id}/grants",
            list,
            Doc::ok::<List<GrantBody>>(
                "Every caregiver grant of a patient (given by the patient or the clinic), oldest first",
            ),
        )
        .post(
            "/patients/{id}/grants",
            create,
            Doc::created::<GrantBody>(
                "Give a caregiver access with a legal basis; the invitation goes to their phone or email",
            )
            .body::<CreateGrant>(),
        )
        .patch(
            "/grants/{id}",
            update,
            Doc::ok::<GrantBody>(
                "Change a clinic-given grant's scopes, expiry or evidence (a patient-given one is the patient's to change)",
            )
            .body::<UpdateGrant>(),
        )
        .delete(
            "/grants/{id}",
            revoke,
            Doc::ok::<GrantBody>(
                "Revoke a grant at once (any grant, the patient's own too); the caregiver's next request is refused",
            ),
        )
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "GrantCreate")]
struct CreateGrant {
    #[schemars(length(min = 1, max = 200))]
    grantee_name: String,
    /// E.164; a phone or an email, not both
    #[serde(default)]
    phone: Option<String>,
    #[serde(default)]
    #[schemars(extend("format" = "email"))]
    email: Option<String>,
    /// Settings can never be delegated
    #[schemars(extend("items" = crate::domain::word_items::<crate::domain::Scope>(), "minItems" = 1))]
    scopes: Vec<String>,
    #[schemars(extend("enum" = ["parent_of_minor", "legal_representative"]))]
    basis: String,
    /// Required for legal_representative (the order, the power of attorney)
    #[serde(default)]
    evidence_reference: Option<String>,
    /// Who checked the evidence; required for legal_representative
    #[serde(default)]
    verified_by: Option<String>,
    /// In the future, at most 5 years away
    #[schemars(extend("format" = "date-time"))]
    expires_at: String,
    /// The caregiver gets the patient's appointment reminders too, on their own contact point
    /// (needs `appointments`).
    #[serde(default)]
    reminder_copies: bool,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "GrantUpdate")]
struct UpdateGrant {
    /// Settings can never be delegated
    #[serde(default)]
    #[schemars(extend("items" = crate::domain::word_items::<crate::domain::Scope>(), "minItems" = 1))]
    scopes: Option<Vec<String>>,
    #[serde(default)]
    #[schemars(extend("format" = "date-time"))]
    expires_at: Option<String>,
    #[serde(default)]
    evidence_reference: Option<String>,
    #[serde(default)]
    verified_by: Option<String>,
    /// Turn the caregiver's reminder copies on or off; upcoming visits are planned again at once
    #[serde(default)]
    reminder_copies: Option<bool>,
}

#[derive(Serialize, JsonSchema)]
#[schemars(rename = "Grant")]
struct GrantBody {
    id: String,
    patient_id: String,
    grantee_name: String,
    phone: Option<String>,
    email: Option<String>,
    #[schemars(extend("items" = crate::domain::word_items::<crate::domain::Scope>()))]
    scopes: Vec<&'static str>,
    #[schemars(schema_with = "crate::domain::word_schema::<crate::domain::GrantBasis>")]
    basis: &'static str,
    evidence_reference: Option<String>,
    verified_by: Option<String>,
    /// `invited`, `active`, `revoked` or `expired`, as of this answer.
    #[schemars(schema_with = "crate::domain::word_schema::<crate::domain::GrantStatus>")]
    status: &'static str,
    created_by: String,
    #[schemars(extend("format" = "date-time"))]
    created_at: String,
    #[schemars(extend("format" = "date-time"))]
    expires_at: String,
    revoked_at: Option<String>,
    last_used_at: Option<String>,
    reminder_copies: bool,
    /// What a teenager gave back to the parent of a `parent_of_minor` grant their age narrowed.
    teen_restored: Vec<&'static str>,
    /// Whether the invitation went out (only in the answer that made the grant).
    #[serde(skip_serializing_if = "Option::is_none")]
    invitation_sent: Option<bool>,
}

/// This module's bodies, for the OpenAPI document.
fn body(g: &CareGrant, now: jiff::Timestamp) -> GrantBody {
    let (phone, email) = match &g.contact {
        GranteeContact::Phone(p) => (Some(p.as_str().to_string()), None),
        GranteeContact::Email(e) => (None, Some(e.as_str().to_string())),
    };
    GrantBody {
        id: g.id.to_string(),
        patient_id: g.patient_id.to_string(),
        grantee_name: g.grantee_name.to_string(),
        phone,
        email,
        scopes: g.scopes.as_slice().iter().map(|s| s.as_str()).collect(),
        basis: g.basis.as_str(),
        evidence_reference: g.evidence_reference.as_ref().map(|e| e.to_string()),
        verified_by: g.verified_by.as_ref().map(|e| e.to_string()),
        status: g.status_at(now).as_str(),
        created_by: g.created_by.clone(),
        created_at: rfc3339(g.created_at),
        reminder_copies: g.reminder_copies,
        teen_restored: g.teen_restored.iter().map(|s| s.as_str()).collect(),
        expires_at: rfc3339(g.expires_at),
        revoked_at: g.revoked_at.map(rfc3339),
        last_used_at: g.last_used_at.map(rfc3339),
        invitation_sent: None,
    }
}

fn field<T>(name: &'static str, r: Result<T, crate::domain::ParseError>) -> ApiResult<T> {
    r.map_err(|e| AppError::invalid(name, e.0))
}

fn refused(e: GrantError) -> AppError {
    AppError::invalid(e.field, e.message)
}

fn time(name: &'static str, raw: &str) -> ApiResult<jiff::Timestamp> {
    raw.parse::<jiff::Timestamp>().map_err(|_| AppError::invalid(name, "must be an RFC 3339 time"))
}

/// Reminder copies go only to a caregiver who may see the patient's appointments.
fn copies_allowed(copies: bool, scopes: &Scopes) -> ApiResult<bool> {
    if copies && !scopes.contains(crate::domain::Scope::Appointments) {
        return Err(AppError::invalid("reminder_copies", "needs the appointments scope"));
    }
    Ok(copies)
}

fn scopes(raw: &[String]) -> ApiResult<Scopes> {
    field("scopes", Scopes::parse_all(raw.iter().map(String::as_str)))
}

fn text(name: &'static str, raw: Option<&str>) -> ApiResult<Option<ShortText>> {
    raw.map(|t| field(name, ShortText::parse(t))).transpose()
}

async fn patient(state: &AppState, clinic: &Clinic, raw_id: &str) -> ApiResult<Patient> {
    let id = path_id(raw_id, PatientId::parse, "patient")?;
    state.store.patient(&clinic.id, &id).await?.ok_or(AppError::NotFound("patient"))
}

async fn create(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    Extension(caller): Extension<ApiCaller>,
    ApiPath(id): ApiPath,
    ApiJson(b): ApiJson<CreateGrant>,
) -> ApiResult<(StatusCode, Json<GrantBody>)> {
    let patient = patient(&state, &clinic, &id).await?;
    let now = state.now();
    let grantee_name = field("grantee_name", PersonName::parse(&b.grantee_name))?;
    let contact = match (b.phone.as_deref(), b.email.as_deref()) {
        (Some(p), None) => GranteeContact::Phone(field("phone", Phone::parse(p))?),
        (None, Some(e)) => GranteeContact::Email(field("email", Email::parse(e))?),
        (Some(_), Some(_)) => return Err(AppError::invalid("email", "give a phone or an email, not both")),
        (None, None) => return Err(AppError::invalid("phone", "the caregiver needs a phone or an email")),
    };
    let scopes = scopes(&b.scopes)?;
    let reminder_copies = copies_allowed(b.reminder_copies, &scopes)?;
    let basis = field("basis", GrantBasis::parse(&b.basis))?;
    if basis == GrantBasis::PatientGiven {
        return Err(AppError::invalid("basis", "a patient-given grant is made by the patient, not the clinic"));
    }
    let request = GrantRequest {
        clinic_id: clinic.id.clone(),
        patient_id: patient.id.clone(),
        grantee_name,
        contact,
        scopes,
        basis,
        evidence_reference: text("evidence_reference", b.evidence_reference.as_deref())?,
        verified_by: text("verified_by", b.verified_by.as_deref())?,
        expires_at: Some(time("expires_at", &b.expires_at)?),
        reminder_copies,
        created_by: caller.actor.to_string(),
    };
    let grant = CareGrant::invite(request, now).map_err(refused)?;
    let invited = crate::invite::invite(&state, (&clinic, &patient), &grant, caller.actor.clone(), None)
        .await
        .map_err(|e| AppError::Internal(anyhow::Error::new(e).context("inviting a caregiver")))?;
    let mut out = body(&grant, now);
    out.invitation_sent = Some(invited.sent);
    Ok((StatusCode::CREATED, Json(out)))
}

async fn list(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    ApiPath(id): ApiPath,
) -> ApiResult<Json<List<GrantBody>>> {
    let patient = patient(&state, &clinic, &id).await?;
    let now = state.now();
    let grants = state.store.grants_for_patient(&clinic.id, &patient.id).await?;
    Ok(Json(List { data: grants.iter().map(|g| body(g, now)).collect() }))
}

async fn load(state: &AppState, clinic: &Clinic, raw_id: &str) -> ApiResult<CareGrant> {
    let id = path_id(raw_id, GrantId::parse, "grant")?;
    match state.store.grant(&id).await? {
        Some(g) if g.clinic_id == clinic.id => Ok(g),
        _ => Err(AppError::NotFound("grant")),
    }
}

async fn audit(state: &AppState, clinic: &Clinic, caller: &ApiCaller, g: &CareGrant, action: &str) -> ApiResult<()> {
    let event = AuditEvent::new(state.now(), Some(&clinic.id), caller.actor.clone(), action)
        .subject(g.patient_id.as_str())
        .detail(serde_json::json!({ "grant": g.id.as_str() }).to_string());
    state.store.record_audit(&event).await?;
    Ok(())
}

async fn update(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    Extension(caller): Extension<ApiCaller>,
    ApiPath(id): ApiPath,
    ApiJson(b): ApiJson<UpdateGrant>,
) -> ApiResult<Json<GrantBody>> {
    let mut grant = load(&state, &clinic, &id).await?;
    if grant.basis == GrantBasis::PatientGiven {
        return Err(AppError::invalid("basis", "a patient-given grant is changed only by the patient"));
    }
    let now = state.now();
    let change = GrantChange {
        scopes: b.scopes.as_deref().map(scopes).transpose()?,
        expires_at: b.expires_at.as_deref().map(|t| time("expires_at", t)).transpose()?,
        reminder_copies: b.reminder_copies,
        evidence_reference: text("evidence_reference", b.evidence_reference.as_deref())?,
        verified_by: text("verified_by", b.verified_by.as_deref())?,
    };
    let copies_before = grant.reminder_copies;
    grant.change(change, now).map_err(refused)?;
    copies_allowed(grant.reminder_copies, &grant.scopes)?;
    state.store.update_grant(&grant).await?;
    if grant.reminder_copies || copies_before {
        // The copies follow what the grant now says: scopes, expiry and copies themselves.
        let patient = patient(&state, &clinic, grant.patient_id.as_str()).await?;
        state.dispatcher.replan_copies(&clinic, &patient, &grant).await.map_err(AppError::Internal)?;
    }
    audit(&state, &clinic, &caller, &grant, "grant.changed").await?;
    Ok(Json(body(&grant, now)))
}

async fn revoke(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    Extension(caller): Extension<ApiCaller>,
    ApiPath(id): ApiPath,
) -> ApiResult<Json<GrantBody>> {
    let mut grant = load(&state, &clinic, &id).await?;
    let now = state.now();
    if grant.revoke(now) {
        state.store.update_grant(&grant).await?;
        audit(&state, &clinic, &caller, &grant, "grant.revoked").await?;
    }
    Ok(Json(body(&grant, now)))
}
