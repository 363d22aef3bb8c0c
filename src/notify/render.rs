//! The words of every message Portico sends, from the patient's locale file. No health details
//! ever: the clinic's name, what the message is about, the time of a visit, the link, and how
//! to stop. A reminder also says how to confirm or cancel by reply when that fits in the
//! segments the reminder takes anyway (with a short public URL it does; with a long one the
//! link alone carries it). An email with a link also carries the link's code and where to
//! type it (`/c`), for a link that will not open; an SMS does not (it would cost a segment,
//! and the landing page the SMS opens shows the code).

use super::EmailContent;
use crate::domain::{DeliveryPurpose, Purpose};
use crate::i18n::{Arg, Lang};
use crate::store::{Appointment, Clinic, Delivery, Patient};
use askama::Template;

pub struct LinkMessage {
    pub sms: String,
    pub email_subject: String,
    pub email_body: String,
    pub email_html: String,
}

impl LinkMessage {
    pub fn email(&self) -> EmailContent<'_> {
        EmailContent { subject: &self.email_subject, text: &self.email_body, html: &self.email_html, unsubscribe: None }
    }
}

/// A link's code and the address to type it at, for the email that carries the link.
pub struct CodeHint<'a> {
    pub code: &'a str,
    pub at: &'a str,
}

#[derive(Template)]
#[template(path = "email_link.html")]
struct LinkEmailHtml<'a> {
    t: Lang,
    clinic: &'a str,
    hello: String,
    what: String,
    url: &'a str,
    /// What the link is and how long it works (for a caregiver's copy: why they get it).
    note: String,
    code_line: Option<String>,
    clinic_phone: Option<String>,
    /// "Outside opening hours, call …", when the clinic has an after-hours line.
    after_hours: Option<String>,
}

#[derive(Template)]
#[template(path = "email_plain.html")]
struct PlainEmailHtml<'a> {
    t: Lang,
    clinic: &'a str,
    text: &'a str,
}

/// A one-paragraph HTML email (codes, notices) in the house style.
pub fn plain_html(t: Lang, clinic: &str, text: &str) -> String {
    PlainEmailHtml { t, clinic, text }.render().unwrap_or_default()
}

/// Message ids for a link message: SMS, email subject, and the email's "what".
fn link_keys(purpose: Purpose) -> (&'static str, &'static str, &'static str) {
    match purpose {
        Purpose::SignIn => ("sms-link-signin", "email-subject-signin", "email-what-signin"),
        Purpose::Appointment => ("sms-link-appointment", "email-subject-appointment", "email-what-appointment"),
        Purpose::Thread => ("sms-link-thread", "email-subject-thread", "email-what-thread"),
        Purpose::Refill => ("sms-link-refill", "email-subject-refill", "email-what-refill"),
        Purpose::Settings => ("sms-link-settings", "email-subject-settings", "email-what-settings"),
        // A household reminder is rendered by `render_household`; this is its plain-link form.
        Purpose::Household => ("sms-link-appointment", "email-subject-appointment", "email-what-appointment"),
    }
}

/// Message ids for a queued delivery that is not a plain link.
fn delivery_keys(purpose: DeliveryPurpose) -> Option<(&'static str, &'static str, &'static str)> {
    Some(match purpose {
        DeliveryPurpose::Link => return None,
        DeliveryPurpose::Reminder => ("sms-reminder", "email-subject-reminder", "email-what-reminder"),
        DeliveryPurpose::Cancellation => ("sms-cancellation", "email-subject-cancellation", "email-what-cancellation"),
        DeliveryPurpose::MessageAlert => {
            ("sms-message-alert", "email-subject-message-alert", "email-what-message-alert")
        }
        DeliveryPurpose::RefillUpdate => {
            ("sms-refill-update", "email-subject-refill-update", "email-what-refill-update")
        }
    })
}

pub fn render_link_message(
    clinic: &Clinic,
    patient: &Patient,
    purpose: Purpose,
    url: &str,
    code: Option<&CodeHint<'_>>,
) -> LinkMessage {
    compose(clinic, patient, link_keys(purpose), None, url, code)
}

