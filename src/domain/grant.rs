//! Caregiver grants: a patient (or, with a legal basis, the clinic) lets another person act for
//! them within named scopes until an expiry. The rules live here and nowhere else: which scopes
//! can be delegated (settings never), what each basis needs, how long a grant lasts, and whether
//! a grant allows something at a given moment. Every request under a grant asks `allows` with
//! the time of that request, so a revoked or expired grant fails on the very next one.

use super::{ClinicId, ParseError, PatientId, PersonId, PersonName, ShortText};
use jiff::{SignedDuration, Timestamp};

/// How long a patient-given grant lasts unless the patient chooses otherwise: 18 months.
pub const PATIENT_GIVEN_DEFAULT: SignedDuration = SignedDuration::from_hours(24 * 548);
/// The longest any grant may run before someone renews it: 5 years.
pub const GRANT_LONGEST: SignedDuration = SignedDuration::from_hours(24 * 1827);
/// How long an invitation can be accepted.
pub const INVITATION_LIFETIME: SignedDuration = SignedDuration::from_hours(24 * 7);

/// What a caregiver may do for the patient. Settings (contact points, language, passkeys) are
/// never delegable: they would let a caregiver take the account over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scope {
    Appointments,
    Messages,
    Refills,
}

impl Scope {
    pub const ALL: [Scope; 3] = [Scope::Appointments, Scope::Messages, Scope::Refills];

    pub fn parse(input: &str) -> Result<Self, ParseError> {
        match input {
            "appointments" => Ok(Scope::Appointments),
            "messages" => Ok(Scope::Messages),
            "refills" => Ok(Scope::Refills),
            "settings" => Err(ParseError("settings can never be delegated")),
            _ => Err(ParseError("must be appointments, messages or refills")),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Appointments => "appointments",
            Scope::Messages => "messages",
            Scope::Refills => "refills",
        }
    }
}

/// A list of scopes as stored where it may be empty (`teen_restored`): comma-separated.
pub fn stored_scopes(list: &[Scope]) -> String {
    list.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(",")
}

/// `stored_scopes` read back.
pub fn parse_stored_scopes(stored: &str) -> Result<Vec<Scope>, ParseError> {
    stored.split(',').filter(|s| !s.is_empty()).map(Scope::parse).collect()
}

/// A non-empty set of scopes, in a fixed order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scopes(Vec<Scope>);

impl Scopes {
    pub fn new(mut scopes: Vec<Scope>) -> Result<Self, ParseError> {
        scopes.sort();
        scopes.dedup();
        if scopes.is_empty() {
            return Err(ParseError("must name at least one scope"));
        }
        Ok(Scopes(scopes))
    }

    /// Each of `items` parsed; the first refusal wins.
    pub fn parse_all<'a>(items: impl IntoIterator<Item = &'a str>) -> Result<Self, ParseError> {
        Scopes::new(items.into_iter().map(Scope::parse).collect::<Result<Vec<_>, _>>()?)
    }

    /// As stored: comma-separated names.
    pub fn parse_stored(input: &str) -> Result<Self, ParseError> {
        Scopes::parse_all(input.split(',').filter(|s| !s.is_empty()))
    }

    pub fn to_stored(&self) -> String {
        self.0.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(",")
    }

    pub fn contains(&self, s: Scope) -> bool {
        self.0.contains(&s)
    }

    pub fn as_slice(&self) -> &[Scope] {
        &self.0
    }
}

/// Why the caregiver may act: the patient said so, or the clinic recorded a legal basis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GrantBasis {
    PatientGiven,
    ParentOfMinor,
    /// A guardian or a power of attorney: needs an evidence reference and who verified it.
    LegalRepresentative,
}

impl GrantBasis {
    pub fn parse(input: &str) -> Result<Self, ParseError> {
        match input {
            "patient_given" => Ok(GrantBasis::PatientGiven),
            "parent_of_minor" => Ok(GrantBasis::ParentOfMinor),
            "legal_representative" => Ok(GrantBasis::LegalRepresentative),
            _ => Err(ParseError("must be patient_given, parent_of_minor or legal_representative")),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            GrantBasis::PatientGiven => "patient_given",
            GrantBasis::ParentOfMinor => "parent_of_minor",
            GrantBasis::LegalRepresentative => "legal_representative",
        }
    }
}

