-- Replies act on what they answer. A reply that could mean more than one visit (a family
-- phone got two reminders) is answered with a question, "Reply 1 for Thu 11:30, 2 for Thu
-- 12:00"; the question waits here, one per number, until answered or `expires_at`.
-- `options` are the appointment ids offered, space-separated, in the order numbered.
CREATE TABLE reply_questions (
    phone      TEXT PRIMARY KEY,
    clinic_id  TEXT NOT NULL REFERENCES clinics (id),
    action     TEXT NOT NULL CHECK (action IN ('confirm', 'cancel')),
    options    TEXT NOT NULL,
    expires_at INTEGER NOT NULL
);

-- A text Portico could not put in one patient's conversation: from a number no patient has,
-- or from a number several patients share when no recent message says which of them it
-- answers. Kept, never dropped: a clinic reads its own through the API; `clinic_id` is NULL
-- when not even the clinic can be told.
CREATE TABLE unmatched_texts (
    id          TEXT PRIMARY KEY,
    clinic_id   TEXT REFERENCES clinics (id),
    from_phone  TEXT NOT NULL,
    body        TEXT NOT NULL,
    received_at INTEGER NOT NULL
);
CREATE INDEX unmatched_texts_clinic ON unmatched_texts (clinic_id, received_at);

-- A text from a number several patients share lands in the conversation of the patient whose
-- message it answers, marked: whoever holds the phone wrote it, maybe not that patient.
ALTER TABLE messages ADD COLUMN sender_verified INTEGER NOT NULL DEFAULT 1;

-- Reminders to every channel the patient has (SMS and email), not only the first that can
-- receive: the patient's choice in settings, or the clinic's through the API.
ALTER TABLE patients ADD COLUMN every_channel INTEGER NOT NULL DEFAULT 0;

-- One SMS can carry the reminders of several patients who share a phone (a household
-- reminder): the others are marked sent with it, naming the delivery that carried them.
ALTER TABLE deliveries ADD COLUMN digest_of TEXT;
