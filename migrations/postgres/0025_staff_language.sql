-- The language of a staff member's emails (a BCP 47 tag; none: English).
ALTER TABLE staff ADD COLUMN language TEXT;
