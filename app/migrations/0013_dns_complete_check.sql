-- When a check last got an answer for every record: the age of the states
-- shown while some records cannot be checked (NULL: never).
ALTER TABLE dns_checks ADD COLUMN complete_at BIGINT;
