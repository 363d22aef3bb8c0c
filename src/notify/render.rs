//! The words of link messages. No health details ever: the clinic's name, what the link is
//! for, the link, and how to stop. (The patient-pages issue moves these into per-locale
//! Fluent files.)

use super::EmailContent;
use crate::domain::Purpose;
use crate::store::{Clinic, Patient};
use askama::Template;

pub struct LinkMessage {
    pub sms: String,
    pub email_subject: String,
    pub email_body: String,
    pub email_html: String,
}

impl LinkMessage {
    pub fn email(&self) -> EmailContent<'_> {
        EmailContent { subject: &self.email_subject, text: &self.email_body, html: &self.email_html }
    }
}

#[derive(Template)]
#[template(path = "email_link.html")]
struct LinkEmailHtml<'a> {
    lang: &'a str,
    clinic: &'a str,
    given_name: &'a str,
    what: &'a str,
    url: &'a str,
    clinic_phone: Option<String>,
}

pub fn render_link_message(clinic: &Clinic, patient: &Patient, purpose: Purpose, url: &str) -> LinkMessage {
    let what = match purpose {
        Purpose::SignIn => "here is your link to sign in",
        Purpose::Appointment => "view and confirm your appointment",
        Purpose::Thread => "you have a new message",
    };
    let sms = format!("{}: {what}: {url} Reply STOP to opt out.", clinic.name);
    let email_subject = match purpose {
        Purpose::SignIn => format!("{}: your sign-in link", clinic.name),
        Purpose::Appointment => format!("{}: your appointment", clinic.name),
        Purpose::Thread => format!("{}: you have a new message", clinic.name),
    };
    let contact = clinic.phone.as_ref().map(|p| format!("\nTo reach a person, call {p}.\n")).unwrap_or_default();
    let email_body = format!(
        "Hello {},\n\n{} — {what}:\n\n{url}\n\nThe link works once and expires. If it has expired, open it anyway and ask for a new one.\n{contact}",
        patient.name.given(),
        clinic.name,
    );
    let email_html = LinkEmailHtml {
        lang: patient.language.language(),
        clinic: &clinic.name,
        given_name: patient.name.given(),
        what,
        url,
        clinic_phone: clinic.phone.as_ref().map(|p| p.to_string()),
    }
    .render()
    // The template has no fallible parts; should rendering ever fail, the text part still
    // carries everything.
    .unwrap_or_default();
    LinkMessage { sms, email_subject, email_body, email_html }
}

/// The words of a queued delivery, in the patient's language where Portico has it (English
/// and Spanish now; the patient-pages issue moves every locale into Fluent files).
pub fn render_delivery(
    clinic: &Clinic,
    patient: &Patient,
    d: &crate::store::Delivery,
    appointment: Option<&crate::store::Appointment>,
    url: &str,
) -> LinkMessage {
    use crate::domain::DeliveryPurpose;
    let spanish = patient.language.language() == "es";
    let when = appointment.map(|a| visit_time(a.starts_at, patient, spanish)).unwrap_or_default();
    let (sms_what, subject_what) = match (d.purpose, spanish) {
        (DeliveryPurpose::Link, _) => {
            return render_link_message(clinic, patient, d.link_purpose.unwrap_or(Purpose::SignIn), url);
        }
        (DeliveryPurpose::Reminder, false) => (format!("visit {when}. Confirm or change"), "appointment reminder"),
        (DeliveryPurpose::Reminder, true) => (format!("cita {when}. Confirme o cambie"), "recordatorio de cita"),
        (DeliveryPurpose::Cancellation, false) => {
            (format!("your visit {when} is cancelled. Details"), "appointment cancelled")
        }
        (DeliveryPurpose::Cancellation, true) => (format!("su cita {when} fue cancelada. Detalles"), "cita cancelada"),
        (DeliveryPurpose::MessageAlert, false) => {
            ("you have a new message. Read it".to_string(), "you have a new message")
        }
        (DeliveryPurpose::MessageAlert, true) => {
            ("tiene un mensaje nuevo. Léalo".to_string(), "tiene un mensaje nuevo")
        }
    };
    let stop = if spanish { "Resp STOP p/ salir" } else { "STOP to opt out" };
    let sms = fit_one_segment(&clinic.name, &format!(": {sms_what}: {url} {stop}"));
    let email_subject = format!("{}: {subject_what}", clinic.name);
    let (hello, tail) = if spanish {
        ("Hola", "El enlace funciona una vez y vence. Si venció, ábralo de todos modos y pida uno nuevo.")
    } else {
        ("Hello", "The link works once and expires. If it has expired, open it anyway and ask for a new one.")
    };
    let contact = clinic.phone.as_ref().map(|p| format!("\n{p}\n")).unwrap_or_default();
    let email_body =
        format!("{hello} {},\n\n{}: {sms_what}:\n\n{url}\n\n{tail}\n{contact}", patient.name.given(), clinic.name);
    let email_html = LinkEmailHtml {
        lang: patient.language.language(),
        clinic: &clinic.name,
        given_name: patient.name.given(),
        what: &sms_what,
        url,
        clinic_phone: clinic.phone.as_ref().map(|p| p.to_string()),
    }
    .render()
    .unwrap_or_default();
    LinkMessage { sms, email_subject, email_body, email_html }
}

/// `name + rest`, shortening a long clinic name so the whole stays in one SMS segment where
/// the alphabet allows. The rest (what, when, link, opt-out) is never cut.
fn fit_one_segment(name: &str, rest: &str) -> String {
    let mut chars: Vec<char> = name.chars().collect();
    loop {
        let candidate: String = chars.iter().collect::<String>() + rest;
        if super::segments::count(&candidate) == 1 || chars.len() <= 12 {
            return candidate;
        }
        chars.pop();
        while chars.last().is_some_and(|c| c.is_whitespace()) {
            chars.pop();
        }
    }
}

