-- How a session proved who it is, and the audit trail read by the patient it is about.
-- `signed_in_with` is how the session began (link, code, passkey); `stepped_up_with` how it
-- later proved the patient (code, birth_date, passkey). Sessions from before this release
-- began with a link, or, with no link, with a passkey. (A caregiver's session always begins
-- with the code that accepted the invitation.)
ALTER TABLE sessions ADD COLUMN signed_in_with TEXT NOT NULL DEFAULT 'link';
ALTER TABLE sessions ADD COLUMN stepped_up_with TEXT;
UPDATE sessions SET signed_in_with = 'passkey', stepped_up_with = 'passkey'
    WHERE link_id IS NULL AND stepped_up_at IS NOT NULL;

-- `for_patient`: the patient an event is about when the actor is that patient or someone
-- acting for them under a grant; `auth`: how the actor's session had proved who they are
-- (`link`, `code`, `passkey`, or a sign-in and its step-up, `link+code`).
ALTER TABLE audit_events ADD COLUMN for_patient TEXT;
ALTER TABLE audit_events ADD COLUMN auth TEXT;
UPDATE audit_events SET for_patient = substr(actor, 9) WHERE actor LIKE 'patient:%';
UPDATE audit_events SET for_patient = subject WHERE actor LIKE 'person:%' AND subject LIKE 'pat_%';
CREATE INDEX audit_events_for_patient ON audit_events (clinic_id, for_patient, at) WHERE for_patient IS NOT NULL;
