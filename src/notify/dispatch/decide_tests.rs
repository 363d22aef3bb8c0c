//! Unit tests for the dispatcher's pure decisions.

use super::*;
use crate::domain::{
    ChannelList, ContactStatus, DeliveryPurpose, Email, Locale, PersonName, Phone, QuietHours, TimeZone,
};
use crate::notify::SendError;

fn at(s: &str) -> Timestamp {
    s.parse().unwrap()
}

fn clinic() -> Clinic {
    // Quiet 21:00–08:00 in Chicago, at most 2 reminders a day.
    let mut c =
        Clinic::new("Lakeside".into(), None, TimeZone::parse("America/Chicago").unwrap(), at("2026-01-01T00:00:00Z"));
    c.quiet_hours = QuietHours::new(21 * 60, 8 * 60).unwrap();
    c.daily_reminder_cap = 2;
    c
}

fn patient(clinic: &Clinic, channels: Vec<Channel>) -> Patient {
    let mut p = Patient::new(
        clinic.id.clone(),
        PersonName::parse("Ana Ruiz").unwrap(),
        Locale::parse("es").unwrap(),
        TimeZone::parse("America/Chicago").unwrap(),
        ChannelList::new(channels).unwrap(),
        at("2026-01-01T00:00:00Z"),
    );
    p.phone = Some(Phone::parse("+13125550142").unwrap());
    p.email = Some(Email::parse("ana@example.org").unwrap());
    p
}

fn appointment(clinic: &Clinic, p: &Patient, starts_at: Timestamp) -> Appointment {
    Appointment { clinic_id: clinic.id.clone(), ..Appointment::new(p, starts_at, 30, starts_at) }
}

fn reminder(p: &Patient, a: &Appointment, channel: Channel, now: Timestamp) -> Delivery {
    let mut d = Delivery::new(p, DeliveryPurpose::Reminder, channel, now, now);
    d.appointment_id = Some(a.id.clone());
    d.not_after = Some(a.starts_at);
    d
}

/// Noon in Chicago (18:00 UTC in January): outside quiet hours.
const NOON: &str = "2026-01-10T18:00:00Z";
/// 23:00 in Chicago: inside quiet hours.
const NIGHT: &str = "2026-01-11T05:00:00Z";

fn decide_at(d: &Delivery, c: &Clinic, p: &Patient, a: Option<&Appointment>, sent_today: i64, now: &str) -> Decision {
    decide(&Facts {
        delivery: d,
        clinic: Some(c),
        patient: Some(p),
        appointment: a,
        sent_today,
        read_at: None,
        now: at(now),
    })
}

#[test]
fn a_reminder_for_an_upcoming_visit_is_sent_in_the_day() {
    let c = clinic();
    let p = patient(&c, vec![Channel::Sms]);
    let a = appointment(&c, &p, at("2026-01-12T15:00:00Z"));
    let d = reminder(&p, &a, Channel::Sms, at(NOON));
    assert_eq!(decide_at(&d, &c, &p, Some(&a), 0, NOON), Decision::Send { reconcile_first: false });
}

#[test]
fn a_delivery_whose_clinic_or_patient_is_gone_is_dropped_without_a_reason() {
    let c = clinic();
    let p = patient(&c, vec![Channel::Sms]);
    let a = appointment(&c, &p, at("2026-01-12T15:00:00Z"));
    let d = reminder(&p, &a, Channel::Sms, at(NOON));
    let facts = Facts {
        delivery: &d,
        clinic: Some(&c),
        patient: None,
        appointment: Some(&a),
        sent_today: 0,
        read_at: None,
        now: at(NOON),
    };
    assert_eq!(decide(&facts), Decision::Drop { reason: None });
    let facts = Facts {
        delivery: &d,
        clinic: None,
        patient: Some(&p),
        appointment: Some(&a),
        sent_today: 0,
        read_at: None,
        now: at(NOON),
    };
    assert_eq!(decide(&facts), Decision::Drop { reason: None });
}

