//! `/clinic`: the calling clinic's own facts and settings — its name, phone, address and
//! after-hours line, its default reminder schedule, quiet hours,
//! daily reminder cap, when the date of birth may serve at step-up, its page colour, and
//! how live conversations behave (how long a reply's alert waits for the patient to read it
//! on an open page; whether patients see who is typing).

use super::ApiJson;
use super::auth::ApiCaller;
use super::routes::{Doc, Routes};
use crate::domain::{BirthDateStepUp, BrandColor, Phone, QuietHours, ReminderSchedule, ShortText};
use crate::state::AppState;
use crate::store::{AuditEvent, Clinic};
use crate::web::api::error::{ApiResult, AppError};
use axum::extract::State;
use axum::{Extension, Json};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub(super) fn routes() -> Routes {
    Routes::new()
        .get("/clinic", read, Doc::ok::<ClinicBody>("This clinic's settings"))
        .patch(
            "/clinic",
            update,
            Doc::ok::<ClinicBody>(
                "Change the reminder schedule, quiet hours, daily cap, step-up options or page colour",
            )
            .body::<Settings>(),
        )
        .get(
            "/clinic/red-flags",
            red_flags,
            Doc::ok::<RedFlags>(
                "The phrases that make a patient's message a red flag (safety reply at once, urgent, acknowledged \
                 within 15 minutes at any hour), per language; every list is checked whatever the patient's language",
            ),
        )
}

/// Local times in the clinic's time zone in which no reminder is sent.
#[derive(Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "QuietHours")]
struct Quiet {
    /// HH:MM
    #[schemars(regex(pattern = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"))]
    start: String,
    /// HH:MM
    #[schemars(regex(pattern = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"))]
    end: String,
}

/// What is sent changes; what is left out stays.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "ClinicUpdate")]
struct Settings {
    /// ISO 8601 durations before the visit, e.g. PT72H
    #[serde(default)]
    reminders: Option<Vec<String>>,
    #[serde(default)]
    quiet_hours: Option<Quiet>,
    #[serde(default)]
    #[schemars(range(min = 1, max = 20))]
    daily_reminder_cap: Option<i64>,
    #[serde(default)]
    #[schemars(description = BIRTH_DATE_STEP_UP, extend("enum" = ["default", "on", "off", null]))]
    step_up_birth_date: Option<String>,
    /// Deprecated: `true` is `step_up_birth_date: "on"`, `false` is `"off"`; not with step_up_birth_date.
    #[serde(default)]
    #[schemars(extend("deprecated" = true))]
    step_up_with_birth_date: Option<bool>,
    /// White text on it must reach 4.5:1 (WCAG AA)
    #[serde(default)]
    #[schemars(regex(pattern = r"^#[0-9a-fA-F]{6}$"))]
    brand_color: Option<String>,
    #[serde(default)]
    #[schemars(description = LIVE_ALERT_DELAY, range(min = 0, max = 3600))]
    live_alert_delay_seconds: Option<i64>,
    #[serde(default)]
    #[schemars(description = LIVE_TYPING_NAMES)]
    live_typing_names: Option<bool>,
    #[serde(default)]
    #[schemars(length(min = 1, max = 200))]
    name: Option<String>,
    /// E.164 or national; the number patients call.
    #[serde(default)]
    phone: Option<String>,
    /// `""` removes it.
    #[serde(default)]
    #[schemars(length(max = 200))]
    address: Option<String>,
    /// A number that reaches a person outside opening hours; `""` removes it.
    #[serde(default)]
    after_hours_phone: Option<String>,
    /// A crisis line named in the red-flag safety reply, as dialled ("988"); `""` removes it.
    #[serde(default)]
    crisis_line: Option<String>,
    #[serde(default)]
    #[schemars(description = TEEN_PRIVACY_AGE, range(min = 10, max = 17))]
    teen_privacy_age: Option<i64>,
}

