-- Deliveries: find a delivery by the provider's id (reconciling an ambiguous send).
CREATE INDEX deliveries_provider ON deliveries (provider_id);

-- Refills: medicines the clinic lists for a patient, the patient's requests and each
-- request's status timeline. Settings: a patient's own quiet hours, and a pending change of
-- phone or email, confirmed by a code sent to the new point.

ALTER TABLE clinics ADD COLUMN brand_color TEXT;
-- What the patient should bring to a visit, as the clinic writes it.
ALTER TABLE appointments ADD COLUMN bring TEXT;
ALTER TABLE patients ADD COLUMN quiet_start BIGINT;
ALTER TABLE patients ADD COLUMN quiet_end BIGINT;

CREATE TABLE medications (
    id            TEXT PRIMARY KEY,
    clinic_id     TEXT NOT NULL REFERENCES clinics (id),
    patient_id    TEXT NOT NULL REFERENCES patients (id),
    name          TEXT NOT NULL,
    instructions  TEXT,
    active        BIGINT NOT NULL DEFAULT 1,
    created_at    BIGINT NOT NULL
);
CREATE INDEX medications_patient ON medications (clinic_id, patient_id);

CREATE TABLE refill_requests (
    id             TEXT PRIMARY KEY,
    clinic_id      TEXT NOT NULL REFERENCES clinics (id),
    patient_id     TEXT NOT NULL REFERENCES patients (id),
    medication_id  TEXT REFERENCES medications (id),
    medication     TEXT NOT NULL,
    pharmacy       TEXT NOT NULL,
    note           TEXT,
    status         TEXT NOT NULL,
    created_at     BIGINT NOT NULL,
    updated_at     BIGINT NOT NULL
);
CREATE INDEX refill_requests_clinic ON refill_requests (clinic_id, status, created_at);
CREATE INDEX refill_requests_patient ON refill_requests (clinic_id, patient_id, created_at);

CREATE TABLE refill_events (
    refill_id  TEXT NOT NULL REFERENCES refill_requests (id),
    status     TEXT NOT NULL,
    note       TEXT,
    actor      TEXT NOT NULL,
    at         BIGINT NOT NULL
);
CREATE INDEX refill_events_refill ON refill_events (refill_id, at);

CREATE TABLE contact_changes (
    session_id  TEXT PRIMARY KEY REFERENCES sessions (id),
    patient_id  TEXT NOT NULL REFERENCES patients (id),
    channel     TEXT NOT NULL,
    new_value   TEXT NOT NULL,
    code_hash   BYTEA NOT NULL,
    tries       BIGINT NOT NULL DEFAULT 0,
    expires_at  BIGINT NOT NULL,
    created_at  BIGINT NOT NULL
);
