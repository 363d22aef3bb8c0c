-- A caregiver signing in again (their session ended) with a code sent to the phone or email
-- they proved when they accepted: one code per contact point, its SHA-256 only, its expiry and
-- the tries so far; used once (the row is removed).
CREATE TABLE caregiver_sign_in_codes (
    channel    TEXT NOT NULL,
    address    TEXT NOT NULL,
    code_hash  BYTEA NOT NULL,
    expires_at BIGINT NOT NULL,
    tries      BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (channel, address)
);
