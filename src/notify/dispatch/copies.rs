//! Caregivers' copies of a patient's reminders: deliveries that name a grant
//! (`reminders::plan`). The dispatcher treats a copy as a message to its own recipient: the
//! grant's contact point, with that point's own status (a STOP or a bounce there stops the
//! copies and nothing of the patient's), in the caregiver's language, under the clinic's quiet
//! hours in the caregiver's time zone (where they said it on `/p/for`; else the patient's). Before each copy the grant is asked again, at that moment: revoked, expired, no longer
//! allowing appointments (a parent's at 18), or no longer asking for copies, and the copy is
//! dropped, never sent. A copy carries no patient's token: its one-tap link is the caregiver's
//! own (`Links::issue_for_copy`), opening a session that acts only under the grant, for its
//! appointments, while the grant allows them. A copy counts towards a daily cap of its own (per
//! grant, over the caregiver's day), never the patient's. It never falls back to another channel
//! and never joins a household SMS.

use super::Dispatcher;
use crate::domain::{Act, ChannelList, ContactStatus, GranteeContact, Locale, TimeZone};
use crate::store::{Clinic, Delivery, Patient};
use jiff::Timestamp;

impl Dispatcher {
    /// Whom the copy `d` goes to, in the shape the dispatcher's rules read (the patient record
    /// with the caregiver's name, contact point, its status and language in place of the
    /// patient's); or why it must not go.
    pub(super) async fn copy_recipient(
        &self,
        d: &Delivery,
        clinic: &Clinic,
        patient: &Patient,
        now: Timestamp,
    ) -> anyhow::Result<Result<Patient, &'static str>> {
        let Some(id) = &d.grant_id else { return Ok(Err("not-a-copy")) };
        let Some(grant) = self.store.grant(id).await?.filter(|g| g.patient_id == patient.id) else {
            return Ok(Err("grant-ended"));
        };
        if grant.allows_for(Some(Act::Appointments), now, (patient, clinic)).is_err() {
            return Ok(Err("grant-ended"));
        }
        if !grant.reminder_copies {
            return Ok(Err("copies-off"));
        }
        if grant.contact.channel() != d.channel {
            return Ok(Err("no-usable-address"));
        }
        let point = self.store.copy_contact(d.channel.as_str(), &grant.contact.address()).await?;
        let mut to = patient.clone();
        to.name = grant.grantee_name.clone();
        to.every_channel = false;
        to.quiet_hours = None;
        to.channels = ChannelList::new(vec![d.channel]).map_err(|e| anyhow::anyhow!(e.0))?;
        let status = point.as_ref().and_then(|p| p.status);
        // The patient's own contact points are not the caregiver's: none of theirs is used.
        (to.phone, to.email, to.phone_status, to.email_status) = match &grant.contact {
            GranteeContact::Phone(p) => (Some(p.clone()), None, status, None),
            GranteeContact::Email(e) => (None, Some(e.clone()), None, status),
        };
        if let Some(language) = point.as_ref().and_then(|p| p.language.as_deref()).and_then(|l| Locale::parse(l).ok()) {
            to.language = language;
        }
        // Their own night, where they said where they live; else the patient's.
        if let Some(zone) = point.as_ref().and_then(|p| p.time_zone.as_deref()).and_then(|z| TimeZone::parse(z).ok()) {
            to.time_zone = zone;
        }
        // A copy to the very address the patient's own reminder goes to would say it twice.
        let same = match &grant.contact {
            GranteeContact::Phone(p) => patient.phone.as_ref() == Some(p) && patient.can_receive(d.channel),
            GranteeContact::Email(e) => patient.email.as_ref() == Some(e) && patient.can_receive(d.channel),
        };
        if same {
            return Ok(Err("same-address"));
        }
        Ok(Ok(to))
    }

    /// A provider refused the copy's contact point for good: mark the caregiver's point (not the
    /// patient's), and audit it under the grant.
    pub(super) async fn flag_copy_contact(
        &self,
        d: &Delivery,
        to: &Patient,
        flag: ContactStatus,
        code: &str,
        now: Timestamp,
    ) -> anyhow::Result<()> {
        let address = match d.channel {
            crate::domain::Channel::Sms => to.phone.as_ref().map(|p| p.as_str().to_string()),
            crate::domain::Channel::Email => to.email.as_ref().map(|e| e.as_str().to_string()),
        };
        let Some(address) = address else { return Ok(()) };
        let person = self.store.set_copy_contact_status((d.channel.as_str(), &address), Some(flag), now).await?;
        if let Some(person) = person {
            let event = crate::store::AuditEvent::new(
                now,
                Some(&d.clinic_id),
                crate::domain::Actor::System,
                "caregiver_contact.flagged",
            )
            .subject(person.as_str())
            .detail(
                serde_json::json!({
                    "grant": d.grant_id.as_ref().map(|g| g.as_str()),
                    "channel": d.channel.as_str(),
                    "status": flag.as_str(),
                    "code": code,
                })
                .to_string(),
            );
            self.store.record_audit(&event).await?;
        }
        Ok(())
    }
}

impl Dispatcher {
    /// Plan `grant`'s copies of the patient's upcoming reminders again, after the grant was
    /// accepted or its copies were turned on or off: pending copies are dropped and the ones the
    /// grant now gets are queued (none when it gets none), in one transaction.
    pub async fn replan_copies(
        &self,
        clinic: &Clinic,
        patient: &Patient,
        grant: &crate::domain::CareGrant,
    ) -> anyhow::Result<usize> {
        let now = self.clock.now();
        let mut copies = vec![];
        for a in self.store.appointments_for(&clinic.id, &patient.id).await? {
            copies.extend(crate::notify::reminders::plan_copies(clinic, patient, &a, grant, now));
        }
        self.store.replan_copies(&grant.id, &copies, now).await?;
        self.wake();
        Ok(copies.len())
    }
}