#[test]
fn a_reminder_that_can_no_longer_help_is_dropped() {
    let c = clinic();
    let p = patient(&c, vec![Channel::Sms]);
    let past = appointment(&c, &p, at("2026-01-10T17:00:00Z"));
    let d = reminder(&p, &past, Channel::Sms, at("2026-01-09T00:00:00Z"));
    assert_eq!(decide_at(&d, &c, &p, Some(&past), 0, NOON), Decision::Drop { reason: Some("too-late") });

    let mut cancelled = appointment(&c, &p, at("2026-01-12T15:00:00Z"));
    cancelled.status = AppointmentStatus::Cancelled;
    let d = reminder(&p, &cancelled, Channel::Sms, at(NOON));
    assert_eq!(decide_at(&d, &c, &p, Some(&cancelled), 0, NOON), Decision::Drop { reason: Some("too-late") });

    let gone = appointment(&c, &p, at("2026-01-12T15:00:00Z"));
    let d = reminder(&p, &gone, Channel::Sms, at(NOON));
    assert_eq!(decide_at(&d, &c, &p, None, 0, NOON), Decision::Drop { reason: Some("too-late") });
}

#[test]
fn any_message_past_its_own_deadline_is_dropped() {
    let c = clinic();
    let p = patient(&c, vec![Channel::Sms]);
    let mut d = Delivery::new(&p, DeliveryPurpose::Link, Channel::Sms, at(NOON), at(NOON));
    d.not_after = Some(at(NOON));
    assert_eq!(decide_at(&d, &c, &p, None, 0, NOON), Decision::Drop { reason: Some("too-late") });
}

#[test]
fn an_opted_out_phone_moves_the_message_to_the_next_channel() {
    let c = clinic();
    let mut p = patient(&c, vec![Channel::Sms, Channel::Email]);
    p.phone_status = Some(ContactStatus::OptedOut);
    let a = appointment(&c, &p, at("2026-01-12T15:00:00Z"));
    let d = reminder(&p, &a, Channel::Sms, at(NOON));
    assert_eq!(decide_at(&d, &c, &p, Some(&a), 0, NOON), Decision::NextChannel { reason: "opted-out" });
    assert_eq!(next_channel(&p, Channel::Sms), Some(Channel::Email));

    p.email = None;
    let d = reminder(&p, &a, Channel::Email, at(NOON));
    assert_eq!(decide_at(&d, &c, &p, Some(&a), 0, NOON), Decision::NextChannel { reason: "no-usable-address" });
    assert_eq!(next_channel(&p, Channel::Email), None, "no channel left that can receive");
}

#[test]
fn the_fallback_order_follows_the_patients_preference_and_skips_broken_points() {
    let c = clinic();
    let mut p = patient(&c, vec![Channel::Email, Channel::Sms]);
    assert_eq!(next_channel(&p, Channel::Email), Some(Channel::Sms));
    assert_eq!(next_channel(&p, Channel::Sms), None, "SMS is last in the order");
    p.phone_status = Some(ContactStatus::Invalid);
    assert_eq!(next_channel(&p, Channel::Email), None);
}

#[test]
fn quiet_hours_defer_automatic_messages_to_the_end_of_the_night() {
    let c = clinic();
    let p = patient(&c, vec![Channel::Sms]);
    let a = appointment(&c, &p, at("2026-01-12T15:00:00Z"));
    let d = reminder(&p, &a, Channel::Sms, at(NIGHT));
    // 08:00 in Chicago the next morning.
    let until = at("2026-01-11T14:00:00Z");
    assert_eq!(decide_at(&d, &c, &p, Some(&a), 0, NIGHT), Decision::Defer { reason: "quiet-hours", until });
}

#[test]
fn the_patients_own_quiet_hours_win_over_the_clinics() {
    let c = clinic();
    let mut p = patient(&c, vec![Channel::Sms]);
    // Quiet 11:00–13:00 only: noon is quiet, 23:00 is not.
    p.quiet_hours = Some(QuietHours::new(11 * 60, 13 * 60).unwrap());
    let a = appointment(&c, &p, at("2026-01-12T15:00:00Z"));
    let d = reminder(&p, &a, Channel::Sms, at(NOON));
    let until = at("2026-01-10T19:00:00Z");
    assert_eq!(decide_at(&d, &c, &p, Some(&a), 0, NOON), Decision::Defer { reason: "quiet-hours", until });
    assert_eq!(decide_at(&d, &c, &p, Some(&a), 0, NIGHT), Decision::Send { reconcile_first: false });
}

#[test]
fn links_asked_for_now_and_urgent_messages_do_not_wait_for_the_morning() {
    let c = clinic();
    let p = patient(&c, vec![Channel::Sms]);
    let link = Delivery::new(&p, DeliveryPurpose::Link, Channel::Sms, at(NIGHT), at(NIGHT));
    assert_eq!(decide_at(&link, &c, &p, None, 0, NIGHT), Decision::Send { reconcile_first: false });
    let mut alert = Delivery::new(&p, DeliveryPurpose::MessageAlert, Channel::Sms, at(NIGHT), at(NIGHT));
    alert.urgent = true;
    assert_eq!(decide_at(&alert, &c, &p, None, 0, NIGHT), Decision::Send { reconcile_first: false });
}

