-- Saved replies a clinic writes once for its care team to start from: a title and, as
-- JSON (`{"en": "…", "es": "…"}`), the text in each language the clinic wrote it in.
CREATE TABLE saved_replies (
    id          TEXT PRIMARY KEY,
    clinic_id   TEXT NOT NULL REFERENCES clinics (id),
    title       TEXT NOT NULL,
    texts       TEXT NOT NULL,
    updated_at  BIGINT NOT NULL
);
CREATE INDEX saved_replies_clinic ON saved_replies (clinic_id, title);
