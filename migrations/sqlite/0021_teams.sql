-- Teams of a clinic's care team, who is in each, and who leads it (a late reply escalates
-- to the lead in the end). At most one team of a clinic is the default: where a message no
-- routing rule matches goes.
CREATE TABLE teams (
    id          TEXT PRIMARY KEY,
    clinic_id   TEXT NOT NULL REFERENCES clinics (id),
    name        TEXT NOT NULL,
    lead_id     TEXT REFERENCES staff (id),
    is_default  INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL
);
CREATE UNIQUE INDEX teams_clinic_name ON teams (clinic_id, name);
CREATE UNIQUE INDEX teams_default ON teams (clinic_id) WHERE is_default = 1;

CREATE TABLE team_members (
    team_id   TEXT NOT NULL REFERENCES teams (id),
    staff_id  TEXT NOT NULL REFERENCES staff (id),
    PRIMARY KEY (team_id, staff_id)
);
CREATE INDEX team_members_staff ON team_members (staff_id, team_id);

-- A clinic's routing rules, tried in `position` order; the first that matches names the team.
CREATE TABLE routing_rules (
    clinic_id  TEXT NOT NULL REFERENCES clinics (id),
    position   INTEGER NOT NULL,
    category   TEXT,
    provider   TEXT,
    language   TEXT,
    team_id    TEXT NOT NULL REFERENCES teams (id),
    PRIMARY KEY (clinic_id, position)
);

-- A staff member away (days in the clinic's time zone, both inclusive) and who covers.
CREATE TABLE absences (
    id            TEXT PRIMARY KEY,
    clinic_id     TEXT NOT NULL REFERENCES clinics (id),
    staff_id      TEXT NOT NULL REFERENCES staff (id),
    starts_on     TEXT NOT NULL,
    ends_on       TEXT NOT NULL,
    cover_id      TEXT REFERENCES staff (id),
    created_at    INTEGER NOT NULL,
    cancelled_at  INTEGER
);
CREATE INDEX absences_clinic ON absences (clinic_id, ends_on) WHERE cancelled_at IS NULL;

-- Each step of a conversation's way to a person: routed to a team, covered, put back in the
-- pool, warned, escalated; and a contact point of the patient's refused for good (`detail`:
-- the channel and why). Shown to staff on the conversation.
CREATE TABLE conversation_steps (
    id             TEXT PRIMARY KEY,
    thread_id      TEXT NOT NULL REFERENCES threads (id),
    clinic_id      TEXT NOT NULL REFERENCES clinics (id),
    kind           TEXT NOT NULL,
    team_id        TEXT REFERENCES teams (id),
    staff_id       TEXT REFERENCES staff (id),
    from_staff_id  TEXT REFERENCES staff (id),
    detail         TEXT,
    at             INTEGER NOT NULL
);
CREATE INDEX conversation_steps_thread ON conversation_steps (thread_id, at);

-- The team a conversation is with; whom its assignee covers for; when the warning and the
-- next escalation step fall due (each cleared by the one process that takes it), and how far
-- it has escalated since its due time was set.
ALTER TABLE conversations ADD COLUMN team_id TEXT REFERENCES teams (id);
ALTER TABLE conversations ADD COLUMN covering_for TEXT REFERENCES staff (id);
ALTER TABLE conversations ADD COLUMN warn_at INTEGER;
ALTER TABLE conversations ADD COLUMN escalate_at INTEGER;
ALTER TABLE conversations ADD COLUMN escalation_level INTEGER NOT NULL DEFAULT 0;
UPDATE conversations SET escalate_at = due_at
    WHERE status <> 'closed' AND first_unanswered_at IS NOT NULL AND paused_left_ms IS NULL;
-- "My teams": the open conversations of each team, newest message first.
CREATE INDEX conversations_team ON conversations (team_id, last_message_at, thread_id) WHERE status <> 'closed';
CREATE INDEX conversations_warn ON conversations (warn_at) WHERE warn_at IS NOT NULL;
CREATE INDEX conversations_escalate ON conversations (escalate_at) WHERE escalate_at IS NOT NULL;