#[test]
fn the_daily_cap_holds_reminders_until_the_next_local_morning() {
    let c = clinic();
    let p = patient(&c, vec![Channel::Sms]);
    let a = appointment(&c, &p, at("2026-01-14T15:00:00Z"));
    let d = reminder(&p, &a, Channel::Sms, at(NOON));
    assert_eq!(decide_at(&d, &c, &p, Some(&a), 1, NOON), Decision::Send { reconcile_first: false });
    // 08:00 in Chicago on the next day.
    let until = at("2026-01-11T14:00:00Z");
    assert_eq!(decide_at(&d, &c, &p, Some(&a), 2, NOON), Decision::Defer { reason: "daily-cap", until });
    // The cap counts reminders only.
    let alert = Delivery::new(&p, DeliveryPurpose::MessageAlert, Channel::Sms, at(NOON), at(NOON));
    assert_eq!(decide_at(&alert, &c, &p, None, 5, NOON), Decision::Send { reconcile_first: false });
}

#[test]
fn a_message_that_could_only_go_after_its_deadline_is_dropped_not_deferred() {
    let c = clinic();
    let p = patient(&c, vec![Channel::Sms]);
    // The visit is at 07:00 Chicago time, before quiet hours end.
    let a = appointment(&c, &p, at("2026-01-11T13:00:00Z"));
    let d = reminder(&p, &a, Channel::Sms, at(NIGHT));
    assert_eq!(decide_at(&d, &c, &p, Some(&a), 0, NIGHT), Decision::Drop { reason: Some("quiet-hours") });
}

#[test]
fn an_sms_after_an_ambiguous_try_is_reconciled_first() {
    let c = clinic();
    let p = patient(&c, vec![Channel::Sms, Channel::Email]);
    let a = appointment(&c, &p, at("2026-01-12T15:00:00Z"));
    for code in ["timeout", "network", "bad-response", "lease-expired"] {
        let mut d = reminder(&p, &a, Channel::Sms, at(NOON));
        d.error_code = Some(code.into());
        assert_eq!(decide_at(&d, &c, &p, Some(&a), 0, NOON), Decision::Send { reconcile_first: true }, "{code}");
        d.channel = Channel::Email;
        assert_eq!(decide_at(&d, &c, &p, Some(&a), 0, NOON), Decision::Send { reconcile_first: false }, "{code}");
    }
    let mut d = reminder(&p, &a, Channel::Sms, at(NOON));
    d.error_code = Some("503".into());
    assert_eq!(
        decide_at(&d, &c, &p, Some(&a), 0, NOON),
        Decision::Send { reconcile_first: false },
        "a 5xx is not ambiguous"
    );
}

#[test]
fn refusals_retry_while_the_message_can_help_and_flag_the_contact_point_when_it_is_at_fault() {
    let now = at(NOON);
    let until = now + SignedDuration::from_hours(2);
    let transient = SendError::Transient { code: "503".into(), backoff: false };
    assert!(matches!(on_failure(&transient, 1, until, now, 0.5), Failure::Retry { at } if at > now && at < until));
    // However many tries went before: the deadline decides, not a count.
    assert!(matches!(on_failure(&transient, 8, until, now, 1.0), Failure::Retry { .. }), "a ninth try still helps");
    assert!(matches!(on_failure(&transient, 200, until, now, 1.0), Failure::Retry { .. }));
    assert_eq!(
        on_failure(&transient, 3, now + SignedDuration::from_secs(30), now, 1.0),
        Failure::Dead,
        "a retry that would come too late"
    );
    assert_eq!(on_failure(&transient, 1, now, now, 0.0), Failure::Dead, "no time left");
    let opted_out = SendError::OptedOut { code: "21610".into() };
    assert_eq!(on_failure(&opted_out, 1, until, now, 0.5), Failure::Failed { flag: Some(ContactStatus::OptedOut) });
    let bad = SendError::BadAddress { code: "21211".into() };
    assert_eq!(on_failure(&bad, 1, until, now, 0.5), Failure::Failed { flag: Some(ContactStatus::Invalid) });
    let rejected = SendError::Rejected { code: "30007".into() };
    assert_eq!(on_failure(&rejected, 1, until, now, 0.5), Failure::Failed { flag: None });
}

