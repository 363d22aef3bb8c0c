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
use std::convert::Infallible;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::sync::{broadcast, mpsc};

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
/// Events waiting for a slow browser before the stream stops reading the hub.
const QUEUE: usize = 16;

/// The session a stream belongs to, checked again while it is open.
pub enum SessionCheck {
    /// A patient session (by the hash of its cookie); it must stay stepped up.
    Patient(Vec<u8>),
    /// A staff session (by the hash of its cookie).
    Staff(Vec<u8>),
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
    let (tx, rx) = mpsc::channel(QUEUE);
    let after = match after {
        Some(a) if last - a <= REPLAY_MAX => a,
        Some(_) => {
            // Room for it: the queue is empty.
            let _ = tx.try_send(Event::default().event("reset").data("{}"));
            last
        }
        None => last,
    };
    tokio::spawn(pump(state.clone(), watcher, after, updates, tx, guard));
    let sse = Sse::new(Queue(rx)).keep_alive(KeepAlive::new().interval(KEEP_ALIVE));
    Ok(([("cache-control", "no-store"), ("x-accel-buffering", "no")], sse).into_response())
}

/// The receiving end, as the stream axum sends.
struct Queue(mpsc::Receiver<Event>);

impl futures_core::Stream for Queue {
    type Item = Result<Event, Infallible>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.0.poll_recv(cx).map(|e| e.map(Ok))
    }
}

/// Why a stream stops.
enum Stop {
    /// The browser went away.
    Gone,
    /// The session ended, expired or stopped being allowed to see this.
    Ended,
}

async fn pump(
    state: AppState,
    w: Watcher,
    mut cursor: i64,
    mut updates: broadcast::Receiver<std::sync::Arc<Update>>,
    tx: mpsc::Sender<Event>,
    _guard: StreamGuard,
) {
    let stop = async {
        replay(&state, &w, &mut cursor, &tx).await?;
        let mut recheck = tokio::time::interval(RECHECK);
        recheck.tick().await;
        loop {
            tokio::select! {
                got = updates.recv() => match got {
                    Ok(update) => match &*update {
                        Update::Event { event, message } => {
                            if w.viewer.ended_by(event) {
                                return Err(Stop::Ended);
                            }
                            if event.id <= cursor {
                                continue;
                            }
                            cursor = event.id;
                            if w.viewer.may_see(event) {
                                send(&tx, render(&w, event, message.as_deref())).await?;
                            }
                        }
                        Update::Typing(t) => {
                            if w.viewer.may_see_typing(t) && t.until > state.now() {
                                send(&tx, Some(typing(&w, t))).await?;
                            }
                        }
                    },
                    // Too slow to keep up with the hub: read what was missed from the store.
                    Err(broadcast::error::RecvError::Lagged(_)) => replay(&state, &w, &mut cursor, &tx).await?,
                    Err(broadcast::error::RecvError::Closed) => return Err(Stop::Ended),
                },
                _ = recheck.tick() => {
                    if !still_live(&state, &w.check).await {
                        return Err(Stop::Ended);
                    }
                }
                _ = tx.closed() => return Err(Stop::Gone),
            }
        }
    };
    let why: Result<(), Stop> = stop.await;
    if let Err(Stop::Ended) = why {
        state.metrics.event("live_stream", "ended");
    }
}

/// Send what the viewer may see after `cursor`, from the store.
async fn replay(state: &AppState, w: &Watcher, cursor: &mut i64, tx: &mpsc::Sender<Event>) -> Result<(), Stop> {
    loop {
        let events =
            state.store.live_events_for(w.viewer.clinic(), w.viewer.thread(), *cursor, REPLAY_BATCH).await.map_err(
                |e| {
                    tracing::warn!(error = %e, "a live stream could not replay");
                    Stop::Ended
                },
            )?;
        let n = events.len() as i64;
        for event in events {
            if w.viewer.ended_by(&event) {
                return Err(Stop::Ended);
            }
            *cursor = event.id;
            if w.viewer.may_see(&event) {
                let message = state.live.message_of(&event).await;
                send(tx, render(w, &event, message.as_deref())).await?;
            }
        }
        if n < REPLAY_BATCH {
            return Ok(());
        }
    }
}

async fn send(tx: &mpsc::Sender<Event>, event: Option<Event>) -> Result<(), Stop> {
    match event {
        Some(e) => tx.send(e).await.map_err(|_| Stop::Gone),
        None => Ok(()),
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
        LiveKind::Conversation => json!({ "thread": thread }),
        LiveKind::SessionEnded => return None,
    };
    Some(Event::default().id(e.id.to_string()).event(e.kind.as_str()).data(data.to_string()))
}

fn typing(w: &Watcher, t: &Typing) -> Event {
    let text = match (&w.viewer, &t.who) {
        (Viewer::Patient { .. }, TypingWho::Staff { name, .. }) if w.typing_names => {
            w.lang.f1("live-typing-name", "name", name)
        }
        (Viewer::Patient { .. }, _) => w.lang.t("live-typing-team"),
        (Viewer::Staff { .. }, TypingWho::Staff { name, .. }) => w.lang.f1("live-typing-name", "name", name),
        (Viewer::Staff { .. }, TypingWho::Patient) => w.lang.t("live-typing-patient"),
    };
    let ms = crate::domain::TYPING_SHOWS_FOR.as_millis();
    let data = json!({ "thread": t.thread_id.as_str(), "text": text, "ms": ms });
    Event::default().event("typing").data(data.to_string())
}
