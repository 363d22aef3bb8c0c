-- Outbound events (Standard Webhooks). A clinic's endpoints; one row per event and endpoint,
-- written by the triggers below inside the transaction of the change itself (so a change
-- that rolls back leaves no event, and no change is without its event); each try's outcome.
CREATE TABLE webhook_endpoints (
    id               TEXT PRIMARY KEY,
    clinic_id        TEXT NOT NULL REFERENCES clinics (id),
    url              TEXT NOT NULL,
    -- The event types, each between commas: ",appointment.confirmed,message.received,".
    events           TEXT NOT NULL,
    include_text     INTEGER NOT NULL DEFAULT 0,
    -- The signing secret, sealed with the key file's current key; the one before it during a
    -- rotation's overlap.
    secret           BLOB NOT NULL,
    old_secret       BLOB,
    old_secret_until INTEGER,
    status           TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
    disabled_reason  TEXT,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX webhook_endpoints_clinic ON webhook_endpoints (clinic_id, status);

CREATE TABLE webhook_messages (
    seq              INTEGER PRIMARY KEY AUTOINCREMENT,
    id               TEXT NOT NULL UNIQUE,
    endpoint_id      TEXT NOT NULL REFERENCES webhook_endpoints (id),
    clinic_id        TEXT NOT NULL,
    event_type       TEXT NOT NULL,
    patient_id       TEXT,
    subject_id       TEXT,
    detail           TEXT,
    occurred_at      INTEGER NOT NULL,
    status           TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER NOT NULL DEFAULT 0,
    lease_until      INTEGER NOT NULL DEFAULT 0,
    delivered_at     INTEGER
);
CREATE INDEX webhook_messages_pending ON webhook_messages (next_attempt_at, seq) WHERE status = 'pending';
CREATE INDEX webhook_messages_order ON webhook_messages (endpoint_id, patient_id, seq) WHERE status = 'pending';

CREATE TABLE webhook_attempts (
    message_seq  INTEGER NOT NULL REFERENCES webhook_messages (seq),
    endpoint_id  TEXT NOT NULL,
    at           INTEGER NOT NULL,
    status_code  INTEGER,
    error        TEXT,
    duration_ms  INTEGER NOT NULL
);
CREATE INDEX webhook_attempts_endpoint ON webhook_attempts (endpoint_id, at);

-- One event for every active endpoint of the clinic that takes its type.
CREATE TRIGGER webhook_appointment_status AFTER UPDATE OF status ON appointments
WHEN NEW.status <> OLD.status AND NEW.status IN ('confirmed', 'cancelled')
BEGIN
    INSERT INTO webhook_messages (id, endpoint_id, clinic_id, event_type, patient_id, subject_id, occurred_at)
    SELECT 'msg_' || lower(hex(randomblob(16))), e.id, NEW.clinic_id, 'appointment.' || NEW.status, NEW.patient_id, NEW.id, NEW.updated_at
    FROM webhook_endpoints e
    WHERE e.clinic_id = NEW.clinic_id AND e.status = 'active' AND instr(e.events, ',appointment.' || NEW.status || ',') > 0;
END;

CREATE TRIGGER webhook_message_received AFTER INSERT ON messages
WHEN NEW.author <> 'staff'
BEGIN
    INSERT INTO webhook_messages (id, endpoint_id, clinic_id, event_type, patient_id, subject_id, occurred_at)
    SELECT 'msg_' || lower(hex(randomblob(16))), e.id, NEW.clinic_id, 'message.received', NEW.patient_id, NEW.id, NEW.created_at
    FROM webhook_endpoints e
    WHERE e.clinic_id = NEW.clinic_id AND e.status = 'active' AND instr(e.events, ',message.received,') > 0;
END;

CREATE TRIGGER webhook_refill_requested AFTER INSERT ON refill_requests
BEGIN
    INSERT INTO webhook_messages (id, endpoint_id, clinic_id, event_type, patient_id, subject_id, detail, occurred_at)
    SELECT 'msg_' || lower(hex(randomblob(16))), e.id, NEW.clinic_id, 'refill.requested', NEW.patient_id, NEW.id, NEW.status, NEW.created_at
    FROM webhook_endpoints e
    WHERE e.clinic_id = NEW.clinic_id AND e.status = 'active' AND instr(e.events, ',refill.requested,') > 0;
END;

CREATE TRIGGER webhook_refill_updated AFTER UPDATE OF status ON refill_requests
WHEN NEW.status <> OLD.status
BEGIN
    INSERT INTO webhook_messages (id, endpoint_id, clinic_id, event_type, patient_id, subject_id, detail, occurred_at)
    SELECT 'msg_' || lower(hex(randomblob(16))), e.id, NEW.clinic_id, 'refill.updated', NEW.patient_id, NEW.id, NEW.status, NEW.updated_at
    FROM webhook_endpoints e
    WHERE e.clinic_id = NEW.clinic_id AND e.status = 'active' AND instr(e.events, ',refill.updated,') > 0;
END;

-- A contact point has no time of its own: the database's clock, in milliseconds.
CREATE TRIGGER webhook_contact_point_flagged AFTER UPDATE OF status ON contact_points
WHEN NEW.status IN ('invalid', 'bouncing') AND OLD.status NOT IN ('invalid', 'bouncing')
BEGIN
    INSERT INTO webhook_messages (id, endpoint_id, clinic_id, event_type, patient_id, subject_id, detail, occurred_at)
    SELECT 'msg_' || lower(hex(randomblob(16))), e.id, p.clinic_id, 'contact_point.flagged', NEW.patient_id, NEW.channel, NEW.status,
           CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
    FROM patients p JOIN webhook_endpoints e ON e.clinic_id = p.clinic_id
    WHERE p.id = NEW.patient_id AND e.status = 'active' AND instr(e.events, ',contact_point.flagged,') > 0;
END;

CREATE TRIGGER webhook_delivery_failed AFTER UPDATE OF status ON deliveries
WHEN NEW.status = 'failed' AND OLD.status <> 'failed'
BEGIN
    INSERT INTO webhook_messages (id, endpoint_id, clinic_id, event_type, patient_id, subject_id, detail, occurred_at)
    SELECT 'msg_' || lower(hex(randomblob(16))), e.id, NEW.clinic_id, 'delivery.failed', NEW.patient_id, NEW.id, NEW.channel,
           CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
    FROM webhook_endpoints e
    WHERE e.clinic_id = NEW.clinic_id AND e.status = 'active' AND instr(e.events, ',delivery.failed,') > 0;
END;

CREATE TRIGGER webhook_conversation_overdue AFTER UPDATE OF overdue_announced_for ON conversations
WHEN NEW.overdue_announced_for IS NOT NULL AND (OLD.overdue_announced_for IS NULL OR OLD.overdue_announced_for <> NEW.overdue_announced_for)
BEGIN
    INSERT INTO webhook_messages (id, endpoint_id, clinic_id, event_type, patient_id, subject_id, occurred_at)
    SELECT 'msg_' || lower(hex(randomblob(16))), e.id, NEW.clinic_id, 'conversation.overdue', t.patient_id, NEW.thread_id, NEW.overdue_announced_for
    FROM threads t JOIN webhook_endpoints e ON e.clinic_id = NEW.clinic_id
    WHERE t.id = NEW.thread_id AND e.status = 'active' AND instr(e.events, ',conversation.overdue,') > 0;
END;

-- The request itself is a message; its audit row, written just after it, names the visit.
CREATE TRIGGER webhook_reschedule_requested AFTER INSERT ON audit_events
WHEN NEW.action = 'appointment.reschedule_requested'
BEGIN
    INSERT INTO webhook_messages (id, endpoint_id, clinic_id, event_type, patient_id, subject_id, occurred_at)
    SELECT 'msg_' || lower(hex(randomblob(16))), e.id, a.clinic_id, 'appointment.reschedule_requested', a.patient_id, a.id, NEW.at
    FROM appointments a JOIN webhook_endpoints e ON e.clinic_id = a.clinic_id
    WHERE a.id = NEW.subject AND e.status = 'active' AND instr(e.events, ',appointment.reschedule_requested,') > 0;
END;
