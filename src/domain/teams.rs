//! Who answers: a clinic's teams (each with members, perhaps a lead, one the default), the
//! rules that route a patient's message to a team, absences with a covering colleague, and
//! the escalation of a reply that is late. Everything here decides from values it is given;
//! `routing.rs` at the crate root loads them and keeps what was decided.

use super::{ClinicId, ParseError, ReplyCategory, ReplyPriority, ShortText, StaffId, ThreadId, new_id_string};
use jiff::civil::Date;
use jiff::{SignedDuration, Timestamp};

/// A team of the care team: "Front desk", "Nurses", "Dr. Okafor's team".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Team {
    pub id: String,
    pub clinic_id: ClinicId,
    pub name: ShortText,
    /// Who a late reply escalates to in the end.
    pub lead_id: Option<StaffId>,
    pub members: Vec<StaffId>,
    /// Where a message no rule matches goes; at most one team of a clinic.
    pub is_default: bool,
    pub created_at: Timestamp,
}

impl Team {
    pub fn new_id() -> String {
        new_id_string("team")
    }
}

/// One routing rule: every condition it names must hold (a rule naming none matches all).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RoutingRule {
    /// `appointment`, `refill`, `question`, `billing` or `other`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(schema_with = "super::word_or_null_schema::<super::ReplyCategory>")]
    pub category: Option<String>,
    /// The provider named on the patient's appointment, as the clinic writes it (case and
    /// spaces at either end do not matter).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// A language (`es`), matching the patient's language and its regional forms (`es-MX`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    pub team_id: String,
}

/// What a message is routed by.
#[derive(Debug, Clone, Copy)]
pub struct RouteBy<'a> {
    pub category: ReplyCategory,
    /// The provider of the patient's next appointment (else their last).
    pub provider: Option<&'a str>,
    pub language: &'a str,
}

/// Why a set of routing rules was refused: which rule, which field, why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("rules[{index}].{field}: {message}")]
pub struct RoutingError {
    pub index: usize,
    pub field: &'static str,
    pub message: &'static str,
}

/// The most rules a clinic keeps.
pub const MAX_ROUTING_RULES: usize = 100;

impl RoutingRule {
    /// Check a clinic's rules against its teams; the first refusal.
    pub fn check_all(rules: &[RoutingRule], teams: &[Team]) -> Result<(), RoutingError> {
        if rules.len() > MAX_ROUTING_RULES {
            return Err(RoutingError { index: MAX_ROUTING_RULES, field: "rules", message: "at most 100 rules" });
        }
        for (index, r) in rules.iter().enumerate() {
            let bad = |field, message| RoutingError { index, field, message };
            if let Some(c) = &r.category {
                ReplyCategory::parse(c)
                    .map_err(|_| bad("category", "must be appointment, refill, question, billing or other"))?;
            }
            if r.provider.as_deref().is_some_and(|p| p.trim().is_empty() || p.chars().count() > 200) {
                return Err(bad("provider", "must be 1 to 200 characters"));
            }
            if let Some(l) = &r.language {
                super::Locale::parse(l).map_err(|_| bad("language", "must be a language tag such as es or pt-BR"))?;
            }
            if !teams.iter().any(|t| t.id == r.team_id) {
                return Err(bad("team_id", "is not one of the clinic's teams"));
            }
        }
        Ok(())
    }

    pub fn matches(&self, by: &RouteBy<'_>) -> bool {
        let category = self.category.as_deref().is_none_or(|c| c == by.category.as_str());
        let provider = self
            .provider
            .as_deref()
            .is_none_or(|p| by.provider.is_some_and(|q| p.trim().to_lowercase() == q.trim().to_lowercase()));
        let language = self.language.as_deref().is_none_or(|l| {
            let (rule, patient) = (l.to_ascii_lowercase(), by.language.to_ascii_lowercase());
            patient == rule || patient.strip_prefix(&rule).is_some_and(|rest| rest.starts_with('-'))
        });
        category && provider && language
    }
}

/// The team a message goes to: the first rule that matches, else the default team, else
/// none (the whole clinic's pool).
pub fn route<'a>(rules: &'a [RoutingRule], teams: &'a [Team], by: &RouteBy<'_>) -> Option<&'a Team> {
    let by_rule = rules.iter().find(|r| r.matches(by)).and_then(|r| teams.iter().find(|t| t.id == r.team_id));
    by_rule.or_else(|| teams.iter().find(|t| t.is_default))
}

