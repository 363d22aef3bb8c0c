//! Unit tests for `calendar`: the cases (Friday 16:30 plus an hour is Monday 09:30;
//! a holiday; both daylight-saving changes; a partial day), business days, refusals, and
//! the round trip of adding and measuring.

use super::*;
use proptest::prelude::*;

fn chicago() -> TimeZone {
    TimeZone::parse("America/Chicago").unwrap()
}

/// A local wall-clock time in Chicago as an instant.
fn at(s: &str) -> Timestamp {
    let dt: jiff::civil::DateTime = s.parse().unwrap();
    dt.to_zoned(chicago().tz().clone()).unwrap().timestamp()
}

fn local(t: Timestamp) -> String {
    t.to_zoned(chicago().tz().clone()).strftime("%a %Y-%m-%d %H:%M").to_string()
}

fn hours(from: &str, to: &str) -> HoursSpec {
    HoursSpec { from: from.into(), to: to.into() }
}

fn with(f: impl FnOnce(&mut CalendarSpec)) -> BusinessCalendar {
    let mut spec = CalendarSpec::standard();
    f(&mut spec);
    BusinessCalendar::from_spec(&spec, &chicago()).unwrap()
}

fn hour() -> SignedDuration {
    SignedDuration::from_hours(1)
}

#[test]
fn friday_1630_plus_one_business_hour_is_monday_0930() {
    let cal = BusinessCalendar::standard(&chicago());
    // 2026-12-04 is a Friday.
    let due = cal.add_business(at("2026-12-04T16:30"), hour()).unwrap();
    assert_eq!(local(due), "Mon 2026-12-07 09:30");
    assert_eq!(cal.business_between(at("2026-12-04T16:30"), due), hour());
}

#[test]
fn the_standard_calendar_is_the_standard_spec_read() {
    assert_eq!(
        BusinessCalendar::from_spec(&CalendarSpec::standard(), &chicago()).unwrap(),
        BusinessCalendar::standard(&chicago())
    );
}

#[test]
fn a_holiday_is_skipped() {
    let cal = with(|s| s.holidays.push("2026-12-07".into()));
    assert_eq!(local(cal.add_business(at("2026-12-04T16:30"), hour()).unwrap()), "Tue 2026-12-08 09:30");
    assert_eq!(cal.business_between(at("2026-12-04T16:00"), at("2026-12-08T10:00")), hour() * 2);
}

#[test]
fn a_partial_day_has_its_own_hours() {
    let cal = with(|s| {
        s.partial_days.push(PartialDaySpec { date: "2026-12-24".into(), hours: vec![hours("09:00", "12:00")] });
        s.holidays.push("2026-12-25".into());
    });
    assert_eq!(local(cal.add_business(at("2026-12-24T11:30"), hour()).unwrap()), "Mon 2026-12-28 09:30");
    assert_eq!(cal.business_between(at("2026-12-24T08:00"), at("2026-12-26T08:00")), hour() * 3);
}

#[test]
fn several_ranges_a_day_leave_the_lunch_hour_out() {
    let cal = with(|s| s.week.tuesday = vec![hours("09:00", "12:00"), hours("13:00", "17:00")]);
    assert_eq!(local(cal.add_business(at("2026-12-01T11:30"), hour()).unwrap()), "Tue 2026-12-01 13:30");
    assert_eq!(cal.business_between(at("2026-12-01T11:00"), at("2026-12-01T14:00")), hour() * 2);
}

#[test]
fn an_hour_that_ends_at_closing_is_due_at_closing_not_the_next_morning() {
    let cal = BusinessCalendar::standard(&chicago());
    assert_eq!(local(cal.add_business(at("2026-12-01T16:00"), hour()).unwrap()), "Tue 2026-12-01 17:00");
    assert_eq!(local(cal.add_business(at("2026-12-01T06:00"), hour()).unwrap()), "Tue 2026-12-01 10:00");
}

