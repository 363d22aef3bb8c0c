-- The crisis line a clinic names in the red-flag safety reply (as dialled: "988").
ALTER TABLE clinics ADD COLUMN crisis_line TEXT;
