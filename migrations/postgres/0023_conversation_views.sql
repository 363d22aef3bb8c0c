-- When each staff member last opened each conversation, so that its page can say who else
-- has it open ("Also looking at this: …"). One row per conversation and staff member.
CREATE TABLE conversation_views (
    thread_id  TEXT NOT NULL REFERENCES threads (id),
    staff_id   TEXT NOT NULL REFERENCES staff (id),
    clinic_id  TEXT NOT NULL REFERENCES clinics (id),
    at         BIGINT NOT NULL,
    PRIMARY KEY (thread_id, staff_id)
);
