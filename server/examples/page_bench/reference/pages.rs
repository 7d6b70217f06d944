//! One function per portal page: the backend calls the portal's server
//! functions make for it (`app/src/api/<area>/ssr.rs`), in the same order,
//! then the same rows written out by hand.

use super::html::{day, esc, euro, meter, put, when, LANG};
use super::{Page, Refusal, Viewer};
use app::backend::{
    addons, alternative_email, cancellations, contracts, customers, dns_checks, domains,
    login_sessions, mailboxes, overview, passkeys, quota_alerts, security_log, service_requests,
    team, totp, Backend,
};
use app::domain::addons::catalogue::AddonKind;
use app::domain::addons::prices::{Money, MAILBOX_PRICE_KEY, REQUEST_PRICE_KEYS};
use app::domain::addons::{dates, rules};
use app::domain::contract::cancellation::{self, choosable, Target};
use app::domain::contract::timeline::{minimum_term_end, takeover_possible, timeline, Timeline};
use app::domain::dns::evaluate::RecordState;
use app::domain::dns::expected::expected_records;
use app::domain::domain_page::{AllowView, CheckView};
use app::domain::forecast::{self, Forecast};
use app::domain::format;
use app::domain::ids::MailboxId;
use app::domain::mailbox_access::sending_limits as limits;
use app::domain::mailbox_list::{LevelFilter, ListQuery, Sort};
use app::domain::quota::{QuotaLevel, Thresholds};

/// German names of the add-ons, as the portal's texts call them.
fn addon_name(kind: &str) -> &str {
    match kind {
        "public-folders" => "Öffentliche Ordner",
        "impersonation" => "Impersonation-Postfach",
        "archive" => "Online-Archiv",
        "m365-business-basic" => "Microsoft 365 Business Basic",
        "m365-business-standard" => "Microsoft 365 Business Standard",
        "m365-apps-for-business" => "Microsoft 365 Apps for Business",
        other => other,
    }
}

fn level_name(level: QuotaLevel) -> &'static str {
    match level {
        QuotaLevel::Ok => "In Ordnung",
        QuotaLevel::Warning => "Warnung",
        QuotaLevel::SendProhibited => "Senden gesperrt",
        QuotaLevel::Full => "Voll",
    }
}

fn page(title: &str, body: String) -> Result<Page, Refusal> {
    Ok(Page {
        title: title.to_string(),
        body,
    })
}

// ---------------------------------------------------------------- overview

pub async fn overview(b: &Backend, v: &Viewer) -> Result<Page, Refusal> {
    use app::api::overview::ATTENTION_LIMIT;
    let (db, cid) = (&b.db, v.user.customer_id.as_str());
    // The portal's overview loads the customer again (the header did too).
    let customer = customers::get(db, cid).await?.ok_or(Refusal::NotFound)?;
    let totals = overview::mailbox_totals(db, cid).await?;
    let attention = overview::mailboxes_over_warning(db, cid, &totals, ATTENTION_LIMIT).await?;
    let domains = overview::domain_names(db, cid).await?;
    let contract = contracts::get(db, cid).await?;
    let addons = overview::addons(db, cid).await?;

    let mut h = String::with_capacity(8 * 1024);
    put!(
        h,
        "<h1>Übersicht</h1><p class=\"lead\">{} · Kundennummer {}</p><div class=\"cards\">\
         <section class=\"card\"><h2>Postfächer</h2><p class=\"figure\">{} Postfächer</p>",
        esc(&customer.name),
        esc(&customer.number),
        format::integer(LANG, totals.count)
    );
    let capacity = Thresholds {
        issue_warning: None,
        prohibit_send: None,
        prohibit_send_receive: Some(totals.capacity_bytes.max(0) as u64),
    };
    meter(
        &mut h,
        totals.used_bytes.max(0) as u64,
        &capacity,
        "Speicher gesamt",
    );
    if totals.stats_taken_at.is_some() {
        put!(
            h,
            "<p class=\"hint\">Zahlen vom {}</p>",
            when(totals.stats_taken_at)
        );
    }
    put!(
        h,
        "</section><section class=\"card\"><h2>Speicherstand</h2><ul class=\"levels\">\
         <li class=\"level-warning\">{} mit Warnung</li>\
         <li class=\"level-send-prohibited\">{} können nicht senden</li>\
         <li class=\"level-full\">{} voll</li></ul></section>\
         <section class=\"card\"><h2>Domains</h2><ul class=\"plain\">",
        format::integer(LANG, totals.warning),
        format::integer(LANG, totals.send_prohibited),
        format::integer(LANG, totals.full)
    );
    for d in &domains {
        put!(h, "<li>{}</li>", esc(d));
    }
    h.push_str("</ul></section><section class=\"card\"><h2>Vertrag</h2>");
    match contract {
        Some(c) => put!(h, "<p>Vertrag seit {}</p>", format::date(LANG, c.starts_on)),
        None => h.push_str("<p>Kein Vertrag hinterlegt</p>"),
    }
    h.push_str("<h3>Add-ons</h3><ul class=\"plain\">");
    for a in addons.iter().filter(|a| a.ends_on.is_none()) {
        put!(
            h,
            "<li>{} × {} <span class=\"hint\">seit {}</span></li>",
            format::integer(LANG, a.quantity),
            esc(addon_name(&a.kind)),
            day(&a.booked_on)
        );
    }
    h.push_str("</ul></section></div>");
    attention_list(&mut h, &attention);
    page("Übersicht", h)
}

/// The fullest three mailboxes above their warning threshold, and a button
/// for the rest (the portal's island shows the same three at first).
fn attention_list(h: &mut String, rows: &[overview::MailboxUsage]) {
    h.push_str("<section class=\"attention\"><h2>Postfächer über der Warnschwelle</h2>");
    if rows.is_empty() {
        h.push_str("<p class=\"empty\">Kein Postfach über der Warnschwelle.</p></section>");
        return;
    }
    h.push_str(
        "<table class=\"table\" id=\"attention-list\"><thead><tr><th scope=\"col\">Postfach</th>\
         <th scope=\"col\">Belegung</th></tr></thead><tbody>",
    );
    for m in rows.iter().take(3) {
        put!(
            h,
            "<tr><td><a class=\"name\" href=\"/postfaecher/{}\">{}</a><br/><span class=\"hint\">{}</span></td><td>",
            esc(&m.id),
            esc(&m.display_name),
            esc(&m.address)
        );
        meter(h, m.used_bytes.max(0) as u64, &m.thresholds, &m.address);
        h.push_str("</td></tr>");
    }
    h.push_str("</tbody></table>");
    if rows.len() > 3 {
        put!(
            h,
            "<button type=\"button\" class=\"button-secondary\" aria-controls=\"attention-list\" \
             aria-expanded=\"false\">Alle {} anzeigen</button>",
            rows.len()
        );
    }
    h.push_str("</section>");
}

// ------------------------------------------------------------ mailbox list

