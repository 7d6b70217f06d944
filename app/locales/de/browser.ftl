# Texte der interaktiven Inseln: das Einzige, was der Browser braucht.

nav-mailboxes = Postfächer
nav-domains = Domains
nav-addons = Add-ons
nav-contract = Vertrag
totp-invalid = Der Code stimmt nicht oder wurde schon verwendet. Bitte geben Sie den aktuellen Code aus Ihrer App ein.
totp-not-enrolled = Die Zwei-Faktor-Anmeldung ist noch nicht eingerichtet.
overview-title = Übersicht
customer-number = Kundennummer
overview-storage-total = Speicher aller Postfächer
overview-quota-state = Speicherstand
overview-attention = Postfächer ab der Warnschwelle
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
usage-compact = { $used } / { $capacity } · { $percent }
usage-level-warning = Warnung
usage-level-send-prohibited = Sendesperre
usage-level-full = Voll
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
contract-whole = Vertrag rhönmail Exchange (gesamt, mit allen Add-ons)
contract-cancel-nothing = Es gibt nichts mehr zu kündigen: Alle kündbaren Leistungen sind bereits gekündigt. Sie stehen mit ihren Terminen auf der Vertragsseite.
contract-cancel-already = Der Vertrag ist bereits gekündigt. Die Kündigung, ihr Stand und alle Termine stehen auf der Vertragsseite.
contract-cancel-nothing-role = Den gesamten Vertrag kündigen nur Inhaber; Administratoren kündigen Microsoft-365-Add-ons. Für Ihre Rolle gibt es hier derzeit nichts zu kündigen.
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
cancel-takeover-total = { $count ->
    [one] Für Ihr 1 Postfach: { $net } netto, { $gross } brutto, einmalig.
   *[other] Für Ihre { $mailboxes } Postfächer: { $net } netto, { $gross } brutto, einmalig.
}
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
account-current-password = Aktuelles Passwort
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
error-unknown = Das hat nicht geklappt. Bitte versuchen Sie es erneut.
input-too-long = Diese Eingabe ist zu lang. Bitte kürzen Sie sie.
level-warning = Warnschwelle erreicht
level-send-prohibited = Senden gesperrt
level-full = Postfach voll – empfängt keine Mails mehr
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
dns-checked-now = Eben neu geprüft: alle Einträge wurden am { $when } abgefragt.
dns-never-checked = Noch nicht geprüft.
dns-conflicts = Was die Prüfung außerdem gefunden hat
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
dns-conflict-autodiscover-a = autodiscover hat eigene Adress-Einträge ({ $addresses }). Outlook fragt dann diesen Server statt rhönmail; bitte ersetzen Sie sie durch den CNAME-Eintrag.
dns-conflict-wildcard = Ein Platzhalter-Eintrag (*) beantwortet autodiscover mit { $addresses }. Outlook fragt dann diesen Server vor dem SRV-Eintrag; bitte legen Sie den autodiscover-CNAME an.
dns-last-known = Zuletzt ließen sich am { $when } alle Einträge prüfen: { $problems ->
    [0] Alle { $correct } waren korrekt.
    [one] 1 Eintrag fehlte oder war falsch.
   *[other] { $problems } Einträge fehlten oder waren falsch.
}
dns-why-all = Warum Einträge nicht prüfbar sind:
dns-why-timeout = Die Nameserver der Domain haben nicht rechtzeitig geantwortet.
dns-why-refused = Die Nameserver der Domain verweigern die Auskunft (REFUSED).
dns-why-servfail = Die Nameserver der Domain melden einen Fehler (SERVFAIL) – oft lässt sich die Zone nicht laden.
dns-why-lame = Die als zuständig eingetragenen Nameserver kennen die Domain nicht (fehlerhafte Delegation).
dns-why-nxdomain = Die Domain existiert im DNS nicht (NXDOMAIN). Ist sie registriert?
dns-why-no-ns = Für die Domain sind keine Nameserver eingetragen.
dns-why-non-public = Die Nameserver der Domain haben nur nicht-öffentliche Adressen und werden nicht gefragt.
dns-why-unreachable = Die Nameserver der Domain waren nicht erreichbar.
dns-conflict-null-mx = Der MX-Eintrag „0 .“ (Null-MX) erklärt, dass die Domain keine Mails annimmt. Absender stellen dann nichts zu; bitte entfernen Sie ihn.
dns-spf-verdict = Ein empfangender Server wertet Mails von rhönmail ({ $ips }) nach diesem SPF-Eintrag als { $result }. { $reason }
dns-spf-include-after-all = „all“ steht vor dem include von rhönmail: Was hinter „all“ steht, werten Empfänger nie aus. Setzen Sie das include vor „all“.
dns-spf-result-pass = „pass“ (erlaubt)
dns-spf-result-fail = „fail“ (nicht erlaubt – Mails werden oft abgewiesen)
dns-spf-result-softfail = „softfail“ (vermutlich nicht erlaubt – Mails landen oft im Spam)
dns-spf-result-neutral = „neutral“ (keine Aussage)
dns-spf-result-none = „none“ (kein SPF-Eintrag)
dns-spf-result-permerror = „permerror“ (Eintrag fehlerhaft – SPF gilt als nicht bestanden)
dns-spf-result-temperror = „temperror“ (vorübergehender DNS-Fehler)
dns-spf-reason-matched = Ausschlaggebend ist „{ $term }“ im SPF-Eintrag von { $owner }.
dns-spf-reason-nothing = Kein Teil des SPF-Eintrags von { $owner } passt auf diese Server.
dns-spf-reason-no-record = { $owner } hat keinen SPF-Eintrag, obwohl der Eintrag darauf verweist.
dns-spf-reason-invalid-domain = „{ $owner }“ ist kein gültiger Domainname.
dns-spf-reason-multiple = { $owner } hat mehr als einen SPF-Eintrag.
dns-spf-reason-syntax = „{ $term }“ im SPF-Eintrag von { $owner } ist ungültig; Empfänger verwerfen dann den ganzen Eintrag.
dns-spf-reason-lookups = Die Prüfung braucht mehr als 10 DNS-Abfragen (include, a, mx, ptr, exists, redirect); Empfänger brechen dann ab.
dns-spf-reason-void = Mehr als zwei Abfragen der Prüfung finden nichts; Empfänger brechen dann ab.
dns-spf-reason-mx-hosts = { $owner } hat mehr als 10 MX-Einträge; „mx“ ist dann ungültig.
dns-spf-reason-dns = Die Abfrage von { $name } wurde nicht beantwortet.
addons-earliest-end = frühestens { $date }
addons-current-code = Aktueller Code aus der Authenticator-App
