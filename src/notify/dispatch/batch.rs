//! A dispatch step, a batch at a time, and the worker loop that overlaps them.
//!
//! A step claims up to `BATCH` due deliveries together with what deciding on each reads
//! (`DispatchStore::claim_for_dispatch`). Each delivery that is its patient's only one in the
//! batch, on its first try, alone (no household, not a caregiver's copy, not a message alert,
//! which reads its thread) is decided right there from what the claim read. Its link is made
//! then, and the batch's links are stored together before any of them is sent. Its success,
//! and any drop or deferral decided there, is recorded with the batch's other outcomes in one
//! call when the step's sends are done. Every other delivery goes through `deliver` as before,
//! reading and recording for itself: retries, households, copies, fallbacks and failures are
//! each rare, and each keeps the one path that handles it.
//!
//! On PostgreSQL that is three round trips for a batch of 32 plain reminders (claim, links,
//! outcomes), where `deliver` makes about nine for each.
//!
//! The loop does not wait for a step's sends before it claims again: once a step has claimed,
//! the next claim starts, with at most `IN_FLIGHT` steps sending at once. No patient's
//! deliveries are in two steps at once: a claim skips patients with a delivery in flight.

use super::{BATCH, Decision, Dispatcher, IDLE_POLL, decide, deferred, dropped, due_signal, failpoint, link_ttl};
use crate::domain::{DeliveryPurpose, PatientId};
use crate::links::{IssuedLink, LinkSubject};
use crate::store::{Claimed, Delivery, DeliveryOutcome, Finish};
use jiff::Timestamp;
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::watch;

/// How many steps may be sending at once in one process.
const IN_FLIGHT: usize = 2;

/// The outcomes a step records together at its end: each with its channel, and whether it
/// was a send (for the metrics once it is recorded).
#[derive(Default)]
pub(super) struct Outcomes(Mutex<Vec<(Finish, crate::domain::Channel, bool)>>);

impl Outcomes {
    pub(super) fn push(&self, d: &Delivery, outcome: DeliveryOutcome, sent: bool) {
        let finish = Finish { id: d.id.clone(), claim: d.claim, outcome };
        // A poisoned lock only means another send panicked mid-push: the list is fine.
        self.0.lock().unwrap_or_else(|p| p.into_inner()).push((finish, d.channel, sent));
    }

    fn take(&self) -> Vec<(Finish, crate::domain::Channel, bool)> {
        std::mem::take(&mut *self.0.lock().unwrap_or_else(|p| p.into_inner()))
    }
}

/// What a step decided for a delivery from what its claim read.
enum Plan {
    /// Settled without a send (dropped, deferred): recorded with the batch.
    Settle(DeliveryOutcome),
    /// Sent now, carrying this link (stored with the batch's).
    Send(Option<IssuedLink>),
}

impl Dispatcher {
    /// Claim and handle up to `limit` due deliveries. Returns how many were claimed.
    pub async fn dispatch_due(&self, limit: i64) -> anyhow::Result<usize> {
        let now = self.clock.now();
        let batch = self.claim(limit, now).await?;
        let n = batch.len();
        self.handle(batch, now).await?;
        Ok(n)
    }

    async fn claim(&self, limit: i64, now: Timestamp) -> anyhow::Result<Vec<Claimed>> {
        Ok(self.store.claim_for_dispatch(now, now + self.config.dispatch_lease, limit).await?)
    }

    /// Handle a claimed batch: decide, store its links, send, record (see the module's comment).
    async fn handle(&self, batch: Vec<Claimed>, now: Timestamp) -> anyhow::Result<()> {
        if batch.is_empty() {
            return Ok(());
        }
        let mut by_patient: BTreeMap<PatientId, Vec<Claimed>> = BTreeMap::new();
        for c in batch {
            by_patient.entry(c.delivery.patient_id.clone()).or_default().push(c);
        }
        let outcomes = Arc::new(Outcomes::default());
        let mut planned = vec![];
        let mut one_by_one = vec![];
        for (_, mut group) in by_patient {
            match (group.len(), group.pop()) {
                (1, Some(c)) => match self.plan(&c, now) {
                    Some(Plan::Settle(o)) => outcomes.push(&c.delivery, o, false),
                    Some(Plan::Send(link)) => planned.push((c, link)),
                    None => one_by_one.push(vec![c.delivery]),
                },
                (_, last) => one_by_one.push(group.into_iter().chain(last).map(|c| c.delivery).collect()),
            }
        }
        let links: Vec<_> = planned.iter().filter_map(|(_, l)| l.as_ref().map(|l| l.link.clone())).collect();
        // On failure nothing is sent: the claims' leases run out and the next step takes them.
        self.store.insert_links(&links).await?;
        let mut tasks = tokio::task::JoinSet::new();
        for (c, link) in planned {
            let (this, outcomes) = (self.clone(), outcomes.clone());
            tasks.spawn(async move { this.send_planned(c, link, &outcomes, now).await });
        }
        // One patient's deliveries go one after another (caps count what was just sent);
        // different patients' go in parallel.
        for group in one_by_one {
            let this = self.clone();
            tasks.spawn(async move {
                for d in group {
                    let id = d.id.clone();
                    if let Err(e) = this.deliver(d).await {
                        // The lease runs out and another step takes it again.
                        tracing::error!(delivery = %id, error = ?e, "delivery failed unexpectedly");
                    }
                }
            });
        }
        while tasks.join_next().await.is_some() {}
        self.record(&outcomes.take()).await
    }

