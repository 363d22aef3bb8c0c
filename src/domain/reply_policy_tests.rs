//! Unit tests for `reply_policy` and the clock it drives (`reply_clock`).

use super::*;
use crate::domain::{CalendarSpec, ReplyClock, TimeZone};

fn chicago_cal() -> BusinessCalendar {
    BusinessCalendar::from_spec(&CalendarSpec::standard(), &TimeZone::parse("America/Chicago").unwrap()).unwrap()
}

fn at(s: &str) -> Timestamp {
    let dt: jiff::civil::DateTime = s.parse().unwrap();
    dt.to_zoned(jiff::tz::TimeZone::get("America/Chicago").unwrap()).unwrap().timestamp()
}

#[test]
fn the_default_policy_is_what_the_api_documents() {
    let p = ReplyPolicy::default();
    assert_eq!(p.within(ReplyCategory::Question, ReplyPriority::Normal), Within::BusinessDays(1));
    assert_eq!(p.within(ReplyCategory::Appointment, ReplyPriority::Normal), Within::BusinessDays(1));
    assert_eq!(p.within(ReplyCategory::Refill, ReplyPriority::Normal), Within::BusinessDays(2));
    assert_eq!(p.within(ReplyCategory::Billing, ReplyPriority::Normal), Within::BusinessDays(2));
    assert_eq!(p.within(ReplyCategory::Other, ReplyPriority::Normal), Within::BusinessDays(2));
    for c in ReplyCategory::ALL {
        assert_eq!(p.within(c, ReplyPriority::Urgent), Within::BusinessMinutes(120));
    }
    assert_eq!(ReplyPolicy::from_spec(&p.spec()).unwrap(), p, "the plain form round-trips");
}

#[test]
fn a_bad_promise_is_refused_naming_the_field() {
    let mut spec = ReplyPolicy::default().spec();
    spec.refill.urgent = WithinSpec { business_minutes: Some(0), business_days: None };
    assert_eq!(ReplyPolicy::from_spec(&spec).unwrap_err().field, "refill.urgent.business_minutes");
    spec.refill.urgent = WithinSpec { business_minutes: Some(30), business_days: Some(1) };
    assert_eq!(ReplyPolicy::from_spec(&spec).unwrap_err().field, "refill.urgent");
    spec.refill.urgent = WithinSpec { business_minutes: None, business_days: None };
    assert_eq!(ReplyPolicy::from_spec(&spec).unwrap_err().field, "refill.urgent");
    spec.refill.urgent = WithinSpec { business_minutes: None, business_days: Some(31) };
    assert_eq!(ReplyPolicy::from_spec(&spec).unwrap_err().field, "refill.urgent.business_days");
}

#[test]
fn categories_and_priorities_parse_from_their_names_only() {
    for c in ReplyCategory::ALL {
        assert_eq!(ReplyCategory::parse(c.as_str()), Ok(c));
    }
    assert!(ReplyCategory::parse("Question").is_err());
    assert_eq!(ReplyPriority::parse("urgent"), Ok(ReplyPriority::Urgent));
    assert!(ReplyPriority::parse("high").is_err());
}

fn hour_policy() -> ReplyPolicy {
    let mut spec = ReplyPolicy::default().spec();
    spec.question.normal = WithinSpec { business_minutes: Some(60), business_days: None };
    ReplyPolicy::from_spec(&spec).unwrap()
}

#[test]
fn the_clock_starts_at_the_first_unanswered_message_and_later_ones_do_not_move_it() {
    let (cal, policy) = (chicago_cal(), hour_policy());
    let mut clock = ReplyClock::default();
    clock.patient_wrote(ReplyCategory::Question, at("2026-12-04T16:30"), &cal, &policy);
    assert_eq!(clock.due_at, Some(at("2026-12-07T09:30")));
    clock.patient_wrote(ReplyCategory::Refill, at("2026-12-07T09:00"), &cal, &policy);
    assert_eq!((clock.due_at, clock.category), (Some(at("2026-12-07T09:30")), ReplyCategory::Question));
    assert!(!clock.overdue_at(at("2026-12-07T09:29")) && clock.overdue_at(at("2026-12-07T09:30")));
    clock.stop();
    assert!(!clock.running() && clock.due_at.is_none() && !clock.overdue_at(at("2026-12-08T09:00")));
    clock.patient_wrote(ReplyCategory::Refill, at("2026-12-08T10:00"), &cal, &policy);
    assert_eq!(clock.due_at, Some(at("2026-12-10T17:00")), "a new message after a reply starts a new clock");
}

#[test]
fn waiting_pauses_the_clock_and_the_patients_next_message_resumes_it_with_what_was_left() {
    let (cal, policy) = (chicago_cal(), hour_policy());
    let mut clock = ReplyClock::default();
    clock.patient_wrote(ReplyCategory::Question, at("2026-12-07T10:00"), &cal, &policy);
    clock.pause(at("2026-12-07T10:20"), &cal);
    assert!(!clock.running() && clock.due_at.is_none() && !clock.overdue_at(at("2026-12-09T10:00")));
    assert_eq!(clock.paused_left, Some(SignedDuration::from_mins(40)));
    clock.recompute(&cal, &policy);
    assert_eq!(clock.due_at, None, "a paused clock is not recomputed");
    clock.patient_wrote(ReplyCategory::Question, at("2026-12-08T16:50"), &cal, &policy);
    assert_eq!(clock.due_at, Some(at("2026-12-09T09:30")));
    assert_eq!(clock.first_unanswered_at, Some(at("2026-12-07T10:00")));
}

#[test]
fn recomputing_moves_a_running_deadline_to_the_new_rules() {
    let cal = chicago_cal();
    let mut clock = ReplyClock::default();
    clock.patient_wrote(ReplyCategory::Question, at("2026-12-04T16:30"), &cal, &ReplyPolicy::default());
    assert_eq!(clock.due_at, Some(at("2026-12-07T17:00")));
    clock.recompute(&cal, &hour_policy());
    assert_eq!(clock.due_at, Some(at("2026-12-07T09:30")));
}

#[test]
fn recomputing_never_moves_an_urgent_deadline_later_so_a_red_flag_keeps_its_15_minutes() {
    let cal = chicago_cal();
    let mut clock = ReplyClock::default();
    clock.patient_wrote(ReplyCategory::Question, at("2026-12-08T03:00"), &cal, &ReplyPolicy::default());
    // What `reply_times::red_flag` does: urgent, due 15 minutes on, at any hour.
    clock.priority = ReplyPriority::Urgent;
    clock.due_at = Some(at("2026-12-08T03:15"));
    clock.recompute(&cal, &hour_policy());
    assert_eq!(clock.due_at, Some(at("2026-12-08T03:15")), "not the policy's business-hours deadline");
    // An urgent deadline the new rules bring forward does move.
    let mut urgent = ReplyClock::default();
    urgent.patient_wrote(ReplyCategory::Question, at("2026-12-08T10:00"), &cal, &ReplyPolicy::default());
    urgent.priority = ReplyPriority::Urgent;
    urgent.recompute(&cal, &ReplyPolicy::default());
    assert_eq!(urgent.due_at, Some(at("2026-12-08T12:00")), "two business hours");
    let mut spec = ReplyPolicy::default().spec();
    spec.question.urgent = WithinSpec { business_minutes: Some(30), business_days: None };
    urgent.recompute(&cal, &ReplyPolicy::from_spec(&spec).unwrap());
    assert_eq!(urgent.due_at, Some(at("2026-12-08T10:30")), "the new rules' 30 minutes");
}
