//! A caregiver's own settings on `/p/for`: the language their reminder copies and notices come
//! in, and the time zone they live in (so a copy keeps the clinic's quiet hours at their night,
//! not the patient's). Not said: the language they read the pages in when they accepted, and
//! the patient's time zone.

use super::caregiver::CaregiverForm;
use super::{PageError, PageResult};
use crate::domain::{Actor, TimeZone};
use crate::i18n::Lang;
use crate::state::AppState;
use crate::store::AuditEvent;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect};

/// Every language, the person's marked: (code, name, chosen).
pub fn languages(chosen: Option<&str>) -> Vec<(&'static str, String, bool)> {
    Lang::all().map(|l| (l.code(), l.name(), Some(l.code()) == chosen)).collect()
}

/// Every time zone of the bundled database by its name (`America/Chicago`), the person's
/// marked: (name, chosen).
pub fn zones(chosen: Option<&str>) -> Vec<(String, bool)> {
    let mut names: Vec<String> = jiff::tz::db()
        .available()
        .map(|n| n.as_str().to_string())
        .filter(|n| n.contains('/') && !n.starts_with("Etc/") && !n.starts_with("posix/") && !n.starts_with("right/"))
        .collect();
    names.sort();
    names.dedup();
    names
        .into_iter()
        .map(|n| {
            let on = Some(n.as_str()) == chosen;
            (n, on)
        })
        .collect()
}

#[derive(serde::Deserialize)]
pub struct SettingsForm {
    #[serde(default)]
    language: String,
    /// A zone's name, or empty: not said.
    #[serde(default)]
    time_zone: String,
}

pub async fn save(State(state): State<AppState>, f: CaregiverForm<SettingsForm>) -> PageResult {
    f.session.whole()?;
    let person = &f.session.person;
    let Some(language) = Lang::all().find(|l| l.code() == f.form.language) else { return Err(PageError::BadForm) };
    let zone = match f.form.time_zone.trim() {
        "" => None,
        z => Some(TimeZone::parse(z).map_err(|_| PageError::BadForm)?),
    };
    state.store.set_person_language(person, language.code()).await?;
    state.store.set_person_time_zone(person, zone.as_ref().map(|z| z.as_str())).await?;
    let event = AuditEvent::new(state.now(), None, Actor::Person(person.clone()), "caregiver.settings_changed")
        .auth(f.session.auth.as_str())
        .subject(person.as_str());
    let _ = state.store.record_audit(&event).await;
    Ok(Redirect::to("/p/for?done=settings").into_response())
}
