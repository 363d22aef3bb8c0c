//! What an inbound SMS does, and what it is taken to answer.
//!
//! - STOP-family words opt the number out at once (every patient record that has it, and a
//!   caregiver's contact point: their reminder copies), START opts back in, HELP answers with
//!   the clinics' names and numbers.
//! - A confirm or cancel word acts on the visit that the latest reminder to this number was
//!   about, in that reminder's clinic only: never the patient's "next" visit, never another
//!   clinic's. When more than one visit could be meant (a family phone got reminders for two
//!   children within the hour), the answer asks which one by day and time, never by name
//!   ("Reply 1 for Thu 11:30, 2 for Thu 12:00"), and the digit that comes back acts.
//! - Anything else is someone writing to the care team: it goes in the conversation of the
//!   patient whose message it answers, marked when the number is shared (whoever holds the
//!   phone wrote it). A text no conversation can take is kept as unmatched, never dropped.
//!
//! The one Twilio sender serves every clinic, so which clinic a reply is for is known only
//! from what was last sent to the number; `docs/ARCHITECTURE.md` says so too.

use crate::domain::{
    Actor, AppointmentId, Channel, ContactStatus, MessageBody, MessageId, Phone, ReplyAction, ReplyCategory,
    ReplyQuestion, UnmatchedText,
};
use crate::i18n::{Arg, Lang, fold};
use crate::state::AppState;
use crate::store::{Appointment, AppointmentChange, AuditEvent, Delivery, Message, Patient};
use jiff::{SignedDuration, Timestamp};

/// How far back a reply looks for the message it answers.
const LOOK_BACK: SignedDuration = SignedDuration::from_hours(30 * 24);
/// Free text answers a message sent within this; older, it is a new conversation.
const FREE_TEXT_ANSWERS: SignedDuration = SignedDuration::from_hours(14 * 24);
/// Reminders sent within this of the latest one to a number are read as one batch: a reply
/// may mean any of their visits.
const ONE_BATCH: SignedDuration = SignedDuration::from_hours(1);
/// How long a "which visit?" question waits for its digit.
const QUESTION_WAITS: SignedDuration = SignedDuration::from_hours(6);
/// The most patient records one number's reply looks at.
const PATIENTS_PER_NUMBER: i64 = 50;
/// The most recent messages per patient a reply looks at.
const SENT_PER_PATIENT: i64 = 20;

/// What an inbound text asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reply {
    Stop,
    Start,
    Help,
    Confirm,
    Cancel,
    Other,
}

/// Words carriers and patients use, in every language Portico speaks (the `inbound-*` lists
/// of the locale files), plus `1` and `2`. Only a whole reply counts: a sentence that starts
/// with "no" is a message to the care team, not a cancellation.
pub fn classify(body: &str) -> Reply {
    static TABLE: std::sync::LazyLock<std::collections::HashMap<String, Reply>> = std::sync::LazyLock::new(|| {
        let mut table =
            std::collections::HashMap::from([("1".to_string(), Reply::Confirm), ("2".to_string(), Reply::Cancel)]);
        for lang in Lang::all() {
            for (id, kind) in [
                ("inbound-stop", Reply::Stop),
                ("inbound-start", Reply::Start),
                ("inbound-help", Reply::Help),
                ("inbound-confirm", Reply::Confirm),
                ("inbound-cancel", Reply::Cancel),
            ] {
                for word in lang.words(id) {
                    table.entry(word).or_insert(kind);
                }
            }
        }
        table
    });
    TABLE.get(&fold(body)).copied().unwrap_or(Reply::Other)
}

/// One message the number was sent, and the patient record it was for.
struct Sent<'a> {
    delivery: Delivery,
    patient: &'a Patient,
}