/// Where a grant stands. `Expired` is never stored: it is what an invited or active grant is
/// once its expiry has passed (`CareGrant::status_at`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GrantStatus {
    Invited,
    Active,
    Revoked,
    Expired,
}

impl GrantStatus {
    pub fn parse(input: &str) -> Result<Self, ParseError> {
        match input {
            "invited" => Ok(GrantStatus::Invited),
            "active" => Ok(GrantStatus::Active),
            "revoked" => Ok(GrantStatus::Revoked),
            "expired" => Ok(GrantStatus::Expired),
            _ => Err(ParseError("not a grant status")),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            GrantStatus::Invited => "invited",
            GrantStatus::Active => "active",
            GrantStatus::Revoked => "revoked",
            GrantStatus::Expired => "expired",
        }
    }
}

/// The contact point an invitation goes to, and that the caregiver proves with a code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GranteeContact {
    Phone(super::Phone),
    Email(super::Email),
}

impl GranteeContact {
    pub fn channel(&self) -> super::Channel {
        match self {
            GranteeContact::Phone(_) => super::Channel::Sms,
            GranteeContact::Email(_) => super::Channel::Email,
        }
    }

    /// The address as stored (E.164, or the normalised email).
    pub fn address(&self) -> String {
        match self {
            GranteeContact::Phone(p) => p.as_str().to_string(),
            GranteeContact::Email(e) => e.as_str().to_string(),
        }
    }

    /// The address with most of it hidden, for pages.
    pub fn masked(&self) -> String {
        match self {
            GranteeContact::Phone(p) => p.masked(),
            GranteeContact::Email(e) => e.masked(),
        }
    }

    pub fn from_stored(channel: &str, address: &str) -> Result<Self, ParseError> {
        match channel {
            "sms" => Ok(GranteeContact::Phone(super::Phone::parse(address)?)),
            "email" => Ok(GranteeContact::Email(super::Email::parse(address)?)),
            _ => Err(ParseError("not a contact channel")),
        }
    }
}

/// Why a grant does not allow an action now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GrantRefusal {
    /// Not accepted yet.
    NotAccepted,
    Revoked,
    Expired,
    /// The grant does not include this scope.
    OutOfScope,
    /// A parent's grant for a child who has reached the clinic's age for privacy: reading the
    /// child's messages and refills has ended (appointments and writing to the clinic remain).
    TeenPrivacy,
    /// A parent's grant for a child who has turned 18: it has ended.
    CameOfAge,
}

impl GrantRefusal {
    pub fn as_str(self) -> &'static str {
        match self {
            GrantRefusal::NotAccepted => "not_accepted",
            GrantRefusal::Revoked => "revoked",
            GrantRefusal::Expired => "expired",
            GrantRefusal::OutOfScope => "out_of_scope",
            GrantRefusal::TeenPrivacy => "teen_privacy",
            GrantRefusal::CameOfAge => "came_of_age",
        }
    }
}

/// What a caregiver does for the patient: a scope, with messages split in two, because a
/// parent of a teenager may still write to the clinic but no longer read the teen's thread.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Act {
    Appointments,
    ReadMessages,
    SendMessage,
    Refills,
}

impl Act {
    pub fn scope(self) -> Scope {
        match self {
            Act::Appointments => Scope::Appointments,
            Act::ReadMessages | Act::SendMessage => Scope::Messages,
            Act::Refills => Scope::Refills,
        }
    }
}

/// The age at which every parent's grant ends.
pub const ADULT_AGE: i16 = 18;
/// The clinic's age for a teenager's privacy unless it chooses another (hospitals use 12, 13 or 14).
pub const TEEN_PRIVACY_AGE: i16 = 12;
/// The ages a clinic may choose for it.
pub const TEEN_PRIVACY_AGES: std::ops::RangeInclusive<i16> = 10..=17;