#[test]
fn opening_hours_keep_their_wall_clock_time_across_both_daylight_saving_changes() {
    let cal = BusinessCalendar::standard(&chicago());
    // Clocks go forward on Sunday 2026-03-08 and back on Sunday 2026-11-01.
    assert_eq!(local(cal.add_business(at("2026-03-06T16:30"), hour()).unwrap()), "Mon 2026-03-09 09:30");
    assert_eq!(local(cal.add_business(at("2026-10-30T16:30"), hour()).unwrap()), "Mon 2026-11-02 09:30");
}

#[test]
fn a_range_across_a_daylight_saving_change_counts_the_real_hours() {
    let cal = with(|s| s.week.sunday = vec![hours("00:00", "24:00")]);
    let day = |d: &str, next: &str| cal.business_between(at(&format!("{d}T00:00")), at(&format!("{next}T00:00")));
    assert_eq!(day("2026-03-08", "2026-03-09"), hour() * 23, "spring forward");
    assert_eq!(day("2026-11-01", "2026-11-02"), hour() * 25, "fall back");
    assert_eq!(day("2026-11-08", "2026-11-09"), hour() * 24);
    let from = at("2026-03-08T01:30");
    assert_eq!(
        cal.add_business(from, hour()).unwrap().to_zoned(chicago().tz().clone()).hour(),
        3,
        "01:30 + 1 h is 03:30 that night"
    );
}

#[test]
fn business_days_end_at_the_close_of_the_nth_business_day_after_the_message() {
    let cal = BusinessCalendar::standard(&chicago());
    assert_eq!(local(cal.add_business_days(at("2026-11-30T10:00"), 1).unwrap()), "Tue 2026-12-01 17:00");
    assert_eq!(local(cal.add_business_days(at("2026-12-04T16:30"), 1).unwrap()), "Mon 2026-12-07 17:00");
    assert_eq!(local(cal.add_business_days(at("2026-12-05T12:00"), 2).unwrap()), "Tue 2026-12-08 17:00");
    let half = with(|s| {
        s.partial_days.push(PartialDaySpec { date: "2026-12-01".into(), hours: vec![hours("08:00", "12:00")] })
    });
    assert_eq!(local(half.add_business_days(at("2026-11-30T10:00"), 1).unwrap()), "Tue 2026-12-01 12:00");
}

#[test]
fn measuring_backwards_or_outside_hours_is_zero() {
    let cal = BusinessCalendar::standard(&chicago());
    assert_eq!(cal.business_between(at("2026-12-07T10:00"), at("2026-12-04T10:00")), SignedDuration::ZERO);
    assert_eq!(cal.business_between(at("2026-12-05T10:00"), at("2026-12-06T20:00")), SignedDuration::ZERO);
    assert_eq!(cal.business_between(at("2026-12-04T16:00"), at("2026-12-07T10:00")), hour() * 2);
}

fn refused(f: impl FnOnce(&mut CalendarSpec)) -> CalendarError {
    let mut spec = CalendarSpec::standard();
    f(&mut spec);
    BusinessCalendar::from_spec(&spec, &chicago()).unwrap_err()
}

#[test]
fn bad_calendars_are_refused_naming_the_field() {
    assert_eq!(refused(|s| s.week.monday = vec![hours("17:00", "09:00")]).field, "week.monday[0].to");
    assert_eq!(refused(|s| s.week.monday = vec![hours("9:00", "17:00")]).field, "week.monday[0].from");
    assert_eq!(refused(|s| s.week.friday = vec![hours("09:00", "24:01")]).field, "week.friday[0].to");
    assert_eq!(refused(|s| s.week.friday = vec![hours("24:00", "24:00")]).field, "week.friday[0].from");
    assert_eq!(
        refused(|s| s.week.tuesday = vec![hours("09:00", "13:00"), hours("12:00", "17:00")]).field,
        "week.tuesday[1].from"
    );
    assert_eq!(refused(|s| s.week = WeekSpec::default()).field, "week");
    assert_eq!(refused(|s| s.holidays = vec!["2026-12-25".into(), "2026-12-25".into()]).field, "holidays[1]");
    assert_eq!(refused(|s| s.holidays = vec!["2026-02-30".into()]).field, "holidays[0]");
    assert_eq!(refused(|s| s.holidays = vec!["1066-10-14".into()]).field, "holidays[0]");
    assert_eq!(
        refused(|s| s.partial_days = vec![PartialDaySpec { date: "2026-12-24".into(), hours: vec![] }]).field,
        "partial_days[0].hours"
    );
    assert_eq!(
        refused(|s| {
            s.holidays = vec!["2026-12-24".into()];
            s.partial_days = vec![PartialDaySpec { date: "2026-12-24".into(), hours: vec![hours("09:00", "12:00")] }];
        })
        .field,
        "partial_days[0].date"
    );
    assert_eq!(refused(|s| s.week.monday = vec![hours("09:00", "10:00"); 7]).field, "week.monday");
}

