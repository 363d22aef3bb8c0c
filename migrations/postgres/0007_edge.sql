-- Twilio webhooks are acted on once. `key` names what a request reports (`sms:<MessageSid>`,
-- `status:<MessageSid>:<status>`); `answer` is the response the first request gave (NULL
-- while it is still being handled), which a repeat gets back; `at` is when it first came, so
-- old rows can be forgotten.
CREATE TABLE webhook_receipts (
    key     TEXT PRIMARY KEY,
    answer  TEXT,
    at      BIGINT NOT NULL
);
CREATE INDEX webhook_receipts_at ON webhook_receipts (at);

-- Refused anonymous attempts are sampled, not written one row each: one row per action,
-- source (the client's address) and window, named by `sample_key`, whose `count` grows.
-- Other events have no `sample_key` (NULLs never clash) and a count of 1.
ALTER TABLE audit_events ADD COLUMN source TEXT;
ALTER TABLE audit_events ADD COLUMN sample_key TEXT;
ALTER TABLE audit_events ADD COLUMN count BIGINT NOT NULL DEFAULT 1;
CREATE UNIQUE INDEX audit_events_sample ON audit_events (sample_key);
