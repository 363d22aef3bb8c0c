//! The dispatcher's decisions as pure functions of what it loaded: whether a claimed
//! delivery goes out now, waits, moves to the patient's next channel or is dropped; and
//! what a provider's refusal means for it. No I/O here, so every rule has a unit test.

use crate::domain::{AppointmentStatus, Channel, ContactStatus, DeliveryPurpose};
use crate::notify::SendError;
use crate::store::{Appointment, Clinic, Delivery, Patient};
use jiff::{SignedDuration, Timestamp};

/// Temporary failures are retried for as long as the message can help (`retry_until`), not a
/// number of times: a count either gives up inside an outage or retries long after the
/// message has become useless. This is how long a message with no deadline of its own keeps
/// retrying, from when it was queued. Reminders, alerts and links all carry a `not_after`;
/// this bounds the rest (a day: what such a message says is stale by then, and a day outlasts
/// any provider outage seen so far).
pub const RETRY_WITHOUT_DEADLINE: SignedDuration = SignedDuration::from_hours(24);
const BACKOFF_BASE_SECS: f64 = 30.0;
/// The longest wait between two tries: once a provider is back, every message waiting on it
/// goes within this (ten minutes, on average five).
const BACKOFF_CAP_SECS: f64 = 600.0;
/// A retry must be due at least this long before the message's deadline: one due later could
/// be claimed too late to help, and the time is better left to the next channel.
const LAST_TRY_BEFORE_DEADLINE: SignedDuration = SignedDuration::from_mins(1);

/// What the dispatcher knows about one claimed delivery when it decides.
pub struct Facts<'a> {
    pub delivery: &'a Delivery,
    /// None when the clinic or the patient no longer exists.
    pub clinic: Option<&'a Clinic>,
    pub patient: Option<&'a Patient>,
    pub appointment: Option<&'a Appointment>,
    /// Reminders already sent to this patient on their local day (only read for reminders).
    pub sent_today: i64,
    /// When the patient last had the thread open (only read for message alerts).
    pub read_at: Option<Timestamp>,
    pub now: Timestamp,
}

