-- One row per login (password and second factor), so users see where they
-- are logged in and can end a login elsewhere. The session record itself is
-- opaque to the portal and its id changes at every login step, so the
-- session carries this row's id; a login whose row is ended is over.
CREATE TABLE login_sessions (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    ip TEXT NOT NULL,
    -- the browser's User-Agent header, cut to 512 characters
    user_agent TEXT NOT NULL,
    started_at BIGINT NOT NULL,
    -- rewritten when the session is touched (at most every half idle time)
    last_seen_at BIGINT NOT NULL,
    ended_at BIGINT
);
CREATE INDEX login_sessions_user ON login_sessions (user_id, ended_at);
