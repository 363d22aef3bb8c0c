//! Deep links: issuing one (superseding the patient's older ones), the landing page's
//! lookup and redemption, and finding a link by its code.

/// A link's columns in `LinkRow`'s order, of `links l`.
macro_rules! link_columns {
    () => {
        "l.id, l.clinic_id, l.patient_id, l.purpose, l.subject_id, l.lookup, l.key_id, \
         l.created_at, l.expires_at, l.consumed_at, l.revoked_at, l.superseded_at, l.code_locator"
    };
}

/// The same columns unqualified, for `RETURNING` (SQLite does not accept the alias there).
macro_rules! link_columns_bare {
    () => {
        "id, clinic_id, patient_id, purpose, subject_id, lookup, key_id, \
         created_at, expires_at, consumed_at, revoked_at, superseded_at, code_locator"
    };
}

/// Mark a link used if it still can be, returning it (`LinkRow`): `$1` now, `$2` the lookup.
/// The WHERE clause is the whole race: whichever UPDATE commits first makes the others match
/// no row. PostgreSQL runs it inside `CONSUME_LINK`.
macro_rules! claim_link {
    () => {
        concat!(
            "UPDATE links SET consumed_at = $1 WHERE lookup = $2 AND consumed_at IS NULL AND revoked_at IS NULL \
             AND superseded_at IS NULL AND expires_at > $1 RETURNING ",
            link_columns_bare!()
        )
    };
}

/// A link with its clinic's name and its patient's language (`LinkViewRow`). Hot: the
/// landing page.
pub(in crate::store) const LINK_BY_LOOKUP: &str = concat!(
    "SELECT ",
    link_columns!(),
    ", c.name AS clinic_name, p.language FROM links l \
     JOIN clinics c ON c.id = l.clinic_id JOIN patients p ON p.id = l.patient_id WHERE l.lookup = $1"
);

/// A link by its lookup alone (`LinkRow`). Hot: why a redemption was refused.
pub(in crate::store) const LINK_FOR_LOOKUP: &str =
    concat!("SELECT ", link_columns!(), " FROM links l WHERE l.lookup = $1");

/// A link of a clinic (`LinkRow`).
pub(in crate::store) const LINK_BY_ID: &str =
    concat!("SELECT ", link_columns!(), " FROM links l WHERE l.clinic_id = $1 AND l.id = $2");

/// `claim_link!` on its own: SQLite's redemption runs it, then inserts the session and the
/// audit row, in one transaction on the writer thread.
pub(in crate::store) const CLAIM_LINK: &str = claim_link!();

/// PostgreSQL's redemption as one statement, so one round trip and one transaction: the
/// consumption, the session and the audit row commit together or not at all (PostgreSQL
/// re-checks the UPDATE's WHERE clause after waiting for the row lock), and a statement whose
/// UPDATE matched nothing inserts nothing. `$3`–`$7` are the session's id, id hash, created,
/// idle expiry and expiry; `$8` the audit event's id; `$9` how the session began (a link, or
/// the code a link sent). Returns the link (`LinkRow`) if it won.
pub(in crate::store) const CONSUME_LINK: &str = concat!(
    "WITH won AS (",
    claim_link!(),
    "), session AS (INSERT INTO sessions (id, id_hash, clinic_id, patient_id, link_id, purpose, subject_id, \
     created_at, last_seen_at, idle_expires_at, expires_at, signed_in_with) \
     SELECT $3, $4, clinic_id, patient_id, id, purpose, subject_id, $5, $5, $6, $7, $9 FROM won), \
     audit AS (INSERT INTO audit_events (id, at, clinic_id, actor, action, subject, detail, for_patient, auth) \
     SELECT $8, $1, clinic_id, 'patient:' || patient_id, 'link.redeemed', id, purpose, patient_id, $9 FROM won) \
     SELECT ",
    link_columns_bare!(),
    " FROM won"
);

