//! The day the provider's date rules (contract, add-ons) count from. In
//! production it is always today in Berlin; builds made for the browser tests can move it (see the
//! server's test clock), so a test can reach a deadline without waiting for it.

use std::sync::atomic::{AtomicI64, Ordering};
use time::{Date, Duration};

#[derive(Debug, Default)]
pub struct Calendar {
    /// Days added to the real date; 0 unless a test moved the calendar.
    offset_days: AtomicI64,
}

impl Calendar {
    /// Today in Berlin, as the date rules see it.
    pub fn today(&self) -> Date {
        let real = real_today();
        real.saturating_add(Duration::days(self.offset_days.load(Ordering::Relaxed)))
    }

    /// Makes `today()` return `day` from now on (test clock only).
    pub fn set_today(&self, day: Date) {
        let offset = (day - real_today()).whole_days();
        self.offset_days.store(offset, Ordering::Relaxed);
    }
}

fn real_today() -> Date {
    crate::domain::berlin_time::from_unix(super::now())
        .map(|t| t.date())
        .unwrap_or(Date::MIN)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn a_moved_calendar_reports_the_day_it_was_set_to() {
        let calendar = Calendar::default();
        assert_eq!(calendar.today(), real_today());
        calendar.set_today(date!(2027 - 01 - 31));
        assert_eq!(calendar.today(), date!(2027 - 01 - 31));
        calendar.set_today(date!(2020 - 02 - 29));
        assert_eq!(calendar.today(), date!(2020 - 02 - 29));
    }
}
