//! The live stream of an open page (Server-Sent Events), for patients and staff alike: the
//! handlers in `patient/` and `staff/` check the session and say who the viewer is, and this
//! module replays what the viewer missed (after `Last-Event-ID`, or the id the page was drawn
//! at), then passes on what the hub hands over that the viewer may see, until the browser
//! goes away or the session ends. The session is checked again every `RECHECK` and whenever
//! a `session_ended` event names it, on any process.
//!
//! Events carry what the page shows: a message as its sender, text and time in the viewer's
//! language and time zone (the same words the page would draw), never more than the page
//! itself would show.

use crate::domain::{LiveEvent, LiveKind, Typing, TypingWho, Viewer};
use crate::i18n::Lang;
use crate::live::{EventMessage, StreamGuard, TooMany, Update};
use crate::state::AppState;
use crate::web::page::{PageError, SupportCode};
use axum::http::{HeaderMap, StatusCode};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use serde_json::json;
use std::collections::VecDeque;
use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::sync::broadcast;

/// How often a stream checks that its session is still live.
const RECHECK: Duration = Duration::from_secs(5);
/// A comment this often keeps proxies from closing an idle stream.
const KEEP_ALIVE: Duration = Duration::from_secs(15);
/// Events a replay reads at a time.
const REPLAY_BATCH: i64 = 500;
/// The most events a reconnecting stream is sent again; a browser further behind is told to
/// draw its page afresh (a `reset` event), so no one can make the server replay a clinic's
/// whole history.
pub const REPLAY_MAX: i64 = 500;

/// The session a stream belongs to, checked again while it is open.
pub enum SessionCheck {
    /// A patient session (by the hash of its cookie); it must stay stepped up.
    Patient(Vec<u8>),
    /// A staff session (by the hash of its cookie).
    Staff(Vec<u8>),
    /// A caregiver session (by the hash of its cookie) and the grant that must go on
    /// allowing the patient's messages, for the patient and clinic as the stream opened (their
    /// age counts: a parent's stream closes on the teenager's birthday).
    Caregiver(Vec<u8>, crate::domain::GrantId, Box<(crate::store::Patient, crate::store::Clinic)>),
}

/// Everything a stream needs to know about its viewer.
pub struct Watcher {
    pub viewer: Viewer,
    pub check: SessionCheck,
    pub lang: Lang,
    pub tz: jiff::tz::TimeZone,
    /// For a patient: whether the clinic shows the names of staff who type.
    pub typing_names: bool,
}

/// Where a stream starts: the `Last-Event-ID` the browser sends on reconnecting, else the
/// id the page was drawn at (`?after=`), else now.
pub fn start_after(headers: &HeaderMap, after: Option<&str>) -> Option<i64> {
    let from_header = headers.get("last-event-id").and_then(|v| v.to_str().ok()).and_then(|v| v.trim().parse().ok());
    from_header.or_else(|| after.and_then(|a| a.parse().ok())).filter(|id: &i64| *id >= 0)
}

/// Open the stream, or refuse it past the hub's limits.
pub async fn open(state: &AppState, watcher: Watcher, after: Option<i64>) -> Result<Response, PageError> {
    let guard = match state.live.open_stream(watcher.viewer.session()) {
        Ok(g) => g,
        Err(which) => {
            state.metrics.event("live_stream", "refused");
            let explain = match which {
                TooMany::Session => "live-too-many-tabs",
                TooMany::Process => "live-too-many-streams",
            };
            let status = match which {
                TooMany::Session => StatusCode::TOO_MANY_REQUESTS,
                TooMany::Process => StatusCode::SERVICE_UNAVAILABLE,
            };
            return Err(PageError::Notice {
                status,
                heading: "live-refused-heading",
                explain,
                code: SupportCode::LiveLimit,
            });
        }
    };
    // Subscribe before reading where to start, so nothing falls between the two.
    let updates = state.live.subscribe();
    let last = state.store.last_live_event().await?;
    let mut queue = VecDeque::new();
    let cursor = match after {
        Some(a) if last - a <= REPLAY_MAX => a,
        Some(_) => {
            queue.push_back(Event::default().event("reset").data("{}"));
            last
        }
        None => last,
    };
    let mut recheck = tokio::time::interval_at(tokio::time::Instant::now() + RECHECK, RECHECK);
    recheck.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let pump =
        Pump { state: state.clone(), w: watcher, cursor, updates, recheck, queue, replayed: false, _guard: guard };
    let sse = Sse::new(Body::new(pump)).keep_alive(KeepAlive::new().interval(KEEP_ALIVE));
    Ok(([("cache-control", "no-store"), ("x-accel-buffering", "no")], sse).into_response())
}

