-- Staff sign-in and the shared inbox. A staff member accepts an invitation once
-- (`accepted_at`); an address belongs to at most one member per clinic.
ALTER TABLE staff ADD COLUMN accepted_at BIGINT;
CREATE UNIQUE INDEX staff_clinic_email ON staff (clinic_id, email);
CREATE INDEX staff_email ON staff (email);

-- An invitation or a sign-in email: a link and, for sign-in, a six-digit code, both used
-- once (using one uses the other). Only hashes are kept: `token_hash` is the SHA-256 of the
-- link's secret, `code_hash` the SHA-256 of the row id and the code.
CREATE TABLE staff_tokens (
    id          TEXT PRIMARY KEY,
    token_hash  BYTEA NOT NULL,
    staff_id    TEXT NOT NULL REFERENCES staff (id),
    clinic_id   TEXT NOT NULL REFERENCES clinics (id),
    kind        TEXT NOT NULL CHECK (kind IN ('invite', 'signin')),
    code_hash   BYTEA,
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL,
    used_at     BIGINT
);
CREATE UNIQUE INDEX staff_tokens_hash ON staff_tokens (token_hash);
CREATE INDEX staff_tokens_staff ON staff_tokens (staff_id, kind);

-- A staff member's signed-in browser. The cookie holds 256 random bits, the row their SHA-256.
CREATE TABLE staff_sessions (
    id              TEXT PRIMARY KEY,
    id_hash         BYTEA NOT NULL,
    staff_id        TEXT NOT NULL REFERENCES staff (id),
    clinic_id       TEXT NOT NULL REFERENCES clinics (id),
    created_at      BIGINT NOT NULL,
    last_seen_at    BIGINT NOT NULL,
    idle_expires_at BIGINT NOT NULL,
    expires_at      BIGINT NOT NULL,
    ended_at        BIGINT
);
CREATE UNIQUE INDEX staff_sessions_hash ON staff_sessions (id_hash);

-- Where a patient's thread stands in the care team's inbox. No row means open and
-- unassigned; a new message from the patient opens it again.
CREATE TABLE conversations (
    thread_id   TEXT PRIMARY KEY REFERENCES threads (id),
    clinic_id   TEXT NOT NULL REFERENCES clinics (id),
    status      TEXT NOT NULL CHECK (status IN ('open', 'waiting', 'closed')),
    review_on   TEXT,
    assignee_id TEXT REFERENCES staff (id),
    updated_at  BIGINT NOT NULL
);
CREATE INDEX conversations_clinic ON conversations (clinic_id, status);
