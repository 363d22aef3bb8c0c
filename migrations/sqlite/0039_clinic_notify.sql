-- Nothing on SQLite: its store keeps no clinics in memory (its reads are in-process and cheap);
-- PostgreSQL's processes forget the clinics they kept when told by `NOTIFY`.
SELECT 1;
