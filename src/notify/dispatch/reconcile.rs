//! After an ambiguous try, look for the SMS among Twilio's newest messages to the number from
//! Portico's own sender, created since the delivery was queued (less `CLOCK_SKEW`: Twilio's
//! clock is not Portico's): the same text with only the link's token differing, and not
//! already recorded for another delivery (an earlier alert with the same words has its SID
//! recorded; this one may already hold it, if Twilio's status report arrived first). Found:
//! record it as sent (no second SMS). Not found, or Twilio cannot be asked: send again (a
//! duplicate beats a missing reminder; the resend carries the same link, so the first SMS's
//! link keeps working).

use super::Dispatcher;
use crate::domain::DeliveryStatus;
use crate::notify::render;
use crate::store::{Appointment, Clinic, Delivery, DeliveryOutcome, Patient};

/// How far Twilio's clock may be behind Portico's when dating a message.
const CLOCK_SKEW: jiff::SignedDuration = jiff::SignedDuration::from_mins(5);

impl Dispatcher {
    /// Whether the delivery turned out to have been sent already (and is now recorded so).
    pub(super) async fn reconcile(
        &self,
        d: &Delivery,
        clinic: &Clinic,
        patient: &Patient,
        appointment: Option<&Appointment>,
    ) -> anyhow::Result<bool> {
        let (Some(twilio), Some(to)) = (self.notifier.twilio(), patient.phone.as_ref()) else {
            return Ok(false);
        };
        // Tokens are always 43 base64url characters, so a placeholder of that length and
        // alphabet renders the same text (a long clinic name is shortened the same way).
        let placeholder = "A".repeat(43);
        // A caregiver's copy carries its own link, opened under `/p/for/l/`.
        let expected = if d.grant_id.is_some() {
            let url = self.config.public_link(&format!("/p/for/l/{placeholder}"));
            render::render_copy(clinic, patient, d, appointment, &url).sms
        } else {
            let url = self.config.public_link(&format!("/l/{placeholder}"));
            render::render_delivery(clinic, patient, d, appointment, &url, None).sms
        };
        let Some((before, after)) = expected.split_once(&placeholder) else {
            return Ok(false);
        };
        let listed = match twilio.recent_to(to, d.created_at - CLOCK_SKEW, 20).await {
            Ok(list) => list,
            Err(e) => {
                tracing::warn!(code = e.code(), "could not ask Twilio about an ambiguous send; sending again");
                return Ok(false);
            }
        };
        for m in listed {
            let token = m.body.strip_prefix(before).and_then(|rest| rest.strip_suffix(after));
            let is_ours = token.is_some_and(|t| {
                t.len() == 43 && t.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            });
            if !is_ours || self.store.provider_id_taken(&m.sid, &d.id).await? {
                continue;
            }
            let now = self.clock.now();
            let status = DeliveryStatus::from_twilio(&m.status).unwrap_or(DeliveryStatus::Queued);
            tracing::info!(delivery = %d.id, "an ambiguous send had reached Twilio: recorded, not sent again");
            let outcome = DeliveryOutcome {
                status,
                due_at: None,
                provider_id: Some(m.sid.clone()),
                error_code: None,
                segments: m.num_segments.as_deref().and_then(|n| n.parse().ok()),
                at: now,
                // This claim sent nothing.
                refund_attempt: true,
            };
            if self.finish(d, &outcome).await? {
                self.metrics.event("deliveries_reconciled", d.channel.as_str());
            }
            return Ok(true);
        }
        Ok(false)
    }
}
