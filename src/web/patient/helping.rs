//! What a caregiver sees: whom they help (`/p/for`), and, for one of them, only what the
//! grant allows (`/p/for/{patient}` and its appointments, messages and refills). The patient
//! is in the path so that one person helping several people always says for whom a page is,
//! and every page says "You are helping …" with a way back to their own list. Each request
//! passes `CaregiverSession::acting_for` with its scope, so a revoked or expired grant, another
//! scope or another patient is refused on the very next request. A message a caregiver sends
//! reaches the care team in the patient's thread, its sender naming both of them.

use super::caregiver::{Acting, CaregiverForm, CaregiverSession, clear_cookie, scope_words};
use super::pages::{status_words, when_for};
use super::{Notice, PageError, PageResult, lang, page, with_cookie};
use crate::domain::{Act, Actor, MessageBody, PATIENT_MAX_CHARS, Scope, Viewer, caregiver_stream_key};
use crate::i18n::{Arg, Lang};
use crate::state::AppState;
use crate::store::{AuditEvent, Message};
use crate::web::cookie::with_optional_cookie;
use crate::web::live::{SessionCheck, Watcher, open, start_after};
use crate::web::page::SupportCode;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use std::collections::HashMap;

#[derive(Template)]
#[template(path = "caregiver_list.html")]
struct ListPage {
    t: Lang,
    here: String,
    clinic_id: String,
    people: Vec<Helped>,
    csrf: String,
    cards: Vec<super::caregiver_passkeys::Card>,
    /// Whether a passkey may be added or removed now (signed in recently).
    fresh: bool,
    /// For `passkey_cards.html`.
    passkeys_base: &'static str,
    card_tag: &'static str,
    stale_words: &'static str,
    done: &'static str,
    /// Their own settings: (code, name, chosen) and (zone, chosen).
    languages: Vec<(&'static str, String, bool)>,
    zones: Vec<(String, bool)>,
}

struct Helped {
    patient_id: String,
    name: String,
    clinic: String,
}

/// What one page for a patient shows: which view, and the lines of it.
#[derive(Template)]
#[template(path = "caregiver_patient.html")]
struct PatientPage {
    t: Lang,
    here: String,
    clinic_id: String,
    clinic: String,
    patient_id: String,
    helping: String,
    /// `home`, `appointments`, `messages` or `refills`.
    view: &'static str,
    /// The view's heading, a message id.
    title: &'static str,
    scopes: Vec<(&'static str, &'static str)>,
    lines: Vec<Line>,
    sent: bool,
    /// The red-flag safety reply, after a message that held one.
    safety: Option<String>,
    csrf: String,
    /// For the messages view: the thread, the live event it was drawn at, and when.
    thread_id: String,
    live_after: i64,
    updated: String,
    /// For a parent of a teenager, on the messages view: why the thread is not shown.
    private: Option<String>,
    /// On the appointments view, when the grant sends them the patient's reminders: saying so.
    copies: Option<String>,
    /// What the caregiver just did, said (a message id), e.g. their copies stopped.
    notice: Option<String>,
    /// What a refused form lacked (a message id).
    problem: Option<&'static str>,
    /// On the refills view, the request form (`refill_form.html`): where it posts and what it
    /// offers.
    refill_action: String,
    medications: Vec<super::refills::Choice>,
    pharmacies: Vec<String>,
}

/// What the page says after the caregiver did something: sent a message (with the safety
/// reply, when it held a red flag), or stopped their reminder copies.
#[derive(Default)]
pub(super) struct After {
    pub sent: bool,
    pub safety: Option<String>,
    pub notice: Option<&'static str>,
    pub problem: Option<&'static str>,
}

struct Line {
    head: String,
    text: String,
    /// The sending side of a message (`staff`, `patient`), for its style.
    side: String,
    /// On the appointments view: the visit, and what the caregiver may do about it.
    visit: Option<Visit>,
}

struct Visit {
    id: String,
    can_confirm: bool,
    can_cancel: bool,
}

fn helping(t: Lang, a: &Acting) -> String {
    t.f1("caregiver-helping", "patient", a.patient.name.as_str())
}

/// `/p/for`: everyone the person may help now.
pub async fn list(
    State(state): State<AppState>,
    Query(q): Query<HashMap<String, String>>,
    headers: HeaderMap,
    s: CaregiverSession,
) -> PageResult {
    s.whole()?;
    let now = state.now();
    let mut people = vec![];
    for g in state.store.grants_of_person(&s.person).await? {
        if g.live(now).is_err() {
            continue;
        }
        let (Some(c), Some(p)) =
            (state.store.clinic(&g.clinic_id).await?, state.store.patient(&g.clinic_id, &g.patient_id).await?)
        else {
            continue;
        };
        if g.allows_for(None, now, (&p, &c)).is_err() {
            continue;
        }
        if !people.iter().any(|h: &Helped| h.patient_id == p.id.as_str()) {
            people.push(Helped { patient_id: p.id.to_string(), name: p.name.to_string(), clinic: c.name.clone() });
        }
    }
    let (csrf, cookie) = s.csrf(&state, &headers);
    let t = lang::current();
    let done = match q.get("done").map(String::as_str) {
        Some("passkey-added") => "staff-passkey-added",
        Some("passkey-removed") => "staff-passkey-removed",
        Some("settings") => "caregiver-settings-saved",
        _ => "",
    };
    let (language, zone) = state.store.person_settings(&s.person).await?;
    let view = ListPage {
        t,
        here: "/p/for".into(),
        clinic_id: String::new(),
        people,
        csrf,
        cards: super::caregiver_passkeys::cards(&state, t, &s.person).await?,
        fresh: super::caregiver_passkeys::fresh(&state, &s),
        passkeys_base: "/p/for/passkeys",
        card_tag: "h3",
        stale_words: "caregiver-passkeys-stale",
        done,
        languages: super::caregiver_settings::languages(language.as_deref()),
        zones: super::caregiver_settings::zones(zone.as_deref()),
    };
    Ok(with_optional_cookie(page(StatusCode::OK, &view), cookie))
}

async fn show(
    state: &AppState,
    headers: &HeaderMap,
    s: &CaregiverSession,
    a: &Acting,
    view: &'static str,
    lines: Vec<Line>,
    after: After,
) -> Response {
    lang::about_patient(&a.patient.language);
    let t = lang::current();
    let (csrf, cookie) = s.csrf(state, headers);
    let (medications, pharmacies) = match view {
        "refills" => match super::refills::choices(state, &a.clinic, &a.patient).await {
            Ok((m, p, _)) => (m, p),
            Err(e) => return e.into_response(),
        },
        _ => (vec![], vec![]),
    };
    let live_after = if view == "messages" { state.store.last_live_event().await.unwrap_or(0) } else { 0 };
    let updated = t.datetime_short(&state.now().to_zoned(a.patient.time_zone.tz().clone()));
    let here = match view {
        "home" => format!("/p/for/{}", a.patient.id),
        v => format!("/p/for/{}/{v}", a.patient.id),
    };
    let view = PatientPage {
        t,
        here,
        clinic_id: a.clinic.id.to_string(),
        clinic: a.clinic.name.clone(),
        patient_id: a.patient.id.to_string(),
        helping: helping(t, a),
        view,
        title: match view {
            "appointments" => scope_words(Scope::Appointments),
            "messages" => scope_words(Scope::Messages),
            "refills" => scope_words(Scope::Refills),
            _ => "caregiver-list-heading",
        },
        scopes: a.scope_links(),
        private: (view == "messages" && !a.may(Act::ReadMessages)).then(|| {
            let age = a.clinic.teen_privacy_age;
            t.f(
                "caregiver-teen-private",
                &[("name", Arg::Str(a.patient.name.as_str())), ("age", Arg::Num(i64::from(age)))],
            )
        }),
        copies: (view == "appointments" && a.grant.reminder_copies)
            .then(|| t.f1("caregiver-copies-on", "name", a.patient.name.as_str())),
        notice: after.notice.map(|n| t.f1(n, "name", a.patient.name.as_str())),
        problem: after.problem,
        refill_action: format!("/p/for/{}/refills", a.patient.id),
        medications,
        pharmacies,
        lines,
        safety: after.safety,
        sent: after.sent,
        csrf,
        thread_id: a.patient.thread_id.to_string(),
        live_after,
        updated,
    };
    let status = if view.problem.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    with_optional_cookie(page(status, &view), cookie)
}

/// Record what the caregiver did under the grant: actor the person, subject the patient.
async fn audit(state: &AppState, s: &CaregiverSession, a: &Acting, action: &str, what: Option<&str>) {
    let event = AuditEvent::new(state.now(), Some(&a.clinic.id), Actor::Person(s.person.clone()), action)
        .under_grant(&a.grant, what, s.auth);
    let _ = state.store.record_audit(&event).await;
}

/// `/p/for/{patient}`: whom they help, and what the grant lets them open.
pub async fn home(
    State(state): State<AppState>,
    Path(patient): Path<String>,
    headers: HeaderMap,
    s: CaregiverSession,
) -> PageResult {
    let a = s.acting_for(&state, &patient, None).await?;
    Ok(show(&state, &headers, &s, &a, "home", vec![], After::default()).await)
}

pub async fn appointments(
    State(state): State<AppState>,
    Path(patient): Path<String>,
    Query(q): Query<HashMap<String, String>>,
    headers: HeaderMap,
    s: CaregiverSession,
) -> PageResult {
    let a = s.acting_for(&state, &patient, Some(Act::Appointments)).await?;
    lang::about_patient(&a.patient.language);
    let t = lang::current();
    let now = state.now();
    let lines = state
        .store
        .appointments_for(&a.clinic.id, &a.patient.id)
        .await?
        .iter()
        .filter(|x| x.starts_at > now)
        .map(|x| Line {
            head: when_for(t, x, &a.patient),
            text: match &x.provider {
                Some(p) => format!("{} — {}", t.f1("home-with", "provider", p.as_str()), t.t(status_words(x.status))),
                None => t.t(status_words(x.status)),
            },
            side: String::new(),
            visit: Some(Visit {
                id: x.id.to_string(),
                can_confirm: x.status == crate::domain::AppointmentStatus::Scheduled,
                can_cancel: x.status != crate::domain::AppointmentStatus::Cancelled,
            }),
        })
        .collect();
    audit(&state, &s, &a, "grant.appointments_viewed", None).await;
    let notice = match (q.get("copies").map(String::as_str), q.get("done").map(String::as_str)) {
        (Some("stopped"), _) => Some("caregiver-copies-stopped"),
        (_, Some("confirmed")) => Some("caregiver-visit-confirmed"),
        (_, Some("cancelled")) => Some("caregiver-visit-cancelled"),
        (_, Some("requested")) => Some("caregiver-visit-reschedule-requested"),
        (_, Some("unchanged")) => Some("caregiver-visit-unchanged"),
        _ => None,
    };
    Ok(show(&state, &headers, &s, &a, "appointments", lines, After { notice, ..After::default() }).await)
}

pub async fn refills(
    State(state): State<AppState>,
    Path(patient): Path<String>,
    Query(q): Query<HashMap<String, String>>,
    headers: HeaderMap,
    s: CaregiverSession,
) -> PageResult {
    let a = s.acting_for(&state, &patient, Some(Act::Refills)).await?;
    let notice = q.contains_key("sent").then_some("caregiver-refill-sent");
    refills_page(&state, &headers, &s, &a, After { notice, ..After::default() }).await
}

/// The patient's refill requests and the form to ask for one, read (and audited) for `a`.
pub(super) async fn refills_page(
    state: &AppState,
    headers: &HeaderMap,
    s: &CaregiverSession,
    a: &Acting,
    after: After,
) -> PageResult {
    lang::about_patient(&a.patient.language);
    let t = lang::current();
    let lines = state
        .store
        .refills(&a.clinic.id, None, Some(&a.patient.id), 50)
        .await?
        .into_iter()
        .map(|r| Line { head: r.medication, text: t.t(r.status.words()), side: String::new(), visit: None })
        .collect();
    audit(state, s, a, "grant.refills_viewed", None).await;
    Ok(show(state, headers, s, a, "refills", lines, after).await)
}

pub async fn messages(
    State(state): State<AppState>,
    Path(patient): Path<String>,
    Query(q): Query<HashMap<String, String>>,
    headers: HeaderMap,
    s: CaregiverSession,
) -> PageResult {
    // Writing is enough to open the page: a parent of a teenager still writes, without the thread.
    let a = s.acting_for(&state, &patient, Some(Act::SendMessage)).await?;
    lang::about_patient(&a.patient.language);
    let t = lang::current();
    let zone = a.patient.time_zone.tz().clone();
    let lines = if a.may(Act::ReadMessages) {
        let lines = state
            .store
            .messages(&a.clinic.id, &a.patient.thread_id)
            .await?
            .into_iter()
            .map(|m| Line {
                head: format!("{} · {}", m.sender, t.datetime_short(&m.created_at.to_zoned(zone.clone()))),
                text: m.body,
                side: m.author,
                visit: None,
            })
            .collect();
        audit(&state, &s, &a, "grant.messages_viewed", None).await;
        lines
    } else {
        vec![]
    };
    let after = After {
        sent: q.contains_key("sent"),
        safety: q.contains_key("urgent").then(|| crate::web::safety::safety_reply(t, &a.clinic, &a.patient)),
        ..After::default()
    };
    Ok(show(&state, &headers, &s, &a, "messages", lines, after).await)
}

/// `/p/for/{patient}/messages/live`: the patient's messages as they come, for as long as the
/// grant allows them (`web/live.rs` streams; a revoked grant or ended session closes it).
pub async fn live(
    State(state): State<AppState>,
    Path(patient): Path<String>,
    Query(q): Query<HashMap<String, String>>,
    headers: HeaderMap,
    s: CaregiverSession,
) -> PageResult {
    let a = s.acting_for(&state, &patient, Some(Act::ReadMessages)).await?;
    lang::about_patient(&a.patient.language);
    let watcher = Watcher {
        viewer: Viewer::Caregiver {
            clinic: a.clinic.id.clone(),
            thread: a.patient.thread_id.clone(),
            session: caregiver_stream_key(&s.id_hash),
            grant: a.grant.id.clone(),
        },
        check: SessionCheck::Caregiver(
            s.id_hash.clone(),
            a.grant.id.clone(),
            Box::new((a.patient.clone(), a.clinic.clone())),
        ),
        lang: lang::current(),
        tz: a.patient.time_zone.tz().clone(),
        typing_names: a.clinic.live_typing_names,
    };
    open(&state, watcher, start_after(&headers, q.get("after").map(String::as_str))).await
}

#[derive(serde::Deserialize)]
pub struct MessageForm {
    #[serde(default)]
    body: String,
}

/// The caregiver writes to the care team, in the patient's thread, as themself for the patient.
pub async fn send(
    State(state): State<AppState>,
    Path(patient): Path<String>,
    f: CaregiverForm<MessageForm>,
) -> PageResult {
    let a = f.session.acting_for(&state, &patient, Some(Act::SendMessage)).await?;
    let refused = |explain| PageError::unprocessable("thread-check-heading", explain, SupportCode::MsgFormat);
    let body = match MessageBody::parse(&f.form.body) {
        Ok(b) if b.char_count() <= PATIENT_MAX_CHARS => b.into_string(),
        Ok(_) => return Err(refused("thread-long-message")),
        Err(_) if f.form.body.trim().is_empty() => return Err(refused("thread-empty-message")),
        Err(_) => return Err(refused("page-form-explain")),
    };
    let t = lang::for_patient(&a.patient.language);
    let sender = t.f(
        "caregiver-sender",
        &[("caregiver", Arg::Str(a.grant.grantee_name.as_str())), ("patient", Arg::Str(a.patient.name.as_str()))],
    );
    let m = Message { sender, ..Message::from_patient(&a.patient, body, state.now()) };
    state.store.insert_message(&m, None, None).await?;
    crate::web::promise::patient_wrote(
        &state,
        &a.clinic,
        &a.patient.thread_id,
        crate::domain::ReplyCategory::Question,
        m.created_at,
    )
    .await;
    audit(&state, &f.session, &a, "grant.message_sent", Some(m.id.as_str())).await;
    let actor = Actor::Person(f.session.person.clone());
    let urgent = crate::web::safety::check(&state, &a.clinic, &a.patient, &m, actor).await.is_some();
    let then = if urgent { "sent=1&urgent=1" } else { "sent=1" };
    Ok(Redirect::to(&format!("/p/for/{}/messages?{then}", a.patient.id)).into_response())
}

#[derive(serde::Deserialize)]
pub struct StopCopiesForm {}

/// The caregiver stops the patient's reminders coming to them (the way to stop them for a
/// caregiver who gets them by email; by SMS, STOP does it too). The grant keeps everything else.
pub async fn stop_copies(
    State(state): State<AppState>,
    Path(patient): Path<String>,
    f: CaregiverForm<StopCopiesForm>,
) -> PageResult {
    let a = f.session.acting_for(&state, &patient, Some(Act::Appointments)).await?;
    if a.grant.reminder_copies {
        let mut grant = a.grant.clone();
        let change = crate::domain::GrantChange { reminder_copies: Some(false), ..Default::default() };
        grant.change(change, state.now()).map_err(|e| PageError::internal(e.message))?;
        state.store.update_grant(&grant).await?;
        state.dispatcher.replan_copies(&a.clinic, &a.patient, &grant).await.map_err(PageError::internal)?;
        audit(&state, &f.session, &a, "grant.copies_stopped", None).await;
    }
    Ok(Redirect::to(&format!("/p/for/{}/appointments?copies=stopped", a.patient.id)).into_response())
}

#[derive(serde::Deserialize)]
pub struct SignOutForm {}

pub async fn sign_out(State(state): State<AppState>, f: CaregiverForm<SignOutForm>) -> PageResult {
    state.store.end_caregiver_session(&f.session.id_hash, state.now()).await?;
    let resp = page(StatusCode::OK, &Notice::new("page-signed-out", "page-signed-out-explain", ""));
    Ok(with_cookie(resp, &clear_cookie(state.config.is_https())))
}
