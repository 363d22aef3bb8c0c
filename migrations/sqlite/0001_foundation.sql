-- Foundation schema. Times are milliseconds since the Unix epoch (UTC); ids are prefixed
-- text ids made by the application.

CREATE TABLE clinics (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    phone       TEXT,
    time_zone   TEXT NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE UNIQUE INDEX clinics_name_key ON clinics (name);

CREATE TABLE api_keys (
    key_hash    BLOB PRIMARY KEY,
    clinic_id   TEXT NOT NULL REFERENCES clinics (id),
    prefix      TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    revoked_at  INTEGER
);

CREATE TABLE patients (
    id          TEXT PRIMARY KEY,
    clinic_id   TEXT NOT NULL REFERENCES clinics (id),
    name        TEXT NOT NULL,
    birth_date  TEXT,
    language    TEXT NOT NULL,
    time_zone   TEXT NOT NULL,
    channels    TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX patients_clinic ON patients (clinic_id, id);

-- A patient's phone and email. Status lets delivery flag a bad contact point.
CREATE TABLE contact_points (
    patient_id  TEXT NOT NULL REFERENCES patients (id),
    channel     TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
    address     TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'ok',
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (patient_id, channel)
);
CREATE INDEX contact_points_address ON contact_points (channel, address);

CREATE TABLE threads (
    id          TEXT PRIMARY KEY,
    clinic_id   TEXT NOT NULL REFERENCES clinics (id),
    patient_id  TEXT NOT NULL REFERENCES patients (id),
    created_at  INTEGER NOT NULL
);
CREATE INDEX threads_patient ON threads (patient_id);

CREATE TABLE appointments (
    id               TEXT PRIMARY KEY,
    clinic_id        TEXT NOT NULL REFERENCES clinics (id),
    patient_id       TEXT NOT NULL REFERENCES patients (id),
    starts_at        INTEGER NOT NULL,
    duration_minutes INTEGER NOT NULL,
    location         TEXT,
    provider         TEXT,
    status           TEXT NOT NULL CHECK (status IN ('scheduled', 'confirmed', 'cancelled')),
    cancel_reason    TEXT,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX appointments_patient ON appointments (patient_id, starts_at);

CREATE TABLE links (
    id            TEXT PRIMARY KEY,
    clinic_id     TEXT NOT NULL REFERENCES clinics (id),
    patient_id    TEXT NOT NULL REFERENCES patients (id),
    purpose       TEXT NOT NULL,
    subject_id    TEXT,
    lookup        BLOB NOT NULL,
    key_id        INTEGER NOT NULL,
    created_at    INTEGER NOT NULL,
    expires_at    INTEGER NOT NULL,
    consumed_at   INTEGER,
    revoked_at    INTEGER,
    superseded_at INTEGER
);
CREATE UNIQUE INDEX links_lookup_key ON links (lookup);
CREATE INDEX links_subject ON links (patient_id, purpose, subject_id);

CREATE TABLE sessions (
    id              TEXT PRIMARY KEY,
    id_hash         BLOB NOT NULL,
    clinic_id       TEXT NOT NULL REFERENCES clinics (id),
    patient_id      TEXT NOT NULL REFERENCES patients (id),
    link_id         TEXT REFERENCES links (id),
    purpose         TEXT NOT NULL,
    subject_id      TEXT,
    created_at      INTEGER NOT NULL,
    last_seen_at    INTEGER NOT NULL,
    idle_expires_at INTEGER NOT NULL,
    expires_at      INTEGER NOT NULL,
    ended_at        INTEGER
);
CREATE UNIQUE INDEX sessions_id_hash_key ON sessions (id_hash);

CREATE TABLE audit_events (
    id         TEXT PRIMARY KEY,
    at         INTEGER NOT NULL,
    clinic_id  TEXT,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    subject    TEXT,
    detail     TEXT
);
CREATE INDEX audit_events_clinic ON audit_events (clinic_id, at);

CREATE TABLE idempotency_keys (
    clinic_id     TEXT NOT NULL REFERENCES clinics (id),
    key           TEXT NOT NULL,
    request_hash  BLOB NOT NULL,
    status        INTEGER,
    response      BLOB,
    created_at    INTEGER NOT NULL,
    PRIMARY KEY (clinic_id, key)
);

CREATE TABLE rate_hits (
    bucket  TEXT NOT NULL,
    at      INTEGER NOT NULL
);
CREATE INDEX rate_hits_bucket ON rate_hits (bucket, at);

CREATE TABLE dev_outbox (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    channel     TEXT NOT NULL,
    to_address  TEXT NOT NULL,
    subject     TEXT,
    body        TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    clinic_id   TEXT,
    patient_id  TEXT
);

-- The clinic's care team: who answers patients.
CREATE TABLE staff (
    id          TEXT PRIMARY KEY,
    clinic_id   TEXT NOT NULL REFERENCES clinics (id),
    name        TEXT NOT NULL,
    role        TEXT NOT NULL,
    email       TEXT,
    created_at  INTEGER NOT NULL
);
CREATE INDEX staff_clinic ON staff (clinic_id);
