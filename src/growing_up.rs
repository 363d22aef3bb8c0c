//! Telling both sides before a parent's grant changes with the child's age. The grant itself
//! narrows and ends by itself (`CareGrant::allows_at`, decided at each request); this only
//! warns ahead: 30 days before the child reaches the clinic's age for privacy
//! (`teen_privacy_age`) and before their 18th birthday, the parent is told at the contact point
//! they accepted with and the child at their first channel, in the child's language. `run_due`
//! runs every hour; each notice is recorded before it is sent (`claim_grant_notice`), so it
//! goes out at most once whichever process runs it, and a pass that missed a day catches up.

use crate::domain::{ADULT_AGE, CareGrant, Channel, GranteeContact};
use crate::i18n::{Arg, Lang};
use crate::notify::Recipient;
use crate::state::AppState;
use crate::store::{AuditEvent, Clinic, Patient, StoreError};
use jiff::civil::Date;

/// How often the notices due are looked for.
pub const EVERY: std::time::Duration = std::time::Duration::from_secs(3600);
/// How many days ahead of the change both sides are told.
pub const DAYS_AHEAD: i32 = 30;

/// The day someone born on `birth` turns `age`: their birthday that year, 1 March for a
/// 29 February birthday in a year without one (as `age_on` counts).
pub fn birthday(birth: Date, age: i16) -> Option<Date> {
    let year = birth.year().checked_add(age)?;
    Date::new(year, birth.month(), birth.day()).ok().or_else(|| Date::new(year, 3, 1).ok())
}

/// What changes on a day, and which words say it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Change {
    /// The child reaches the clinic's age for privacy.
    Narrows,
    /// The child turns 18.
    Ends,
}

impl Change {
    fn kind(self) -> &'static str {
        match self {
            Change::Narrows => "narrows",
            Change::Ends => "ends",
        }
    }
}

/// Send the notices due now; how many changes were told.
pub async fn run_due(state: &AppState) -> Result<usize, StoreError> {
    let now = state.now();
    let mut told = 0;
    for g in state.store.live_parent_grants(now).await? {
        let (Some(clinic), Some(patient)) =
            (state.store.clinic(&g.clinic_id).await?, state.store.patient(&g.clinic_id, &g.patient_id).await?)
        else {
            continue;
        };
        let Some(born) = patient.birth_date.map(|b| b.date()) else { continue };
        let today = now.to_zoned(clinic.time_zone.tz().clone()).date();
        for (change, age) in [(Change::Narrows, clinic.teen_privacy_age), (Change::Ends, ADULT_AGE)] {
            let Some(day) = birthday(born, age) else { continue };
            let ahead = today.until(day).map(|s| s.get_days()).unwrap_or(-1);
            // Within the 30 days, and while the grant still runs on that day.
            let runs_then =
                g.expires_at > day.to_zoned(clinic.time_zone.tz().clone()).map(|z| z.timestamp()).unwrap_or(now);
            if !(1..=DAYS_AHEAD).contains(&ahead) || !runs_then {
                continue;
            }
            if !state.store.claim_grant_notice(&g.id, change.kind(), now).await? {
                continue;
            }
            tell(state, (&clinic, &patient), &g, change, (day, age)).await;
            told += 1;
        }
    }
    Ok(told)
}

/// Tell the parent and the child what changes on `day`, when the child turns `age`.
async fn tell(
    state: &AppState,
    (clinic, patient): (&Clinic, &Patient),
    g: &CareGrant,
    change: Change,
    (day, age): (Date, i16),
) {
    let now = state.now();
    let t = Lang::for_locale(&patient.language);
    let date = t.date_long(day);
    let args = [
        ("clinic", Arg::Str(&clinic.name)),
        ("date", Arg::Str(&date)),
        ("patient", Arg::Str(patient.name.as_str())),
        ("caregiver", Arg::Str(g.grantee_name.as_str())),
        ("age", Arg::Num(i64::from(age))),
    ];
    let subject = t.f("email-subject-growing-up", &args);
    let (to_parent, to_child) = match change {
        Change::Narrows => ("growing-up-narrows-parent", "growing-up-narrows-teen"),
        Change::Ends => ("growing-up-ends-parent", "growing-up-ends-teen"),
    };
    let who = || Recipient { clinic, patient };
    let parent = state.notifier.send_now(&g.contact, (&subject, &t.f(to_parent, &args)), t, who(), now).await;
    let child_point = match patient.first_channel() {
        Some(Channel::Sms) => patient.phone.clone().map(GranteeContact::Phone),
        Some(Channel::Email) => patient.email.clone().map(GranteeContact::Email),
        None => None,
    };
    let child = match &child_point {
        Some(point) => state.notifier.send_now(point, (&subject, &t.f(to_child, &args)), t, who(), now).await,
        None => false,
    };
    let detail =
        serde_json::json!({ "grant": g.id.as_str(), "change": change.kind(), "parent": parent, "patient": child });
    let event = AuditEvent::new(now, Some(&clinic.id), crate::domain::Actor::System, "grant.notice_sent")
        .subject(patient.id.as_str());
    if let Err(e) = state.store.record_audit(&event.detail(detail.to_string())).await {
        tracing::warn!(error = %e, "could not audit a grant notice");
    }
}

#[cfg(test)]
#[path = "growing_up_tests.rs"]
mod tests;
