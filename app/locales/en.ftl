# English texts of the customer portal.

brand-portal = Customer portal
skip-to-content = Skip to content
loading = Loading …

nav-label = Areas
nav-overview = Overview
nav-mailboxes = Mailboxes
nav-domains = Domains
nav-addons = Add-ons
nav-contract = Contract
nav-account = Account
nav-logout = Log out
nav-login = Go to login
language-switch-label = Language

login-title = Log in
login-intro = Log in to the customer portal with your e-mail address and password.
login-email = E-mail address
login-password = Password
login-submit = Log in
login-submitting = Logging in …
login-failed = E-mail address or password is not correct.
login-email-invalid = Please enter a valid e-mail address, e.g. name@company.com.
login-password-missing = Please enter your password.
login-logged-out = You have been logged out.
login-password-set = Your password has been saved. You can log in now.

set-password-title = Set your password
set-password-intro = Choose a password of at least { $min } characters. Long passphrases of several words are secure and easy to remember.
set-password-new = New password
set-password-repeat = Repeat new password
set-password-submit = Save password
password-too-short = The password is too short: it needs at least 12 characters.
password-too-long = The password is too long: it may have at most 256 characters.
password-mismatch = The two passwords do not match.
password-link-invalid = This link is invalid, has been used already or has expired. Please ask for a new one.

totp-title = Confirm your login
totp-intro = Enter the six-digit code from your authenticator app.
totp-code = Six-digit code
totp-submit = Confirm
totp-invalid = The code is wrong or has been used already. Please enter the current code from your app.
totp-not-enrolled = Two-factor login has not been set up yet.
totp-lost-device = Lost your device?
totp-recovery-intro = Log in with one of your recovery codes. Each code works once; afterwards you set up the app again.
totp-recovery-code = Recovery code
totp-recovery-submit = Log in with recovery code
totp-back-to-login = Cancel and log in again

enrol-title = Set up two-factor login
enrol-intro = To protect your account, every login needs a code from an authenticator app (e.g. Microsoft Authenticator, Google Authenticator, FreeOTP) in addition to the password.
enrol-after-recovery = You logged in with a recovery code. Please set up your authenticator app again now.
enrol-step-scan = Scan the QR code with your authenticator app.
enrol-step-type = Or type this key into the app:
enrol-secret-label = Key for the authenticator app
enrol-qr-alt = QR code to set up two-factor login for { $account }
enrol-step-confirm = Enter the code the app shows now.
enrol-submit = Finish set-up

recovery-title = Your recovery codes
recovery-enabled = Two-factor login is set up.
recovery-intro = Keep these ten codes safe, apart from your phone. Each code lets you log in once if your device is lost. They are shown only now.
recovery-already-shown = The recovery codes have been shown already. For your security they appear only once.
recovery-continue = Continue to the portal

overview-title = Overview
customer-number = Customer number
overview-storage-total = Storage of all mailboxes
overview-quota-state = Storage state
overview-attention = Mailboxes above the warning threshold
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

