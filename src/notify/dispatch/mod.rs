//! The dispatch worker. `Dispatcher::dispatch_due` is one step — claim what is due, decide,
//! send, record — and is what tests call to drain the queue; `run` is the thin loop around it.
//!
//! Policy lives here (`decide.rs`, pure), not in the channels: a message that can no longer
//! help is dropped, an opted-out or broken contact point is skipped for the patient's next
//! channel, transient failures retry with capped exponential backoff and full jitter for as
//! long as the message can help and then go to the next channel, permanent ones never retry.
//! `deliver` is load → decide → act.
//!
//! Each claim carries a fencing token (`Delivery::claim`): the outcome is recorded only under
//! the claim it was claimed with, and the lease is kept alive while a provider call is in
//! flight. A dispatcher that lost its claim anyway records nothing and sends nothing more.

mod batch;
mod copies;
pub mod decide;
pub mod failpoint;
mod fallback;
mod household;
mod reconcile;

pub use decide::{Decision, Failure, RETRY_WITHOUT_DEADLINE, backoff, next_channel};
pub use household::SAME_HOUR;

use crate::clock::Clock;
use crate::config::Config;
use crate::domain::{Channel, DeliveryPurpose, DeliveryStatus};
use crate::links::{IssuedLink, LinkSubject, Links};
use crate::notify::{Notifier, Recipient, SendError, render};
use crate::store::{AuditEvent, Delivery, DeliveryOutcome, DynStore, Patient};
use crate::telemetry::Metrics;
use jiff::Timestamp;
use ring::rand::{SecureRandom, SystemRandom};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;

/// How often an idle worker on SQLite looks for due deliveries.
const IDLE_POLL: Duration = Duration::from_millis(500);
/// The longest an idle worker on PostgreSQL waits without a notification (a lost one, a lease
/// that ran out, a clock that moved).
const IDLE_AT_MOST: Duration = Duration::from_secs(10);

/// Resolves when PostgreSQL says a delivery was written as pending, or that notifications may
/// have been missed; never without a listener (SQLite).
async fn due_signal(signals: &mut Option<tokio::sync::broadcast::Receiver<crate::store::LiveSignal>>) {
    use crate::store::LiveSignal;
    use tokio::sync::broadcast::error::RecvError;
    let Some(rx) = signals else { return std::future::pending().await };
    loop {
        match rx.recv().await {
            Ok(LiveSignal::Due | LiveSignal::Lost) | Err(RecvError::Lagged(_)) => return,
            Ok(LiveSignal::Events | LiveSignal::Typing(_)) => {}
            Err(RecvError::Closed) => {
                *signals = None;
                return;
            }
        }
    }
}

/// How many deliveries one step claims.
pub const BATCH: i64 = 32;

/// Everything the worker needs, and nothing of the web side. Cheap to clone (one reference
/// count): each patient's deliveries run on a task of their own.
#[derive(Clone)]
pub struct Dispatcher(Arc<Parts>);

pub struct Parts {
    store: DynStore,
    links: Links,
    notifier: Arc<Notifier>,
    clock: Arc<dyn Clock>,
    metrics: Arc<Metrics>,
    config: Arc<Config>,
    wake: Notify,
}

impl std::ops::Deref for Dispatcher {
    type Target = Parts;

    fn deref(&self) -> &Parts {
        &self.0
    }
}

impl Dispatcher {
    pub fn new(
        store: DynStore,
        links: Links,
        notifier: Arc<Notifier>,
        clock: Arc<dyn Clock>,
        metrics: Arc<Metrics>,
        config: Arc<Config>,
    ) -> Self {
        Dispatcher(Arc::new(Parts { store, links, notifier, clock, metrics, config, wake: Notify::new() }))
    }

    /// Tell the worker that deliveries may be due now, so it need not wait for its next poll.
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    /// Queue deliveries and wake the worker.
    pub async fn enqueue(&self, deliveries: &[Delivery]) -> anyhow::Result<()> {
        self.store.insert_deliveries(deliveries).await?;
        self.wake();
        Ok(())
    }