/// Act on a text from `from` to Portico's number `to`; the answer to send back, if any.
pub async fn handle(state: &AppState, from: &Phone, to: Option<&str>, text: &str) -> anyhow::Result<Option<String>> {
    let now = state.now();
    let patients = state.store.patients_by_contact(Channel::Sms, from.as_str(), PATIENTS_PER_NUMBER).await?;
    // A digit may answer the question this number was asked.
    if text.trim().len() == 1
        && text.trim().chars().all(|c| c.is_ascii_digit())
        && let Some(q) = state.store.take_reply_question(from, now).await?
    {
        return answer_question(state, q, text, now).await.map(Some);
    }
    let mut kind = classify(text);
    // YES from a number that opted out means START (as carriers read it); otherwise it confirms.
    if kind == Reply::Confirm
        && fold(text) == "YES"
        && patients.iter().any(|p| p.phone_status == Some(ContactStatus::OptedOut))
    {
        kind = Reply::Start;
    }
    let answers_ours = to.is_none_or(|to| state.notifier.twilio().is_none_or(|t| t.answers_for(to)));
    let sent = if answers_ours { sent_to(state, &patients, now).await? } else { vec![] };
    // Answers go in the language of the patient the latest message was for.
    let t =
        sent.first().map(|s| s.patient).or(patients.first()).map(|p| Lang::for_locale(&p.language)).unwrap_or(Lang::EN);
    match kind {
        Reply::Stop | Reply::Start => {
            let (status, action) = if kind == Reply::Stop {
                (ContactStatus::OptedOut, "contact.opted_out")
            } else {
                (ContactStatus::Ok, "contact.opted_in")
            };
            for p in &patients {
                state.store.set_contact_status(&p.id, Channel::Sms, status, now).await?;
                state.store.record_audit(&audit(p, action, now)).await?;
            }
            // A caregiver's number: their reminder copies stop (or start again), and nothing of
            // the patients they help changes.
            let copies = (kind == Reply::Stop).then_some(ContactStatus::OptedOut);
            if let Some(person) = state.store.set_copy_contact_status(("sms", from.as_str()), copies, now).await? {
                let action =
                    if kind == Reply::Stop { "caregiver_contact.opted_out" } else { "caregiver_contact.opted_in" };
                let event = AuditEvent::new(now, None, Actor::Person(person.clone()), action)
                    .auth("sms")
                    .subject(person.as_str())
                    .detail(r#"{"channel":"sms"}"#);
                state.store.record_audit(&event).await?;
            }
            // Twilio answers STOP and START itself with its own confirmation.
            Ok(None)
        }
        Reply::Help => help(state, t, from, &patients).await.map(Some),
        Reply::Confirm | Reply::Cancel => {
            let action = if kind == Reply::Confirm { ReplyAction::Confirm } else { ReplyAction::Cancel };
            confirm_or_cancel(state, t, from, action, &patients, &sent, now).await.map(Some)
        }
        Reply::Other => free_text(state, t, from, text, &patients, &sent, now).await,
    }
}

/// An event by the patient whose number texted (`auth` `sms`: the proof is the phone).
fn audit(p: &Patient, action: &str, now: Timestamp) -> AuditEvent {
    AuditEvent::new(now, Some(&p.clinic_id), Actor::Patient(p.id.clone()), action).auth("sms").subject(p.id.as_str())
}

/// The SMS the number's patients were sent lately, newest first.
async fn sent_to<'a>(state: &AppState, patients: &'a [Patient], now: Timestamp) -> anyhow::Result<Vec<Sent<'a>>> {
    let mut sent = vec![];
    for patient in patients {
        for delivery in state.store.sms_sent_to(&patient.id, now - LOOK_BACK, SENT_PER_PATIENT).await? {
            sent.push(Sent { delivery, patient });
        }
    }
    sent.sort_by_key(|s| std::cmp::Reverse(s.delivery.sent_at));
    Ok(sent)
}

async fn help(state: &AppState, t: Lang, from: &Phone, patients: &[Patient]) -> anyhow::Result<String> {
    let mut lines = vec![];
    for p in patients {
        if let Some(c) = state.store.clinic(&p.clinic_id).await? {
            let mut line = match &c.phone {
                Some(n) => {
                    let n = n.shown_to(Some(from));
                    t.f("reply-help-call", &[("clinic", Arg::Str(&c.name)), ("phone", Arg::Str(&n))])
                }
                None => c.name.clone(),
            };
            if let Some(n) = &c.after_hours_phone {
                line = format!("{line} {}", t.f1("reply-help-after-hours", "phone", &n.shown_to(Some(from))));
            }
            lines.push(line);
        }
    }
    lines.dedup();
    lines.push(t.t("reply-help-stop"));
    Ok(lines.join(" "))
}