#[test]
fn a_calendar_closed_for_years_has_no_deadline() {
    let cal = with(|s| {
        s.week = WeekSpec { monday: vec![hours("09:00", "10:00")], ..WeekSpec::default() };
    });
    assert!(cal.add_business(at("2026-12-01T10:00"), SignedDuration::from_hours(24 * 7 * 200)).is_none());
}

fn any_calendar() -> impl Strategy<Value = BusinessCalendar> {
    let zones =
        prop::sample::select(vec!["America/Chicago", "Europe/Paris", "Australia/Lord_Howe", "Asia/Kolkata", "UTC"]);
    let day = prop::collection::vec((0u16..1440, 1u16..600), 0..3);
    (zones, prop::collection::vec(day, 7), prop::collection::vec(0i64..400, 0..20)).prop_filter_map(
        "a week with hours",
        |(zone, days, holidays)| {
            let fmt = |m: u16| if m >= 1440 { "24:00".to_string() } else { format!("{:02}:{:02}", m / 60, m % 60) };
            let mut week: Vec<Vec<HoursSpec>> = Vec::new();
            for d in days {
                let mut ranges = Vec::new();
                let mut cursor = 0u16;
                for (gap, len) in d {
                    let start = cursor.saturating_add(gap % 300);
                    let end = start.saturating_add(len).min(1440);
                    if start >= 1440 || end <= start {
                        break;
                    }
                    ranges.push(hours(&fmt(start), &fmt(end)));
                    cursor = end;
                }
                week.push(ranges);
            }
            let base: Date = "2026-01-01".parse().ok()?;
            let mut holidays: Vec<String> = holidays
                .into_iter()
                .filter_map(|n| base.checked_add(jiff::Span::new().days(n)).ok())
                .map(|d| d.to_string())
                .collect();
            holidays.sort();
            holidays.dedup();
            let spec = CalendarSpec {
                week: WeekSpec {
                    monday: week[0].clone(),
                    tuesday: week[1].clone(),
                    wednesday: week[2].clone(),
                    thursday: week[3].clone(),
                    friday: week[4].clone(),
                    saturday: week[5].clone(),
                    sunday: week[6].clone(),
                },
                holidays,
                partial_days: Vec::new(),
            };
            BusinessCalendar::from_spec(&spec, &TimeZone::parse(zone).ok()?).ok()
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn adding_business_time_then_measuring_it_gives_it_back(
        cal in any_calendar(),
        from_min in 0i64..(2 * 366 * 24 * 60),
        minutes in 1i64..(7 * 24 * 60),
    ) {
        let from = Timestamp::from_second(1_767_225_600 + from_min * 60).unwrap();
        let amount = SignedDuration::from_mins(minutes);
        if let Some(due) = cal.add_business(from, amount) {
            prop_assert!(due > from);
            prop_assert_eq!(cal.business_between(from, due), amount);
            let shorter = cal.add_business(from, amount - SignedDuration::from_mins(1)).unwrap();
            prop_assert!(shorter < due, "more business time is never due sooner");
        }
    }

    #[test]
    fn business_time_between_two_instants_never_exceeds_the_real_time(
        cal in any_calendar(),
        a in 0i64..(366 * 24 * 60),
        b in 0i64..(366 * 24 * 60),
    ) {
        let base = 1_767_225_600;
        let (from, to) = (Timestamp::from_second(base + a * 60).unwrap(), Timestamp::from_second(base + b * 60).unwrap());
        let measured = cal.business_between(from, to);
        prop_assert!(measured >= SignedDuration::ZERO);
        prop_assert!(measured <= from.duration_until(to).max(SignedDuration::ZERO));
    }
}