    /// Follow up SMS that the carrier accepted but never confirmed within the window: send
    /// the same message on the patient's next channel. Returns how many were followed up.
    pub async fn follow_up_unconfirmed(&self) -> anyhow::Result<usize> {
        let now = self.clock.now();
        let stale = self.store.take_unconfirmed(now - self.config.confirm_window, BATCH).await?;
        for d in &stale {
            if let Some(patient) = self.store.patient(&d.clinic_id, &d.patient_id).await? {
                tracing::info!(delivery = %d.id, "no delivery confirmation in time: trying the next channel");
                self.fall_back(d, &patient, now).await?;
            }
        }
        Ok(stale.len())
    }

    /// Drain everything due now (tests and the demo).
    pub async fn drain(&self) -> anyhow::Result<usize> {
        let mut total = 0;
        loop {
            let n = self.dispatch_due(BATCH).await?;
            if n == 0 {
                return Ok(total);
            }
            total += n;
        }
    }

    /// How long an idle worker may wait: until the next delivery becomes claimable, at most
    /// `IDLE_AT_MOST` (and at least a moment, so a due time just passed is not spun on).
    async fn until_next_claimable(&self) -> Duration {
        match self.store.next_claimable().await {
            Ok(Some(at)) => {
                // A time already passed (a lease that ends this very millisecond) waits the least.
                let wait = Duration::try_from(at.duration_since(self.clock.now())).unwrap_or_default();
                wait.clamp(Duration::from_millis(20), IDLE_AT_MOST)
            }
            Ok(None) => IDLE_AT_MOST,
            Err(e) => {
                tracing::error!(error = ?e, "reading the next due time failed");
                Duration::from_secs(1)
            }
        }
    }

    /// A status report said the handset could not be reached for now (Twilio 30003) after
    /// the provider took the message: queue it again with backoff while it can still help.
    /// False when its time is up (the caller falls back to the next channel).
    pub async fn retry_after_report(&self, d: &Delivery, code: &str, now: Timestamp) -> anyhow::Result<bool> {
        let e = SendError::Transient { code: code.to_string(), backoff: false };
        match decide::on_failure(&e, d.attempts, decide::retry_until(d), now, unit_random()) {
            Failure::Retry { at } => {
                tracing::info!(delivery = %d.id, code, retry_at = %at, "handset unreachable: will retry");
                self.metrics.event("delivery_retries", d.channel.as_str());
                Ok(self.store.requeue_delivery(&d.id, at, code, now).await?)
            }
            Failure::Dead | Failure::Failed { .. } => Ok(false),
        }
    }

    /// Record an outcome under the delivery's claim; false (and a log line) when the claim
    /// was lost: a status report settled it first, or the lease ran out and a later claim
    /// owns it now. Either way this dispatcher must do nothing more with it.
    async fn finish(&self, d: &Delivery, o: &DeliveryOutcome) -> anyhow::Result<bool> {
        let kept = self.store.finish_delivery(&d.id, d.claim, o).await?;
        if !kept {
            self.claim_lost(&d.id, d.claim, o, d.channel);
        }
        Ok(kept)
    }

    /// Say that an outcome was not recorded because the claim was no longer this dispatcher's.
    fn claim_lost(&self, id: &crate::domain::DeliveryId, claim: i64, o: &DeliveryOutcome, channel: Channel) {
        tracing::warn!(delivery = %id, claim, status = o.status.as_str(), "claim lost: nothing recorded");
        self.metrics.event("claims_lost", channel.as_str());
    }

