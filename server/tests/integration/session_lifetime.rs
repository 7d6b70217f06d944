//! How long a login lasts, over HTTP with shortened limits: activity keeps it
//! alive past the idle time, idleness ends it, and the absolute limit ends it
//! however active the user is. Without the touch at half the idle time the
//! session layer would end an active login after the idle time since login.

use crate::support::{browser, call_fn, fresh_url, full_login, Engine, Portal};
use app::backend::demo;
use std::time::Duration;

const IDLE_SECS: u64 = 4;
const ABSOLUTE_SECS: u64 = 12;

async fn status_of_a_page_call(client: &reqwest::Client, portal: &Portal) -> u16 {
    call_fn(client, portal, "current_user", &[])
        .await
        .status()
        .as_u16()
}

#[tokio::test]
async fn active_users_stay_logged_in_idle_ones_do_not_and_every_login_ends() {
    let portal = Portal::start_with(
        &fresh_url(Engine::Sqlite).await,
        &[
            ("PORTAL_SESSION_IDLE_SECS", IDLE_SECS.to_string()),
            ("PORTAL_SESSION_ABSOLUTE_SECS", ABSOLUTE_SECS.to_string()),
        ],
    )
    .await;
    let active = browser();
    full_login(&active, &portal, demo::OWNER_EMAIL, demo::PASSWORD).await;
    let idle = browser();
    full_login(&idle, &portal, demo::ADMIN_EMAIL, demo::PASSWORD).await;
    let started = std::time::Instant::now();

    // A request every second for twice the idle time: still logged in.
    for second in 0..2 * IDLE_SECS {
        assert_eq!(
            status_of_a_page_call(&active, &portal).await,
            200,
            "second {second}"
        );
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
    // The other user did nothing for that long: logged out.
    assert_eq!(status_of_a_page_call(&idle, &portal).await, 401);

    // Active past the absolute limit: logged out at the limit.
    let mut logged_out_after = None;
    while started.elapsed() < Duration::from_secs(ABSOLUTE_SECS + 4) {
        if status_of_a_page_call(&active, &portal).await == 401 {
            logged_out_after = Some(started.elapsed());
            break;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    let after = logged_out_after.expect("the absolute limit ends an active login");
    assert!(
        after >= Duration::from_secs(ABSOLUTE_SECS - 2),
        "logged out after {after:?}, before the absolute limit"
    );
}
