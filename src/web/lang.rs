//! Which language a page speaks. A choice made on this device (the switcher, or the settings
//! page) wins; then the patient's record; then the browser's `Accept-Language`; then English.
//! A middleware reads the device's side once per request, so every page, error pages
//! included, can ask without threading headers through.

use super::cookie;
use crate::domain::Locale;
use crate::i18n::Lang;
use crate::state::AppState;
use axum::extract::{Path, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

pub const COOKIE: &str = "portico_lang";

#[derive(Clone, Copy)]
struct Device {
    chosen: Option<Lang>,
    browser: Option<Lang>,
}

tokio::task_local! {
    static DEVICE: Device;
    /// The language of the patient the page is about, once a handler has loaded them, so
    /// that an error on their page speaks it too.
    static PATIENT: std::cell::Cell<Option<Lang>>;
}

fn device_of(headers: &HeaderMap) -> Device {
    Device {
        chosen: cookie::value(headers, COOKIE).and_then(|c| Lang::from_tag(&c)),
        browser: headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .and_then(Lang::from_accept_language),
    }
}

pub async fn scope(req: Request, next: Next) -> Response {
    let device = device_of(req.headers());
    DEVICE.scope(device, PATIENT.scope(std::cell::Cell::new(None), next.run(req))).await
}

/// The language of the page: the device's choice, else that of the patient the page is
/// about (once known, see `about_patient`), else the browser's, else English.
pub fn current() -> Lang {
    let patient = PATIENT.try_with(std::cell::Cell::get).ok().flatten();
    DEVICE.try_with(|d| d.chosen.or(patient).or(d.browser)).ok().flatten().unwrap_or(Lang::EN)
}

/// The language this device reads, its own choice or its browser's, whoever the page is about
/// (what a caregiver reads, to write to them in it).
pub fn device() -> Option<Lang> {
    DEVICE.try_with(|d| d.chosen.or(d.browser)).ok().flatten()
}

/// Say which patient this request's page is about: notices and errors then speak their
/// language (unless the device chose another).
pub fn about_patient(record: &Locale) {
    let _ = PATIENT.try_with(|p| p.set(Some(Lang::for_locale(record))));
}

/// The language for a page about a patient whose record says `record`.
pub fn for_patient(record: &Locale) -> Lang {
    DEVICE.try_with(|d| d.chosen).ok().flatten().unwrap_or_else(|| Lang::for_locale(record))
}

pub fn set_cookie(lang: Lang, secure: bool) -> String {
    format!(
        "{COOKIE}={}; Path=/; HttpOnly; SameSite=Lax; Max-Age=31536000{}",
        lang.code(),
        if secure { "; Secure" } else { "" }
    )
}

#[derive(Deserialize)]
pub struct BackTo {
    #[serde(default)]
    next: String,
}

/// Only a path on this site: never another host (`//evil`, `/\evil`), never a scheme.
fn local_path(next: &str) -> &str {
    let ok = next.starts_with('/')
        && !next.starts_with("//")
        && !next.contains('\\')
        && !next.chars().any(|c| c.is_control())
        && next.len() <= 512;
    if ok { next } else { "/p" }
}

/// `GET /lang/{code}?next=/path`: remember the choice on this device and go back.
pub async fn switch(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<BackTo>,
    headers: axum::http::HeaderMap,
) -> Response {
    let Some(lang) = Lang::from_tag(&code) else {
        return (StatusCode::NOT_FOUND, "No such language.").into_response();
    };
    // A signed-in staff member's choice is also the language of their emails.
    if let Some(value) =
        crate::web::cookie::value(&headers, crate::web::cookie::STAFF_SESSION).filter(|v| v.len() == 43)
        && let Ok(Some(session)) = state.store.staff_session(&crate::links::secret_hash(&value)).await
        && session.live_at(state.now())
        && let Ok(locale) = crate::domain::Locale::parse(&code)
        && let Err(e) = state.store.set_staff_language(&session.clinic_id, &session.staff_id, &locale).await
    {
        tracing::warn!(error = %e, "could not keep a staff member's language");
    }
    let mut resp = Redirect::to(local_path(&q.next)).into_response();
    if let Ok(v) = HeaderValue::from_str(&set_cookie(lang, state.config.is_https())) {
        resp.headers_mut().append(header::SET_COOKIE, v);
    }
    resp
}

#[cfg(test)]
#[path = "lang_tests.rs"]
mod tests;
