-- The age at which a parent's access to a child's record narrows to appointments and writing
-- to the clinic (hospitals use 12, 13 or 14); at 18 it ends. Evaluated from the birth date at
-- each request.
ALTER TABLE clinics ADD COLUMN teen_privacy_age INTEGER NOT NULL DEFAULT 12;
