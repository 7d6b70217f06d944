-- Ending all other sessions of a user (password change): sessions remember the
-- epoch they began in and are refused once the user's epoch has moved on.
ALTER TABLE users ADD COLUMN session_epoch BIGINT NOT NULL DEFAULT 0;

-- The security log an owner sees: logins, failures, two-factor and password
-- changes (later also role changes, bookings, cancellations).
CREATE TABLE security_events (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    user_id TEXT REFERENCES users(id) ON DELETE SET NULL,
    -- kept when the user is removed later
    actor_email TEXT NOT NULL,
    kind TEXT NOT NULL,
    ip TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX security_events_customer ON security_events (customer_id, at);