/// How old someone born on `birth` is on `day`: a year older on each birthday, and a person
/// born on 29 February a year older on 1 March in a year without one.
pub fn age_on(birth: jiff::civil::Date, day: jiff::civil::Date) -> i16 {
    let before_birthday = (day.month(), day.day()) < (birth.month(), birth.day());
    day.year() - birth.year() - i16::from(before_birthday)
}

/// How old someone born on `birth` is at `now` where they are (`tz`: the clinic's zone).
pub fn age_at(birth: jiff::civil::Date, now: Timestamp, tz: &jiff::tz::TimeZone) -> i16 {
    age_on(birth, now.to_zoned(tz.clone()).date())
}

/// Why a grant could not be made or changed as asked; `field` names what to fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrantError {
    pub field: &'static str,
    pub message: &'static str,
}

fn refuse(field: &'static str, message: &'static str) -> GrantError {
    GrantError { field, message }
}

/// What a new grant is made from.
#[derive(Debug, Clone)]
pub struct GrantRequest {
    pub clinic_id: ClinicId,
    pub patient_id: PatientId,
    pub grantee_name: PersonName,
    pub contact: GranteeContact,
    pub scopes: Scopes,
    pub basis: GrantBasis,
    pub evidence_reference: Option<ShortText>,
    pub verified_by: Option<ShortText>,
    /// None: the default for the basis (18 months for patient-given; clinic-given grants must
    /// say).
    pub expires_at: Option<Timestamp>,
    pub reminder_copies: bool,
    /// Who made it, as `Actor` writes it.
    pub created_by: String,
}

/// One grant.
#[derive(Debug, Clone)]
pub struct CareGrant {
    pub id: super::GrantId,
    pub clinic_id: ClinicId,
    pub patient_id: PatientId,
    /// The person who accepted; none while invited.
    pub grantee: Option<PersonId>,
    /// The caregiver's name as the grantor wrote it ("Marta Ruiz").
    pub grantee_name: PersonName,
    pub contact: GranteeContact,
    pub scopes: Scopes,
    pub basis: GrantBasis,
    pub evidence_reference: Option<ShortText>,
    pub verified_by: Option<ShortText>,
    /// The stored status: invited, active or revoked.
    pub status: GrantStatus,
    pub created_by: String,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
    pub revoked_at: Option<Timestamp>,
    pub last_used_at: Option<Timestamp>,
    pub reminder_copies: bool,
    /// What the teenager gave back to the parent of a `parent_of_minor` grant that their age
    /// narrowed (`messages`, `refills`): the parent may use it again until the teenager takes
    /// it back or turns 18.
    pub teen_restored: Vec<Scope>,
}

impl CareGrant {
    /// A new grant, invited, if the request keeps the rules: a legal representative needs an
    /// evidence reference and who verified it; a clinic-given grant names its expiry; the
    /// expiry is in the future and at most `GRANT_LONGEST` away.
    pub fn invite(r: GrantRequest, now: Timestamp) -> Result<Self, GrantError> {
        if r.basis == GrantBasis::LegalRepresentative {
            if r.evidence_reference.is_none() {
                return Err(refuse("evidence_reference", "is required for a legal representative"));
            }
            if r.verified_by.is_none() {
                return Err(refuse("verified_by", "is required for a legal representative"));
            }
        }
        let expires_at = match (r.expires_at, r.basis) {
            (Some(t), _) => t,
            (None, GrantBasis::PatientGiven) => now + PATIENT_GIVEN_DEFAULT,
            (None, _) => return Err(refuse("expires_at", "is required for a clinic-given grant")),
        };
        check_expiry(expires_at, now)?;
        Ok(CareGrant {
            id: super::GrantId::new(),
            clinic_id: r.clinic_id,
            patient_id: r.patient_id,
            grantee: None,
            grantee_name: r.grantee_name,
            contact: r.contact,
            scopes: r.scopes,
            basis: r.basis,
            evidence_reference: r.evidence_reference,
            verified_by: r.verified_by,
            status: GrantStatus::Invited,
            created_by: r.created_by,
            created_at: now,
            expires_at,
            revoked_at: None,
            last_used_at: None,
            reminder_copies: r.reminder_copies,
            teen_restored: vec![],
        })
    }

