//! Unit tests for `render`.
#![allow(clippy::disallowed_methods)] // a unit test may read the wall clock

use super::*;
use crate::domain::{Channel, ChannelList, DeliveryPurpose, Locale, PersonName, Phone, TimeZone};
use crate::notify::segments::{Encoding, count, encoding};
use crate::store::{Appointment, Delivery};

fn patient(lang: &str, zone: &str) -> Patient {
    let now = jiff::Timestamp::now();
    Patient {
        phone: Some(Phone::parse("+13125550142").unwrap()),
        ..Patient::new(
            crate::domain::ClinicId::new(),
            PersonName::parse("María José de la Cruz").unwrap(),
            Locale::parse(lang).unwrap(),
            TimeZone::parse(zone).unwrap(),
            ChannelList::new(vec![Channel::Sms]).unwrap(),
            now,
        )
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
            let t =
                start + jiff::SignedDuration::from_hours(step) + jiff::SignedDuration::from_mins((step % 4) * 15 + 14);
            let a = Appointment::new(&p, t, 30, t);
            for purpose in [DeliveryPurpose::Reminder, DeliveryPurpose::Cancellation, DeliveryPurpose::MessageAlert] {
                let d = Delivery::new(&p, purpose, Channel::Sms, t, t);
                let sms = render_delivery(&clinic, &p, &d, Some(&a), &url(), None).sms;
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
    let d =
        Delivery::new(&p, DeliveryPurpose::MessageAlert, Channel::Sms, jiff::Timestamp::now(), jiff::Timestamp::now());
    let sms = render_delivery(&clinic, &p, &d, None, &url(), None).sms;
    assert_eq!(count(&sms), 1, "{sms}");
    assert!(sms.starts_with("The Greater Lakeside") && sms.contains(&url()));
}

#[test]
fn a_message_alert_carries_no_message() {
    let clinic = Clinic::new("Lakeside".into(), None, TimeZone::parse("UTC").unwrap(), jiff::Timestamp::now());
    let p = patient("es", "UTC");
    let d =
        Delivery::new(&p, DeliveryPurpose::MessageAlert, Channel::Sms, jiff::Timestamp::now(), jiff::Timestamp::now());
    let m = render_delivery(&clinic, &p, &d, None, &url(), None);
    assert!(m.sms.contains("mensaje nuevo"));
    assert!(m.email_body.contains(&url()) && m.email_html.contains(&url()));
}

#[test]
fn every_locale_renders_every_message_with_link_and_stop() {
    let clinic = Clinic::new(
        "Lakeside Family Clinic".into(),
        Some(Phone::parse("+13125550100").unwrap()),
        TimeZone::parse("America/Chicago").unwrap(),
        jiff::Timestamp::now(),
    );
    let t: jiff::Timestamp = "2030-12-29T23:45:00Z".parse().unwrap();
    for lang in crate::i18n::Lang::all() {
        let p = patient(lang.code(), "America/Chicago");
        let a = Appointment::new(&p, t, 30, t);
        let purposes = [
            DeliveryPurpose::Reminder,
            DeliveryPurpose::Cancellation,
            DeliveryPurpose::MessageAlert,
            DeliveryPurpose::RefillUpdate,
        ];
        for purpose in purposes {
            let d = Delivery::new(&p, purpose, Channel::Sms, t, t);
            let m = render_delivery(&clinic, &p, &d, Some(&a), &url(), None);
            let code = lang.code();
            assert!(m.sms.contains(&url()) && m.sms.contains("STOP"), "{code}: {}", m.sms);
            assert!(count(&m.sms) <= 3, "{code}: {} segments: {}", count(&m.sms), m.sms);
            assert!(!m.sms.contains('{') && !m.email_subject.contains('{'), "{code}: unfilled: {}", m.sms);
            assert!(m.email_subject.contains("Lakeside"), "{code}: {}", m.email_subject);
            assert!(m.email_body.contains(&url()) && m.email_html.contains(&url()), "{code}");
            assert!(m.email_html.contains(&format!("lang=\"{code}\"")), "{code}");
        }
        for purpose in [Purpose::SignIn, Purpose::Appointment, Purpose::Thread, Purpose::Refill, Purpose::Settings] {
            let m = render_link_message(&clinic, &p, purpose, &url(), None);
            assert!(m.sms.contains(&url()) && m.sms.contains("STOP"), "{}: {}", lang.code(), m.sms);
        }
    }
}

#[test]
fn with_a_short_public_url_every_english_and_spanish_reminder_says_how_to_reply_in_one_segment() {
    let clinic = Clinic::new(
        "Lakeside Family Clinic".into(),
        Some(Phone::parse("+13125550100").unwrap()),
        TimeZone::parse("America/Chicago").unwrap(),
        jiff::Timestamp::now(),
    );
    let base = "https://lksd.health";
    let url = format!("{base}/l/{}", "A".repeat(43));
    let start: jiff::Timestamp = "2030-01-01T00:00:00Z".parse().unwrap();
    let mut checked = 0;
    for lang in ["en", "es"] {
        let p = patient(lang, "America/Chicago");
        let t = crate::i18n::Lang::for_locale(&p.language);
        let (yes, no) = (t.t("reply-word-confirm"), t.t("reply-word-cancel"));
        for step in (0..(366 * 24)).step_by(5) {
            let at =
                start + jiff::SignedDuration::from_hours(step) + jiff::SignedDuration::from_mins((step % 4) * 15 + 14);
            let a = Appointment::new(&p, at, 30, at);
            let d = Delivery::new(&p, DeliveryPurpose::Reminder, Channel::Sms, at, at);
            let sms = render_delivery(&clinic, &p, &d, Some(&a), &url, None).sms;
            assert_eq!(count(&sms), 1, "{lang} ({} chars): {sms}", sms.chars().count());
            assert!(sms.contains(&format!("{yes}=")) && sms.contains(&format!("{no}=")), "{lang}: {sms}");
            assert!(sms.starts_with("Lakeside Family Clinic:") && sms.contains(&url) && sms.contains("STOP"));
            checked += 1;
        }
    }
    assert!(checked > 3_000);
}

#[test]
fn a_reminder_says_how_to_reply_only_when_that_costs_no_segment() {
    let clinic = Clinic::new(
        "Lakeside Family Clinic".into(),
        None,
        TimeZone::parse("America/Chicago").unwrap(),
        jiff::Timestamp::now(),
    );
    let at: jiff::Timestamp = "2030-09-11T15:45:00Z".parse().unwrap();
    let mut replies = vec![];
    for lang in crate::i18n::Lang::all() {
        let p = patient(lang.code(), "America/Chicago");
        let a = Appointment::new(&p, at, 30, at);
        let d = Delivery::new(&p, DeliveryPurpose::Reminder, Channel::Sms, at, at);
        for url in [url(), format!("https://lk.md/l/{}", "A".repeat(43))] {
            let sms = render_delivery(&clinic, &p, &d, Some(&a), &url, None).sms;
            let args = |key: &str| {
                lang.f(
                    key,
                    &[
                        ("clinic", crate::i18n::Arg::Str("Lakeside Family Clinic")),
                        ("when", crate::i18n::Arg::Str(&visit_time(lang, at, &p))),
                        ("url", crate::i18n::Arg::Str(&url)),
                        ("yes", crate::i18n::Arg::Str(&lang.t("reply-word-confirm"))),
                        ("no", crate::i18n::Arg::Str(&lang.t("reply-word-cancel"))),
                    ],
                )
            };
            assert!(count(&sms) <= count(&args("sms-reminder")), "{}: reply words cost a segment: {sms}", lang.code());
            if sms == args("sms-reminder-reply") {
                replies.push(lang.code());
            }
        }
    }
    // Where the alphabet is GSM-7, a short public URL leaves room for the reply words.
    for code in ["en", "es", "fr", "ht", "tl"] {
        assert!(replies.contains(&code), "{code} never said how to reply: {replies:?}");
    }
}

#[test]
fn every_locale_puts_the_code_and_where_to_type_it_in_both_email_parts_and_never_in_the_sms() {
    let clinic = Clinic::new("Lakeside".into(), None, TimeZone::parse("UTC").unwrap(), jiff::Timestamp::now());
    let hint = CodeHint { code: "7KQM-3XTR", at: "https://portal.lakeside.clinic/c" };
    for lang in crate::i18n::Lang::all() {
        let p = patient(lang.code(), "UTC");
        let d =
            Delivery::new(&p, DeliveryPurpose::Link, Channel::Email, jiff::Timestamp::now(), jiff::Timestamp::now());
        let m = render_delivery(&clinic, &p, &d, None, &url(), Some(&hint));
        let code = lang.code();
        for (part, text) in [("text", &m.email_body), ("html", &m.email_html)] {
            assert!(text.contains("7KQM-3XTR") && text.contains(hint.at), "{code} {part}: {text}");
            assert!(!text.contains('{'), "{code} {part}: unfilled: {text}");
        }
        assert!(!m.sms.contains("7KQM"), "{code}: the SMS keeps its budget: {}", m.sms);
        let without = render_delivery(&clinic, &p, &d, None, &url(), None);
        assert!(!without.email_body.contains(hint.at) && !without.email_html.contains(hint.at), "{code}");
    }
}

#[test]
fn an_email_gives_the_after_hours_line_only_when_the_clinic_has_one() {
    let mut clinic = Clinic::new(
        "Lakeside".into(),
        Some(Phone::parse("+13125550100").unwrap()),
        TimeZone::parse("UTC").unwrap(),
        jiff::Timestamp::now(),
    );
    let p = patient("en", "UTC");
    let d = Delivery::new(
        &p,
        DeliveryPurpose::MessageAlert,
        Channel::Email,
        jiff::Timestamp::now(),
        jiff::Timestamp::now(),
    );
    let plain = render_delivery(&clinic, &p, &d, None, &url(), None);
    assert!(!plain.email_body.contains("Outside opening hours") && !plain.email_html.contains("Outside opening hours"));
    clinic.after_hours_phone = Some(Phone::parse("+13125550199").unwrap());
    let m = render_delivery(&clinic, &p, &d, None, &url(), None);
    for (part, text) in [("text", &m.email_body), ("html", &m.email_html)] {
        assert!(text.contains("(312) 555-0100"), "{part}: {text}");
        assert!(text.contains("Outside opening hours, call (312) 555-0199."), "{part}: {text}");
    }
}
