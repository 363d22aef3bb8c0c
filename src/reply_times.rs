//! Promised reply times at work: a clinic's rules (its business calendar and reply policy,
//! or the defaults where it has set none) and what happens to a conversation's clock when
//! the patient writes, when staff reply, wait on the patient or close, and when the rules
//! change. The arithmetic is the domain's (`domain::calendar`, `domain::reply_clock`); this
//! module only loads, decides through it and stores. It must not render words.

use crate::domain::{
    BusinessCalendar, CalendarSpec, ClinicId, ReplyCategory, ReplyClock, ReplyPolicy, ReplyPolicySpec, ThreadId,
};
use crate::store::{Clinic, Store, StoreError};
use jiff::{SignedDuration, Timestamp};

/// A clinic's calendar and policy, as they apply now.
#[derive(Debug, Clone)]
pub struct ReplyRules {
    pub calendar: BusinessCalendar,
    pub policy: ReplyPolicy,
    /// Whether the clinic set its own calendar (else Monday to Friday, 09:00 to 17:00).
    pub calendar_set: bool,
    /// Whether the clinic set its own policy (else `ReplyPolicy::default()`).
    pub policy_set: bool,
}

/// The clinic's rules, with the defaults for what it has not set.
pub async fn rules(store: &dyn Store, clinic: &Clinic) -> Result<ReplyRules, StoreError> {
    let (calendar, policy) = store.reply_settings(&clinic.id).await?;
    let corrupt = |what: &str, e: &dyn std::fmt::Display| StoreError::Corrupt(format!("{what}: {e}"));
    Ok(ReplyRules {
        calendar_set: calendar.is_some(),
        policy_set: policy.is_some(),
        calendar: match &calendar {
            Some(spec) => {
                BusinessCalendar::from_spec(spec, &clinic.time_zone).map_err(|e| corrupt("business calendar", &e))?
            }
            None => BusinessCalendar::standard(&clinic.time_zone),
        },
        policy: match &policy {
            Some(spec) => ReplyPolicy::from_spec(spec).map_err(|e| corrupt("reply policy", &e))?,
            None => ReplyPolicy::default(),
        },
    })
}

/// The patient wrote in `thread` at `now` about `category`: start (or resume) its clock.
/// Returns when the reply is due, if it is owed and the calendar gives a time.
pub async fn patient_wrote(
    store: &dyn Store,
    clinic: &Clinic,
    thread: &ThreadId,
    category: ReplyCategory,
    now: Timestamp,
) -> Result<Option<Timestamp>, StoreError> {
    let Some(mut clock) = store.reply_clock(&clinic.id, thread).await? else { return Ok(None) };
    let r = rules(store, clinic).await?;
    clock.patient_wrote(category, now, &r.calendar, &r.policy);
    store.save_reply_clock(&clinic.id, thread, &clock, now).await?;
    Ok(clock.due_at)
}

/// Staff answered where the patient sees it: the answer is kept for the reply-time figures
/// (when a reply was owed) and the clock stops.
pub async fn answered(
    store: &dyn Store,
    clinic: &ClinicId,
    thread: &ThreadId,
    now: Timestamp,
) -> Result<(), StoreError> {
    let Some(mut clock) = store.reply_clock(clinic, thread).await? else { return Ok(()) };
    let Some(started_at) = clock.first_unanswered_at else { return Ok(()) };
    let episode = crate::domain::ReplyEpisode {
        thread_id: thread.clone(),
        clinic_id: clinic.clone(),
        category: clock.category,
        priority: clock.priority,
        started_at,
        due_at: clock.due_at,
        answered_at: now,
    };
    clock.stop();
    store.record_reply(&episode, &clock, now).await
}

