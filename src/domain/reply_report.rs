//! Reply-time figures: how long the care team took to answer (in business time, the time the
//! promise counts), and how often within the promise, over the answers of a period, per
//! category and overall. The median of an even count is the mean of the middle two; the 90th
//! percentile is the nearest rank (the smallest value at or above 90 % of the answers).

use super::{BusinessCalendar, ClinicId, ReplyCategory, ReplyPriority, ThreadId};
use jiff::Timestamp;

/// One answer: from the first unanswered patient message to the first reply they could see.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplyEpisode {
    pub thread_id: ThreadId,
    pub clinic_id: ClinicId,
    pub category: ReplyCategory,
    pub priority: ReplyPriority,
    pub started_at: Timestamp,
    /// `None` when no time was promised (paused, or no opening hours to count in).
    pub due_at: Option<Timestamp>,
    pub answered_at: Timestamp,
}

/// The figures of a set of answers.
#[derive(Debug, Clone, PartialEq, serde::Serialize, schemars::JsonSchema)]
pub struct ReplyFigures {
    pub answered: usize,
    /// Business minutes to the answer; the mean of the middle two for an even count.
    pub median_minutes: Option<f64>,
    /// Business minutes, nearest rank.
    pub p90_minutes: Option<f64>,
    /// Of the answers that had a promised time, the share given by it (0 to 1).
    pub within_promise: Option<f64>,
}

impl ReplyFigures {
    pub fn of(episodes: &[&ReplyEpisode], calendar: &BusinessCalendar) -> ReplyFigures {
        let mut minutes: Vec<f64> = episodes
            .iter()
            .map(|e| calendar.business_between(e.started_at, e.answered_at).as_secs_f64() / 60.0)
            .collect();
        minutes.sort_by(f64::total_cmp);
        let n = minutes.len();
        let median = match n {
            0 => None,
            _ if n % 2 == 1 => Some(minutes[n / 2]),
            _ => Some((minutes[n / 2 - 1] + minutes[n / 2]) / 2.0),
        };
        let p90 = (n > 0).then(|| minutes[(n * 9).div_ceil(10).max(1) - 1]);
        let promised: Vec<bool> = episodes.iter().filter_map(|e| e.due_at.map(|d| e.answered_at <= d)).collect();
        let within =
            (!promised.is_empty()).then(|| promised.iter().filter(|k| **k).count() as f64 / promised.len() as f64);
        ReplyFigures { answered: n, median_minutes: median, p90_minutes: p90, within_promise: within }
    }
}
