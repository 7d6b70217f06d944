//! The users of one customer organisation: invite, change roles, remove.
//!
//! Every statement is scoped by the customer id, so an id of another
//! customer's user is "not found". An organisation always keeps at least one
//! owner: the last owner can be neither demoted nor removed.

use super::outbox::NewMail;
use super::tokens::{self, SET_PASSWORD_VALIDITY_SECS};
use super::users::Role;
use super::{db::violates, new_id, Backend};
use crate::domain::mail_address::MailAddress;
use crate::i18n::Lang;
use sqlx::{Any, Row, Transaction};

#[derive(Debug, thiserror::Error)]
pub enum TeamError {
    #[error("no such user in this organisation")]
    NotFound,
    #[error("the address belongs to a user of this organisation already")]
    AlreadyMember,
    #[error("the organisation needs at least one owner")]
    LastOwner,
    #[error("users cannot remove themselves")]
    Yourself,
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

/// An active user of the organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub id: String,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    /// The user has set a password (else the invitation is still open).
    pub active: bool,
    pub totp_enabled: bool,
}

/// The organisation's active users, by name.
pub async fn members(backend: &Backend, customer_id: &str) -> Result<Vec<Member>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, email, display_name, role, CAST(CASE WHEN password_hash IS NULL THEN 0 ELSE 1 END AS BIGINT), \
         CAST(CASE WHEN totp_secret_encrypted IS NULL THEN 0 ELSE 1 END AS BIGINT) \
         FROM users WHERE customer_id = $1 AND disabled_at IS NULL ORDER BY display_name, email",
    )
    .bind(customer_id)
    .fetch_all(&backend.db.pool)
    .await?;
    Ok(rows
        .iter()
        .filter_map(|r| {
            Some(Member {
                id: r.get(0),
                email: r.get(1),
                display_name: r.get(2),
                role: Role::parse(&r.get::<String, _>(3))?,
                active: r.get::<i64, _>(4) != 0,
                totp_enabled: r.get::<i64, _>(5) != 0,
            })
        })
        .collect())
}

/// What became of an invitation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invitation {
    /// A new user with this id; the invitation mail is queued.
    Created(String),
    /// The address has an account at another customer. The inviting owner
    /// gets the same answer as for `Created` (an address's existence
    /// elsewhere is not theirs to learn); the account's holder is told.
    HeldElsewhere,
}

/// Creates the user and queues the invitation with its set-password link, in
/// one transaction; or, when the address belongs to another customer's user,
/// queues a notice to that user instead.
pub async fn invite(
    backend: &Backend,
    customer_id: &str,
    inviter: &str,
    email: &MailAddress,
    display_name: &str,
    role: Role,
    lang: Lang,
) -> Result<Invitation, TeamError> {
    let invite = Invite {
        customer_id,
        inviter,
        email,
        display_name,
        role,
        lang,
    };
    match create_invited(backend, &invite).await {
        Err(TeamError::AlreadyMember) => {}
        other => return other.map(Invitation::Created),
    }
    let holder = sqlx::query("SELECT customer_id, language FROM users WHERE email = $1")
        .bind(email.as_str())
        .fetch_optional(&backend.db.pool)
        .await?;
    let Some(holder) = holder else {
        // Gone in the meantime: a plain conflict, nothing written.
        return Err(TeamError::AlreadyMember);
    };
    if holder.get::<String, _>("customer_id") == customer_id {
        return Err(TeamError::AlreadyMember);
    }
    let holder_lang = Lang::parse(&holder.get::<String, _>("language")).unwrap_or_default();
    notify_holder_elsewhere(backend, &invite, holder_lang).await?;
    Ok(Invitation::HeldElsewhere)
}

/// Who invites which address into which organisation, in what role and language.
struct Invite<'a> {
    customer_id: &'a str,
    inviter: &'a str,
    email: &'a MailAddress,
    display_name: &'a str,
    role: Role,
    lang: Lang,
}

/// Tells the holder of an address that another organisation tried to invite
/// it, in the holder's language; once a day per organisation and address.
async fn notify_holder_elsewhere(
    backend: &Backend,
    invite: &Invite<'_>,
    lang: Lang,
) -> Result<(), TeamError> {
    let at = backend.now();
    let mut tx = backend.db.begin_write().await?;
    let organisation: String = sqlx::query_scalar("SELECT name FROM customers WHERE id = $1")
        .bind(invite.customer_id)
        .fetch_one(&mut *tx)
        .await?;
    let body = [
        lang.t_with(
            "mail-invite-elsewhere-intro",
            &[
                ("inviter", invite.inviter.into()),
                ("organisation", organisation.into()),
            ],
        ),
        lang.t("mail-invite-elsewhere-rule"),
    ]
    .join("\n\n");
    let mail = NewMail {
        customer_id: None,
        kind: "invitation-elsewhere",
        dedupe_key: Some(format!(
            "invite-elsewhere:{}:{}:{}",
            invite.customer_id,
            invite.email.as_str(),
            at / 86_400
        )),
        recipients: vec![invite.email.as_str().to_string()],
        cc: Vec::new(),
        subject: lang.t("mail-invite-elsewhere-subject"),
        body: body + "\n",
    };
    commit_with_mail(backend, tx, &mail, at).await?;
    Ok(())
}

