# Deutsche Texte des Kundenportals (Standardsprache).

brand-portal = Kundenportal
skip-to-content = Zum Inhalt springen
loading = Wird geladen …

nav-label = Bereiche
nav-overview = Übersicht
nav-mailboxes = Postfächer
nav-domains = Domains
nav-addons = Add-ons
nav-contract = Vertrag
nav-account = Konto
nav-logout = Abmelden
nav-login = Zur Anmeldung
language-switch-label = Sprache

login-title = Anmelden
login-intro = Melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort für das Kundenportal an.
login-email = E-Mail-Adresse
login-password = Passwort
login-submit = Anmelden
login-submitting = Anmeldung läuft …
login-failed = E-Mail-Adresse oder Passwort ist nicht korrekt.
login-email-invalid = Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@firma.de.
login-password-missing = Bitte geben Sie Ihr Passwort ein.
login-logged-out = Sie wurden abgemeldet.
login-password-set = Ihr Passwort ist gespeichert. Sie können sich jetzt anmelden.

set-password-title = Passwort festlegen
set-password-intro = Wählen Sie ein Passwort mit mindestens { $min } Zeichen. Lange Passphrasen aus mehreren Wörtern sind sicher und gut zu merken.
set-password-new = Neues Passwort
set-password-repeat = Neues Passwort wiederholen
set-password-submit = Passwort speichern
password-too-short = Das Passwort ist zu kurz: Es braucht mindestens 12 Zeichen.
password-too-long = Das Passwort ist zu lang: Es darf höchstens 256 Zeichen haben.
password-mismatch = Die beiden Passwörter stimmen nicht überein.
password-link-invalid = Dieser Link ist ungültig, wurde schon benutzt oder ist abgelaufen. Bitte fordern Sie einen neuen an.

totp-title = Anmeldung bestätigen
totp-intro = Geben Sie den sechsstelligen Code aus Ihrer Authenticator-App ein.
totp-code = Sechsstelliger Code
totp-submit = Bestätigen
totp-invalid = Der Code stimmt nicht oder wurde schon verwendet. Bitte geben Sie den aktuellen Code aus Ihrer App ein.
totp-not-enrolled = Die Zwei-Faktor-Anmeldung ist noch nicht eingerichtet.
totp-lost-device = Gerät verloren?
totp-recovery-intro = Melden Sie sich mit einem Ihrer Wiederherstellungscodes an. Jeder Code gilt nur einmal; danach richten Sie die App neu ein.
totp-recovery-code = Wiederherstellungscode
totp-recovery-submit = Mit Wiederherstellungscode anmelden
totp-back-to-login = Abbrechen und neu anmelden

enrol-title = Zwei-Faktor-Anmeldung einrichten
enrol-intro = Zum Schutz Ihres Kontos braucht jede Anmeldung neben dem Passwort einen Code aus einer Authenticator-App (z. B. Microsoft Authenticator, Google Authenticator, FreeOTP).
enrol-after-recovery = Sie haben sich mit einem Wiederherstellungscode angemeldet. Bitte richten Sie Ihre Authenticator-App jetzt neu ein.
enrol-step-scan = Scannen Sie den QR-Code mit Ihrer Authenticator-App.
enrol-step-type = Oder geben Sie diesen Schlüssel von Hand ein:
enrol-secret-label = Schlüssel für die Authenticator-App
enrol-qr-alt = QR-Code zum Einrichten der Zwei-Faktor-Anmeldung für { $account }
enrol-step-confirm = Geben Sie den Code ein, den die App jetzt anzeigt.
enrol-submit = Einrichtung abschließen

recovery-title = Ihre Wiederherstellungscodes
recovery-enabled = Die Zwei-Faktor-Anmeldung ist eingerichtet.
recovery-intro = Bewahren Sie diese zehn Codes sicher auf, getrennt von Ihrem Telefon. Jeder Code ermöglicht einmal die Anmeldung, wenn Ihr Gerät verloren ist. Sie werden nur jetzt angezeigt.
recovery-already-shown = Die Wiederherstellungscodes wurden bereits angezeigt. Aus Sicherheitsgründen erscheinen sie nur einmal.
recovery-continue = Weiter zum Portal

overview-title = Übersicht
customer-number = Kundennummer
overview-storage-total = Speicher aller Postfächer
overview-quota-state = Speicherstand
overview-attention = Postfächer über der Warnschwelle
overview-attention-none = Kein Postfach hat die Warnschwelle erreicht.
figures-taken-at = Stand der Zahlen: { $when }
contract-since = rhönmail Exchange seit { $date }
contract-none = Kein Vertrag hinterlegt.
since-date = seit { $date }
show-all = Alle { $count } anzeigen
show-fewer = Weniger anzeigen
mailbox = Postfach
usage = Belegung
usage-of = { $used } von { $capacity } belegt ({ $percent })
usage-unlimited = { $used } belegt (ohne Begrenzung)

count-mailboxes = { $count ->
    [one] { $shown } Postfach
   *[other] { $shown } Postfächer
}
count-level-warning = { $count ->
    [one] { $shown } Postfach über der Warnschwelle
   *[other] { $shown } Postfächer über der Warnschwelle
}
count-level-send-prohibited = { $count ->
    [one] { $shown } Postfach darf nicht mehr senden
   *[other] { $shown } Postfächer dürfen nicht mehr senden
}
count-level-full = { $count ->
    [one] { $shown } Postfach ist voll und empfängt nichts mehr
   *[other] { $shown } Postfächer sind voll und empfangen nichts mehr
}

