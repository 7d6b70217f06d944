-- Bookings, cancellations and support requests (PST import/export, restore,
-- password reset): each one a numbered request whose status the provider's
-- support moves on. The same idempotency key from the same customer is the
-- same request (double submits, retried requests).
CREATE TABLE service_requests (
    id TEXT PRIMARY KEY,
    -- shown to customer and support, e.g. A-2026-00017
    number TEXT NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    -- 'book:public-folders', 'cancel:m365-business-basic', 'pst-import', ...
    kind TEXT NOT NULL,
    mailbox_id TEXT REFERENCES mailboxes(id) ON DELETE SET NULL,
    -- what the request is about, as support reads it (address, add-on name)
    object TEXT NOT NULL,
    -- JSON: the checked details (dates, file name, quantity, delivery ...)
    details TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'received'
        CHECK (status IN ('received', 'in_progress', 'done', 'rejected')),
    -- why a request was rejected
    reason TEXT,
    -- who asked (kept when the user is removed later)
    requested_by TEXT NOT NULL,
    requested_by_email TEXT NOT NULL,
    requested_by_language TEXT NOT NULL DEFAULT 'de',
    idempotency_key TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT service_requests_number_unique UNIQUE (number),
    CONSTRAINT service_requests_idempotency UNIQUE (customer_id, idempotency_key)
);
CREATE INDEX service_requests_customer ON service_requests (customer_id, created_at);

-- The last request number handed out per year.
CREATE TABLE request_numbers (
    year BIGINT PRIMARY KEY,
    last BIGINT NOT NULL
);
