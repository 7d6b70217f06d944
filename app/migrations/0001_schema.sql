-- The portal's data model. One schema for SQLite and PostgreSQL: ids are text
-- (UUIDs, not guessable), instants are Unix seconds (BIGINT), calendar dates
-- are ISO text (YYYY-MM-DD), sizes are bytes (BIGINT, NULL = Exchange "Unlimited").

CREATE TABLE customers (
    id TEXT PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    -- who receives quota alert mails: 'mailbox', 'admins' or 'both'
    quota_alert_recipients TEXT NOT NULL DEFAULT 'both'
        CHECK (quota_alert_recipients IN ('mailbox', 'admins', 'both')),
    created_at BIGINT NOT NULL
);

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'readonly')),
    password_hash TEXT,
    -- where password reset links go (not the mailbox that may be unreachable)
    alternative_email TEXT,
    language TEXT NOT NULL DEFAULT 'de' CHECK (language IN ('de', 'en')),
    totp_secret_encrypted TEXT,
    totp_last_step BIGINT,
    created_at BIGINT NOT NULL,
    disabled_at BIGINT,
    CONSTRAINT users_email_unique UNIQUE (email)
);
CREATE INDEX users_customer ON users (customer_id);

-- One-time links (set or reset a password). Only the SHA-256 of the token is kept.
CREATE TABLE password_tokens (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    purpose TEXT NOT NULL CHECK (purpose IN ('set', 'reset')),
    expires_at BIGINT NOT NULL,
    used_at BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX password_tokens_user ON password_tokens (user_id);

CREATE TABLE contracts (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    product TEXT NOT NULL DEFAULT 'rhoenmail-exchange',
    signed_on TEXT NOT NULL,
    -- first day of the month in which the mailboxes were first provided
    starts_on TEXT NOT NULL,
    min_term_months BIGINT NOT NULL DEFAULT 1,
    notice_months BIGINT NOT NULL DEFAULT 1,
    ends_on TEXT,
    created_at BIGINT NOT NULL
);
CREATE INDEX contracts_customer ON contracts (customer_id);

CREATE TABLE domains (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    -- ASCII (punycode) form; shown in Unicode
    name TEXT NOT NULL,
    -- all mail of the domain runs through the provider (greylisting, DKIM signing, BATV, allow-lists)
    fully_routed BOOLEAN NOT NULL DEFAULT FALSE,
    created_at BIGINT NOT NULL,
    CONSTRAINT domains_name_unique UNIQUE (name)
);
CREATE INDEX domains_customer ON domains (customer_id);

CREATE TABLE mailboxes (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    domain_id TEXT NOT NULL REFERENCES domains(id),
    primary_address TEXT NOT NULL,
    display_name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'user' CHECK (kind IN ('user', 'shared', 'room', 'impersonation')),
    issue_warning_bytes BIGINT,
    prohibit_send_bytes BIGINT,
    prohibit_send_receive_bytes BIGINT,
    used_bytes BIGINT NOT NULL DEFAULT 0,
    item_count BIGINT NOT NULL DEFAULT 0,
    last_logon_at BIGINT,
    -- when Exchange took the figures above
    stats_taken_at BIGINT,
    created_at BIGINT NOT NULL,
    CONSTRAINT mailboxes_address_unique UNIQUE (primary_address)
);
CREATE INDEX mailboxes_customer_usage ON mailboxes (customer_id, used_bytes, id);
CREATE INDEX mailboxes_customer_address ON mailboxes (customer_id, primary_address);

-- Usage over time, one row per import, for charts and forecasts.
CREATE TABLE mailbox_usage_history (
    mailbox_id TEXT NOT NULL REFERENCES mailboxes(id) ON DELETE CASCADE,
    taken_at BIGINT NOT NULL,
    used_bytes BIGINT NOT NULL,
    item_count BIGINT NOT NULL,
    PRIMARY KEY (mailbox_id, taken_at)
);

CREATE TABLE aliases (
    id TEXT PRIMARY KEY,
    mailbox_id TEXT NOT NULL REFERENCES mailboxes(id) ON DELETE CASCADE,
    address TEXT NOT NULL,
    CONSTRAINT aliases_address_unique UNIQUE (address)
);
CREATE INDEX aliases_mailbox ON aliases (mailbox_id);

CREATE TABLE activesync_devices (
    id TEXT PRIMARY KEY,
    mailbox_id TEXT NOT NULL REFERENCES mailboxes(id) ON DELETE CASCADE,
    device_id TEXT NOT NULL,
    device_model TEXT NOT NULL,
    last_sync_at BIGINT,
    CONSTRAINT activesync_device_unique UNIQUE (mailbox_id, device_id)
);

CREATE TABLE addons (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    -- 'public-folders', 'impersonation', 'archive', 'm365-business-basic', ...
    kind TEXT NOT NULL,
    quantity BIGINT NOT NULL DEFAULT 1 CHECK (quantity > 0),
    mailbox_id TEXT REFERENCES mailboxes(id),
    booked_on TEXT NOT NULL,
    ends_on TEXT,
    created_at BIGINT NOT NULL
);
CREATE INDEX addons_customer ON addons (customer_id);
