-- Login attempts that have not (yet) succeeded, for throttling per account and
-- per IP address. Kept in the database so all portal instances see them.
CREATE TABLE login_attempts (
    id TEXT PRIMARY KEY,
    -- the normalised e-mail address typed in (also for unknown accounts)
    account TEXT NOT NULL,
    ip TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX login_attempts_account ON login_attempts (account, at);
CREATE INDEX login_attempts_ip ON login_attempts (ip, at);
