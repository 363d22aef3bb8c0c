//! After a contact point could not take a message: the same message on the patient's next
//! channel, and a contact point a provider refused for good marked so (and shown to the care
//! team on the conversation).

use super::{Dispatcher, next_channel};
use crate::domain::{Channel, ContactStatus, DeliveryPurpose, DeliveryStatus};
use crate::store::{AuditEvent, Delivery, Patient};
use jiff::Timestamp;

impl Dispatcher {
    /// Queue the same message on the patient's next channel.
    pub async fn fall_back(&self, d: &Delivery, patient: &Patient, now: Timestamp) -> anyhow::Result<()> {
        // A caregiver's copy has one contact point, the grant's.
        if d.grant_id.is_some() {
            return Ok(());
        }
        // A patient who takes reminders on every channel got one on the other already.
        if patient.every_channel && matches!(d.purpose, DeliveryPurpose::Reminder | DeliveryPurpose::Cancellation) {
            return Ok(());
        }
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
        next.claim = 0;
        next.digest_of = None;
        next.grant_id = None;
        self.enqueue(&[next]).await
    }

    /// Mark the contact point a provider refused for good, and try the next channel.
    pub(super) async fn flag_contact(
        &self,
        d: &Delivery,
        clinic: &crate::store::Clinic,
        patient: &Patient,
        flag: ContactStatus,
        code: &str,
        now: Timestamp,
    ) -> anyhow::Result<()> {
        if d.grant_id.is_some() {
            return self.flag_copy_contact(d, patient, flag, code, now).await;
        }
        self.store.set_contact_status(&patient.id, d.channel, flag, now).await?;
        let event = AuditEvent::new(now, Some(&clinic.id), crate::domain::Actor::System, "contact.flagged")
            .subject(patient.id.as_str())
            .detail(format!("{} {} ({})", d.channel.as_str(), flag.as_str(), code));
        self.store.record_audit(&event).await?;
        // The care team sees it on the conversation (reopened if it was closed), to reach the
        // patient another way.
        if let Some(mut c) = self.store.conversation(&clinic.id, &patient.thread_id).await? {
            if c.status == crate::domain::ConversationStatus::Closed {
                c.status = crate::domain::ConversationStatus::Open;
            }
            c.updated_at = now;
            let step = crate::domain::ConversationStep {
                thread_id: patient.thread_id.clone(),
                clinic_id: clinic.id.clone(),
                kind: crate::domain::StepKind::ContactFlagged,
                team_id: None,
                staff_id: None,
                from_staff_id: None,
                detail: Some(format!("{} {}", d.channel.as_str(), flag.as_str())),
                at: now,
            };
            self.store.save_conversation_steps(&c, &[step]).await?;
        }
        let mut refreshed = patient.clone();
        match d.channel {
            Channel::Sms => refreshed.phone_status = Some(flag),
            Channel::Email => refreshed.email_status = Some(flag),
        }
        self.fall_back(d, &refreshed, now).await
    }
}