#[test]
fn an_hour_long_outage_never_exhausts_a_message_that_can_wait_longer() {
    // Every try fails for an hour, with the worst luck in the jitter either way: the message
    // is still being retried at the end, and its next try comes at most the cap later.
    let start = at(NOON);
    let until = start + SignedDuration::from_hours(24);
    for luck in [0.0, 0.3, 1.0] {
        let (mut now, mut attempts) = (start, 1);
        let transient = SendError::Transient { code: "20500".into(), backoff: false };
        while now < start + SignedDuration::from_hours(1) {
            match on_failure(&transient, attempts, until, now, luck) {
                Failure::Retry { at } => {
                    assert!(at.duration_since(now) <= SignedDuration::from_mins(10), "capped backoff");
                    now = at;
                    attempts += 1;
                }
                other => panic!("gave up after {attempts} tries at luck {luck}: {other:?}"),
            }
        }
    }
}

#[test]
fn a_message_without_a_deadline_retries_for_a_day_from_when_it_was_queued() {
    let c = clinic();
    let p = patient(&c, vec![Channel::Sms]);
    let queued = at(NOON);
    let mut d = Delivery::new(&p, DeliveryPurpose::MessageAlert, Channel::Sms, queued, queued);
    assert_eq!(retry_until(&d), queued + RETRY_WITHOUT_DEADLINE);
    d.not_after = Some(queued + SignedDuration::from_hours(3));
    assert_eq!(retry_until(&d), queued + SignedDuration::from_hours(3));
}

#[test]
fn only_an_unreachable_handset_in_a_status_report_is_retried() {
    assert!(temporary_report(Some("30003")));
    for code in [None, Some("30005"), Some("30006"), Some("30008"), Some("21610")] {
        assert!(!temporary_report(code), "{code:?}");
    }
}

#[test]
fn backoff_grows_is_capped_and_jittered() {
    assert!(backoff(1, false, 1.0) <= SignedDuration::from_secs(60));
    assert!(backoff(3, false, 1.0) <= SignedDuration::from_secs(240));
    assert_eq!(backoff(30, false, 1.0), SignedDuration::from_secs(600));
    assert_eq!(backoff(30, true, 1.0), SignedDuration::from_secs(4 * 600));
    assert_eq!(backoff(5, false, 0.0), SignedDuration::from_secs(1), "never zero");
    assert!(backoff(4, false, 0.5) < backoff(4, false, 0.9));
}

#[test]
fn the_local_day_follows_the_patients_time_zone() {
    let c = clinic();
    let p = patient(&c, vec![Channel::Sms]);
    let (from, until) = local_day(&p, at(NIGHT)).unwrap();
    assert_eq!(from, at("2026-01-10T06:00:00Z"));
    assert_eq!(until, at("2026-01-11T06:00:00Z"));
}

#[test]
fn a_reply_alert_is_dropped_once_the_patient_has_read_the_thread_after_it_was_queued() {
    let c = clinic();
    let p = patient(&c, vec![Channel::Sms]);
    let queued = at(NOON);
    let alert = Delivery::new(&p, DeliveryPurpose::MessageAlert, Channel::Sms, queued, queued);
    let due = queued + jiff::SignedDuration::from_mins(2);
    let facts = |read_at| Facts {
        delivery: &alert,
        clinic: Some(&c),
        patient: Some(&p),
        appointment: None,
        sent_today: 0,
        read_at,
        now: due,
    };
    // Read before the reply was written: the patient has not seen it.
    let before = queued - jiff::SignedDuration::from_secs(1);
    assert_eq!(decide(&facts(Some(before))), Decision::Send { reconcile_first: false });
    assert_eq!(decide(&facts(None)), Decision::Send { reconcile_first: false });
    assert_eq!(decide(&facts(Some(queued))), Decision::Send { reconcile_first: false }, "read as it was queued");
    let after = queued + jiff::SignedDuration::from_secs(30);
    assert_eq!(decide(&facts(Some(after))), Decision::Drop { reason: Some("read-on-page") });
    // Only alerts: a reminder is never dropped for a read thread.
    let a = appointment(&c, &p, at("2026-01-12T15:00:00Z"));
    let d = reminder(&p, &a, Channel::Sms, queued);
    let reminder_facts = Facts {
        delivery: &d,
        clinic: Some(&c),
        patient: Some(&p),
        appointment: Some(&a),
        sent_today: 0,
        read_at: Some(after),
        now: due,
    };
    assert_eq!(decide(&reminder_facts), Decision::Send { reconcile_first: false });
}
