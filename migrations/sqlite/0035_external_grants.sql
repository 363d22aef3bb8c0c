-- A caregiver grant imported from the EHR (a FHIR RelatedPerson) is known by the clinic's
-- identifier of it too. SQLite cannot change a CHECK: the table is made again.
CREATE TABLE external_ids_new (
    clinic_id  TEXT NOT NULL REFERENCES clinics (id),
    kind       TEXT NOT NULL CHECK (kind IN ('patient', 'appointment', 'grant')),
    value      TEXT NOT NULL,
    record_id  TEXT NOT NULL,
    PRIMARY KEY (clinic_id, kind, value)
);
INSERT INTO external_ids_new (clinic_id, kind, value, record_id) SELECT clinic_id, kind, value, record_id FROM external_ids;
DROP TABLE external_ids;
ALTER TABLE external_ids_new RENAME TO external_ids;
