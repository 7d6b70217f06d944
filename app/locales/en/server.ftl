# Texts of the pages and mails only the server renders.

brand-portal = Customer portal
skip-to-content = Skip to content
loading = Loading …
nav-label = Areas
nav-overview = Overview
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
set-password-intro = Choose a password of at least { $min } characters; digits or special characters are not needed. Common passwords and ones built from your company name, your address or the name of the service are refused. Long passphrases of several unrelated words are secure and easy to remember.
set-password-new = New password
set-password-repeat = Repeat new password
set-password-submit = Save password
password-too-short = The password is too short: it needs at least 12 characters.
password-too-long = The password is too long: it may have at most 256 characters.
password-mismatch = The two passwords do not match.
password-common = This password is among the most commonly used ones (or one of them with small changes). Attackers try these first. Please choose another.
password-company-name = The password is built from your company's name. An attacker knows it and tries it first. Please choose another.
password-own-address = The password is built from your e-mail address. An attacker knows it and tries it first. Please choose another.
password-product-name = The password is built from the name of this service (rhönmail, rhöncloud), an attacker's first guess. Please choose another.
password-keyboard = The password follows a row of keys (like "qwerty" or "asdf") and is easy to guess. Please choose another.
password-repeats = The password consists of repeats (like "aaaa" or "abcabc") and is easy to guess. Please choose another.
password-sequence = The password contains a sequence (like "abcd" or "4567") and is easy to guess. Please choose another.
password-dates = The password is built from a year or a date and is easy to guess. Please choose another.
password-single-word = The password is a single word or name with few additions and is easy to guess. Several unrelated words are safer.
password-guessable = The password is too easy to guess. A longer phrase of several unrelated words is safer.
password-link-invalid = This link is invalid, has been used already or has expired. Please ask for a new one.
totp-title = Confirm your login
totp-intro = Enter the six-digit code from your authenticator app.
totp-code = Six-digit code
totp-submit = Confirm
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
enrol-renewed = A new key has been created; the previous one is no longer valid. Please delete the old entry in your app and scan the new QR code.
enrol-renew-heading = No code works?
enrol-renew-hint = The key stays the same until set-up is complete, even after a typo or a reload. If it is no longer in your app, create a new one here.
enrol-renew = Create a new key
recovery-title = Your recovery codes
recovery-enabled = Two-factor login is set up.
recovery-intro = Keep these ten codes safe, apart from your phone. Each code lets you log in once if your device is lost. They are shown only now.
recovery-already-shown = The recovery codes have been shown already. For your security they appear only once.
recovery-continue = Continue to the portal
contract-product = rhönmail Exchange
contract-product-label = Product
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
contract-cancellation-stored = Your cancellation is stored. The e-mail to the provider is being sent; you see its state below.
contract-cancellations = Your cancellations
contract-banner = Cancelled as of { $date }
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
mail-cancel-signature =
    Kind regards
    { $name }
    { $company }
