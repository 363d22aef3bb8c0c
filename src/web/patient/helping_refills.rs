//! A caregiver asking for a refill for the patient they help (`POST /p/for/{patient}/refills`),
//! under a grant that allows refills at this request (a parent's, past the clinic's age, only
//! if the teenager gave refills back). The request is the patient's own form and rules
//! (`refills::file`): a medicine the clinic listed for the patient or described, a pharmacy;
//! it reaches the care team's inbox as "Marta Ruiz for Ana Ruiz", and is audited under the grant.

use super::PageResult;
use super::caregiver::CaregiverForm;
use super::helping::{After, refills_page};
use super::refills::{Filing, RequestForm, file};
use crate::domain::{Act, Actor};
use crate::i18n::Arg;
use crate::state::AppState;
use crate::store::AuditEvent;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect};

pub async fn request(
    State(state): State<AppState>,
    Path(patient): Path<String>,
    headers: HeaderMap,
    f: CaregiverForm<RequestForm>,
) -> PageResult {
    let a = f.session.acting_for(&state, &patient, Some(Act::Refills)).await?;
    let t = crate::i18n::Lang::for_locale(&a.patient.language);
    let sender = t.f(
        "caregiver-sender",
        &[("caregiver", Arg::Str(a.grant.grantee_name.as_str())), ("patient", Arg::Str(a.patient.name.as_str()))],
    );
    let actor = Actor::Person(f.session.person.clone());
    let by = Filing { clinic: &a.clinic, patient: &a.patient, actor: actor.to_string(), sender: Some(sender) };
    let r = match file(&state, &by, &f.form).await? {
        Ok(r) => r,
        Err(problem) => {
            return refills_page(
                &state,
                &headers,
                &f.session,
                &a,
                After { problem: Some(problem), ..After::default() },
            )
            .await;
        }
    };
    let event = AuditEvent::new(state.now(), Some(&a.clinic.id), actor, "grant.refill_requested").under_grant(
        &a.grant,
        Some(r.id.as_str()),
        f.session.auth,
    );
    let _ = state.store.record_audit(&event).await;
    Ok(Redirect::to(&format!("/p/for/{}/refills?sent=1", a.patient.id)).into_response())
}