contract-product = rhönmail Exchange
contract-product-label = Product
contract-whole = rhönmail Exchange contract (all of it, with every add-on)
contract-terms = Your contract
contract-customer = Customer
contract-signed-on = Signed on
contract-starts-on = Contract start
contract-starts-on-rule = (First day of the month in which the mailboxes were provided.)
contract-minimum-term = Minimum term
contract-minimum-term-value = { $months ->
    [one] one month
   *[other] { $months } months
}, until { $end }
contract-notice = Notice period
contract-notice-value = { $months ->
    [one] one month
   *[other] { $months } months
} to the end of a month. Without notice the contract renews by one month at a time.
contract-items = Booked services
contract-mailboxes = Exchange mailboxes
contract-price-on-offer = as offered
contract-if-today = If you cancel today
contract-if-today-intro = If your cancellation reaches the provider today ({ $today }), these dates apply:
contract-takeover-note = The data takeover (PST export of all mailboxes) is paid and must be ordered at least 30 days before the contract ends. Without it all data is deleted the day after the contract ends.
contract-takeover-missed-earliest = For the earliest possible end the deadline for the data takeover has passed. If you want to take your data with you, choose a later end in the cancellation wizard.
contract-m365 = Microsoft 365 add-ons
contract-m365-rule = Microsoft 365 add-ons can be cancelled with 30 days' notice to the end of a month and end with the Exchange contract at the latest.
contract-earliest-end = Earliest end if cancelled today
contract-cancel = Cancel
contract-cancel-by-mail = The provider accepts cancellations only by e-mail to { $address }. The portal writes and sends this e-mail for you, with a copy to you and the owners of your account.
contract-cancel-start = Prepare a cancellation
contract-cancel-nothing = There is nothing you can cancel: only owners cancel the whole contract, administrators may cancel Microsoft 365 add-ons; services already cancelled are listed above.
contract-cancellation-stored = Your cancellation is stored. The e-mail to the provider is being sent; you see its state below.
contract-cancellations = Your cancellations
contract-banner = Cancelled as of { $date }

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
cancel-confirm-required = Please confirm that you want to cancel with binding effect.
cancel-mail-queued = E-mail to the provider: being sent.
cancel-mail-retrying = E-mail to the provider: being sent. The mail server could not be reached ({ $attempts ->
    [one] one attempt
   *[other] { $attempts } attempts
}); next attempt { $next }.
cancel-mail-sent = E-mail to the provider: sent on { $when } (Message-ID { $id }).
cancel-mail-failed = E-mail to the provider: could not be delivered. Our operations team has been told and will send it again; your cancellation stays stored.
cancel-confirmed = Confirmed by the provider on { $when }
cancel-unconfirmed = The provider's confirmation is still outstanding.
cancel-entry-title = Cancellation: { $what } as of { $end }
cancel-entry-by = Filed by { $who } on { $when }
cancel-takeover-ordered = Data takeover ordered.
cancel-takeover-not-ordered = No data takeover ordered.

mail-cancel-subject = Cancellation: { $what } – customer number { $customer } ({ $company })
mail-cancel-greeting = Hello,
mail-cancel-intro = we hereby give notice as of { $end }: { $what }.
mail-cancel-customer-number = Customer number
mail-cancel-company = Company
mail-cancel-contract = Contract
mail-cancel-contract-since = rhönmail Exchange, contract start { $start }
mail-cancel-domains = Domains
mail-cancel-what = Cancelled
mail-cancel-end = Contract end
mail-cancel-addons-ending = Ending with it
mail-cancel-deletion = All data deleted on
mail-cancel-backups = Backups deleted by
mail-cancel-takeover-ordered = Data takeover (PST export of all mailboxes, paid): ordered.
mail-cancel-takeover-not-ordered = Data takeover: not ordered.
mail-cancel-export-ready = Export provided by
mail-cancel-export-until = Available until
mail-cancel-by = Cancelled by { $name } <{ $email }> ({ $role }) on { $when } in the rhönmail customer portal.
mail-cancel-received = The deadlines are counted from receipt on { $date }.
mail-cancel-closing = Please confirm receipt of this cancellation to the recipients in copy.

account-details = Your details
account-name = Name
account-role = Role
role-owner = Owner
role-admin = Administrator
role-readonly = Read-only
account-two-factor = Two-factor login
account-two-factor-state = Set up. { $count ->
    [one] One recovery code is still unused.
   *[other] { $count } recovery codes are still unused.
}
account-new-device = Set up a new device
account-new-device-intro = For a new phone, confirm your password and the current code; then scan a new QR code. The old key stops working.
account-new-device-submit = Set up a new device
account-current-password = Current password
account-password-wrong = The current password is not correct.
account-change-password = Change password
account-password-hint = At least { $min } characters.
account-end-other-sessions = End all other sessions (other devices and browsers are logged out)
account-change-password-submit = Change password
account-password-changed = Your password has been changed.
account-password-changed-sessions-ended = Your password has been changed and all other sessions have ended.
security-log = Security log
security-log-intro = Logins and security-relevant changes of all users of your organisation, newest first.
security-log-empty = No entries yet.
security-log-when = When
security-log-who = User
security-log-what = Event
security-log-ip = IP address
security-event-login = Login
security-event-login-failed = Failed login (password)
security-event-second-factor-failed = Failed login (code)
security-event-recovery-code-used = Login with a recovery code
security-event-totp-enabled = Two-factor login set up
security-event-password-set = Password set
security-event-password-changed = Password changed
security-event-other-sessions-ended = Other sessions ended

