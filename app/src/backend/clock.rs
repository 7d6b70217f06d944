//! The portal's one source of time: timestamps (sessions, tokens, mails,
//! checks) and the day the provider's date rules (contract, add-ons) count
//! from both come from here. In production it is the real time; builds made
//! for the browser tests can move it (see the server's test clock), so a
//! test can reach a deadline without waiting for it — and the timestamps
//! written on that day agree with the dates shown.

use std::sync::atomic::{AtomicI64, Ordering};
use time::{Date, Duration};

#[derive(Debug, Default)]
pub struct Clock {
    /// Seconds added to the real time; 0 unless a test moved the clock.
    offset_secs: AtomicI64,
}

impl Clock {
    /// The current time as Unix seconds.
    pub fn now(&self) -> i64 {
        real_now().saturating_add(self.offset_secs.load(Ordering::Relaxed))
    }

    /// Today in Berlin, as the date rules see it.
    pub fn today(&self) -> Date {
        berlin_date(self.now())
    }

    /// Moves the clock by whole days so that `today()` is `day`, keeping
    /// the time of day (test clock only).
    pub fn set_today(&self, day: Date) {
        let days = (day - berlin_date(real_now())).whole_days();
        let offset = Duration::days(days).whole_seconds();
        self.offset_secs.store(offset, Ordering::Relaxed);
    }
}

/// The real time, for what lives outside the portal and cannot be moved
/// with it: the codes of the user's authenticator app and the browser's
/// login (session limits and the login list). Everything else uses
/// [`Clock::now`].
pub fn real_now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

fn berlin_date(unix: i64) -> Date {
    crate::domain::berlin_time::from_unix(unix)
        .map(|t| t.date())
        .unwrap_or(Date::MIN)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn a_moved_clock_moves_dates_and_timestamps_together() {
        let clock = Clock::default();
        assert_eq!(clock.today(), berlin_date(real_now()));
        let before = clock.now();
        clock.set_today(date!(2027 - 01 - 31));
        assert_eq!(clock.today(), date!(2027 - 01 - 31));
        assert_eq!(berlin_date(clock.now()), date!(2027 - 01 - 31));
        assert!(clock.now() > before);
        clock.set_today(date!(2020 - 02 - 29));
        assert_eq!(clock.today(), date!(2020 - 02 - 29));
        assert!(clock.now() < before);
    }
}
