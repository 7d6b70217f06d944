//! The list of a user's logins over HTTP, on both engines: each device sees
//! every login of its user with itself marked, can end another one (which is
//! then logged out at once) but not its own through the list, cannot touch
//! another user's logins; an owner can log a colleague out everywhere, and a
//! role change does so too.

use crate::support::{
    assert_success, browser, call_fn as post, call_fn_json, fresh_url, full_login, login_with_code,
    owner_on_two_devices, Portal, ENGINES,
};
use app::backend::demo;

async fn logins(client: &reqwest::Client, portal: &Portal) -> Vec<serde_json::Value> {
    call_fn_json(client, portal, "logins").await
}

async fn logged_in(client: &reqwest::Client, portal: &Portal) -> bool {
    match post(client, portal, "current_user", &[])
        .await
        .status()
        .as_u16()
    {
        200 => true,
        401 => false,
        other => panic!("unexpected status {other}"),
    }
}

#[tokio::test]
async fn users_see_and_end_their_logins_and_owners_those_of_colleagues() {
    for engine in ENGINES {
        let portal = Portal::start(&fresh_url(engine).await).await;
        let (laptop, phone) = owner_on_two_devices(&portal).await;

        let seen = logins(&laptop, &portal).await;
        assert_eq!(seen.len(), 2, "{engine:?}: {seen:?}");
        assert_eq!(seen.iter().filter(|l| l["current"] == true).count(), 1);
        assert!(seen.iter().all(|l| l["ip"] == "127.0.0.1"), "{seen:?}");
        let own = seen.iter().find(|l| l["current"] == true).unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string();
        let other = seen.iter().find(|l| l["current"] == false).unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string();

        // Not this device through the list; another user's login is not found.
        assert_eq!(
            post(&laptop, &portal, "end_login", &[("id", &own)])
                .await
                .status(),
            422
        );
        let admin = browser();
        let admin_seed = full_login(&admin, &portal, demo::ADMIN_EMAIL, demo::PASSWORD)
            .await
            .seed;
        assert_eq!(
            post(&admin, &portal, "end_login", &[("id", &other)])
                .await
                .status(),
            404
        );
        assert!(logged_in(&phone, &portal).await, "{engine:?}");

        // The owner ends the phone's login: the phone is logged out at once.
        assert!(post(&laptop, &portal, "end_login", &[("id", &other)])
            .await
            .status()
            .is_success());
        assert!(
            !logged_in(&phone, &portal).await,
            "{engine:?}: the ended login still works"
        );
        assert!(logged_in(&laptop, &portal).await);
        assert_eq!(logins(&laptop, &portal).await.len(), 1);

        // An owner logs a colleague out everywhere; other customers' users are not found.
        let members: Vec<serde_json::Value> = call_fn_json(&laptop, &portal, "team").await;
        let admin_user = members
            .iter()
            .find(|m| m["email"] == demo::ADMIN_EMAIL)
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string();
        assert_eq!(
            post(
                &laptop,
                &portal,
                "end_member_logins",
                &[("user_id", "nicht-da")]
            )
            .await
            .status(),
            404
        );
        assert!(logged_in(&admin, &portal).await);
        post(
            &laptop,
            &portal,
            "end_member_logins",
            &[("user_id", &admin_user)],
        )
        .await;
        assert!(
            !logged_in(&admin, &portal).await,
            "{engine:?}: colleague still logged in"
        );
        assert!(logged_in(&laptop, &portal).await);

        // A role change logs the colleague out too.
        let admin = browser();
        login_with_code(
            &admin,
            &portal,
            demo::ADMIN_EMAIL,
            demo::PASSWORD,
            &admin_seed,
        )
        .await;
        assert!(logged_in(&admin, &portal).await);
        let changed = post(
            &laptop,
            &portal,
            "change_role",
            &[("user_id", &admin_user), ("role", "readonly")],
        )
        .await;
        assert_success(&changed, format!("{engine:?}"));
        assert!(
            !logged_in(&admin, &portal).await,
            "{engine:?}: still logged in after the role change"
        );
        assert!(logged_in(&laptop, &portal).await);
    }
}
