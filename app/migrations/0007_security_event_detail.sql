-- What an event was about when it concerns someone else than the actor
-- (the user invited, removed or given another role).
ALTER TABLE security_events ADD COLUMN detail TEXT;