    /// Make sure the lease still has at least two thirds of its length left before a provider
    /// call: preparing a message (reads, a link, a busy machine) may have eaten into it, and a
    /// call started on a lapsing lease could be taken over and sent twice. False when the lease
    /// is already lost: then this dispatcher must not call the provider at all. Costs an UPDATE
    /// only when a third of the lease has gone since the claim.
    async fn hold_lease(&self, d: &Delivery) -> anyhow::Result<bool> {
        let lease = self.config.dispatch_lease;
        let now = self.clock.now();
        if d.lease_until.is_some_and(|until| until.duration_since(now) >= lease * 2 / 3) {
            return Ok(true);
        }
        let kept = self.store.extend_lease(&d.id, d.claim, now + lease).await?;
        if !kept {
            tracing::warn!(delivery = %d.id, claim = d.claim, "lease lost before the provider call: not sending");
            self.metrics.event("claims_lost", d.channel.as_str());
        }
        Ok(kept)
    }

    /// Await a provider call while keeping the delivery's lease alive: one UPDATE per third of
    /// a lease, only for a call still in flight then (a fast provider costs nothing).
    async fn with_lease<T>(&self, d: &Delivery, call: impl std::future::Future<Output = T>) -> T {
        let lease = self.config.dispatch_lease;
        let period = Duration::try_from(lease / 3).unwrap_or(Duration::from_secs(1)).max(Duration::from_millis(100));
        tokio::pin!(call);
        let crash = failpoint::during_call();
        tokio::pin!(crash);
        loop {
            tokio::select! {
                out = &mut call => return out,
                () = &mut crash => {}
                _ = tokio::time::sleep(period) => {
                    let until = self.clock.now() + lease;
                    match self.store.extend_lease(&d.id, d.claim, until).await {
                        Ok(true) => {}
                        Ok(false) => tracing::warn!(delivery = %d.id, "lease lost while the provider call is in flight"),
                        Err(e) => tracing::warn!(delivery = %d.id, error = %e, "could not extend the lease"),
                    }
                }
            }
        }
    }

    /// Handle one claimed delivery. Returns the link it sent, if it sent one.
    #[tracing::instrument(skip_all, fields(delivery = %d.id, purpose = d.purpose.as_str(), channel = d.channel.as_str()))]
    pub async fn deliver(&self, d: Delivery) -> anyhow::Result<Option<IssuedLink>> {
        let now = self.clock.now();
        let store = &self.store;
        let clinic = store.clinic(&d.clinic_id).await?;
        let patient = store.patient(&d.clinic_id, &d.patient_id).await?;
        let appointment = match &d.appointment_id {
            Some(id) => store.appointment(&d.clinic_id, id).await?,
            None => None,
        };
        // A caregiver's copy goes to its own recipient, if the grant still sends it at all.
        let copy_to = match (&d.grant_id, &clinic, &patient) {
            (Some(_), Some(c), Some(p)) => match self.copy_recipient(&d, c, p, now).await? {
                Ok(to) => Some(to),
                Err(reason) => {
                    tracing::info!(reason, "caregiver's copy dropped");
                    let mut o = outcome(DeliveryStatus::Dropped, now);
                    o.error_code = Some(reason.into());
                    self.finish(&d, &o).await?;
                    return Ok(None);
                }
            },
            _ => None,
        };
        let patient = copy_to.or(patient);
        // A patient's reminders count towards their daily cap; a caregiver's copies towards a
        // cap of their own (per grant, over the caregiver's local day), never the patient's.
        let counts_towards_cap = d.purpose == DeliveryPurpose::Reminder && !d.urgent;
        let sent_today = match (&patient, counts_towards_cap) {
            (Some(p), true) => match (decide::local_day(p, now), &d.grant_id) {
                (Some((from, until)), None) => {
                    store.count_sent(&p.id, DeliveryPurpose::Reminder, d.channel, from, until).await?
                }
                (Some((from, until)), Some(grant)) => store.count_sent_copies(grant, from, until).await?,
                (None, _) => 0,
            },
            _ => 0,
        };
        let read_at = match (&d.purpose, &d.subject_id) {
            (DeliveryPurpose::MessageAlert, Some(thread)) => match crate::domain::ThreadId::parse(thread) {
                Ok(thread) => store.thread_read_at(&d.clinic_id, &thread).await?,
                Err(_) => None,
            },
            _ => None,
        };
        let facts = decide::Facts {
            delivery: &d,
            clinic: clinic.as_ref(),
            patient: patient.as_ref(),
            appointment: appointment.as_ref(),
            sent_today,
            read_at,
            now,
        };
        let decision = decide::decide(&facts);
        let (Some(clinic), Some(patient)) = (&clinic, &patient) else {
            self.finish(&d, &outcome(DeliveryStatus::Dropped, now)).await?;
            return Ok(None);
        };
        match decision {
            Decision::Drop { reason } => {
                self.finish(&d, &dropped(reason, now)).await?;
                Ok(None)
            }
            Decision::NextChannel { reason } => {
                tracing::info!(reason, "dropped before any provider call");
                let mut o = outcome(DeliveryStatus::Dropped, now);
                o.error_code = Some(reason.into());
                if self.finish(&d, &o).await? {
                    self.fall_back(&d, patient, now).await?;
                }
                Ok(None)
            }
            Decision::Defer { reason, until } => self.defer(&d, reason, until, now).await,
            Decision::Send { reconcile_first } => {
                // The last try may have reached Twilio though Portico never heard so: ask first.
                if reconcile_first && self.reconcile(&d, clinic, patient, appointment.as_ref()).await? {
                    return Ok(None);
                }
                let members = match self.household(&d, clinic, patient, appointment.as_ref(), now).await? {
                    household::Household::Alone => vec![],
                    household::Household::Wait { until, reason } => return self.defer(&d, reason, until, now).await,
                    household::Household::With(members) => members,
                };
                self.send(&d, clinic, patient, appointment.as_ref(), &members, None, now).await
            }
        }
    }

