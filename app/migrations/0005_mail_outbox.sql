-- Every mail the portal sends. A mail is stored in the same transaction as the
-- event that causes it and then handed to SMTP by a background sender, so an
-- SMTP outage delays mail but never loses it.
CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    -- fixed when queued: a retried delivery carries the same Message-ID
    message_id TEXT NOT NULL,
    customer_id TEXT REFERENCES customers(id) ON DELETE SET NULL,
    -- what caused the mail ('quota-alert', 'password-reset', ...), for the operator
    kind TEXT NOT NULL,
    -- makes queuing idempotent: the same event queues its mail once
    dedupe_key TEXT,
    -- comma-separated addresses
    recipients TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sent', 'dead')),
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    -- a sender (of any portal instance) that took the mail owns it until then
    locked_until BIGINT,
    last_error TEXT,
    sent_at BIGINT,
    created_at BIGINT NOT NULL,
    CONSTRAINT outbox_message_id_unique UNIQUE (message_id),
    CONSTRAINT outbox_dedupe_unique UNIQUE (dedupe_key)
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
