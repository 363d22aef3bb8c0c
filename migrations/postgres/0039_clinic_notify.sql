-- Each `serve` process keeps the clinic an API key belongs to for a few seconds, so an API
-- request need not read it each time (`store/postgres/clinic_cache.rs`). Any change to a clinic
-- or to an API key (a key revoked or deleted, settings changed), by any process or by hand in
-- psql, tells every process to forget what it kept: the notification reaches the listeners when
-- the change commits.
CREATE FUNCTION portico_notify_clinics() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('portico_clinics', '');
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER clinics_changed AFTER UPDATE OR DELETE OR TRUNCATE ON clinics
FOR EACH STATEMENT EXECUTE FUNCTION portico_notify_clinics();

CREATE TRIGGER api_keys_changed AFTER UPDATE OR DELETE OR TRUNCATE ON api_keys
FOR EACH STATEMENT EXECUTE FUNCTION portico_notify_clinics();
