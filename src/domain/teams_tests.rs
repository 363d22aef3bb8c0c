use super::*;
use crate::domain::BusinessCalendar;

fn staff(n: u8) -> StaffId {
    StaffId::from_trusted(format!("stf_{n}"))
}

fn day(s: &str) -> Date {
    s.parse().unwrap()
}

fn away(who: u8, from: &str, to: &str, cover: Option<u8>) -> Absence {
    Absence {
        id: Absence::new_id(),
        clinic_id: ClinicId::from_trusted("cln_x".into()),
        staff_id: staff(who),
        starts_on: day(from),
        ends_on: day(to),
        cover_id: cover.map(staff),
        created_at: Timestamp::UNIX_EPOCH,
    }
}

fn team(id: &str, default: bool) -> Team {
    Team {
        id: id.into(),
        clinic_id: ClinicId::from_trusted("cln_x".into()),
        name: ShortText::parse(id).unwrap(),
        lead_id: None,
        members: vec![],
        is_default: default,
        created_at: Timestamp::UNIX_EPOCH,
    }
}

fn rule(category: Option<&str>, provider: Option<&str>, language: Option<&str>, team: &str) -> RoutingRule {
    RoutingRule {
        category: category.map(Into::into),
        provider: provider.map(Into::into),
        language: language.map(Into::into),
        team_id: team.into(),
    }
}

#[test]
fn routing_takes_the_first_matching_rule_then_the_default_team() {
    let teams = [team("front", true), team("nurses", false), team("okafor", false), team("spanish", false)];
    let rules = [
        rule(Some("refill"), None, None, "nurses"),
        rule(None, Some("Dr. Okafor"), None, "okafor"),
        rule(None, None, Some("es"), "spanish"),
    ];
    let by = |category, provider, language| RouteBy { category, provider, language };
    let id = |t: Option<&Team>| t.map(|t| t.id.clone());
    assert_eq!(id(route(&rules, &teams, &by(ReplyCategory::Refill, Some("Dr. Okafor"), "es"))), Some("nurses".into()));
    assert_eq!(
        id(route(&rules, &teams, &by(ReplyCategory::Question, Some("  dr. okafor "), "en"))),
        Some("okafor".into())
    );
    assert_eq!(id(route(&rules, &teams, &by(ReplyCategory::Question, None, "es-MX"))), Some("spanish".into()));
    assert_eq!(id(route(&rules, &teams, &by(ReplyCategory::Question, None, "est"))), Some("front".into()));
    assert_eq!(id(route(&rules, &teams[1..], &by(ReplyCategory::Billing, None, "en"))), None);
}

#[test]
fn routing_rules_naming_an_unknown_team_or_category_are_refused_by_index_and_field() {
    let teams = [team("front", true)];
    let e = RoutingRule::check_all(&[rule(None, None, None, "front"), rule(None, None, None, "gone")], &teams);
    assert_eq!(e.unwrap_err().to_string(), "rules[1].team_id: is not one of the clinic's teams");
    let e = RoutingRule::check_all(&[rule(Some("lunch"), None, None, "front")], &teams).unwrap_err();
    assert_eq!((e.index, e.field), (0, "category"));
    let e = RoutingRule::check_all(&[rule(None, None, Some("not a tag!"), "front")], &teams).unwrap_err();
    assert_eq!(e.field, "language");
    assert!(RoutingRule::check_all(&[rule(Some("refill"), Some("Dr. A"), Some("es"), "front")], &teams).is_ok());
}

#[test]
fn an_absent_colleague_is_answered_for_by_their_cover_only_within_the_absence() {
    let absences = [away(1, "2026-12-07", "2026-12-11", Some(2))];
    assert_eq!(answering_for(&staff(1), day("2026-12-06"), &absences), Some(staff(1)));
    assert_eq!(answering_for(&staff(1), day("2026-12-07"), &absences), Some(staff(2)));
    assert_eq!(answering_for(&staff(1), day("2026-12-11"), &absences), Some(staff(2)));
    assert_eq!(answering_for(&staff(1), day("2026-12-12"), &absences), Some(staff(1)));
}

#[test]
fn a_cover_chain_follows_an_absent_cover_and_gives_up_on_a_loop_or_an_uncovered_absence() {
    let chain = [away(1, "2026-12-07", "2026-12-11", Some(2)), away(2, "2026-12-09", "2026-12-09", Some(3))];
    assert_eq!(answering_for(&staff(1), day("2026-12-09"), &chain), Some(staff(3)));
    let round = [away(1, "2026-12-07", "2026-12-11", Some(2)), away(2, "2026-12-07", "2026-12-11", Some(1))];
    assert_eq!(answering_for(&staff(1), day("2026-12-08"), &round), None);
    let uncovered = [away(1, "2026-12-07", "2026-12-11", None)];
    assert_eq!(answering_for(&staff(1), day("2026-12-08"), &uncovered), None);
}