    /// Decide on a claimed delivery from what its claim read, when it may be handled as part
    /// of the batch (see the module's comment); `None` sends it through `deliver`.
    fn plan(&self, c: &Claimed, now: Timestamp) -> Option<Plan> {
        let d = &c.delivery;
        if d.grant_id.is_some() || c.household || d.purpose == DeliveryPurpose::MessageAlert || d.attempts != 1 {
            return None;
        }
        let (clinic, patient) = (c.clinic.as_ref()?, c.patient.as_ref()?);
        let sent_today = match decide::local_day(patient, now) {
            Some((from, until)) if d.purpose == DeliveryPurpose::Reminder && !d.urgent => {
                c.recent_sends.iter().filter(|t| (from..until).contains(*t)).count() as i64
            }
            _ => 0,
        };
        let facts = decide::Facts {
            delivery: d,
            clinic: Some(clinic),
            patient: Some(patient),
            appointment: c.appointment.as_ref(),
            sent_today,
            read_at: None,
            now,
        };
        match decide::decide(&facts) {
            Decision::Drop { reason } => Some(Plan::Settle(dropped(reason, now))),
            Decision::Defer { reason, until } => Some(Plan::Settle(deferred(reason, until, now))),
            Decision::Send { reconcile_first: false } => {
                let link = match d.link_purpose {
                    Some(purpose) => {
                        let subject = LinkSubject::from_stored(purpose, d.subject_id.as_deref());
                        let ttl = link_ttl(purpose, d.not_after, now);
                        // A key ring without a current key: `deliver` says so, for this one.
                        Some(self.links.prepare_for_delivery(&d.id, clinic, patient, subject, ttl, now).ok()?)
                    }
                    None => None,
                };
                Some(Plan::Send(link))
            }
            Decision::Send { reconcile_first: true } | Decision::NextChannel { .. } => None,
        }
    }

    /// Send a delivery the batch planned, its success kept in `outcomes`.
    #[tracing::instrument(skip_all, fields(delivery = %c.delivery.id, purpose = c.delivery.purpose.as_str(), channel = c.delivery.channel.as_str()))]
    async fn send_planned(&self, c: Claimed, link: Option<IssuedLink>, outcomes: &Outcomes, now: Timestamp) {
        let (Some(clinic), Some(patient)) = (&c.clinic, &c.patient) else { return };
        let d = &c.delivery;
        let sent = self.send(d, clinic, patient, c.appointment.as_ref(), &[], Some((link, outcomes)), now).await;
        if let Err(e) = sent {
            // The lease runs out and another step takes it again.
            tracing::error!(error = ?e, "delivery failed unexpectedly");
        }
    }

    /// Record a step's outcomes together, each under its claim.
    async fn record(&self, done: &[(Finish, crate::domain::Channel, bool)]) -> anyhow::Result<()> {
        if done.is_empty() {
            return Ok(());
        }
        let finishes: Vec<Finish> = done.iter().map(|(f, _, _)| f.clone()).collect();
        let kept = self.store.finish_deliveries(&finishes).await?;
        failpoint::hit("after-record");
        for ((f, channel, sent), kept) in done.iter().zip(kept) {
            if !kept {
                self.claim_lost(&f.id, f.claim, &f.outcome, *channel);
            } else if *sent {
                self.metrics.event("messages_sent", channel.as_str());
            }
        }
        Ok(())
    }

    /// The worker loop: a step whenever there may be work; returns when `stop` turns true (the
    /// steps in progress finish first). Once a step has claimed something, the next claim
    /// starts beside it (at most `IN_FLIGHT` steps at once). On PostgreSQL an idle worker
    /// waits for `NOTIFY portico_due` (a delivery written as pending by any process) or for
    /// the next due time, at most `IDLE_AT_MOST`; on SQLite, where every write is this
    /// process's own and wakes it in memory, it looks again every `IDLE_POLL`.
    pub async fn run(self, mut stop: watch::Receiver<bool>) {
        let mut last_sweep = self.clock.now();
        let mut due = match self.store.backend() {
            "postgres" => self.store.live_signals().await.ok(),
            _ => None,
        };
        let mut steps = tokio::task::JoinSet::new();
        while !*stop.borrow() {
            let now = self.clock.now();
            if now.duration_since(last_sweep) > jiff::SignedDuration::from_secs(30) {
                last_sweep = now;
                if let Err(e) = self.follow_up_unconfirmed().await {
                    tracing::error!(error = ?e, "following up unconfirmed deliveries failed");
                }
            }
            if steps.len() >= IN_FLIGHT {
                log_step(steps.join_next().await);
                continue;
            }
            let now = self.clock.now();
            let pause = match self.claim(BATCH, now).await {
                Ok(batch) if !batch.is_empty() => {
                    let this = self.clone();
                    steps.spawn(async move { this.handle(batch, now).await });
                    continue;
                }
                // Nothing more is due yet; the step still sending may free a patient's next.
                Ok(_) if !steps.is_empty() => {
                    log_step(steps.join_next().await);
                    continue;
                }
                Ok(_) if due.is_some() => self.until_next_claimable().await,
                Ok(_) => IDLE_POLL,
                Err(e) => {
                    tracing::error!(error = ?e, "claiming due deliveries failed");
                    Duration::from_secs(1)
                }
            };
            tokio::select! {
                _ = self.wake.notified() => {},
                _ = due_signal(&mut due) => {},
                _ = tokio::time::sleep(pause) => {},
                _ = stop.changed() => {},
            }
        }
        while let Some(done) = steps.join_next().await {
            log_step(Some(done));
        }
    }
}

fn log_step(done: Option<Result<anyhow::Result<()>, tokio::task::JoinError>>) {
    match done {
        Some(Ok(Err(e))) => tracing::error!(error = ?e, "dispatch step failed"),
        Some(Err(e)) => tracing::error!(error = ?e, "dispatch step panicked"),
        Some(Ok(Ok(()))) | None => {}
    }
}
