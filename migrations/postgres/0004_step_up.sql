-- Step-up: a session proves it is the patient (a code sent to the other contact point, or the
-- date of birth where the clinic allows it) before showing health details.

ALTER TABLE sessions ADD COLUMN stepped_up_at BIGINT;
ALTER TABLE clinics ADD COLUMN step_up_with_birth_date BIGINT NOT NULL DEFAULT 0;

CREATE TABLE step_up_codes (
    session_id  TEXT PRIMARY KEY REFERENCES sessions (id),
    code_hash   BYTEA NOT NULL,
    channel     TEXT NOT NULL,
    expires_at  BIGINT NOT NULL,
    created_at  BIGINT NOT NULL
);
