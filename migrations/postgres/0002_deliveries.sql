-- The outbox and the delivery log in one table: a row is written with the change that
-- causes it, claimed by a dispatcher with a lease, and then records what the provider said.

CREATE TABLE deliveries (
    id             TEXT PRIMARY KEY,
    clinic_id      TEXT NOT NULL REFERENCES clinics (id),
    patient_id     TEXT NOT NULL REFERENCES patients (id),
    purpose        TEXT NOT NULL,
    channel        TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
    link_purpose   TEXT,
    subject_id     TEXT,
    appointment_id TEXT,
    body           TEXT,
    urgent         BIGINT NOT NULL DEFAULT 0,
    status         TEXT NOT NULL,
    attempts       BIGINT NOT NULL DEFAULT 0,
    due_at         BIGINT NOT NULL,
    not_after      BIGINT,
    lease_until    BIGINT,
    provider_id    TEXT,
    error_code     TEXT,
    segments       BIGINT,
    fallback_of    TEXT,
    created_at     BIGINT NOT NULL,
    updated_at     BIGINT NOT NULL,
    sent_at        BIGINT,
    delivered_at   BIGINT
);
-- The dispatcher's scan: only rows that still wait are in the index.
CREATE INDEX deliveries_due ON deliveries (due_at) WHERE status = 'pending';
CREATE INDEX deliveries_leased ON deliveries (lease_until) WHERE status = 'sending';
CREATE INDEX deliveries_patient ON deliveries (patient_id, created_at);
CREATE INDEX deliveries_appointment ON deliveries (appointment_id) WHERE appointment_id IS NOT NULL;
