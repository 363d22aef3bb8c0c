-- Caregiver grants: a patient (or, with a legal basis, the clinic) lets another person act for
-- them in named scopes until an expiry. `status` is invited, active or revoked; an expired
-- grant is one whose `expires_at` has passed, decided at each request, not stored.
CREATE TABLE care_grants (
    id                 TEXT PRIMARY KEY,
    clinic_id          TEXT NOT NULL REFERENCES clinics (id),
    patient_id         TEXT NOT NULL REFERENCES patients (id),
    grantee_person_id  TEXT REFERENCES people (id),
    grantee_name       TEXT NOT NULL,
    contact_channel    TEXT NOT NULL,
    contact_address    TEXT NOT NULL,
    scopes             TEXT NOT NULL,
    basis              TEXT NOT NULL,
    evidence_reference TEXT,
    verified_by        TEXT,
    status             TEXT NOT NULL,
    created_by         TEXT NOT NULL,
    created_at         BIGINT NOT NULL,
    expires_at         BIGINT NOT NULL,
    revoked_at         BIGINT,
    last_used_at       BIGINT,
    reminder_copies    BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX care_grants_patient ON care_grants (clinic_id, patient_id);
CREATE INDEX care_grants_grantee ON care_grants (grantee_person_id);

-- A grant's invitation: the SHA-256 of the secret its link carries (never the secret), used
-- once, and the code that proves the invited contact point (its hash, expiry, wrong tries).
CREATE TABLE grant_invitations (
    grant_id        TEXT PRIMARY KEY REFERENCES care_grants (id),
    token_hash      BYTEA NOT NULL,
    expires_at      BIGINT NOT NULL,
    used_at         BIGINT,
    code_hash       BYTEA,
    code_expires_at BIGINT,
    code_tries      BIGINT NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX grant_invitations_token_hash_key ON grant_invitations (token_hash);

-- A person's proven contact points: a caregiver who accepts with a code sent to a phone or an
-- email is the person who already proved it, or a new one. One point, one person.
CREATE TABLE person_contacts (
    channel    TEXT NOT NULL,
    address    TEXT NOT NULL,
    person_id  TEXT NOT NULL REFERENCES people (id),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (channel, address)
);

-- A caregiver's session, under the SHA-256 of its cookie. It opens nothing by itself: each
-- request names the patient and is checked against a live grant.
CREATE TABLE caregiver_sessions (
    id_hash         BYTEA PRIMARY KEY,
    person_id       TEXT NOT NULL REFERENCES people (id),
    created_at      BIGINT NOT NULL,
    last_seen_at    BIGINT NOT NULL,
    idle_expires_at BIGINT NOT NULL,
    expires_at      BIGINT NOT NULL,
    ended_at        BIGINT
);
