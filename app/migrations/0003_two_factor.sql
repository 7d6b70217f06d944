-- Two-factor login: a seed waiting for its first code, when it was switched
-- on, and single-use recovery codes (SHA-256 only).
ALTER TABLE users ADD COLUMN totp_pending_encrypted TEXT;
ALTER TABLE users ADD COLUMN totp_enabled_at BIGINT;

CREATE TABLE recovery_codes (
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    used_at BIGINT,
    PRIMARY KEY (user_id, code_hash)
);
