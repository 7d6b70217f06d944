# Texte der Seiten und Mails, die nur der Server rendert.

brand-portal = Kundenportal
skip-to-content = Zum Inhalt springen
loading = Wird geladen …
nav-label = Bereiche
nav-overview = Übersicht
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
set-password-intro = Wählen Sie ein Passwort mit mindestens { $min } Zeichen; Ziffern oder Sonderzeichen sind nicht nötig. Häufige Passwörter und solche aus Ihrem Firmennamen, Ihrer Adresse oder dem Namen des Dienstes werden abgelehnt. Lange Passphrasen aus mehreren Wörtern, die nicht zusammengehören, sind sicher und gut zu merken.
set-password-new = Neues Passwort
set-password-repeat = Neues Passwort wiederholen
set-password-submit = Passwort speichern
password-too-short = Das Passwort ist zu kurz: Es braucht mindestens 12 Zeichen.
password-too-long = Das Passwort ist zu lang: Es darf höchstens 256 Zeichen haben.
password-mismatch = Die beiden Passwörter stimmen nicht überein.
password-common = Dieses Passwort gehört zu den am häufigsten benutzten Passwörtern (oder ist eines davon mit kleinen Änderungen). Angreifer probieren solche zuerst. Bitte wählen Sie ein anderes.
password-company-name = Das Passwort ist aus dem Namen Ihrer Firma gebildet. Wer Sie angreift, kennt ihn und probiert ihn zuerst. Bitte wählen Sie ein anderes.
password-own-address = Das Passwort ist aus Ihrer E-Mail-Adresse gebildet. Wer Sie angreift, kennt sie und probiert sie zuerst. Bitte wählen Sie ein anderes.
password-product-name = Das Passwort ist aus dem Namen dieses Dienstes (rhönmail, rhöncloud) gebildet, der ersten Vermutung eines Angreifers. Bitte wählen Sie ein anderes.
password-keyboard = Das Passwort folgt einer Tastaturreihe (wie „qwertz“ oder „asdf“) und ist leicht zu erraten. Bitte wählen Sie ein anderes.
password-repeats = Das Passwort besteht aus Wiederholungen (wie „aaaa“ oder „abcabc“) und ist leicht zu erraten. Bitte wählen Sie ein anderes.
password-sequence = Das Passwort enthält eine Folge (wie „abcd“ oder „4567“) und ist leicht zu erraten. Bitte wählen Sie ein anderes.
password-dates = Das Passwort ist aus einer Jahreszahl oder einem Datum gebildet und ist leicht zu erraten. Bitte wählen Sie ein anderes.
password-single-word = Das Passwort ist ein einzelnes Wort oder ein Name mit wenigen Zusätzen und ist leicht zu erraten. Mehrere Wörter, die nicht zusammengehören, sind sicherer.
password-guessable = Das Passwort ist zu leicht zu erraten. Ein längerer Satz aus mehreren Wörtern, die nicht zusammengehören, ist sicherer.
password-link-invalid = Dieser Link ist ungültig, wurde schon benutzt oder ist abgelaufen. Bitte fordern Sie einen neuen an.
totp-title = Anmeldung bestätigen
totp-intro = Geben Sie den sechsstelligen Code aus Ihrer Authenticator-App ein.
totp-code = Sechsstelliger Code
totp-submit = Bestätigen
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
enrol-renewed = Ein neuer Schlüssel wurde erzeugt; der bisherige gilt nicht mehr. Bitte löschen Sie den alten Eintrag in Ihrer App und scannen Sie den neuen QR-Code.
enrol-renew-heading = Kein Code passt?
enrol-renew-hint = Der Schlüssel bleibt derselbe, bis die Einrichtung abgeschlossen ist – auch nach einem Tippfehler oder wenn Sie die Seite neu laden. Haben Sie ihn nicht mehr in der App, erzeugen Sie hier einen neuen.
enrol-renew = Neuen Schlüssel erzeugen
recovery-title = Ihre Wiederherstellungscodes
recovery-enabled = Die Zwei-Faktor-Anmeldung ist eingerichtet.
recovery-intro = Bewahren Sie diese zehn Codes sicher auf, getrennt von Ihrem Telefon. Jeder Code ermöglicht einmal die Anmeldung, wenn Ihr Gerät verloren ist. Sie werden nur jetzt angezeigt.
recovery-already-shown = Die Wiederherstellungscodes wurden bereits angezeigt. Aus Sicherheitsgründen erscheinen sie nur einmal.
recovery-continue = Weiter zum Portal
contract-product = rhönmail Exchange
contract-product-label = Produkt
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
contract-cancellation-stored = Ihre Kündigung ist gespeichert. Die E-Mail an den Anbieter wird gesendet; ihren Stand sehen Sie unten.
contract-cancellations = Ihre Kündigungen
contract-banner = Gekündigt zum { $date }
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
mail-cancel-signature =
    Mit freundlichen Grüßen
    { $name }
    { $company }
