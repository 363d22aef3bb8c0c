//! The one error type of the pages people read (patient pages now, staff pages next), and
//! what every page needs: rendering a template with a status, the notice page.
//! An error renders as a notice in the page's language with a stable support code, so a
//! clinic's help desk can tell what went wrong; internal causes are logged once, here, and
//! never shown.

use super::lang;
use crate::i18n::Lang;
use crate::store::StoreError;
use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

/// The stable codes a page shows ("Code: CSRF-TOKEN") and logs name. Never renumber or reuse
/// one: help desks and runbooks quote them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SupportCode {
    /// Nothing to show (a friendly notice that is not an error).
    None,
    /// The page does not exist, or is not this session's.
    PageNone,
    /// No live session.
    SesNone,
    /// A form's CSRF token is missing, forged or stale.
    CsrfToken,
    /// A form came from another site.
    CsrfOrigin,
    /// A form came without the CSRF cookie.
    CsrfCookie,
    /// A form could not be read.
    Form,
    /// A message is empty, too long or has control characters.
    MsgFormat,
    /// A note could not be read.
    Note,
    /// A link is not one of ours (malformed).
    LnkMalformed,
    /// A link is well formed but unknown, or its session is gone.
    LnkUnknown,
    /// Too many requests from one address.
    RateIp,
    /// A request for a new link could not be read.
    ReqFormat,
    /// The same thing already exists (a uniqueness rule refused the write).
    Conflict,
    /// Something failed on Portico's side.
    SrvError,
    /// What was typed at `/c` is not a code.
    CodeFormat,
    /// No link has the code typed at `/c`.
    CodeWrong,
    /// The code has had all its tries.
    CodeLocked,
    /// Codes are paused: too many wrong tries across the service.
    RateCodes,
    /// A passkey registration or sign-in was refused (expired, replayed, forged, not verified).
    Passkey,
    /// Too many live streams open (for this session, or on this server).
    LiveLimit,
    /// Typing notices sent too often.
    RateTyping,
    /// A caregiver grant does not allow this (revoked, expired, another scope or patient).
    Grant,
    /// A caregiver invitation cannot be used (used, expired, revoked, unknown).
    GrantInvite,
}

impl SupportCode {
    pub fn as_str(self) -> &'static str {
        match self {
            SupportCode::None => "",
            SupportCode::PageNone => "PAGE-NONE",
            SupportCode::SesNone => "SES-NONE",
            SupportCode::CsrfToken => "CSRF-TOKEN",
            SupportCode::CsrfOrigin => "CSRF-ORIGIN",
            SupportCode::CsrfCookie => "CSRF-COOKIE",
            SupportCode::Form => "FORM",
            SupportCode::MsgFormat => "MSG-FORMAT",
            SupportCode::Note => "NOTE",
            SupportCode::LnkMalformed => "LNK-MALFORMED",
            SupportCode::LnkUnknown => "LNK-UNKNOWN",
            SupportCode::RateIp => "RATE-IP",
            SupportCode::ReqFormat => "REQ-FORMAT",
            SupportCode::Conflict => "CONFLICT",
            SupportCode::SrvError => "SRV-ERROR",
            SupportCode::CodeFormat => "CODE-FORMAT",
            SupportCode::CodeWrong => "CODE-WRONG",
            SupportCode::CodeLocked => "CODE-LOCKED",
            SupportCode::RateCodes => "RATE-CODES",
            SupportCode::Passkey => "PASSKEY",
            SupportCode::LiveLimit => "LIVE-LIMIT",
            SupportCode::RateTyping => "RATE-TYPING",
            SupportCode::Grant => "GRANT",
            SupportCode::GrantInvite => "GRANT-INVITE",
        }
    }
}

/// Why a page could not do what was asked. Handlers return `Result<Response, PageError>`
/// and use `?`.
#[derive(Debug, thiserror::Error)]
pub enum PageError {
    /// 404: not there, or not this session's (the two look the same on purpose).
    #[error("not found")]
    NotFound,
    /// 401: no live session; offers a new link.
    #[error("signed out")]
    SignedOut,
    /// 403: the form is not from Portico's own page.
    #[error("form refused (CSRF)")]
    Csrf,
    /// 400: the form could not be read.
    #[error("unreadable form")]
    BadForm,
    /// A user error with its own words: `heading` and `explain` are message ids.
    #[error("{code:?}")]
    Notice { status: StatusCode, heading: &'static str, explain: &'static str, code: SupportCode },
    /// 409: a uniqueness rule refused the write (the constraint, normalised, for the log).
    #[error("conflict on {0}")]
    Conflict(String),
    /// 500: logged with its causes, shown as "something went wrong".
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
    /// A whole page to answer with instead (the step-up prompt, a redirect).
    #[error("answered with another page")]
    Respond(Box<Response>),
}

pub type PageResult<T = Response> = Result<T, PageError>;

impl PageError {
    /// A 422 notice: the input was read but refused.
    pub fn unprocessable(heading: &'static str, explain: &'static str, code: SupportCode) -> Self {
        PageError::Notice { status: StatusCode::UNPROCESSABLE_ENTITY, heading, explain, code }
    }

    pub fn internal(why: impl std::fmt::Display) -> Self {
        PageError::Internal(anyhow::anyhow!("{why}"))
    }
}

impl From<StoreError> for PageError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Conflict(constraint) => PageError::Conflict(constraint),
            other => PageError::Internal(anyhow::Error::new(other).context("store")),
        }
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let (status, heading, explain, code) = match self {
            PageError::Respond(resp) => return *resp,
            PageError::NotFound => {
                (StatusCode::NOT_FOUND, "page-not-found-heading", "page-not-found-explain", SupportCode::PageNone)
            }
            PageError::SignedOut => {
                let mut n = Notice::new("page-session-heading", "page-session-explain", SupportCode::SesNone.as_str());
                n.show_request_form = true;
                return page(StatusCode::UNAUTHORIZED, &n);
            }
            PageError::Csrf => {
                (StatusCode::FORBIDDEN, "page-problem-heading", "page-csrf-explain", SupportCode::CsrfToken)
            }
            PageError::BadForm => {
                (StatusCode::BAD_REQUEST, "page-problem-heading", "page-form-explain", SupportCode::Form)
            }
            PageError::Notice { status, heading, explain, code } => (status, heading, explain, code),
            PageError::Conflict(constraint) => {
                tracing::info!(constraint = %constraint, "a page's write was refused as a conflict");
                (StatusCode::CONFLICT, "page-conflict-heading", "page-conflict-explain", SupportCode::Conflict)
            }
            PageError::Internal(e) => {
                tracing::error!(error = ?e, "page failed");
                (StatusCode::INTERNAL_SERVER_ERROR, "page-error-heading", "page-error-explain", SupportCode::SrvError)
            }
        };
        page(status, &Notice::new(heading, explain, code.as_str()))
    }
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

/// A page with a heading, a sentence and optionally the "send me a new link" form.
#[derive(Template)]
#[template(path = "notice.html")]
pub struct Notice {
    pub t: Lang,
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
    pub fn text(t: Lang, heading: String, explain: String, code: &str) -> Self {
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
