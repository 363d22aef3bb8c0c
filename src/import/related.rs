//! A FHIR `RelatedPerson` becomes a clinic-given caregiver grant, only when the bundle says
//! the legal basis: a parent (`relationship` `PRN`, `MTH`, `FTH` and their natural, adoptive
//! and step forms, HL7 v3 RoleCode) gives `parent_of_minor`, a guardian or an attorney
//! (`GUARD`, `POWATT`, `DPOWATT`, `HPOWATT`, `SPOWATT`) `legal_representative`, with the
//! resource as its evidence and the clinic's EHR as who verified it; anything else is refused,
//! never guessed. The grant covers appointments, messages and refills (a parent's narrows and
//! ends with the child's age, as every parent's grant does) until `period.end` (at most five
//! years; none: five years). It is known by the clinic's identifier of the resource: importing
//! again changes nothing, a changed end moves the expiry, `active: false` revokes it. The
//! invitation goes to the person's phone (a mobile first) or email once the grant is written
//! (`Run::send_invitations`), as when the clinic API makes one.

use super::{Kind, Outcome, Refused, Run, fhir, refuse};
use crate::domain::{
    ADULT_AGE, Actor, CareGrant, Email, GRANT_LONGEST, GrantBasis, GrantChange, GrantId, GrantRequest, GrantStatus,
    GranteeContact, PersonName, Phone, Scope, Scopes, ShortText, age_at,
};
use crate::store::{NewRecord, StoreError};
use jiff::{SignedDuration, Timestamp};

const PARENT: [&str; 12] =
    ["PRN", "MTH", "FTH", "NPRN", "NMTH", "NFTH", "ADOPTP", "ADOPTM", "ADOPTF", "STPPRN", "STPMTH", "STPFTH"];
const LEGAL: [&str; 5] = ["GUARD", "POWATT", "DPOWATT", "HPOWATT", "SPOWATT"];

/// The legal basis the relationship codes say, if they say one.
fn basis(r: &fhir::RelatedPerson) -> Option<GrantBasis> {
    let codes: Vec<&str> = r.relationship_codes().collect();
    if codes.iter().any(|c| LEGAL.contains(c)) {
        Some(GrantBasis::LegalRepresentative)
    } else if codes.iter().any(|c| PARENT.contains(c)) {
        Some(GrantBasis::ParentOfMinor)
    } else {
        None
    }
}

/// A FHIR date or dateTime as the end of the grant (a date ends at its start, UTC).
fn end_of(raw: &str) -> Option<Timestamp> {
    let raw = raw.trim();
    raw.parse::<Timestamp>().ok().or_else(|| {
        raw.parse::<jiff::civil::Date>()
            .ok()
            .and_then(|d| d.to_zoned(jiff::tz::TimeZone::UTC).ok())
            .map(|z| z.timestamp())
    })
}

