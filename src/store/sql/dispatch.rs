//! The dispatcher's batch statements (`store/dispatch.rs`): the claim with what deciding
//! reads, PostgreSQL's alone, and the recent sends, which SQLite reads per delivery.

use super::{appointment_columns, clinic_columns, delivery_columns, patient_select};

/// When a patient's own reminders on a channel went out since `$3` (`$1` the patient, `$2`
/// the channel): what `COUNT_SENT` counts for reminders, as times, so any window within
/// the span can be counted from them. SQLite, per claimed reminder.
pub(in crate::store) const RECENT_SENDS: &str = "SELECT sent_at FROM deliveries WHERE patient_id = $1 \
     AND purpose = 'reminder' AND sent_at >= $3 AND channel = $2 AND status IN ('queued', 'sent', 'delivered') \
     AND grant_id IS NULL";

/// PostgreSQL's claim for dispatch, one statement (`ClaimedRow`): `$1` now, `$2` the lease's
/// end, `$3` how many, `$4` where the recent sends begin, `$5` the household window (ms).
///
/// It claims what `CLAIM_DELIVERIES` claims, and up to as many again of the rows whose lease
/// ran out (their dispatcher died or hung: `lease-expired`), skipping rows other dispatchers
/// locked and patients with a delivery in flight. Each kind is picked in its own index's order
/// (`deliveries_due`, `deliveries_leased`): one scan with `OR` sorted every pending row each time
/// (10 ms for a batch among 10,000, against 3 ms). Each claimed row comes with its clinic, patient and appointment as
/// JSON of their usual rows (`ClinicRow`, `PatientRow`, `AppointmentRow`), the times
/// `RECENT_SENDS` reads (for a reminder that counts towards the cap), and whether
/// `HOUSEHOLD_REMINDERS` would find another patient's reminder (for an SMS reminder of a patient
/// with a date of birth, the only kind that joins a household). The
/// reads see the table as it was before the claim, which for them is the same: a claim
/// changes no `sent_at`, and a row just claimed was pending or sending before.
pub(in crate::store) const CLAIM_FOR_DISPATCH: &str = concat!(
    "WITH claimed AS (UPDATE deliveries SET status = 'sending', lease_until = $2, attempts = attempts + 1, \
     updated_at = $1, claim = claim + 1, error_code = CASE WHEN status = 'sending' THEN 'lease-expired' ELSE error_code END \
     WHERE id IN (SELECT id FROM (SELECT d.id FROM deliveries d WHERE d.status = 'pending' AND d.due_at <= $1 \
     AND NOT EXISTS (SELECT 1 FROM deliveries f WHERE f.patient_id = d.patient_id AND f.status = 'sending' \
     AND f.lease_until >= $1) ORDER BY d.due_at LIMIT $3 FOR UPDATE OF d SKIP LOCKED) due \
     UNION ALL SELECT id FROM (SELECT d.id FROM deliveries d WHERE d.status = 'sending' AND d.lease_until < $1 \
     AND NOT EXISTS (SELECT 1 FROM deliveries f WHERE f.patient_id = d.patient_id AND f.status = 'sending' \
     AND f.lease_until >= $1) ORDER BY d.lease_until LIMIT $3 FOR UPDATE OF d SKIP LOCKED) lapsed) RETURNING ",
    delivery_columns!(),
    ") SELECT claimed.*, \
     (SELECT to_jsonb(x)::text FROM (SELECT ",
    clinic_columns!(),
    " FROM clinics WHERE id = claimed.clinic_id) x) AS clinic, \
     (SELECT to_jsonb(x)::text FROM (",
    patient_select!(),
    "WHERE p.clinic_id = claimed.clinic_id AND p.id = claimed.patient_id) x) AS patient, \
     (SELECT to_jsonb(x)::text FROM (SELECT ",
    appointment_columns!(),
    " FROM appointments WHERE clinic_id = claimed.clinic_id AND id = claimed.appointment_id) x) AS appointment, \
     CASE WHEN claimed.purpose = 'reminder' AND claimed.urgent = 0 AND claimed.grant_id IS NULL \
     THEN ARRAY(SELECT s.sent_at FROM deliveries s WHERE s.patient_id = claimed.patient_id \
     AND s.purpose = 'reminder' AND s.sent_at >= $4 AND s.channel = claimed.channel \
     AND s.status IN ('queued', 'sent', 'delivered') AND s.grant_id IS NULL) ELSE '{}' END AS recent_sends, \
     (claimed.purpose = 'reminder' AND claimed.channel = 'sms' AND claimed.urgent = 0 \
     AND (SELECT b.birth_date FROM patients b WHERE b.id = claimed.patient_id) IS NOT NULL \
     AND EXISTS (SELECT 1 FROM contact_points mine \
     JOIN contact_points theirs ON theirs.channel = 'sms' AND theirs.address = mine.address \
     JOIN deliveries o ON o.patient_id = theirs.patient_id \
     WHERE mine.patient_id = claimed.patient_id AND mine.channel = 'sms' AND o.clinic_id = claimed.clinic_id \
     AND o.patient_id <> claimed.patient_id AND o.status IN ('pending', 'sending') AND o.purpose = 'reminder' \
     AND o.channel = 'sms' AND o.urgent = 0 AND o.due_at <= GREATEST(claimed.due_at, $1) + $5 \
     AND o.grant_id IS NULL)) AS household \
     FROM claimed"
);
