-- The notices sent 30 days before a parent's grant narrows (the child reaches the clinic's age
-- for privacy) or ends (18), to the parent and to the child: one row per grant and kind,
-- written before sending, so each goes out at most once whichever process sends it.
CREATE TABLE grant_notices (
    grant_id TEXT NOT NULL REFERENCES care_grants (id),
    kind     TEXT NOT NULL,
    sent_at  BIGINT NOT NULL,
    PRIMARY KEY (grant_id, kind)
);
