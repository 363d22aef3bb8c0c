-- The time zone a person lives in, when they said (a caregiver's reminder copies keep the
-- clinic's quiet hours there); NULL: the patient's.
ALTER TABLE people ADD COLUMN time_zone TEXT;
