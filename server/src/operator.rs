//! What the operator commands do (everything but `serve`).

use app::backend::usage_import::{self, ImportError};
use app::backend::{customers, demo, outbox, tokens, users, Backend};
use app::domain::format;
use app::domain::mail_address::MailAddress;
use app::i18n::Lang;

pub async fn create_customer(backend: &Backend, number: &str, name: &str) -> anyhow::Result<()> {
    let customer = customers::create(&backend.db, number, name).await?;
    println!("Kunde angelegt: {} ({})", customer.name, customer.number);
    Ok(())
}

pub async fn create_user(
    backend: &Backend,
    customer: &str,
    email: &str,
    name: &str,
    role: &str,
) -> anyhow::Result<()> {
    let role = users::Role::parse(role)
        .ok_or_else(|| anyhow::anyhow!("unknown role {role:?}: use owner, admin or readonly"))?;
    let email = MailAddress::parse(email)
        .map_err(|_| anyhow::anyhow!("{email:?} is not a valid e-mail address"))?;
    let customer = customers::find_by_number(&backend.db, customer)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no customer with number {customer:?}"))?;
    let user_id = users::create(&backend.db, &customer.id, &email, name, role).await?;
    let token = tokens::create(
        &backend.db,
        &user_id,
        "set",
        tokens::SET_PASSWORD_VALIDITY_SECS,
    )
    .await?;
    println!(
        "Benutzer angelegt: {email} ({}) für {}",
        role.as_str(),
        customer.name
    );
    println!("Einmal-Link zum Festlegen des Passworts (7 Tage gültig):");
    println!("{}/passwort-setzen?token={token}", backend.public_url);
    Ok(())
}

pub async fn seed_demo(backend: &Backend) -> anyhow::Result<()> {
    if demo::seed(&backend.db, &backend.passwords).await? {
        println!("Demo-Kunde Muster GmbH angelegt.");
    } else {
        println!("Demo-Kunde Muster GmbH ist schon vorhanden.");
    }
    print_demo_login(backend);
    Ok(())
}

pub fn print_demo_login(backend: &Backend) {
    println!("Anmelden unter {}/anmelden", backend.public_url);
    println!(
        "  Inhaberin:  {}  Passwort: {}",
        demo::OWNER_EMAIL,
        demo::PASSWORD
    );
    println!(
        "  Admin:      {}  Passwort: {}",
        demo::ADMIN_EMAIL,
        demo::PASSWORD
    );
    println!(
        "  Nur lesen:  {}  Passwort: {}",
        demo::READONLY_EMAIL,
        demo::PASSWORD
    );
    println!("Bei der ersten Anmeldung richten Sie eine Authenticator-App ein (QR-Code).");
}

pub async fn import_stats(backend: &Backend, file: &std::path::Path) -> anyhow::Result<()> {
    let bytes =
        std::fs::read(file).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", file.display()))?;
    match usage_import::import(backend, &bytes, backend.now()).await {
        Ok(report) => {
            print_import_report(&report);
            Ok(())
        }
        Err(ImportError::Invalid(errors)) => {
            for error in &errors {
                eprintln!("{error}");
            }
            anyhow::bail!("{} Fehler, nichts eingelesen", errors.len())
        }
        Err(e) => Err(e.into()),
    }
}

fn print_import_report(report: &usage_import::ImportReport) {
    match report
        .already_imported_at
        .and_then(|at| format::unix_date_time(Lang::De, at))
    {
        Some(at) => println!("Diese Datei wurde schon am {at} eingelesen; nichts geändert."),
        None => println!(
            "{} Postfächer eingelesen, {} Speicherhinweise, {} Mails in der Warteschlange.",
            report.rows, report.alerts, report.mails
        ),
    }
}

pub async fn outbox(backend: &Backend, retry: Option<&str>) -> anyhow::Result<()> {
    if let Some(id) = retry {
        if outbox::requeue(&backend.db, id, backend.now()).await? {
            println!("Mail {id} wird erneut versandt.");
            return Ok(());
        }
        anyhow::bail!("keine unzustellbare Mail mit der Kennung {id}");
    }
    for (state, count) in outbox::counts(&backend.db).await? {
        println!("{state:>7}: {count}");
    }
    let dead = outbox::list(&backend.db, "dead", 50).await?;
    if !dead.is_empty() {
        println!("\nUnzustellbar (neueste zuerst; erneut senden mit --retry KENNUNG):");
    }
    for mail in dead {
        let at = format::unix_date_time(Lang::De, mail.created_at).unwrap_or_default();
        println!(
            "{}  {at}  {}  an {}  nach {} Versuchen: {}",
            mail.id,
            mail.kind,
            mail.recipients,
            mail.attempts,
            mail.last_error.unwrap_or_default()
        );
    }
    Ok(())
}

