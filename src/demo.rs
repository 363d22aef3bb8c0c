//! `portico demo`: the whole product on one machine with nothing else running. Loads the
//! fixture clinic into the configured database (a SQLite file by default), makes sure each
//! demo patient has an upcoming appointment, sends each a link through the dev outbox,
//! prints every message, and serves. Running it again reuses what is there.

use crate::config::{Config, EmailConfig, SmsConfig};
use crate::domain::QuietHours;
use crate::domain::{
    AppointmentStatus, BirthDate, Channel, ChannelList, DeliveryPurpose, Email, Locale, PersonName, Phone, ShortText,
    StaffId, TimeZone,
};
use crate::startup::Application;
use crate::state::AppState;
use crate::store::{Appointment, Clinic, Delivery, Patient, StaffMember};
use anyhow::{Context, anyhow};
use jiff::{SignedDuration, Timestamp};
use serde::Deserialize;

const FIXTURE: &str = include_str!("../fixtures/demo.json");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Fixture {
    clinic: FixtureClinic,
    care_team: Vec<FixtureStaff>,
    teams: Vec<FixtureTeam>,
    routing: Vec<crate::domain::RoutingRule>,
    /// A clinician away from today, with a colleague covering: the patients whose visit is
    /// with them are answered by the cover.
    away: FixtureAbsence,
    patients: Vec<FixturePatient>,
}

