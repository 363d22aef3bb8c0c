-- The clinic's own identifiers of what it imported (a patient's MRN, an appointment's id in
-- the EHR): importing the same file again finds each record by them and changes nothing.
-- Written in the same transaction as the record it names.
CREATE TABLE external_ids (
    clinic_id  TEXT NOT NULL REFERENCES clinics (id),
    kind       TEXT NOT NULL CHECK (kind IN ('patient', 'appointment')),
    value      TEXT NOT NULL,
    record_id  TEXT NOT NULL,
    PRIMARY KEY (clinic_id, kind, value)
);
