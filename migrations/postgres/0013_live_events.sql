-- Live updates. Every change a viewer may see on an open page (a new message, a
-- conversation taken, closed or reopened, a patient opening a reply, a session ending)
-- writes one row here in the transaction that makes the change. Rows are read in `id` order
-- by each process, which passes them to the browser streams allowed to see them; a browser
-- that reconnects with `Last-Event-ID` is sent the rows after that id. Rows hold ids only:
-- what a stream shows is read from the tables they name.
--
-- Ids must become visible in order, or a reader that has seen id 11 would skip an id 10
-- committed after it. A sequence does not promise that across transactions, so ids come from
-- the one row of `live_event_ids`, whose lock each writing transaction holds to its commit:
-- event-writing transactions commit one at a time, in id order.
CREATE TABLE live_event_ids (
    one   INTEGER PRIMARY KEY CHECK (one = 1),
    last  BIGINT NOT NULL
);
INSERT INTO live_event_ids (one, last) VALUES (1, 0);

CREATE TABLE live_events (
    id          BIGINT PRIMARY KEY,
    clinic_id   TEXT NOT NULL,
    thread_id   TEXT,
    kind        TEXT NOT NULL CHECK (kind IN ('message', 'conversation', 'read', 'session_ended')),
    ref_id      TEXT,
    created_at  BIGINT NOT NULL
);
CREATE INDEX live_events_thread ON live_events (thread_id, id);
CREATE INDEX live_events_clinic ON live_events (clinic_id, id);

-- When the patient last had their thread open: staff see "seen", and an alert waiting to tell
-- the patient of a reply they have already read is not sent.
ALTER TABLE threads ADD COLUMN patient_read_at BIGINT;

-- How long a reply's alert waits for the patient to read it on an open page (seconds), and
-- whether a patient sees the names of staff who are typing.
ALTER TABLE clinics ADD COLUMN live_alert_delay_seconds BIGINT NOT NULL DEFAULT 120;
ALTER TABLE clinics ADD COLUMN live_typing_names BIGINT NOT NULL DEFAULT 0;
