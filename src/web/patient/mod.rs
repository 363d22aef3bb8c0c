//! What a patient meets: the landing page behind a deep link, its one button, the session it
//! starts, and the pages it opens. GET never consumes a link and never shows health details
//! (mail scanners and link previews fetch every URL); POST consumes it once.

mod activity;
mod appointment;
mod caregiver;
mod caregiver_links;
mod caregiver_passkeys;
mod caregiver_settings;
mod caregiver_sign_in;
mod code;
mod form;
mod grants;
mod helping;
mod helping_refills;
mod helping_visits;
mod household;
mod invitation;
mod links;
mod live;
mod pages;
mod passkey_sign_in;
pub(in crate::web) mod passkeys;
mod refills;
mod session;
mod settings;
mod signin;
mod step_up;
mod unsubscribe;

pub use form::SessionForm;
pub use session::PatientSession;

use super::cookie::with_cookie;
use super::csrf;
use super::lang;
use super::page::{Notice, PageError, PageResult, page};
use crate::state::AppState;
use crate::store::{Clinic, Patient};
use axum::Router;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};

/// A phone number to call, as a page shows it: `tel` dials (E.164, for the `tel:` link) and
/// `shown` is how the patient reads it (national format in their own country).
pub struct CallNumber {
    pub tel: String,
    pub shown: String,
}

/// A sentence with the number in it (message `id`, variable `phone`), cut where the number
/// goes so that a page can make the number itself the link.
pub struct AroundNumber {
    pub before: String,
    pub after: String,
}

impl CallNumber {
    pub fn sentence(&self, t: &crate::i18n::Lang, id: &str) -> AroundNumber {
        // A private-use character no translation contains marks where the number goes.
        const MARK: &str = "\u{E000}";
        let whole = t.f1(id, "phone", MARK);
        match whole.split_once(MARK) {
            Some((before, after)) => AroundNumber { before: before.to_string(), after: after.to_string() },
            None => AroundNumber { before: format!("{whole} "), after: String::new() },
        }
    }
}

/// The clinic's number for a page about `patient`, written for the patient's country: that of
/// their own phone, or, without one, the clinic's.
/// The clinic's after-hours line, shown the way the patient dials it.
pub(crate) fn after_hours_number(clinic: &Clinic, patient: &Patient) -> Option<CallNumber> {
    let number = clinic.after_hours_phone.as_ref()?;
    let home = patient.phone.as_ref().or(clinic.phone.as_ref());
    Some(CallNumber { tel: number.to_string(), shown: number.shown_to(home) })
}

