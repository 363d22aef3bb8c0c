-- What a teenager gave back to a parent whose grant their age narrowed: the scopes (of
-- `messages`, `refills`) the parent may use again, comma-separated; empty: none.
ALTER TABLE care_grants ADD COLUMN teen_restored TEXT NOT NULL DEFAULT '';
