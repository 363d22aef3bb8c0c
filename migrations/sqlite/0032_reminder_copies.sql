-- Reminder copies for caregivers. A copy is a delivery that names the grant it goes under:
-- it goes to the grant's contact point, in the caregiver's language, and dies with the grant.
-- The patient's own deliveries have no grant.
ALTER TABLE deliveries ADD COLUMN grant_id TEXT REFERENCES care_grants (id);
CREATE INDEX deliveries_grant ON deliveries (grant_id) WHERE grant_id IS NOT NULL;

-- A caregiver's contact point can say STOP (or bounce) on its own: that stops the copies to
-- it, never the patient's own messages. NULL is usable.
ALTER TABLE person_contacts ADD COLUMN status TEXT;
ALTER TABLE person_contacts ADD COLUMN status_at INTEGER;

-- The language a person reads (the one they chose on Portico's pages when they accepted or
-- signed in); NULL: the clinic's.
ALTER TABLE people ADD COLUMN language TEXT;