addon-public-folders = Öffentliche Ordner (25 GB)
addon-impersonation = Impersonation-Postfach
addon-archive = rhönarchiv (Archivierung)
addon-m365-business-basic = Microsoft 365 Business Basic
addon-m365-business-standard = Microsoft 365 Business Standard
addon-m365-apps-for-business = Microsoft 365 Apps for Business

contract-product = rhönmail Exchange
contract-product-label = Produkt
contract-whole = Vertrag rhönmail Exchange (gesamt, mit allen Add-ons)
contract-terms = Ihr Vertrag
contract-customer = Kunde
contract-signed-on = Unterschrieben am
contract-starts-on = Vertragsbeginn
contract-starts-on-rule = (Erster Tag des Monats, in dem die Postfächer bereitgestellt wurden.)
contract-minimum-term = Mindestlaufzeit
contract-minimum-term-value = { $months ->
    [one] ein Monat
   *[other] { $months } Monate
}, bis { $end }
contract-notice = Kündigungsfrist
contract-notice-value = { $months ->
    [one] ein Monat
   *[other] { $months } Monate
} zum Monatsende. Ohne Kündigung verlängert sich der Vertrag um jeweils einen Monat.
contract-items = Gebuchte Leistungen
contract-mailboxes = Exchange-Postfächer
contract-price-on-offer = laut Angebot
contract-if-today = Wenn Sie heute kündigen
contract-if-today-intro = Geht Ihre Kündigung heute ({ $today }) beim Anbieter ein, gelten diese Termine:
contract-takeover-note = Die Datenübernahme (PST-Export aller Postfächer) ist kostenpflichtig und muss spätestens 30 Tage vor dem Vertragsende beauftragt sein. Ohne Auftrag werden alle Daten am Tag nach dem Vertragsende gelöscht.
contract-takeover-missed-earliest = Für das frühestmögliche Vertragsende ist die Frist für die Datenübernahme schon verstrichen. Wenn Sie Ihre Daten mitnehmen möchten, wählen Sie im Kündigungsassistenten ein späteres Ende.
contract-m365 = Microsoft-365-Add-ons
contract-m365-rule = Microsoft-365-Add-ons sind mit 30 Tagen Frist zum Monatsende kündbar und enden spätestens mit dem Exchange-Vertrag.
contract-earliest-end = Frühestes Ende bei Kündigung heute
contract-cancel = Kündigen
contract-cancel-by-mail = Der Anbieter nimmt Kündigungen nur per E-Mail an { $address } an. Das Portal schreibt und sendet diese E-Mail für Sie, mit einer Kopie an Sie und die Inhaber Ihres Kontos.
contract-cancel-start = Kündigung vorbereiten
contract-cancel-nothing = Es gibt nichts, was Sie kündigen können: Den gesamten Vertrag kündigen nur Inhaber, Microsoft-365-Add-ons auch Administratoren; bereits gekündigte Leistungen erscheinen oben.
contract-cancellation-stored = Ihre Kündigung ist gespeichert. Die E-Mail an den Anbieter wird gesendet; ihren Stand sehen Sie unten.
contract-cancellations = Ihre Kündigungen
contract-banner = Gekündigt zum { $date }

timeline-end = Vertragsende
timeline-takeover-order-by = Datenübernahme beauftragen bis
timeline-deletion = Alle Daten werden gelöscht am
timeline-backups = Backups gelöscht spätestens am
timeline-export-ready = Export bereitgestellt spätestens am
timeline-export-until = Export abrufbar bis

