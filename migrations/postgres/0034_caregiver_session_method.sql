-- How a caregiver's session began: `code` (the invitation's, or a sign-in code) or `passkey`.
-- Sessions from before this release began with a code.
ALTER TABLE caregiver_sessions ADD COLUMN signed_in_with TEXT NOT NULL DEFAULT 'code';
