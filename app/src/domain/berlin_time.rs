//! Wall-clock time in Europe/Berlin, the provider's and the customers' time zone.
//!
//! The EU rule (since 1996) is fixed: summer time runs from the last Sunday of
//! March, 01:00 UTC, to the last Sunday of October, 01:00 UTC. Computing it here
//! keeps a whole time-zone database out of the WASM bundle.

use time::{Date, Month, OffsetDateTime, PrimitiveDateTime, Time, UtcOffset, Weekday};

fn last_sunday(year: i32, month: Month) -> Date {
    let mut day = Date::from_calendar_date(year, month, month.length(year))
        .expect("last day of a month is a valid date");
    while day.weekday() != Weekday::Sunday {
        day = day.previous_day().expect("dates in range");
    }
    day
}

/// UTC offset of Europe/Berlin at the given instant.
pub fn offset_at(instant: OffsetDateTime) -> UtcOffset {
    let utc = instant.to_offset(UtcOffset::UTC);
    let year = utc.year();
    let one_am = Time::from_hms(1, 0, 0).expect("valid time");
    let summer_starts =
        PrimitiveDateTime::new(last_sunday(year, Month::March), one_am).assume_utc();
    let summer_ends =
        PrimitiveDateTime::new(last_sunday(year, Month::October), one_am).assume_utc();
    let hours = if utc >= summer_starts && utc < summer_ends {
        2
    } else {
        1
    };
    UtcOffset::from_hms(hours, 0, 0).expect("valid offset")
}

/// The instant as Berlin wall-clock time.
pub fn to_berlin(instant: OffsetDateTime) -> OffsetDateTime {
    instant.to_offset(offset_at(instant))
}

/// Berlin wall-clock time of a Unix timestamp (seconds).
pub fn from_unix(seconds: i64) -> Option<OffsetDateTime> {
    OffsetDateTime::from_unix_timestamp(seconds)
        .ok()
        .map(to_berlin)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn winter_is_utc_plus_one() {
        let t = to_berlin(datetime!(2026-11-26 12:00 UTC));
        assert_eq!((t.hour(), t.offset().whole_hours()), (13, 1));
    }

    #[test]
    fn summer_is_utc_plus_two() {
        let t = to_berlin(datetime!(2026-07-01 12:00 UTC));
        assert_eq!((t.hour(), t.offset().whole_hours()), (14, 2));
    }

    #[test]
    fn switches_at_one_utc_on_last_sunday_of_march() {
        // 2026-03-29 is the last Sunday of March.
        assert_eq!(offset_at(datetime!(2026-03-29 00:59 UTC)).whole_hours(), 1);
        assert_eq!(offset_at(datetime!(2026-03-29 01:00 UTC)).whole_hours(), 2);
    }

    #[test]
    fn switches_back_at_one_utc_on_last_sunday_of_october() {
        // 2026-10-25 is the last Sunday of October.
        assert_eq!(offset_at(datetime!(2026-10-25 00:59 UTC)).whole_hours(), 2);
        assert_eq!(offset_at(datetime!(2026-10-25 01:00 UTC)).whole_hours(), 1);
    }

    #[test]
    fn new_year_in_berlin_starts_an_hour_before_utc() {
        let t = to_berlin(datetime!(2026-12-31 23:30 UTC));
        assert_eq!((t.year(), t.month(), t.day()), (2027, Month::January, 1));
    }
}