/// "Tue Dec 1 3:30PM" / "mar 1 dic 15:30", in the patient's own time zone: short enough for
/// one SMS segment, no health details.
pub fn visit_time(t: jiff::Timestamp, patient: &Patient, spanish: bool) -> String {
    let z = t.to_zoned(patient.time_zone.tz().clone());
    if spanish {
        // Without accents outside GSM-7 ("sáb" would force UCS-2 and halve the segment).
        const DAYS: [&str; 7] = ["lun", "mar", "mié", "jue", "vie", "sab", "dom"];
        const MONTHS: [&str; 12] = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"];
        let day = DAYS[usize::from(z.weekday().to_monday_zero_offset().unsigned_abs())];
        let month = MONTHS[usize::from(z.month().unsigned_abs()).saturating_sub(1).min(11)];
        format!("{day} {} {month} {}", z.day(), z.strftime("%H:%M"))
    } else {
        z.strftime("%a %b %-d %-I:%M%p").to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{
        AppointmentId, AppointmentStatus, Channel, ChannelList, DeliveryPurpose, Locale, PatientId, PersonName, Phone,
        ThreadId, TimeZone,
    };
    use crate::notify::segments::{Encoding, count, encoding};
    use crate::store::{Appointment, Delivery};

    fn patient(lang: &str, zone: &str) -> Patient {
        let now = jiff::Timestamp::now();
        Patient {
            id: PatientId::new(),
            clinic_id: crate::domain::ClinicId::new(),
            name: PersonName::parse("María José de la Cruz").unwrap(),
            birth_date: None,
            phone: Some(Phone::parse("+13125550142").unwrap()),
            email: None,
            language: Locale::parse(lang).unwrap(),
            time_zone: TimeZone::parse(zone).unwrap(),
            channels: ChannelList::new(vec![Channel::Sms]).unwrap(),
            phone_status: None,
            email_status: None,
            thread_id: ThreadId::new(),
            created_at: now,
            updated_at: now,
        }
    }

    /// A real 30-character public URL and a full-length token.
    fn url() -> String {
        let base = "https://portal.lakeside.clinic";
        assert_eq!(base.len(), 30);
        format!("{base}/l/{}", "A".repeat(43))
    }

    #[test]
    fn every_english_and_spanish_reminder_fits_one_gsm7_segment() {
        let clinic = Clinic::new(
            "Lakeside Family Clinic".into(),
            Some(Phone::parse("+13125550100").unwrap()),
            TimeZone::parse("America/Chicago").unwrap(),
            jiff::Timestamp::now(),
        );
        let start: jiff::Timestamp = "2030-01-01T00:00:00Z".parse().unwrap();
        let mut checked = 0;
        for lang in ["en", "es"] {
            let p = patient(lang, "America/Chicago");
            // Every weekday, month and hour (5 is coprime with 24), with a spread of minutes.
            for step in (0..(366 * 24)).step_by(5) {
                let t = start
                    + jiff::SignedDuration::from_hours(step)
                    + jiff::SignedDuration::from_mins((step % 4) * 15 + 14);
                let a = Appointment {
                    id: AppointmentId::new(),
                    clinic_id: clinic.id.clone(),
                    patient_id: p.id.clone(),
                    starts_at: t,
                    duration_minutes: 30,
                    location: None,
                    provider: None,
                    status: AppointmentStatus::Scheduled,
                    cancel_reason: None,
                    reminders: None,
                    created_at: t,
                    updated_at: t,
                };
                for purpose in [DeliveryPurpose::Reminder, DeliveryPurpose::Cancellation, DeliveryPurpose::MessageAlert]
                {
                    let d = Delivery::new(&p, purpose, Channel::Sms, t, t);
                    let sms = render_delivery(&clinic, &p, &d, Some(&a), &url()).sms;
                    assert_eq!(encoding(&sms), Encoding::Gsm7, "{lang}: {sms}");
                    assert_eq!(count(&sms), 1, "{lang} ({} chars): {sms}", sms.chars().count());
                    assert!(sms.contains(&url()) && sms.contains("STOP"));
                    checked += 1;
                }
            }
        }
        assert!(checked > 10_000);
    }

    #[test]
    fn a_long_clinic_name_is_shortened_not_the_link() {
        let clinic = Clinic::new(
            "The Greater Lakeside Community Family Health and Wellness Center".into(),
            None,
            TimeZone::parse("America/Chicago").unwrap(),
            jiff::Timestamp::now(),
        );
        let p = patient("en", "America/Chicago");
        let d = Delivery::new(
            &p,
            DeliveryPurpose::MessageAlert,
            Channel::Sms,
            jiff::Timestamp::now(),
            jiff::Timestamp::now(),
        );
        let sms = render_delivery(&clinic, &p, &d, None, &url()).sms;
        assert_eq!(count(&sms), 1, "{sms}");
        assert!(sms.starts_with("The Greater Lakeside") && sms.contains(&url()));
    }

    #[test]
    fn a_message_alert_carries_no_message() {
        let clinic = Clinic::new("Lakeside".into(), None, TimeZone::parse("UTC").unwrap(), jiff::Timestamp::now());
        let p = patient("es", "UTC");
        let d = Delivery::new(
            &p,
            DeliveryPurpose::MessageAlert,
            Channel::Sms,
            jiff::Timestamp::now(),
            jiff::Timestamp::now(),
        );
        let m = render_delivery(&clinic, &p, &d, None, &url());
        assert!(m.sms.contains("mensaje nuevo"));
        assert!(m.email_body.contains(&url()) && m.email_html.contains(&url()));
    }
}