not-found-title = Page not found
not-found-text = This address does not exist in the customer portal. The link may be outdated or incomplete.
not-found-home = Go to the overview

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

mail-greeting = Hello,
mail-quota-subject-warning = Mailbox { $mailbox }: storage almost full
mail-quota-subject-send-prohibited = Mailbox { $mailbox }: sending blocked
mail-quota-subject-full = Mailbox { $mailbox } is full
mail-quota-subject-reminder = Reminder: { $subject }
mail-quota-intro-warning = the mailbox { $mailbox } has reached its warning threshold of { $limit }. Everything still works, but soon it will no longer be able to send mail.
mail-quota-intro-send-prohibited = the mailbox { $mailbox } has reached its send limit of { $limit }. It can no longer send mail but still receives.
mail-quota-intro-full = the mailbox { $mailbox } has reached its maximum of { $limit }. It can neither send nor receive; incoming mail is returned to the senders.
mail-quota-usage = Used: { $used } of { $capacity }.
mail-quota-unlimited = unlimited
mail-quota-free = Free at least { $free } to lift the restriction, for example by emptying deleted items or archiving large attachments.
mail-quota-link = History and details in the customer portal (login required):
mail-quota-footer = This message was sent automatically by the rhönmail customer portal because you receive storage notices for this mailbox.

mailboxes-title = Mailboxes
mailboxes-search = Search
mailboxes-search-placeholder = Address or name
mailboxes-filter = Storage state
mailboxes-filter-alle = All
mailboxes-filter-warnung = Warning
mailboxes-filter-senden-gesperrt = Sending blocked
mailboxes-filter-voll = Full
mailboxes-sort = Sort by
mailboxes-sort-belegung-ab = Usage, largest first
mailboxes-sort-belegung-auf = Usage, smallest first
mailboxes-sort-adresse = Address (A–Z)
mailboxes-apply = Show
mailboxes-found = { $count ->
    [one] One mailbox found
   *[other] { $shown } mailboxes found
}
mailboxes-none = No mailboxes match the search and filter.
mailbox-items = Items
mailbox-last-logon = Last logon
mailbox-aliases = Aliases
mailbox-devices = ActiveSync devices
mailbox-figures-from = Figures as of
mailbox-history = Usage over time
mailbox-no-aliases = No aliases.
mailbox-no-devices = No devices connected.
device-last-sync = last synchronised { $when }
n-of-max = { $n } of { $max }
never = never
unlimited = unlimited
pager = Pages
pager-first = To the first page
pager-next = Next page
level-ok = All fine
level-warning = Warning threshold reached
level-send-prohibited = Sending blocked
level-full = Mailbox full – no longer receives mail
threshold-warning = Warning threshold
threshold-send = Sending blocked from
threshold-full = Maximum
forecast = Forecast:
forecast-days = { $days ->
    [one] full in about one day
   *[other] full in about { $days } days
}
forecast-full = already full
forecast-none = no forecast (the history shows no reliable trend)
chart-too-few = There are not enough figures for a history yet.
chart-summary = Usage from { $from } to { $to }: from { $first } to { $last }.
chart-as-table = Figures as a table
chart-when = Time
alerts-title = Storage notices
alerts-none = There have been no storage notices for this mailbox yet.
alerts-when = Time
alerts-level = Level
alerts-seen = Read
alerts-unseen = unread
alerts-reminder = (reminder)
alert-text = { $used } used, threshold { $limit } (notice of { $when }).
access-title = Access
access-encrypted-only = All access is encrypted only.
limits-title = Sending limits
limit-size = at most { $mb } MB per mail including attachments
limit-rate = at most { $count } mails per minute
limit-recipients = at most { $count } recipients per mail
limit-daily = at most { $count } recipients per day
link-invalid-title = Invalid link
link-invalid-text = This link is incomplete or has been altered. Please open it straight from the mail, or find the mailbox in the list.
link-expired-title = Link expired
link-expired-text = Links in storage notices work for 30 days. The current figures are in the mailbox list.
link-to-mailboxes = To the mailbox list
security-event-password-reset = Password reset via "Forgot password"
mail-security-subject = Security notice: { $what }
mail-security-what = the following just happened in your rhönmail customer portal account: { $what } ({ $when }, IP address { $ip }).
mail-security-if-not-you = If this was you, there is nothing else to do. If not: reset your password via "Forgot password" and contact rhöncloud support.
mail-security-footer = This message is always sent on security-relevant changes; it cannot be unsubscribed.
mail-reset-subject = Your link to reset your password
mail-reset-intro = a new password was requested for the account { $account } in the rhönmail customer portal (IP address { $ip }). Set it with this link:
mail-reset-validity = The link works once and for 30 minutes. Afterwards you log in as usual with password and authenticator code; all existing sessions are ended.
mail-reset-not-you = If you did not ask for this, ignore this mail: your current password stays valid.
forgot-title = Forgot password
forgot-intro = Enter your account's e-mail address. We send a link to set a new password to your alternative address on file (without one, to the account address).
forgot-submit = Request link
forgot-sent = If there is an account with this address, a link is on its way. It works for 30 minutes. Please also check your spam folder.
forgot-link = Forgot your password?
forgot-back = Back to login
team-title = Users and roles
team-intro = Owners manage your organisation's users. Admins may book and cancel (except the whole contract); "read only" sees everything and changes nothing.
team-invite = Invite a user
team-invite-submit = Send invitation
team-state = State
team-state-invited = invited, password not set yet
team-state-active = active
team-state-no-2fa = two-factor login not set up yet
team-actions = Actions
team-you = (you)
team-role-of = Role of { $email }
team-change-role = Change role
team-remove = Remove
team-remove-who = Remove { $email }
team-email-taken = This address already has an account in the customer portal.
team-last-owner = The organisation needs at least one owner. Make someone else an owner first.
team-not-yourself = You cannot remove yourself.
team-role-invalid = Please choose one of the roles offered.
team-name-invalid = Please enter a name (at most 100 characters).
team-done-eingeladen = The invitation is on its way. Its link works for 7 days.
team-done-geaendert = The role was changed.
team-done-entfernt = The user was removed; their sessions have ended.
security-event-user-invited = User invited
security-event-role-changed = Role changed
security-event-user-removed = User removed
mail-invite-subject = Invitation to the rhönmail customer portal
mail-invite-greeting = Hello { $name },
mail-invite-intro = { $inviter } has invited you to your organisation's rhönmail customer portal (role: { $role }). Set your password with this link:
mail-invite-validity = The link works once and for 7 days. At your first login you set up two-factor login with an authenticator app.