/// The words of a queued delivery, in the patient's language.
pub fn render_delivery(
    clinic: &Clinic,
    patient: &Patient,
    d: &Delivery,
    appointment: Option<&Appointment>,
    url: &str,
    code: Option<&CodeHint<'_>>,
) -> LinkMessage {
    match delivery_keys(d.purpose) {
        Some(keys) => compose(clinic, patient, keys, appointment, url, code),
        None => render_link_message(clinic, patient, d.link_purpose.unwrap_or(Purpose::SignIn), url, code),
    }
}

fn compose(
    clinic: &Clinic,
    patient: &Patient,
    (sms_key, subject_key, what_key): (&str, &str, &str),
    appointment: Option<&Appointment>,
    url: &str,
    code: Option<&CodeHint<'_>>,
) -> LinkMessage {
    let t = Lang::for_locale(&patient.language);
    let short_when = appointment.map(|a| visit_time(t, a.starts_at, patient)).unwrap_or_default();
    let long_when =
        appointment.map(|a| t.datetime_long(&a.starts_at.to_zoned(patient.time_zone.tz().clone()))).unwrap_or_default();
    let render = |key: &str, name: &str| {
        let (yes, no) = (t.t("reply-word-confirm"), t.t("reply-word-cancel"));
        t.f(
            key,
            &[
                ("clinic", Arg::Str(name)),
                ("when", Arg::Str(&short_when)),
                ("url", Arg::Str(url)),
                ("yes", Arg::Str(&yes)),
                ("no", Arg::Str(&no)),
            ],
        )
    };
    let mut sms = fit_one_segment(&clinic.name, |name| render(sms_key, name));
    if sms_key == "sms-reminder" {
        // Say how to answer by reply when that costs no extra segment.
        let with_reply = render("sms-reminder-reply", &clinic.name);
        if super::segments::count(&with_reply) <= super::segments::count(&sms) {
            sms = with_reply;
        }
    }
    let email_subject = t.f(subject_key, &[("clinic", Arg::Str(&clinic.name))]);
    let what = t.f(what_key, &[("when", Arg::Str(&long_when))]);
    let hello = t.f1("email-hello", "name", patient.name.given());
    let home = patient.phone.as_ref().or(clinic.phone.as_ref());
    let phone = clinic.phone.as_ref().map(|p| p.shown_to(home));
    let after_hours = clinic.after_hours_phone.as_ref().map(|p| t.f1("email-after-hours", "phone", &p.shown_to(home)));
    let mut call = phone.as_deref().map(|p| format!("\n{}\n", t.f1("email-call", "phone", p))).unwrap_or_default();
    if let Some(line) = &after_hours {
        call.push_str(&format!("{}{line}\n", if call.is_empty() { "\n" } else { "" }));
    }
    let code_line = code
        .map(|c| t.f("email-code", &[("code", Arg::Str(c.code)), ("url", Arg::Str(c.at))]))
        .filter(|_| !url.is_empty());
    let code_text = code_line.as_deref().map(|l| format!("\n{l}\n")).unwrap_or_default();
    let email_body =
        format!("{hello}\n\n{}: {what}:\n\n{url}\n\n{}\n{code_text}{call}", clinic.name, t.t("email-link-note"));
    let note = t.t("email-link-note");
    let email_html =
        LinkEmailHtml { t, clinic: &clinic.name, hello, what, url, note, code_line, clinic_phone: phone, after_hours }
            .render()
            // The template has no fallible parts; should rendering ever fail, the text part still
            // carries everything.
            .unwrap_or_default();
    LinkMessage { sms, email_subject, email_body, email_html }
}