pub(crate) fn clinic_number(clinic: &Clinic, patient: &Patient) -> Option<CallNumber> {
    let number = clinic.phone.as_ref()?;
    let home = patient.phone.as_ref().or(clinic.phone.as_ref());
    Some(CallNumber { tel: number.to_string(), shown: number.shown_to(home) })
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/l/{token}", get(links::landing).post(links::redeem))
        .route("/l/{token}/renew", post(links::renew))
        .route("/l/request", post(links::request_new))
        .route("/c", get(code::form).post(code::redeem))
        .route("/p", get(pages::home))
        .route("/p/household", get(household::show))
        .route("/p/household/open", post(household::open))
        .route("/p/appointments/{id}", get(pages::appointment))
        .route("/p/appointments/{id}/confirm", post(appointment::confirm))
        .route("/p/appointments/{id}/cancel", post(appointment::cancel))
        .route("/p/appointments/{id}/reschedule", post(appointment::reschedule))
        .route("/p/appointments/{id}/calendar.ics", get(appointment::calendar))
        .route("/p/threads/{id}", get(pages::thread))
        .route("/p/threads/{id}/messages", post(pages::reply))
        .route("/p/threads/{id}/live", get(live::stream))
        .route("/p/threads/{id}/typing", post(live::typing))
        .route("/p/threads/{id}/read", post(live::read))
        .route("/p/verify/send", post(step_up::send_code))
        .route("/p/verify/code", post(step_up::check_code))
        .route("/p/verify/birth-date", post(step_up::check_birth_date))
        .route("/p/refills", get(refills::list).post(refills::request))
        .route("/p/refills/{id}", get(refills::show))
        .route("/p/refills/{id}/visit", post(refills::ask_for_visit))
        .route("/p/settings", get(settings::show).post(settings::save))
        .route("/p/settings/contact", post(settings::change_contact))
        .route("/p/settings/contact/confirm", post(settings::confirm_contact))
        .route("/p/sign-out", post(pages::sign_out))
        .route("/p/passkeys/offer", get(passkeys::offer))
        .route("/p/passkeys/register/options", post(passkeys::register_options))
        .route("/p/passkeys/register", post(passkeys::register))
        .route("/p/passkeys/{id}/rename", post(passkeys::rename))
        .route("/p/passkeys/{id}/remove", post(passkeys::remove))
        .route("/p/activity", get(activity::show))
        .route("/p/caregivers", get(grants::show))
        .route("/p/caregivers/invite", post(grants::invite))
        .route("/p/caregivers/{id}/revoke", post(grants::revoke))
        .route("/p/caregivers/{id}/copies", post(grants::copies))
        .route("/p/caregivers/{id}/teen", post(grants::teen))
        .route("/g/{token}", get(invitation::show))
        .route("/g/{token}/code", post(invitation::send_code))
        .route("/g/{token}/accept", post(invitation::accept))
        .route("/p/for", get(helping::list))
        .route("/p/for/l/{token}", get(caregiver_links::landing).post(caregiver_links::open))
        .route("/p/for/sign-in", get(caregiver_sign_in::show).post(caregiver_sign_in::sign_in))
        .route("/p/for/sign-in/code", post(caregiver_sign_in::send_code))
        .route("/p/for/sign-in/passkey/options", post(caregiver_passkeys::sign_in_options))
        .route("/p/for/sign-in/passkey", post(caregiver_passkeys::sign_in))
        .route("/p/for/settings", post(caregiver_settings::save))
        .route("/p/for/passkeys", post(caregiver_passkeys::register))
        .route("/p/for/passkeys/options", post(caregiver_passkeys::register_options))
        .route("/p/for/passkeys/{id}/remove", post(caregiver_passkeys::remove))
        .route("/p/for/sign-out", post(helping::sign_out))
        .route("/p/for/{patient}", get(helping::home))
        .route("/p/for/{patient}/appointments", get(helping::appointments))
        .route("/p/for/{patient}/copies/stop", post(helping::stop_copies))
        .route("/p/for/{patient}/appointments/{id}/confirm", post(helping_visits::confirm))
        .route("/p/for/{patient}/appointments/{id}/cancel", post(helping_visits::cancel))
        .route("/p/for/{patient}/appointments/{id}/reschedule", post(helping_visits::reschedule))
        .route("/p/for/{patient}/messages", get(helping::messages).post(helping::send))
        .route("/p/for/{patient}/messages/live", get(helping::live))
        .route("/p/for/{patient}/refills", get(helping::refills).post(helping_refills::request))
        .route("/u/{token}", get(unsubscribe::show).post(unsubscribe::unsubscribe))
        .route("/signin", get(signin::show))
        .route("/signin/options", post(signin::options))
        .route("/signin/passkey", post(signin::finish))
        .route("/lang/{code}", get(lang::switch))
        .route("/c/{clinic}/brand.css", get(brand_css))
        .layer(axum::middleware::from_fn(lang::scope))
}

/// A clinic's colour for its pages, as a stylesheet (the page's CSP allows no inline style).
/// A stylesheet has no page to show an error on: failures are bare statuses.
async fn brand_css(
    axum::extract::State(state): axum::extract::State<AppState>,
    axum::extract::Path(clinic): axum::extract::Path<String>,
) -> Response {
    let Ok(id) = crate::domain::ClinicId::parse(&clinic) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let colour = match state.store.clinic(&id).await {
        Ok(Some(c)) => c.brand_color.map(|b| b.to_string()),
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "brand colour lookup failed");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let colour = colour.unwrap_or_else(|| crate::domain::BrandColor::DEFAULT.to_string());
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=300")],
        format!(":root {{ --brand: {colour}; }}\n"),
    )
        .into_response()
}