pub async fn mailboxes(b: &Backend, v: &Viewer) -> Result<Page, Refusal> {
    let query = ListQuery::from_params(|_| None);
    let list = mailboxes::list(&b.db, &v.user.customer_id, &query).await?;

    let mut h = String::with_capacity(32 * 1024);
    h.push_str(
        "<h1>Postfächer</h1><form class=\"list-controls\" method=\"get\" action=\"/postfaecher\" role=\"search\">\
         <div class=\"field\"><label for=\"suche\">Suche</label><input id=\"suche\" name=\"suche\" type=\"search\" \
         value=\"\" placeholder=\"Name oder Adresse\" maxlength=\"100\"/></div>\
         <div class=\"field\"><label for=\"filter\">Speicherstand</label><select id=\"filter\" name=\"filter\">",
    );
    for l in LevelFilter::ALL {
        let selected = if l == query.level { " selected" } else { "" };
        put!(h, "<option value=\"{0}\"{selected}>{0}</option>", l.code());
    }
    h.push_str("</select></div><div class=\"field\"><label for=\"sortierung\">Sortierung</label><select id=\"sortierung\" name=\"sortierung\">");
    for s in Sort::ALL {
        let selected = if s == query.sort { " selected" } else { "" };
        put!(h, "<option value=\"{0}\"{selected}>{0}</option>", s.code());
    }
    put!(
        h,
        "</select></div><button type=\"submit\">Anwenden</button></form>\
         <p role=\"status\" class=\"result-count\">{} Postfächer gefunden</p>",
        format::integer(LANG, list.total as i64)
    );
    h.push_str(
        "<div class=\"table-scroll\"><table class=\"table mailbox-table\"><thead><tr>\
         <th scope=\"col\">Postfach</th><th scope=\"col\">Belegung</th><th scope=\"col\" class=\"num\">Elemente</th>\
         <th scope=\"col\">Letzte Anmeldung</th><th scope=\"col\">Aliasse</th><th scope=\"col\">Geräte</th>\
         <th scope=\"col\">Zahlen vom</th></tr></thead><tbody>",
    );
    for m in &list.mailboxes {
        put!(
            h,
            "<tr><th scope=\"row\"><a href=\"/postfaecher/{}\">{}</a><br/><span class=\"hint\">{}</span></th><td>",
            esc(&m.id),
            esc(&m.display_name),
            esc(&m.address)
        );
        meter(&mut h, m.used_bytes, &m.thresholds, &m.address);
        put!(
            h,
            "</td><td class=\"num\">{}</td><td>{}</td><td>{} von {}</td><td>{} von {}</td><td>{}</td></tr>",
            format::integer(LANG, m.item_count as i64),
            when(m.last_logon_at),
            m.alias_count,
            limits::MAX_ALIASES,
            m.device_count,
            limits::MAX_DEVICES,
            when(m.stats_taken_at)
        );
    }
    h.push_str("</tbody></table></div><nav class=\"pager\" aria-label=\"Seiten\">");
    if let Some(next) = list.next {
        put!(
            h,
            "<a href=\"{}\" rel=\"next\">Nächste Seite</a>",
            esc(&query.continued(next).href())
        );
    }
    h.push_str("</nav>");
    page("Postfächer", h)
}

// ------------------------------------------------------------- one mailbox

pub async fn mailbox(b: &Backend, v: &Viewer, id: &str) -> Result<Page, Refusal> {
    use app::api::mailboxes::ALERTS_SHOWN;
    let (db, cid, now) = (&b.db, &v.user.customer_id, b.now());
    let detail = mailboxes::detail(db, cid, id, now)
        .await?
        .ok_or(Refusal::NotFound)?;
    let alerts = quota_alerts::for_mailbox(db, cid, &MailboxId::new(id), ALERTS_SHOWN).await?;
    let owner = domains::allow_list_owner(db, cid, None, Some(id)).await?;
    let allow_list = match owner.filter(|o| o.fully_routed) {
        Some(owner) => Some(domains::allow_list(db, &owner).await?),
        None => None,
    };
    let s = &detail.summary;
    let forecast = forecast::full_in(&detail.history, s.thresholds.capacity(), now);

    let mut h = String::with_capacity(24 * 1024);
    put!(
        h,
        "<p class=\"breadcrumb\"><a href=\"/postfaecher\">Postfächer</a></p><h1>{}</h1>\
         <p class=\"lead\">{}</p><div class=\"cards\"><section class=\"card\"><h2>Belegung</h2>",
        esc(&s.display_name),
        esc(&s.address)
    );
    meter(&mut h, s.used_bytes, &s.thresholds, "Belegung");
    let level = QuotaLevel::of(s.used_bytes, &s.thresholds);
    let forecast = match forecast {
        Forecast::AlreadyFull => "Das Postfach ist voll.".to_string(),
        Forecast::FullInDays(days) => format!("Voll in etwa {days} Tagen."),
        Forecast::None => "Keine Prognose möglich.".to_string(),
    };
    let size = |v: Option<u64>| v.map_or_else(|| "unbegrenzt".into(), |b| format::bytes(LANG, b));
    put!(
        h,
        "<p class=\"level level-{}\">{}</p><p><strong>Prognose</strong> <span id=\"forecast\">{forecast}</span></p>\
         <dl class=\"facts\"><dt>Elemente</dt><dd>{}</dd><dt>Letzte Anmeldung</dt><dd>{}</dd>\
         <dt>Zahlen vom</dt><dd>{}</dd><dt>Warnung ab</dt><dd>{}</dd><dt>Senden gesperrt ab</dt><dd>{}</dd>\
         <dt>Voll ab</dt><dd>{}</dd></dl></section>\
         <section class=\"card card-wide\"><h2>Verlauf</h2>",
        level.as_str(),
        level_name(level),
        format::integer(LANG, s.item_count as i64),
        when(s.last_logon_at),
        when(s.stats_taken_at),
        size(s.thresholds.issue_warning),
        size(s.thresholds.prohibit_send),
        size(s.thresholds.prohibit_send_receive)
    );
    chart(&mut h, &detail.history, &s.thresholds);
    h.push_str("</section></div>");
    alert_table(&mut h, &alerts);
    put!(
        h,
        "<div class=\"cards\"><section class=\"card\"><h2>Aliasse <span class=\"hint\">{} von {}</span></h2><ul class=\"plain\">",
        detail.aliases.len(),
        limits::MAX_ALIASES
    );
    for a in &detail.aliases {
        put!(h, "<li>{}</li>", esc(a));
    }
    put!(
        h,
        "</ul></section><section class=\"card\"><h2>Geräte <span class=\"hint\">{} von {}</span></h2><ul class=\"plain\">",
        detail.devices.len(),
        limits::MAX_DEVICES
    );
    for d in &detail.devices {
        put!(
            h,
            "<li>{} <span class=\"hint\">zuletzt synchronisiert {}</span></li>",
            esc(&d.model),
            when(d.last_sync_at)
        );
    }
    h.push_str("</ul></section></div>");
    if let Some(entries) = &allow_list {
        allow_list_card(&mut h, "mailbox_id", id, entries, v.user.role.may_edit());
    }
    access_and_limits(&mut h, b);
    page(&s.display_name, h)
}