/// The words of a caregiver's copy of a reminder or a cancellation notice, to `to` (the copy's
/// recipient: the caregiver's name, contact point and language, the patient's time zone). No
/// name of the patient (whoever sees the caregiver's phone sees no more than the time), the
/// caregiver's page for the patient's visits, and how to stop the copies. It invites no reply
/// words: a caregiver's text does not confirm or cancel.
pub fn render_copy(
    clinic: &Clinic,
    to: &Patient,
    d: &Delivery,
    appointment: Option<&Appointment>,
    url: &str,
) -> LinkMessage {
    let t = Lang::for_locale(&to.language);
    let (sms_key, subject_key, what_key) = match d.purpose {
        DeliveryPurpose::Cancellation => {
            ("sms-copy-cancellation", "email-subject-copy-cancellation", "email-what-copy-cancellation")
        }
        _ => ("sms-copy-reminder", "email-subject-copy-reminder", "email-what-copy-reminder"),
    };
    let zone = to.time_zone.tz().clone();
    let short_when = appointment.map(|a| visit_time(t, a.starts_at, to)).unwrap_or_default();
    let long_when = appointment.map(|a| t.datetime_long(&a.starts_at.to_zoned(zone))).unwrap_or_default();
    let sms = fit_one_segment(&clinic.name, |name| {
        t.f(sms_key, &[("clinic", Arg::Str(name)), ("when", Arg::Str(&short_when)), ("url", Arg::Str(url))])
    });
    let email_subject = t.f(subject_key, &[("clinic", Arg::Str(&clinic.name))]);
    let what = t.f(what_key, &[("when", Arg::Str(&long_when))]);
    let hello = t.f1("email-hello", "name", to.name.given());
    let note = t.t("email-copy-why");
    let phone = clinic.phone.as_ref().map(|p| p.shown_to(to.phone.as_ref()));
    let call = phone.as_deref().map(|p| format!("\n{}\n", t.f1("email-call", "phone", p))).unwrap_or_default();
    let email_body = format!("{hello}\n\n{}: {what}:\n\n{url}\n\n{note}\n{call}", clinic.name);
    let email_html = LinkEmailHtml {
        t,
        clinic: &clinic.name,
        hello,
        what,
        url,
        note,
        code_line: None,
        clinic_phone: phone,
        after_hours: None,
    }
    .render()
    .unwrap_or_default();
    LinkMessage { sms, email_subject, email_body, email_html }
}

/// One SMS for the visits of several patients who share a phone (soonest first): how many,
/// when, the link and how to stop. No names, in the language of the patient it goes to.
pub fn render_household(clinic: &Clinic, to: &Patient, visits: &[(&Appointment, &Patient)], url: &str) -> String {
    let t = Lang::for_locale(&to.language);
    let whens: Vec<String> = visits.iter().map(|(a, p)| visit_time(t, a.starts_at, p)).collect();
    let whens = whens.join(", ");
    fit_one_segment(&clinic.name, |name| {
        t.f(
            "sms-household",
            &[
                ("clinic", Arg::Str(name)),
                ("count", Arg::Num(visits.len() as i64)),
                ("whens", Arg::Str(&whens)),
                ("url", Arg::Str(url)),
            ],
        )
    })
}

/// The SMS `render` makes, shortening a long clinic name so the whole stays in one segment
/// where the alphabet allows. The rest (what, when, link, opt-out) is never cut.
fn fit_one_segment(name: &str, render: impl Fn(&str) -> String) -> String {
    let mut chars: Vec<char> = name.chars().collect();
    loop {
        let candidate = render(&chars.iter().collect::<String>());
        if super::segments::count(&candidate) == 1 || chars.len() <= 12 {
            return candidate;
        }
        chars.pop();
        while chars.last().is_some_and(|c| c.is_whitespace()) {
            chars.pop();
        }
    }
}

/// "Tue Mar 5 3:30 PM", in the patient's own time zone and language: short enough for one
/// SMS segment, no health details.
pub fn visit_time(t: Lang, at: jiff::Timestamp, patient: &Patient) -> String {
    t.datetime_short(&at.to_zoned(patient.time_zone.tz().clone()))
}

#[cfg(test)]
#[path = "render_tests.rs"]
mod tests;