cancel-title = Kündigen
cancel-intro = Wählen Sie, was Sie kündigen und zu welchem Termin. Alle Termine berechnet das Portal nach den Regeln Ihres Vertrags; Sie sehen vor dem Absenden, was wann endet.
cancel-back = Zurück zum Vertrag
cancel-step-target = 1. Was möchten Sie kündigen?
cancel-step-end = 2. Zu welchem Termin?
cancel-step-takeover = 3. Datenübernahme
cancel-step-summary = 4. Zusammenfassung
cancel-step-confirm = 5. Verbindlich bestätigen
cancel-end-label = Vertragsende
cancel-end-rule-contract = Ein Monat Frist zum Monatsende, frühestens zum Ende der Mindestlaufzeit. Sie können auch ein späteres Monatsende wählen.
cancel-end-rule-m365 = 30 Tage Frist zum Monatsende. Sie können auch ein späteres Monatsende wählen.
cancel-takeover-label = Datenübernahme beauftragen: alle Postfächer als PST-Export zum Herunterladen
cancel-takeover-price = Kostenpflichtig: { $net } netto je Postfach.
cancel-takeover-deadline = Beauftragung möglich bis { $date }.
cancel-takeover-missed = Für dieses Vertragsende ist die Frist für die Datenübernahme (30 Tage vor dem Ende) verstrichen. Wählen Sie ein späteres Ende, wenn Sie Ihre Daten übernehmen möchten; sonst werden sie am Tag nach dem Vertragsende gelöscht.
cancel-summary-ends = Sie kündigen: { $what }. Ende am { $end }.
cancel-summary-addons = Mit dem Vertrag enden auch: { $addons }.
cancel-summary-takeover = Die Datenübernahme wird beauftragt; der Export wird nach dem Vertragsende bereitgestellt.
cancel-summary-no-takeover = Ohne Datenübernahme: Alle Postfächer und Daten werden am Tag nach dem Vertragsende unwiderruflich gelöscht.
cancel-summary-addon = Der Exchange-Vertrag und Ihre Postfächer laufen weiter.
cancel-confirm-label = Ich habe die Folgen gelesen und kündige verbindlich.
cancel-mail-note = Nach dem Absenden sendet das Portal die Kündigung per E-Mail an { $address }, mit einer Kopie an Sie und die Inhaber Ihres Kontos.
cancel-submit = Kündigung per E-Mail senden
cancel-target-unknown = Bitte wählen Sie, was Sie kündigen möchten.
cancel-contract-owner-only = Den gesamten Vertrag können nur Inhaber kündigen.
cancel-already-filed = Diese Kündigung ist bereits eingereicht.
cancel-addon-ends-with-contract = Dieses Add-on endet ohnehin mit dem gekündigten Vertrag.
cancel-end-invalid = Bitte wählen Sie ein Vertragsende aus der Liste.
cancel-end-too-early = Dieses Ende ist mit der Kündigungsfrist nicht mehr erreichbar. Bitte wählen Sie ein Ende aus der Liste.
cancel-end-not-month-end = Ein Vertrag endet immer am letzten Tag eines Monats.
cancel-end-too-late = Bitte wählen Sie ein Vertragsende aus der Liste.
cancel-takeover-too-late = Für dieses Vertragsende kann die Datenübernahme nicht mehr beauftragt werden (spätestens 30 Tage vorher). Wählen Sie ein späteres Ende oder verzichten Sie auf die Übernahme.
cancel-takeover-contract-only = Die Datenübernahme gibt es nur zur Kündigung des gesamten Vertrags.
cancel-confirm-required = Bitte bestätigen Sie, dass Sie verbindlich kündigen möchten.
cancel-mail-queued = E-Mail an den Anbieter: wird gesendet.
cancel-mail-retrying = E-Mail an den Anbieter: wird gesendet. Der Mailserver war nicht erreichbar ({ $attempts ->
    [one] ein Versuch
   *[other] { $attempts } Versuche
}); nächster Versuch { $next }.
cancel-mail-sent = E-Mail an den Anbieter: gesendet am { $when } (Message-ID { $id }).
cancel-mail-failed = E-Mail an den Anbieter: konnte nicht zugestellt werden. Unser Betrieb ist informiert und sendet sie erneut; Ihre Kündigung bleibt gespeichert.
cancel-confirmed = Vom Anbieter bestätigt am { $when }
cancel-unconfirmed = Die Bestätigung des Anbieters steht noch aus.
cancel-entry-title = Kündigung: { $what } zum { $end }
cancel-entry-by = Eingereicht von { $who } am { $when }
cancel-takeover-ordered = Datenübernahme beauftragt.
cancel-takeover-not-ordered = Keine Datenübernahme beauftragt.

mail-cancel-subject = Kündigung: { $what } – Kundennummer { $customer } ({ $company })
mail-cancel-greeting = Guten Tag,
mail-cancel-intro = hiermit kündigen wir fristgerecht zum { $end }: { $what }.
mail-cancel-customer-number = Kundennummer
mail-cancel-company = Firma
mail-cancel-contract = Vertrag
mail-cancel-contract-since = rhönmail Exchange, Vertragsbeginn { $start }
mail-cancel-domains = Domains
mail-cancel-what = Gekündigt wird
mail-cancel-end = Vertragsende
mail-cancel-addons-ending = Es enden damit
mail-cancel-deletion = Löschung aller Daten am
mail-cancel-backups = Backups gelöscht spätestens am
mail-cancel-takeover-ordered = Datenübernahme (PST-Export aller Postfächer, kostenpflichtig): beauftragt.
mail-cancel-takeover-not-ordered = Datenübernahme: nicht beauftragt.
mail-cancel-export-ready = Bereitstellung des Exports spätestens am
mail-cancel-export-until = Abrufbar bis
mail-cancel-by = Gekündigt von { $name } <{ $email }> ({ $role }) am { $when } im rhönmail-Kundenportal.
mail-cancel-received = Die Fristen sind ab dem Eingang am { $date } berechnet.
mail-cancel-closing = Bitte bestätigen Sie den Eingang dieser Kündigung an die Empfänger in Kopie.

account-details = Ihre Angaben
account-name = Name
account-role = Rolle
role-owner = Inhaber/in
role-admin = Administrator/in
role-readonly = Nur lesen
account-two-factor = Zwei-Faktor-Anmeldung
account-two-factor-state = Eingerichtet. { $count ->
    [one] Ein Wiederherstellungscode ist noch unbenutzt.
   *[other] { $count } Wiederherstellungscodes sind noch unbenutzt.
}
account-new-device = Neues Gerät einrichten
account-new-device-intro = Für ein neues Telefon bestätigen Sie Passwort und aktuellen Code; danach scannen Sie einen neuen QR-Code. Der alte Schlüssel gilt dann nicht mehr.
account-new-device-submit = Neues Gerät einrichten
account-current-password = Aktuelles Passwort
account-password-wrong = Das aktuelle Passwort ist nicht korrekt.
account-change-password = Passwort ändern
account-password-hint = Mindestens { $min } Zeichen.
account-end-other-sessions = Alle anderen Sitzungen beenden (andere Geräte und Browser werden abgemeldet)
account-change-password-submit = Passwort ändern
account-password-changed = Ihr Passwort wurde geändert.
account-password-changed-sessions-ended = Ihr Passwort wurde geändert, alle anderen Sitzungen sind beendet.
security-log = Sicherheitsprotokoll
security-log-intro = Anmeldungen und sicherheitsrelevante Änderungen aller Benutzer Ihrer Organisation, die neuesten zuerst.
security-log-empty = Noch keine Einträge.
security-log-when = Zeitpunkt
security-log-who = Benutzer
security-log-what = Ereignis
security-log-ip = IP-Adresse
security-event-login = Anmeldung
security-event-login-failed = Fehlgeschlagene Anmeldung (Passwort)
security-event-second-factor-failed = Fehlgeschlagene Anmeldung (Code)
security-event-recovery-code-used = Anmeldung mit Wiederherstellungscode
security-event-totp-enabled = Zwei-Faktor-Anmeldung eingerichtet
security-event-password-set = Passwort festgelegt
security-event-password-changed = Passwort geändert
security-event-other-sessions-ended = Andere Sitzungen beendet