/// Usage over time as SVG, with the figures as a table too.
fn chart(h: &mut String, history: &[(i64, u64)], t: &Thresholds) {
    const W: f64 = 640.0;
    const H: f64 = 220.0;
    const LEFT: f64 = 64.0;
    const BOTTOM: f64 = 28.0;
    if history.len() < 2 {
        h.push_str("<p class=\"hint\">Für einen Verlauf gibt es noch zu wenige Zahlen.</p>");
        return;
    }
    let (t0, t1) = (history[0].0, history[history.len() - 1].0);
    let peak = history.iter().map(|p| p.1).max().unwrap_or(0);
    let max = t.capacity().unwrap_or(0).max(peak).max(1) as f64 * 1.05;
    let x = |at: i64| LEFT + (at - t0) as f64 / (t1 - t0).max(1) as f64 * (W - LEFT - 12.0);
    let y = |bytes: u64| H - BOTTOM - bytes as f64 / max * (H - 12.0 - BOTTOM);
    let (from, to) = (when(Some(t0)), when(Some(t1)));
    put!(
        h,
        "<figure class=\"chart\"><svg viewBox=\"0 0 {W} {H}\" role=\"img\" aria-label=\"Belegung vom {from} bis {to}\" \
         preserveAspectRatio=\"none\"><polyline class=\"usage-line\" fill=\"none\" points=\""
    );
    for &(at, bytes) in history {
        put!(h, "{:.1},{:.1} ", x(at), y(bytes));
    }
    h.push_str("\"/>");
    for (level, limit) in [
        ("warning", t.issue_warning),
        ("send-prohibited", t.prohibit_send),
        ("full", t.prohibit_send_receive),
    ] {
        if let Some(limit) = limit {
            let at = y(limit);
            put!(
                h,
                "<line class=\"limit limit-{level}\" x1=\"{LEFT}\" y1=\"{at:.1}\" x2=\"628\" y2=\"{at:.1}\"/>\
                 <text class=\"limit-label\" x=\"60\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
                at + 4.0,
                format::bytes(LANG, limit)
            );
        }
    }
    put!(
        h,
        "</svg><figcaption>Belegung vom {from} bis {to}</figcaption></figure>\
         <details class=\"chart-table\"><summary>Als Tabelle</summary><table class=\"table\"><tbody>"
    );
    for &(at, bytes) in history.iter().rev() {
        put!(
            h,
            "<tr><td>{}</td><td class=\"num\">{}</td></tr>",
            when(Some(at)),
            format::bytes(LANG, bytes)
        );
    }
    h.push_str("</tbody></table></details>");
}

fn alert_table(h: &mut String, alerts: &[app::domain::quota_alerts::AlertRecord]) {
    h.push_str("<section><h2>Speicherwarnungen</h2>");
    if alerts.is_empty() {
        h.push_str("<p class=\"empty\">Keine Warnungen.</p></section>");
        return;
    }
    h.push_str(
        "<table class=\"table\" id=\"alert-list\"><thead><tr><th scope=\"col\">Wann</th>\
         <th scope=\"col\">Stufe</th><th scope=\"col\">Belegung</th><th scope=\"col\">Gesehen</th></tr></thead><tbody>",
    );
    for a in alerts {
        let reminder = if a.reminder {
            " <span class=\"hint\">Erinnerung</span>"
        } else {
            ""
        };
        let seen = a
            .seen_at
            .map_or_else(|| "ungesehen".to_string(), |t| when(Some(t)));
        put!(
            h,
            "<tr><td>{}</td><td>{}{reminder}</td><td>{}</td><td>{seen}</td></tr>",
            when(Some(a.created_at)),
            level_name(a.level),
            format::bytes(LANG, a.used_bytes)
        );
    }
    h.push_str("</tbody></table></section>");
}

fn allow_list_card(h: &mut String, field: &str, id: &str, entries: &[AllowView], can_edit: bool) {
    h.push_str(
        "<section class=\"card\"><h2>Absender ohne Spamfilter</h2><ul class=\"plain allow-list\">",
    );
    for e in entries {
        put!(
            h,
            "<li><span class=\"allow-entry\">{}</span>",
            esc(&e.entry)
        );
        if can_edit {
            put!(
                h,
                "<form method=\"post\" action=\"/api/allow-list-remove\" class=\"inline-form\">\
                 <button name=\"id\" value=\"{}\" aria-label=\"{} entfernen\">Entfernen</button></form>",
                esc(&e.id),
                esc(&e.entry)
            );
        }
        h.push_str("</li>");
    }
    h.push_str("</ul>");
    if can_edit {
        put!(
            h,
            "<form method=\"post\" action=\"/api/allow-list-add\" class=\"form narrow-form\">\
             <input type=\"hidden\" name=\"{field}\" value=\"{}\"/><label for=\"allow-entry\">Adresse oder Domain</label>\
             <input id=\"allow-entry\" name=\"entry\" required maxlength=\"254\" autocomplete=\"off\"/>\
             <button type=\"submit\" class=\"button-primary\">Hinzufügen</button></form>",
            esc(id)
        );
    }
    h.push_str("</section>");
}

fn access_and_limits(h: &mut String, b: &Backend) {
    let a = &b.service.access;
    put!(
        h,
        "<div class=\"cards\"><section class=\"card\"><h2>Zugang</h2><dl class=\"facts\">\
         <dt>Outlook Web Access</dt><dd><a href=\"{0}\">{0}</a></dd>\
         <dt>ActiveSync</dt><dd>{1} · Port 443 · HTTPS</dd><dt>IMAP</dt><dd>{2} · Port {3} · SSL/TLS</dd>\
         <dt>POP3</dt><dd>{4} · Port {5} · SSL/TLS</dd><dt>SMTP</dt><dd>{6} · Port {7} · STARTTLS</dd></dl></section>\
         <section class=\"card\"><h2>Grenzen</h2><ul class=\"plain\"><li>Mails bis {8} MB</li>\
         <li>{9} Mails pro Minute</li><li>{10} Empfänger pro Mail</li><li>{11} Empfänger pro Tag</li></ul></section></div>",
        esc(&a.owa_url),
        esc(&a.activesync_host),
        esc(&a.imap_host),
        a.imap_port,
        esc(&a.pop3_host),
        a.pop3_port,
        esc(&a.smtp_host),
        a.smtp_port,
        limits::MAX_MAIL_MB,
        limits::MAILS_PER_MINUTE,
        format::integer(LANG, limits::RECIPIENTS_PER_MAIL.into()),
        format::integer(LANG, limits::RECIPIENTS_PER_DAY.into())
    );
}

// ----------------------------------------------------------------- domains