/// What to do with a claimed delivery.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// Record it as dropped, with the reason when there is one to show.
    Drop { reason: Option<&'static str> },
    /// This contact point cannot take it: drop it here and queue it on the next channel.
    NextChannel { reason: &'static str },
    /// Not now: due again at `until` (the attempt is not counted).
    Defer { reason: &'static str, until: Timestamp },
    /// Send it; ask the provider first whether an earlier, ambiguous try already got through.
    Send { reconcile_first: bool },
}

pub fn decide(f: &Facts<'_>) -> Decision {
    let (Some(clinic), Some(patient)) = (f.clinic, f.patient) else {
        return Decision::Drop { reason: None };
    };
    let d = f.delivery;
    if !can_still_help(d, f.appointment, f.now) {
        return Decision::Drop { reason: Some("too-late") };
    }
    // The patient read the reply on the page while its alert waited: nothing to tell. (A read
    // at the very instant the alert was queued may have been of the page before the reply.)
    if d.purpose == DeliveryPurpose::MessageAlert && f.read_at.is_some_and(|r| r > d.created_at) {
        return Decision::Drop { reason: Some("read-on-page") };
    }
    if !patient.can_receive(d.channel) {
        let reason = match d.channel {
            Channel::Sms if patient.phone_status == Some(ContactStatus::OptedOut) => "opted-out",
            _ => "no-usable-address",
        };
        return Decision::NextChannel { reason };
    }
    if let Some((reason, until)) = hold(d, clinic, patient, f.sent_today, f.now) {
        // By the time it may be sent it can no longer help.
        if d.not_after.is_some_and(|t| until >= t) {
            return Decision::Drop { reason: Some(reason) };
        }
        return Decision::Defer { reason, until };
    }
    Decision::Send { reconcile_first: d.channel == Channel::Sms && ambiguous(d.error_code.as_deref()) }
}

/// A message that can no longer help is dropped, not sent late: past its own deadline, or a
/// reminder (or cancellation notice) whose appointment is gone, cancelled or has begun.
pub fn can_still_help(d: &Delivery, appointment: Option<&Appointment>, now: Timestamp) -> bool {
    if d.not_after.is_some_and(|t| t <= now) {
        return false;
    }
    match (d.purpose, appointment) {
        (DeliveryPurpose::Reminder, Some(a)) => a.status != AppointmentStatus::Cancelled && a.starts_at > now,
        (DeliveryPurpose::Reminder | DeliveryPurpose::Cancellation, None) => false,
        _ => true,
    }
}

/// Automatic messages respect the patient's night and a daily cap; a link the patient or the
/// clinic asked for right now, and anything marked urgent, does not wait. The reason and the
/// time it may go.
fn hold(
    d: &Delivery,
    clinic: &Clinic,
    patient: &Patient,
    sent_today: i64,
    now: Timestamp,
) -> Option<(&'static str, Timestamp)> {
    if d.purpose == DeliveryPurpose::Link || d.urgent {
        return None;
    }
    let local = now.to_zoned(patient.time_zone.tz().clone());
    let minute = i64::from(local.hour()) * 60 + i64::from(local.minute());
    // The patient's own quiet hours, where they set them, else the clinic's.
    let quiet = patient.quiet_hours.unwrap_or(clinic.quiet_hours);
    if quiet.contains(minute) {
        return Some(("quiet-hours", next_local(&local, quiet.end_minute)));
    }
    if d.purpose == DeliveryPurpose::Reminder && sent_today >= clinic.daily_reminder_cap {
        let next_day = local.start_of_day().and_then(|day| day.tomorrow()).ok()?;
        return Some(("daily-cap", next_local(&next_day, quiet.end_minute)));
    }
    None
}

/// The patient's local day around `now`, over which the daily cap counts reminders.
pub fn local_day(patient: &Patient, now: Timestamp) -> Option<(Timestamp, Timestamp)> {
    let day = now.to_zoned(patient.time_zone.tz().clone()).start_of_day().ok()?;
    let next = day.tomorrow().ok()?;
    Some((day.timestamp(), next.timestamp()))
}

/// Twilio codes in a status report that say the handset could not be reached for now (30003:
/// off, or out of coverage), not that the number is bad: the message is retried like a
/// temporary send failure.
pub fn temporary_report(error_code: Option<&str>) -> bool {
    matches!(error_code, Some("30003"))
}

/// Errors after which Twilio may have taken an SMS without Portico learning so: the answer
/// timed out, the connection broke after the request went out, the answer was unreadable, or
/// the dispatcher holding the lease died.
pub fn ambiguous(error_code: Option<&str>) -> bool {
    matches!(error_code, Some("timeout" | "network" | "bad-response" | "lease-expired"))
}

/// The patient's next usable channel after `tried`, in their order of preference.
pub fn next_channel(patient: &Patient, tried: Channel) -> Option<Channel> {
    let list = patient.channels.as_slice();
    let pos = list.iter().position(|c| *c == tried);
    let after = pos.and_then(|p| list.get(p + 1..)).unwrap_or(list);
    after.iter().copied().find(|c| *c != tried && patient.can_receive(*c))
}

/// What a provider's refusal means for the delivery.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// Try again at this time.
    Retry { at: Timestamp },
    /// A temporary failure that lasted as long as the message could help on this channel:
    /// give up here (`dead`, logged) and try the patient's next channel.
    Dead,
    /// Refused for good; flag the contact point where it is at fault, and then try the next
    /// channel.
    Failed { flag: Option<ContactStatus> },
}

/// Until when a temporary failure is worth retrying: the message's own deadline (an
/// appointment's start, a link's expiry), or `RETRY_WITHOUT_DEADLINE` after it was queued.
pub fn retry_until(d: &Delivery) -> Timestamp {
    d.not_after.unwrap_or(d.created_at + RETRY_WITHOUT_DEADLINE)
}

/// What a refusal means, `attempts` tries in, for a message that can help until `until`. A
/// temporary failure is retried with capped, jittered backoff while the next try would still
/// come (a minute) before `until`. `unit_random` is uniform in [0, 1]: the jitter.
pub fn on_failure(e: &SendError, attempts: i64, until: Timestamp, now: Timestamp, unit_random: f64) -> Failure {
    match e {
        SendError::Transient { backoff: slow, .. } => {
            let at = now + backoff(attempts, *slow, unit_random);
            if at + LAST_TRY_BEFORE_DEADLINE <= until { Failure::Retry { at } } else { Failure::Dead }
        }
        SendError::OptedOut { .. } => Failure::Failed { flag: Some(ContactStatus::OptedOut) },
        SendError::BadAddress { .. } => Failure::Failed { flag: Some(ContactStatus::Invalid) },
        SendError::Rejected { .. } => Failure::Failed { flag: None },
    }
}

/// Delay before retry `attempt` (1-based): uniformly random in [0, min(cap, base·2^attempt)]
/// ("full jitter"), at least a second; four times longer when the provider asked us to slow
/// down.
pub fn backoff(attempt: i64, slow_down: bool, unit_random: f64) -> SignedDuration {
    let exp = BACKOFF_BASE_SECS * 2f64.powi(attempt.clamp(0, 20) as i32);
    let ceiling = exp.min(BACKOFF_CAP_SECS) * if slow_down { 4.0 } else { 1.0 };
    let secs = (ceiling * unit_random.clamp(0.0, 1.0)).max(1.0);
    SignedDuration::from_secs_f64(secs)
}

/// The next time the local clock reads `minute` (after midnight), at or after `from`.
fn next_local(from: &jiff::Zoned, minute: i64) -> Timestamp {
    let (h, m) = ((minute / 60) as i8, (minute % 60) as i8);
    let today = from.with().hour(h).minute(m).second(0).subsec_nanosecond(0).build();
    match today {
        Ok(t) if t > *from => t.timestamp(),
        Ok(t) => t.tomorrow().map(|z| z.timestamp()).unwrap_or_else(|_| from.timestamp()),
        Err(_) => from.timestamp() + SignedDuration::from_hours(8),
    }
}

#[cfg(test)]
#[path = "decide_tests.rs"]
mod tests;
