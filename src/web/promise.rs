//! The reply time a patient is promised, in their words: the patient's message starts (or
//! resumes) the conversation's clock (`reply_times`), and the acknowledgement (the SMS
//! answer, the notice on the page) names the same `due_at` in the patient's language and
//! time zone. Without a due time (the calendar has no opening hours ahead) it promises none.
//! The message is routed to its team at the same time (`routing`).

use crate::domain::{ReplyCategory, ThreadId, TimeZone};
use crate::i18n::Lang;
use crate::state::AppState;
use crate::store::Clinic;
use jiff::Timestamp;

/// Start the clock of `thread` for a patient message at `now`; the reply's due time. A
/// failure to keep the clock is logged, not shown: the message itself is already stored,
/// and the patient is then told no time rather than a wrong one.
pub async fn patient_wrote(
    state: &AppState,
    clinic: &Clinic,
    thread: &ThreadId,
    category: ReplyCategory,
    now: Timestamp,
) -> Option<Timestamp> {
    let due = match crate::reply_times::patient_wrote(&*state.store, clinic, thread, category, now).await {
        Ok(due) => due,
        Err(e) => {
            tracing::error!(error = %e, "a reply clock was not kept");
            state.metrics.event("reply_clock", "not_kept");
            None
        }
    };
    // The message is in the clinic's pool whatever happens here; a failure to route it is
    // logged and counted.
    if let Err(e) = crate::routing::patient_wrote(state, clinic, thread, category, now).await {
        tracing::error!(error = %e, "a conversation was not routed");
        state.metrics.event("routing", "not_routed");
    }
    due
}

/// The SMS answer to a patient's text: "… will answer by Mon Dec 7 9:30 AM".
pub fn acknowledgement_sms(t: Lang, due: Option<Timestamp>, tz: &TimeZone) -> String {
    match due {
        Some(due) => t.f1("reply-acknowledged-by", "when", &t.datetime_short(&due.to_zoned(tz.tz().clone()))),
        None => t.t("reply-acknowledged"),
    }
}

/// The page's notice after the patient wrote: "… will answer by Monday, December 7, …".
pub fn sent_notice(t: Lang, due: Option<Timestamp>, tz: &TimeZone) -> String {
    match due {
        Some(due) => t.f1("thread-sent-by", "when", &t.datetime_long(&due.to_zoned(tz.tz().clone()))),
        None => t.t("thread-sent"),
    }
}
