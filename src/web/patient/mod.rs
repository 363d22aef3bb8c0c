//! What a patient meets: the landing page behind a deep link, its one button, the session it
//! starts, and the pages it opens. GET never consumes a link and never shows health details
//! (mail scanners and link previews fetch every URL); POST consumes it once.

mod appointment;
mod csrf;
pub mod lang;
mod links;
mod pages;
mod refills;
mod session;
mod settings;
mod step_up;

pub use session::PatientSession;

use crate::state::AppState;
use askama::Template;
use axum::Router;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/l/{token}", get(links::landing).post(links::redeem))
        .route("/l/{token}/renew", post(links::renew))
        .route("/l/request", post(links::request_new))
        .route("/p", get(pages::home))
        .route("/p/appointments/{id}", get(pages::appointment))
        .route("/p/appointments/{id}/confirm", post(appointment::confirm))
        .route("/p/appointments/{id}/cancel", post(appointment::cancel))
        .route("/p/appointments/{id}/reschedule", post(appointment::reschedule))
        .route("/p/appointments/{id}/calendar.ics", get(appointment::calendar))
        .route("/p/threads/{id}", get(pages::thread))
        .route("/p/threads/{id}/messages", post(pages::reply))
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
        .route("/lang/{code}", get(lang::switch))
        .route("/c/{clinic}/brand.css", get(brand_css))
        .layer(axum::middleware::from_fn(lang::scope))
}

/// The value of one cookie.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

/// Render a page with a status, falling back to a plain error if the template fails.
pub fn page<T: Template>(status: StatusCode, tpl: &T) -> Response {
    match tpl.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "template failed");
            (StatusCode::INTERNAL_SERVER_ERROR, "Something went wrong on our side.").into_response()
        }
    }
}

/// Add a `Set-Cookie` to a response.
pub fn with_cookie(mut resp: Response, cookie: &str) -> Response {
    if let Ok(v) = HeaderValue::from_str(cookie) {
        resp.headers_mut().append(header::SET_COOKIE, v);
    }
    resp
}

/// A page with a heading, a sentence and optionally the "send me a new link" form.
#[derive(Template)]
#[template(path = "notice.html")]
pub struct Notice {
    pub t: crate::i18n::Lang,
    pub here: String,
    pub clinic_id: String,
    pub heading: String,
    pub explain: String,
    pub show_request_form: bool,
    pub csrf: String,
    pub code: String,
}

impl Notice {
    /// A notice in the device's language: `heading` and `explain` are message ids.
    pub fn new(heading: &str, explain: &str, code: &str) -> Self {
        let t = lang::current();
        Notice::text(t, t.t(heading), t.t(explain), code)
    }

    /// A notice with words already in `t`'s language.
    pub fn text(t: crate::i18n::Lang, heading: String, explain: String, code: &str) -> Self {
        Notice {
            t,
            here: "/p".into(),
            clinic_id: String::new(),
            heading,
            explain,
            show_request_form: false,
            csrf: String::new(),
            code: code.into(),
        }
    }
}

/// A clinic's colour for its pages, as a stylesheet (the page's CSP allows no inline style).
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
