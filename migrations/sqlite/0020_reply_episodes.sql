-- Each time the care team answered a patient: when the first unanswered message came, what it
-- was about, when the answer was due and when it came. The reply-time figures are read from
-- these rows (the clock on `conversations` forgets once it stops).
CREATE TABLE reply_episodes (
    thread_id    TEXT NOT NULL REFERENCES threads (id),
    clinic_id    TEXT NOT NULL REFERENCES clinics (id),
    category     TEXT NOT NULL,
    priority     TEXT NOT NULL,
    started_at   INTEGER NOT NULL,
    due_at       INTEGER,
    answered_at  INTEGER NOT NULL,
    PRIMARY KEY (thread_id, started_at)
);
CREATE INDEX reply_episodes_clinic ON reply_episodes (clinic_id, started_at);
