//! `/links`: issue a deep link for a patient and a purpose (optionally sending it), look at
//! one, revoke one. The token appears once, in the answer to POST; only its lookup hash is
//! stored.

use super::auth::ApiCaller;
use super::routes::{Doc, Routes};
use super::{ApiJson, ApiPath, path_id, rfc3339};
use crate::domain::{AppointmentId, LinkId, PatientId, Purpose, RefillId, ThreadId};
use crate::domain::{Channel, DeliveryId, DeliveryPurpose, DeliveryStatus};
use crate::links::{IssueError, LinkSubject, MAX_TTL_SECONDS, MIN_TTL_SECONDS};
use crate::state::AppState;
use crate::store::Delivery;
use crate::store::{AuditEvent, Clinic, Link};
use crate::web::api::error::{ApiResult, AppError};
use axum::extract::State;
use axum::http::StatusCode;
use axum::{Extension, Json};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub(super) fn routes() -> Routes {
    Routes::new()
        .post(
            "/links",
            create,
            Doc::created::<CreatedLink>("Issue a deep link, optionally sending it").body::<CreateLink>(),
        )
        .get("/links/{id}", read, Doc::ok::<LinkStatus>("A link's status"))
        .post("/links/{id}/revoke", revoke, Doc::ok::<LinkStatus>("Revoke a link"))
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "LinkCreate")]
struct CreateLink {
    patient_id: String,
    #[schemars(extend("enum" = ["sign_in", "appointment", "thread", "refill", "settings"]))]
    purpose: String,
    /// Appointment id for appointment; thread id for thread (default: the patient's thread);
    /// refill request id for refill
    #[serde(default)]
    subject_id: Option<String>,
    /// Default: the purpose's own lifetime
    #[serde(default)]
    #[schemars(range(min = 60, max = 2592000))]
    ttl_seconds: Option<i64>,
    /// Send it at once on the patient's first channel that can receive
    #[serde(default)]
    send: bool,
}

#[derive(Serialize, JsonSchema)]
#[schemars(rename = "LinkCreated")]
struct CreatedLink {
    id: LinkId,
    url: String,
    /// The link's code (`ABCD-EFGH`), to type at `code_url` where the link will not open.
    code: Option<String>,
    code_url: String,
    #[schemars(extend("format" = "date-time"))]
    expires_at: String,
    purpose: &'static str,
    subject_id: Option<String>,
    /// Only when `send` was asked for
    #[serde(skip_serializing_if = "Option::is_none")]
    sent_via: Option<SentVia>,
}

#[derive(Serialize, JsonSchema)]
struct LinkStatus {
    id: LinkId,
    patient_id: PatientId,
    purpose: &'static str,
    subject_id: Option<String>,
    #[schemars(extend("enum" = ["active", "used", "expired", "revoked", "superseded"]))]
    status: &'static str,
    #[schemars(extend("format" = "date-time"))]
    created_at: String,
    #[schemars(extend("format" = "date-time"))]
    expires_at: String,
    consumed_at: Option<String>,
    revoked_at: Option<String>,
}

/// This module's bodies, for the OpenAPI document.
fn status_of(l: &Link, now: jiff::Timestamp) -> LinkStatus {
    let status = match l.refusal(now) {
        None => "active",
        Some(r) => match r {
            crate::store::LinkRefusal::Used => "used",
            crate::store::LinkRefusal::Expired => "expired",
            crate::store::LinkRefusal::Revoked => "revoked",
            crate::store::LinkRefusal::Superseded => "superseded",
        },
    };
    LinkStatus {
        id: l.id.clone(),
        patient_id: l.patient_id.clone(),
        purpose: l.purpose.as_str(),
        subject_id: l.subject_id.clone(),
        status,
        created_at: rfc3339(l.created_at),
        expires_at: rfc3339(l.expires_at),
        consumed_at: l.consumed_at.map(rfc3339),
        revoked_at: l.revoked_at.map(rfc3339),
    }
}