pub async fn domains(b: &Backend, v: &Viewer) -> Result<Page, Refusal> {
    let (db, cid) = (&b.db, v.user.customer_id.as_str());
    let rows = domains::list(db, cid).await?;
    let checks = dns_checks::cached_for_customer(db, &b.dns, cid, &rows, b.now()).await?;

    let mut h = String::with_capacity(4 * 1024);
    h.push_str(
        "<h1>Domains</h1><p class=\"lead\">Ihre Domains und ob ihre DNS-Einträge stimmen.</p>\
         <table class=\"table\" id=\"domain-list\"><thead><tr><th scope=\"col\">Domain</th>\
         <th scope=\"col\">Mailfluss</th><th scope=\"col\">DNS-Einträge</th></tr></thead><tbody>",
    );
    for d in &rows {
        let routing = if d.fully_routed {
            "vollständig über rhönmail"
        } else {
            "teilweise"
        };
        put!(
            h,
            "<tr><th scope=\"row\"><a href=\"/domains/{}\">{}</a></th><td>{routing}</td><td>",
            esc(&d.id),
            esc(&d.name.unicode())
        );
        match checks.get(&d.id) {
            Some(c) => check_summary(&mut h, c),
            None => h.push_str("<span class=\"dns-state state-unknown\">noch nicht geprüft</span>"),
        }
        h.push_str("</td></tr>");
    }
    h.push_str("</tbody></table>");
    page("Domains", h)
}

/// The last check in one cell: problems, unverifiable, correct, when.
fn check_summary(h: &mut String, c: &CheckView) {
    let count = |wanted: fn(&RecordState) -> bool| {
        c.check.records.iter().filter(|r| wanted(&r.state)).count()
    };
    let problems = count(|s| matches!(s, RecordState::Missing | RecordState::Wrong { .. }));
    let unverifiable = count(|s| *s == RecordState::Unverifiable);
    let correct = count(|s| *s == RecordState::Correct);
    let (class, text) = match (problems, unverifiable) {
        (0, 0) => ("state-ok", format!("alle {correct} korrekt")),
        (0, n) => ("state-unknown", format!("{n} nicht prüfbar")),
        (p, 0) => ("state-bad", format!("{p} fehlen oder falsch")),
        (p, n) => (
            "state-bad",
            format!("{p} fehlen oder falsch, {n} nicht prüfbar"),
        ),
    };
    put!(
        h,
        "<span class=\"dns-state {class}\">{text}</span><br/><span class=\"hint\">geprüft {}</span>",
        when(Some(c.checked_at))
    );
    if let Some(known) = c.last_known {
        put!(
            h,
            "<br/><span class=\"hint\">zuletzt vollständig {}: {} korrekt, {} Probleme</span>",
            when(Some(known.complete_at)),
            known.correct,
            known.problems
        );
    }
}

pub async fn domain(b: &Backend, v: &Viewer, id: &str) -> Result<Page, Refusal> {
    use app::api::domains::{AddressQuery, ADDRESSES_PER_PAGE};
    let db = &b.db;
    let domain = domains::get(db, &v.user.customer_id, id)
        .await?
        .ok_or(Refusal::NotFound)?;
    let check = dns_checks::cached(db, &b.dns, &domain, b.now()).await?;
    // The first page of its addresses, as the page opens without a query.
    let counts = domains::address_counts(db, &domain, "").await?;
    let addresses = domains::address_page(db, &domain, "", ADDRESSES_PER_PAGE, 0).await?;
    let owner = domains::AllowListOwner::of_domain(&domain);
    let allow_list = domains::allow_list(db, &owner).await?;
    let expected = expected_records(&domain.name, domain.fully_routed, &b.dns.settings);
    let (name, ascii) = (domain.name.unicode(), domain.name.ascii());

    let mut h = String::with_capacity(64 * 1024);
    put!(
        h,
        "<p class=\"breadcrumb\"><a href=\"/domains\">Domains</a></p><h1>{}</h1>",
        esc(&name)
    );
    if ascii != name {
        put!(h, "<p class=\"hint\">Im DNS: {}</p>", esc(ascii));
    }
    let routing = if domain.fully_routed {
        "Alle Mails dieser Domain laufen über rhönmail."
    } else {
        "Die Domain empfängt auch bei einem anderen Server."
    };
    put!(
        h,
        "<p class=\"lead\">{routing}</p><section><h2>DNS-Einträge</h2><table class=\"table dns-records\"><thead><tr>\
         <th scope=\"col\">Name</th><th scope=\"col\">Typ</th><th scope=\"col\">Wert</th><th scope=\"col\">TTL</th>\
         <th scope=\"col\">Zustand</th></tr></thead><tbody>"
    );
    for r in &expected {
        let state = check
            .as_ref()
            .and_then(|c| c.check.records.iter().find(|s| s.key == r.key))
            .map(|s| &s.state);
        let (class, text) = match state {
            Some(RecordState::Correct) => ("state-ok", "korrekt".to_string()),
            Some(RecordState::Missing) => ("state-bad", "fehlt".to_string()),
            Some(RecordState::Wrong { found }) => {
                ("state-bad", format!("falsch: {}", found.join(", ")))
            }
            Some(RecordState::Unverifiable) => ("state-unknown", "nicht prüfbar".to_string()),
            None => ("state-unknown", "noch nicht geprüft".to_string()),
        };
        put!(
            h,
            "<tr><td>{}</td><td>{}</td><td><code>{}</code> <button type=\"button\" class=\"copy\" data-copy=\"{2}\">Kopieren</button></td>\
             <td>{}</td><td><span class=\"dns-state {class}\">{}</span></td></tr>",
            esc(&r.host),
            r.kind.as_str(),
            esc(&r.value),
            r.ttl,
            esc(&text)
        );
    }
    h.push_str("</tbody></table>");
    if let Some(c) = &check {
        put!(
            h,
            "<p class=\"hint\">Geprüft {}; {} Hinweise.</p>",
            when(Some(c.checked_at)),
            c.check.conflicts.len()
        );
    }
    put!(
        h,
        "<p><a href=\"/domains/{}/zonendatei\" download=\"{}.zone\">Zonendatei herunterladen</a></p></section>\
         <div class=\"cards\"><section class=\"card\"><h2>Adressen auf dieser Domain</h2>\
         <p class=\"hint\">{} Postfächer, {} Aliasse</p><ul class=\"plain\">",
        esc(&domain.id),
        esc(ascii),
        format::integer(LANG, counts.mailboxes as i64),
        format::integer(LANG, counts.aliases as i64)
    );
    for a in &addresses {
        let kind = if a.alias != 0 { "Alias von " } else { "" };
        put!(
            h,
            "<li><a href=\"/postfaecher/{}\">{}</a> <span class=\"hint\">{kind}{}</span></li>",
            esc(&a.mailbox_id),
            esc(&a.address),
            esc(&a.mailbox_name)
        );
    }
    let pages = counts.matching.div_ceil(ADDRESSES_PER_PAGE).max(1);
    put!(
        h,
        "</ul><nav class=\"pager\"><span>Seite 1 von {pages}</span>"
    );
    if pages > 1 {
        let next = AddressQuery {
            search: String::new(),
            page: 2,
        };
        put!(
            h,
            "<a href=\"{}\" rel=\"next\">Nächste Seite</a>",
            esc(&next.href(&domain.id))
        );
    }
    h.push_str("</nav></section>");
    if domain.fully_routed {
        allow_list_card(
            &mut h,
            "domain_id",
            &domain.id,
            &allow_list,
            v.user.role.may_edit(),
        );
    }
    h.push_str("</div>");
    page(&name, h)
}

