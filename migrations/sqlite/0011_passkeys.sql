-- People and their passkeys. A person is someone who signs in; a patient record may be linked
-- to the person who is that patient (set on their first passkey). A person's id is random and is
-- the user handle their passkeys carry, never a patient id.
CREATE TABLE people (
    id         TEXT PRIMARY KEY,
    created_at INTEGER NOT NULL
);
ALTER TABLE patients ADD COLUMN person_id TEXT REFERENCES people (id);
CREATE INDEX patients_person ON patients (person_id);

-- One row per registered credential. `credential_id` is unique: a credential belongs to one
-- person only. `passkey` is the WebAuthn library's serialised credential (public key, counter,
-- flags), public material.
CREATE TABLE passkeys (
    id              TEXT PRIMARY KEY,
    person_id       TEXT NOT NULL REFERENCES people (id),
    credential_id   BLOB NOT NULL,
    passkey         TEXT NOT NULL,
    name            TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    last_used_at    INTEGER,
    backup_eligible INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX passkeys_credential_id_key ON passkeys (credential_id);
CREATE INDEX passkeys_person ON passkeys (person_id);

-- A registration or sign-in in progress: the server-side state under the SHA-256 of the random
-- id its HttpOnly cookie carries. Taken (deleted) once, before its answer is looked at; at most
-- five minutes.
CREATE TABLE webauthn_ceremonies (
    id_hash    BLOB PRIMARY KEY,
    kind       TEXT NOT NULL,
    state      TEXT NOT NULL,
    person_id  TEXT,
    clinic_id  TEXT,
    patient_id TEXT,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX webauthn_ceremonies_expiry ON webauthn_ceremonies (expires_at);
