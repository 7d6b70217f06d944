//! The mailbox list in the storage layer, on both engines: every sort order
//! pages through all mailboxes exactly once (also across equal usage), search
//! takes `%` and `_` literally, filters count the right level, and another
//! customer's mailboxes never appear.

use crate::support::{test_backend, ENGINES};
use app::backend::{customers, mailboxes, new_id, Backend};
use app::domain::mailbox_list::{LevelFilter, ListQuery, Sort, PAGE_SIZE};

const GB: i64 = 1024 * 1024 * 1024;

async fn add_mailboxes(b: &Backend, customer_id: &str, domain: &str, count: usize) {
    let domain_id = new_id();
    sqlx::query("INSERT INTO domains (id, customer_id, name, created_at) VALUES ($1, $2, $3, 0)")
        .bind(&domain_id)
        .bind(customer_id)
        .bind(domain)
        .execute(&b.db.pool)
        .await
        .unwrap();
    for i in 0..count {
        sqlx::query(
            "INSERT INTO mailboxes (id, customer_id, domain_id, primary_address, display_name, issue_warning_bytes, \
             prohibit_send_bytes, prohibit_send_receive_bytes, used_bytes, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 0)",
        )
        .bind(new_id())
        .bind(customer_id)
        .bind(&domain_id)
        .bind(format!("user{i:03}@{domain}"))
        .bind(if i == 7 { "100%_Rabatt".to_string() } else { format!("Nutzer {i}") })
        .bind(90 * GB)
        .bind(95 * GB)
        .bind(100 * GB)
        // many equal figures, so the keyset must break ties by id
        .bind(if i < 3 { 96 * GB } else { (i as i64 % 10) * GB })
        .execute(&b.db.pool)
        .await
        .unwrap();
    }
}

/// All pages of a list, following the cursor.
async fn walk(b: &Backend, customer_id: &str, query: ListQuery) -> Vec<(String, u64)> {
    let mut seen = vec![];
    let mut q = query;
    loop {
        let page = mailboxes::list(&b.db, customer_id, &q).await.unwrap();
        assert!(page.mailboxes.len() <= PAGE_SIZE);
        seen.extend(
            page.mailboxes
                .iter()
                .map(|m| (m.address.clone(), m.used_bytes)),
        );
        match page.next {
            Some(cursor) => q = q.continued(cursor),
            None => return seen,
        }
    }
}

#[tokio::test]
async fn every_order_pages_through_all_mailboxes_once_and_only_the_customers() {
    for engine in ENGINES {
        let b = test_backend(engine).await;
        let c = customers::create(&b.db, "K-1", "Eins GmbH").await.unwrap();
        let other = customers::create(&b.db, "K-2", "Zwei AG").await.unwrap();
        add_mailboxes(&b, &c.id, "eins.de", 123).await;
        add_mailboxes(&b, &other.id, "zwei.de", 5).await;

        for sort in Sort::ALL {
            let all = walk(
                &b,
                &c.id,
                ListQuery {
                    sort,
                    ..Default::default()
                },
            )
            .await;
            let mut addresses: Vec<_> = all.iter().map(|a| a.0.clone()).collect();
            assert_eq!(addresses.len(), 123, "{engine:?} {sort:?}");
            assert!(addresses.iter().all(|a| a.ends_with("@eins.de")));
            match sort {
                Sort::UsageDesc => assert!(all.windows(2).all(|w| w[0].1 >= w[1].1), "{engine:?}"),
                Sort::UsageAsc => assert!(all.windows(2).all(|w| w[0].1 <= w[1].1), "{engine:?}"),
                Sort::Address => assert!(addresses.windows(2).all(|w| w[0] < w[1]), "{engine:?}"),
            }
            addresses.sort();
            addresses.dedup();
            assert_eq!(
                addresses.len(),
                123,
                "{engine:?} {sort:?}: a mailbox on two pages"
            );
        }

        let page = mailboxes::list(
            &b.db,
            &c.id,
            &ListQuery {
                search: "100%_".into(),
                ..Default::default()
            },
        )
        .await
        .unwrap();
        assert_eq!(
            (page.total, page.mailboxes[0].address.as_str()),
            (1, "user007@eins.de"),
            "{engine:?}"
        );
        let page = mailboxes::list(
            &b.db,
            &c.id,
            &ListQuery {
                search: "USER01".into(),
                ..Default::default()
            },
        )
        .await
        .unwrap();
        assert_eq!(page.total, 10, "{engine:?}: case-insensitive substring");
        let page = mailboxes::list(
            &b.db,
            &c.id,
            &ListQuery {
                level: LevelFilter::SendProhibited,
                ..Default::default()
            },
        )
        .await
        .unwrap();
        assert_eq!(page.total, 3, "{engine:?}");
        let page = mailboxes::list(
            &b.db,
            &c.id,
            &ListQuery {
                level: LevelFilter::Full,
                ..Default::default()
            },
        )
        .await
        .unwrap();
        assert_eq!(page.total, 0, "{engine:?}");
    }
}
