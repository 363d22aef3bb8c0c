-- Reminder schedules, quiet hours and caps per clinic; per-appointment overrides; and the
-- message threads between a patient and the care team.

ALTER TABLE clinics ADD COLUMN reminder_offsets TEXT NOT NULL DEFAULT 'PT72H,PT24H,PT2H';
ALTER TABLE clinics ADD COLUMN quiet_start_minute BIGINT NOT NULL DEFAULT 1260;
ALTER TABLE clinics ADD COLUMN quiet_end_minute BIGINT NOT NULL DEFAULT 480;
ALTER TABLE clinics ADD COLUMN daily_reminder_cap BIGINT NOT NULL DEFAULT 3;
ALTER TABLE appointments ADD COLUMN reminder_offsets TEXT;

CREATE TABLE messages (
    id          TEXT PRIMARY KEY,
    thread_id   TEXT NOT NULL REFERENCES threads (id),
    clinic_id   TEXT NOT NULL REFERENCES clinics (id),
    patient_id  TEXT NOT NULL REFERENCES patients (id),
    author      TEXT NOT NULL CHECK (author IN ('staff', 'patient')),
    sender      TEXT NOT NULL,
    body        TEXT NOT NULL,
    created_at  BIGINT NOT NULL
);
CREATE INDEX messages_thread ON messages (thread_id, created_at);
CREATE INDEX deliveries_sent_per_patient ON deliveries (patient_id, purpose, sent_at);