takeover-cost = { $count ->
    [one] Kosten: 1 Postfach × { $each } = { $net } netto, { $gross } brutto.
   *[other] Kosten: { $mailboxes } Postfächer × { $each } = { $net } netto, { $gross } brutto.
}
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
account-password-wrong = Das aktuelle Passwort ist nicht korrekt.
account-change-password = Passwort ändern
account-password-hint = Mindestens { $min } Zeichen, keine Sonderzeichen nötig. Häufige Passwörter und solche aus Firmenname, Adresse oder Dienstname werden abgelehnt.
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
mailboxes-past-end = Hinter dieser Stelle der Liste gibt es keine Postfächer mehr.
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
pager-previous = Vorherige Seite
pager-position = Seite { $page } von { $pages }
figures-taken-between = Stand der Zahlen: { $from } bis { $to }
mailboxes-address = Adresse
mailboxes-col-aliases = Aliasse
mailboxes-col-devices = Geräte
level-ok = Alles in Ordnung
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
chart-trend-rising = Die Belegung ist vom { $from } bis { $to } von { $first } auf { $last } gestiegen.
chart-trend-falling = Die Belegung ist vom { $from } bis { $to } von { $first } auf { $last } gesunken.
chart-trend-flat = Die Belegung ist vom { $from } bis { $to } mit etwa { $last } gleich geblieben.
chart-full-on = Bei gleichem Anstieg ist das Postfach um den { $date } voll.
chart-over = Die Obergrenze von { $limit } ist überschritten.
chart-legend-usage = Belegung
chart-legend-forecast = Prognose: voll um den { $date }
chart-axis-cut = Achse beginnt bei { $value }, nicht bei 0
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
team-email-taken = Diese Adresse gehört schon zu Ihrem Team (auch ehemalige Teammitglieder behalten ihre Adresse).
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
mail-invite-elsewhere-subject = Einladung ins rhönmail Kundenportal nicht möglich
mail-invite-elsewhere-intro = { $inviter } ({ $organisation }) wollte Sie ins rhönmail Kundenportal einladen. Zu Ihrer Adresse gibt es dort schon ein Konto bei einem anderen Kunden, und eine Adresse kann nur zu einem Kunden gehören. Deshalb wurde keine Einladung angelegt.
mail-invite-elsewhere-rule = Sie müssen nichts tun; Ihr bestehendes Konto bleibt unverändert. Brauchen Sie Zugang zu beiden Organisationen, bitten Sie die einladende Person, eine andere Adresse zu verwenden. Kennen Sie die Organisation nicht, können Sie diese Nachricht löschen.
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
domains-unverifiable = { $count ->
    [one] 1 Eintrag nicht prüfbar
   *[other] { $count } Einträge nicht prüfbar
}
domains-checked-at = geprüft am { $when }
domains-last-known = zuletzt vollständig geprüft am { $when }: { $problems ->
    [0] alle { $correct } korrekt
    [one] 1 Eintrag fehlte oder war falsch
   *[other] { $problems } Einträge fehlten oder waren falsch
}
domain-punycode = Im DNS geschrieben als { $ascii }
domain-routing-full-text = Alle Mails dieser Domain laufen über rhönmail. Greylisting, DKIM-Signatur, BATV und Absender-Freigabelisten stehen zur Verfügung.
domain-routing-partial-text = Die Mails dieser Domain laufen nur teilweise über rhönmail (zuerst über Ihren eigenen Mailserver). Greylisting, DKIM-Signatur, BATV und Freigabelisten sind deshalb nicht verfügbar.
domain-addresses = Postfächer und Aliasse
domain-no-addresses = Auf dieser Domain gibt es noch keine Adressen.
domain-alias = Alias
domain-primary-address = Postfach
domain-address-kind = Art
domain-address-counts = { $mailboxes ->
    [one] Ein Postfach
   *[other] { $mailboxes_shown } Postfächer
} · { $aliases ->
    [one] ein Alias
   *[other] { $aliases_shown } Aliasse
}
domain-mailboxes-in-list = Belegung in der Postfachliste
domain-address-search = Adresse oder Name
domain-address-search-submit = Suchen
domain-address-search-reset = Alle Adressen
domain-addresses-found = { $count ->
    [one] Eine Adresse gefunden
   *[other] { $shown } Adressen gefunden
}
domain-addresses-none-found = Keine Adresse dieser Domain passt zur Suche.
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
mail-dns-subject = DNS von { $domain }: { $count ->
    [one] ein Eintrag stimmt
   *[other] { $count } Einträge stimmen
} nicht mehr
mail-dns-intro = { $check ->
    [daily] bei der täglichen Prüfung
    [manual] bei der Prüfung, die im Kundenportal mit „Jetzt prüfen“ angestoßen wurde,
   *[visit] bei der Prüfung beim Aufruf der Domain im Kundenportal
} { $count ->
    [one] ist ein DNS-Eintrag der Domain { $domain }, der bisher korrekt war, nicht mehr richtig gesetzt:
   *[other] sind { $count } DNS-Einträge der Domain { $domain }, die bisher korrekt waren, nicht mehr richtig gesetzt:
}
mail-dns-fix = { $count ->
    [one] Bis der Eintrag korrigiert ist
   *[other] Bis die Einträge korrigiert sind
}, kann das den Empfang und Versand von Mails oder die Einrichtung von Outlook stören. Sie setzen die Einträge bei dem Anbieter, der das DNS der Domain verwaltet.
mail-dns-wrong = { $record }: falsch. Gefunden: { $found }. Erwartet: { $expected }
mail-dns-missing = { $record }: fehlt. Erwartet: { $expected }
mail-dns-link = Alle Einträge und ihren Zustand sehen Sie hier:
mail-dns-footer = Diese Nachricht geht an die Inhaber und Administratoren Ihres Kundenkontos, sobald ein zuvor korrekter DNS-Eintrag einer Ihrer Domains nicht mehr stimmt.
mail-closing =
    Freundliche Grüße
    Ihr rhönmail-Kundenportal
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
security-detail-cancellation = { $what } zum { $end }
addon-date-invalid = Bitte geben Sie ein gültiges Datum ein (TT.MM.JJJJ).
addon-already-booked = Diese Leistung ist bereits gebucht; sie ist nur einmal je Organisation möglich.
addon-needs-mailbox = Microsoft 365 setzt mindestens ein Exchange-Postfach voraus.
addon-quantity-invalid = Bitte geben Sie eine erlaubte Anzahl an (Microsoft 365: 1 bis 300, sonst 1).
addon-impersonation-confirm = Bitte bestätigen Sie ausdrücklich, dass dieses Postfach auf alle Postfächer zugreifen darf.
addon-not-booked = Diese Leistung ist nicht gebucht.
addon-contract-cancelled = Der Vertrag ist gekündigt: Neue Leistungen können nicht mehr gebucht werden.
addon-ends-with-contract = Der Vertrag endet vorher oder zugleich; mit ihm endet auch diese Leistung, eine eigene Kündigung ist nicht nötig.
addons-contract-ending = Der Vertrag ist zum { $date } gekündigt. Alle Zusatzleistungen enden spätestens mit ihm; neue Buchungen sind nicht mehr möglich.
addons-ends-with-contract = Endet mit dem Vertrag.
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

