//! Managing an organisation's users in the storage layer, on both engines:
//! an invitation is user, link and mail at once or nothing; an organisation
//! keeps an owner; users of other customers are out of reach.

use crate::support::{test_backend, ENGINES};
use app::backend::team::{self, Invitation, TeamError};
use app::backend::users::{self, Role};
use app::backend::{customers, Backend};
use app::domain::mail_address::MailAddress;
use app::i18n::Lang;

async fn scalar(b: &Backend, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&b.db.pool).await.unwrap()
}

fn address(s: &str) -> MailAddress {
    MailAddress::parse(s).unwrap()
}

#[tokio::test]
async fn invitations_roles_and_removal_keep_an_owner_and_stay_in_the_organisation() {
    for engine in ENGINES {
        let b = test_backend(engine).await;
        let c = customers::create(&b.db, "K-1", "Eins GmbH").await.unwrap();
        let other = customers::create(&b.db, "K-2", "Zwei AG").await.unwrap();
        let owner = users::create(
            &b.db,
            &c.id,
            &address("chefin@eins.de"),
            "Chefin",
            Role::Owner,
        )
        .await
        .unwrap();
        let stranger = users::create(
            &b.db,
            &other.id,
            &address("chef@zwei.de"),
            "Chef",
            Role::Owner,
        )
        .await
        .unwrap();

        let Invitation::Created(anna) = team::invite(
            &b,
            &c.id,
            "Chefin",
            &address("anna@eins.de"),
            "Anna",
            Role::ReadOnly,
            Lang::De,
        )
        .await
        .unwrap() else {
            panic!("{engine:?}: a new address makes a user");
        };
        assert_eq!(
            scalar(
                &b,
                "SELECT COUNT(*) FROM password_tokens WHERE purpose = 'set'"
            )
            .await,
            1,
            "{engine:?}"
        );
        let body: String = sqlx::query_scalar("SELECT body FROM outbox WHERE kind = 'invitation'")
            .fetch_one(&b.db.pool)
            .await
            .unwrap();
        assert!(
            body.contains("https://portal.example.de/passwort-setzen?token="),
            "{body}"
        );
        assert!(body.contains("Nur lesen"), "{body}");

        // The same address again: refused, nothing half-written.
        let again = team::invite(
            &b,
            &c.id,
            "Chefin",
            &address("anna@eins.de"),
            "Anna",
            Role::Admin,
            Lang::De,
        )
        .await;
        assert!(matches!(again, Err(TeamError::AlreadyMember)), "{engine:?}");
        assert_eq!(scalar(&b, "SELECT COUNT(*) FROM outbox").await, 1);
        assert_eq!(scalar(&b, "SELECT COUNT(*) FROM password_tokens").await, 1);

        // Another customer's user: the same answer as a new address for the
        // inviter, no user and no link made, and the holder is told (once a day).
        for _ in 0..2 {
            let elsewhere = team::invite(
                &b,
                &c.id,
                "Chefin",
                &address("Chef@Zwei.de"),
                "Chef",
                Role::Admin,
                Lang::De,
            )
            .await
            .unwrap();
            assert_eq!(elsewhere, Invitation::HeldElsewhere, "{engine:?}");
        }
        assert_eq!(
            scalar(&b, "SELECT COUNT(*) FROM users").await,
            3,
            "{engine:?}"
        );
        assert_eq!(scalar(&b, "SELECT COUNT(*) FROM password_tokens").await, 1);
        let (to, body): (String, String) = sqlx::query_as(
            "SELECT recipients, body FROM outbox WHERE kind = 'invitation-elsewhere'",
        )
        .fetch_one(&b.db.pool)
        .await
        .unwrap();
        assert!(to.contains("chef@zwei.de"), "{to}");
        assert!(
            body.contains("Chefin (Eins GmbH)") && !body.contains("passwort-setzen"),
            "{body}"
        );

        // Roles: the last owner stays owner.
        assert!(
            matches!(
                team::change_role(&b, &c.id, &owner, Role::Admin).await,
                Err(TeamError::LastOwner)
            ),
            "{engine:?}"
        );
        team::change_role(&b, &c.id, &anna, Role::Owner)
            .await
            .unwrap();
        team::change_role(&b, &c.id, &owner, Role::Admin)
            .await
            .unwrap();
        assert!(
            matches!(
                team::remove(&b, &c.id, &owner, &anna).await,
                Err(TeamError::LastOwner)
            ),
            "{engine:?}"
        );

        // Other customers' users and oneself are out of reach.
        assert!(matches!(
            team::change_role(&b, &c.id, &stranger, Role::ReadOnly).await,
            Err(TeamError::NotFound)
        ));
        assert!(matches!(
            team::remove(&b, &c.id, &anna, &stranger).await,
            Err(TeamError::NotFound)
        ));
        assert!(matches!(
            team::remove(&b, &c.id, &anna, &anna).await,
            Err(TeamError::Yourself)
        ));

        assert_eq!(
            team::remove(&b, &c.id, &anna, &owner).await.unwrap(),
            "chefin@eins.de"
        );
        let left: Vec<String> = team::members(&b, &c.id)
            .await
            .unwrap()
            .into_iter()
            .map(|m| m.email)
            .collect();
        assert_eq!(left, vec!["anna@eins.de"], "{engine:?}");
        assert_eq!(team::members(&b, &other.id).await.unwrap().len(), 1);
    }
}

#[tokio::test]
async fn only_owners_manage_users() {
    use crate::support::{browser, call_fn, fresh_url, full_login, Engine, Portal};
    use app::backend::demo;
    let url = fresh_url(Engine::Sqlite).await;
    let portal = Portal::start(&url).await;
    for email in [demo::READONLY_EMAIL, demo::ADMIN_EMAIL] {
        let client = browser();
        full_login(&client, &portal, email, demo::PASSWORD).await;
        let list = call_fn(&client, &portal, "team", &[]).await;
        assert_eq!(list.status(), 403, "{email}");
        let invite = call_fn(
            &client,
            &portal,
            "invite_user",
            &[
                ("email", "neu@muster-gmbh.de"),
                ("display_name", "Neu"),
                ("role", "owner"),
            ],
        )
        .await;
        assert_eq!(invite.status(), 403, "{email}");
    }
    let db = app::backend::db::Db::connect(&url, 1).await.unwrap();
    let created: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE email = 'neu@muster-gmbh.de'")
            .fetch_one(&db.pool)
            .await
            .unwrap();
    assert_eq!(created, 0);
}