#[test]
fn an_absence_whose_cover_is_away_covered_by_the_same_person_is_refused_as_a_loop() {
    let today = day("2026-12-01");
    let b_away = [away(2, "2026-12-08", "2026-12-09", Some(1))];
    assert_eq!(away(1, "2026-12-07", "2026-12-11", Some(2)).check(today, &b_away), Err(AbsenceRefusal::Loop));
    let three = [away(2, "2026-12-08", "2026-12-09", Some(3)), away(3, "2026-12-01", "2026-12-31", Some(1))];
    assert_eq!(away(1, "2026-12-07", "2026-12-11", Some(2)).check(today, &three), Err(AbsenceRefusal::Loop));
    // Days that do not overlap are no loop.
    let later = [away(2, "2026-12-20", "2026-12-21", Some(1))];
    assert_eq!(away(1, "2026-12-07", "2026-12-11", Some(2)).check(today, &later), Ok(()));
    assert_eq!(away(1, "2026-12-07", "2026-12-11", Some(1)).check(today, &[]), Err(AbsenceRefusal::CoverIsSelf));
    assert_eq!(away(1, "2026-12-07", "2026-12-05", None).check(today, &[]), Err(AbsenceRefusal::EndsBeforeStart));
    assert_eq!(away(1, "2026-11-01", "2026-11-05", None).check(today, &[]), Err(AbsenceRefusal::Past));
}

#[test]
fn a_late_reply_goes_to_the_cover_then_the_lead_and_then_no_further() {
    let d = day("2026-12-08");
    let absences = [away(1, "2026-12-07", "2026-12-11", Some(2))];
    let (a, lead) = (staff(1), staff(9));
    let first = escalate(EscalationLevel::None, Some(&a), Some(&lead), d, &absences);
    assert_eq!(first, Escalation { to: Some(staff(2)), level: EscalationLevel::Cover, more: true });
    let second = escalate(first.level, Some(&staff(2)), Some(&lead), d, &absences);
    assert_eq!(second, Escalation { to: Some(lead.clone()), level: EscalationLevel::Lead, more: false });
    // Present assignee: straight to the lead; already with the lead: no one further.
    assert_eq!(escalate(EscalationLevel::None, Some(&staff(3)), Some(&lead), d, &[]).to, Some(lead.clone()));
    assert_eq!(escalate(EscalationLevel::None, Some(&lead), Some(&lead), d, &[]).to, None);
    assert_eq!(escalate(EscalationLevel::None, None, Some(&lead), d, &[]).to, Some(lead.clone()));
    assert_eq!(escalate(EscalationLevel::None, None, None, d, &[]).to, None);
}

#[test]
fn an_escalation_never_loops_between_colleagues_covering_for_each_other() {
    let d = day("2026-12-08");
    let round = [away(1, "2026-12-07", "2026-12-11", Some(2)), away(2, "2026-12-07", "2026-12-11", Some(1))];
    let e = escalate(EscalationLevel::None, Some(&staff(1)), Some(&staff(9)), d, &round);
    assert_eq!(e, Escalation { to: Some(staff(9)), level: EscalationLevel::Lead, more: false });
    // The lead away, covered by the assignee: it stays, with no one further.
    let lead_away = [away(9, "2026-12-07", "2026-12-11", Some(1))];
    assert_eq!(escalate(EscalationLevel::None, Some(&staff(1)), Some(&staff(9)), d, &lead_away).to, None);
}

#[test]
fn the_warning_comes_at_three_quarters_of_the_business_time_or_of_the_plain_time_outside_it() {
    let calendar = BusinessCalendar::standard(&crate::domain::TimeZone::parse("America/New_York").unwrap());
    let at = |s: &str| s.parse::<jiff::civil::DateTime>().unwrap().in_tz("America/New_York").unwrap().timestamp();
    // Friday 16:00 to Monday 12:00: four business hours, three of them by Monday 11:00.
    assert_eq!(warn_at(at("2026-12-04T16:00"), at("2026-12-07T12:00"), &calendar), Some(at("2026-12-07T11:00")));
    // 03:00 to 03:20 on a Tuesday (a red flag): no business time, 15 minutes of the 20.
    assert_eq!(warn_at(at("2026-12-08T03:00"), at("2026-12-08T03:20"), &calendar), Some(at("2026-12-08T03:15")));
    assert_eq!(lead_after(at("2026-12-08T03:00"), at("2026-12-08T03:15")), SignedDuration::from_mins(5));
    assert_eq!(lead_after(at("2026-12-01T09:00"), at("2026-12-03T17:00")), SignedDuration::from_hours(4));
}

#[test]
fn only_booking_and_billing_are_administrative_unless_urgent() {
    assert!(!is_clinical(ReplyCategory::Appointment, ReplyPriority::Normal));
    assert!(!is_clinical(ReplyCategory::Billing, ReplyPriority::Normal));
    assert!(is_clinical(ReplyCategory::Billing, ReplyPriority::Urgent));
    assert!(is_clinical(ReplyCategory::Refill, ReplyPriority::Normal));
    assert!(is_clinical(ReplyCategory::Question, ReplyPriority::Normal));
}
