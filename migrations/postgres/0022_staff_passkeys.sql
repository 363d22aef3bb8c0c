-- A staff member is a person too, once they add a passkey: the person's random id is the
-- passkeys' user handle. One person per staff row (a member of two clinics' care teams has a
-- person, and passkeys, for each).
ALTER TABLE staff ADD COLUMN person_id TEXT REFERENCES people (id);
CREATE UNIQUE INDEX staff_person ON staff (person_id) WHERE person_id IS NOT NULL;
