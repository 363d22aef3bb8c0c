-- Outbound events (Standard Webhooks). A clinic's endpoints; one row per event and endpoint,
-- written by the triggers below inside the transaction of the change itself (so a change
-- that rolls back leaves no event, and no change is without its event); each try's outcome.
CREATE TABLE webhook_endpoints (
    id               TEXT PRIMARY KEY,
    clinic_id        TEXT NOT NULL REFERENCES clinics (id),
    url              TEXT NOT NULL,
    -- The event types, each between commas: ",appointment.confirmed,message.received,".
    events           TEXT NOT NULL,
    include_text     BIGINT NOT NULL DEFAULT 0,
    -- The signing secret, sealed with the key file's current key; the one before it during a
    -- rotation's overlap.
    secret           BYTEA NOT NULL,
    old_secret       BYTEA,
    old_secret_until BIGINT,
    status           TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
    disabled_reason  TEXT,
    created_at       BIGINT NOT NULL,
    updated_at       BIGINT NOT NULL
);
CREATE INDEX webhook_endpoints_clinic ON webhook_endpoints (clinic_id, status);

CREATE TABLE webhook_messages (
    seq              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,
    endpoint_id      TEXT NOT NULL REFERENCES webhook_endpoints (id),
    clinic_id        TEXT NOT NULL,
    event_type       TEXT NOT NULL,
    patient_id       TEXT,
    subject_id       TEXT,
    detail           TEXT,
    occurred_at      BIGINT NOT NULL,
    status           TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts         BIGINT NOT NULL DEFAULT 0,
    next_attempt_at  BIGINT NOT NULL DEFAULT 0,
    lease_until      BIGINT NOT NULL DEFAULT 0,
    delivered_at     BIGINT
);
CREATE INDEX webhook_messages_pending ON webhook_messages (next_attempt_at, seq) WHERE status = 'pending';
CREATE INDEX webhook_messages_order ON webhook_messages (endpoint_id, patient_id, seq) WHERE status = 'pending';

CREATE TABLE webhook_attempts (
    message_seq  BIGINT NOT NULL REFERENCES webhook_messages (seq),
    endpoint_id  TEXT NOT NULL,
    at           BIGINT NOT NULL,
    status_code  BIGINT,
    error        TEXT,
    duration_ms  BIGINT NOT NULL
);
CREATE INDEX webhook_attempts_endpoint ON webhook_attempts (endpoint_id, at);

-- One event for every active endpoint of the clinic that takes its type. Each trigger's WHEN
-- keeps the function from being called at all for the many writes that make no event (every
-- delivery status, every audit row), so the hot paths pay only the condition.
CREATE FUNCTION webhook_fan_out(p_clinic TEXT, p_type TEXT, p_patient TEXT, p_subject TEXT, p_detail TEXT, p_at BIGINT)
RETURNS void LANGUAGE sql AS $$
    INSERT INTO webhook_messages (id, endpoint_id, clinic_id, event_type, patient_id, subject_id, detail, occurred_at)
    SELECT 'msg_' || replace(gen_random_uuid()::text, '-', ''), e.id, p_clinic, p_type, p_patient, p_subject, p_detail, p_at
    FROM webhook_endpoints e
    WHERE e.clinic_id = p_clinic AND e.status = 'active' AND position(',' || p_type || ',' IN e.events) > 0;
$$;

CREATE FUNCTION webhook_now() RETURNS BIGINT LANGUAGE sql AS $$
    SELECT (extract(epoch FROM clock_timestamp()) * 1000)::BIGINT;
$$;

CREATE FUNCTION webhook_on_appointment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM webhook_fan_out(NEW.clinic_id, 'appointment.' || NEW.status, NEW.patient_id, NEW.id, NULL, NEW.updated_at);
    RETURN NULL;
END $$;
CREATE TRIGGER webhook_appointment_status AFTER UPDATE OF status ON appointments
    FOR EACH ROW WHEN (NEW.status <> OLD.status AND NEW.status IN ('confirmed', 'cancelled'))
    EXECUTE FUNCTION webhook_on_appointment();

CREATE FUNCTION webhook_on_message() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM webhook_fan_out(NEW.clinic_id, 'message.received', NEW.patient_id, NEW.id, NULL, NEW.created_at);
    RETURN NULL;
END $$;
CREATE TRIGGER webhook_message_received AFTER INSERT ON messages
    FOR EACH ROW WHEN (NEW.author <> 'staff') EXECUTE FUNCTION webhook_on_message();

CREATE FUNCTION webhook_on_refill() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM webhook_fan_out(NEW.clinic_id, 'refill.requested', NEW.patient_id, NEW.id, NEW.status, NEW.created_at);
    ELSE
        PERFORM webhook_fan_out(NEW.clinic_id, 'refill.updated', NEW.patient_id, NEW.id, NEW.status, NEW.updated_at);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER webhook_refill_requested AFTER INSERT ON refill_requests
    FOR EACH ROW EXECUTE FUNCTION webhook_on_refill();
CREATE TRIGGER webhook_refill_updated AFTER UPDATE OF status ON refill_requests
    FOR EACH ROW WHEN (NEW.status <> OLD.status) EXECUTE FUNCTION webhook_on_refill();

-- A contact point has no time of its own: the database's clock, in milliseconds.
CREATE FUNCTION webhook_on_contact_point() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM webhook_fan_out(p.clinic_id, 'contact_point.flagged', NEW.patient_id, NEW.channel, NEW.status, webhook_now())
    FROM patients p WHERE p.id = NEW.patient_id;
    RETURN NULL;
END $$;
CREATE TRIGGER webhook_contact_point_flagged AFTER UPDATE OF status ON contact_points
    FOR EACH ROW WHEN (NEW.status IN ('invalid', 'bouncing') AND OLD.status NOT IN ('invalid', 'bouncing'))
    EXECUTE FUNCTION webhook_on_contact_point();

CREATE FUNCTION webhook_on_delivery() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM webhook_fan_out(NEW.clinic_id, 'delivery.failed', NEW.patient_id, NEW.id, NEW.channel, webhook_now());
    RETURN NULL;
END $$;
CREATE TRIGGER webhook_delivery_failed AFTER UPDATE OF status ON deliveries
    FOR EACH ROW WHEN (NEW.status = 'failed' AND OLD.status <> 'failed') EXECUTE FUNCTION webhook_on_delivery();

CREATE FUNCTION webhook_on_conversation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM webhook_fan_out(NEW.clinic_id, 'conversation.overdue', t.patient_id, NEW.thread_id, NULL, NEW.overdue_announced_for)
    FROM threads t WHERE t.id = NEW.thread_id;
    RETURN NULL;
END $$;
CREATE TRIGGER webhook_conversation_overdue AFTER UPDATE OF overdue_announced_for ON conversations
    FOR EACH ROW WHEN (NEW.overdue_announced_for IS NOT NULL AND OLD.overdue_announced_for IS DISTINCT FROM NEW.overdue_announced_for)
    EXECUTE FUNCTION webhook_on_conversation();

-- The request itself is a message; its audit row, written just after it, names the visit.
CREATE FUNCTION webhook_on_audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM webhook_fan_out(a.clinic_id, 'appointment.reschedule_requested', a.patient_id, a.id, NULL, NEW.at)
    FROM appointments a WHERE a.id = NEW.subject;
    RETURN NULL;
END $$;
CREATE TRIGGER webhook_reschedule_requested AFTER INSERT ON audit_events
    FOR EACH ROW WHEN (NEW.action = 'appointment.reschedule_requested') EXECUTE FUNCTION webhook_on_audit();
