//! The dispatch worker. `dispatch_due` is one step — claim what is due, decide, send, record —
//! and is what tests call to drain the queue; `run` is the thin loop around it.
//!
//! Policy lives here, not in the channels: a message that can no longer help is dropped, an
//! opted-out or broken contact point is skipped for the patient's next channel, transient
//! failures retry with exponential backoff and full jitter, permanent ones never retry.

use crate::domain::{Channel, DeliveryPurpose, DeliveryStatus};
use crate::links::LinkSubject;
use crate::notify::{Recipient, SendError, render};
use crate::startup::AppState;
use crate::store::{AuditEvent, Delivery, DeliveryOutcome, Patient};
use jiff::{SignedDuration, Timestamp};
use ring::rand::{SecureRandom, SystemRandom};
use std::time::Duration;

/// Attempts before a delivery is dead-lettered.
pub const MAX_ATTEMPTS: i64 = 8;
const BACKOFF_BASE_SECS: f64 = 30.0;
const BACKOFF_CAP_SECS: f64 = 3600.0;
/// How many deliveries one step claims.
pub const BATCH: i64 = 32;

/// Delay before retry `attempt` (1-based): uniformly random in [0, min(cap, base·2^attempt)]
/// ("full jitter"); four times longer when the provider asked us to slow down.
pub fn backoff(attempt: i64, slow_down: bool, unit_random: f64) -> SignedDuration {
    let exp = BACKOFF_BASE_SECS * 2f64.powi(attempt.clamp(0, 20) as i32);
    let ceiling = exp.min(BACKOFF_CAP_SECS) * if slow_down { 4.0 } else { 1.0 };
    let secs = (ceiling * unit_random.clamp(0.0, 1.0)).max(1.0);
    SignedDuration::from_secs_f64(secs)
}

fn unit_random() -> f64 {
    let mut b = [0u8; 4];
    match SystemRandom::new().fill(&mut b) {
        Ok(()) => f64::from(u32::from_be_bytes(b)) / f64::from(u32::MAX),
        Err(_) => 0.5,
    }
}

/// Claim and handle up to `limit` due deliveries. Returns how many were claimed.
pub async fn dispatch_due(state: &AppState, limit: i64) -> anyhow::Result<usize> {
    let now = state.now();
    let claimed = state.store.claim_deliveries(now, now + state.config.dispatch_lease, limit).await?;
    let n = claimed.len();
    // One patient's deliveries go one after another (caps count what was just sent);
    // different patients' go in parallel.
    let mut by_patient: std::collections::BTreeMap<String, Vec<Delivery>> = Default::default();
    for d in claimed {
        by_patient.entry(d.patient_id.to_string()).or_default().push(d);
    }
    let mut tasks = tokio::task::JoinSet::new();
    for (_, group) in by_patient {
        let state = state.clone();
        tasks.spawn(async move {
            for d in group {
                let id = d.id.clone();
                if let Err(e) = deliver(&state, d).await {
                    // The lease runs out and another step takes it again.
                    tracing::error!(delivery = %id, error = ?e, "delivery failed unexpectedly");
                }
            }
        });
    }
    while tasks.join_next().await.is_some() {}
    Ok(n)
}

/// Follow up SMS that the carrier accepted but never confirmed within the window: send the
/// same message on the patient's next channel. Returns how many were followed up.
pub async fn follow_up_unconfirmed(state: &AppState) -> anyhow::Result<usize> {
    let now = state.now();
    let stale = state.store.take_unconfirmed(now - state.config.confirm_window, BATCH).await?;
    for d in &stale {
        if let Some(patient) = state.store.patient(&d.clinic_id, &d.patient_id).await? {
            tracing::info!(delivery = %d.id, "no delivery confirmation in time: trying the next channel");
            fall_back(state, d, &patient, now).await?;
        }
    }
    Ok(stale.len())
}

/// Drain everything due now (tests and the demo).
pub async fn drain(state: &AppState) -> anyhow::Result<usize> {
    let mut total = 0;
    loop {
        let n = dispatch_due(state, BATCH).await?;
        if n == 0 {
            return Ok(total);
        }
        total += n;
    }
}