#[derive(Serialize, JsonSchema)]
#[schemars(rename = "Clinic")]
struct ClinicBody {
    id: String,
    name: String,
    phone: Option<String>,
    time_zone: String,
    reminders: Vec<String>,
    quiet_hours: Quiet,
    daily_reminder_cap: i64,
    #[schemars(description = BIRTH_DATE_STEP_UP, extend("enum" = ["default", "on", "off"]))]
    step_up_birth_date: &'static str,
    /// #rrggbb of the patient pages
    brand_color: String,
    #[schemars(description = LIVE_ALERT_DELAY)]
    live_alert_delay_seconds: i64,
    #[schemars(description = LIVE_TYPING_NAMES)]
    live_typing_names: bool,
    address: Option<String>,
    after_hours_phone: Option<String>,
    crisis_line: Option<String>,
    #[schemars(description = TEEN_PRIVACY_AGE)]
    teen_privacy_age: i16,
}

/// What `step_up_birth_date` means, for the document.
const BIRTH_DATE_STEP_UP: &str = "When a patient may prove who they are with their date of birth instead of a code: \
    default = only a patient with no second contact point to send a code to (otherwise they would have no way in); \
    on = every patient with a date of birth on file; off = never (the step-up page then tells a patient with one \
    contact point to ask the clinic to add a second one)";

const LIVE_ALERT_DELAY: &str = "Seconds the alert of a staff member's reply waits (default 120): a patient who reads \
    the reply on an open page in that time is not sent the alert. Messages posted through this API alert at once";

const LIVE_TYPING_NAMES: &str = "Whether patients see the names of staff who are typing (default false: \
    \"The care team is typing…\")";
const TEEN_PRIVACY_AGE: &str = "The age (default 12) from which a parent's grant (basis parent_of_minor) allows \
    appointments and writing to the clinic only, not reading the teenager's messages or refills; at 18 every parent's \
    grant ends (a legal_representative grant does not)";

/// This module's bodies, for the OpenAPI document.
fn body_of(c: &Clinic) -> ClinicBody {
    ClinicBody {
        id: c.id.to_string(),
        name: c.name.clone(),
        phone: c.phone.as_ref().map(|p| p.to_string()),
        time_zone: c.time_zone.to_string(),
        reminders: c.reminders.strings(),
        quiet_hours: Quiet {
            start: QuietHours::format(c.quiet_hours.start_minute),
            end: QuietHours::format(c.quiet_hours.end_minute),
        },
        daily_reminder_cap: c.daily_reminder_cap,
        step_up_birth_date: c.step_up_birth_date.as_str(),
        brand_color: c.brand_color.as_ref().map(|b| b.to_string()).unwrap_or_else(|| BrandColor::DEFAULT.into()),
        live_alert_delay_seconds: c.live_alert_delay.as_secs(),
        live_typing_names: c.live_typing_names,
        address: c.address.as_ref().map(|a| a.to_string()),
        after_hours_phone: c.after_hours_phone.as_ref().map(|p| p.to_string()),
        crisis_line: c.crisis_line.as_ref().map(|l| l.to_string()),
        teen_privacy_age: c.teen_privacy_age,
    }
}

async fn read(Extension(clinic): Extension<Clinic>) -> Json<ClinicBody> {
    Json(body_of(&clinic))
}

