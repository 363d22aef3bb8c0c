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
#[path = "render_tests.rs"]
mod tests;