not-found-title = Seite nicht gefunden
not-found-text = Diese Adresse gibt es im Kundenportal nicht. Vielleicht ist der Link veraltet oder unvollständig.
not-found-home = Zur Übersicht

error-unauthorized = Bitte melden Sie sich an, um fortzufahren.
error-totp-required = Bitte bestätigen Sie die Anmeldung mit Ihrem Einmalcode.
error-forbidden = Dafür fehlt Ihnen die Berechtigung.
error-not-found = Das Gesuchte wurde nicht gefunden.
error-rate-limited = Zu viele Versuche. Bitte versuchen Sie es in { $minutes ->
    [one] einer Minute
   *[other] { $minutes } Minuten
} erneut.
error-internal = Es ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut; der Support hilft mit der Kennung { $ref } weiter.
error-transport = Der Server ist gerade nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.

mail-greeting = Guten Tag,
mail-quota-subject-warning = Postfach { $mailbox }: Speicher fast voll
mail-quota-subject-send-prohibited = Postfach { $mailbox }: Senden gesperrt
mail-quota-subject-full = Postfach { $mailbox } ist voll
mail-quota-subject-reminder = Erinnerung: { $subject }
mail-quota-intro-warning = das Postfach { $mailbox } hat die Warnschwelle von { $limit } erreicht. Noch funktioniert alles; bald kann es aber keine Mails mehr senden.
mail-quota-intro-send-prohibited = das Postfach { $mailbox } hat die Sendesperre bei { $limit } erreicht. Es kann keine Mails mehr senden, empfängt aber noch.
mail-quota-intro-full = das Postfach { $mailbox } hat seine Obergrenze von { $limit } erreicht. Es kann weder senden noch empfangen; eingehende Mails werden an die Absender zurückgewiesen.
mail-quota-usage = Belegt: { $used } von { $capacity }.
mail-quota-unlimited = unbegrenzt
mail-quota-free = Geben Sie mindestens { $free } frei, damit die Einschränkung aufgehoben wird – zum Beispiel durch Leeren der gelöschten Elemente oder Archivieren großer Anhänge.
mail-quota-link = Verlauf und Details im Kundenportal (Anmeldung erforderlich):
mail-quota-footer = Diese Nachricht hat das rhönmail Kundenportal automatisch versandt, weil Sie als Empfänger von Speicherhinweisen für dieses Postfach eingetragen sind.