/// The new user, its set-password link and the invitation mail, in one
/// transaction; `AlreadyMember` when the address has an account anywhere.
async fn create_invited(backend: &Backend, invite: &Invite<'_>) -> Result<String, TeamError> {
    let lang = invite.lang;
    let at = backend.now();
    let mut tx = backend.db.begin_write().await?;
    let id = new_id();
    let inserted = sqlx::query(
        "INSERT INTO users (id, customer_id, email, display_name, role, language, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&id)
    .bind(invite.customer_id)
    .bind(invite.email.as_str())
    .bind(invite.display_name)
    .bind(invite.role.as_str())
    .bind(lang.code())
    .bind(at)
    .execute(&mut *tx)
    .await;
    if let Err(e) = inserted {
        return Err(if violates(&e, "users_email_unique", "users.email") {
            TeamError::AlreadyMember
        } else {
            e.into()
        });
    }
    let token = tokens::create_in(&mut tx, &id, "set", SET_PASSWORD_VALIDITY_SECS, at).await?;
    let link = format!("{}/passwort-setzen?token={token}", backend.public_url);
    let body = [
        lang.t_with(
            "mail-invite-greeting",
            &[("name", invite.display_name.into())],
        ),
        lang.t_with(
            "mail-invite-intro",
            &[
                ("inviter", invite.inviter.into()),
                (
                    "role",
                    lang.t(&format!("role-{}", invite.role.as_str())).into(),
                ),
            ],
        ),
        link,
        lang.t("mail-invite-validity"),
    ]
    .join("\n\n");
    let mail = NewMail {
        customer_id: Some(invite.customer_id.to_string()),
        kind: "invitation",
        dedupe_key: None,
        recipients: vec![invite.email.as_str().to_string()],
        cc: Vec::new(),
        subject: lang.t("mail-invite-subject"),
        body: body + "\n",
    };
    commit_with_mail(backend, tx, &mail, at).await?;
    Ok(id)
}

/// Queues `mail` in `tx` and commits both at once, so the mail goes out
/// exactly when what it tells of is stored; then wakes the relay.
async fn commit_with_mail(
    backend: &Backend,
    mut tx: Transaction<'static, Any>,
    mail: &NewMail,
    at: i64,
) -> Result<(), sqlx::Error> {
    backend.mail.queue(&mut tx, mail, at).await?;
    tx.commit().await?;
    backend.mail.wake();
    Ok(())
}

/// The address of a user of this customer (for the log and for checks).
async fn email_of(
    backend: &Backend,
    customer_id: &str,
    user_id: &str,
) -> Result<String, TeamError> {
    sqlx::query_scalar(
        "SELECT email FROM users WHERE id = $1 AND customer_id = $2 AND disabled_at IS NULL",
    )
    .bind(user_id)
    .bind(customer_id)
    .fetch_optional(&backend.db.pool)
    .await?
    .ok_or(TeamError::NotFound)
}

/// One conditional statement: the last owner keeps the role even when two
/// owners demote each other at the same moment.
const KEEPS_AN_OWNER: &str =
    "(role <> 'owner' OR (SELECT COUNT(*) FROM users o WHERE o.customer_id = $3 \
     AND o.role = 'owner' AND o.disabled_at IS NULL AND o.id <> $2) > 0)";

/// Gives a user of this customer another role; returns their address.
pub async fn change_role(
    backend: &Backend,
    customer_id: &str,
    user_id: &str,
    role: Role,
) -> Result<String, TeamError> {
    let email = email_of(backend, customer_id, user_id).await?;
    let statement = format!(
        "UPDATE users SET role = $1 WHERE id = $2 AND customer_id = $3 AND disabled_at IS NULL AND ($1 = 'owner' OR {KEEPS_AN_OWNER})"
    );
    keeping_an_owner(backend, &statement, role.as_str(), user_id, customer_id).await?;
    Ok(email)
}

/// Removes a user of this customer (not oneself); their sessions end with
/// them. Returns their address.
pub async fn remove(
    backend: &Backend,
    customer_id: &str,
    acting_user_id: &str,
    user_id: &str,
) -> Result<String, TeamError> {
    if user_id == acting_user_id {
        return Err(TeamError::Yourself);
    }
    let email = email_of(backend, customer_id, user_id).await?;
    let statement =
        format!("DELETE FROM users WHERE id = $1 AND customer_id = $3 AND {KEEPS_AN_OWNER}");
    keeping_an_owner(backend, &statement, user_id, user_id, customer_id).await?;
    Ok(email)
}

/// Runs a `statement` guarded by [`KEEPS_AN_OWNER`] with `$1` = `first`,
/// `$2` = `user_id` and `$3` = `customer_id`; `LastOwner` when the guard
/// held it back (the user was found just before).
async fn keeping_an_owner(
    backend: &Backend,
    statement: &str,
    first: &str,
    user_id: &str,
    customer_id: &str,
) -> Result<(), TeamError> {
    let done = sqlx::query(statement)
        .bind(first)
        .bind(user_id)
        .bind(customer_id)
        .execute(&backend.db.pool)
        .await?;
    if done.rows_affected() == 0 {
        return Err(TeamError::LastOwner);
    }
    Ok(())
}
