//! Deep links: tokens (`token.rs`, no storage), their codes (`code.rs`, no storage), the key
//! ring (`keyring.rs`), and issuing and redeeming links against the store (here). Redemption,
//! by token or by code, is the only way a link becomes a session, and it happens at most
//! once per link.

mod code;
mod keyring;
mod seal;
mod token;
mod unsubscribe;

pub use code::{CODE_ALPHABET, CODE_CHARS, CODE_TRIES, CodeFormatError, LinkCode};
pub use keyring::{KeyId, KeyRing, KeyRingError, KeyRingFile, SigningKey};
pub use seal::{SealError, open, seal};
pub use token::{LinkToken, TOKEN_CHARS, TokenError, constant_time_eq, random_secret, secret_hash};
pub use unsubscribe::{Unsubscribe, unsubscribe_token};

use crate::domain::{AppointmentId, AuthMethod, DeliveryId, LinkId, Purpose, RefillId, SessionId, ThreadId};
use crate::store::{Clinic, Consume, DynStore, Link, LinkRefusal, NewSession, Patient, StoreError};
use jiff::{SignedDuration, Timestamp};

/// Longest lifetime a link may be given.
pub const MAX_TTL_SECONDS: i64 = 30 * 24 * 60 * 60;
/// Shortest lifetime a link may be given.
pub const MIN_TTL_SECONDS: i64 = 60;

/// Sessions that start from a link prove only possession of a phone or inbox: they are
/// short (docs/SECURITY.md: shorter than the 1 h / 24 h of a stepped-up session).
pub const LINK_SESSION_IDLE: SignedDuration = SignedDuration::from_mins(15);
pub const LINK_SESSION_ABSOLUTE: SignedDuration = SignedDuration::from_hours(1);

/// What a link opens (its purpose and subject), checked against the patient it is for.
#[derive(Debug, Clone)]
pub enum LinkSubject {
    SignIn,
    Appointment(AppointmentId),
    Thread(ThreadId),
    Refill(RefillId),
    Settings,
    /// The visits of a household reminder, in the order it named them.
    Household(Vec<AppointmentId>),
}

impl LinkSubject {
    pub fn purpose(&self) -> Purpose {
        match self {
            LinkSubject::SignIn => Purpose::SignIn,
            LinkSubject::Appointment(_) => Purpose::Appointment,
            LinkSubject::Thread(_) => Purpose::Thread,
            LinkSubject::Refill(_) => Purpose::Refill,
            LinkSubject::Settings => Purpose::Settings,
            LinkSubject::Household(_) => Purpose::Household,
        }
    }

    /// Rebuild from a stored link's purpose and subject.
    pub fn from_stored(purpose: Purpose, subject_id: Option<&str>) -> Self {
        match (purpose, subject_id) {
            (Purpose::Appointment, Some(id)) => LinkSubject::Appointment(AppointmentId::from_trusted(id.to_string())),
            (Purpose::Thread, Some(id)) => LinkSubject::Thread(ThreadId::from_trusted(id.to_string())),
            (Purpose::Refill, Some(id)) => LinkSubject::Refill(RefillId::from_trusted(id.to_string())),
            (Purpose::Settings, _) => LinkSubject::Settings,
            (Purpose::Household, Some(ids)) => LinkSubject::Household(household_visits(ids)),
            _ => LinkSubject::SignIn,
        }
    }

    pub fn id(&self) -> Option<String> {
        match self {
            LinkSubject::SignIn | LinkSubject::Settings => None,
            LinkSubject::Appointment(a) => Some(a.to_string()),
            LinkSubject::Thread(t) => Some(t.to_string()),
            LinkSubject::Refill(r) => Some(r.to_string()),
            LinkSubject::Household(visits) => Some(visits.iter().map(|a| a.as_str()).collect::<Vec<_>>().join(" ")),
        }
    }
}

/// The visits a household link or session names (its stored subject), in order.
pub fn household_visits(subject: &str) -> Vec<AppointmentId> {
    subject.split(' ').filter(|s| !s.is_empty()).map(|s| AppointmentId::from_trusted(s.to_string())).collect()
}

/// A freshly issued link. The token, and the code derived from it, exist only here and in
/// the message sent.
#[derive(Debug)]
pub struct IssuedLink {
    pub link: Link,
    pub url: String,
    /// The link's code (`None` only for a link issued before codes existed).
    pub code: Option<LinkCode>,
}

/// How long after its link expired a code is still recognised, to say "expired" rather than
/// "wrong": as long as any link may live.
const DEAD_CODES_KEPT: SignedDuration = SignedDuration::from_secs(MAX_TTL_SECONDS);

/// What typing a code came to.
#[derive(Debug)]
pub enum CodeRedeemed {
    /// Redeemed: exactly what redeeming the link gives.
    Session { link: Link, cookie_value: String },
    /// The code's link cannot be used (any more), or a concurrent redemption won.
    Refused(Link, LinkRefusal),
    /// The code has had its `CODE_TRIES` tries.
    Locked(Link),
    /// No link has this code.
    Wrong,
}

