//! Cookies: read one from a request, add one to a response. What each cookie holds and
//! its attributes belong to the module that owns it (session, CSRF, language).

use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::Response;

/// The staff session's cookie (`staff/session.rs`); the language switch reads it too.
pub const STAFF_SESSION: &str = "portico_staff";

/// The value of one cookie.
pub fn value(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

/// Add a `Set-Cookie` to a response.
pub fn with_cookie(mut resp: Response, cookie: &str) -> Response {
    if let Ok(v) = HeaderValue::from_str(cookie) {
        resp.headers_mut().append(header::SET_COOKIE, v);
    }
    resp
}

/// Add a `Set-Cookie` when there is one to set.
pub fn with_optional_cookie(resp: Response, cookie: Option<String>) -> Response {
    match cookie {
        Some(c) => with_cookie(resp, &c),
        None => resp,
    }
}