pub async fn alert_recipients(backend: &Backend, customer: &str, to: &str) -> anyhow::Result<()> {
    if !["mailbox", "admins", "both"].contains(&to) {
        anyhow::bail!("unknown recipients {to:?}: use mailbox, admins or both");
    }
    let customer = customers::find_by_number(&backend.db, customer)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no customer with number {customer:?}"))?;
    customers::set_alert_recipients(&backend.db, &customer.id, to).await?;
    println!(
        "Speicherhinweise für {} gehen jetzt an: {to}",
        customer.name
    );
    Ok(())
}

pub async fn add_domain(
    backend: &Backend,
    customer: &str,
    domain: &str,
    fully_routed: bool,
) -> anyhow::Result<()> {
    use app::backend::domains;
    use app::domain::dns::domain_name::DomainName;
    let name = DomainName::parse(domain)
        .map_err(|e| anyhow::anyhow!("{domain:?} is not a valid domain name ({e:?})"))?;
    domains::add(&backend.db, customer, &name, fully_routed, backend.now()).await?;
    println!(
        "Domain {} ({}) angelegt, {}",
        name.unicode(),
        name.ascii(),
        if fully_routed {
            "Mail vollständig über rhönmail"
        } else {
            "Mail teilweise über rhönmail"
        }
    );
    Ok(())
}

pub async fn check_domains(backend: &Backend) -> anyhow::Result<()> {
    let checked = app::backend::dns_checks::recheck_due(backend, backend.now()).await?;
    println!("{checked} Domain(s) geprüft");
    Ok(())
}

pub async fn request_status(
    backend: &Backend,
    number: &str,
    status: &str,
    reason: Option<&str>,
) -> anyhow::Result<()> {
    use app::backend::service_requests;
    use app::domain::service_request::RequestStatus;
    let status = RequestStatus::parse(status).ok_or_else(|| {
        anyhow::anyhow!("unknown status {status:?}: use received, in_progress, done or rejected")
    })?;
    let request =
        service_requests::set_status(backend, number, status, reason, backend.now()).await?;
    println!(
        "Anfrage {} ist jetzt: {}",
        request.number,
        request.status.as_str()
    );
    Ok(())
}

pub async fn set_contract(
    backend: &Backend,
    customer: &str,
    signed_on: &str,
    provided_on: &str,
    minimum_term_months: u32,
) -> anyhow::Result<()> {
    use app::backend::contracts::{self, ContractError};
    use app::domain::addons::dates::parse_iso;
    let day = |text: &str, what: &str| {
        parse_iso(text)
            .ok_or_else(|| anyhow::anyhow!("{what}: {text:?} ist kein Datum (JJJJ-MM-TT)."))
    };
    let signed = day(signed_on, "--signed-on")?;
    let provided = day(provided_on, "--provided-on")?;
    match contracts::set(&backend.db, customer, signed, provided, minimum_term_months, backend.now()).await {
        Ok(starts) => println!(
            "Vertrag von Kunde {customer}: unterschrieben am {}, Beginn {}, Mindestlaufzeit {minimum_term_months} Monat(e).",
            format::date(Lang::De, signed),
            format::date(Lang::De, starts)
        ),
        Err(ContractError::UnknownCustomer(number)) => {
            anyhow::bail!("Kein Kunde mit der Kundennummer {number:?}.")
        }
        Err(ContractError::ProvisioningOutOfTime) => anyhow::bail!(
            "Die Postfächer müssen zwischen Unterschrift und spätestens drei Monaten danach bereitgestellt werden ({signed} bis {}).",
            app::domain::contract::timeline::add_months(signed, app::domain::contract::timeline::PROVISIONING_MONTHS)
        ),
        Err(ContractError::MinimumTerm) => {
            anyhow::bail!("Die Mindestlaufzeit muss 1 bis 120 Monate betragen.")
        }
        Err(ContractError::Db(e)) => return Err(e.into()),
    }
    Ok(())
}

pub async fn confirm_cancellation(
    backend: &Backend,
    customer_number: &str,
    target: &str,
    note: Option<&str>,
) -> anyhow::Result<()> {
    use app::backend::cancellations::{self, ConfirmError};
    match cancellations::confirm(&backend.db, customer_number, target, note, backend.now()).await {
        Ok(true) => println!(
            "Kündigung von {target} für Kunde {customer_number} als bestätigt vermerkt."
        ),
        Ok(false) => println!(
            "Die Kündigung von {target} für Kunde {customer_number} war schon bestätigt; nichts geändert."
        ),
        Err(ConfirmError::UnknownCustomer(number)) => {
            anyhow::bail!("Kein Kunde mit der Kundennummer {number:?}.")
        }
        Err(ConfirmError::NoCancellation(number, target)) => {
            anyhow::bail!("Kunde {number} hat keine Kündigung von {target:?}.")
        }
        Err(ConfirmError::Db(e)) => return Err(e.into()),
    }
    Ok(())
}
