-- The inbox reads one row per conversation. When its last message was written, and by whom,
-- are kept on the conversation (written with each message, `insert_message`), so that each
-- view of the inbox is one range of its own index, newest first, instead of a look at every
-- message of the clinic. From now on every thread with a message has its row.
ALTER TABLE conversations ADD COLUMN last_message_at BIGINT;
ALTER TABLE conversations ADD COLUMN last_author TEXT;
-- The due time whose passing open inboxes were told of (`announce_overdue`), so that each
-- due time is announced once, by one process.
ALTER TABLE conversations ADD COLUMN overdue_announced_for BIGINT;

INSERT INTO conversations (thread_id, clinic_id, status, updated_at)
SELECT t.id, t.clinic_id, 'open', MAX(m.created_at) FROM threads t JOIN messages m ON m.thread_id = t.id
WHERE NOT EXISTS (SELECT 1 FROM conversations c WHERE c.thread_id = t.id)
GROUP BY t.id, t.clinic_id;

UPDATE conversations SET
    last_message_at = (SELECT MAX(m.created_at) FROM messages m WHERE m.thread_id = conversations.thread_id),
    last_author = (SELECT m.author FROM messages m WHERE m.thread_id = conversations.thread_id
                   ORDER BY m.created_at DESC, m.id DESC LIMIT 1);

-- One index per view, each holding only the conversations of its view, in the view's order
-- (the thread id breaks ties, and is where the next page starts).
DROP INDEX conversations_clinic;
CREATE INDEX conversations_needs_reply ON conversations (clinic_id, last_message_at, thread_id)
    WHERE status = 'open' AND last_author = 'patient';
CREATE INDEX conversations_open ON conversations (clinic_id, last_message_at, thread_id)
    WHERE status <> 'closed';
CREATE INDEX conversations_unassigned ON conversations (clinic_id, last_message_at, thread_id)
    WHERE status <> 'closed' AND assignee_id IS NULL;
CREATE INDEX conversations_mine ON conversations (assignee_id, last_message_at, thread_id)
    WHERE status <> 'closed';
CREATE INDEX conversations_closed ON conversations (clinic_id, last_message_at, thread_id)
    WHERE status = 'closed';
-- Overdue, most overdue first; and, across clinics, the due times still to announce.
CREATE INDEX conversations_overdue ON conversations (clinic_id, due_at, thread_id)
    WHERE status <> 'closed' AND first_unanswered_at IS NOT NULL AND paused_left_ms IS NULL;
CREATE INDEX conversations_coming_due ON conversations (due_at)
    WHERE status <> 'closed' AND first_unanswered_at IS NOT NULL AND paused_left_ms IS NULL;