    /// Hold a claimed delivery until `until` (quiet hours, a daily cap); the claim was no try.
    async fn defer(
        &self,
        d: &Delivery,
        reason: &'static str,
        until: Timestamp,
        now: Timestamp,
    ) -> anyhow::Result<Option<IssuedLink>> {
        self.finish(d, &deferred(reason, until, now)).await?;
        Ok(None)
    }

    /// Send `d`, carrying the household `members` (claimed) when there are any. With `batch`,
    /// `d` goes alone on its first try, carrying the link the batch stored for it, and its
    /// success is recorded with the batch's outcomes (`batch.rs`); its failures, as always.
    #[allow(clippy::too_many_arguments)]
    async fn send(
        &self,
        d: &Delivery,
        clinic: &crate::store::Clinic,
        patient: &Patient,
        appointment: Option<&crate::store::Appointment>,
        members: &[household::Member],
        batch: Option<(Option<IssuedLink>, &batch::Outcomes)>,
        now: Timestamp,
    ) -> anyhow::Result<Option<IssuedLink>> {
        let (stored, outcomes) = match batch {
            Some((link, outcomes)) => (Some(link), Some(outcomes)),
            None => (None, None),
        };
        // The visits a household SMS names, soonest first, each once (two reminders of one
        // visit may fall due within the hour: both are carried, the visit is named once).
        let mut visits: Vec<(&crate::store::Appointment, &Patient)> = appointment
            .map(|a| (a, patient))
            .into_iter()
            .chain(members.iter().map(|m| (&m.appointment, &m.patient)))
            .collect();
        visits.sort_by(|(a, _), (b, _)| (a.starts_at, a.id.as_str()).cmp(&(b.starts_at, b.id.as_str())));
        visits.dedup_by(|(a, _), (b, _)| a.id == b.id);
        let household = visits.len() > 1;
        // The link is minted now, so no token ever sits in the outbox; a retry sends the same
        // link again (rebuilt from the delivery's id), never one that supersedes it.
        // A caregiver's copy never carries a patient's token.
        let link = match (stored, d.link_purpose.filter(|_| d.grant_id.is_none())) {
            (Some(stored), _) => stored,
            (None, Some(purpose)) => {
                let (subject, not_after) = if !household {
                    (LinkSubject::from_stored(purpose, d.subject_id.as_deref()), d.not_after)
                } else {
                    let ids = visits.iter().map(|(a, _)| a.id.clone()).collect();
                    (LinkSubject::Household(ids), visits.last().map(|(a, _)| a.starts_at))
                };
                let ttl = link_ttl(purpose, not_after, now);
                let retry = d.attempts > 1;
                Some(self.links.issue_for_delivery(&d.id, retry, clinic, patient, subject, ttl, now).await?)
            }
            (None, None) => None,
        };
        // A caregiver's copy carries its own one-tap link, under its grant.
        let copy_url = match &d.grant_id {
            Some(grant) => {
                let ttl = d.not_after.map(|t| t.duration_since(now).as_secs()).unwrap_or(7 * 24 * 3600);
                let visit = appointment.map(|a| &a.id);
                Some(self.links.issue_for_copy(&d.id, grant, visit, ttl, now).await?)
            }
            None => None,
        };
        let url = link.as_ref().map(|l| l.url.as_str()).or(copy_url.as_deref()).unwrap_or("");
        let (code, at) = (link.as_ref().and_then(|l| l.code.as_ref()).map(|c| c.display()), self.links.code_url());
        let hint = code.as_deref().map(|code| render::CodeHint { code, at: &at });
        let mut msg = if d.grant_id.is_some() {
            render::render_copy(clinic, patient, d, appointment, url)
        } else {
            render::render_delivery(clinic, patient, d, appointment, url, hint.as_ref())
        };
        if household {
            msg.sms = render::render_household(clinic, patient, &visits, url);
        }
        let carried: Vec<Delivery> = members.iter().map(|m| m.delivery.clone()).collect();
        let who = Recipient { clinic, patient };
        if !self.hold_lease(d).await? {
            return Ok(None);
        }
        let result = match d.channel {
            Channel::Sms => {
                let Some(to) = patient.phone.as_ref() else { anyhow::bail!("can_receive() checked the phone") };
                let callback = self.config.public_link(&format!("/webhooks/twilio/status?delivery={}", d.id));
                let validity = d
                    .not_after
                    .map(|t| u32::try_from(t.duration_since(now).as_secs().clamp(1, 36_000)).unwrap_or(36_000));
                failpoint::hit("before-provider");
                self.with_lease(d, self.notifier.send_sms(to, &msg.sms, Some(&callback), validity, who, now)).await
            }
            Channel::Email => {
                let Some(to) = patient.email.as_ref() else { anyhow::bail!("can_receive() checked the email") };
                // Reminders and alerts say how to stop them in one click; codes and notices do not.
                // (A caregiver's copy stops by STOP, or by the patient; it carries no patient's token.)
                let unsubscribe = (matches!(d.purpose, DeliveryPurpose::Reminder | DeliveryPurpose::MessageAlert)
                    && d.grant_id.is_none())
                .then(|| crate::links::unsubscribe_token(&self.links.keys.ring(), &clinic.id, &patient.id, to))
                .flatten()
                .map(|token| self.config.public_link(&format!("/u/{token}")));
                let content = crate::notify::EmailContent { unsubscribe: unsubscribe.as_deref(), ..msg.email() };
                failpoint::hit("before-provider");
                self.with_lease(d, self.notifier.send_email(to, &content, who, now)).await
            }
        };
        if !carried.is_empty() {
            // The others went in this SMS, or go back to wait for their own turn.
            self.store.finish_in_digest(&carried, &d.id, result.is_ok(), now).await?;
            if result.is_ok() {
                self.metrics.event("household_reminders", "sms");
            }
        }
        let e = match result {
            Ok(accepted) => {
                let status =
                    if self.notifier.reports_status(d.channel) { DeliveryStatus::Queued } else { DeliveryStatus::Sent };
                let o = DeliveryOutcome {
                    status,
                    due_at: None,
                    provider_id: accepted.provider_id,
                    error_code: None,
                    segments: accepted.segments.map(i64::from),
                    at: now,
                    refund_attempt: false,
                };
                failpoint::hit("after-provider");
                if let Some(outcomes) = outcomes {
                    outcomes.push(d, o, true);
                    return Ok(link);
                }
                if !self.finish(d, &o).await? {
                    return Ok(None);
                }
                failpoint::hit("after-record");
                self.metrics.event("messages_sent", d.channel.as_str());
                return Ok(link);
            }
            Err(e) => e,
        };
        let (status, flag) = match decide::on_failure(&e, d.attempts, decide::retry_until(d), now, unit_random()) {
            Failure::Retry { at } => {
                tracing::info!(code = e.code(), attempt = d.attempts, retry_at = %at, "will retry");
                let mut o = outcome(DeliveryStatus::Pending, now);
                o.due_at = Some(at);
                o.error_code = Some(e.code().to_string());
                if self.finish(d, &o).await? {
                    self.metrics.event("delivery_retries", d.channel.as_str());
                }
                return Ok(None);
            }
            Failure::Dead => (DeliveryStatus::Dead, None),
            Failure::Failed { flag } => (DeliveryStatus::Failed, flag),
        };
        tracing::warn!(
            code = e.code(),
            status = status.as_str(),
            attempts = d.attempts,
            "delivery failed on this channel"
        );
        let mut o = outcome(status, now);
        o.error_code = Some(e.code().to_string());
        if !self.finish(d, &o).await? {
            return Ok(None);
        }
        self.metrics.event("delivery_failures", e.code());
        match flag {
            Some(flag) => self.flag_contact(d, clinic, patient, flag, e.code(), now).await?,
            None if status == DeliveryStatus::Dead => {
                // Given up here: the clinic sees it in the delivery log (status and code) and
                // in the audit trail, and the patient's next channel gets the message.
                let event = AuditEvent::new(now, Some(&clinic.id), crate::domain::Actor::System, "delivery.failed")
                    .subject(d.id.as_str())
                    .detail(format!(
                        "{} {} ({}) after {} tries",
                        d.channel.as_str(),
                        status.as_str(),
                        e.code(),
                        d.attempts
                    ));
                self.store.record_audit(&event).await?;
                self.fall_back(d, patient, now).await?;
            }
            None => {}
        }
        Ok(None)
    }
}

