-- Nothing on SQLite: every write comes from the one process, whose dispatcher the writing code
-- wakes in memory (`Dispatcher::wake`); PostgreSQL's dispatchers are woken by `NOTIFY`.
SELECT 1;
