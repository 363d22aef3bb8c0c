-- A code for a link that will not open, typed at `/c`. The code itself is never stored: it is
-- derived from the link's lookup with the signing key. `code_locator` is an HMAC, under a key
-- derived from that signing key, of the code's first half: it finds the links a typed code
-- may belong to. `code_tries` counts every try that named the locator while the link was
-- live; past the limit the code is refused, even typed right. Links issued before this have
-- no locator and no code.
ALTER TABLE links ADD COLUMN code_locator BLOB;
ALTER TABLE links ADD COLUMN code_tries INTEGER NOT NULL DEFAULT 0;
CREATE INDEX links_code_locator ON links (code_locator);