// ----------------------------------------------------------------- add-ons

pub async fn addons(b: &Backend, v: &Viewer) -> Result<Page, Refusal> {
    use app::api::addons::REQUESTS_SHOWN;
    let (db, cid) = (&b.db, v.user.customer_id.as_str());
    let today = db.clock.today();
    let booked = addons::active(db, cid, &today.to_string()).await?;
    let exchange_mailboxes = addons::mailbox_count(db, cid).await?;
    let ctx = rules::Context {
        today,
        exchange_mailboxes,
        booked: booked
            .iter()
            .filter_map(|a| AddonKind::parse(&a.kind))
            .collect(),
        mailbox_address: None,
        contract_ends: app::backend::cancellations::contract_end(db, cid).await?,
    };
    let requests = service_requests::list(db, cid, REQUESTS_SHOWN).await?;
    let mailboxes = addons::mailbox_choices(db, cid).await?;
    let prices = &b.service.prices;

    let mut h = String::with_capacity(1 << 20);
    h.push_str(
        "<h1>Add-ons</h1><p class=\"lead\">Was gebucht ist, was es kostet, und Aufträge an den Support.</p>\
         <section class=\"card\"><h2>Gebucht</h2><table class=\"table\"><thead><tr><th scope=\"col\">Leistung</th>\
         <th scope=\"col\">Anzahl</th><th scope=\"col\">Zeitraum</th><th scope=\"col\">netto/Monat</th>\
         <th scope=\"col\">Kündigen</th></tr></thead><tbody>",
    );
    let mut total_net = 0;
    for a in &booked {
        let kind = AddonKind::parse(&a.kind);
        let monthly = prices
            .quote(&a.kind, a.quantity.max(0) as u32)
            .and_then(|q| q.monthly);
        total_net += monthly.map_or(0, |m| m.net_cents);
        put!(
            h,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>seit {}</td><td>{}</td><td>",
            esc(addon_name(&a.kind)),
            a.quantity,
            day(&a.booked_on),
            monthly.map(|m| euro(m.net_cents)).unwrap_or_default()
        );
        if kind.is_some_and(AddonKind::is_m365) {
            put!(
                h,
                "<a href=\"/vertrag/kuendigen?was={}\">Im Vertrag kündigen</a>",
                esc(&a.kind)
            );
        } else if v.user.role.may_edit() {
            end_select(&mut h, &a.kind, today);
        }
        h.push_str("</td></tr>");
    }
    monthly_total(
        &mut h,
        Money::from_net(total_net, prices.vat_percent),
        prices.vat_percent,
        3,
    );
    h.push_str("</table></section>");
    if v.user.role.may_edit() {
        offers(&mut h, b, &ctx);
        support_requests(&mut h, b, &mailboxes, today);
    }
    request_table(&mut h, &requests);
    page("Add-ons", h)
}

/// The cancellation form of a monthly add-on: earliest end and five later ones.
fn end_select(h: &mut String, kind: &str, today: time::Date) {
    let earliest = dates::monthly_earliest_end(today);
    let mut ends = vec![earliest];
    ends.extend(dates::later_month_ends(earliest, 5));
    put!(
        h,
        "<form method=\"post\" action=\"/api/cancel-addon\" class=\"inline-form\">\
         <input type=\"hidden\" name=\"kind\" value=\"{0}\"/><label for=\"end-{0}\">Ende</label>\
         <select id=\"end-{0}\" name=\"end\">",
        esc(kind)
    );
    for (i, end) in ends.iter().enumerate() {
        let selected = if i == 0 { " selected" } else { "" };
        put!(
            h,
            "<option value=\"{end}\"{selected}>{}</option>",
            format::date(LANG, *end)
        );
    }
    put!(
        h,
        "</select><button type=\"submit\" class=\"button-secondary\">Kündigen zum {}</button></form>",
        format::date(LANG, earliest)
    );
}

fn monthly_total(h: &mut String, total: Money, vat_percent: u32, label_columns: usize) {
    put!(
        h,
        "<tfoot><tr><th scope=\"row\" colspan=\"{label_columns}\">Summe netto</th><td>{}</td></tr>\
         <tr><th scope=\"row\" colspan=\"{label_columns}\">zzgl. {vat_percent} % USt.</th><td>{}</td></tr>\
         <tr><th scope=\"row\" colspan=\"{label_columns}\">Summe brutto</th><td>{}</td></tr></tfoot>",
        euro(total.net_cents),
        euro(total.vat_cents),
        euro(total.gross_cents)
    );
}

fn offers(h: &mut String, b: &Backend, ctx: &rules::Context) {
    let prices = &b.service.prices;
    h.push_str("<section class=\"card\"><h2>Buchbar</h2><div class=\"offers\">");
    for kind in AddonKind::ALL {
        let price = prices
            .quote(kind.as_str(), 1)
            .and_then(|q| q.monthly)
            .map(|m| {
                format!(
                    "{} netto im Monat zzgl. {} % USt.",
                    euro(m.net_cents),
                    prices.vat_percent
                )
            })
            .unwrap_or_default();
        put!(
            h,
            "<section class=\"offer\"><h3>{}</h3><p>{price}</p>",
            esc(addon_name(kind.as_str()))
        );
        match rules::check_booking(kind, 1, true, ctx) {
            Err(e) => put!(h, "<p class=\"notice\">{}</p>", e.message_id),
            Ok(_) => put!(
                h,
                "<form method=\"post\" action=\"/api/book-addon\" class=\"form narrow-form\">\
                 <input type=\"hidden\" name=\"kind\" value=\"{0}\"/><label for=\"{0}-quantity\">Anzahl</label>\
                 <input id=\"{0}-quantity\" name=\"quantity\" type=\"number\" min=\"1\" max=\"{1}\" value=\"1\"/>\
                 <button type=\"submit\" class=\"button-primary\">Buchen</button></form>",
                kind.as_str(),
                kind.quantity_range().end()
            ),
        }
        h.push_str("</section>");
    }
    h.push_str("</div></section>");
}

