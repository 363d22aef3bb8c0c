-- Deliveries: the fencing token. Each claim increments `claim` and returns it; a dispatcher
-- records an outcome (or extends its lease) only while the row still carries its claim, so
-- one whose lease ran out mid-send records nothing over the next claim's outcome.
ALTER TABLE deliveries ADD COLUMN claim BIGINT NOT NULL DEFAULT 0;