async fn update(
    State(state): State<AppState>,
    Extension(mut clinic): Extension<Clinic>,
    Extension(caller): Extension<ApiCaller>,
    ApiJson(s): ApiJson<Settings>,
) -> ApiResult<Json<ClinicBody>> {
    if let Some(r) = s.reminders {
        clinic.reminders = ReminderSchedule::parse_list(&r).map_err(|e| AppError::invalid("reminders", e.0))?;
    }
    if let Some(q) = s.quiet_hours {
        let start = QuietHours::parse_hhmm(&q.start).map_err(|e| AppError::invalid("quiet_hours.start", e.0))?;
        let end = QuietHours::parse_hhmm(&q.end).map_err(|e| AppError::invalid("quiet_hours.end", e.0))?;
        clinic.quiet_hours = QuietHours::new(start, end).map_err(|e| AppError::invalid("quiet_hours", e.0))?;
    }
    if let Some(cap) = s.daily_reminder_cap {
        if !(1..=20).contains(&cap) {
            return Err(AppError::invalid("daily_reminder_cap", "must be between 1 and 20"));
        }
        clinic.daily_reminder_cap = cap;
    }
    match (s.step_up_birth_date, s.step_up_with_birth_date) {
        (Some(_), Some(_)) => {
            return Err(AppError::invalid(
                "step_up_with_birth_date",
                "give step_up_birth_date only (step_up_with_birth_date is its deprecated form)",
            ));
        }
        (Some(v), None) => {
            clinic.step_up_birth_date =
                BirthDateStepUp::parse(&v).map_err(|e| AppError::invalid("step_up_birth_date", e.0))?;
        }
        (None, Some(on)) => {
            clinic.step_up_birth_date = if on { BirthDateStepUp::On } else { BirthDateStepUp::Off };
        }
        (None, None) => {}
    }
    if let Some(c) = s.brand_color {
        clinic.brand_color = Some(BrandColor::parse(&c).map_err(|e| AppError::invalid("brand_color", e.0))?);
    }
    if let Some(secs) = s.live_alert_delay_seconds {
        if !(0..=3600).contains(&secs) {
            return Err(AppError::invalid("live_alert_delay_seconds", "must be between 0 and 3600"));
        }
        clinic.live_alert_delay = jiff::SignedDuration::from_secs(secs);
    }
    if let Some(names) = s.live_typing_names {
        clinic.live_typing_names = names;
    }
    if let Some(name) = s.name {
        clinic.name = ShortText::parse(&name).map_err(|e| AppError::invalid("name", e.0))?.to_string();
    }
    if let Some(phone) = s.phone {
        clinic.phone = Some(Phone::parse(&phone).map_err(|e| AppError::invalid("phone", e.0))?);
    }
    if let Some(address) = s.address {
        clinic.address = match address.trim() {
            "" => None,
            a => Some(ShortText::parse(a).map_err(|e| AppError::invalid("address", e.0))?),
        };
    }
    if let Some(line) = s.after_hours_phone {
        clinic.after_hours_phone = match line.trim() {
            "" => None,
            p => Some(Phone::parse(p).map_err(|e| AppError::invalid("after_hours_phone", e.0))?),
        };
    }
    if let Some(line) = s.crisis_line {
        let ok = |l: &str| {
            (2..=20).contains(&l.chars().count())
                && l.chars().any(|c| c.is_ascii_digit())
                && l.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-'))
        };
        clinic.crisis_line = match line.trim() {
            "" => None,
            l if ok(l) => Some(ShortText::parse(l).map_err(|e| AppError::invalid("crisis_line", e.0))?),
            _ => {
                return Err(AppError::invalid(
                    "crisis_line",
                    "must be a number as dialled: 2 to 20 digits, spaces, + or -",
                ));
            }
        };
    }
    if let Some(age) = s.teen_privacy_age {
        clinic.teen_privacy_age = i16::try_from(age)
            .ok()
            .filter(|a| crate::domain::TEEN_PRIVACY_AGES.contains(a))
            .ok_or_else(|| AppError::invalid("teen_privacy_age", "must be a whole number of years from 10 to 17"))?;
    }
    state.store.update_clinic_settings(&clinic).await?;
    state
        .store
        .record_audit(&AuditEvent::new(state.now(), Some(&clinic.id), caller.actor.clone(), "clinic.settings_changed"))
        .await?;
    Ok(Json(body_of(&clinic)))
}

/// The phrases that make a message a red flag.
#[derive(Serialize, JsonSchema)]
struct RedFlags {
    /// How soon the care team must acknowledge a red-flag message, at any hour
    acknowledge_within_minutes: i64,
    /// By language tag
    phrases: std::collections::BTreeMap<String, Vec<String>>,
}

/// `GET /clinic/red-flags`: the phrases that make a message a red flag, per language, for
/// the clinic to review (every list is checked, whatever the patient's language).
async fn red_flags() -> Json<RedFlags> {
    let phrases = crate::domain::DEFAULT_RED_FLAGS
        .iter()
        .map(|(locale, phrases)| (locale.to_string(), phrases.iter().map(|p| p.to_string()).collect()))
        .collect();
    Json(RedFlags { acknowledge_within_minutes: crate::domain::RED_FLAG_ACK_WITHIN.as_mins(), phrases })
}