mailboxes-title = Postfächer
mailboxes-search = Suche
mailboxes-search-placeholder = Adresse oder Name
mailboxes-filter = Speicherstand
mailboxes-filter-alle = Alle
mailboxes-filter-warnung = Warnung
mailboxes-filter-senden-gesperrt = Senden gesperrt
mailboxes-filter-voll = Voll
mailboxes-sort = Sortierung
mailboxes-sort-belegung-ab = Belegung, größte zuerst
mailboxes-sort-belegung-auf = Belegung, kleinste zuerst
mailboxes-sort-adresse = Adresse (A–Z)
mailboxes-apply = Anzeigen
mailboxes-found = { $count ->
    [one] Ein Postfach gefunden
   *[other] { $shown } Postfächer gefunden
}
mailboxes-none = Keine Postfächer passen zu Suche und Filter.
mailbox-items = Elemente
mailbox-last-logon = Letzte Anmeldung
mailbox-aliases = Aliasadressen
mailbox-devices = ActiveSync-Geräte
mailbox-figures-from = Stand der Zahlen
mailbox-history = Verlauf der Belegung
mailbox-no-aliases = Keine Aliasadressen.
mailbox-no-devices = Keine Geräte verbunden.
device-last-sync = zuletzt synchronisiert { $when }
n-of-max = { $n } von { $max }
never = nie
unlimited = unbegrenzt
pager = Seiten
pager-first = Zur ersten Seite
pager-next = Nächste Seite
level-ok = Alles in Ordnung
level-warning = Warnschwelle erreicht
level-send-prohibited = Senden gesperrt
level-full = Postfach voll – empfängt keine Mails mehr
threshold-warning = Warnschwelle
threshold-send = Sendesperre ab
threshold-full = Obergrenze
forecast = Prognose:
forecast-days = { $days ->
    [one] voll in etwa einem Tag
   *[other] voll in etwa { $days } Tagen
}
forecast-full = bereits voll
forecast-none = keine Prognose (der Verlauf gibt keine verlässliche Richtung her)
chart-too-few = Für einen Verlauf liegen noch zu wenige Messwerte vor.
chart-summary = Belegung vom { $from } bis { $to }: von { $first } auf { $last }.
chart-as-table = Messwerte als Tabelle
chart-when = Zeitpunkt
alerts-title = Speicherhinweise
alerts-none = Für dieses Postfach gab es noch keine Speicherhinweise.
alerts-when = Zeitpunkt
alerts-level = Stufe
alerts-seen = Gelesen
alerts-unseen = ungelesen
alerts-reminder = (Erinnerung)
alert-text = { $used } belegt, Schwelle { $limit } (Hinweis vom { $when }).
access-title = Zugriff
access-encrypted-only = Alle Zugänge sind ausschließlich verschlüsselt erreichbar.
limits-title = Versandgrenzen
limit-size = höchstens { $mb } MB pro Mail einschließlich Anhängen
limit-rate = höchstens { $count } Mails pro Minute
limit-recipients = höchstens { $count } Empfänger pro Mail
limit-daily = höchstens { $count } Empfänger pro Tag
link-invalid-title = Link ungültig
link-invalid-text = Dieser Link ist unvollständig oder wurde verändert. Öffnen Sie ihn bitte direkt aus der Mail, oder suchen Sie das Postfach in der Liste.
link-expired-title = Link abgelaufen
link-expired-text = Links aus Speicherhinweisen gelten 30 Tage. Die aktuellen Zahlen finden Sie in der Postfachliste.
link-to-mailboxes = Zur Postfachliste
security-event-password-reset = Passwort über „Passwort vergessen“ neu gesetzt
mail-security-subject = Sicherheitshinweis: { $what }
mail-security-what = für Ihr Konto im rhönmail Kundenportal ist gerade Folgendes geschehen: { $what } ({ $when }, IP-Adresse { $ip }).
mail-security-if-not-you = Waren Sie das, ist nichts weiter zu tun. Falls nicht: Setzen Sie Ihr Passwort über „Passwort vergessen“ neu und melden Sie sich beim Support der rhöncloud.
mail-security-footer = Diese Nachricht geht bei sicherheitsrelevanten Änderungen immer an Sie; sie lässt sich nicht abbestellen.
mail-reset-subject = Ihr Link zum Zurücksetzen des Passworts
mail-reset-intro = für das Konto { $account } im rhönmail Kundenportal wurde ein neues Passwort angefordert (IP-Adresse { $ip }). Mit diesem Link legen Sie es fest:
mail-reset-validity = Der Link gilt 30 Minuten und nur einmal. Danach melden Sie sich wie gewohnt mit Passwort und Code aus der Authenticator-App an; alle bisherigen Sitzungen werden beendet.
mail-reset-not-you = Haben Sie das nicht angefordert, können Sie diese Mail ignorieren: Ihr bisheriges Passwort bleibt gültig.
forgot-title = Passwort vergessen
forgot-intro = Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir schicken einen Link zum Festlegen eines neuen Passworts an Ihre hinterlegte Ausweichadresse (ohne Ausweichadresse an die Kontoadresse).
forgot-submit = Link anfordern
forgot-sent = Falls es ein Konto mit dieser Adresse gibt, ist ein Link unterwegs. Er gilt 30 Minuten. Schauen Sie auch im Spam-Ordner nach.
forgot-link = Passwort vergessen?
forgot-back = Zurück zur Anmeldung
team-title = Benutzer und Rollen
team-intro = Inhaber/innen verwalten die Benutzer Ihrer Organisation. Administrator/innen dürfen buchen und kündigen (außer dem ganzen Vertrag), „Nur lesen“ sieht alles und ändert nichts.
team-invite = Benutzer einladen
team-invite-submit = Einladung senden
team-state = Stand
team-state-invited = eingeladen, Passwort noch nicht gesetzt
team-state-active = aktiv
team-state-no-2fa = Zwei-Faktor-Anmeldung noch nicht eingerichtet
team-actions = Aktionen
team-you = (Sie)
team-role-of = Rolle von { $email }
team-change-role = Rolle ändern
team-remove = Entfernen
team-remove-who = { $email } entfernen
team-email-taken = Diese Adresse hat schon ein Konto im Kundenportal.
team-last-owner = Die Organisation braucht mindestens eine Inhaberin oder einen Inhaber. Ernennen Sie zuerst eine weitere Person.
team-not-yourself = Sie können sich nicht selbst entfernen.
team-role-invalid = Bitte wählen Sie eine der angebotenen Rollen.
team-name-invalid = Bitte geben Sie einen Namen an (höchstens 100 Zeichen).
team-done-eingeladen = Die Einladung ist unterwegs. Der Link darin gilt 7 Tage.
team-done-geaendert = Die Rolle wurde geändert.
team-done-entfernt = Der Benutzer wurde entfernt; seine Sitzungen sind beendet.
security-event-user-invited = Benutzer eingeladen
security-event-role-changed = Rolle geändert
security-event-user-removed = Benutzer entfernt
mail-invite-subject = Einladung ins rhönmail Kundenportal
mail-invite-greeting = Guten Tag { $name },
mail-invite-intro = { $inviter } hat Sie ins rhönmail Kundenportal Ihrer Organisation eingeladen (Rolle: { $role }). Mit diesem Link legen Sie Ihr Passwort fest:
mail-invite-validity = Der Link gilt 7 Tage und nur einmal. Bei der ersten Anmeldung richten Sie die Zwei-Faktor-Anmeldung mit einer Authenticator-App ein.

