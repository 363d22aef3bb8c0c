//! `/staff/reports`: the reply-time figures of the staff member's clinic (the same as
//! `GET /api/v1/reports/replies`, `reply_times::report`) for a period they choose, as a table
//! and as a bar chart drawn on the server (SVG, no script): per category, the median and 90th
//! percentile business hours to the first reply the patient could see.

use super::session::Staff;
use crate::state::AppState;
use crate::web::lang;
use crate::web::page::{PageError, PageResult, SupportCode, page};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use std::collections::HashMap;

struct Line {
    label: String,
    answered: usize,
    median: String,
    p90: String,
    within: String,
    open: i64,
    overdue: i64,
}

/// One category's bars: where they go and how long they are (in the chart's units).
struct Bars {
    label: String,
    y: usize,
    median: f64,
    p90: f64,
    words: String,
}

#[derive(Template)]
#[template(path = "staff_reports.html")]
struct ReportsPage {
    t: crate::i18n::Lang,
    here: String,
    clinic_id: String,
    from: String,
    to: String,
    period: String,
    lines: Vec<Line>,
    total: Line,
    bars: Vec<Bars>,
    chart_height: usize,
    any: bool,
    /// The clinic's teams to show the figures of: whether chosen, id, name.
    teams: Vec<(bool, String, String)>,
}

/// Business hours, one decimal ("–" for none).
fn hours(minutes: Option<f64>) -> String {
    minutes.map_or_else(|| "–".into(), |m| format!("{:.1}", m / 60.0))
}

fn line(label: String, f: &crate::domain::ReplyFigures, open: i64, overdue: i64) -> Line {
    Line {
        label,
        answered: f.answered,
        median: hours(f.median_minutes),
        p90: hours(f.p90_minutes),
        within: f.within_promise.map_or_else(|| "–".into(), |w| format!("{:.0} %", w * 100.0)),
        open,
        overdue,
    }
}

/// The width of the chart's longest bar.
const BAR_MAX: f64 = 400.0;
const ROW: usize = 44;

pub async fn show(State(state): State<AppState>, staff: Staff, Query(q): Query<HashMap<String, String>>) -> PageResult {
    let t = lang::current();
    let now = state.now();
    let (from, to) = crate::reply_times::period(
        &staff.clinic,
        now,
        q.get("from").map(String::as_str),
        q.get("to").map(String::as_str),
    )
    .map_err(|_| PageError::unprocessable("page-problem-heading", "staff-date-wrong", SupportCode::Form))?;
    let teams = state.store.teams(&staff.clinic.id).await?;
    let team = match q.get("team").map(|t| t.trim()).filter(|t| !t.is_empty()) {
        Some(t) => Some(teams.iter().find(|x| x.id == t).ok_or(PageError::NotFound)?.id.clone()),
        None => None,
    };
    let r = crate::reply_times::report(&*state.store, &staff.clinic, from, to, team.as_deref(), now).await?;
    let teams = teams.into_iter().map(|x| (Some(&x.id) == team.as_ref(), x.id, x.name.to_string())).collect();
    let label = |category: &str| t.t(&format!("category-{category}"));
    let lines: Vec<Line> =
        r.by_category.iter().map(|c| line(label(c.category), &c.figures, c.open, c.overdue)).collect();
    let longest = r.by_category.iter().filter_map(|c| c.figures.p90_minutes).fold(0.0, f64::max);
    let scale = if longest > 0.0 { BAR_MAX / longest } else { 0.0 };
    let bars = r
        .by_category
        .iter()
        .filter(|c| c.figures.answered > 0)
        .enumerate()
        .map(|(i, c)| Bars {
            label: label(c.category),
            y: i * ROW,
            median: c.figures.median_minutes.unwrap_or(0.0) * scale,
            p90: c.figures.p90_minutes.unwrap_or(0.0) * scale,
            words: format!("{} / {}", hours(c.figures.median_minutes), hours(c.figures.p90_minutes)),
        })
        .collect::<Vec<_>>();
    let view = ReportsPage {
        t,
        here: "/staff/reports".into(),
        clinic_id: staff.clinic.id.to_string(),
        period: t.f(
            "staff-reports-period",
            &[("from", crate::i18n::Arg::Str(&r.from)), ("to", crate::i18n::Arg::Str(&r.to))],
        ),
        from: r.from.clone(),
        to: r.to.clone(),
        total: line(t.t("staff-reports-all"), &r.overall, r.open, r.overdue),
        chart_height: bars.len() * ROW + 8,
        any: r.overall.answered > 0,
        bars,
        lines,
        teams,
    };
    Ok(page(StatusCode::OK, &view))
}