/// Supersede the patient's unused links for the same purpose and subject: `$1` now, `$2` the
/// patient, `$3` the purpose, `$4` the subject. Hot: issuing a link (fanout, the links API).
pub(in crate::store) const SUPERSEDE_LINKS: &str = "UPDATE links SET superseded_at = $1 \
     WHERE patient_id = $2 AND purpose = $3 AND ((subject_id IS NULL AND $4 IS NULL) OR subject_id = $4) \
     AND consumed_at IS NULL AND revoked_at IS NULL AND superseded_at IS NULL";

/// A new link. Hot: after `SUPERSEDE_LINKS`.
pub(in crate::store) const INSERT_LINK: &str = "INSERT INTO links (id, clinic_id, patient_id, purpose, subject_id, \
     lookup, key_id, created_at, expires_at, code_locator) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";

/// Count a try of a code against every link filed under its locator that can still be used:
/// `$1` the locator, `$2` the key id, `$3` now. Returns those links with their tries so far,
/// this one included (`LinkCodeTryRow`). Counting comes first, in the same statement, so
/// parallel tries each see the ones before them and no more than `CODE_TRIES` are compared.
pub(in crate::store) const TRY_LINK_CODE: &str = concat!(
    "UPDATE links SET code_tries = code_tries + 1 WHERE code_locator = $1 AND key_id = $2 \
     AND consumed_at IS NULL AND revoked_at IS NULL AND superseded_at IS NULL AND expires_at > $3 RETURNING ",
    link_columns_bare!(),
    ", code_tries"
);

/// Links filed under a code's locator, live or not, that expire after `$3`: `$1` the
/// locator, `$2` the key id, `$4` at most; newest first (`LinkRow`).
pub(in crate::store) const LINKS_BY_CODE: &str = concat!(
    "SELECT ",
    link_columns!(),
    " FROM links l WHERE l.code_locator = $1 AND l.key_id = $2 AND l.expires_at > $3 \
     ORDER BY l.created_at DESC LIMIT $4"
);

/// This entity's `Store` methods on sqlx, the same on both backends; a link of `sql_store!`'s
/// chain (`$rest` are the links still to come).
macro_rules! link_methods {
    ($store:ty; $rest:tt; { $($methods:tt)* }) => {
        $crate::store::sql::sql_store!(@next $store; $rest; { $($methods)*

        async fn link(&self, clinic: &ClinicId, id: &LinkId) -> StoreResult<Option<Link>> {
            sqlx::query_as::<_, LinkRow>(LINK_BY_ID)
                .bind(clinic.as_str())
                .bind(id.as_str())
                .fetch_optional(self.reader())
                .await?
                .map(LinkRow::into_link)
                .transpose()
        }

        async fn try_link_code(&self, locator: &[u8], key_id: u8, now: Timestamp) -> StoreResult<Vec<(Link, i64)>> {
            sqlx::query_as::<_, LinkCodeTryRow>(TRY_LINK_CODE)
                .bind(locator)
                .bind(i64::from(key_id))
                .bind(ms(now))
                .fetch_all(self.writer())
                .await?
                .into_iter()
                .map(|r| Ok((r.link.into_link()?, r.code_tries)))
                .collect()
        }

        async fn links_by_code(
            &self,
            locator: &[u8],
            key_id: u8,
            expiring_after: Timestamp,
            limit: i64,
        ) -> StoreResult<Vec<Link>> {
            sqlx::query_as::<_, LinkRow>(LINKS_BY_CODE)
                .bind(locator)
                .bind(i64::from(key_id))
                .bind(ms(expiring_after))
                .bind(limit)
                .fetch_all(self.reader())
                .await?
                .into_iter()
                .map(LinkRow::into_link)
                .collect()
        }

        async fn revoke_link(&self, clinic: &ClinicId, id: &LinkId, now: Timestamp) -> StoreResult<bool> {
            let done = sqlx::query(
                "UPDATE links SET revoked_at = $1 WHERE clinic_id = $2 AND id = $3 AND revoked_at IS NULL",
            )
            .bind(ms(now))
            .bind(clinic.as_str())
            .bind(id.as_str())
            .execute(self.writer())
            .await?;
            Ok(done.rows_affected() == 1)
        }
        });
    };
}
pub(in crate::store) use link_methods;
