-- Nothing on SQLite: its one writer takes a bucket's hits in turn, and its statements run
-- in-process (`sqlite/writes.rs` `rate_hit`); PostgreSQL's hit is one function call.
SELECT 1;
