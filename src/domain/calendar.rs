//! A clinic's business calendar and the arithmetic of business time: opening hours as
//! several ranges per weekday, holidays (closed all day) and partial days (a date with its
//! own hours), read in the clinic's time zone.
//!
//! Business time is real elapsed time inside opening hours: the hours are local wall-clock
//! times, turned into instants day by day, so a range that spans a daylight-saving change is
//! an hour longer or shorter that day, and "Monday 09:00" stays 09:00 on either side of one.
//! A wall-clock time the change skips is read as the instant just after the gap.
//!
//! `CalendarSpec` is the calendar's plain form (the API's JSON and what is stored);
//! `BusinessCalendar::from_spec` is the one way in and refuses anything inconsistent,
//! naming the field.

use super::TimeZone;
use jiff::civil::{Date, Weekday};
use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Most ranges one day may have.
pub const MAX_RANGES_PER_DAY: usize = 6;
/// Most holidays, and most partial days, one calendar may list.
pub const MAX_LISTED_DAYS: usize = 400;
/// How far ahead business time is looked for before giving up (a calendar that is closed
/// for longer than this has no deadline to give).
const SEARCH_DAYS: i32 = 3 * 366;
const MINUTES_PER_DAY: u16 = 24 * 60;

/// One opening range as written: `"09:00"` to `"17:00"` (`"24:00"` is the end of the day).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "OpeningHours")]
pub struct HoursSpec {
    #[schemars(regex(pattern = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"))]
    pub from: String,
    /// Later than from; 24:00 is the end of the day
    #[schemars(regex(pattern = r"^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"))]
    pub to: String,
}

/// Each weekday's opening ranges; a day left out is closed.
///
/// At least one day has hours; each day's ranges are in order and do not overlap.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Week")]
pub struct WeekSpec {
    #[serde(default)]
    #[schemars(length(max = MAX_RANGES_PER_DAY))]
    pub monday: Vec<HoursSpec>,
    #[serde(default)]
    #[schemars(length(max = MAX_RANGES_PER_DAY))]
    pub tuesday: Vec<HoursSpec>,
    #[serde(default)]
    #[schemars(length(max = MAX_RANGES_PER_DAY))]
    pub wednesday: Vec<HoursSpec>,
    #[serde(default)]
    #[schemars(length(max = MAX_RANGES_PER_DAY))]
    pub thursday: Vec<HoursSpec>,
    #[serde(default)]
    #[schemars(length(max = MAX_RANGES_PER_DAY))]
    pub friday: Vec<HoursSpec>,
    #[serde(default)]
    #[schemars(length(max = MAX_RANGES_PER_DAY))]
    pub saturday: Vec<HoursSpec>,
    #[serde(default)]
    #[schemars(length(max = MAX_RANGES_PER_DAY))]
    pub sunday: Vec<HoursSpec>,
}

/// A date with hours of its own (a half day before a holiday, say).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "PartialDay")]
pub struct PartialDaySpec {
    /// Not also a holiday
    #[schemars(extend("format" = "date"))]
    pub date: String,
    /// In order, not overlapping
    #[schemars(length(max = MAX_RANGES_PER_DAY))]
    pub hours: Vec<HoursSpec>,
}

/// A business calendar in its plain form.
///
/// A clinic that has set no calendar is open Monday to Friday, 09:00 to 17:00, in its time zone,
/// with no holidays.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CalendarSpec {
    pub week: WeekSpec,
    /// Closed all day
    #[serde(default)]
    #[schemars(length(max = MAX_LISTED_DAYS), extend("items" = {"type": "string", "format": "date"}, "uniqueItems" = true))]
    pub holidays: Vec<String>,
    #[serde(default)]
    #[schemars(length(max = MAX_LISTED_DAYS))]
    pub partial_days: Vec<PartialDaySpec>,
}

impl CalendarSpec {
    /// The calendar of a clinic that has set none: Monday to Friday, 09:00 to 17:00.
    pub fn standard() -> Self {
        let day = || vec![HoursSpec { from: "09:00".into(), to: "17:00".into() }];
        CalendarSpec {
            week: WeekSpec {
                monday: day(),
                tuesday: day(),
                wednesday: day(),
                thursday: day(),
                friday: day(),
                saturday: Vec::new(),
                sunday: Vec::new(),
            },
            holidays: Vec::new(),
            partial_days: Vec::new(),
        }
    }
}

/// Why a calendar was refused: the field (`week.monday[0].to`) and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct CalendarError {
    pub field: String,
    pub message: &'static str,
}

fn refuse(field: impl Into<String>, message: &'static str) -> CalendarError {
    CalendarError { field: field.into(), message }
}

