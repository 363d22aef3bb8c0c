//! Importing from a clinic's EHR: a FHIR R4 Bundle of `Patient`, `Appointment` and
//! `RelatedPerson` (a caregiver grant, `related.rs`) resources (`fhir.rs` reads it, streaming) or a CSV file of one row per appointment (`csv.rs`, each row
//! read as the Patient and Appointment it describes), turned into Portico's records by the
//! clinic's own identifiers — a patient by its MRN, an appointment by its first identifier,
//! else its id — so that importing the same file again changes nothing, a changed start
//! reschedules (and re-plans the reminders), and `cancelled` cancels. New records are written
//! 250 to a transaction (each in its own savepoint once one is refused); a refused entry
//! (named by its index or line, field and why) never stops the rest and never leaves half a
//! record. `portico import fhir|csv` and `POST /api/v1/import/fhir|csv` all come here.

pub mod csv;
pub mod fhir;
mod fields;
pub mod progress;
mod related;

use fields::{appointment_fields, channels, patient_fields};

use crate::domain::{Actor, Appointment, AppointmentId, AppointmentStatus, AuditEvent, Patient, PatientId};
use crate::state::AppState;
use crate::store::{AppointmentChange, Clinic, ExternalKind, NewRecord, StoreError};
use serde::Serialize;
use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// How an import runs.
#[derive(Debug, Clone)]
pub struct Options {
    /// The `system` of the identifier that is the clinic's MRN (e.g. `urn:oid:…` or a URL).
    pub mrn_system: String,
    /// Read and check everything, write nothing.
    pub dry_run: bool,
}

/// Created, updated and unchanged records, by kind.
#[derive(Debug, Default, Clone, Copy, Serialize, PartialEq, Eq, schemars::JsonSchema)]
#[schemars(rename = "ImportCounts")]
pub struct Counts {
    pub patients: usize,
    pub appointments: usize,
    /// Caregiver grants (from `RelatedPerson`).
    pub grants: usize,
}

/// One refused entry: which (its index in the bundle, or for a CSV file its line, the header
/// being line 1), what it was, the field (for CSV, the column) and why.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, schemars::JsonSchema)]
#[schemars(rename = "ImportRefusal")]
pub struct Refusal {
    pub index: usize,
    pub resource: String,
    pub field: String,
    pub reason: String,
}

/// What an import did.
#[derive(Debug, Default, Clone, Serialize, schemars::JsonSchema)]
#[schemars(rename = "ImportReport")]
pub struct Report {
    pub dry_run: bool,
    pub entries: usize,
    pub created: Counts,
    pub updated: Counts,
    pub unchanged: Counts,
    pub refused: usize,
    /// The first `MAX_LISTED` refusals (all of them are counted in `refused`).
    pub refusals: Vec<Refusal>,
    /// Why the file as a whole could not be read (entries before it were imported).
    pub file_refused: Option<String>,
}

/// Refusals a report lists one by one.
pub const MAX_LISTED: usize = 1000;
/// Entries read ahead of the importer.
const READ_AHEAD: usize = 256;

#[derive(Clone, Copy)]
enum Kind {
    Patient,
    Appointment,
    Grant,
}

enum Outcome {
    Created(Kind),
    Updated(Kind),
    Unchanged(Kind),
}

type Refused = (String, String);

fn refuse<T>(field: &str, reason: impl Into<String>) -> Result<T, Refused> {
    Err((field.to_string(), reason.into()))
}

/// Import the bundle `reader` holds into `clinic`, as `actor`. `progress` counts the entries
/// done (for a progress line). A store failure stops the import and is returned; what was
/// imported before it stays.
pub async fn import_fhir(
    state: &AppState,
    clinic: &Clinic,
    reader: impl std::io::Read + Send + 'static,
    options: &Options,
    actor: Actor,
    progress: Arc<AtomicUsize>,
) -> Result<Report, StoreError> {
    let (tx, mut rx) = tokio::sync::mpsc::channel(READ_AHEAD);
    let reading = tokio::task::spawn_blocking(move || {
        fhir::read_bundle(reader, &mut |item| tx.blocking_send(item).is_ok());
    });
    let mut run = Run::new(state, clinic, options).await?;
    while let Some(item) = rx.recv().await {
        match item {
            fhir::Item::Entry(entry) => {
                run.entry(entry).await?;
                progress.fetch_add(1, Ordering::Relaxed);
            }
            fhir::Item::Refused(why) => run.report.file_refused = Some(why),
        }
    }
    let _ = reading.await;
    run.finish(actor, "import.fhir").await
}