/// The four support requests, each naming a mailbox from a select of all.
fn support_requests(
    h: &mut String,
    b: &Backend,
    mailboxes: &[(String, String)],
    today: time::Date,
) {
    let prices = &b.service.prices;
    h.push_str("<section class=\"card\"><h2>Aufträge an den Support</h2><div class=\"offers\">");
    for (kind, select_id) in [
        ("pst-export", "export-object"),
        ("pst-import", "import-mailbox"),
        ("restore", "restore-mailbox"),
        ("password-reset", "reset-mailbox"),
    ] {
        let price = REQUEST_PRICE_KEYS
            .iter()
            .find(|k| **k == kind)
            .and_then(|k| prices.quote(k, 1))
            .and_then(|q| q.once)
            .map(|m| format!("{} netto einmalig", euro(m.net_cents)))
            .unwrap_or_default();
        put!(
            h,
            "<section class=\"offer\"><h3>{kind}</h3><p class=\"hint\">{price}</p>\
             <form method=\"post\" action=\"/api/request-{kind}\" class=\"form narrow-form\">\
             <label for=\"{select_id}\">Postfach</label><select id=\"{select_id}\" name=\"mailbox_id\" required>\
             <option value=\"\">Bitte wählen</option>"
        );
        for (id, address) in mailboxes {
            put!(h, "<option value=\"{}\">{}</option>", esc(id), esc(address));
        }
        put!(
            h,
            "</select><label for=\"{kind}-date\">Datum</label><input id=\"{kind}-date\" name=\"date\" type=\"date\"/>\
             <p class=\"hint\">frühestens {}</p><button type=\"submit\" class=\"button-primary\">Beauftragen</button>\
             </form></section>",
            format::date(LANG, rules::export_window(today).0)
        );
    }
    h.push_str("</div></section>");
}

fn request_table(h: &mut String, requests: &[app::domain::service_request::RequestView]) {
    h.push_str(
        "<section class=\"card\"><h2>Aufträge</h2><table class=\"table\" id=\"request-list\"><thead><tr>\
         <th scope=\"col\">Nummer</th><th scope=\"col\">Art</th><th scope=\"col\">Betrifft</th>\
         <th scope=\"col\">Eingegangen</th><th scope=\"col\">Stand</th></tr></thead><tbody>",
    );
    for r in requests {
        let details = r
            .details
            .iter()
            .map(|(k, v)| format!("{k}: {}", day(v)))
            .collect::<Vec<_>>()
            .join(" · ");
        put!(
            h,
            "<tr><th scope=\"row\">{}</th><td>{}<br/><span class=\"hint\">{}</span></td><td>{}</td><td>{}</td>\
             <td><span class=\"request-status status-{3}\">{3}</span>",
            esc(&r.number),
            esc(&r.kind),
            esc(&details),
            r.status.as_str(),
            when(Some(r.created_at))
        );
        if let Some(reason) = &r.reason {
            put!(h, "<br/><span class=\"hint\">{}</span>", esc(reason));
        }
        h.push_str("</td></tr>");
    }
    h.push_str("</tbody></table></section>");
}

// ---------------------------------------------------------------- contract

pub async fn contract(b: &Backend, v: &Viewer) -> Result<Page, Refusal> {
    let (db, cid) = (&b.db, v.user.customer_id.as_str());
    let stored = contracts::get(db, cid).await?.ok_or(Refusal::NotFound)?;
    let customer = customers::get(db, cid).await?.ok_or(Refusal::NotFound)?;
    let (facts, filed) = cancellations::facts(db, cid, &stored, db.clock.today()).await?;
    let today = facts.today;
    let prices = &b.service.prices;
    let monthly = |key: &str, units: u32| prices.quote(key, units).and_then(|q| q.monthly);
    let mailbox_count = addons::mailbox_count(db, cid).await?;
    let mut items = vec![(
        "Exchange-Postfächer".to_string(),
        mailbox_count,
        monthly(MAILBOX_PRICE_KEY, mailbox_count),
    )];
    for a in addons::active(db, cid, &today.to_string()).await? {
        let quantity = a.quantity.max(0) as u32;
        items.push((
            addon_name(&a.kind).to_string(),
            quantity,
            monthly(&a.kind, quantity),
        ));
    }
    let total_net = items.iter().filter_map(|i| i.2.map(|m| m.net_cents)).sum();
    let earliest = cancellation::earliest(Target::Contract, &facts);

    let mut h = String::with_capacity(8 * 1024);
    h.push_str("<h1>Vertrag</h1>");
    for c in &filed {
        put!(
            h,
            "<section class=\"card\"><h2>Gekündigt</h2><p>{} zum {} (von {} am {})</p></section>",
            c.target.as_str(),
            format::date(LANG, c.ends_on),
            esc(&c.requested_by_email),
            when(Some(c.created_at))
        );
    }
    put!(
        h,
        "<section class=\"card\"><h2>Vertragsdaten</h2><dl class=\"facts\"><dt>Kunde</dt><dd>{} · {}</dd>\
         <dt>Produkt</dt><dd>rhönmail Exchange</dd><dt>Unterschrieben am</dt><dd>{}</dd>\
         <dt>Beginn</dt><dd>{} <span class=\"hint\">erster Tag des Monats der Bereitstellung</span></dd>\
         <dt>Mindestlaufzeit</dt><dd>{} Monate, bis {}</dd><dt>Kündigungsfrist</dt><dd>{} Monat zum Monatsende</dd>\
         </dl></section>",
        esc(&customer.name),
        esc(&customer.number),
        format::date(LANG, stored.signed_on),
        format::date(LANG, stored.starts_on),
        stored.minimum_term_months,
        format::date(LANG, minimum_term_end(stored.starts_on, stored.minimum_term_months)),
        stored.notice_months
    );
    h.push_str(
        "<section class=\"card\"><h2>Gebuchte Leistungen</h2><table class=\"table\"><thead><tr>\
         <th scope=\"col\">Leistung</th><th scope=\"col\">Anzahl</th><th scope=\"col\">netto/Monat</th></tr></thead><tbody>",
    );
    for (label, quantity, price) in &items {
        put!(
            h,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td></tr>",
            esc(label),
            format::integer(LANG, *quantity as i64),
            price.map_or_else(|| "nach Angebot".to_string(), |m| euro(m.net_cents))
        );
    }
    h.push_str("</tbody>");
    monthly_total(
        &mut h,
        Money::from_net(total_net, prices.vat_percent),
        prices.vat_percent,
        2,
    );
    h.push_str("</table></section>");
    if facts.contract_ends.is_none() {
        put!(
            h,
            "<section class=\"card\"><h2>Bei Kündigung heute</h2><p>Eingang heute, {}:</p>",
            format::date(LANG, today)
        );
        timeline_list(&mut h, &timeline(earliest));
        if !takeover_possible(today, earliest) {
            h.push_str("<p class=\"notice\">Die Datenübernahme ist zum frühesten Ende nicht mehr bestellbar.</p>");
        }
        h.push_str("</section>");
    }
    let m365: Vec<_> = facts
        .addons
        .iter()
        .filter(|k| k.is_m365() && !facts.filed.contains(&Target::Addon(**k)))
        .filter_map(|&k| {
            Some((
                k,
                *cancellation::end_choices(Target::Addon(k), &facts).first()?,
            ))
        })
        .collect();
    if !m365.is_empty() {
        h.push_str("<section class=\"card\"><h2>Microsoft 365</h2><table class=\"table\"><tbody>");
        for (kind, end) in m365 {
            put!(
                h,
                "<tr><th scope=\"row\">{}</th><td>{}</td></tr>",
                esc(addon_name(kind.as_str())),
                format::date(LANG, end)
            );
        }
        h.push_str("</tbody></table></section>");
    }
    let can_cancel =
        v.user.role.may_edit() && !choosable(&facts, v.user.role.may_cancel_contract()).is_empty();
    put!(
        h,
        "<section class=\"card\"><h2>Kündigen</h2><p>Kündigungen nimmt rhöncloud nur per Mail an {} an.</p>{}</section>",
        esc(&b.service.contract_address),
        if can_cancel {
            "<p><a class=\"button-primary\" href=\"/vertrag/kuendigen\">Kündigung vorbereiten</a></p>"
        } else {
            "<p class=\"notice\">Nichts, was Sie kündigen können.</p>"
        }
    );
    page("Vertrag", h)
}

