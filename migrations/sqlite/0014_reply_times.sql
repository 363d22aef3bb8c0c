-- Promised reply times. A clinic's business calendar and reply policy, each kept in its
-- plain JSON form (`CalendarSpec`, `ReplyPolicySpec`); no row, or a NULL, means the
-- defaults (Monday to Friday 09:00 to 17:00; the default policy).
CREATE TABLE reply_settings (
    clinic_id  TEXT PRIMARY KEY REFERENCES clinics (id),
    calendar   TEXT,
    policy     TEXT,
    updated_at INTEGER NOT NULL
);

-- Each conversation's reply clock: what it is about, how pressing, the first patient
-- message nobody has answered, when the reply is due, and (while waiting on the patient)
-- the business milliseconds that were left.
ALTER TABLE conversations ADD COLUMN category TEXT NOT NULL DEFAULT 'question'
    CHECK (category IN ('appointment', 'refill', 'question', 'billing', 'other'));
ALTER TABLE conversations ADD COLUMN priority TEXT NOT NULL DEFAULT 'normal'
    CHECK (priority IN ('normal', 'urgent'));
ALTER TABLE conversations ADD COLUMN first_unanswered_at INTEGER;
ALTER TABLE conversations ADD COLUMN due_at INTEGER;
ALTER TABLE conversations ADD COLUMN paused_left_ms INTEGER;
CREATE INDEX conversations_due ON conversations (clinic_id, due_at);