struct Run<'a> {
    state: &'a AppState,
    clinic: &'a Clinic,
    options: &'a Options,
    report: Report,
    /// Patients of this bundle by the references an appointment may use for them (`fullUrl`,
    /// `Patient/{id}`).
    known: HashMap<String, PatientId>,
    /// The patients this run created or read (in a dry run, also those it would have created).
    patients: HashMap<PatientId, Patient>,
    /// The clinic's identifiers of what it imported (read once, kept up to date): by kind
    /// and value, the record's id.
    ids: HashMap<(&'static str, String), String>,
    /// Records decided on and not yet written: each with its entry's index and resource.
    batch: Vec<(usize, &'static str, NewRecord)>,
    /// The caregiver grants of the patients this run planned reminders for (read once each; a
    /// patient this run created has none), for the reminder copies.
    grants: HashMap<PatientId, Vec<crate::domain::CareGrant>>,
    /// Grants this run made whose invitations go out once they are written (`finish`): each
    /// with the secret its link carries.
    invitations: Vec<(crate::domain::CareGrant, String)>,
}

/// Records written in one transaction (each in a savepoint).
const BATCH: usize = 250;
/// Patients kept in memory between writes (an appointment's patient is usually near it in the
/// file); beyond this the cache starts again and a patient is read from the store.
const PATIENTS_CACHED: usize = 10_000;

impl<'a> Run<'a> {
    async fn new(state: &'a AppState, clinic: &'a Clinic, options: &'a Options) -> Result<Run<'a>, StoreError> {
        let mut ids = HashMap::new();
        for kind in [ExternalKind::Patient, ExternalKind::Appointment, ExternalKind::Grant] {
            for (value, record) in state.store.external_records(&clinic.id, kind).await? {
                ids.insert((kind.as_str(), value), record);
            }
        }
        Ok(Run {
            state,
            clinic,
            options,
            report: Report { dry_run: options.dry_run, ..Report::default() },
            known: HashMap::new(),
            patients: HashMap::new(),
            grants: HashMap::new(),
            invitations: Vec::new(),
            ids,
            batch: Vec::new(),
        })
    }

    /// Write what is left, wake the dispatcher for the reminders planned, and audit the run
    /// as `kind` (nothing of it in a dry run).
    async fn finish(mut self, actor: Actor, kind: &str) -> Result<Report, StoreError> {
        self.flush().await?;
        self.send_invitations(&actor).await?;
        let (state, clinic, report) = (self.state, self.clinic, self.report);
        if !report.dry_run {
            state.dispatcher.wake();
            let (c, u, n) = (&report.created, &report.updated, &report.unchanged);
            let detail = format!(
                "created {}/{}/{}, updated {}/{}/{}, unchanged {}/{}/{}, refused {}",
                c.patients,
                c.appointments,
                c.grants,
                u.patients,
                u.appointments,
                u.grants,
                n.patients,
                n.appointments,
                n.grants,
                report.refused
            );
            let event = AuditEvent::new(state.now(), Some(&clinic.id), actor, kind).detail(detail);
            state.store.record_audit(&event).await?;
        }
        Ok(report)
    }

    /// Count an entry's outcome in the report.
    fn tally(&mut self, index: usize, resource: &str, result: Result<Outcome, Refused>) {
        match result {
            Ok(Outcome::Created(k)) => bump(&mut self.report.created, k),
            Ok(Outcome::Updated(k)) => bump(&mut self.report.updated, k),
            Ok(Outcome::Unchanged(k)) => bump(&mut self.report.unchanged, k),
            Err((field, reason)) => self.refused(index, resource, field, reason),
        }
    }

    fn refused(&mut self, index: usize, resource: &str, field: String, reason: String) {
        self.report.refused += 1;
        if self.report.refusals.len() < MAX_LISTED {
            self.report.refusals.push(Refusal { index, resource: resource.into(), field, reason });
        }
    }

    async fn entry(&mut self, mut entry: fhir::Entry) -> Result<(), StoreError> {
        self.report.entries += 1;
        let kind = entry.resource.get("resourceType").and_then(|t| t.as_str()).unwrap_or("").to_string();
        let resource = std::mem::take(&mut entry.resource);
        let result = match kind.as_str() {
            "Patient" => match serde_json::from_value(resource) {
                Ok(r) => self.patient(entry.index, entry.full_url.as_deref(), r).await?,
                Err(e) => refuse("resource", format!("not a readable Patient: {e}")),
            },
            "Appointment" => match serde_json::from_value(resource) {
                Ok(r) => self.appointment(entry.index, r).await?,
                Err(e) => refuse("resource", format!("not a readable Appointment: {e}")),
            },
            "RelatedPerson" => match serde_json::from_value(resource) {
                Ok(r) => self.related_person(entry.index, r).await?,
                Err(e) => refuse("resource", format!("not a readable RelatedPerson: {e}")),
            },
            "" => refuse("resourceType", "missing"),
            _ => refuse("resourceType", "is not imported (Patient, Appointment and RelatedPerson are)"),
        };
        self.tally(entry.index, if kind.is_empty() { "(none)" } else { &kind }, result);
        Ok(())
    }

    /// Write the records decided on; a refused one becomes a refusal of its entry.
    async fn flush(&mut self) -> Result<(), StoreError> {
        if self.batch.is_empty() {
            return Ok(());
        }
        let batch = std::mem::take(&mut self.batch);
        if self.options.dry_run {
            return Ok(());
        }
        let records: Vec<NewRecord> = batch.iter().map(|(_, _, r)| r.clone()).collect();
        let kept = self.state.store.import_batch(&records).await?;
        // Everything decided is written now: what is cached of patients can be read again, so
        // a large file does not keep every patient in memory.
        if self.patients.len() > PATIENTS_CACHED {
            self.patients.clear();
            self.grants.clear();
        }
        for ((index, resource, record), kept) in batch.into_iter().zip(kept) {
            if kept {
                continue;
            }
            let (kind, key, field) = match &record {
                NewRecord::Patient { mrn, .. } => (Kind::Patient, ("patient", mrn.clone()), "identifier"),
                NewRecord::Appointment { external, .. } => (Kind::Appointment, ("appointment", external.clone()), "id"),
                NewRecord::Grant { grant, external, .. } => {
                    self.invitations.retain(|(g, _)| g.id != grant.id);
                    (Kind::Grant, ("grant", external.clone()), "id")
                }
            };
            self.ids.remove(&key);
            match kind {
                Kind::Patient => self.report.created.patients -= 1,
                Kind::Appointment => self.report.created.appointments -= 1,
                Kind::Grant => self.report.created.grants -= 1,
            }
            let why = "was not kept: imported at the same time by another import, or its patient was not kept";
            self.refused(index, resource, field.into(), why.into());
        }
        Ok(())
    }

    /// Add a record to the batch (writing the batch first when it is full, so that a record's
    /// own entry is counted before its write can be refused).
    async fn queue(&mut self, index: usize, resource: &'static str, record: NewRecord) -> Result<(), StoreError> {
        if self.batch.len() >= BATCH {
            self.flush().await?;
        }
        self.batch.push((index, resource, record));
        Ok(())
    }

    /// The patient `r` (entry `index`, known in its bundle by `full_url`): created, updated or
    /// unchanged.
    async fn patient(
        &mut self,
        index: usize,
        full_url: Option<&str>,
        r: fhir::Patient,
    ) -> Result<Result<Outcome, Refused>, StoreError> {
        let now = self.state.now();
        let fields = match patient_fields(&r, self.clinic, &self.options.mrn_system, now) {
            Ok(f) => f,
            Err(e) => return Ok(Err(e)),
        };
        let existing = self.ids.get(&("patient", fields.mrn.clone())).cloned();
        if existing.is_some() {
            // What it names may still be waiting in the batch.
            self.flush().await?;
        }
        let store = &self.state.store;
        let (id, outcome) = match existing {
            Some(id) => {
                let id = PatientId::from_trusted(id);
                let Some(old) = store.patient(&self.clinic.id, &id).await? else {
                    return Ok(refuse("identifier", "names a patient that no longer exists"));
                };
                let mut p = old.clone();
                p.name = fields.name;
                if fields.birth_date.is_some() {
                    p.birth_date = fields.birth_date;
                }
                p.phone = fields.phone;
                p.email = fields.email;
                p.language = fields.language;
                p.channels = match channels(p.channels.as_slice(), p.phone.is_some(), p.email.is_some()) {
                    Ok(list) => list,
                    Err(e) => return Ok(Err(e)),
                };
                let same = p.name == old.name
                    && p.birth_date == old.birth_date
                    && p.phone == old.phone
                    && p.email == old.email
                    && p.language == old.language
                    && p.channels.as_slice() == old.channels.as_slice();
                if same {
                    self.patients.insert(id.clone(), old);
                    (id, Outcome::Unchanged(Kind::Patient))
                } else {
                    p.updated_at = now;
                    if !self.options.dry_run {
                        store.update_patient(&p).await?;
                    }
                    self.patients.insert(id.clone(), p);
                    (id, Outcome::Updated(Kind::Patient))
                }
            }
            None => {
                let list = match channels(&[], fields.phone.is_some(), fields.email.is_some()) {
                    Ok(list) => list,
                    Err(e) => return Ok(Err(e)),
                };
                let p = Patient {
                    birth_date: fields.birth_date,
                    phone: fields.phone,
                    email: fields.email,
                    ..Patient::new(
                        self.clinic.id.clone(),
                        fields.name,
                        fields.language,
                        self.clinic.time_zone.clone(),
                        list,
                        now,
                    )
                };
                let id = p.id.clone();
                self.ids.insert(("patient", fields.mrn.clone()), id.to_string());
                // Queued first: a write it makes room for may empty the cache (`flush`).
                self.queue(index, "Patient", NewRecord::Patient { patient: p.clone(), mrn: fields.mrn }).await?;
                self.patients.insert(id.clone(), p);
                self.grants.insert(id.clone(), vec![]);
                (id, Outcome::Created(Kind::Patient))
            }
        };
        if let Some(url) = full_url {
            self.known.insert(url.to_string(), id.clone());
        }
        if let Some(rid) = &r.id {
            self.known.insert(format!("Patient/{rid}"), id.clone());
        }
        Ok(Ok(outcome))
    }

    /// The caregiver grants of `patient` (for reminder copies).
    async fn grants_of(&mut self, patient: &PatientId) -> Result<Vec<crate::domain::CareGrant>, StoreError> {
        if let Some(g) = self.grants.get(patient) {
            return Ok(g.clone());
        }
        let g = self.state.store.grants_for_patient(&self.clinic.id, patient).await?;
        self.grants.insert(patient.clone(), g.clone());
        Ok(g)
    }

    /// The patient an appointment is for: one of this bundle (by its reference) or one known
    /// by the MRN its reference names.
    async fn patient_of(&self, r: &fhir::Appointment) -> Result<Option<Patient>, StoreError> {
        for actor in r.participant.iter().filter_map(|p| p.actor.as_ref()) {
            if let Some(p) = self.patient_by(actor).await? {
                return Ok(Some(p));
            }
        }
        Ok(None)
    }

    /// The patient a reference names: one of this bundle, or one known by the MRN it names.
    async fn patient_by(&self, actor: &fhir::Reference) -> Result<Option<Patient>, StoreError> {
        let id = match (&actor.reference, &actor.identifier) {
            (Some(reference), _) if self.known.contains_key(reference) => self.known.get(reference).cloned(),
            (_, Some(i)) if i.system.as_deref() == Some(self.options.mrn_system.as_str()) => i
                .value
                .as_deref()
                .and_then(|v| self.ids.get(&("patient", v.trim().to_string())))
                .map(|id| PatientId::from_trusted(id.clone())),
            _ => None,
        };
        let Some(id) = id else { return Ok(None) };
        if let Some(p) = self.patients.get(&id) {
            return Ok(Some(p.clone()));
        }
        self.state.store.patient(&self.clinic.id, &id).await
    }

    /// The appointment `r` (entry `index`): created, rescheduled, changed, cancelled or unchanged.
    async fn appointment(
        &mut self,
        index: usize,
        r: fhir::Appointment,
    ) -> Result<Result<Outcome, Refused>, StoreError> {
        let now = self.state.now();
        let external = r.identifier.iter().find_map(|i| i.value.as_deref()).or(r.id.as_deref()).map(str::trim);
        let Some(external) = external.filter(|e| !e.is_empty()).map(String::from) else {
            return Ok(refuse("id", "an appointment needs an identifier or an id"));
        };
        let cancel = match cancels(r.status.as_deref()) {
            Ok(c) => c,
            Err(e) => return Ok(Err(e)),
        };
        let existing = match self.ids.get(&("appointment", external.clone())).cloned() {
            Some(id) => {
                self.flush().await?;
                self.state.store.appointment(&self.clinic.id, &AppointmentId::from_trusted(id)).await?
            }
            None => None,
        };
        let store = &self.state.store;
        let Some(patient) = self.patient_of(&r).await? else {
            return Ok(refuse("participant", "names no patient of this bundle (before it) nor one known by MRN"));
        };
        if cancel {
            let Some(mut a) = existing else { return Ok(Ok(Outcome::Unchanged(Kind::Appointment))) };
            if a.cancel(None, now).is_err() {
                return Ok(Ok(Outcome::Unchanged(Kind::Appointment)));
            }
            if !self.options.dry_run {
                let grants = self.grants_of(&patient.id).await?;
                let change = AppointmentChange {
                    drop_pending_reminders: true,
                    deliveries: vec![],
                    cancellation: crate::notify::reminders::cancellation(self.clinic, &patient, &a, &grants, now),
                };
                store.update_appointment(&a, &change).await?;
            }
            return Ok(Ok(Outcome::Updated(Kind::Appointment)));
        }
        let fields = match appointment_fields(&r) {
            Ok(f) => f,
            Err(e) => return Ok(Err(e)),
        };
        match existing {
            Some(mut a) => {
                if a.patient_id != patient.id {
                    return Ok(refuse("participant", "names another patient than the one this appointment is for"));
                }
                if a.status == AppointmentStatus::Cancelled {
                    return Ok(refuse("status", "the appointment was cancelled; a cancelled one is not booked again"));
                }
                let mut replan = false;
                if a.starts_at != fields.starts_at {
                    if fields.starts_at <= now {
                        return Ok(refuse("start", "is in the past"));
                    }
                    replan = a.reschedule(fields.starts_at, now).unwrap_or(false);
                }
                let same = !replan
                    && a.duration_minutes == fields.duration_minutes
                    && (fields.location.is_none() || a.location == fields.location)
                    && (fields.provider.is_none() || a.provider == fields.provider);
                if same {
                    return Ok(Ok(Outcome::Unchanged(Kind::Appointment)));
                }
                a.duration_minutes = fields.duration_minutes;
                if fields.location.is_some() {
                    a.location = fields.location;
                }
                if fields.provider.is_some() {
                    a.provider = fields.provider;
                }
                a.updated_at = now;
                if !self.options.dry_run {
                    let mut change = AppointmentChange::default();
                    if replan {
                        let grants = self.grants_of(&patient.id).await?;
                        change.drop_pending_reminders = true;
                        change.deliveries = crate::notify::reminders::plan(self.clinic, &patient, &a, &grants, now);
                    }
                    store.update_appointment(&a, &change).await?;
                }
                Ok(Ok(Outcome::Updated(Kind::Appointment)))
            }
            None => {
                if fields.starts_at <= now {
                    return Ok(refuse("start", "is in the past"));
                }
                let a = Appointment {
                    location: fields.location,
                    provider: fields.provider,
                    ..Appointment::new(&patient, fields.starts_at, fields.duration_minutes, now)
                };
                let grants = self.grants_of(&patient.id).await?;
                let reminders = crate::notify::reminders::plan(self.clinic, &patient, &a, &grants, now);
                self.ids.insert(("appointment", external.clone()), a.id.to_string());
                let record = NewRecord::Appointment { appointment: a, reminders, external };
                self.queue(index, "Appointment", record).await?;
                Ok(Ok(Outcome::Created(Kind::Appointment)))
            }
        }
    }
}

/// Whether an appointment's status cancels it (or books it), or why it is refused.
fn cancels(status: Option<&str>) -> Result<bool, Refused> {
    match status {
        Some("booked" | "pending" | "proposed") => Ok(false),
        Some("cancelled") => Ok(true),
        Some(other) => refuse("status", format!("is {other}; booked, pending, proposed and cancelled are imported")),
        None => refuse("status", "missing"),
    }
}

fn bump(c: &mut Counts, k: Kind) {
    match k {
        Kind::Patient => c.patients += 1,
        Kind::Appointment => c.appointments += 1,
        Kind::Grant => c.grants += 1,
    }
}