/// A team, its lead and members by work email.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FixtureTeam {
    name: String,
    lead: String,
    members: Vec<String>,
    #[serde(default)]
    default: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FixtureAbsence {
    who: String,
    cover: String,
    days: i64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FixtureClinic {
    name: String,
    phone: String,
    time_zone: String,
    /// `["21:00", "08:00"]`; equal ends mean no quiet hours.
    quiet_hours: [String; 2],
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FixtureStaff {
    name: String,
    role: String,
    email: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FixturePatient {
    name: String,
    birth_date: String,
    #[serde(default)]
    phone: Option<String>,
    #[serde(default)]
    email: Option<String>,
    language: String,
    time_zone: String,
    channels: Vec<String>,
    appointments: Vec<FixtureAppointment>,
    /// What the patient has written to the care team, for the staff inbox to show.
    #[serde(default)]
    writes: Option<String>,
}

/// The fixture's teams, routing rules (their `team_id` is a team's name in the file) and
/// absence, for a clinic made on this run.
async fn seed_teams(state: &AppState, fx: &Fixture, clinic: &Clinic, now: Timestamp) -> anyhow::Result<()> {
    let store = &state.store;
    let staff = store.staff(&clinic.id).await?;
    let by_email = |e: &str| {
        staff
            .iter()
            .find(|m| m.email.as_ref().is_some_and(|x| x.as_str() == e))
            .map(|m| m.id.clone())
            .ok_or_else(|| anyhow!("fixtures/demo.json: {e} is not in care_team"))
    };
    let mut teams = vec![];
    for ft in &fx.teams {
        let team = crate::domain::Team {
            id: crate::domain::Team::new_id(),
            clinic_id: clinic.id.clone(),
            name: ShortText::parse(&ft.name).map_err(bad("teams.name"))?,
            lead_id: Some(by_email(&ft.lead)?),
            members: ft.members.iter().map(|m| by_email(m)).collect::<anyhow::Result<_>>()?,
            is_default: ft.default,
            created_at: now,
        };
        store.save_team(&team).await?;
        teams.push(team);
    }
    let mut rules = fx.routing.clone();
    for r in &mut rules {
        let team = teams.iter().find(|t| t.name.as_str() == r.team_id);
        r.team_id = team.ok_or_else(|| anyhow!("fixtures/demo.json: routing names no team {}", r.team_id))?.id.clone();
    }
    crate::domain::RoutingRule::check_all(&rules, &teams).map_err(|e| anyhow!("fixtures/demo.json: routing: {e}"))?;
    store.save_routing_rules(&clinic.id, &rules).await?;
    let today = now.to_zoned(clinic.time_zone.tz().clone()).date();
    let absence = crate::domain::Absence {
        id: crate::domain::Absence::new_id(),
        clinic_id: clinic.id.clone(),
        staff_id: by_email(&fx.away.who)?,
        starts_on: today,
        ends_on: today.checked_add(jiff::Span::new().days(fx.away.days - 1))?,
        cover_id: Some(by_email(&fx.away.cover)?),
        created_at: now,
    };
    absence.check(today, &[]).map_err(|e| anyhow!("fixtures/demo.json: away: {e}"))?;
    store.insert_absence(&absence).await?;
    Ok(())
}

/// The patient writes to the care team, as a message from their page would: the clock starts
/// and the conversation is routed. A patient whose visit is with the absent clinician was
/// theirs: it is given to them first, so that the cover takes it over.
async fn demo_writes(
    state: &AppState,
    fx: &Fixture,
    clinic: &Clinic,
    patient: &Patient,
    fp: &FixturePatient,
    body: String,
) -> anyhow::Result<()> {
    let now = state.now();
    let store = &state.store;
    store.insert_message(&crate::store::Message::from_patient(patient, body, now), None, None).await?;
    let away = fx.care_team.iter().find(|s| s.email == fx.away.who);
    let theirs = away.is_some_and(|s| fp.appointments.iter().any(|a| a.provider == s.name));
    if let (true, Some(away)) = (theirs, away) {
        let staff = store.staff(&clinic.id).await?;
        if let (Some(m), Some(mut c)) = (
            staff.iter().find(|m| m.email.as_ref().is_some_and(|e| e.as_str() == away.email)),
            store.conversation(&clinic.id, &patient.thread_id).await?,
        ) {
            c.assign(&m.id, now);
            store.save_conversation(&c).await?;
        }
    }
    let category = crate::domain::ReplyCategory::Question;
    crate::web::promise::patient_wrote(state, clinic, &patient.thread_id, category, now).await;
    Ok(())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FixtureAppointment {
    in_hours: i64,
    duration_minutes: i64,
    location: String,
    provider: String,
}

fn bad(what: &str) -> impl Fn(crate::domain::ParseError) -> anyhow::Error + '_ {
    move |e| anyhow!("fixtures/demo.json: {what}: {e}")
}

/// What the demo sent, for printing.
pub struct DemoReport {
    pub clinic: Clinic,
    pub api_key: String,
    pub messages: Vec<crate::store::OutboxMessage>,
    /// Patients who share a phone (a household reminder): the phone and their names.
    pub households: Vec<(String, Vec<String>)>,
    /// Each demo patient's date of birth, by name, for the household page.
    pub birth_dates: Vec<(String, String)>,
    /// The care team's work emails, for the staff sign-in.
    pub care_team: Vec<String>,
    /// Who wrote to the care team (and was sent a link to their messages), by name.
    pub writers: Vec<String>,
}

impl DemoReport {
    /// "Ana Ruiz 2016-05-14, Mateo Ruiz 2019-02-03" for these names.
    pub fn birth_dates(&self, names: &[String]) -> String {
        let known = self.birth_dates.iter().filter(|(n, _)| names.contains(n));
        known.map(|(n, d)| format!("{n} {d}")).collect::<Vec<_>>().join(", ")
    }
}

/// Load the fixtures and send each patient a link. Separate from serving so tests can call it.
pub async fn load(state: &AppState) -> anyhow::Result<DemoReport> {
    let fx: Fixture = serde_json::from_str(FIXTURE).context("fixtures/demo.json")?;
    let store = &state.store;
    let now = state.now();
    let before = store.dev_outbox().await?.len();

    let (clinic, api_key) = match store.clinic_by_name(&fx.clinic.name).await? {
        Some(c) => {
            // The first run's key was shown once and is not stored: give this run its own.
            let key = crate::clinics::add_api_key(&**store, &*state.clock, &c.id).await?;
            (c, key)
        }
        None => {
            let (mut c, key) = crate::clinics::create_clinic(
                &**store,
                &*state.clock,
                &fx.clinic.name,
                Some(&fx.clinic.phone),
                &fx.clinic.time_zone,
            )
            .await?;
            let [start, end] = &fx.clinic.quiet_hours;
            c.quiet_hours = QuietHours::new(
                QuietHours::parse_hhmm(start).map_err(bad("quiet_hours"))?,
                QuietHours::parse_hhmm(end).map_err(bad("quiet_hours"))?,
            )
            .map_err(bad("quiet_hours"))?;
            store.update_clinic_settings(&c).await?;
            for s in &fx.care_team {
                store
                    .insert_staff(&StaffMember {
                        id: StaffId::new(),
                        clinic_id: c.id.clone(),
                        name: PersonName::parse(&s.name).map_err(bad("care_team.name"))?,
                        role: crate::domain::StaffRole::parse(&s.role).map_err(bad("care_team.role"))?,
                        email: Some(Email::parse(&s.email).map_err(bad("care_team.email"))?),
                        language: None,
                        created_at: now,
                    })
                    .await?;
            }
            // A saved reply for the care team to start from, in English and Spanish.
            let texts = [
                ("en", "The lab is open Monday to Friday, 8 am to 4 pm. No appointment is needed."),
                ("es", "El laboratorio abre de lunes a viernes, de 8 a. m. a 4 p. m. No necesita cita."),
            ];
            store
                .save_saved_reply(&crate::domain::SavedReply {
                    id: crate::domain::SavedReply::new_id(),
                    clinic_id: c.id.clone(),
                    title: "Lab hours".into(),
                    texts: texts.iter().map(|(l, t)| (l.to_string(), t.to_string())).collect(),
                    updated_at: now,
                })
                .await?;
            seed_teams(state, &fx, &c, now).await?;
            (c, key)
        }
    };

    let existing = store.patients(&clinic.id).await?;
    let today = now.to_zoned(clinic.time_zone.tz().clone()).date();
    let mut writers = vec![];
    for fp in &fx.patients {
        let patient = match existing.iter().find(|p| p.name.as_str() == fp.name) {
            Some(p) => p.clone(),
            None => {
                let channels = fp
                    .channels
                    .iter()
                    .map(|c| Channel::parse(c))
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(bad("channels"))?;
                let p = Patient {
                    birth_date: Some(BirthDate::parse(&fp.birth_date, today).map_err(bad("birth_date"))?),
                    phone: fp.phone.as_deref().map(Phone::parse).transpose().map_err(bad("phone"))?,
                    email: fp.email.as_deref().map(Email::parse).transpose().map_err(bad("email"))?,
                    ..Patient::new(
                        clinic.id.clone(),
                        PersonName::parse(&fp.name).map_err(bad("name"))?,
                        Locale::parse(&fp.language).map_err(bad("language"))?,
                        TimeZone::parse(&fp.time_zone).map_err(bad("time_zone"))?,
                        ChannelList::new(channels).map_err(bad("channels"))?,
                        now,
                    )
                };
                store.insert_patient(&p, &p.thread_id).await?;
                p
            }
        };
        // Appointments from an earlier run may have passed: keep one upcoming per fixture.
        let upcoming: Vec<Appointment> = store
            .appointments_for(&clinic.id, &patient.id)
            .await?
            .into_iter()
            .filter(|a| a.starts_at > now && a.status != AppointmentStatus::Cancelled)
            .collect();
        let mut next = upcoming.first().cloned();
        if upcoming.is_empty() {
            for fa in &fp.appointments {
                let a = Appointment {
                    location: Some(ShortText::parse(&fa.location).map_err(bad("location"))?),
                    provider: Some(ShortText::parse(&fa.provider).map_err(bad("provider"))?),
                    ..Appointment::new(&patient, office_hours(&clinic, now, fa.in_hours), fa.duration_minutes, now)
                };
                // The clinic's schedule ahead; the reminder for now is queued below, so one of the
                // schedule's that falls due within the hour would only repeat it.
                let soon = now + crate::notify::dispatch::SAME_HOUR;
                let planned: Vec<Delivery> = crate::notify::reminders::plan(&clinic, &patient, &a, &[], now)
                    .into_iter()
                    .filter(|d| d.due_at > soon)
                    .collect();
                store.insert_appointment(&a, &planned, None, None).await?;
                next.get_or_insert(a);
            }
        }
        // Something for the care team's inbox, written once (after the visits: it is routed by
        // the provider of the next one).
        if let Some(text) = &fp.writes
            && store.messages(&clinic.id, &patient.thread_id).await?.is_empty()
        {
            let body = crate::domain::MessageBody::parse(text).map_err(bad("writes"))?.into_string();
            demo_writes(state, &fx, &clinic, &patient, fp, body).await?;
        }
        // Each run reminds every demo patient of their next visit now, so there is something
        // to click; with no visit ahead, a sign-in link instead.
        let d = match &next {
            Some(a) => {
                crate::notify::reminders::plan(&clinic, &patient, a, &[], now).into_iter().next().map(|mut d| {
                    d.due_at = now;
                    d
                })
            }
            None => patient.first_channel().map(|channel| {
                let mut d = Delivery::new(&patient, DeliveryPurpose::Link, channel, now, now);
                d.link_purpose = Some(crate::domain::Purpose::SignIn);
                d.not_after = Some(now + SignedDuration::from_hours(1));
                d
            }),
        };
        if let Some(d) = d {
            store.insert_deliveries(&[d]).await?;
        }
        // Whoever wrote gets a link to their messages too, to try a live conversation with the
        // care team.
        if fp.writes.is_some()
            && let Some(channel) = patient.first_channel()
        {
            let mut d = Delivery::new(&patient, DeliveryPurpose::Link, channel, now, now);
            d.link_purpose = Some(crate::domain::Purpose::Thread);
            d.subject_id = Some(patient.thread_id.to_string());
            d.not_after = Some(now + SignedDuration::from_hours(1));
            store.insert_deliveries(&[d]).await?;
            writers.push(fp.name.clone());
        }
    }
    state.dispatcher.drain().await.context("sending the demo messages")?;
    let messages = store.dev_outbox().await?.split_off(before);
    let mut households: Vec<(String, Vec<String>)> = vec![];
    for fp in &fx.patients {
        let Some(phone) = &fp.phone else { continue };
        match households.iter_mut().find(|(p, _)| p == phone) {
            Some((_, names)) => names.push(fp.name.clone()),
            None => households.push((phone.clone(), vec![fp.name.clone()])),
        }
    }
    households.retain(|(_, names)| names.len() > 1);
    let birth_dates = fx.patients.iter().map(|fp| (fp.name.clone(), fp.birth_date.clone())).collect();
    let care_team = fx.care_team.iter().map(|s| s.email.clone()).collect();
    Ok(DemoReport { clinic, api_key, messages, households, birth_dates, care_team, writers })
}

/// About `in_hours` from now, moved into the clinic's office hours (9:00 to 16:30 local) so
/// the demo's visits look like real ones whatever time it is run.
fn office_hours(clinic: &Clinic, now: Timestamp, in_hours: i64) -> Timestamp {
    let target = (now + SignedDuration::from_hours(in_hours)).to_zoned(clinic.time_zone.tz().clone());
    let slot = in_hours.rem_euclid(15) as i8; // half-hour slots from 9:00
    let at = target
        .with()
        .hour(9 + slot / 2)
        .minute(if slot % 2 == 0 { 0 } else { 30 })
        .second(0)
        .subsec_nanosecond(0)
        .build();
    match at {
        Ok(z) if z.timestamp() > now + SignedDuration::from_hours(1) => z.timestamp(),
        Ok(z) => z.tomorrow().map(|t| t.timestamp()).unwrap_or(now + SignedDuration::from_hours(in_hours)),
        Err(_) => now + SignedDuration::from_hours(in_hours),
    }
}

pub async fn run(mut config: Config) -> anyhow::Result<()> {
    // The demo never reaches a real phone or inbox.
    config.sms = SmsConfig::Dev;
    config.email = EmailConfig::Dev;
    config.allow_dev_channels = true;
    // Passkeys refuse an IP address as the site: unless told otherwise, the demo's links and
    // pages are at `localhost` (the same loopback address).
    if std::env::var_os("PORTICO_PUBLIC_URL").is_none()
        && config.public_url.host_str() == Some("127.0.0.1")
        && config.public_url.set_host(Some("localhost")).is_err()
    {
        anyhow::bail!("could not use localhost as the demo's public URL");
    }
    let app = Application::build(config).await?;
    let report = load(app.state()).await?;
    let fx: Fixture = serde_json::from_str(FIXTURE).context("fixtures/demo.json")?;
    let base = app.state().links.public_base.clone();
    println!("Portico demo: {}", report.clinic.name);
    println!("Database: {}", crate::config::redact_url(&app.state().config.database_url));
    println!("Clinic API key for this run (shown once): {}", report.api_key);
    println!();
    println!("Sent {} messages through the dev outbox:", report.messages.len());
    for m in &report.messages {
        println!();
        match &m.subject {
            Some(s) => println!("  {} to {} — {}", m.channel, m.to, s),
            None => println!("  {} to {}", m.channel, m.to),
        }
        for line in m.body.lines() {
            println!("    {line}");
        }
    }
    for (phone, family) in &report.households {
        println!();
        println!("  {} share the phone {phone}: their reminders came as one SMS above.", family.join(" and "));
        println!("  Open it and give a date of birth to open each visit: {}.", report.birth_dates(family));
    }
    if let Some(first) = report.care_team.first() {
        println!();
        println!("Care team: open {base}/staff/signin and enter a work email, e.g. {first}");
        println!("  (also: {}).", report.care_team[1..].join(", "));
        println!("  The sign-in email lands in {base}/dev/outbox: open its link, or type its code.");
        println!("  The inbox lists what patients wrote; reply, assign, mark waiting or close. A");
        println!("  conversation's page also offers saved replies (try \"Lab hours\") and internal notes;");
        println!("  reply-time figures are at {base}/staff/reports.");
        println!("Teams: messages go to Front desk, Nurses (refills) or Dr. Herrera's team (his patients).");
        println!("  Dr. Herrera is away for {} days, Dr. Okafor covering: sign in as", fx.away.days);
        println!("  {} and open \"Mine\" — Maria Lopez's question is there, and her messages page", fx.away.cover);
        println!("  tells her who is answering. \"Away\" on the inbox plans an absence; a late reply is");
        println!("  warned of at 3/4 of its time and escalated at its deadline (emails in the dev outbox).");
        if let Some(writer) = report.writers.first() {
            println!("Live chat: open {writer}'s conversation in the inbox, and in another browser (or a");
            println!("  private window) the link to {writer}'s messages above; after the step-up (its code");
            println!("  is in the dev outbox) replies, typing and \"seen\" appear on both pages at once.");
            println!("Caregivers: on {writer}'s pages, Settings → \"People who help you\" invites someone by");
            println!("  phone or email; open the invitation from the dev outbox in another browser, ask for the");
            println!("  code (also in the outbox) and type it: you are then helping {writer}, within the scopes");
            println!("  chosen, until {writer} withdraws it. Tick \"Also send them my appointment reminders\" and");
            println!("  each of {writer}'s upcoming reminders is copied to them at its time, with a one-tap link");
            println!(
                "  of their own: it opens {writer}'s visits (confirm, cancel, \"Ask for another time\") without a"
            );
            println!("  code; anything more asks them to sign in. The grant's card turns the copies off; so does");
            println!("  STOP from them.");
            println!("  Settings → \"Who opened your record\" then lists");
            println!("  what {writer} and the caregiver did, and how each signed in. A caregiver whose session");
            println!("  has ended signs in again at /p/for/sign-in (\"Helping someone?\" on /signin).");
            println!("Red flags: on {writer}'s messages page, write \"me duele el pecho\": the safety reply");
            println!("  shows at once and the conversation is marked urgent in the inbox.");
        }
    }
    println!();
    println!("EHR import: in another terminal, in this folder, import a FHIR bundle of two patients, three");
    println!("  visits and a power of attorney, invited by email (run it twice: the second changes nothing):");
    println!("  cargo run -- import fhir fixtures/fhir-sample.json --mrn-system urn:oid:2.16.840.1.113883.3.1234.1");
    println!("  (from the repository's folder; the demo clinic is the only one, so no --clinic is needed).");
    println!("  The same from a CSV file of one row per visit (two more patients, three visits):");
    println!("  cargo run -- import csv fixtures/visits-sample.csv");
    println!();
    println!("Dev outbox: {base}/dev/outbox");
    println!("Serving on {base} (Ctrl-C to stop)");
    app.run_until_stopped().await
}