## Domains and DNS
domains-intro = Your domains and the DNS records they need for rhönmail. We check the records directly at each domain's name servers.
domains-none = No domains have been set up for your company yet. Support sets them up on request.
domain = Domain
domain-routing = Mail flow
domain-routing-full = entirely through rhönmail
domain-routing-partial = partly through rhönmail
domains-all-correct = all { $count } records correct
domains-problems = { $count ->
    [one] 1 record missing or wrong
   *[other] { $count } records missing or wrong
}
domain-punycode = Written in DNS as { $ascii }
domain-routing-full-text = All mail of this domain runs through rhönmail. Greylisting, DKIM signing, BATV and sender allow-lists are available.
domain-routing-partial-text = Mail of this domain runs only partly through rhönmail (through your own mail server first). Greylisting, DKIM signing, BATV and allow-lists are therefore not available.
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
dns-never-checked = Not checked yet.
dns-conflicts = What gets in the way despite correct records
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
dns-conflict-autodiscover-a = autodiscover has an A record ({ $addresses }). Outlook then asks that server instead of rhönmail; please replace it with the CNAME record.
dns-conflict-wildcard = A wildcard record (*) answers autodiscover with { $addresses }. Outlook then asks that server before the SRV record; please add the autodiscover CNAME.
domain-addresses = Mailboxes and aliases
domain-no-addresses = There are no addresses on this domain yet.
domain-alias = alias
domain-name-empty = Please enter a domain name.
domain-name-too-long = The domain name is too long (at most 253 characters, at most 63 between dots).
domain-name-invalid = That is not a valid domain name. Example: muster-gmbh.de
allow-list-title = Allowed senders
allow-list-intro-domain = Mail from these senders to any address of the domain skips greylisting and the spam filter.
allow-list-intro-mailbox = Mail from these senders to this mailbox skips greylisting and the spam filter.
allow-list-empty = No senders allowed yet.
allow-list-entry = Sender address or domain
allow-list-entry-hint = For example invoice@supplier.com or supplier.com (applies to all senders of that domain).
allow-list-add = Allow
allow-list-remove = Remove
allow-list-remove-who = Remove { $entry } from the allow-list
allow-list-partly-routed = Allow-lists exist only for domains whose mail runs entirely through rhönmail.
allow-list-full = The list is full (at most 500 entries). Please remove an entry first.
allow-entry-empty = Please enter a sender address or domain.
allow-entry-invalid = Please enter a valid address (name@company.com) or domain (company.com).
allow-entry-duplicate = This sender is already allowed.
mail-dns-subject = DNS of { $domain }: a record is no longer right
mail-dns-intro = the daily check of the domain { $domain } found a DNS record that used to be correct and is no longer set right. Until it is fixed, receiving mail or setting up Outlook may fail.
mail-dns-wrong = { $record }: wrong. Found: { $found }. Expected: { $expected }
mail-dns-missing = { $record }: missing. Expected: { $expected }
mail-dns-link = See all records and their state here:

## Add-ons and service requests
addons-intro = Book and cancel add-ons, give jobs to support and follow their progress. All prices net plus VAT.
addons-read-only = With your read-only role you see everything but cannot book, cancel or request anything.
addons-booked = Booked add-ons
addons-none-booked = No add-on is booked at present.
addons-item = Item
addons-quantity = Quantity
addons-period = Term
addons-net-month = net / month
addons-cancel = Cancellation
addons-total = Total per month
addons-vat = plus { $percent } % VAT { $vat } = { $gross } gross
addons-from-to = { $from } to { $to }
addons-cancelled = cancelled
addons-end-of = End of { $item }
addons-cancel-in-wizard = Cancel in the cancellation wizard
addon-m365-cancel-in-wizard = Microsoft 365 add-ons belong to the contract: please cancel them in the cancellation wizard under “Contract”.
addons-earliest-end = earliest { $date }
addons-cancel-to = Cancel
addons-m365-ends-with-contract = Ends automatically with the Exchange contract.
addons-offers = Available
addons-price-month = { $net } net per month and unit, plus { $percent } % VAT.
addons-price-once = One-off { $net } net, plus { $percent } % VAT.
addon-public-folders-rules = 25 GB of shared folders; can receive mail; reachable only through Outlook and Outlook on the web. Once per organisation.
addon-impersonation-rules = An additional, billed mailbox with full read, write and delete access to all mailboxes of your organisation, set up by support. Once per organisation.
addon-archive-rules = Legally compliant archiving under GoBD (a separate product, rhönarchiv). Once per organisation.
addon-m365-business-basic-rules = Needs at least one Exchange mailbox. Minimum term 1 month, cancellable with 30 days to the end of a month; ends with the Exchange contract.
addon-m365-business-standard-rules = Needs at least one Exchange mailbox. Minimum term 1 month, cancellable with 30 days to the end of a month; ends with the Exchange contract.
addon-m365-apps-for-business-rules = Needs at least one Exchange mailbox. Minimum term 1 month, cancellable with 30 days to the end of a month; ends with the Exchange contract.
addons-impersonation-confirm = I understand that this mailbox can read, change and delete every mailbox of our organisation.
addons-current-code = Current code from the authenticator app
addons-book = Book { $item }
addons-object = Mailbox or public folders
addons-choose = Please choose …
addons-support = Jobs for support
addons-pst-export-rules = Export of a mailbox or the public folders as a PST file to download; to be announced at least 2 weeks ahead.
addons-export-date = Requested date
addons-earliest = Earliest { $date }.
addons-request-export = Order PST export
addons-pst-import-rules = Import of a PST file into a mailbox. The file must be named exactly like the mailbox's primary address (e.g. anna.berg@muster-gmbh.de.pst); you provide it for download.
addons-file-name = File name
addons-download-url = Download link (https://…)
addons-request-import = Order PST import
addons-restore-rules = Restore of a whole mailbox from backup, up to 30 days back.
addons-restore-date = State as of
addons-request-restore = Order restore
addons-password-reset-rules = Support sets a new password for a mailbox and passes it on by phone or through a one-time link to another address.
addons-delivery = Delivery of the new password
addons-delivery-phone = by phone
addons-delivery-link = one-time link to another e-mail address
addons-phone = Phone number (for delivery by phone)
addons-alt-email = Other e-mail address (for the one-time link)
addons-request-password-reset = Order password reset
addons-requests = Your requests
addons-no-requests = No requests yet.
addons-received = Received
request-number = Request no.
request-kind = Request
request-object = Concerns
request-status = Status
request-status-received = received
request-status-in_progress = in progress
request-status-done = done
request-status-rejected = rejected
request-reason = Reason
request-customer-number = Customer number
request-customer = Company
request-requested-by = Requested by
request-kind-book-public-folders = Booking: public folders
request-kind-book-impersonation = Booking: impersonation mailbox
request-kind-book-archive = Booking: rhönarchiv
request-kind-book-m365-business-basic = Booking: Microsoft 365 Business Basic
request-kind-book-m365-business-standard = Booking: Microsoft 365 Business Standard
request-kind-book-m365-apps-for-business = Booking: Microsoft 365 Apps for Business
request-kind-cancel-public-folders = Cancellation: public folders
request-kind-cancel-impersonation = Cancellation: impersonation mailbox
request-kind-cancel-archive = Cancellation: rhönarchiv
request-kind-cancel-m365-business-basic = Cancellation: Microsoft 365 Business Basic
request-kind-cancel-m365-business-standard = Cancellation: Microsoft 365 Business Standard
request-kind-cancel-m365-apps-for-business = Cancellation: Microsoft 365 Apps for Business
request-kind-pst-import = PST import
request-kind-pst-export = PST export
request-kind-restore = Restore from backup
request-kind-password-reset = Password reset by support
request-detail-quantity = Quantity
request-detail-end = Ends on
request-detail-date = Date
request-detail-point_in_time = State as of
request-detail-file_name = File name
request-detail-download_url = Download link
request-detail-delivery = Delivery
request-detail-phone = Phone
request-detail-alt_email = Other address
request-detail-full_access_confirmed = Full access confirmed
mail-request-support-subject = Request { $number } from { $customer }: { $kind }
mail-request-support-intro = A new request has arrived through the customer portal. Please set its status with "server request-status" or the operator API.
mail-request-support-footer = This mail was generated by the rhönmail customer portal.
mail-request-confirm-subject = Your request { $number } has been received
mail-request-confirm-intro = thank you, we have received your request. We will let you know as soon as its status changes.
mail-request-link = See all requests and their progress in the customer portal:
mail-request-status-subject = Request { $number }: { $status }
mail-request-status-intro = Your request { $number } ({ $kind }, { $object }) is now: { $status }.
security-event-service-request = Booking, cancellation or job for support
security-event-cancellation = Contract or add-on cancelled
addon-date-invalid = Please enter a valid date (DD.MM.YYYY).
addon-already-booked = This is booked already; it is possible only once per organisation.
addon-needs-mailbox = Microsoft 365 requires at least one Exchange mailbox.
addon-quantity-invalid = Please enter an allowed quantity (Microsoft 365: 1 to 300, otherwise 1).
addon-impersonation-confirm = Please confirm explicitly that this mailbox may access every mailbox.
addon-not-booked = This is not booked.
addon-end-too-early = It cannot end that early. Please choose the earliest end offered or a later one.
addon-end-not-month-end = It can only end at the end of a month.
addon-pst-name-mismatch = The file name must be exactly the mailbox's primary address, e.g. anna.berg@muster-gmbh.de.pst.
addon-pst-url-invalid = Please enter a download link starting with https://.
addon-export-too-early = A PST export must be announced at least 2 weeks ahead. Please choose a later date.
addon-export-too-late = Please choose a date within the next year.
addon-restore-future = A state from the future cannot be restored.
addon-restore-too-old = Backups reach back 30 days. Please choose a later state.
addon-phone-invalid = Please enter a phone number with 6 to 20 digits.
addon-alt-email-invalid = Please enter a valid other e-mail address.
addon-alt-email-same-mailbox = The link cannot go to the mailbox whose password is reset. Please enter another address.
addon-delivery-invalid = Please choose how the new password is to be delivered.
addons-restore-between = Any state between { $from } and { $to } is possible.