    /// Where the grant stands at `now`.
    pub fn status_at(&self, now: Timestamp) -> GrantStatus {
        match self.status {
            GrantStatus::Revoked => GrantStatus::Revoked,
            _ if now >= self.expires_at => GrantStatus::Expired,
            s => s,
        }
    }

    /// Whether the grant lets its caregiver act in `scope` at `now`.
    pub fn allows(&self, scope: Scope, now: Timestamp) -> Result<(), GrantRefusal> {
        self.live(now)?;
        if self.scopes.contains(scope) { Ok(()) } else { Err(GrantRefusal::OutOfScope) }
    }

    /// Whether the grant lets its caregiver do `act` (`None`: anything at all, for the page
    /// that lists what it allows) at `now`, for a patient who is `age` today (where the clinic
    /// knows the birth date) at a clinic whose age for a teenager's privacy is `teen_age`. A
    /// parent's grant (`parent_of_minor`) narrows at `teen_age` to appointments and writing to
    /// the clinic, and ends at 18; a patient's own grant and a legal representative's do not
    /// change with age. Asked at each request, so nothing has to run on the birthday.
    pub fn allows_at(
        &self,
        act: Option<Act>,
        now: Timestamp,
        age: Option<i16>,
        teen_age: i16,
    ) -> Result<(), GrantRefusal> {
        self.live(now)?;
        if let (GrantBasis::ParentOfMinor, Some(age)) = (self.basis, age) {
            if age >= ADULT_AGE {
                return Err(GrantRefusal::CameOfAge);
            }
            let given_back = act.is_some_and(|a| self.teen_restored.contains(&a.scope()));
            if age >= teen_age && matches!(act, Some(Act::ReadMessages | Act::Refills)) && !given_back {
                return Err(GrantRefusal::TeenPrivacy);
            }
        }
        match act {
            Some(a) if !self.scopes.contains(a.scope()) => Err(GrantRefusal::OutOfScope),
            _ => Ok(()),
        }
    }

    /// `allows_at` for `patient` as they are at `now`: their age where `clinic` is (if it knows
    /// their birth date) and the clinic's age for a teenager's privacy.
    pub fn allows_for(
        &self,
        act: Option<Act>,
        now: Timestamp,
        (patient, clinic): (&super::Patient, &super::Clinic),
    ) -> Result<(), GrantRefusal> {
        let age = patient.birth_date.map(|b| age_at(b.date(), now, clinic.time_zone.tz()));
        self.allows_at(act, now, age, clinic.teen_privacy_age)
    }

    /// Whether the grant is accepted, unrevoked and unexpired at `now`.
    pub fn live(&self, now: Timestamp) -> Result<(), GrantRefusal> {
        match self.status_at(now) {
            GrantStatus::Active => Ok(()),
            GrantStatus::Invited => Err(GrantRefusal::NotAccepted),
            GrantStatus::Revoked => Err(GrantRefusal::Revoked),
            GrantStatus::Expired => Err(GrantRefusal::Expired),
        }
    }

    /// Whether its invitation can still be accepted at `now`.
    pub fn acceptable(&self, now: Timestamp) -> bool {
        self.status_at(now) == GrantStatus::Invited
    }

    /// Revoke at once; revoking twice changes nothing. False if it already was.
    pub fn revoke(&mut self, now: Timestamp) -> bool {
        if self.status == GrantStatus::Revoked {
            return false;
        }
        self.status = GrantStatus::Revoked;
        self.revoked_at = Some(now);
        true
    }

    /// What a teenager's age keeps from the parent of this grant that the teenager may give
    /// back (of the grant's own scopes): messages and refills, for a `parent_of_minor` grant
    /// only.
    pub fn teen_may_restore(&self) -> Vec<Scope> {
        if self.basis != GrantBasis::ParentOfMinor {
            return vec![];
        }
        [Scope::Messages, Scope::Refills].into_iter().filter(|s| self.scopes.contains(*s)).collect()
    }