fn timeline_list(h: &mut String, t: &Timeline) {
    put!(
        h,
        "<ol class=\"timeline\"><li>Datenübernahme bestellen bis {}</li><li>Vertragsende {}</li>\
         <li>Löschung aller Daten am {}</li><li>Sicherungen gelöscht bis {}</li><li>Export bereit bis {}</li>\
         <li>Export abrufbar bis {}</li></ol>",
        format::date(LANG, t.takeover_order_by),
        format::date(LANG, t.end),
        format::date(LANG, t.deletion_on),
        format::date(LANG, t.backups_gone_by),
        format::date(LANG, t.export_ready_by),
        format::date(LANG, t.export_available_until)
    );
}

pub async fn cancellation(b: &Backend, v: &Viewer) -> Result<Page, Refusal> {
    if !v.user.role.may_edit() {
        return Err(Refusal::NotFound);
    }
    let (db, cid) = (&b.db, v.user.customer_id.as_str());
    let stored = contracts::get(db, cid).await?.ok_or(Refusal::NotFound)?;
    let (facts, _) = cancellations::facts(db, cid, &stored, db.clock.today()).await?;
    let targets = choosable(&facts, v.user.role.may_cancel_contract());
    // The takeover's total for all mailboxes, counted as the portal's wizard does.
    let takeover = {
        let mut conn = db.pool.acquire().await?;
        cancellations::takeover_cost(&mut conn, b, cid).await?
    };

    let mut h = String::with_capacity(8 * 1024);
    h.push_str(
        "<p class=\"breadcrumb\"><a href=\"/vertrag\">Vertrag</a></p><h1>Kündigen</h1>\
         <form method=\"post\" action=\"/api/cancel\" class=\"form wizard\"><fieldset><legend>1. Was</legend>",
    );
    for (i, t) in targets.iter().enumerate() {
        let checked = if i == 0 { " checked" } else { "" };
        let label = match t {
            Target::Contract => "Den ganzen Vertrag",
            Target::Addon(kind) => addon_name(kind.as_str()),
        };
        put!(
            h,
            "<p><input id=\"target-{0}\" type=\"radio\" name=\"target\" value=\"{0}\"{checked}/> \
             <label for=\"target-{0}\">{1}</label></p>",
            t.as_str(),
            esc(label)
        );
    }
    h.push_str("</fieldset>");
    if let Some(first) = targets.first() {
        let ends = cancellation::end_choices(*first, &facts);
        h.push_str("<fieldset><legend>2. Zum</legend><select id=\"cancel-end\" name=\"end\">");
        for end in &ends {
            put!(
                h,
                "<option value=\"{end}\">{}</option>",
                format::date(LANG, *end)
            );
        }
        h.push_str("</select></fieldset>");
        if let Some(end) = ends.first() {
            let offered = cancellation::takeover_offered(*first, *end, &facts);
            put!(
                h,
                "<fieldset><legend>3. Datenübernahme</legend><p><input id=\"takeover\" type=\"checkbox\" name=\"takeover\"{}/> \
                 <label for=\"takeover\">Datenübernahme bestellen ({})</label></p></fieldset>\
                 <fieldset><legend>4. Zusammenfassung</legend>",
                if offered { "" } else { " disabled" },
                takeover.map_or_else(String::new, |t| format!(
                    "{} Postfächer × {} = {} netto",
                    format::integer(LANG, t.mailboxes.into()),
                    euro(t.each.net_cents),
                    euro(t.total.net_cents)
                ))
            );
            timeline_list(&mut h, &timeline(*end));
            h.push_str("</fieldset>");
        }
    }
    put!(
        h,
        "<fieldset><legend>5. Bestätigen</legend><p><input id=\"cancel-confirm\" type=\"checkbox\" name=\"confirm\" value=\"yes\" required/> \
         <label for=\"cancel-confirm\">Ich möchte kündigen.</label></p><label for=\"cancel-password\">Passwort</label>\
         <input id=\"cancel-password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required/>\
         <label for=\"cancel-code\">Aktueller Code</label><input id=\"cancel-code\" name=\"code\" inputmode=\"numeric\" \
         autocomplete=\"one-time-code\" pattern=\"[0-9]{{6}}\" maxlength=\"6\" required/></fieldset>\
         <p class=\"hint\">Die Kündigung geht per Mail an {}.</p><button type=\"submit\" class=\"button-danger\">Kündigen</button></form>",
        esc(&b.service.contract_address)
    );
    page("Kündigen", h)
}

// ----------------------------------------------------------------- account

pub async fn account(b: &Backend, v: &Viewer) -> Result<Page, Refusal> {
    use app::api::account::SECURITY_LOG_LIMIT;
    let (u, cid) = (&v.user, v.user.customer_id.as_str());
    let unused = totp::unused_recovery_codes(b, &u.id).await?;
    let alternative = alternative_email::of(b, &u.id).await?;
    let keys = passkeys::list(&b.db, &u.id).await?;
    let now = app::backend::clock::real_now();
    let logins = login_sessions::active(b, &u.id, b.sessions, now).await?;
    let owner = u.role.may_manage_team();
    let members = if owner {
        team::members(b, cid).await?
    } else {
        vec![]
    };
    let events = if owner {
        security_log::recent(b, cid, SECURITY_LOG_LIMIT).await?
    } else {
        vec![]
    };

    let mut h = String::with_capacity(64 * 1024);
    put!(
        h,
        "<h1>Konto</h1><div class=\"cards\"><section class=\"card\"><h2>Ihre Daten</h2><dl class=\"facts\">\
         <dt>Name</dt><dd>{}</dd><dt>E-Mail-Adresse</dt><dd>{}</dd><dt>Rolle</dt><dd>{}</dd></dl></section>\
         <section class=\"card\"><h2>Zwei-Faktor-Anmeldung</h2><p>Aktiv; {unused} Wiederherstellungscodes übrig.</p>\
         <form method=\"post\" action=\"/api/start_reenrolment\" class=\"form\">{}<button type=\"submit\" \
         class=\"button-secondary\">Neues Gerät einrichten</button></form></section></div>",
        esc(&u.display_name),
        esc(&u.email),
        u.role.as_str(),
        reauth_inputs("reenrol")
    );
    passkey_table(&mut h, &keys, b.passkeys.is_some());
    put!(
        h,
        "<section class=\"card\" id=\"alternative-adresse\"><h2>Alternative Adresse</h2><p>{}</p>\
         <form method=\"post\" action=\"/api/change_alternative_email\" class=\"form narrow-form\">\
         <label for=\"alt-email\">Adresse</label><input id=\"alt-email\" name=\"alternative_email\" type=\"email\"/>{}\
         <button type=\"submit\" class=\"button-secondary\">Speichern</button></form></section>",
        alternative.as_deref().map_or_else(|| "Keine hinterlegt.".into(), esc),
        reauth_inputs("alt-email")
    );
    h.push_str(
        "<section class=\"card\"><h2>Passwort ändern</h2><form method=\"post\" action=\"/api/change_password\" class=\"form narrow-form\">\
         <label for=\"current-password\">Aktuelles Passwort</label><input id=\"current-password\" name=\"current_password\" type=\"password\" required/>\
         <label for=\"new-password\">Neues Passwort</label><input id=\"new-password\" name=\"new_password\" type=\"password\" minlength=\"12\" required/>\
         <label for=\"new-password-repeat\">Wiederholen</label><input id=\"new-password-repeat\" name=\"new_password_repeat\" type=\"password\" required/>\
         <label class=\"checkbox\"><input type=\"checkbox\" name=\"end_other_sessions\" value=\"on\" checked/>Andere Anmeldungen beenden</label>\
         <button type=\"submit\" class=\"button-primary\">Passwort ändern</button></form></section>",
    );
    login_table(&mut h, &logins, &v.login_id);
    if owner {
        member_table(&mut h, &members, &u.id);
        event_table(&mut h, &events);
    }
    page("Konto", h)
}

