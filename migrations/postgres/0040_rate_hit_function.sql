-- A rate limit's hit in one round trip (`Store::rate_hit` on PostgreSQL): the bucket's turn,
-- forgetting its hits before the window, the hit and the count, as the four statements of one
-- function. Under READ COMMITTED two hits that each inserted and counted in one statement would
-- not see each other's row, so parallel guesses could all pass a limit: the advisory lock makes
-- hits on one bucket take turns, and each statement of a PL/pgSQL function reads a fresh
-- snapshot, so the count sees every hit committed before the turn came. The lock is held to the
-- end of the caller's transaction (the statement, when called alone).
CREATE FUNCTION portico_rate_hit(hit_bucket TEXT, hit_at BIGINT, window_start BIGINT) RETURNS BIGINT AS $$
DECLARE
    hits BIGINT;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended(hit_bucket, 0));
    DELETE FROM rate_hits WHERE bucket = hit_bucket AND at < window_start;
    INSERT INTO rate_hits (bucket, at) VALUES (hit_bucket, hit_at);
    SELECT COUNT(*) INTO hits FROM rate_hits WHERE bucket = hit_bucket;
    RETURN hits;
END
$$ LANGUAGE plpgsql;