async fn create(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    Extension(caller): Extension<ApiCaller>,
    ApiJson(body): ApiJson<CreateLink>,
) -> ApiResult<(StatusCode, Json<CreatedLink>)> {
    let now = state.now();
    let patient_id = PatientId::parse(&body.patient_id).map_err(|e| AppError::invalid("patient_id", e.0))?;
    let purpose = Purpose::parse(&body.purpose).map_err(|e| AppError::invalid("purpose", e.0))?;
    let ttl = body.ttl_seconds.unwrap_or_else(|| purpose.default_ttl_seconds());
    if !(MIN_TTL_SECONDS..=MAX_TTL_SECONDS).contains(&ttl) {
        return Err(AppError::invalid(
            "ttl_seconds",
            format!("must be between {MIN_TTL_SECONDS} and {MAX_TTL_SECONDS}"),
        ));
    }
    let patient = state
        .store
        .patient(&clinic.id, &patient_id)
        .await?
        .ok_or_else(|| AppError::invalid("patient_id", "no such patient"))?;
    let subject = match (purpose, body.subject_id.as_deref()) {
        (Purpose::SignIn, None) => LinkSubject::SignIn,
        (Purpose::SignIn, Some(_)) => {
            return Err(AppError::invalid("subject_id", "a sign_in link has no subject"));
        }
        (Purpose::Appointment, None) => {
            return Err(AppError::invalid("subject_id", "an appointment link needs the appointment's id"));
        }
        (Purpose::Appointment, Some(raw)) => {
            let id = AppointmentId::parse(raw).map_err(|e| AppError::invalid("subject_id", e.0))?;
            match state.store.appointment(&clinic.id, &id).await? {
                Some(a) if a.patient_id == patient.id => LinkSubject::Appointment(id),
                _ => {
                    return Err(AppError::invalid("subject_id", "no such appointment for this patient"));
                }
            }
        }
        (Purpose::Thread, None) => LinkSubject::Thread(patient.thread_id.clone()),
        (Purpose::Settings, None) => LinkSubject::Settings,
        (Purpose::Household, _) => {
            return Err(AppError::invalid(
                "purpose",
                "purpose must be one of sign_in, appointment, thread, refill, settings",
            ));
        }
        (Purpose::Settings, Some(_)) => {
            return Err(AppError::invalid("subject_id", "a settings link has no subject"));
        }
        (Purpose::Refill, None) => {
            return Err(AppError::invalid("subject_id", "a refill link needs the refill request's id"));
        }
        (Purpose::Refill, Some(raw)) => {
            let id = RefillId::parse(raw).map_err(|e| AppError::invalid("subject_id", e.0))?;
            match state.store.refill(&clinic.id, &id).await? {
                Some(r) if r.patient_id == patient.id => LinkSubject::Refill(id),
                _ => {
                    return Err(AppError::invalid("subject_id", "no such refill request for this patient"));
                }
            }
        }
        (Purpose::Thread, Some(raw)) => {
            let id = ThreadId::parse(raw).map_err(|e| AppError::invalid("subject_id", e.0))?;
            match state.store.thread(&clinic.id, &id).await? {
                Some(t) if t.patient_id == patient.id => LinkSubject::Thread(id),
                _ => {
                    return Err(AppError::invalid("subject_id", "no such thread for this patient"));
                }
            }
        }
    };
    // Sending goes through the outbox like every message (so it is logged, retried and falls
    // back), but the first attempt happens now, so the answer can say how it went.
    let mut sent_via = None;
    let mut issued = None;
    let mut queued = None;
    if body.send {
        let Some(channel) = patient.first_channel() else {
            return Err(AppError::invalid("send", "the patient has no phone or email that can receive messages"));
        };
        let mut d = Delivery::new(&patient, DeliveryPurpose::Link, channel, now, now);
        d.link_purpose = Some(purpose);
        d.subject_id = subject.id();
        d.not_after = Some(now + jiff::SignedDuration::from_secs(ttl));
        d.status = DeliveryStatus::Sending;
        d.attempts = 1;
        d.lease_until = Some(now + state.config.dispatch_lease);
        state.store.insert_deliveries(std::slice::from_ref(&d)).await?;
        issued = state.dispatcher.deliver(d.clone()).await.map_err(AppError::Internal)?;
        queued = Some(d.id.clone());
        let status = state.store.delivery(&clinic.id, &d.id).await?.map(|x| x.status).unwrap_or(d.status);
        let to = match channel {
            Channel::Sms => patient.phone.as_ref().map(|p| p.masked()),
            Channel::Email => patient.email.as_ref().map(|e| e.masked()),
        };
        sent_via = Some(SentVia {
            channel: channel.as_str(),
            to: to.unwrap_or_default(),
            delivery_id: d.id,
            status: status.as_str(),
        });
    }
    let issued = match issued {
        Some(i) => i,
        // Not sent (or not asked to): a link for the clinic to hand over itself. When a send
        // was tried, it is the delivery's own link (the one its retries will send, and the
        // one Twilio may already have taken), so handing it over supersedes nothing.
        None => match &queued {
            Some(id) => state.links.issue_for_delivery(id, true, &clinic, &patient, subject, ttl, now).await,
            None => state.links.issue(&clinic, &patient, subject, ttl, now).await,
        }
        .map_err(|e| match e {
            IssueError::Store(s) => AppError::from(s),
            other => AppError::Internal(other.into()),
        })?,
    };
    state
        .store
        .record_audit(
            &AuditEvent::new(now, Some(&clinic.id), caller.actor.clone(), "link.issued")
                .subject(issued.link.id.as_str())
                .detail(format!("purpose={} sent={}", purpose, sent_via.as_ref().map(|v| v.channel).unwrap_or("no"))),
        )
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(CreatedLink {
            id: issued.link.id.clone(),
            code: issued.code.as_ref().map(|c| c.display()),
            code_url: state.links.code_url(),
            url: issued.url,
            expires_at: rfc3339(issued.link.expires_at),
            purpose: purpose.as_str(),
            subject_id: issued.link.subject_id.clone(),
            sent_via,
        }),
    ))
}

#[derive(Serialize, JsonSchema)]
struct SentVia {
    channel: &'static str,
    to: String,
    delivery_id: DeliveryId,
    status: &'static str,
}

async fn read(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    ApiPath(id): ApiPath,
) -> ApiResult<Json<LinkStatus>> {
    let id = path_id(&id, LinkId::parse, "link")?;
    let link = state.store.link(&clinic.id, &id).await?.ok_or(AppError::NotFound("link"))?;
    Ok(Json(status_of(&link, state.now())))
}

async fn revoke(
    State(state): State<AppState>,
    Extension(clinic): Extension<Clinic>,
    Extension(caller): Extension<ApiCaller>,
    ApiPath(id): ApiPath,
) -> ApiResult<Json<LinkStatus>> {
    let id = path_id(&id, LinkId::parse, "link")?;
    let now = state.now();
    if state.store.link(&clinic.id, &id).await?.is_none() {
        return Err(AppError::NotFound("link"));
    }
    if state.store.revoke_link(&clinic.id, &id, now).await? {
        state
            .store
            .record_audit(
                &AuditEvent::new(now, Some(&clinic.id), caller.actor.clone(), "link.revoked").subject(id.as_str()),
            )
            .await?;
    }
    let link = state.store.link(&clinic.id, &id).await?.ok_or(AppError::NotFound("link"))?;
    Ok(Json(status_of(&link, now)))
}