/// The visits a confirm or cancel from this number could mean, soonest first. The latest
/// reminder still ahead names the clinic; every reminder of that clinic sent within
/// `ONE_BATCH` before it is a candidate. With no reminder, a number that belongs to one
/// patient record means that patient's open visits.
async fn candidates(
    state: &AppState,
    patients: &[Patient],
    sent: &[Sent<'_>],
    now: Timestamp,
) -> anyhow::Result<Vec<Appointment>> {
    let mut found: Vec<Appointment> = vec![];
    let mut batch: Option<(crate::domain::ClinicId, Timestamp)> = None;
    for s in sent {
        let (Some(id), Some(sent_at)) = (&s.delivery.appointment_id, s.delivery.sent_at) else { continue };
        if let Some((clinic, since)) = &batch
            && (clinic != &s.delivery.clinic_id || sent_at < *since)
        {
            continue;
        }
        if found.iter().any(|a| &a.id == id) {
            continue;
        }
        let Some(a) = state.store.appointment(&s.delivery.clinic_id, id).await? else { continue };
        if a.open_to_patient(now).is_err() {
            continue;
        }
        if batch.is_none() {
            batch = Some((s.delivery.clinic_id.clone(), sent_at - ONE_BATCH));
        }
        found.push(a);
    }
    if batch.is_none()
        && let [only] = patients
    {
        found = state
            .store
            .appointments_for(&only.clinic_id, &only.id)
            .await?
            .into_iter()
            .filter(|a| a.open_to_patient(now).is_ok())
            .collect();
    }
    found.sort_by_key(|a| a.starts_at);
    found.truncate(ReplyQuestion::MAX_OPTIONS);
    Ok(found)
}

async fn confirm_or_cancel(
    state: &AppState,
    t: Lang,
    from: &Phone,
    action: ReplyAction,
    patients: &[Patient],
    sent: &[Sent<'_>],
    now: Timestamp,
) -> anyhow::Result<String> {
    let visits = candidates(state, patients, sent, now).await?;
    match visits.as_slice() {
        [] => Ok(t.t("reply-no-appointment")),
        [one] => act(state, one.clone(), action, now).await,
        several => {
            let choices: Vec<String> = several
                .iter()
                .enumerate()
                .map(|(i, a)| {
                    // Each visit in its own patient's time zone; the words in the answer's language.
                    let zone = patients.iter().find(|p| p.id == a.patient_id).map(|p| p.time_zone.tz().clone());
                    let when = t.datetime_short(&a.starts_at.to_zoned(zone.unwrap_or(jiff::tz::TimeZone::UTC)));
                    t.f("reply-choice", &[("number", Arg::Num((i + 1) as i64)), ("when", Arg::Str(&when))])
                })
                .collect();
            let q = ReplyQuestion {
                phone: from.clone(),
                clinic_id: several[0].clinic_id.clone(),
                action,
                options: several.iter().map(|a| a.id.clone()).collect(),
                expires_at: now + QUESTION_WAITS,
            };
            state.store.ask_reply_question(&q).await?;
            let id = if action == ReplyAction::Confirm { "reply-which-confirm" } else { "reply-which-cancel" };
            Ok(t.f1(id, "choices", &choices.join(", ")))
        }
    }
}

/// The digit that answers a "which visit?" question.
async fn answer_question(state: &AppState, q: ReplyQuestion, text: &str, now: Timestamp) -> anyhow::Result<String> {
    let picked: Option<&AppointmentId> = q.pick(text);
    let appointment = match picked {
        Some(id) => state.store.appointment(&q.clinic_id, id).await?,
        None => None,
    };
    let patient = match &appointment {
        Some(a) => state.store.patient(&a.clinic_id, &a.patient_id).await?,
        None => None,
    };
    let t = patient.as_ref().map(|p| Lang::for_locale(&p.language)).unwrap_or(Lang::EN);
    match appointment {
        Some(a) => act(state, a, q.action, now).await,
        None => {
            // Not one of the numbers offered: the question stands.
            state.store.ask_reply_question(&q).await?;
            Ok(t.f1("reply-choice-unknown", "count", &q.options.len().to_string()))
        }
    }
}

/// Confirm or cancel one visit, as its patient.
async fn act(state: &AppState, mut a: Appointment, action: ReplyAction, now: Timestamp) -> anyhow::Result<String> {
    let Some(p) = state.store.patient(&a.clinic_id, &a.patient_id).await? else {
        return Ok(Lang::EN.t("reply-no-appointment"));
    };
    let t = Lang::for_locale(&p.language);
    let outcome = match action {
        ReplyAction::Confirm => a.confirm(now).map(|()| AppointmentChange::default()),
        // The patient cancelled by text: no more reminders, and no notice telling them so (a
        // caregiver who gets their reminders is told).
        ReplyAction::Cancel => match a.cancel(None, now) {
            Ok(()) => {
                let clinic = state.store.clinic(&a.clinic_id).await?;
                let grants = state.store.grants_for_patient(&a.clinic_id, &p.id).await?;
                let cancellation = match &clinic {
                    Some(c) => crate::notify::reminders::copy_cancellations(c, &p, &a, &grants, now),
                    None => vec![],
                };
                Ok(AppointmentChange { drop_pending_reminders: true, deliveries: vec![], cancellation })
            }
            Err(e) => Err(e),
        },
    };
    let Ok(change) = outcome else {
        // It began or was cancelled while the question waited.
        return Ok(t.t("reply-no-appointment"));
    };
    state.store.update_appointment(&a, &change).await?;
    if !change.cancellation.is_empty() {
        state.dispatcher.wake();
    }
    let audited = if action == ReplyAction::Confirm { "appointment.confirmed" } else { "appointment.cancelled" };
    state.store.record_audit(&audit(&p, audited, now).detail(a.id.to_string())).await?;
    Ok(t.t(if action == ReplyAction::Confirm { "reply-confirmed" } else { "reply-cancelled" }))
}

/// Someone writing to the care team.
async fn free_text(
    state: &AppState,
    t: Lang,
    from: &Phone,
    text: &str,
    patients: &[Patient],
    sent: &[Sent<'_>],
    now: Timestamp,
) -> anyhow::Result<Option<String>> {
    let Ok(body) = MessageBody::parse(text) else {
        return Ok(None);
    };
    // Whose conversation: the patient the latest message went to, or the number's one patient.
    let answered =
        sent.iter().find(|s| s.delivery.sent_at.is_some_and(|at| at >= now - FREE_TEXT_ANSWERS)).map(|s| s.patient);
    let one_clinic = patients.first().filter(|first| patients.iter().all(|p| p.clinic_id == first.clinic_id));
    let whose = answered.or(match patients {
        [only] => Some(only),
        _ => None,
    });
    let Some(p) = whose else {
        // A number no patient has still reaches the clinic where this Portico serves one.
        let clinic_id = match one_clinic {
            Some(p) => Some(p.clinic_id.clone()),
            None if patients.is_empty() => state.store.sole_clinic().await?,
            None => None,
        };
        let unmatched = UnmatchedText {
            id: MessageId::new(),
            clinic_id,
            from: from.clone(),
            body: body.into_string(),
            received_at: now,
        };
        state.store.insert_unmatched_text(&unmatched).await?;
        state.metrics.event("texts_unmatched", if unmatched.clinic_id.is_some() { "clinic" } else { "unknown" });
        return Ok(Some(match (patients.is_empty(), &unmatched.clinic_id) {
            (true, Some(_)) => t.t("reply-unknown-number-kept"),
            (true, None) => t.t("reply-unknown-number"),
            (false, None) => t.t("reply-unmatched-clinic"),
            (false, Some(_)) => {
                if !first_today(state, from, now).await? {
                    return Ok(None);
                }
                t.t("reply-acknowledged")
            }
        }));
    };
    let shared = patients.iter().filter(|q| q.clinic_id == p.clinic_id).count() > 1;
    let m = Message { sender_verified: !shared, ..Message::from_patient(p, body.into_string(), now) };
    let received = audit(p, "message.received", now).detail(m.id.to_string());
    state.store.insert_message(&m, None, Some(&received)).await?;
    let clinic = state.store.clinic(&p.clinic_id).await?;
    let due = match &clinic {
        Some(clinic) => {
            crate::web::promise::patient_wrote(state, clinic, &p.thread_id, ReplyCategory::Question, now).await
        }
        None => None,
    };
    // A text that may tell of an emergency is answered at once, every time, at any hour.
    if let Some(clinic) = &clinic
        && let Some(safety) = crate::web::safety::check(state, clinic, p, &m, Actor::Patient(p.id.clone())).await
    {
        return Ok(Some(safety));
    }
    if !first_today(state, from, now).await? {
        return Ok(None);
    }
    Ok(Some(crate::web::promise::acknowledgement_sms(Lang::for_locale(&p.language), due, &p.time_zone)))
}

/// One acknowledgement a day per number, not one per text.
async fn first_today(state: &AppState, from: &Phone, now: Timestamp) -> anyhow::Result<bool> {
    let day = SignedDuration::from_hours(24);
    Ok(state.store.rate_hit(&format!("ack:{}", from.as_str()), now, now - day).await? <= 1)
}

#[cfg(test)]
#[path = "inbound_tests.rs"]
mod tests;
