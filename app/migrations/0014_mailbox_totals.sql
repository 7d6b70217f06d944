-- Per customer: the overview's figures and the mailbox list's counts. Only a
-- usage import (and the demo data) changes mailbox figures, and each refreshes
-- this row in its own transaction, so a page reads one row instead of adding
-- up thousands of mailboxes on every request.
CREATE TABLE mailbox_totals (
    customer_id TEXT PRIMARY KEY REFERENCES customers(id) ON DELETE CASCADE,
    mailbox_count BIGINT NOT NULL,
    used_bytes BIGINT NOT NULL,
    capacity_bytes BIGINT NOT NULL,
    warning_count BIGINT NOT NULL,
    send_prohibited_count BIGINT NOT NULL,
    full_count BIGINT NOT NULL,
    stats_taken_at BIGINT,
    -- the lowest warning threshold: the mailboxes over their thresholds are
    -- found in the usage index from there up
    min_warning_bytes BIGINT
);
