-- The date of birth at step-up becomes a three-way clinic choice: 'default' (only for a
-- patient with no second contact point to send a code to), 'on' (every patient) or 'off'.
-- A clinic that had turned it on keeps it on; one that had left it off (the old default)
-- gets the new default. `step_up_with_birth_date` is no longer read; it stays so that a
-- process of the previous release, still running beside a new one, keeps working.
ALTER TABLE clinics ADD COLUMN step_up_birth_date TEXT NOT NULL DEFAULT 'default'
    CHECK (step_up_birth_date IN ('default', 'on', 'off'));
UPDATE clinics SET step_up_birth_date = 'on' WHERE step_up_with_birth_date <> 0;