fn reauth_inputs(prefix: &str) -> String {
    format!(
        "<label for=\"{prefix}-password\">Passwort</label><input id=\"{prefix}-password\" name=\"password\" type=\"password\" required/>\
         <label for=\"{prefix}-code\">Aktueller Code</label><input id=\"{prefix}-code\" name=\"code\" inputmode=\"numeric\" \
         pattern=\"[0-9]{{6}}\" maxlength=\"6\" required/>"
    )
}

fn passkey_table(h: &mut String, keys: &[passkeys::PasskeyEntry], available: bool) {
    h.push_str("<section class=\"card\" id=\"passkeys\"><h2>Passkeys</h2>");
    if !available {
        h.push_str("<p>Passkeys brauchen einen Domainnamen.</p></section>");
        return;
    }
    h.push_str("<table class=\"table\"><tbody>");
    for k in keys {
        put!(
            h,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td></tr>",
            esc(&k.name),
            when(Some(k.created_at)),
            when(k.last_used_at)
        );
    }
    put!(
        h,
        "</tbody></table><form method=\"post\" action=\"/api/prepare_passkey\" class=\"form narrow-form\">\
         <label for=\"passkey-name\">Name</label><input id=\"passkey-name\" name=\"name\" required/>{}\
         <button type=\"submit\" class=\"button-secondary\">Passkey hinzufügen</button></form></section>",
        reauth_inputs("passkey")
    );
}

fn login_table(h: &mut String, logins: &[login_sessions::LoginSession], current: &str) {
    h.push_str(
        "<section class=\"card\" id=\"anmeldungen\"><h2>Anmeldungen</h2><table class=\"table stacked\"><thead><tr>\
         <th scope=\"col\">Gerät</th><th scope=\"col\">IP-Adresse</th><th scope=\"col\">Seit</th>\
         <th scope=\"col\">Zuletzt aktiv</th><th scope=\"col\"></th></tr></thead><tbody>",
    );
    for l in logins {
        let device = match app::domain::user_agent::summary(&l.user_agent) {
            (Some(b), Some(s)) => format!("{b} · {s}"),
            (Some(one), None) | (None, Some(one)) => one.to_string(),
            (None, None) => "Unbekanntes Gerät".into(),
        };
        put!(h, "<tr><th scope=\"row\">{}", esc(&device));
        if l.id == current {
            h.push_str(" <strong class=\"badge\">Dieses Gerät</strong>");
        }
        put!(
            h,
            "</th><td>{}</td><td class=\"nowrap\">{}</td><td class=\"nowrap\">{}</td><td>",
            esc(&l.ip),
            when(Some(l.started_at)),
            when(Some(l.last_seen_at))
        );
        if l.id != current {
            put!(
                h,
                "<form method=\"post\" action=\"/api/end_login\" class=\"inline-form\"><button name=\"id\" value=\"{}\">Beenden</button></form>",
                esc(&l.id)
            );
        }
        h.push_str("</td></tr>");
    }
    h.push_str("</tbody></table></section>");
}

fn member_table(h: &mut String, members: &[team::Member], me: &str) {
    h.push_str(
        "<section class=\"card\"><h2>Team</h2><table class=\"table\" id=\"team-members\"><thead><tr>\
         <th scope=\"col\">Name</th><th scope=\"col\">Rolle</th><th scope=\"col\">Stand</th><th scope=\"col\">Aktionen</th>\
         </tr></thead><tbody>",
    );
    for m in members {
        let state = match (m.active, m.totp_enabled) {
            (false, _) => "eingeladen",
            (true, true) => "aktiv",
            (true, false) => "ohne zweiten Faktor",
        };
        put!(
            h,
            "<tr><th scope=\"row\">{}<br/><span class=\"hint\">{}</span></th><td>\
             <form method=\"post\" action=\"/api/change_role\" class=\"inline-form\"><input type=\"hidden\" name=\"user_id\" value=\"{}\"/>\
             <select name=\"role\">",
            esc(&m.display_name),
            esc(&m.email),
            esc(&m.id)
        );
        for role in ["owner", "admin", "readonly"] {
            let selected = if role == m.role.as_str() {
                " selected"
            } else {
                ""
            };
            put!(h, "<option value=\"{role}\"{selected}>{role}</option>");
        }
        put!(
            h,
            "</select><button type=\"submit\" class=\"button-secondary\">Ändern</button></form></td><td>{state}</td><td>"
        );
        if m.id != me {
            put!(
                h,
                "<form method=\"post\" action=\"/api/remove_user\" class=\"inline-form\"><button name=\"user_id\" value=\"{}\">Entfernen</button></form>",
                esc(&m.id)
            );
        }
        h.push_str("</td></tr>");
    }
    h.push_str("</tbody></table></section>");
}

fn event_table(h: &mut String, events: &[security_log::Event]) {
    h.push_str(
        "<section class=\"card\"><h2>Sicherheitsprotokoll</h2><table class=\"table\"><thead><tr>\
         <th scope=\"col\">Wann</th><th scope=\"col\">Wer</th><th scope=\"col\">Was</th><th scope=\"col\">IP-Adresse</th>\
         </tr></thead><tbody>",
    );
    for e in events {
        put!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{}",
            when(Some(e.at)),
            esc(&e.actor_email),
            esc(&e.kind)
        );
        if let Some(detail) = &e.detail {
            put!(h, ": {}", esc(detail));
        }
        put!(h, "</td><td>{}</td></tr>", esc(&e.ip));
    }
    h.push_str("</tbody></table></section>");
}