/// An opening range in minutes of the local day, `start < end <= 1440`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Range {
    start: u16,
    end: u16,
}

/// A validated business calendar in a time zone.
#[derive(Debug, Clone, PartialEq)]
pub struct BusinessCalendar {
    tz: TimeZone,
    /// Monday first.
    week: [Vec<Range>; 7],
    /// Holidays are partial days with no ranges.
    days: BTreeMap<Date, Vec<Range>>,
    spec: CalendarSpec,
}

fn parse_minute(s: &str, field: &str, end: bool) -> Result<u16, CalendarError> {
    let wrong = || refuse(field, "must be a time of day as HH:MM (00:00 to 23:59, or 24:00 for the end of the day)");
    let (h, m) = s.split_once(':').ok_or_else(wrong)?;
    if h.len() != 2 || m.len() != 2 || !h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
        return Err(wrong());
    }
    let (h, m): (u16, u16) = (h.parse().map_err(|_| wrong())?, m.parse().map_err(|_| wrong())?);
    match (h, m) {
        (24, 0) if end => Ok(MINUTES_PER_DAY),
        (0..=23, 0..=59) => Ok(h * 60 + m),
        _ => Err(wrong()),
    }
}

fn parse_ranges(hours: &[HoursSpec], field: &str) -> Result<Vec<Range>, CalendarError> {
    if hours.len() > MAX_RANGES_PER_DAY {
        return Err(refuse(field, "has more than 6 ranges"));
    }
    let mut out: Vec<Range> = Vec::with_capacity(hours.len());
    for (i, h) in hours.iter().enumerate() {
        let start = parse_minute(&h.from, &format!("{field}[{i}].from"), false)?;
        let end = parse_minute(&h.to, &format!("{field}[{i}].to"), true)?;
        if end <= start {
            return Err(refuse(format!("{field}[{i}].to"), "must be later than from"));
        }
        if out.last().is_some_and(|prev| start < prev.end) {
            return Err(refuse(format!("{field}[{i}].from"), "ranges must be in order and must not overlap"));
        }
        out.push(Range { start, end });
    }
    Ok(out)
}

fn parse_date(s: &str, field: &str) -> Result<Date, CalendarError> {
    let d: Date = s.parse().map_err(|_| refuse(field, "must be a date as YYYY-MM-DD"))?;
    if !(2000..=2200).contains(&d.year()) {
        return Err(refuse(field, "must be a year between 2000 and 2200"));
    }
    Ok(d)
}

impl BusinessCalendar {
    /// Check a calendar and read it in `tz`. Refused: times that are not `HH:MM`, a range
    /// that ends before it starts, ranges out of order or overlapping, more than six ranges
    /// a day, a date listed twice (as holidays or partial days, or as both), a partial day
    /// without hours (list it as a holiday), and a week with no opening hours at all.
    pub fn from_spec(spec: &CalendarSpec, tz: &TimeZone) -> Result<Self, CalendarError> {
        let w = &spec.week;
        let named = [
            ("monday", &w.monday),
            ("tuesday", &w.tuesday),
            ("wednesday", &w.wednesday),
            ("thursday", &w.thursday),
            ("friday", &w.friday),
            ("saturday", &w.saturday),
            ("sunday", &w.sunday),
        ];
        let mut week: [Vec<Range>; 7] = Default::default();
        for (i, (name, hours)) in named.iter().enumerate() {
            week[i] = parse_ranges(hours, &format!("week.{name}"))?;
        }
        if week.iter().all(Vec::is_empty) {
            return Err(refuse("week", "must have opening hours on at least one day"));
        }
        if spec.holidays.len() > MAX_LISTED_DAYS {
            return Err(refuse("holidays", "lists more than 400 dates"));
        }
        if spec.partial_days.len() > MAX_LISTED_DAYS {
            return Err(refuse("partial_days", "lists more than 400 dates"));
        }
        let mut days = BTreeMap::new();
        for (i, h) in spec.holidays.iter().enumerate() {
            let field = format!("holidays[{i}]");
            if days.insert(parse_date(h, &field)?, Vec::new()).is_some() {
                return Err(refuse(field, "lists a date twice"));
            }
        }
        for (i, p) in spec.partial_days.iter().enumerate() {
            let field = format!("partial_days[{i}]");
            let date = parse_date(&p.date, &format!("{field}.date"))?;
            if p.hours.is_empty() {
                return Err(refuse(format!("{field}.hours"), "must have a range (a day closed all day is a holiday)"));
            }
            let ranges = parse_ranges(&p.hours, &format!("{field}.hours"))?;
            if days.insert(date, ranges).is_some() {
                return Err(refuse(format!("{field}.date"), "is already a holiday or a partial day"));
            }
        }
        Ok(BusinessCalendar { tz: tz.clone(), week, days, spec: spec.clone() })
    }

