//! Live updates: what an open page is told as it happens. A `LiveEvent` is durable (a row
//! written with the change it reports, ids increasing in commit order); a `Typing` notice is
//! not: it is passed on once and forgotten, and expires by itself.

use crate::domain::{ClinicId, GrantId, SessionId, StaffId, ThreadId};
use jiff::{SignedDuration, Timestamp};

/// How long a typing notice shows after the last key press that sent it.
pub const TYPING_SHOWS_FOR: SignedDuration = SignedDuration::from_secs(6);
/// The shortest time between two typing notices one session sends (more are refused).
pub const TYPING_EVERY: SignedDuration = SignedDuration::from_secs(2);

/// The `ref_id` of a `Conversation` event that says its reply's promised time has passed.
pub const OVERDUE_REF: &str = "overdue";

/// What a durable event reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LiveKind {
    /// A message was added to the thread (`ref_id` is the message).
    Message,
    /// The conversation was taken, set waiting, closed or reopened; or (`ref_id` is
    /// `OVERDUE_REF`) its reply's promised time passed.
    Conversation,
    /// The patient opened their thread (`ref_id` is the time, in milliseconds).
    Read,
    /// A session ended (`ref_id` is the session), or a caregiver's grant changed (`ref_id` is
    /// the grant): their streams close, on every process.
    SessionEnded,
}

impl LiveKind {
    pub fn as_str(self) -> &'static str {
        match self {
            LiveKind::Message => "message",
            LiveKind::Conversation => "conversation",
            LiveKind::Read => "read",
            LiveKind::SessionEnded => "session_ended",
        }
    }

    pub fn parse(s: &str) -> Option<LiveKind> {
        Some(match s {
            "message" => LiveKind::Message,
            "conversation" => LiveKind::Conversation,
            "read" => LiveKind::Read,
            "session_ended" => LiveKind::SessionEnded,
            _ => return None,
        })
    }
}

/// One durable event, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiveEvent {
    pub id: i64,
    pub clinic_id: ClinicId,
    pub thread_id: Option<ThreadId>,
    pub kind: LiveKind,
    pub ref_id: Option<String>,
    pub created_at: Timestamp,
}

/// Who a stream is for, and so which events it may carry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Viewer {
    /// A patient on their own thread: that thread's messages, and nothing of the care team's
    /// own work (assignments, read markers).
    Patient { clinic: ClinicId, thread: ThreadId, session: SessionId },
    /// A staff member: everything of their clinic.
    Staff { clinic: ClinicId, staff: StaffId, session: SessionId },
    /// A caregiver on the messages of the patient they help: what the patient would see, for
    /// as long as the grant allows it (`grant` ends it as a session's end does).
    Caregiver { clinic: ClinicId, thread: ThreadId, session: SessionId, grant: GrantId },
}

/// The key a caregiver session's streams go by (a caregiver session has no id but the hash
/// of its cookie): what the hub counts per session and what ending the session names.
pub fn caregiver_stream_key(id_hash: &[u8]) -> SessionId {
    let hex: String = id_hash.iter().take(16).map(|b| format!("{b:02x}")).collect();
    SessionId::from_trusted(format!("cgs_{hex}"))
}

impl Viewer {
    pub fn clinic(&self) -> &ClinicId {
        match self {
            Viewer::Patient { clinic, .. } | Viewer::Staff { clinic, .. } | Viewer::Caregiver { clinic, .. } => clinic,
        }
    }

    pub fn session(&self) -> &SessionId {
        match self {
            Viewer::Patient { session, .. } | Viewer::Staff { session, .. } | Viewer::Caregiver { session, .. } => {
                session
            }
        }
    }

    /// The thread a patient's stream is bound to (`None` for staff, who see the clinic).
    pub fn thread(&self) -> Option<&ThreadId> {
        match self {
            Viewer::Patient { thread, .. } | Viewer::Caregiver { thread, .. } => Some(thread),
            Viewer::Staff { .. } => None,
        }
    }

    /// Whether this viewer may be told of `e`. Another clinic's event never; a patient only of
    /// messages on their own thread.
    pub fn may_see(&self, e: &LiveEvent) -> bool {
        if &e.clinic_id != self.clinic() {
            return false;
        }
        match self {
            Viewer::Patient { thread, .. } | Viewer::Caregiver { thread, .. } => {
                e.kind == LiveKind::Message && e.thread_id.as_ref() == Some(thread)
            }
            Viewer::Staff { .. } => matches!(e.kind, LiveKind::Message | LiveKind::Conversation | LiveKind::Read),
        }
    }

    /// Whether `e` ends this viewer's stream: its session ended, or (a caregiver's) the grant
    /// changed.
    pub fn ended_by(&self, e: &LiveEvent) -> bool {
        let Some(r) = e.ref_id.as_deref().filter(|_| e.kind == LiveKind::SessionEnded) else { return false };
        r == self.session().as_str() || matches!(self, Viewer::Caregiver { grant, .. } if grant.as_str() == r)
    }

    /// Whether this viewer is told of `t` (never of their own typing).
    pub fn may_see_typing(&self, t: &Typing) -> bool {
        if &t.clinic_id != self.clinic() {
            return false;
        }
        match (self, &t.who) {
            (Viewer::Patient { thread, .. } | Viewer::Caregiver { thread, .. }, TypingWho::Staff { .. }) => {
                &t.thread_id == thread
            }
            (Viewer::Patient { .. } | Viewer::Caregiver { .. }, TypingWho::Patient) => false,
            (Viewer::Staff { .. }, TypingWho::Patient) => true,
            (Viewer::Staff { staff, .. }, TypingWho::Staff { id, .. }) => id != staff,
        }
    }
}

/// Who is typing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypingWho {
    Patient,
    Staff { id: StaffId, name: String },
}

/// Someone is typing on a thread. Never stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Typing {
    pub clinic_id: ClinicId,
    pub thread_id: ThreadId,
    pub who: TypingWho,
    pub until: Timestamp,
}

impl Typing {
    /// The notice as one line of text (what crosses processes), and back. Fields are ids,
    /// a time and a name, separated by tabs (which none of them may hold).
    pub fn to_line(&self) -> String {
        let (who, id, name) = match &self.who {
            TypingWho::Patient => ("p", "", ""),
            TypingWho::Staff { id, name } => ("s", id.as_str(), name.as_str()),
        };
        let name = name.replace(['\t', '\n'], " ");
        format!("{}\t{}\t{}\t{who}\t{id}\t{name}", self.clinic_id, self.thread_id, self.until.as_millisecond())
    }

    pub fn from_line(line: &str) -> Option<Typing> {
        let mut f = line.split('\t');
        let clinic_id = ClinicId::parse(f.next()?).ok()?;
        let thread_id = ThreadId::parse(f.next()?).ok()?;
        let until = Timestamp::from_millisecond(f.next()?.parse().ok()?).ok()?;
        let who = match (f.next()?, f.next()?, f.next()?) {
            ("p", _, _) => TypingWho::Patient,
            ("s", id, name) => TypingWho::Staff { id: StaffId::parse(id).ok()?, name: name.to_string() },
            _ => return None,
        };
        Some(Typing { clinic_id, thread_id, who, until })
    }
}
