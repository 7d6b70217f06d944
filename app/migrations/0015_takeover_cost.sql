-- What the data takeover was quoted at when the cancellation was confirmed:
-- the number of mailboxes then and the net total (NULL without takeover or
-- without a price), so page and mail show what the customer agreed to.
ALTER TABLE cancellations ADD COLUMN takeover_mailboxes BIGINT;
ALTER TABLE cancellations ADD COLUMN takeover_net_cents BIGINT;
