-- The one-tap link a caregiver's reminder copy carries: signed like a patient's link (only its
-- lookup is stored), naming the grant it was sent under and the visit it is about, used once.
-- Opening it starts a caregiver session limited to that grant's appointments
-- (`caregiver_sessions.only_grant`); the grant is asked again at the opening and at every
-- request after, so the link and its session die with the grant.
CREATE TABLE grant_links (
    lookup         BYTEA PRIMARY KEY,
    grant_id       TEXT NOT NULL REFERENCES care_grants (id),
    delivery_id    TEXT NOT NULL,
    appointment_id TEXT,
    key_id         BIGINT NOT NULL,
    created_at     BIGINT NOT NULL,
    expires_at     BIGINT NOT NULL,
    consumed_at    BIGINT
);
CREATE INDEX grant_links_grant ON grant_links (grant_id);
-- A session begun from such a link acts only under this grant, for its appointments.
ALTER TABLE caregiver_sessions ADD COLUMN only_grant TEXT REFERENCES care_grants (id);