/// Staff closed the conversation: the clock stops.
pub async fn stopped(
    store: &dyn Store,
    clinic: &ClinicId,
    thread: &ThreadId,
    now: Timestamp,
) -> Result<(), StoreError> {
    let Some(mut clock) = store.reply_clock(clinic, thread).await? else { return Ok(()) };
    if clock.first_unanswered_at.is_none() {
        return Ok(());
    }
    clock.stop();
    store.save_reply_clock(clinic, thread, &clock, now).await
}

/// The conversation waits on the patient from `now`: the clock pauses.
pub async fn paused(store: &dyn Store, clinic: &Clinic, thread: &ThreadId, now: Timestamp) -> Result<(), StoreError> {
    let Some(mut clock) = store.reply_clock(&clinic.id, thread).await? else { return Ok(()) };
    if !clock.running() {
        return Ok(());
    }
    let r = rules(store, clinic).await?;
    clock.pause(now, &r.calendar);
    store.save_reply_clock(&clinic.id, thread, &clock, now).await
}

/// What the clinic changes: a new calendar, a new policy, or both.
pub struct NewRules<'a> {
    pub calendar: Option<(&'a CalendarSpec, &'a BusinessCalendar)>,
    pub policy: Option<(&'a ReplyPolicySpec, &'a ReplyPolicy)>,
}

/// Keep the clinic's new rules and move every running clock's deadline to them, in one
/// transaction. Returns the rules now in force and how many deadlines were worked out again.
pub async fn change_rules(
    store: &dyn Store,
    clinic: &Clinic,
    new: NewRules<'_>,
    now: Timestamp,
) -> Result<(ReplyRules, usize), StoreError> {
    let mut r = rules(store, clinic).await?;
    if let Some((_, calendar)) = new.calendar {
        r.calendar = calendar.clone();
        r.calendar_set = true;
    }
    if let Some((_, policy)) = new.policy {
        r.policy = *policy;
        r.policy_set = true;
    }
    let clocks: Vec<(ThreadId, ReplyClock)> = store
        .running_reply_clocks(&clinic.id)
        .await?
        .into_iter()
        .map(|(thread, mut clock)| {
            clock.recompute(&r.calendar, &r.policy);
            (thread, clock)
        })
        .collect();
    store
        .save_reply_settings(&clinic.id, new.calendar.map(|(s, _)| s), new.policy.map(|(s, _)| s), &clocks, now)
        .await?;
    Ok((r, clocks.len()))
}

/// A red-flag message came at `now`: the conversation turns urgent and is owed an
/// acknowledgement within `RED_FLAG_ACK_WITHIN` at any hour (sooner, if it was due sooner).
/// Returns when it is due.
pub async fn red_flag(
    store: &dyn Store,
    clinic: &ClinicId,
    thread: &ThreadId,
    now: Timestamp,
) -> Result<Option<Timestamp>, StoreError> {
    let Some(mut clock) = store.reply_clock(clinic, thread).await? else { return Ok(None) };
    let by = now + crate::domain::RED_FLAG_ACK_WITHIN;
    clock.priority = crate::domain::ReplyPriority::Urgent;
    clock.first_unanswered_at.get_or_insert(now);
    clock.paused_left = None;
    let due = clock.due_at.map_or(by, |due| due.min(by));
    // Any hour counts: the warning is three quarters of the plain time to the deadline.
    clock.due_at = Some(due);
    clock.warn_at = Some(now + SignedDuration::from_millis(now.duration_until(due).as_millis() as i64 * 3 / 4));
    store.save_reply_clock(clinic, thread, &clock, now).await?;
    Ok(clock.due_at)
}

/// The reply-time figures of the messages first unanswered from `from` to `to` (both days
/// inclusive, in the clinic's time zone), overall and per category, with what is owed now;
/// with a team, of the conversations that team has now.
#[derive(Debug, Clone, serde::Serialize, schemars::JsonSchema)]
pub struct ReplyReport {
    /// The first day, in the clinic's time zone
    #[schemars(extend("format" = "date"))]
    pub from: String,
    /// The last day, inclusive
    #[schemars(extend("format" = "date"))]
    pub to: String,
    #[serde(flatten)]
    pub overall: crate::domain::ReplyFigures,
    /// Conversations owed a reply now, and how many of them are late.
    pub open: i64,
    pub overdue: i64,
    pub by_category: Vec<CategoryFigures>,
}