/// What one stream holds while open: where it is (the last event id it passed over), what
/// it still has to send, and its viewer. No task of its own: the response body drives it, so
/// a browser that goes away drops it, and with it the stream's place in the hub's counts.
struct Pump {
    state: AppState,
    w: Watcher,
    cursor: i64,
    updates: broadcast::Receiver<std::sync::Arc<Update>>,
    recheck: tokio::time::Interval,
    queue: VecDeque<Event>,
    replayed: bool,
    _guard: StreamGuard,
}

/// What woke a waiting stream.
enum Woke {
    Update(Result<std::sync::Arc<Update>, broadcast::error::RecvError>),
    Recheck,
}

impl Pump {
    /// The next event to send, and the stream to go on with; `None` when the stream ends
    /// (the session ended, expired or stopped being allowed to see this).
    async fn next(mut self) -> Option<(Event, Pump)> {
        if !self.replayed {
            self.replayed = true;
            self.replay().await.ok()?;
        }
        loop {
            if let Some(e) = self.queue.pop_front() {
                return Some((e, self));
            }
            let woke = tokio::select! {
                got = self.updates.recv() => Woke::Update(got),
                _ = self.recheck.tick() => Woke::Recheck,
            };
            let going_on = match woke {
                Woke::Update(Ok(update)) => self.take(&update),
                // Too slow to keep up with the hub: read what was missed from the store.
                Woke::Update(Err(broadcast::error::RecvError::Lagged(_))) => self.replay().await.is_ok(),
                Woke::Update(Err(broadcast::error::RecvError::Closed)) => false,
                Woke::Recheck => still_live(&self.state, &self.w.check).await,
            };
            if !going_on {
                self.state.metrics.event("live_stream", "ended");
                return None;
            }
        }
    }

    /// Queue what the viewer may see of `update`; false if it ends the stream.
    fn take(&mut self, update: &Update) -> bool {
        match update {
            Update::Event { event, message } => {
                if self.w.viewer.ended_by(event) {
                    return false;
                }
                if event.id > self.cursor {
                    self.cursor = event.id;
                    if self.w.viewer.may_see(event) {
                        self.queue.extend(render(&self.w, event, message.as_deref()));
                    }
                }
            }
            Update::Typing(t) => {
                if self.w.viewer.may_see_typing(t) && t.until > self.state.now() {
                    self.queue.push_back(typing(&self.w, t));
                }
            }
        }
        true
    }

    /// Queue what the viewer may see after the cursor, from the store; `Err` if the stream
    /// ends.
    async fn replay(&mut self) -> Result<(), ()> {
        loop {
            let (clinic, thread) = (self.w.viewer.clinic(), self.w.viewer.thread());
            let events =
                self.state.store.live_events_for(clinic, thread, self.cursor, REPLAY_BATCH).await.map_err(|e| {
                    tracing::warn!(error = %e, "a live stream could not replay");
                })?;
            let n = events.len() as i64;
            for event in events {
                if self.w.viewer.ended_by(&event) {
                    return Err(());
                }
                self.cursor = event.id;
                if self.w.viewer.may_see(&event) {
                    let message = self.state.live.message_of(&event).await;
                    self.queue.extend(render(&self.w, &event, message.as_deref()));
                }
            }
            if n < REPLAY_BATCH {
                return Ok(());
            }
        }
    }
}

/// The pump working out its next event.
type Next = Pin<Box<dyn Future<Output = Option<(Event, Pump)>> + Send>>;

/// The stream axum sends: the pump's next event, one at a time.
struct Body {
    next: Option<Next>,
}

impl Body {
    fn new(pump: Pump) -> Body {
        Body { next: Some(Box::pin(pump.next())) }
    }
}