    /// The teenager gives `scope` back to the parent (`on`) or takes it back again. False when
    /// nothing changed; an error for a scope the teenager cannot give (`teen_may_restore`) or a
    /// grant that has ended.
    pub fn teen_restore(&mut self, scope: Scope, on: bool, now: Timestamp) -> Result<bool, GrantError> {
        if !self.teen_may_restore().contains(&scope) {
            return Err(refuse("scope", "is not one a teenager's age keeps from this grant"));
        }
        if matches!(self.status_at(now), GrantStatus::Revoked | GrantStatus::Expired) {
            return Err(refuse("status", "a revoked or expired grant cannot change"));
        }
        let has = self.teen_restored.contains(&scope);
        match (on, has) {
            (true, false) => self.teen_restored.push(scope),
            (false, true) => self.teen_restored.retain(|s| *s != scope),
            _ => return Ok(false),
        }
        self.teen_restored.sort();
        Ok(true)
    }

    /// Change scopes, expiry or reminder copies; a revoked or expired grant cannot change (a
    /// new grant is the way back).
    pub fn change(&mut self, change: GrantChange, now: Timestamp) -> Result<(), GrantError> {
        if matches!(self.status_at(now), GrantStatus::Revoked | GrantStatus::Expired) {
            return Err(refuse("status", "a revoked or expired grant cannot change"));
        }
        if let Some(t) = change.expires_at {
            check_expiry(t, now)?;
            self.expires_at = t;
        }
        if let Some(s) = change.scopes {
            self.scopes = s;
        }
        if let Some(r) = change.reminder_copies {
            self.reminder_copies = r;
        }
        if let Some(e) = change.evidence_reference {
            self.evidence_reference = Some(e);
        }
        if let Some(v) = change.verified_by {
            self.verified_by = Some(v);
        }
        Ok(())
    }
}

/// What a change may set; `None` keeps the field.
#[derive(Debug, Clone, Default)]
pub struct GrantChange {
    pub scopes: Option<Scopes>,
    pub expires_at: Option<Timestamp>,
    pub reminder_copies: Option<bool>,
    pub evidence_reference: Option<ShortText>,
    pub verified_by: Option<ShortText>,
}

fn check_expiry(t: Timestamp, now: Timestamp) -> Result<(), GrantError> {
    if t <= now {
        return Err(refuse("expires_at", "must be in the future"));
    }
    if t > now + GRANT_LONGEST {
        return Err(refuse("expires_at", "must be at most 5 years away"));
    }
    Ok(())
}

/// An invitation waiting for its caregiver: the hash of the secret its link carries, when it
/// stops working, and the code sent to prove the contact point (hash, expiry, wrong tries).
#[derive(Debug, Clone)]
pub struct GrantInvitation {
    pub grant_id: super::GrantId,
    pub token_hash: Vec<u8>,
    pub expires_at: Timestamp,
    pub used_at: Option<Timestamp>,
    pub code_hash: Option<Vec<u8>>,
    pub code_expires_at: Option<Timestamp>,
    pub code_tries: i64,
}

/// A caregiver's session: a person signed in by proving a contact point. It opens nothing by
/// itself; each request names the patient and is checked against a live grant.
#[derive(Debug, Clone)]
pub struct CaregiverSession {
    pub id_hash: Vec<u8>,
    /// How it began: a code (the invitation's or a sign-in's) or a passkey.
    pub signed_in_with: super::AuthMethod,
    pub person_id: PersonId,
    pub created_at: Timestamp,
    pub idle_expires_at: Timestamp,
    pub expires_at: Timestamp,
    pub ended_at: Option<Timestamp>,
    /// Begun from a reminder copy's link: the one grant it acts under, for appointments only.
    pub only_grant: Option<super::GrantId>,
}

impl CaregiverSession {
    pub fn live(&self, now: Timestamp) -> bool {
        self.ended_at.is_none() && now < self.idle_expires_at && now < self.expires_at
    }
}

words!(Scope { Appointments, Messages, Refills });
words!(GrantBasis { PatientGiven, ParentOfMinor, LegalRepresentative });
words!(GrantStatus { Invited, Active, Revoked, Expired });

#[cfg(test)]
#[path = "grant_tests.rs"]
mod tests;
