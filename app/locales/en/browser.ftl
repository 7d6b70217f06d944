# Texts of the interactive islands: all the browser needs.

nav-mailboxes = Mailboxes
nav-domains = Domains
nav-addons = Add-ons
nav-contract = Contract
totp-invalid = The code is wrong or has been used already. Please enter the current code from your app.
totp-not-enrolled = Two-factor login has not been set up yet.
overview-title = Overview
customer-number = Customer number
overview-storage-total = Storage of all mailboxes
overview-quota-state = Storage state
overview-attention = Mailboxes at or above the warning threshold
overview-attention-none = No mailbox has reached its warning threshold.
figures-taken-at = Figures as of { $when }
contract-since = rhönmail Exchange since { $date }
contract-none = No contract on file.
since-date = since { $date }
show-all = Show all { $count }
show-fewer = Show fewer
mailbox = Mailbox
usage = Usage
usage-of = { $used } of { $capacity } used ({ $percent })
usage-unlimited = { $used } used (unlimited)
usage-compact = { $used } / { $capacity } · { $percent }
usage-level-warning = Warning
usage-level-send-prohibited = Sending blocked
usage-level-full = Full
count-mailboxes = { $count ->
    [one] { $shown } mailbox
   *[other] { $shown } mailboxes
}
count-level-warning = { $count ->
    [one] { $shown } mailbox above the warning threshold
   *[other] { $shown } mailboxes above the warning threshold
}
count-level-send-prohibited = { $count ->
    [one] { $shown } mailbox can no longer send
   *[other] { $shown } mailboxes can no longer send
}
count-level-full = { $count ->
    [one] { $shown } mailbox is full and receives nothing
   *[other] { $shown } mailboxes are full and receive nothing
}
addon-public-folders = Public folders (25 GB)
addon-impersonation = Impersonation mailbox
addon-archive = rhönarchiv (archiving)
addon-m365-business-basic = Microsoft 365 Business Basic
addon-m365-business-standard = Microsoft 365 Business Standard
addon-m365-apps-for-business = Microsoft 365 Apps for Business
contract-whole = rhönmail Exchange contract (all of it, with every add-on)
contract-cancel-nothing = There is nothing left to cancel: everything that can be cancelled is cancelled already. It is listed with its dates on the contract page.
contract-cancel-already = The contract is cancelled already. The cancellation, its state and all dates are on the contract page.
contract-cancel-nothing-role = Only owners cancel the whole contract; admins cancel Microsoft 365 add-ons. There is nothing for your role to cancel at the moment.
timeline-end = Contract end
timeline-takeover-order-by = Order the data takeover by
timeline-deletion = All data is deleted on
timeline-backups = Backups deleted by
timeline-export-ready = Export provided by
timeline-export-until = Export available until
cancel-title = Cancel
cancel-intro = Choose what to cancel and as of when. The portal computes every date by the rules of your contract; before sending you see what ends when.
cancel-back = Back to the contract
cancel-step-target = 1. What do you want to cancel?
cancel-step-end = 2. As of when?
cancel-step-takeover = 3. Data takeover
cancel-step-summary = 4. Summary
cancel-step-confirm = 5. Confirm
cancel-end-label = Contract end
cancel-end-rule-contract = One month's notice to the end of a month, not before the minimum term ends. You may also choose a later month end.
cancel-end-rule-m365 = 30 days' notice to the end of a month. You may also choose a later month end.
cancel-takeover-label = Order the data takeover: all mailboxes as PST export for download
cancel-takeover-price = Paid: { $net } net per mailbox.
cancel-takeover-total = { $count ->
    [one] For your 1 mailbox: { $net } net, { $gross } gross, once.
   *[other] For your { $mailboxes } mailboxes: { $net } net, { $gross } gross, once.
}
cancel-takeover-deadline = Can be ordered until { $date }.
cancel-takeover-missed = For this contract end the deadline for the data takeover (30 days before the end) has passed. Choose a later end if you want to take over your data; otherwise it is deleted the day after the contract ends.
cancel-summary-ends = You cancel: { $what }. It ends on { $end }.
cancel-summary-addons = These end with the contract: { $addons }.
cancel-summary-takeover = The data takeover is ordered; the export is provided after the contract ends.
cancel-summary-no-takeover = Without data takeover: all mailboxes and data are deleted for good the day after the contract ends.
cancel-summary-addon = The Exchange contract and your mailboxes go on.
cancel-confirm-label = I have read the consequences and cancel with binding effect.
cancel-mail-note = After sending, the portal e-mails the cancellation to { $address }, with a copy to you and the owners of your account.
cancel-submit = Send the cancellation by e-mail
cancel-target-unknown = Please choose what you want to cancel.
cancel-contract-owner-only = Only owners can cancel the whole contract.
cancel-already-filed = This cancellation has been filed already.
cancel-addon-ends-with-contract = This add-on ends with the cancelled contract anyway.
cancel-end-invalid = Please choose a contract end from the list.
cancel-end-too-early = This end cannot be reached with the notice period any more. Please choose an end from the list.
cancel-end-not-month-end = A contract always ends on the last day of a month.
cancel-end-too-late = Please choose a contract end from the list.
cancel-takeover-too-late = For this contract end the data takeover can no longer be ordered (at least 30 days before). Choose a later end or go without the takeover.
cancel-takeover-contract-only = The data takeover exists only for cancelling the whole contract.
account-current-password = Current password
error-unauthorized = Please log in to continue.
error-totp-required = Please confirm the login with your one-time code.
error-forbidden = You are not allowed to do this.
error-not-found = What you are looking for was not found.
error-rate-limited = Too many attempts. Please try again in { $minutes ->
    [one] one minute
   *[other] { $minutes } minutes
}.
error-internal = Something went wrong. Please try again; support can help with the reference { $ref }.
error-transport = The server cannot be reached right now. Please check your connection and try again.
error-unknown = That did not work. Please try again.
input-too-long = This entry is too long. Please shorten it.
level-warning = Warning threshold reached
level-send-prohibited = Sending blocked
level-full = Mailbox full – no longer receives mail
dns-records-title = DNS records
dns-records-intro = Set these records at the provider that runs your domain's DNS. "found" shows what the domain's name servers actually answer.
dns-records-caption = Required DNS records with check results
dns-zone-download = Download all records as a zone file (BIND)
dns-type = Type
dns-host = Name
dns-value = Value
dns-ttl = TTL (s)
dns-state = Check
dns-state-correct = correct
dns-state-missing = missing
dns-state-wrong = wrong
dns-state-unverifiable = cannot be checked
dns-state-unchecked = not checked yet
dns-found = found:
dns-optional = (recommended)
dns-copy = Copy
dns-copied = Copied
dns-copy-failed = Cannot copy – please select the value
dns-copy-label = Copy the value of the { $type } record for { $host }
dns-check-now = Check now
dns-checking = Checking the records …
dns-checked-at = Last checked on { $when }.
dns-checked-now = Checked again just now: every record was asked for on { $when }.
dns-never-checked = Not checked yet.
dns-conflicts = What else the check found
dns-explain-mx = Routes incoming mail for the domain to rhönmail.
dns-explain-autodiscover = Lets Outlook and smartphones find the account settings by themselves.
dns-explain-srv = A second way for Outlook to find the account settings, also without the CNAME record.
dns-explain-spf = Allows the rhönmail servers to send mail on behalf of the domain (SPF).
dns-explain-dkim = Publishes the key rhönmail signs outgoing mail with (DKIM).
dns-explain-dmarc = Tells receiving servers what to do with mail that fails SPF and DKIM.
dns-conflict-foreign-mx = Further MX records point to { $hosts }. Mail may end up there instead of at rhönmail – please remove the previous provider's records.
dns-conflict-multiple-spf = The domain has { $count } SPF records. Exactly one is allowed; with several, SPF fails at every recipient. Please merge them into one.
dns-conflict-spf-include = The SPF record "{ $record }" does not allow rhönmail. Mail of the domain may be treated as spam.
dns-conflict-spf-permissive = The SPF record "{ $record }" ends in +all and so allows any server to send on behalf of the domain.
dns-conflict-autodiscover-a = autodiscover has address records of its own ({ $addresses }). Outlook then asks that server instead of rhönmail; please replace them with the CNAME record.
dns-conflict-wildcard = A wildcard record (*) answers autodiscover with { $addresses }. Outlook then asks that server before the SRV record; please add the autodiscover CNAME.
dns-last-known = All records could last be checked on { $when }: { $problems ->
    [0] all { $correct } were correct.
    [one] 1 record was missing or wrong.
   *[other] { $problems } records were missing or wrong.
}
dns-why-all = Why records cannot be checked:
dns-why-timeout = The domain's name servers did not answer in time.
dns-why-refused = The domain's name servers refuse to answer (REFUSED).
dns-why-servfail = The domain's name servers report an error (SERVFAIL) – often the zone cannot be loaded.
dns-why-lame = The name servers registered for the domain do not know it (broken delegation).
dns-why-nxdomain = The domain does not exist in DNS (NXDOMAIN). Is it registered?
dns-why-no-ns = No name servers are registered for the domain.
dns-why-non-public = The domain's name servers have only non-public addresses and are not asked.
dns-why-unreachable = The domain's name servers could not be reached.
dns-conflict-null-mx = The MX record "0 ." (null MX) declares that the domain accepts no mail. Senders then deliver nothing; please remove it.
dns-spf-verdict = A receiving server judges mail from rhönmail ({ $ips }) by this SPF record as { $result }. { $reason }
dns-spf-include-after-all = "all" comes before rhönmail's include: receivers never evaluate anything after "all". Put the include before "all".
dns-spf-result-pass = "pass" (allowed)
dns-spf-result-fail = "fail" (not allowed – mail is often rejected)
dns-spf-result-softfail = "softfail" (probably not allowed – mail often lands in spam)
dns-spf-result-neutral = "neutral" (no statement)
dns-spf-result-none = "none" (no SPF record)
dns-spf-result-permerror = "permerror" (broken record – SPF counts as failed)
dns-spf-result-temperror = "temperror" (temporary DNS error)
dns-spf-reason-matched = It is decided by "{ $term }" in the SPF record of { $owner }.
dns-spf-reason-nothing = No part of the SPF record of { $owner } matches these servers.
dns-spf-reason-no-record = { $owner } has no SPF record although the record refers to it.
dns-spf-reason-invalid-domain = "{ $owner }" is not a valid domain name.
dns-spf-reason-multiple = { $owner } has more than one SPF record.
dns-spf-reason-syntax = "{ $term }" in the SPF record of { $owner } is invalid; receivers then discard the whole record.
dns-spf-reason-lookups = The check needs more than 10 DNS lookups (include, a, mx, ptr, exists, redirect); receivers then give up.
dns-spf-reason-void = More than two lookups of the check find nothing; receivers then give up.
dns-spf-reason-mx-hosts = { $owner } has more than 10 MX records; "mx" is then invalid.
dns-spf-reason-dns = The lookup of { $name } was not answered.
addons-earliest-end = earliest { $date }
addons-current-code = Current code from the authenticator app