## Domains and DNS
domains-intro = Ihre Domains und die DNS-Einträge, die sie für rhönmail brauchen. Wir prüfen die Einträge direkt bei den Nameservern der Domain.
domains-none = Für Ihr Unternehmen sind noch keine Domains eingerichtet. Der Support richtet sie auf Wunsch ein.
domain = Domain
domain-routing = Mailfluss
domain-routing-full = vollständig über rhönmail
domain-routing-partial = teilweise über rhönmail
domains-all-correct = alle { $count } Einträge korrekt
domains-problems = { $count ->
    [one] 1 Eintrag fehlt oder ist falsch
   *[other] { $count } Einträge fehlen oder sind falsch
}
domain-punycode = Im DNS geschrieben als { $ascii }
domain-routing-full-text = Alle Mails dieser Domain laufen über rhönmail. Greylisting, DKIM-Signatur, BATV und Absender-Freigabelisten stehen zur Verfügung.
domain-routing-partial-text = Die Mails dieser Domain laufen nur teilweise über rhönmail (zuerst über Ihren eigenen Mailserver). Greylisting, DKIM-Signatur, BATV und Freigabelisten sind deshalb nicht verfügbar.
dns-records-title = DNS-Einträge
dns-records-intro = Diese Einträge setzen Sie bei dem Anbieter, der das DNS Ihrer Domain verwaltet. „Gefunden“ zeigt, was die Nameserver der Domain tatsächlich antworten.
dns-records-caption = Benötigte DNS-Einträge mit Prüfergebnis
dns-zone-download = Alle Einträge als Zonendatei (BIND) herunterladen
dns-type = Typ
dns-host = Name
dns-value = Wert
dns-ttl = TTL (s)
dns-state = Prüfung
dns-state-correct = korrekt
dns-state-missing = fehlt
dns-state-wrong = falsch
dns-state-unverifiable = nicht prüfbar
dns-state-unchecked = noch nicht geprüft
dns-found = gefunden:
dns-optional = (Empfehlung)
dns-copy = Kopieren
dns-copied = Kopiert
dns-copy-failed = Kopieren nicht möglich – bitte Wert markieren
dns-copy-label = Wert des { $type }-Eintrags für { $host } kopieren
dns-check-now = Jetzt prüfen
dns-checking = Die Einträge werden gerade geprüft …
dns-checked-at = Zuletzt geprüft am { $when }.
dns-never-checked = Noch nicht geprüft.
dns-conflicts = Das stört trotz richtiger Einträge
dns-explain-mx = Leitet eingehende Mails für die Domain an rhönmail.
dns-explain-autodiscover = Damit Outlook und Smartphones die Kontoeinstellungen selbst finden.
dns-explain-srv = Zweiter Weg für Outlook zu den Kontoeinstellungen, auch ohne den CNAME-Eintrag.
dns-explain-spf = Erlaubt den rhönmail-Servern, Mails im Namen der Domain zu senden (SPF).
dns-explain-dkim = Veröffentlicht den Schlüssel, mit dem rhönmail ausgehende Mails signiert (DKIM).
dns-explain-dmarc = Sagt empfangenden Servern, was mit Mails geschehen soll, die SPF und DKIM nicht bestehen.
dns-conflict-foreign-mx = Weitere MX-Einträge zeigen auf { $hosts }. Mails können dort statt bei rhönmail landen – bitte entfernen Sie die Einträge des früheren Anbieters.
dns-conflict-multiple-spf = Die Domain hat { $count } SPF-Einträge. Erlaubt ist genau einer; mit mehreren schlägt die SPF-Prüfung bei allen Empfängern fehl. Bitte fassen Sie sie zu einem zusammen.
dns-conflict-spf-include = Der SPF-Eintrag „{ $record }“ erlaubt rhönmail nicht. Mails der Domain können als Spam gelten.
dns-conflict-spf-permissive = Der SPF-Eintrag „{ $record }“ endet mit +all und erlaubt damit jedem Server, im Namen der Domain zu senden.
dns-conflict-autodiscover-a = autodiscover hat einen A-Eintrag ({ $addresses }). Outlook fragt dann diesen Server statt rhönmail; bitte ersetzen Sie ihn durch den CNAME-Eintrag.
dns-conflict-wildcard = Ein Platzhalter-Eintrag (*) beantwortet autodiscover mit { $addresses }. Outlook fragt dann diesen Server vor dem SRV-Eintrag; bitte legen Sie den autodiscover-CNAME an.
domain-addresses = Postfächer und Aliasse
domain-no-addresses = Auf dieser Domain gibt es noch keine Adressen.
domain-alias = Alias
domain-name-empty = Bitte geben Sie einen Domainnamen ein.
domain-name-too-long = Der Domainname ist zu lang (höchstens 253 Zeichen, je Teil zwischen den Punkten höchstens 63).
domain-name-invalid = Das ist kein gültiger Domainname. Beispiel: muster-gmbh.de
allow-list-title = Freigegebene Absender
allow-list-intro-domain = Mails dieser Absender an alle Adressen der Domain umgehen Greylisting und Spamfilter.
allow-list-intro-mailbox = Mails dieser Absender an dieses Postfach umgehen Greylisting und Spamfilter.
allow-list-empty = Noch keine Absender freigegeben.
allow-list-entry = Absenderadresse oder Domain
allow-list-entry-hint = Zum Beispiel rechnung@lieferant.de oder lieferant.de (gilt für alle Absender dieser Domain).
allow-list-add = Freigeben
allow-list-remove = Entfernen
allow-list-remove-who = { $entry } aus der Freigabeliste entfernen
allow-list-partly-routed = Freigabelisten gibt es nur für Domains, deren Mails vollständig über rhönmail laufen.
allow-list-full = Die Liste ist voll (höchstens 500 Einträge). Bitte entfernen Sie zuerst einen Eintrag.
allow-entry-empty = Bitte geben Sie eine Absenderadresse oder Domain ein.
allow-entry-invalid = Bitte geben Sie eine gültige Adresse (name@firma.de) oder Domain (firma.de) ein.
allow-entry-duplicate = Dieser Absender ist schon freigegeben.
mail-dns-subject = DNS von { $domain }: ein Eintrag stimmt nicht mehr
mail-dns-intro = bei der täglichen Prüfung der Domain { $domain } ist ein DNS-Eintrag, der bisher korrekt war, nicht mehr richtig gesetzt. Bis er korrigiert ist, kann das den Mailempfang oder die Einrichtung von Outlook stören.
mail-dns-wrong = { $record }: falsch. Gefunden: { $found }. Erwartet: { $expected }
mail-dns-missing = { $record }: fehlt. Erwartet: { $expected }
mail-dns-link = Alle Einträge und ihren Zustand sehen Sie hier:

