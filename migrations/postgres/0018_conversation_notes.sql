-- Internal notes on a conversation: what the care team tells one another about it. Never
-- sent, never on a patient's or caregiver's page, stream or the clinic API's messages.
CREATE TABLE conversation_notes (
    id          TEXT PRIMARY KEY,
    thread_id   TEXT NOT NULL REFERENCES threads (id),
    clinic_id   TEXT NOT NULL REFERENCES clinics (id),
    staff_id    TEXT NOT NULL REFERENCES staff (id),
    body        TEXT NOT NULL,
    created_at  BIGINT NOT NULL
);
CREATE INDEX conversation_notes_thread ON conversation_notes (thread_id, created_at);
