-- Quota alerts: one row per mail-worthy event (a threshold crossed upward, or
-- the daily reminder while a mailbox stays above it).
CREATE TABLE quota_alerts (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    mailbox_id TEXT NOT NULL REFERENCES mailboxes(id) ON DELETE CASCADE,
    -- 'warning', 'send-prohibited' or 'full'
    level TEXT NOT NULL,
    reminder BOOLEAN NOT NULL,
    used_bytes BIGINT NOT NULL,
    -- the threshold that was reached
    limit_bytes BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    -- when a user of the customer opened the alert's link or page
    seen_at BIGINT
);
CREATE INDEX quota_alerts_mailbox ON quota_alerts (mailbox_id, created_at);
CREATE INDEX quota_alerts_customer ON quota_alerts (customer_id, created_at);

-- The alert state of each mailbox: the highest level already alerted (sticky
-- until usage falls clearly below it) and when the last alert mail went out.
ALTER TABLE mailboxes ADD COLUMN alert_level TEXT NOT NULL DEFAULT 'ok';
ALTER TABLE mailboxes ADD COLUMN alert_mailed_at BIGINT;

-- Usage files already imported, by SHA-256, so that the same file twice changes nothing.
CREATE TABLE usage_imports (
    file_sha256 TEXT PRIMARY KEY,
    rows_imported BIGINT NOT NULL,
    alerts_raised BIGINT NOT NULL,
    imported_at BIGINT NOT NULL
);
