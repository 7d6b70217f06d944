//! The test clock: compiled only with the cargo feature `test-clock` (the
//! build the browser tests run, see `make build-release`) and served only with
//! the setting `test_clock = true` (`PORTAL_TEST_CLOCK=1`). Builds without the
//! feature refuse that setting at start (`Config::load`).
//!
//! `PUT /operator/test-clock` with `{"today": "YYYY-MM-DD"}` (operator token)
//! moves the day the contract's date rules count from, so a test can reach a
//! deadline without waiting for it.

use crate::app_state::AppState;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::put;
use axum::{Json, Router};
use serde_json::json;

/// The test clock's route, behind the operator token like the rest of the
/// API; `web::router` puts it inside the same middleware as every other route
/// (security headers, request id, cross-site check).
pub fn router(token: Option<String>) -> Router<AppState> {
    tracing::warn!("test clock on: the operator API can move the portal's calendar");
    let routes = Router::new().route("/operator/test-clock", put(set_today));
    crate::operator_api::require_token(routes, token)
}

#[derive(serde::Deserialize)]
struct Today {
    today: String,
}

async fn set_today(State(state): State<AppState>, body: Bytes) -> Response {
    let day = serde_json::from_slice::<Today>(&body)
        .ok()
        .and_then(|t| parse_iso_date(&t.today));
    let Some(day) = day else {
        return (
            StatusCode::BAD_REQUEST,
            Json(json!({ "error": "Erwartet wird JSON wie {\"today\": \"2027-01-31\"} mit einem gültigen Datum (JJJJ-MM-TT)." })),
        )
            .into_response();
    };
    state.backend.db.clock.set_today(day);
    let today = iso_date(state.backend.db.clock.today());
    tracing::info!(%today, "test clock moved");
    Json(json!({ "today": today })).into_response()
}

/// `YYYY-MM-DD`, nothing else.
fn parse_iso_date(text: &str) -> Option<time::Date> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = &text[range];
        part.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| part.parse().ok())
            .flatten()
    };
    let month = time::Month::try_from(number(5..7)? as u8).ok()?;
    time::Date::from_calendar_date(number(0..4)? as i32, month, number(8..10)? as u8).ok()
}

fn iso_date(day: time::Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        day.year(),
        day.month() as u8,
        day.day()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_real_iso_dates_are_accepted() {
        let day = parse_iso_date("2027-01-31").unwrap();
        assert_eq!(iso_date(day), "2027-01-31");
        assert_eq!(
            iso_date(parse_iso_date("2028-02-29").unwrap()),
            "2028-02-29"
        );
        for bad in [
            "2027-02-29",
            "2027-13-01",
            "2027-1-31",
            "31.01.2027",
            "",
            "2027-01-3x",
            "+207-01-31",
        ] {
            assert!(parse_iso_date(bad).is_none(), "{bad}");
        }
    }
}
