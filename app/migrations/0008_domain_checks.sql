-- What each domain's name servers answered, kept per question until its TTL
-- runs out, and the per-record states of the last check (to notice a record
-- that was correct and broke).
CREATE TABLE dns_checks (
    domain_id TEXT PRIMARY KEY REFERENCES domains(id) ON DELETE CASCADE,
    -- JSON list of {question, lookup, expires_at}
    answers TEXT NOT NULL DEFAULT '[]',
    -- JSON object record key -> state of the last check that could tell
    states TEXT NOT NULL DEFAULT '{}',
    -- last time any question was asked (0 = never)
    checked_at BIGINT NOT NULL DEFAULT 0,
    -- last time every question was asked afresh (the daily re-check)
    full_check_at BIGINT NOT NULL DEFAULT 0,
    -- last "check now" by a user, for its rate limit
    forced_at BIGINT,
    -- an instance's daily re-check owns the domain until then
    claimed_until BIGINT
);

-- Senders that skip the spam filter, for a whole domain (mailbox_id NULL) or
-- one mailbox. Only for domains whose mail runs completely through the provider.
CREATE TABLE allow_list_entries (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    domain_id TEXT NOT NULL REFERENCES domains(id) ON DELETE CASCADE,
    mailbox_id TEXT REFERENCES mailboxes(id) ON DELETE CASCADE,
    -- a sender address or a sender domain, lower case, punycode
    entry TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX allow_list_unique ON allow_list_entries (domain_id, COALESCE(mailbox_id, ''), entry);