impl Run<'_> {
    /// The related person `r` (entry `index`): a grant created, changed, revoked or unchanged.
    pub(super) async fn related_person(
        &mut self,
        index: usize,
        r: fhir::RelatedPerson,
    ) -> Result<Result<Outcome, Refused>, StoreError> {
        let now = self.state.now();
        let external = r.identifier.iter().find_map(|i| i.value.as_deref()).or(r.id.as_deref()).map(str::trim);
        let Some(external) = external.filter(|e| !e.is_empty()).map(String::from) else {
            return Ok(refuse("id", "a related person needs an identifier or an id"));
        };
        let Some(patient_ref) = &r.patient else { return Ok(refuse("patient", "missing")) };
        let Some(patient) = self.patient_by(patient_ref).await? else {
            return Ok(refuse("patient", "names no patient of this bundle (before it) nor one known by MRN"));
        };
        let expires_at = match r.period.as_ref().and_then(|p| p.end.as_deref()) {
            Some(raw) => match end_of(raw) {
                Some(t) if t <= now => return Ok(refuse("period.end", "is in the past")),
                Some(t) => t.min(now + GRANT_LONGEST),
                None => return Ok(refuse("period.end", "is not a FHIR date or dateTime")),
            },
            None => now + GRANT_LONGEST - SignedDuration::from_hours(24),
        };
        if let Some(id) = self.ids.get(&("grant", external.clone())).cloned() {
            return self.known_grant(&GrantId::from_trusted(id), r.active == Some(false), expires_at).await;
        }
        if r.active == Some(false) {
            // Nothing to make, and nothing made before: as it was.
            return Ok(Ok(Outcome::Unchanged(Kind::Grant)));
        }
        let Some(basis) = basis(&r) else {
            return Ok(refuse(
                "relationship",
                "says neither a parent (PRN, MTH, FTH…) nor a legal representative (GUARD, POWATT…): no grant is made",
            ));
        };
        let Some(name) = r.best_name().and_then(|n| PersonName::parse(&n).ok()) else {
            return Ok(refuse("name", "missing or not a name"));
        };
        if basis == GrantBasis::ParentOfMinor
            && patient.birth_date.is_some_and(|b| age_at(b.date(), now, self.clinic.time_zone.tz()) >= ADULT_AGE)
        {
            return Ok(refuse("relationship", "a parent's grant for a patient of 18 or over would end at once"));
        }
        let phone = r.best_telecom("phone").map(Phone::parse);
        let email = r.best_telecom("email").map(Email::parse);
        let contact = match (phone, email) {
            (Some(Ok(p)), _) => GranteeContact::Phone(p),
            (_, Some(Ok(e))) => GranteeContact::Email(e),
            (Some(Err(_)), _) => return Ok(refuse("telecom", "the phone is not a number Portico can text (E.164)")),
            (_, Some(Err(_))) => return Ok(refuse("telecom", "the email is not an address")),
            (None, None) => return Ok(refuse("telecom", "a phone or an email is needed to invite them")),
        };
        let text = |s: String| ShortText::parse(&s).ok();
        let request = GrantRequest {
            clinic_id: self.clinic.id.clone(),
            patient_id: patient.id.clone(),
            grantee_name: name,
            contact,
            scopes: Scopes::new(vec![Scope::Appointments, Scope::Messages, Scope::Refills])
                .map_err(|_| StoreError::Corrupt("scopes".into()))?,
            basis,
            evidence_reference: text(format!("FHIR RelatedPerson {external}")),
            verified_by: text("the clinic's EHR, by import".into()),
            expires_at: Some(expires_at),
            reminder_copies: false,
            created_by: "import".into(),
        };
        let grant = match CareGrant::invite(request, now) {
            Ok(g) => g,
            Err(e) => return Ok(refuse(e.field, e.message)),
        };
        if self.options.dry_run {
            self.ids.insert(("grant", external), grant.id.to_string());
            return Ok(Ok(Outcome::Created(Kind::Grant)));
        }
        let (invitation, secret) =
            crate::invite::prepare(&grant, now).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        self.ids.insert(("grant", external.clone()), grant.id.to_string());
        self.invitations.push((grant.clone(), secret));
        self.queue(index, "RelatedPerson", NewRecord::Grant { grant: Box::new(grant), invitation, external }).await?;
        Ok(Ok(Outcome::Created(Kind::Grant)))
    }

    /// A grant imported before: revoked when the resource is no longer active, its expiry moved
    /// when the end changed, else unchanged. A revoked or expired one stays so.
    async fn known_grant(
        &mut self,
        id: &GrantId,
        inactive: bool,
        expires_at: Timestamp,
    ) -> Result<Result<Outcome, Refused>, StoreError> {
        let now = self.state.now();
        let Some(mut g) = self.state.store.grant(id).await? else {
            return Ok(refuse("id", "names a grant that no longer exists"));
        };
        if matches!(g.status_at(now), GrantStatus::Revoked | GrantStatus::Expired) {
            return Ok(Ok(Outcome::Unchanged(Kind::Grant)));
        }
        if inactive {
            if !self.options.dry_run && g.revoke(now) {
                self.state.store.update_grant(&g).await?;
                self.audit_grant(&g, "grant.revoked").await?;
            }
            return Ok(Ok(Outcome::Updated(Kind::Grant)));
        }
        // The end as stored (to the millisecond) against the end the bundle says.
        if g.expires_at.duration_since(expires_at).abs() < SignedDuration::from_secs(1) {
            return Ok(Ok(Outcome::Unchanged(Kind::Grant)));
        }
        if let Err(e) = g.change(GrantChange { expires_at: Some(expires_at), ..Default::default() }, now) {
            return Ok(refuse("period.end", e.message));
        }
        if !self.options.dry_run {
            self.state.store.update_grant(&g).await?;
            self.audit_grant(&g, "grant.changed").await?;
        }
        Ok(Ok(Outcome::Updated(Kind::Grant)))
    }

    async fn audit_grant(&self, g: &CareGrant, action: &str) -> Result<(), StoreError> {
        let event = crate::store::AuditEvent::new(self.state.now(), Some(&self.clinic.id), Actor::System, action)
            .subject(g.patient_id.as_str())
            .detail(serde_json::json!({ "grant": g.id.as_str(), "by": "import" }).to_string());
        self.state.store.record_audit(&event).await
    }

    /// Send the invitations of the grants this run wrote, as `actor` (the import's).
    pub(super) async fn send_invitations(&mut self, actor: &Actor) -> Result<(), StoreError> {
        for (grant, secret) in std::mem::take(&mut self.invitations) {
            let Some(patient) = self.state.store.patient(&self.clinic.id, &grant.patient_id).await? else { continue };
            crate::invite::send_invitation(self.state, (self.clinic, &patient), &grant, &secret, actor.clone(), None)
                .await;
        }
        Ok(())
    }
}