/// The worker loop: a step whenever there may be work, otherwise a short sleep.
pub async fn run(state: AppState) {
    let mut last_sweep = std::time::Instant::now();
    loop {
        if last_sweep.elapsed() > Duration::from_secs(30) {
            last_sweep = std::time::Instant::now();
            if let Err(e) = follow_up_unconfirmed(&state).await {
                tracing::error!(error = ?e, "following up unconfirmed deliveries failed");
            }
        }
        match dispatch_due(&state, BATCH).await {
            Ok(0) => {
                tokio::select! {
                    _ = state.wake.notified() => {},
                    _ = tokio::time::sleep(Duration::from_millis(500)) => {},
                }
            }
            Ok(_) => {}
            Err(e) => {
                tracing::error!(error = ?e, "dispatch step failed");
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        }
    }
}

/// Errors after which Twilio may have taken an SMS without Portico learning so: the answer
/// timed out, the connection broke after the request went out, the answer was unreadable, or
/// the dispatcher holding the lease died.
fn ambiguous(error_code: Option<&str>) -> bool {
    matches!(error_code, Some("timeout" | "network" | "bad-response" | "lease-expired"))
}

/// After an ambiguous try, look for the SMS among Twilio's newest messages to the number: the
/// same text with only the link's token differing, and not already recorded for another
/// delivery (an earlier alert with the same words has its SID recorded; this one may already
/// hold it, if Twilio's status report arrived first). Dates are not compared: Twilio's clock
/// is not Portico's. Found: record it as sent (no second SMS). Not found, or Twilio cannot be
/// asked: send again (a duplicate beats a missing reminder).
async fn reconcile(
    state: &AppState,
    d: &Delivery,
    clinic: &crate::store::Clinic,
    patient: &crate::store::Patient,
    appointment: Option<&crate::store::Appointment>,
) -> anyhow::Result<bool> {
    let (Some(twilio), Some(to)) = (state.notifier.twilio(), patient.phone.as_ref()) else {
        return Ok(false);
    };
    // Tokens are always 43 base64url characters, so a placeholder of that length and alphabet
    // renders the same text (a long clinic name is shortened the same way).
    let placeholder = "A".repeat(43);
    let url = state.config.public_link(&format!("/l/{placeholder}"));
    let expected = render::render_delivery(clinic, patient, d, appointment, &url).sms;
    let Some((before, after)) = expected.split_once(&placeholder) else {
        return Ok(false);
    };
    let listed = match twilio.recent_to(to, 20).await {
        Ok(list) => list,
        Err(e) => {
            tracing::warn!(code = e.code(), "could not ask Twilio about an ambiguous send; sending again");
            return Ok(false);
        }
    };
    for m in listed {
        let token = m.body.strip_prefix(before).and_then(|rest| rest.strip_suffix(after));
        let is_ours = token
            .is_some_and(|t| t.len() == 43 && t.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        if !is_ours || state.store.provider_id_taken(&m.sid, &d.id).await? {
            continue;
        }
        let now = state.now();
        let status = DeliveryStatus::from_twilio(&m.status).unwrap_or(DeliveryStatus::Queued);
        tracing::info!(delivery = %d.id, "an ambiguous send had reached Twilio: recorded, not sent again");
        state
            .store
            .finish_delivery(
                &d.id,
                &DeliveryOutcome {
                    status,
                    due_at: None,
                    provider_id: Some(m.sid.clone()),
                    error_code: None,
                    segments: m.num_segments.as_deref().and_then(|n| n.parse().ok()),
                    at: now,
                    // This claim sent nothing.
                    refund_attempt: true,
                },
            )
            .await?;
        state.metrics.event("deliveries_reconciled", d.channel.as_str());
        return Ok(true);
    }
    Ok(false)
}

fn outcome(status: DeliveryStatus, at: Timestamp) -> DeliveryOutcome {
    DeliveryOutcome {
        status,
        due_at: None,
        provider_id: None,
        error_code: None,
        segments: None,
        at,
        refund_attempt: false,
    }
}

/// The patient's next usable channel after `tried`, in their order of preference.
pub fn next_channel(patient: &Patient, tried: Channel) -> Option<Channel> {
    let list = patient.channels.as_slice();
    let pos = list.iter().position(|c| *c == tried);
    let after = pos.map(|p| &list[p + 1..]).unwrap_or(list);
    after.iter().copied().find(|c| *c != tried && patient.can_receive(*c))
}

/// Queue deliveries and wake the dispatcher.
pub async fn enqueue(state: &AppState, deliveries: &[Delivery]) -> anyhow::Result<()> {
    state.store.insert_deliveries(deliveries).await?;
    state.wake.notify_one();
    Ok(())
}

/// Queue the same message on the patient's next channel.
pub async fn fall_back(state: &AppState, d: &Delivery, patient: &Patient, now: Timestamp) -> anyhow::Result<()> {
    let Some(channel) = next_channel(patient, d.channel) else {
        return Ok(());
    };
    let mut next = d.clone();
    next.id = crate::domain::DeliveryId::new();
    next.channel = channel;
    next.status = DeliveryStatus::Pending;
    next.attempts = 0;
    next.due_at = now;
    next.lease_until = None;
    next.provider_id = None;
    next.error_code = None;
    next.segments = None;
    next.fallback_of = Some(d.id.clone());
    next.created_at = now;
    next.updated_at = now;
    next.sent_at = None;
    next.delivered_at = None;
    state.store.insert_deliveries(&[next]).await?;
    state.wake.notify_one();
    Ok(())
}

/// Handle one claimed delivery. Returns the link it sent, if it sent one.
#[tracing::instrument(skip_all, fields(delivery = %d.id, purpose = d.purpose.as_str(), channel = d.channel.as_str()))]
pub async fn deliver(state: &AppState, d: Delivery) -> anyhow::Result<Option<crate::links::IssuedLink>> {
    let now = state.now();
    let store = &state.store;
    let (Some(clinic), Some(patient)) =
        (store.clinic(&d.clinic_id).await?, store.patient(&d.clinic_id, &d.patient_id).await?)
    else {
        store.finish_delivery(&d.id, &outcome(DeliveryStatus::Dropped, now)).await?;
        return Ok(None);
    };
    let appointment = match &d.appointment_id {
        Some(id) => store.appointment(&d.clinic_id, id).await?,
        None => None,
    };

    // A message that can no longer help is dropped, not sent late.
    let useless = d.not_after.is_some_and(|t| t <= now)
        || match (d.purpose, &appointment) {
            (DeliveryPurpose::Reminder, Some(a)) => {
                a.status == crate::domain::AppointmentStatus::Cancelled || a.starts_at <= now
            }
            (DeliveryPurpose::Reminder | DeliveryPurpose::Cancellation, None) => true,
            _ => false,
        };
    if useless {
        tracing::info!("dropped: it can no longer help");
        let mut o = outcome(DeliveryStatus::Dropped, now);
        o.error_code = Some("too-late".into());
        store.finish_delivery(&d.id, &o).await?;
        return Ok(None);
    }
    if !patient.can_receive(d.channel) {
        let mut o = outcome(DeliveryStatus::Dropped, now);
        o.error_code = Some(match d.channel {
            Channel::Sms if patient.phone_status.as_deref() == Some("opted_out") => "opted-out".into(),
            _ => "no-usable-address".into(),
        });
        tracing::info!(reason = o.error_code.as_deref(), "dropped before any provider call");
        store.finish_delivery(&d.id, &o).await?;
        fall_back(state, &d, &patient, now).await?;
        return Ok(None);
    }

    // Automatic messages respect the patient's night and a daily cap; a link the patient or
    // the clinic asked for right now, and anything marked urgent, does not wait.
    if d.purpose != DeliveryPurpose::Link && !d.urgent {
        let local = now.to_zoned(patient.time_zone.tz().clone());
        let minute = i64::from(local.hour()) * 60 + i64::from(local.minute());
        let mut wait = None;
        // The patient's own quiet hours, where they set them, else the clinic's.
        let quiet = patient.quiet_hours.unwrap_or(clinic.quiet_hours);
        if quiet.contains(minute) {
            wait = Some(("quiet-hours", next_local(&local, quiet.end_minute)));
        } else if d.purpose == DeliveryPurpose::Reminder {
            let day = local.start_of_day()?;
            let next_day = day.tomorrow()?;
            let sent =
                store.count_sent(&patient.id, DeliveryPurpose::Reminder, day.timestamp(), next_day.timestamp()).await?;
            if sent >= clinic.daily_reminder_cap {
                wait = Some(("daily-cap", next_local(&next_day, quiet.end_minute)));
            }
        }
        if let Some((why, resume)) = wait {
            let mut o = outcome(DeliveryStatus::Pending, now);
            o.refund_attempt = true;
            o.error_code = Some(why.into());
            if d.not_after.is_some_and(|t| resume >= t) {
                o.status = DeliveryStatus::Dropped;
                tracing::info!(reason = why, "dropped: by the time it may be sent it can no longer help");
            } else {
                o.due_at = Some(resume);
                tracing::info!(reason = why, resume = %resume, "deferred");
            }
            store.finish_delivery(&d.id, &o).await?;
            return Ok(None);
        }
    }

    // The last try may have reached Twilio though Portico never heard so: ask Twilio first.
    if d.channel == Channel::Sms
        && ambiguous(d.error_code.as_deref())
        && reconcile(state, &d, &clinic, &patient, appointment.as_ref()).await?
    {
        return Ok(None);
    }

    // The link is minted now, so no token ever sits in the outbox.
    let link = match d.link_purpose {
        Some(purpose) => {
            let subject = LinkSubject::from_stored(purpose, d.subject_id.as_deref());
            let ttl =
                d.not_after.map(|t| t.duration_since(now).as_secs()).unwrap_or_else(|| purpose.default_ttl_seconds());
            Some(state.links.issue(&clinic, &patient, subject, ttl, now).await?)
        }
        None => None,
    };
    let url = link.as_ref().map(|l| l.url.as_str()).unwrap_or("");
    let msg = render::render_delivery(&clinic, &patient, &d, appointment.as_ref(), url);
    let who = Recipient { clinic: &clinic, patient: &patient };
    let result = match d.channel {
        Channel::Sms => {
            let Some(to) = patient.phone.as_ref() else { anyhow::bail!("can_receive() checked the phone") };
            let callback = state.config.public_link(&format!("/webhooks/twilio/status?delivery={}", d.id));
            let validity =
                d.not_after.map(|t| u32::try_from(t.duration_since(now).as_secs().clamp(1, 36_000)).unwrap_or(36_000));
            state.notifier.send_sms(to, &msg.sms, Some(&callback), validity, who, now).await
        }
        Channel::Email => {
            let Some(to) = patient.email.as_ref() else { anyhow::bail!("can_receive() checked the email") };
            state.notifier.send_email(to, &msg.email(), who, now).await
        }
    };
    match result {
        Ok(accepted) => {
            let status =
                if state.notifier.reports_status(d.channel) { DeliveryStatus::Queued } else { DeliveryStatus::Sent };
            store
                .finish_delivery(
                    &d.id,
                    &DeliveryOutcome {
                        status,
                        due_at: None,
                        provider_id: accepted.provider_id,
                        error_code: None,
                        segments: accepted.segments.map(i64::from),
                        at: now,
                        refund_attempt: false,
                    },
                )
                .await?;
            state.metrics.event("messages_sent", d.channel.as_str());
            Ok(link)
        }
        Err(e) if e.is_transient() && d.attempts < MAX_ATTEMPTS => {
            let slow = matches!(e, SendError::Transient { backoff: true, .. });
            let retry_at = now + backoff(d.attempts, slow, unit_random());
            tracing::info!(code = e.code(), attempt = d.attempts, retry_at = %retry_at, "will retry");
            let mut o = outcome(DeliveryStatus::Pending, now);
            o.due_at = Some(retry_at);
            o.error_code = Some(e.code().to_string());
            store.finish_delivery(&d.id, &o).await?;
            state.metrics.event("delivery_retries", d.channel.as_str());
            Ok(None)
        }
        Err(e) => {
            let status = if e.is_transient() { DeliveryStatus::Dead } else { DeliveryStatus::Failed };
            tracing::warn!(code = e.code(), status = status.as_str(), "delivery failed for good");
            let mut o = outcome(status, now);
            o.error_code = Some(e.code().to_string());
            store.finish_delivery(&d.id, &o).await?;
            state.metrics.event("delivery_failures", e.code());
            let flag = match e {
                SendError::OptedOut { .. } => Some("opted_out"),
                SendError::BadAddress { .. } => Some("invalid"),
                _ => None,
            };
            if let Some(flag) = flag {
                store.set_contact_status(&patient.id, d.channel.as_str(), flag, now).await?;
                store
                    .record_audit(
                        &AuditEvent::new(now, Some(&clinic.id), "system", "contact.flagged")
                            .subject(patient.id.as_str())
                            .detail(format!("{} {} ({})", d.channel.as_str(), flag, e.code())),
                    )
                    .await?;
                let mut refreshed = patient.clone();
                match d.channel {
                    Channel::Sms => refreshed.phone_status = Some(flag.into()),
                    Channel::Email => refreshed.email_status = Some(flag.into()),
                }
                fall_back(state, &d, &refreshed, now).await?;
            }
            Ok(None)
        }
    }
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
#[path = "dispatch_tests.rs"]
mod tests;