impl futures_core::Stream for Body {
    type Item = Result<Event, Infallible>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let Some(next) = self.next.as_mut() else { return Poll::Ready(None) };
        match next.as_mut().poll(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(None) => {
                self.next = None;
                Poll::Ready(None)
            }
            Poll::Ready(Some((event, pump))) => {
                self.next = Some(Box::pin(pump.next()));
                Poll::Ready(Some(Ok(event)))
            }
        }
    }
}

async fn still_live(state: &AppState, check: &SessionCheck) -> bool {
    let now = state.now();
    match check {
        SessionCheck::Patient(hash) => match state.store.session(hash).await {
            Ok(Some(s)) => s.live_at(now) && s.stepped_up_at.is_some(),
            Ok(None) => false,
            // A database hiccup does not end a stream; the next check decides.
            Err(_) => true,
        },
        SessionCheck::Staff(hash) => match state.store.staff_session(hash).await {
            Ok(Some(s)) => s.live_at(now),
            Ok(None) => false,
            Err(_) => true,
        },
        SessionCheck::Caregiver(hash, grant, about) => {
            let read = async {
                let Some(s) = state.store.caregiver_session(hash).await? else { return Ok(false) };
                let Some(g) = state.store.grant(grant).await? else { return Ok(false) };
                let person = g.grantee.as_ref() == Some(&s.person_id);
                let (patient, clinic) = &**about;
                let reads = g.allows_for(Some(crate::domain::Act::ReadMessages), now, (patient, clinic)).is_ok();
                Ok::<_, crate::store::StoreError>(s.live(now) && person && reads)
            };
            read.await.unwrap_or(true)
        }
    }
}

/// The event as the viewer's page shows it (`None` when there is nothing to show, e.g. a
/// message that could not be read).
fn render(w: &Watcher, e: &LiveEvent, message: Option<&EventMessage>) -> Option<Event> {
    let thread = e.thread_id.as_ref().map(|t| t.as_str()).unwrap_or_default();
    let data = match e.kind {
        LiveKind::Message => {
            let shown = message?;
            let m = &shown.message;
            let mut data = json!({
                "thread": thread,
                "id": m.id.as_str(),
                "author": if m.author == "staff" { "staff" } else { "patient" },
                "sender": m.sender,
                "body": m.body,
                "when": w.lang.datetime_short(&m.created_at.to_zoned(w.tz.clone())),
            });
            if matches!(w.viewer, Viewer::Staff { .. }) {
                data["unverified"] = json!(!m.sender_verified);
                data["patient"] = json!(shown.patient_name);
            }
            data
        }
        LiveKind::Read => {
            let at = e
                .ref_id
                .as_deref()
                .and_then(|r| r.parse().ok())
                .and_then(|ms| jiff::Timestamp::from_millisecond(ms).ok())?;
            let when = w.lang.datetime_short(&at.to_zoned(w.tz.clone()));
            json!({ "thread": thread, "text": w.lang.f1("live-seen", "time", &when) })
        }
        LiveKind::Conversation => {
            json!({ "thread": thread, "overdue": e.ref_id.as_deref() == Some(crate::domain::OVERDUE_REF) })
        }
        LiveKind::SessionEnded => return None,
    };
    Some(Event::default().id(e.id.to_string()).event(e.kind.as_str()).data(data.to_string()))
}

fn typing(w: &Watcher, t: &Typing) -> Event {
    let text = match (&w.viewer, &t.who) {
        (Viewer::Patient { .. } | Viewer::Caregiver { .. }, TypingWho::Staff { name, .. }) if w.typing_names => {
            w.lang.f1("live-typing-name", "name", name)
        }
        (Viewer::Patient { .. } | Viewer::Caregiver { .. }, _) => w.lang.t("live-typing-team"),
        (Viewer::Staff { .. }, TypingWho::Staff { name, .. }) => w.lang.f1("live-typing-name", "name", name),
        (Viewer::Staff { .. }, TypingWho::Patient) => w.lang.t("live-typing-patient"),
    };
    let ms = crate::domain::TYPING_SHOWS_FOR.as_millis();
    let data = json!({ "thread": t.thread_id.as_str(), "text": text, "ms": ms });
    Event::default().event("typing").data(data.to_string())
}