# Signed-in devices (account page) and signing colleagues out
logins-title = Angemeldete Geräte
logins-intro = Hier sind Sie gerade angemeldet. Kennen Sie eine Anmeldung nicht, beenden Sie sie und ändern Sie Ihr Passwort. „Zuletzt aktiv“ wird etwa alle 15 Minuten aktualisiert.
logins-device = Browser und System
logins-device-unknown = unbekannter Browser
logins-started = Angemeldet seit
logins-last-seen = Zuletzt aktiv
logins-this-one = dieses Gerät
logins-end = Beenden
logins-end-which = Anmeldung { $device } ({ $ip }) beenden
logins-end-others = Alle anderen Anmeldungen beenden
logins-ended = Die Anmeldung ist beendet; das Gerät muss sich neu anmelden.
logins-end-current = Die Anmeldung auf diesem Gerät beenden Sie oben mit „Abmelden“.
team-log-out = Anmeldungen beenden
team-log-out-who = Alle Anmeldungen von { $email } beenden
team-done-abgemeldet = Der Benutzer ist auf allen Geräten abgemeldet.
alt-email-title = Adresse für Passwort-Links
alt-email-intro = „Passwort vergessen“ schickt den Link an diese Adresse, damit er Sie auch erreicht, wenn Ihr Postfach es nicht tut. Ohne eigene Angabe geht er an Ihre Anmeldeadresse. Eine Änderung braucht Ihr Passwort und einen aktuellen Code; Ihre Anmeldeadresse und die bisherige Adresse erhalten eine Nachricht.
alt-email-current = Derzeit: { $address }
alt-email-none = Derzeit keine eigene Adresse: Links gehen an Ihre Anmeldeadresse.
alt-email-new = Adresse für Passwort-Links
alt-email-hint = Leer lassen, um die Adresse zu entfernen.
alt-email-submit = Adresse speichern
alt-email-invalid = Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@beispiel.de.
alt-email-same = Das ist Ihre Anmeldeadresse, an die Links ohnehin gehen. Bitte geben Sie eine andere an oder lassen Sie das Feld leer.
alt-email-changed = Die Adresse für Passwort-Links ist gespeichert. Ihre Anmeldeadresse und die bisherige Adresse haben eine Nachricht erhalten.
security-event-alternative-email-changed = Adresse für Passwort-Links geändert
security-event-passkey-added = Passkey hinzugefügt
security-event-passkey-removed = Passkey entfernt
passkeys-title = Passkeys
passkeys-intro = Ein Passkey bestätigt die Anmeldung mit Fingerabdruck, Gesichtserkennung oder der PIN Ihres Geräts statt mit einem Code aus der App. Die Authenticator-App bleibt eingerichtet, damit Sie sich auch ohne das Gerät anmelden können.
passkeys-unavailable = Passkeys sind nur verfügbar, wenn das Portal unter einem Domainnamen aufgerufen wird.
passkeys-none = Sie haben noch keinen Passkey.
passkey-name = Name des Passkeys
passkey-name-hint = Woran Sie das Gerät erkennen, z. B. „Laptop Büro“ oder „Telefon“.
passkey-added-at = Hinzugefügt
passkey-last-used = Zuletzt benutzt
passkey-never-used = noch nie
passkey-remove = Entfernen
passkey-remove-which = Passkey „{ $name }“ entfernen
passkey-add = Passkey hinzufügen
passkey-prepare = Weiter
passkey-ready = Passwort und Code sind bestätigt. Erstellen Sie jetzt den Passkey „{ $name }“; Ihr Browser fragt nach Fingerabdruck, Gesicht oder PIN. Die Freigabe gilt 5 Minuten.
passkey-create = Passkey erstellen
passkey-done-hinzugefuegt = Der Passkey ist eingerichtet. Ab der nächsten Anmeldung können Sie ihn statt des Codes benutzen.
passkey-done-entfernt = Der Passkey wurde entfernt.
passkey-login-title = Oder mit einem Passkey
passkey-login = Passkey verwenden
passkey-working = Bitte bestätigen Sie im Dialog Ihres Browsers …
passkey-done = Bestätigt, einen Moment …
passkey-cancelled = Der Vorgang wurde abgebrochen oder ist abgelaufen. Sie können es noch einmal versuchen.
passkey-failed = Der Passkey konnte nicht geprüft werden. Bitte versuchen Sie es noch einmal oder benutzen Sie den Code aus der App.
passkey-throttled = Zu viele Versuche. Bitte warten Sie einige Minuten.
passkey-duplicate = Dieser Passkey ist bereits eingerichtet.
passkey-unsupported = Dieser Browser kann keine Passkeys benutzen (oder JavaScript ist aus).
passkey-name-missing = Bitte geben Sie dem Passkey einen Namen, z. B. „Laptop Büro“.
passkey-name-too-long = Der Name darf höchstens 60 Zeichen haben.
passkey-too-many = Sie haben bereits 10 Passkeys. Entfernen Sie zuerst einen, den Sie nicht mehr benutzen.
passkey-expired = Die Freigabe ist abgelaufen. Bitte bestätigen Sie Passwort und Code noch einmal.
passkey-none = Für dieses Konto ist kein Passkey eingerichtet.
overview-attention-levels = Warnschwelle, Sendesperre und voll zusammen; die vollsten zuerst.
overview-attention-all = Alle { $count } in der Postfachliste