/// A message the covering clinician takes while its assignee is away; the rest (booking,
/// billing) goes back to the team's pool.
pub fn is_clinical(category: ReplyCategory, priority: ReplyPriority) -> bool {
    priority == ReplyPriority::Urgent || !matches!(category, ReplyCategory::Appointment | ReplyCategory::Billing)
}

/// A staff member away from `starts_on` to `ends_on` (days in the clinic's time zone, both
/// inclusive), and who covers for them. It ends by itself: after `ends_on` it no longer counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Absence {
    pub id: String,
    pub clinic_id: ClinicId,
    pub staff_id: StaffId,
    pub starts_on: Date,
    pub ends_on: Date,
    pub cover_id: Option<StaffId>,
    pub created_at: Timestamp,
}

/// Why an absence was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{}: {}", self.field(), self.message())]
pub enum AbsenceRefusal {
    EndsBeforeStart,
    Past,
    TooLong,
    CoverIsSelf,
    /// The cover is away then too and named this person (or someone who did) as their cover:
    /// the chain would go round.
    Loop,
}

impl AbsenceRefusal {
    /// The field the refusal is about.
    pub fn field(self) -> &'static str {
        match self {
            AbsenceRefusal::EndsBeforeStart | AbsenceRefusal::Past => "ends_on",
            AbsenceRefusal::TooLong => "starts_on",
            AbsenceRefusal::CoverIsSelf | AbsenceRefusal::Loop => "cover_id",
        }
    }

    pub fn message(self) -> &'static str {
        match self {
            AbsenceRefusal::EndsBeforeStart => "must not be before starts_on",
            AbsenceRefusal::Past => "must not be in the past",
            AbsenceRefusal::TooLong => "an absence is at most a year long",
            AbsenceRefusal::CoverIsSelf => "must be someone else of the care team",
            AbsenceRefusal::Loop => "is away then too, covered by this person: the cover would go round in a loop",
        }
    }
}

impl Absence {
    pub fn new_id() -> String {
        new_id_string("abs")
    }

    pub fn covers(&self, day: Date) -> bool {
        self.starts_on <= day && day <= self.ends_on
    }

    fn overlaps(&self, other: &Absence) -> bool {
        self.starts_on <= other.ends_on && other.starts_on <= self.ends_on
    }

    /// Check a new absence against `today` and the clinic's other absences.
    pub fn check(&self, today: Date, others: &[Absence]) -> Result<(), AbsenceRefusal> {
        if self.ends_on < self.starts_on {
            return Err(AbsenceRefusal::EndsBeforeStart);
        }
        if self.ends_on < today {
            return Err(AbsenceRefusal::Past);
        }
        if (self.ends_on - self.starts_on).get_days() > 366 {
            return Err(AbsenceRefusal::TooLong);
        }
        let Some(cover) = &self.cover_id else { return Ok(()) };
        if *cover == self.staff_id {
            return Err(AbsenceRefusal::CoverIsSelf);
        }
        // Follow the cover's own covers over the days this absence shares with theirs.
        let mut seen = vec![self.staff_id.clone()];
        let mut next = Some(cover.clone());
        while let Some(who) = next.take() {
            if seen.contains(&who) {
                return Err(AbsenceRefusal::Loop);
            }
            seen.push(who.clone());
            next = others.iter().find(|a| a.staff_id == who && a.overlaps(self)).and_then(|a| a.cover_id.clone());
        }
        Ok(())
    }
}

/// Who answers for `who` on `day`: themselves when present, else their cover (and their
/// cover's cover, when that one is away too); `None` when the chain ends with someone away
/// and uncovered, or goes round.
pub fn answering_for(who: &StaffId, day: Date, absences: &[Absence]) -> Option<StaffId> {
    let mut seen: Vec<&StaffId> = Vec::new();
    let mut current = who;
    loop {
        if seen.contains(&current) {
            return None;
        }
        seen.push(current);
        match absences.iter().find(|a| a.staff_id == *current && a.covers(day)) {
            None => return Some(current.clone()),
            Some(a) => current = a.cover_id.as_ref()?,
        }
    }
}

/// What happened to a conversation on its way to a person, kept and shown to staff.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepKind {
    /// A message went to a team.
    Routed,
    /// Its assignee is away: the covering colleague has it.
    Covered,
    /// Its assignee is away and it is not clinical: back to the team's pool.
    Pooled,
    /// Three quarters of the reply time have passed: someone was warned.
    Warned,
    /// The reply is late: it went to the cover, then to the lead.
    Escalated,
    /// The reply is late and there is no one further to give it to.
    NoOneFurther,
    /// A provider refused one of the patient's contact points for good (`detail`: which
    /// channel and why): the care team may need to reach them another way.
    ContactFlagged,
}

