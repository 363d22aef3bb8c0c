//! Household reminders. When several patients of a clinic share a phone (a parent and two
//! children; an older couple) and their SMS reminders fall due within the same hour, one SMS
//! carries them all: "2 visits: Thu 11:30 and Thu 12:00. Open: link". Its link opens a page
//! that lists the visits by time only; each opens after its own patient's date of birth, so
//! nothing of one patient reaches another's page.
//!
//! Only patients with a date of birth on record join (it is how each visit is opened), never
//! in a clinic that turned the date of birth off as a proof (`BirthDateStepUp::Off`), only
//! on a reminder's first try, and only when every member may be sent to now: one member's
//! quiet hours or daily cap hold the whole SMS until the latest of their times (the
//! strictest wins); a member that may not be sent at all goes on its own.

use super::{Decision, Dispatcher, decide};
use crate::domain::{Channel, DeliveryPurpose};
use crate::store::{Appointment, Clinic, Delivery, Patient};
use jiff::{SignedDuration, Timestamp};

pub use crate::domain::SAME_HOUR;
/// How long the soonest of several reminders claimed together waits for the others to step back.
const STEP_BACK: SignedDuration = SignedDuration::from_secs(2);
/// The most visits one household SMS names.
const MAX_MEMBERS: i64 = 4;

/// One other patient's reminder carried by a household SMS.
pub struct Member {
    pub delivery: Delivery,
    pub patient: Patient,
    pub appointment: Appointment,
}

/// What a reminder's household means for it.
pub enum Household {
    /// It goes alone.
    Alone,
    /// It waits with the others until `until`, the latest time they may all be sent.
    Wait { until: Timestamp, reason: &'static str },
    /// It goes now, carrying these (claimed).
    With(Vec<Member>),
}

impl Dispatcher {
    /// Whether the claimed reminder `d` for `patient` carries others, and which.
    pub(super) async fn household(
        &self,
        d: &Delivery,
        clinic: &Clinic,
        patient: &Patient,
        appointment: Option<&Appointment>,
        now: Timestamp,
    ) -> anyhow::Result<Household> {
        let (Some(phone), Some(_), Some(_)) = (&patient.phone, &patient.birth_date, appointment) else {
            return Ok(Household::Alone);
        };
        // A clinic that does not take the date of birth as proof gets no household reminders.
        let by_birth_date = clinic.step_up_birth_date != crate::domain::BirthDateStepUp::Off;
        if !by_birth_date
            || d.purpose != DeliveryPurpose::Reminder
            || d.channel != Channel::Sms
            || d.urgent
            || d.attempts != 1
            || d.grant_id.is_some()
        {
            return Ok(Household::Alone);
        }
        let due_until = d.due_at.max(now) + SAME_HOUR;
        let others =
            self.store.household_reminders(&clinic.id, phone.as_str(), &patient.id, due_until, MAX_MEMBERS).await?;
        let mut joining = vec![];
        let mut in_flight = vec![];
        let mut wait: Option<(Timestamp, &'static str)> = None;
        for o in others {
            let Some(p) = self.store.patient(&clinic.id, &o.patient_id).await? else { continue };
            let Some(a) = (match &o.appointment_id {
                Some(id) => self.store.appointment(&clinic.id, id).await?,
                None => None,
            }) else {
                continue;
            };
            if p.birth_date.is_none() || p.phone.as_ref() != Some(phone) || !p.can_receive(Channel::Sms) {
                continue;
            }
            if o.status == crate::domain::DeliveryStatus::Sending {
                in_flight.push(o);
                continue;
            }
            let sent_today = match decide::local_day(&p, now) {
                Some((from, until)) => {
                    self.store.count_sent(&p.id, DeliveryPurpose::Reminder, Channel::Sms, from, until).await?
                }
                None => 0,
            };
            let facts = decide::Facts {
                delivery: &o,
                clinic: Some(clinic),
                patient: Some(&p),
                appointment: Some(&a),
                sent_today,
                // Reminders only: no thread to have read.
                read_at: None,
                now,
            };
            match decide::decide(&facts) {
                Decision::Send { .. } => joining.push((o, p, a)),
                // Waiting for it would make this one too late: it goes on its own instead.
                Decision::Defer { until, .. } if d.not_after.is_some_and(|t| until >= t) => {}
                Decision::Defer { reason, until } => {
                    if wait.is_none_or(|(latest, _)| until > latest) {
                        wait = Some((until, reason));
                    }
                }
                // It cannot go at all: it is settled on its own when its time comes.
                Decision::Drop { .. } | Decision::NextChannel { .. } => {}
            }
        }
        // Another of them is being handled right now (claimed in the same batch, or by another
        // process): the soonest due leads. It waits a moment for the others to step back, and
        // they step back (pending again) so that it, or the next of them, can carry them all.
        if !in_flight.is_empty() {
            let lead = in_flight.iter().chain([d]).min_by_key(|x| (x.due_at, x.id.as_str())).map(|x| &x.id);
            let until = if lead == Some(&d.id) { now + STEP_BACK } else { d.due_at };
            return Ok(Household::Wait { until, reason: "household" });
        }
        if let Some((until, reason)) = wait {
            return Ok(Household::Wait { until, reason });
        }
        if joining.is_empty() {
            return Ok(Household::Alone);
        }
        let ids: Vec<_> = joining.iter().map(|(o, _, _)| o.id.clone()).collect();
        let claimed = self.store.claim_for_digest(&ids, now, now + self.config.dispatch_lease).await?;
        let members: Vec<Member> = joining
            .into_iter()
            .filter_map(|(o, p, a)| {
                let delivery = claimed.iter().find(|c| c.id == o.id)?;
                Some(Member { delivery: delivery.clone(), patient: p, appointment: a })
            })
            .collect();
        Ok(if members.is_empty() { Household::Alone } else { Household::With(members) })
    }
}
