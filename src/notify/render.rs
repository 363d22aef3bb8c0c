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
