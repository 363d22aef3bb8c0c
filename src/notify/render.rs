//! The words of link messages. No health details ever: the clinic's name, what the link is
//! for, the link, and how to stop. (The patient-pages issue moves these into per-locale
//! Fluent files.)

use crate::domain::Purpose;
use crate::store::{Clinic, Patient};

pub struct LinkMessage {
    pub sms: String,
    pub email_subject: String,
    pub email_body: String,
}

pub fn render_link_message(
    clinic: &Clinic,
    patient: &Patient,
    purpose: Purpose,
    url: &str,
) -> LinkMessage {
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
    let contact = clinic
        .phone
        .as_ref()
        .map(|p| format!("\nTo reach a person, call {p}.\n"))
        .unwrap_or_default();
    let email_body = format!(
        "Hello {},\n\n{} — {what}:\n\n{url}\n\nThe link works once and expires. If it has expired, open it anyway and ask for a new one.\n{contact}",
        patient.name.given(),
        clinic.name,
    );
    LinkMessage {
        sms,
        email_subject,
        email_body,
    }
}