takeover-cost = { $count ->
    [one] Cost: 1 mailbox × { $each } = { $net } net, { $gross } gross.
   *[other] Cost: { $mailboxes } mailboxes × { $each } = { $net } net, { $gross } gross.
}
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
account-password-wrong = The current password is not correct.
account-change-password = Change password
account-password-hint = At least { $min } characters, no special characters needed. Common passwords and ones built from company name, address or service name are refused.
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
mailboxes-past-end = There are no more mailboxes past this point of the list.
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
pager-previous = Previous page
pager-position = Page { $page } of { $pages }
figures-taken-between = Figures as of { $from } to { $to }
mailboxes-address = Address
mailboxes-col-aliases = Aliases
mailboxes-col-devices = Devices
level-ok = All fine
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
chart-trend-rising = Usage rose from { $first } to { $last } between { $from } and { $to }.
chart-trend-falling = Usage fell from { $first } to { $last } between { $from } and { $to }.
chart-trend-flat = Usage stayed at about { $last } from { $from } to { $to }.
chart-full-on = If it keeps growing like this, the mailbox will be full around { $date }.
chart-over = The maximum of { $limit } is exceeded.
chart-legend-usage = Usage
chart-legend-forecast = Forecast: full around { $date }
chart-axis-cut = Axis starts at { $value }, not at 0
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
team-email-taken = This address already belongs to your team (former team members keep their address too).
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
mail-invite-elsewhere-subject = Invitation to the rhönmail customer portal not possible
mail-invite-elsewhere-intro = { $inviter } ({ $organisation }) wanted to invite you to the rhönmail customer portal. Your address already has an account there with another customer, and an address can belong to one customer only. So no invitation was created.
mail-invite-elsewhere-rule = You need not do anything; your existing account stays as it is. If you need access to both organisations, ask the person who invited you to use another address. If you do not know the organisation, you can delete this message.
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
domains-unverifiable = { $count ->
    [one] 1 record could not be checked
   *[other] { $count } records could not be checked
}
domains-checked-at = checked on { $when }
domains-last-known = last fully checked on { $when }: { $problems ->
    [0] all { $correct } correct
    [one] 1 record missing or wrong
   *[other] { $problems } records missing or wrong
}
domain-punycode = Written in DNS as { $ascii }
domain-routing-full-text = All mail of this domain runs through rhönmail. Greylisting, DKIM signing, BATV and sender allow-lists are available.
domain-routing-partial-text = Mail of this domain runs only partly through rhönmail (through your own mail server first). Greylisting, DKIM signing, BATV and allow-lists are therefore not available.
domain-addresses = Mailboxes and aliases
domain-no-addresses = There are no addresses on this domain yet.
domain-alias = Alias
domain-primary-address = Mailbox
domain-address-kind = Kind
domain-address-counts = { $mailboxes ->
    [one] One mailbox
   *[other] { $mailboxes_shown } mailboxes
} · { $aliases ->
    [one] one alias
   *[other] { $aliases_shown } aliases
}
domain-mailboxes-in-list = Usage in the mailbox list
domain-address-search = Address or name
domain-address-search-submit = Search
domain-address-search-reset = All addresses
domain-addresses-found = { $count ->
    [one] One address found
   *[other] { $shown } addresses found
}
domain-addresses-none-found = No address of this domain matches the search.
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
mail-dns-subject = DNS of { $domain }: { $count ->
    [one] a record is
   *[other] { $count } records are
} no longer right
mail-dns-intro = { $check ->
    [daily] the daily check
    [manual] the check started in the customer portal with "Check now"
   *[visit] the check when the domain was opened in the customer portal
} found { $count ->
    [one] a DNS record of the domain { $domain } that used to be correct and is no longer set right:
   *[other] { $count } DNS records of the domain { $domain } that used to be correct and are no longer set right:
}
mail-dns-fix = Until { $count ->
    [one] it is
   *[other] they are
} fixed, receiving and sending mail or setting up Outlook may fail. You set the records at the provider that runs the domain's DNS.
mail-dns-wrong = { $record }: wrong. Found: { $found }. Expected: { $expected }
mail-dns-missing = { $record }: missing. Expected: { $expected }
mail-dns-link = See all records and their state here:
mail-dns-footer = This message goes to the owners and admins of your customer account whenever a DNS record of one of your domains that was correct no longer is.
mail-closing =
    Kind regards
    Your rhönmail customer portal
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
security-detail-cancellation = { $what } as of { $end }
addon-date-invalid = Please enter a valid date (DD.MM.YYYY).
addon-already-booked = This is booked already; it is possible only once per organisation.
addon-needs-mailbox = Microsoft 365 requires at least one Exchange mailbox.
addon-quantity-invalid = Please enter an allowed quantity (Microsoft 365: 1 to 300, otherwise 1).
addon-impersonation-confirm = Please confirm explicitly that this mailbox may access every mailbox.
addon-not-booked = This is not booked.
addon-contract-cancelled = The contract is cancelled: nothing new can be booked.
addon-ends-with-contract = The contract ends before or at the same time; this ends with it, a cancellation of its own is not needed.
addons-contract-ending = The contract is cancelled as of { $date }. Every add-on ends with it at the latest; nothing new can be booked.
addons-ends-with-contract = Ends with the contract.
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