    /// Monday to Friday, 09:00 to 17:00 in `tz`.
    pub fn standard(tz: &TimeZone) -> Self {
        let r = vec![Range { start: 9 * 60, end: 17 * 60 }];
        BusinessCalendar {
            tz: tz.clone(),
            week: [r.clone(), r.clone(), r.clone(), r.clone(), r, Vec::new(), Vec::new()],
            days: BTreeMap::new(),
            spec: CalendarSpec::standard(),
        }
    }

    pub fn spec(&self) -> &CalendarSpec {
        &self.spec
    }

    pub fn time_zone(&self) -> &TimeZone {
        &self.tz
    }

    fn ranges_on(&self, date: Date) -> &[Range] {
        match self.days.get(&date) {
            Some(r) => r,
            None => &self.week[usize::from(weekday_index(date.weekday()))],
        }
    }

    /// The instant a local minute of `date` is (minute 1440 is the next day's midnight).
    fn instant(&self, date: Date, minute: u16) -> Option<Timestamp> {
        let (date, minute) = if minute >= MINUTES_PER_DAY { (date.tomorrow().ok()?, 0) } else { (date, minute) };
        let dt = date.at((minute / 60) as i8, (minute % 60) as i8, 0, 0);
        self.tz.tz().to_ambiguous_zoned(dt).compatible().ok().map(|z| z.timestamp())
    }

    /// The opening hours of `date` as instants, in order.
    fn open_on(&self, date: Date) -> impl Iterator<Item = (Timestamp, Timestamp)> + '_ {
        self.ranges_on(date)
            .iter()
            .filter_map(move |r| Some((self.instant(date, r.start)?, self.instant(date, r.end)?)))
            .filter(|(s, e)| s < e)
    }

    fn local_date(&self, t: Timestamp) -> Date {
        t.to_zoned(self.tz.tz().clone()).date()
    }

    /// The day before `t`'s local date (a range ending at 24:00 belongs to it but its end is
    /// on `t`'s date), then every day after, for `SEARCH_DAYS`.
    fn days_from(&self, t: Timestamp) -> impl Iterator<Item = Date> {
        let first = self.local_date(t).yesterday().unwrap_or(self.local_date(t));
        first.series(jiff::Span::new().days(1)).take(SEARCH_DAYS as usize)
    }

    /// `from` moved on by `amount` of business time: the instant when that much opening time
    /// has passed. An instant outside opening hours counts from the next opening. `None`
    /// when the calendar has no such time within three years.
    pub fn add_business(&self, from: Timestamp, amount: SignedDuration) -> Option<Timestamp> {
        if amount <= SignedDuration::ZERO {
            return Some(from);
        }
        let mut left = amount;
        for date in self.days_from(from) {
            for (start, end) in self.open_on(date) {
                if end <= from {
                    continue;
                }
                let start = start.max(from);
                let here = start.duration_until(end);
                if here >= left {
                    return start.checked_add(left).ok();
                }
                left -= here;
            }
        }
        None
    }

    /// The close of the `n`th business day after `from`'s local day (a day with opening
    /// hours): a message on Monday with one business day is due when Tuesday closes.
    pub fn add_business_days(&self, from: Timestamp, n: u32) -> Option<Timestamp> {
        let today = self.local_date(from);
        let mut counted = 0;
        for date in today.series(jiff::Span::new().days(1)).skip(1).take(SEARCH_DAYS as usize) {
            if let Some((_, close)) = self.open_on(date).last() {
                counted += 1;
                if counted >= n {
                    return Some(close);
                }
            }
        }
        None
    }

    /// Business time between two instants (zero when `to` is not after `from`).
    pub fn business_between(&self, from: Timestamp, to: Timestamp) -> SignedDuration {
        let mut total = SignedDuration::ZERO;
        if to <= from {
            return total;
        }
        let last = self.local_date(to);
        for date in self.days_from(from) {
            if date > last {
                break;
            }
            for (start, end) in self.open_on(date) {
                let (s, e) = (start.max(from), end.min(to));
                if s < e {
                    total += s.duration_until(e);
                }
            }
        }
        total
    }
}

fn weekday_index(w: Weekday) -> u8 {
    (w.to_monday_zero_offset()).unsigned_abs()
}

#[cfg(test)]
#[path = "calendar_tests.rs"]
mod tests;
