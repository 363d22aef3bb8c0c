-- What a patient needs to reach a person: the clinic's street address and a line for after
-- opening hours (both optional; pages show only what is set).
ALTER TABLE clinics ADD COLUMN address TEXT;
ALTER TABLE clinics ADD COLUMN after_hours_phone TEXT;
