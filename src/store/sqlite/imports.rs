//! `ImportStore::import_batch` on SQLite: the whole batch is one job of the writer thread
//! (`writer.rs`), its rows written with rusqlite's cached statements, each record in a
//! savepoint of its own. The statements are the shared ones the sqlx path of the other backend
//! runs (`sql/imports.rs`), so both write the same rows. Going through sqlx here cost a thread
//! hand-off per statement, which was most of an import's time.

use super::writes::insert_appointment;
use crate::domain::{CareGrant, GrantInvitation, Patient};
use crate::store::NewRecord;
use crate::store::sql::placeholders::numbered;
use crate::store::sql::*;
use crate::store::{StoreError, StoreResult};
use rusqlite::{Connection, params};

/// Write `records` in order; per record, whether it was kept. A record refused by a constraint
/// (its identifier taken meanwhile, its patient not kept) is rolled back alone.
pub(super) fn import_batch(c: &Connection, records: &[NewRecord]) -> StoreResult<Vec<bool>> {
    let mut kept = Vec::with_capacity(records.len());
    for r in records {
        c.prepare_cached("SAVEPOINT import_record")?.execute([])?;
        match insert_record(c, r) {
            Ok(()) => {
                c.prepare_cached("RELEASE import_record")?.execute([])?;
                kept.push(true);
            }
            Err(StoreError::Conflict(_)) => {
                c.execute_batch("ROLLBACK TO import_record; RELEASE import_record")?;
                kept.push(false);
            }
            // The job fails and the writer rolls all of it back.
            Err(e) => return Err(e),
        }
    }
    Ok(kept)
}

fn insert_record(c: &Connection, r: &NewRecord) -> StoreResult<()> {
    match r {
        NewRecord::Patient { patient, mrn } => {
            insert_patient(c, patient)?;
            external_id(c, patient.clinic_id.as_str(), "patient", mrn, patient.id.as_str())
        }
        NewRecord::Appointment { appointment: a, reminders, external } => {
            insert_appointment(c, a, reminders)?;
            external_id(c, a.clinic_id.as_str(), "appointment", external, a.id.as_str())
        }
        NewRecord::Grant { grant, invitation, external } => {
            insert_grant(c, grant, invitation)?;
            external_id(c, grant.clinic_id.as_str(), "grant", external, grant.id.as_str())
        }
    }
}

fn insert_patient(c: &Connection, p: &Patient) -> StoreResult<()> {
    c.prepare_cached(numbered!(INSERT_PATIENT))?
        .execute(params![
            p.id.as_str(),
            p.clinic_id.as_str(),
            p.name.as_str(),
            p.birth_date.map(|d| d.to_string()),
            p.language.as_str(),
            p.time_zone.as_str(),
            p.channels.to_stored(),
            ms(p.created_at),
            ms(p.updated_at),
            i64::from(p.every_channel),
        ])
        .map_err(StoreError::classify_sqlite)?;
    for (channel, address) in contact_addresses(p) {
        if let Some(address) = address {
            c.prepare_cached(numbered!(INSERT_CONTACT_POINT))?
                .execute(params![p.id.as_str(), channel, address, ms(p.created_at)])
                .map_err(StoreError::classify_sqlite)?;
        }
    }
    c.prepare_cached(numbered!(INSERT_THREAD))?
        .execute(params![p.thread_id.as_str(), p.clinic_id.as_str(), p.id.as_str(), ms(p.created_at)])
        .map_err(StoreError::classify_sqlite)?;
    Ok(())
}

fn insert_grant(c: &Connection, g: &CareGrant, invitation: &GrantInvitation) -> StoreResult<()> {
    c.prepare_cached(numbered!(INSERT_GRANT))?
        .execute(params![
            g.id.as_str(),
            g.clinic_id.as_str(),
            g.patient_id.as_str(),
            g.grantee.as_ref().map(|p| p.as_str()),
            g.grantee_name.as_str(),
            g.contact.channel().as_str(),
            g.contact.address(),
            g.scopes.to_stored(),
            g.basis.as_str(),
            g.evidence_reference.as_ref().map(|e| e.as_str()),
            g.verified_by.as_ref().map(|e| e.as_str()),
            g.status.as_str(),
            &g.created_by,
            ms(g.created_at),
            ms(g.expires_at),
            opt_ms(g.revoked_at),
            opt_ms(g.last_used_at),
            i64::from(g.reminder_copies),
            crate::domain::stored_scopes(&g.teen_restored),
        ])
        .map_err(StoreError::classify_sqlite)?;
    c.prepare_cached(numbered!(INSERT_GRANT_INVITATION))?
        .execute(params![g.id.as_str(), &invitation.token_hash[..], ms(invitation.expires_at)])
        .map_err(StoreError::classify_sqlite)?;
    Ok(())
}

fn external_id(c: &Connection, clinic: &str, kind: &str, value: &str, record: &str) -> StoreResult<()> {
    c.prepare_cached(numbered!(INSERT_EXTERNAL_ID))?
        .execute(params![clinic, kind, value, record])
        .map_err(StoreError::classify_sqlite)?;
    Ok(())
}