impl StepKind {
    pub fn as_str(self) -> &'static str {
        match self {
            StepKind::Routed => "routed",
            StepKind::Covered => "covered",
            StepKind::Pooled => "pooled",
            StepKind::Warned => "warned",
            StepKind::Escalated => "escalated",
            StepKind::NoOneFurther => "no_one_further",
            StepKind::ContactFlagged => "contact_flagged",
        }
    }

    pub fn parse(s: &str) -> Result<Self, ParseError> {
        const ALL: [StepKind; 7] = [
            StepKind::Routed,
            StepKind::Covered,
            StepKind::Pooled,
            StepKind::Warned,
            StepKind::Escalated,
            StepKind::NoOneFurther,
            StepKind::ContactFlagged,
        ];
        ALL.into_iter().find(|k| k.as_str() == s).ok_or(ParseError("not a conversation step"))
    }
}

/// One step of a conversation's way: what, to whom (a team or a person), from whom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConversationStep {
    pub thread_id: ThreadId,
    pub clinic_id: ClinicId,
    pub kind: StepKind,
    pub team_id: Option<String>,
    pub staff_id: Option<StaffId>,
    pub from_staff_id: Option<StaffId>,
    /// For a flagged contact point: `sms invalid`, `email opted_out`, …
    pub detail: Option<String>,
    pub at: Timestamp,
}

/// How far a late reply has escalated: not yet, to the assignee's cover, to the lead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum EscalationLevel {
    None = 0,
    Cover = 1,
    Lead = 2,
}

impl EscalationLevel {
    pub fn from_i64(v: i64) -> Self {
        match v {
            1 => EscalationLevel::Cover,
            v if v >= 2 => EscalationLevel::Lead,
            _ => EscalationLevel::None,
        }
    }
}

/// The escalation's next step for a conversation that is late.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Escalation {
    /// Who has it now (`None`: no one further to give it to).
    pub to: Option<StaffId>,
    pub level: EscalationLevel,
    /// Whether a further step (to the lead) is still to come.
    pub more: bool,
}

/// Where a late reply goes next, from `level`: first to whoever answers for the assignee
/// (their cover, when they are away), then to whoever answers for the team's lead. Nobody
/// is given it twice over: a step that would land where it already is goes on to the next,
/// and after the lead there is no further step, so the chain ends.
pub fn escalate(
    level: EscalationLevel,
    assignee: Option<&StaffId>,
    lead: Option<&StaffId>,
    day: Date,
    absences: &[Absence],
) -> Escalation {
    if level == EscalationLevel::None
        && let Some(a) = assignee
        && let Some(cover) = answering_for(a, day, absences).filter(|c| c != a)
    {
        return Escalation { to: Some(cover), level: EscalationLevel::Cover, more: true };
    }
    let to = lead.and_then(|l| answering_for(l, day, absences)).filter(|t| Some(t) != assignee);
    Escalation { to, level: EscalationLevel::Lead, more: false }
}

/// When a warning goes out: three quarters of the way from `from` to `due` in business
/// time, or in plain time when the window has no business time in it (a red flag at 3 a.m.).
pub fn warn_at(from: Timestamp, due: Timestamp, calendar: &super::BusinessCalendar) -> Option<Timestamp> {
    if due <= from {
        return Some(due);
    }
    let business = calendar.business_between(from, due);
    if business > SignedDuration::ZERO {
        let three_quarters = SignedDuration::from_millis(business.as_millis() as i64 * 3 / 4);
        calendar.add_business(from, three_quarters).map(|t| t.min(due))
    } else {
        let wall = from.duration_until(due);
        from.checked_add(SignedDuration::from_millis(wall.as_millis() as i64 * 3 / 4)).ok()
    }
}

/// How long after the first escalation the lead is given it: a quarter of the reply window,
/// at least 5 minutes and at most 4 hours.
pub fn lead_after(from: Timestamp, due: Timestamp) -> SignedDuration {
    let quarter = SignedDuration::from_millis(from.duration_until(due).as_millis() as i64 / 4);
    quarter.clamp(SignedDuration::from_mins(5), SignedDuration::from_hours(4))
}

words!(StepKind { Routed, Covered, Pooled, Warned, Escalated, NoOneFurther, ContactFlagged });

#[cfg(test)]
#[path = "teams_tests.rs"]
mod tests;