#[derive(Debug, thiserror::Error)]
pub enum IssueError {
    #[error(transparent)]
    Keys(#[from] KeyRingError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Everything issuing and redeeming needs.
#[derive(Clone)]
pub struct Links {
    pub store: DynStore,
    pub keys: std::sync::Arc<KeyRingFile>,
    pub public_base: String,
}

impl Links {
    /// Mint and store a link, superseding older unused ones for the same thing.
    #[tracing::instrument(skip_all, fields(purpose = %subject.purpose(), patient = %patient.id))]
    pub async fn issue(
        &self,
        clinic: &Clinic,
        patient: &Patient,
        subject: LinkSubject,
        ttl_seconds: i64,
        now: Timestamp,
    ) -> Result<IssuedLink, IssueError> {
        let token = LinkToken::mint(&self.keys.ring())?;
        let issued = self.build(&token, clinic, patient, subject, ttl_seconds, now)?;
        self.store.insert_link(&issued.link).await?;
        Ok(issued)
    }

    /// The link a delivery carries: on its first try a new one (superseding older unused ones,
    /// like `issue`); on every later try the same one, rebuilt from the delivery's id
    /// (`LinkToken::for_delivery`), so a resend after an ambiguous try does not supersede the
    /// link the patient may already have. Only if that link can no longer be used (redeemed,
    /// revoked, superseded by something else, expired) is a fresh one minted. `retry` says
    /// whether an earlier try may have minted it (a first try skips the lookup: the fanout
    /// pays nothing for this).
    #[tracing::instrument(skip_all, fields(purpose = %subject.purpose(), patient = %patient.id))]
    #[allow(clippy::too_many_arguments)]
    pub async fn issue_for_delivery(
        &self,
        delivery: &DeliveryId,
        retry: bool,
        clinic: &Clinic,
        patient: &Patient,
        subject: LinkSubject,
        ttl_seconds: i64,
        now: Timestamp,
    ) -> Result<IssuedLink, IssueError> {
        let ring = self.keys.ring();
        // An earlier try's link, under whichever key signed it then.
        for key in ring.active().filter(|_| retry) {
            let token = LinkToken::for_delivery(key, delivery.as_str());
            if let Some(view) = self.store.link_by_lookup(token.lookup()).await? {
                if view.link.refusal(now).is_none() && view.link.patient_id == patient.id {
                    let url = format!("{}/l/{}", self.public_base, token.as_str());
                    let code = view.link.code_locator.is_some().then(|| LinkCode::for_link(key, token.lookup()));
                    return Ok(IssuedLink { link: view.link, url, code });
                }
                return self.issue(clinic, patient, subject, ttl_seconds, now).await;
            }
        }
        let issued = self.prepare_for_delivery(delivery, clinic, patient, subject, ttl_seconds, now)?;
        self.store.insert_link(&issued.link).await?;
        Ok(issued)
    }

    /// A delivery's link for its first try, as `issue_for_delivery` makes it, but not stored:
    /// the dispatcher stores a batch's links together (`DispatchStore::insert_links`), before
    /// any of them is sent.
    pub fn prepare_for_delivery(
        &self,
        delivery: &DeliveryId,
        clinic: &Clinic,
        patient: &Patient,
        subject: LinkSubject,
        ttl_seconds: i64,
        now: Timestamp,
    ) -> Result<IssuedLink, IssueError> {
        let token = LinkToken::for_delivery(self.keys.ring().current()?, delivery.as_str());
        self.build(&token, clinic, patient, subject, ttl_seconds, now)
    }

    /// The one-tap link a caregiver's reminder copy `delivery` carries, under `grant`: signed
    /// like a patient's link, rebuilt the same on every try of the copy (`for_delivery`), kept
    /// as its lookup only, and opened at `/p/for/l/{token}`, where the grant is asked again.
    /// It has no code: it is typed nowhere.
    pub async fn issue_for_copy(
        &self,
        delivery: &DeliveryId,
        grant: &crate::domain::GrantId,
        appointment: Option<&AppointmentId>,
        ttl_seconds: i64,
        now: Timestamp,
    ) -> Result<String, IssueError> {
        let ring = self.keys.ring();
        let token = LinkToken::for_delivery(ring.current()?, delivery.as_str());
        let link = crate::store::GrantLink {
            lookup: token.lookup().to_vec(),
            grant_id: grant.clone(),
            delivery_id: delivery.to_string(),
            appointment_id: appointment.map(|a| a.to_string()),
            key_id: token.key_id().0,
            created_at: now,
            expires_at: now + SignedDuration::from_secs(ttl_seconds.clamp(MIN_TTL_SECONDS, MAX_TTL_SECONDS)),
            consumed_at: None,
        };
        self.store.insert_grant_link(&link).await?;
        Ok(format!("{}/p/for/l/{}", self.public_base, token.as_str()))
    }

    /// Where codes are typed: `<public url>/c`.
    pub fn code_url(&self) -> String {
        format!("{}/c", self.public_base)
    }

    /// The code of a verified token's link, for someone who holds the token (the landing
    /// page). `None` for a link issued before codes existed.
    pub fn code_of(&self, token: &LinkToken, link: &Link) -> Option<LinkCode> {
        link.code_locator.as_ref()?;
        let ring = self.keys.ring();
        Some(LinkCode::for_link(ring.verifying(token.key_id())?, token.lookup()))
    }

    /// The link `token` makes, with its code; nothing stored.
    fn build(
        &self,
        token: &LinkToken,
        clinic: &Clinic,
        patient: &Patient,
        subject: LinkSubject,
        ttl_seconds: i64,
        now: Timestamp,
    ) -> Result<IssuedLink, IssueError> {
        let ring = self.keys.ring();
        let key = ring.verifying(token.key_id()).ok_or(KeyRingError::NoActiveKey)?;
        let code = LinkCode::for_link(key, token.lookup());
        let link = Link {
            id: LinkId::new(),
            clinic_id: clinic.id.clone(),
            patient_id: patient.id.clone(),
            purpose: subject.purpose(),
            subject_id: subject.id(),
            lookup: token.lookup().to_vec(),
            key_id: token.key_id().0,
            created_at: now,
            expires_at: now + SignedDuration::from_secs(ttl_seconds.clamp(MIN_TTL_SECONDS, MAX_TTL_SECONDS)),
            consumed_at: None,
            revoked_at: None,
            superseded_at: None,
            code_locator: Some(code.locator(key)),
        };
        let url = format!("{}/l/{}", self.public_base, token.as_str());
        Ok(IssuedLink { link, url, code: Some(code) })
    }

    /// Use a verified token once: on success the returned session id goes into the cookie.
    pub async fn redeem(&self, token: &LinkToken, now: Timestamp) -> Result<Redeemed, StoreError> {
        self.redeem_lookup(token.lookup(), AuthMethod::Link, now).await
    }

    /// Use a typed code once. Its tries are counted first (under each active key, as the
    /// code does not say which key its link was signed with); a code within its tries that
    /// is a live link's redeems that link exactly as its token would, so the code and the
    /// link share one use. A code that is no live link's is looked for among links that can
    /// no longer be used, only to say why it is refused.
    pub async fn redeem_code(&self, code: &LinkCode, now: Timestamp) -> Result<CodeRedeemed, StoreError> {
        let ring = self.keys.ring();
        for key in ring.active() {
            let locator = code.locator(key);
            for (link, tries) in self.store.try_link_code(&locator, key.id().0, now).await? {
                if !code.is_for(key, &link.lookup) {
                    continue;
                }
                if tries > CODE_TRIES {
                    return Ok(CodeRedeemed::Locked(link));
                }
                return Ok(match self.redeem_lookup(&link.lookup, AuthMethod::Code, now).await? {
                    Redeemed::Session { link, cookie_value } => CodeRedeemed::Session { link, cookie_value },
                    Redeemed::Refused(link, why) => CodeRedeemed::Refused(link, why),
                    Redeemed::NotFound => CodeRedeemed::Wrong,
                });
            }
        }
        for key in ring.active() {
            let locator = code.locator(key);
            for link in self.store.links_by_code(&locator, key.id().0, now - DEAD_CODES_KEPT, 50).await? {
                if let Some(why) = link.refusal(now).filter(|_| code.is_for(key, &link.lookup)) {
                    return Ok(CodeRedeemed::Refused(link, why));
                }
            }
        }
        Ok(CodeRedeemed::Wrong)
    }

    /// Use a link once, found by its lookup, and start a session that began `with` its token
    /// or with the code it carried.
    async fn redeem_lookup(&self, lookup: &[u8], with: AuthMethod, now: Timestamp) -> Result<Redeemed, StoreError> {
        let secret = random_secret().map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let session = NewSession {
            id: SessionId::new(),
            id_hash: secret_hash(&secret),
            created_at: now,
            idle_expires_at: now + LINK_SESSION_IDLE,
            expires_at: now + LINK_SESSION_ABSOLUTE,
            signed_in_with: with,
            stepped_up_with: None,
        };
        Ok(match self.store.consume_link(lookup, now, &session).await? {
            Consume::Consumed(link) => Redeemed::Session { link, cookie_value: secret },
            Consume::Refused(link, why) => Redeemed::Refused(link, why),
            Consume::NotFound => Redeemed::NotFound,
        })
    }
}

#[derive(Debug)]
pub enum Redeemed {
    Session { link: Link, cookie_value: String },
    Refused(Link, LinkRefusal),
    NotFound,
}

/// Where a session from this link lands.
pub fn destination(link: &Link) -> String {
    match (link.purpose, link.subject_id.as_deref()) {
        (Purpose::Appointment, Some(id)) => format!("/p/appointments/{id}"),
        (Purpose::Thread, Some(id)) => format!("/p/threads/{id}"),
        (Purpose::Refill, Some(id)) => format!("/p/refills/{id}"),
        (Purpose::Settings, _) => "/p/settings".to_string(),
        (Purpose::Household, _) => "/p/household".to_string(),
        _ => "/p".to_string(),
    }
}
