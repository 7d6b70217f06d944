//! What the operator commands do (everything but `serve`).

use app::backend::{customers, demo, tokens, users, Backend};
use app::domain::mail_address::MailAddress;

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
