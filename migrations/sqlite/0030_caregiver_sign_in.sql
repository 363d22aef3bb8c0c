-- A caregiver signing in again (their session ended) with a code sent to the phone or email
-- they proved when they accepted: one code per contact point, its SHA-256 only, its expiry and
-- the tries so far; used once (the row is removed).
CREATE TABLE caregiver_sign_in_codes (
    channel    TEXT NOT NULL,
    address    TEXT NOT NULL,
    code_hash  BLOB NOT NULL,
    expires_at INTEGER NOT NULL,
    tries      INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (channel, address)
);
