-- Cancellations of the whole contract or of a Microsoft 365 add-on. The
-- provider accepts them only by e-mail: each row has its mail in the outbox,
-- queued in the same transaction. One cancellation per customer and target;
-- the same idempotency key from the same customer is the same cancellation.
CREATE TABLE cancellations (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    -- 'contract' or the add-on ('m365-business-basic', ...)
    target TEXT NOT NULL,
    -- the day it was sent, from which the dates were computed (ISO date)
    received_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    takeover_ordered BOOLEAN NOT NULL,
    -- the cancellation mail to the provider (state and Message-ID are there)
    mail_id TEXT NOT NULL REFERENCES outbox(id),
    requested_by TEXT NOT NULL,
    requested_by_email TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    -- recorded by the operator when the provider has confirmed it
    confirmed_at BIGINT,
    confirmation_note TEXT,
    CONSTRAINT cancellations_target_unique UNIQUE (customer_id, target),
    CONSTRAINT cancellations_idempotency UNIQUE (customer_id, idempotency_key)
);

-- Copies of a mail (the cancellation goes to the provider with a copy to the
-- customer), comma-separated like `recipients`.
ALTER TABLE outbox ADD COLUMN cc TEXT;