/// What a delivery that can no longer help records (and says so in the log).
fn dropped(reason: Option<&'static str>, now: Timestamp) -> DeliveryOutcome {
    tracing::info!(reason, "dropped: it can no longer help");
    let mut o = outcome(DeliveryStatus::Dropped, now);
    o.error_code = reason.map(str::to_string);
    // A deferral that came too late counted no attempt.
    o.refund_attempt = matches!(reason, Some("quiet-hours" | "daily-cap"));
    o
}

/// What a delivery held until `until` records (quiet hours, a daily cap): the claim was no try.
fn deferred(reason: &'static str, until: Timestamp, now: Timestamp) -> DeliveryOutcome {
    tracing::info!(reason, resume = %until, "deferred");
    let mut o = outcome(DeliveryStatus::Pending, now);
    o.refund_attempt = true;
    o.error_code = Some(reason.into());
    o.due_at = Some(until);
    o
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

/// How long a delivery's link lives: until the delivery's own end, or its purpose's default.
fn link_ttl(purpose: crate::domain::Purpose, not_after: Option<Timestamp>, now: Timestamp) -> i64 {
    not_after.map(|t| t.duration_since(now).as_secs()).unwrap_or_else(|| purpose.default_ttl_seconds())
}

fn unit_random() -> f64 {
    let mut b = [0u8; 4];
    match SystemRandom::new().fill(&mut b) {
        Ok(()) => f64::from(u32::from_be_bytes(b)) / f64::from(u32::MAX),
        Err(_) => 0.5,
    }
}