## Add-ons and service requests
addons-intro = Zusatzleistungen buchen und kündigen, Aufträge an den Support geben und sehen, wie weit sie sind. Alle Preise netto zuzüglich Umsatzsteuer.
addons-read-only = Mit Ihrer Rolle „Nur lesen“ sehen Sie alles, können aber nichts buchen, kündigen oder beauftragen.
addons-booked = Gebuchte Zusatzleistungen
addons-none-booked = Derzeit ist keine Zusatzleistung gebucht.
addons-item = Leistung
addons-quantity = Anzahl
addons-period = Laufzeit
addons-net-month = netto / Monat
addons-cancel = Kündigung
addons-total = Summe pro Monat
addons-vat = zzgl. { $percent } % USt. { $vat } = { $gross } brutto
addons-from-to = { $from } bis { $to }
addons-cancelled = gekündigt
addons-end-of = Ende von { $item }
addons-cancel-in-wizard = Im Kündigungsassistenten kündigen
addon-m365-cancel-in-wizard = Microsoft-365-Add-ons gehören zum Vertrag: Bitte kündigen Sie sie im Kündigungsassistenten unter „Vertrag“.
addons-earliest-end = frühestens { $date }
addons-cancel-to = Kündigen
addons-m365-ends-with-contract = Endet automatisch mit dem Exchange-Vertrag.
addons-offers = Buchbar
addons-price-month = { $net } netto pro Monat und Einheit, zzgl. { $percent } % USt.
addons-price-once = Einmalig { $net } netto, zzgl. { $percent } % USt.
addon-public-folders-rules = 25 GB für gemeinsame Ordner; können Mails empfangen; nur über Outlook und Outlook im Web erreichbar. Einmal je Organisation.
addon-impersonation-rules = Ein zusätzliches, berechnetes Postfach mit vollem Lese-, Schreib- und Löschzugriff auf alle Postfächer Ihrer Organisation, eingerichtet vom Support. Einmal je Organisation.
addon-archive-rules = Rechtssichere Archivierung nach GoBD (eigenes Produkt, rhönarchiv). Einmal je Organisation.
addon-m365-business-basic-rules = Braucht mindestens ein Exchange-Postfach. Mindestlaufzeit 1 Monat, kündbar mit 30 Tagen zum Monatsende; endet mit dem Exchange-Vertrag.
addon-m365-business-standard-rules = Braucht mindestens ein Exchange-Postfach. Mindestlaufzeit 1 Monat, kündbar mit 30 Tagen zum Monatsende; endet mit dem Exchange-Vertrag.
addon-m365-apps-for-business-rules = Braucht mindestens ein Exchange-Postfach. Mindestlaufzeit 1 Monat, kündbar mit 30 Tagen zum Monatsende; endet mit dem Exchange-Vertrag.
addons-impersonation-confirm = Ich weiß, dass dieses Postfach alle Postfächer unserer Organisation lesen, ändern und löschen kann.
addons-current-code = Aktueller Code aus der Authenticator-App
addons-book = { $item } buchen
addons-object = Postfach oder öffentliche Ordner
addons-choose = Bitte wählen …
addons-support = Aufträge an den Support
addons-pst-export-rules = Export eines Postfachs oder der öffentlichen Ordner als PST-Datei zum Herunterladen; mindestens 2 Wochen vorher anzukündigen.
addons-export-date = Gewünschter Termin
addons-earliest = Frühestens am { $date }.
addons-request-export = PST-Export beauftragen
addons-pst-import-rules = Import einer PST-Datei in ein Postfach. Die Datei muss genau wie die Hauptadresse des Postfachs heißen (z. B. anna.berg@muster-gmbh.de.pst); Sie stellen sie zum Herunterladen bereit.
addons-file-name = Dateiname
addons-download-url = Download-Link (https://…)
addons-request-import = PST-Import beauftragen
addons-restore-rules = Wiederherstellung eines ganzen Postfachs aus der Sicherung, bis zu 30 Tage zurück.
addons-restore-date = Stand vom
addons-request-restore = Wiederherstellung beauftragen
addons-password-reset-rules = Der Support setzt das Passwort eines Postfachs neu und gibt es telefonisch oder über einen Einmal-Link an eine andere Adresse weiter.
addons-delivery = Übermittlung des neuen Passworts
addons-delivery-phone = telefonisch
addons-delivery-link = Einmal-Link an eine andere E-Mail-Adresse
addons-phone = Telefonnummer (bei telefonischer Übermittlung)
addons-alt-email = Andere E-Mail-Adresse (beim Einmal-Link)
addons-request-password-reset = Passwort-Reset beauftragen
addons-requests = Ihre Anfragen
addons-no-requests = Noch keine Anfragen.
addons-received = Eingegangen
request-number = Anfrage-Nr.
request-kind = Anfrage
request-object = Betrifft
request-status = Status
request-status-received = eingegangen
request-status-in_progress = in Bearbeitung
request-status-done = erledigt
request-status-rejected = abgelehnt
request-reason = Begründung
request-customer-number = Kundennummer
request-customer = Firma
request-requested-by = Angefordert von
request-kind-book-public-folders = Buchung: Öffentliche Ordner
request-kind-book-impersonation = Buchung: Impersonation-Postfach
request-kind-book-archive = Buchung: rhönarchiv
request-kind-book-m365-business-basic = Buchung: Microsoft 365 Business Basic
request-kind-book-m365-business-standard = Buchung: Microsoft 365 Business Standard
request-kind-book-m365-apps-for-business = Buchung: Microsoft 365 Apps for Business
request-kind-cancel-public-folders = Kündigung: Öffentliche Ordner
request-kind-cancel-impersonation = Kündigung: Impersonation-Postfach
request-kind-cancel-archive = Kündigung: rhönarchiv
request-kind-cancel-m365-business-basic = Kündigung: Microsoft 365 Business Basic
request-kind-cancel-m365-business-standard = Kündigung: Microsoft 365 Business Standard
request-kind-cancel-m365-apps-for-business = Kündigung: Microsoft 365 Apps for Business
request-kind-pst-import = PST-Import
request-kind-pst-export = PST-Export
request-kind-restore = Wiederherstellung aus der Sicherung
request-kind-password-reset = Passwort-Reset durch den Support
request-detail-quantity = Anzahl
request-detail-end = Ende zum
request-detail-date = Termin
request-detail-point_in_time = Stand vom
request-detail-file_name = Dateiname
request-detail-download_url = Download-Link
request-detail-delivery = Übermittlung
request-detail-phone = Telefon
request-detail-alt_email = Andere Adresse
request-detail-full_access_confirmed = Vollzugriff bestätigt
mail-request-support-subject = Anfrage { $number } von { $customer }: { $kind }
mail-request-support-intro = Über das Kundenportal ist eine neue Anfrage eingegangen. Bitte setzen Sie ihren Status mit „server request-status“ oder der Operator-Schnittstelle.
mail-request-support-footer = Diese Mail wurde vom rhönmail-Kundenportal erzeugt.
mail-request-confirm-subject = Ihre Anfrage { $number } ist eingegangen
mail-request-confirm-intro = vielen Dank, Ihre Anfrage ist bei uns eingegangen. Wir melden uns, sobald sich ihr Status ändert.
mail-request-link = Alle Anfragen und ihren Stand sehen Sie im Kundenportal:
mail-request-status-subject = Anfrage { $number }: { $status }
mail-request-status-intro = Ihre Anfrage { $number } ({ $kind }, { $object }) ist jetzt: { $status }.
security-event-service-request = Buchung, Kündigung oder Auftrag an den Support
security-event-cancellation = Vertrag oder Add-on gekündigt
addon-date-invalid = Bitte geben Sie ein gültiges Datum ein (TT.MM.JJJJ).
addon-already-booked = Diese Leistung ist bereits gebucht; sie ist nur einmal je Organisation möglich.
addon-needs-mailbox = Microsoft 365 setzt mindestens ein Exchange-Postfach voraus.
addon-quantity-invalid = Bitte geben Sie eine erlaubte Anzahl an (Microsoft 365: 1 bis 300, sonst 1).
addon-impersonation-confirm = Bitte bestätigen Sie ausdrücklich, dass dieses Postfach auf alle Postfächer zugreifen darf.
addon-not-booked = Diese Leistung ist nicht gebucht.
addon-end-too-early = So früh kann die Leistung nicht enden. Bitte wählen Sie das angebotene früheste Ende oder ein späteres.
addon-end-not-month-end = Die Leistung kann nur zum Monatsende enden.
addon-pst-name-mismatch = Der Dateiname muss genau der Hauptadresse des Postfachs entsprechen, z. B. anna.berg@muster-gmbh.de.pst.
addon-pst-url-invalid = Bitte geben Sie einen Download-Link an, der mit https:// beginnt.
addon-export-too-early = Ein PST-Export muss mindestens 2 Wochen vorher angekündigt werden. Bitte wählen Sie einen späteren Termin.
addon-export-too-late = Bitte wählen Sie einen Termin innerhalb des nächsten Jahres.
addon-restore-future = Ein Stand aus der Zukunft lässt sich nicht wiederherstellen.
addon-restore-too-old = Sicherungen reichen 30 Tage zurück. Bitte wählen Sie einen späteren Stand.
addon-phone-invalid = Bitte geben Sie eine Telefonnummer mit 6 bis 20 Ziffern an.
addon-alt-email-invalid = Bitte geben Sie eine gültige andere E-Mail-Adresse an.
addon-alt-email-same-mailbox = Der Link kann nicht an das Postfach gehen, dessen Passwort neu gesetzt wird. Bitte geben Sie eine andere Adresse an.
addon-delivery-invalid = Bitte wählen Sie, wie das neue Passwort übermittelt werden soll.
addons-restore-between = Möglich ist ein Stand zwischen dem { $from } und dem { $to }.
