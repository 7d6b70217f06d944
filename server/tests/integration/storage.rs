//! The storage layer on both engines: constraints, one-time tokens, demo
//! data and the overview's aggregate figures, and that each customer's
//! queries see only that customer's rows.

use crate::support::{fresh_db, ENGINES};
use app::backend::customers::{self, CustomerError};
use app::backend::passwords::PasswordHasher;
use app::backend::users::{self, Role, UserError};
use app::backend::{demo, overview, tokens};
use app::domain::mail_address::MailAddress;

fn addr(s: &str) -> MailAddress {
    MailAddress::parse(s).unwrap()
}

#[tokio::test]
async fn customer_numbers_and_user_addresses_are_unique() {
    for engine in ENGINES {
        let db = fresh_db(engine).await;
        let c = customers::create(&db, "K-1", "Erste GmbH").await.unwrap();
        assert!(
            matches!(
                customers::create(&db, "K-1", "Zweite GmbH").await,
                Err(CustomerError::NumberTaken(_))
            ),
            "{engine:?}"
        );
        assert!(matches!(
            customers::create(&db, " ", "Leer").await,
            Err(CustomerError::Empty)
        ));

        users::create(&db, &c.id, &addr("Anna@Erste.de"), "Anna", Role::Owner)
            .await
            .unwrap();
        let again = users::create(&db, &c.id, &addr("anna@erste.de"), "Anna 2", Role::Admin).await;
        assert!(
            matches!(again, Err(UserError::EmailTaken)),
            "{engine:?}: {again:?}"
        );
        assert_eq!(customers::count(&db).await.unwrap(), 1);
    }
}

#[tokio::test]
async fn login_lookup_is_case_insensitive_and_skips_unknown_users() {
    for engine in ENGINES {
        let db = fresh_db(engine).await;
        let c = customers::create(&db, "K-2", "Zwei GmbH").await.unwrap();
        let id = users::create(&db, &c.id, &addr("bernd@zwei.de"), "Bernd", Role::ReadOnly)
            .await
            .unwrap();
        let row = users::find_for_login(&db, &addr("BERND@zwei.de"))
            .await
            .unwrap()
            .expect("found");
        assert_eq!(row.id, id);
        assert_eq!(
            row.password_hash, None,
            "no password until the link is used"
        );
        assert!(users::find_for_login(&db, &addr("niemand@zwei.de"))
            .await
            .unwrap()
            .is_none());
        let user = users::session_user(&db, &id).await.unwrap().unwrap();
        assert_eq!(
            (user.role, user.customer_id.as_str()),
            (Role::ReadOnly, c.id.as_str())
        );
    }
}

#[tokio::test]
async fn a_password_link_works_exactly_once() {
    for engine in ENGINES {
        let db = fresh_db(engine).await;
        let c = customers::create(&db, "K-3", "Drei GmbH").await.unwrap();
        let id = users::create(&db, &c.id, &addr("clara@drei.de"), "Clara", Role::Owner)
            .await
            .unwrap();
        let token = tokens::create(&db, &id, "set", 3600).await.unwrap();
        assert!(tokens::holder(&db, &token).await.unwrap().is_some());

        // Two redemptions race: exactly one wins.
        let (a, b) = tokio::join!(
            tokens::redeem(&db, &token, "hash-a"),
            tokens::redeem(&db, &token, "hash-b")
        );
        assert_eq!(
            [a.is_ok(), b.is_ok()].iter().filter(|ok| **ok).count(),
            1,
            "{engine:?}"
        );
        assert!(tokens::holder(&db, &token).await.unwrap().is_none());
        let stored = users::find_for_login(&db, &addr("clara@drei.de"))
            .await
            .unwrap()
            .unwrap()
            .password_hash;
        assert!(matches!(stored.as_deref(), Some("hash-a") | Some("hash-b")));

        let expired = tokens::create(&db, &id, "set", -1).await.unwrap();
        assert!(tokens::holder(&db, &expired).await.unwrap().is_none());
        assert!(matches!(
            tokens::redeem(&db, &expired, "x").await,
            Err(tokens::TokenError::Invalid)
        ));
        assert!(matches!(
            tokens::redeem(&db, "unbekannt", "x").await,
            Err(tokens::TokenError::Invalid)
        ));
    }
}

#[tokio::test]
async fn demo_data_has_its_documented_shape_and_seeds_once() {
    let hasher = PasswordHasher::new(2);
    for engine in ENGINES {
        let db = fresh_db(engine).await;
        assert!(demo::seed(&db, &hasher).await.unwrap());
        assert!(
            !demo::seed(&db, &hasher).await.unwrap(),
            "second seed changes nothing"
        );
        let c = customers::find_by_number(&db, demo::CUSTOMER_NUMBER)
            .await
            .unwrap()
            .unwrap();
        let totals = overview::mailbox_totals(&db, &c.id).await.unwrap();
        assert_eq!(totals.count, demo::MAILBOX_COUNT as i64, "{engine:?}");
        assert_eq!(
            (totals.warning, totals.send_prohibited, totals.full),
            (5, 2, 1),
            "{engine:?}"
        );
        assert!(totals.used_bytes > 0 && totals.used_bytes < totals.capacity_bytes);
        let over = overview::mailboxes_over_warning(&db, &c.id, &totals, 100)
            .await
            .unwrap();
        assert_eq!(over.len(), 8);
        assert!(
            over.windows(2).all(|w| w[0].used_bytes >= w[1].used_bytes),
            "fullest first"
        );
        assert_eq!(overview::domain_names(&db, &c.id).await.unwrap().len(), 3);
        assert_eq!(
            app::backend::contracts::get(&db, &c.id)
                .await
                .unwrap()
                .unwrap()
                .starts_on
                .to_string(),
            "2024-03-01"
        );
        assert_eq!(overview::addons(&db, &c.id).await.unwrap().len(), 3);
    }
}

#[tokio::test]
async fn overview_queries_see_only_their_own_customer() {
    let hasher = PasswordHasher::new(2);
    for engine in ENGINES {
        let db = fresh_db(engine).await;
        demo::seed(&db, &hasher).await.unwrap();
        let other = customers::create(&db, "K-9", "Andere AG").await.unwrap();
        let totals = overview::mailbox_totals(&db, &other.id).await.unwrap();
        assert_eq!(
            (totals.count, totals.used_bytes, totals.stats_taken_at),
            (0, 0, None),
            "{engine:?}"
        );
        assert!(
            overview::mailboxes_over_warning(&db, &other.id, &totals, 100)
                .await
                .unwrap()
                .is_empty()
        );
        assert!(overview::domain_names(&db, &other.id)
            .await
            .unwrap()
            .is_empty());
        assert!(app::backend::contracts::get(&db, &other.id)
            .await
            .unwrap()
            .is_none());
        assert!(overview::addons(&db, &other.id).await.unwrap().is_empty());
    }
}