#[derive(Debug, Clone, serde::Serialize, schemars::JsonSchema)]
#[schemars(rename = "ReplyCategoryFigures")]
pub struct CategoryFigures {
    #[schemars(schema_with = "crate::domain::word_schema::<crate::domain::ReplyCategory>")]
    pub category: &'static str,
    #[serde(flatten)]
    pub figures: crate::domain::ReplyFigures,
    pub open: i64,
    pub overdue: i64,
}

/// The longest period one report covers.
const MAX_DAYS: i32 = 366;

/// The days a report asks for (`YYYY-MM-DD`, in the clinic's time zone), checked: `to`
/// defaults to today and `from` to 29 days before it; `from` not after `to`; at most a year.
/// A refusal names the field and why.
pub fn period(
    clinic: &Clinic,
    now: Timestamp,
    from: Option<&str>,
    to: Option<&str>,
) -> Result<(jiff::civil::Date, jiff::civil::Date), (&'static str, &'static str)> {
    let day = |field: &'static str, s: &str| {
        s.trim().parse::<jiff::civil::Date>().map_err(|_| (field, "must be a date, YYYY-MM-DD"))
    };
    let today = now.to_zoned(clinic.time_zone.tz().clone()).date();
    let to = to.map(|s| day("to", s)).transpose()?.unwrap_or(today);
    let from = match from {
        Some(s) => day("from", s)?,
        None => to.checked_sub(jiff::Span::new().days(29)).map_err(|_| ("to", "is out of range"))?,
    };
    if from > to {
        return Err(("from", "must not be after to"));
    }
    if (to - from).get_days() >= MAX_DAYS {
        return Err(("from", "the period is longer than 366 days"));
    }
    Ok((from, to))
}

/// The most answers one report reads.
const REPORT_MAX: i64 = 200_000;

pub async fn report(
    store: &dyn Store,
    clinic: &Clinic,
    from: jiff::civil::Date,
    to: jiff::civil::Date,
    team: Option<&str>,
    now: Timestamp,
) -> Result<ReplyReport, StoreError> {
    let tz = clinic.time_zone.tz();
    let start = |d: jiff::civil::Date| d.to_zoned(tz.clone()).map(|z| z.timestamp());
    let bad = |e: jiff::Error| StoreError::Corrupt(format!("report period: {e}"));
    let (begin, end) = (start(from).map_err(bad)?, start(to.tomorrow().map_err(bad)?).map_err(bad)?);
    let episodes = store.reply_episodes(&clinic.id, begin, end, team, REPORT_MAX).await?;
    let counts = store.reply_counts(&clinic.id, team, now).await?;
    let calendar = rules(store, clinic).await?.calendar;
    let all: Vec<&crate::domain::ReplyEpisode> = episodes.iter().collect();
    let by_category = ReplyCategory::ALL
        .into_iter()
        .map(|c| {
            let these: Vec<&crate::domain::ReplyEpisode> = episodes.iter().filter(|e| e.category == c).collect();
            let (open, overdue) = counts.iter().find(|(k, _, _)| *k == c).map_or((0, 0), |(_, o, l)| (*o, *l));
            CategoryFigures {
                category: c.as_str(),
                figures: crate::domain::ReplyFigures::of(&these, &calendar),
                open,
                overdue,
            }
        })
        .collect();
    Ok(ReplyReport {
        from: from.to_string(),
        to: to.to_string(),
        overall: crate::domain::ReplyFigures::of(&all, &calendar),
        open: counts.iter().map(|c| c.1).sum(),
        overdue: counts.iter().map(|c| c.2).sum(),
        by_category,
    })
}
