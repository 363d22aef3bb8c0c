-- Dispatchers in every `serve` process LISTEN on `portico_due`: a delivery written as pending
-- (new, or put back to pending) wakes them at once, whichever process or program wrote it, so an
-- idle dispatcher waits on this and on a timer for the next due time instead of polling.
-- PostgreSQL delivers one notification per channel and payload per transaction, however many
-- rows the transaction wrote.
CREATE FUNCTION portico_notify_due() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('portico_due', '');
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER deliveries_due AFTER INSERT OR UPDATE OF status, due_at ON deliveries
FOR EACH ROW WHEN (NEW.status = 'pending')
EXECUTE FUNCTION portico_notify_due();