# Signed-in devices (account page) and signing colleagues out
logins-title = Signed-in devices
logins-intro = You are signed in here right now. If you do not recognise a sign-in, end it and change your password. "Last active" is updated about every 15 minutes.
logins-device = Browser and system
logins-device-unknown = unknown browser
logins-started = Signed in since
logins-last-seen = Last active
logins-this-one = this device
logins-end = End
logins-end-which = End the sign-in { $device } ({ $ip })
logins-end-others = End all other sign-ins
logins-ended = The sign-in has ended; the device has to sign in again.
logins-end-current = End the sign-in on this device with "Log out" at the top.
team-log-out = End sign-ins
team-log-out-who = End all sign-ins of { $email }
team-done-abgemeldet = The user is signed out on every device.
alt-email-title = Address for password links
alt-email-intro = "Forgot password" sends the link to this address, so that it reaches you even when your mailbox does not. Without one, it goes to your login address. A change needs your password and a current code; your login address and the previous address are notified.
alt-email-current = Currently: { $address }
alt-email-none = Currently none: links go to your login address.
alt-email-new = Address for password links
alt-email-hint = Leave empty to remove the address.
alt-email-submit = Save address
alt-email-invalid = Please enter a valid e-mail address, e.g. name@example.com.
alt-email-same = This is your login address, which links go to anyway. Please enter another one or leave the field empty.
alt-email-changed = The address for password links is saved. Your login address and the previous address have been notified.
security-event-alternative-email-changed = Address for password links changed
security-event-passkey-added = Passkey added
security-event-passkey-removed = Passkey removed
passkeys-title = Passkeys
passkeys-intro = A passkey confirms your login with your device's fingerprint, face recognition or PIN instead of a code from the app. The authenticator app stays set up, so that you can log in without the device too.
passkeys-unavailable = Passkeys are only available when the portal is opened under a domain name.
passkeys-none = You have no passkey yet.
passkey-name = Name of the passkey
passkey-name-hint = How you recognise the device, e.g. "Office laptop" or "Phone".
passkey-added-at = Added
passkey-last-used = Last used
passkey-never-used = never
passkey-remove = Remove
passkey-remove-which = Remove passkey "{ $name }"
passkey-add = Add a passkey
passkey-prepare = Continue
passkey-ready = Password and code are confirmed. Now create the passkey "{ $name }"; your browser asks for fingerprint, face or PIN. This is possible for 5 minutes.
passkey-create = Create passkey
passkey-done-hinzugefuegt = The passkey is set up. From your next login you can use it instead of the code.
passkey-done-entfernt = The passkey was removed.
passkey-login-title = Or with a passkey
passkey-login = Use passkey
passkey-working = Please confirm in your browser's dialogue …
passkey-done = Confirmed, one moment …
passkey-cancelled = The process was cancelled or timed out. You can try again.
passkey-failed = The passkey could not be verified. Please try again or use the code from the app.
passkey-throttled = Too many attempts. Please wait a few minutes.
passkey-duplicate = This passkey is set up already.
passkey-unsupported = This browser cannot use passkeys (or JavaScript is off).
passkey-name-missing = Please give the passkey a name, e.g. "Office laptop".
passkey-name-too-long = The name may have at most 60 characters.
passkey-too-many = You have 10 passkeys already. Remove one you no longer use first.
passkey-expired = The confirmation has expired. Please confirm password and code again.
passkey-none = No passkey is set up for this account.
overview-attention-levels = Warning, sending blocked and full together; the fullest first.
overview-attention-all = All { $count } in the mailbox list
