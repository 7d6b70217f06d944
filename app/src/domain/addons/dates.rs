//! Month-end arithmetic for cancellations, with the day of receipt as a
//! parameter: Microsoft 365 add-ons end with 30 days' notice to the end of a
//! month, the other add-ons with one month's notice to the end of a month.

use time::{Date, Duration, Month};

/// Microsoft 365 add-ons: cancellable with this many days to the end of a month.
pub const M365_NOTICE_DAYS: i64 = 30;

/// The last day of `d`'s month.
pub fn last_day_of_month(d: Date) -> Date {
    let days = d.month().length(d.year());
    d.replace_day(days).unwrap_or(d)
}

/// The last day of the month after `d`'s month. At the end of the calendar
/// `time` can represent it stays put rather than panic.
fn next_month_end(d: Date) -> Date {
    let end = last_day_of_month(d);
    end.next_day().map_or(end, last_day_of_month)
}

pub fn is_month_end(d: Date) -> bool {
    last_day_of_month(d) == d
}

/// 30 days to the end of a month: the first month end at least 30 days
/// after the day the cancellation is received.
pub fn m365_earliest_end(received: Date) -> Date {
    let mut end = last_day_of_month(received);
    // At most three steps (31 Jan → 29 Feb → 31 Mar); the guard only matters
    // at the end of the calendar, where `next_month_end` cannot move on.
    while end - received < Duration::days(M365_NOTICE_DAYS) {
        let next = next_month_end(end);
        if next == end {
            break;
        }
        end = next;
    }
    end
}

/// One month to the end of a month: the end of the month after the month
/// of receipt.
pub fn monthly_earliest_end(received: Date) -> Date {
    next_month_end(received)
}

/// The `count` month ends after `earliest`.
pub fn later_month_ends(earliest: Date, count: usize) -> Vec<Date> {
    let mut ends = Vec::with_capacity(count);
    let mut end = earliest;
    for _ in 0..count {
        let next = next_month_end(end);
        if next == end {
            break;
        }
        ends.push(next);
        end = next;
    }
    ends
}

/// An ISO date `YYYY-MM-DD` as the portal itself writes them (props, form
/// values). Kept apart from the user-facing date parsing of the rules, so the
/// browser bundle does not carry a date parser.
pub fn parse_iso(s: &str) -> Option<Date> {
    let mut parts = s.trim().splitn(3, '-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u8 = parts.next()?.parse().ok()?;
    let day: u8 = parts.next()?.parse().ok()?;
    Date::from_calendar_date(year, Month::try_from(month).ok()?, day).ok()
}

/// `d` moved by `days`, saturating at the calendar's limits: the rules must
/// not panic whatever day the caller passes.
pub fn add_days(d: Date, days: i64) -> Date {
    d.saturating_add(Duration::days(days))
}

/// The same calendar day `years` later; 29 February becomes 28 February in a
/// year without it.
pub fn add_years(d: Date, years: i32) -> Date {
    let year = d.year().saturating_add(years);
    let day = d.day().min(d.month().length(year));
    Date::from_calendar_date(year, d.month(), day).unwrap_or(d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn month_ends_of_every_length() {
        assert_eq!(
            last_day_of_month(date!(2026 - 02 - 10)),
            date!(2026 - 02 - 28)
        );
        assert_eq!(
            last_day_of_month(date!(2028 - 02 - 01)),
            date!(2028 - 02 - 29)
        );
        assert_eq!(
            last_day_of_month(date!(2026 - 04 - 30)),
            date!(2026 - 04 - 30)
        );
        assert_eq!(
            last_day_of_month(date!(2026 - 12 - 01)),
            date!(2026 - 12 - 31)
        );
        assert!(is_month_end(date!(2028 - 02 - 29)) && !is_month_end(date!(2026 - 02 - 27)));
    }

    #[test]
    fn m365_needs_30_days_to_a_month_end() {
        // 4 days to 30 Nov: too few; 31 Dec is 35 days away.
        assert_eq!(
            m365_earliest_end(date!(2026 - 11 - 26)),
            date!(2026 - 12 - 31)
        );
        // 1 Dec → 31 Dec is exactly 30 days.
        assert_eq!(
            m365_earliest_end(date!(2026 - 12 - 01)),
            date!(2026 - 12 - 31)
        );
        // 2 Dec → 31 Dec is 29 days: New Year's end of January.
        assert_eq!(
            m365_earliest_end(date!(2026 - 12 - 02)),
            date!(2027 - 01 - 31)
        );
        // Received on New Year's Eve: 31 days to the end of January.
        assert_eq!(
            m365_earliest_end(date!(2026 - 12 - 31)),
            date!(2027 - 01 - 31)
        );
        // Leap year: 30 Jan → 29 Feb is exactly 30 days; 31 Jan → 29 Feb only 29.
        assert_eq!(
            m365_earliest_end(date!(2028 - 01 - 30)),
            date!(2028 - 02 - 29)
        );
        assert_eq!(
            m365_earliest_end(date!(2028 - 01 - 31)),
            date!(2028 - 03 - 31)
        );
        // Not a leap year: 29 Jan → 28 Feb is exactly 30 days; 30 Jan → 29 days.
        assert_eq!(
            m365_earliest_end(date!(2027 - 01 - 29)),
            date!(2027 - 02 - 28)
        );
        assert_eq!(
            m365_earliest_end(date!(2027 - 01 - 30)),
            date!(2027 - 03 - 31)
        );
        // Received on the last day of a 30-day month.
        assert_eq!(
            m365_earliest_end(date!(2026 - 06 - 30)),
            date!(2026 - 07 - 31)
        );
    }

    #[test]
    fn one_month_to_the_end_of_a_month() {
        assert_eq!(
            monthly_earliest_end(date!(2026 - 11 - 26)),
            date!(2026 - 12 - 31)
        );
        assert_eq!(
            monthly_earliest_end(date!(2026 - 11 - 30)),
            date!(2026 - 12 - 31)
        );
        assert_eq!(
            monthly_earliest_end(date!(2026 - 12 - 01)),
            date!(2027 - 01 - 31)
        );
        assert_eq!(
            monthly_earliest_end(date!(2028 - 01 - 31)),
            date!(2028 - 02 - 29)
        );
        assert_eq!(
            monthly_earliest_end(date!(2027 - 01 - 15)),
            date!(2027 - 02 - 28)
        );
    }

    #[test]
    fn iso_dates_round_trip_and_nothing_else_parses() {
        for d in [
            date!(2026 - 11 - 27),
            date!(2028 - 02 - 29),
            date!(2027 - 12 - 31),
        ] {
            assert_eq!(parse_iso(&d.to_string()), Some(d));
        }
        for bad in [
            "",
            "2027-02-29",
            "2026-13-01",
            "-2026-11-27",
            "27.11.2026",
            "2026-11",
        ] {
            assert_eq!(parse_iso(bad), None, "{bad}");
        }
    }

    #[test]
    fn later_ends_are_the_following_month_ends() {
        assert_eq!(
            later_month_ends(date!(2027 - 12 - 31), 3),
            [
                date!(2028 - 01 - 31),
                date!(2028 - 02 - 29),
                date!(2028 - 03 - 31)
            ]
        );
    }

    #[test]
    fn century_leap_years_and_month_end_detection() {
        // 2100 is not a leap year, 2000 was.
        assert_eq!(
            last_day_of_month(date!(2100 - 02 - 01)),
            date!(2100 - 02 - 28)
        );
        assert_eq!(
            last_day_of_month(date!(2000 - 02 - 01)),
            date!(2000 - 02 - 29)
        );
        assert!(is_month_end(date!(2027 - 02 - 28)));
        assert!(!is_month_end(date!(2028 - 02 - 28)));
        assert!(is_month_end(date!(2026 - 12 - 31)));
        assert!(!is_month_end(date!(2026 - 12 - 30)));
        assert!(!is_month_end(date!(2026 - 12 - 01)));
    }

    #[test]
    fn m365_notice_one_day_short_moves_on_a_month() {
        // 1 Oct → 31 Oct is exactly 30 days (31-day month).
        assert_eq!(
            m365_earliest_end(date!(2026 - 10 - 01)),
            date!(2026 - 10 - 31)
        );
        // 1 Nov → 30 Nov is only 29 days (30-day month); 31 Dec is 60.
        assert_eq!(
            m365_earliest_end(date!(2026 - 11 - 01)),
            date!(2026 - 12 - 31)
        );
        // 1 Feb → end of February is 27 (28) days: the end of March.
        assert_eq!(
            m365_earliest_end(date!(2027 - 02 - 01)),
            date!(2027 - 03 - 31)
        );
        assert_eq!(
            m365_earliest_end(date!(2028 - 02 - 01)),
            date!(2028 - 03 - 31)
        );
    }

    #[test]
    fn m365_receipt_on_a_month_end() {
        // 30 Nov → 31 Dec is 31 days.
        assert_eq!(
            m365_earliest_end(date!(2026 - 11 - 30)),
            date!(2026 - 12 - 31)
        );
        // 28 Feb 2027 and 29 Feb 2028 → 31 Mar is 31 days.
        assert_eq!(
            m365_earliest_end(date!(2027 - 02 - 28)),
            date!(2027 - 03 - 31)
        );
        assert_eq!(
            m365_earliest_end(date!(2028 - 02 - 29)),
            date!(2028 - 03 - 31)
        );
        // 31 Jan 2027 → 28 Feb is 28 days: the end of March.
        assert_eq!(
            m365_earliest_end(date!(2027 - 01 - 31)),
            date!(2027 - 03 - 31)
        );
    }

    #[test]
    fn monthly_notice_at_new_year_and_after_long_months() {
        assert_eq!(
            monthly_earliest_end(date!(2026 - 12 - 31)),
            date!(2027 - 01 - 31)
        );
        assert_eq!(
            monthly_earliest_end(date!(2027 - 01 - 31)),
            date!(2027 - 02 - 28)
        );
        assert_eq!(
            monthly_earliest_end(date!(2026 - 03 - 31)),
            date!(2026 - 04 - 30)
        );
    }

    #[test]
    fn later_ends_over_new_year_and_none_asked_for() {
        assert_eq!(
            later_month_ends(date!(2026 - 12 - 31), 3),
            [
                date!(2027 - 01 - 31),
                date!(2027 - 02 - 28),
                date!(2027 - 03 - 31)
            ]
        );
        assert_eq!(later_month_ends(date!(2026 - 12 - 31), 0), []);
        assert_eq!(later_month_ends(date!(2026 - 12 - 31), 12).len(), 12);
    }

    #[test]
    fn the_end_of_the_calendar_does_not_panic() {
        assert_eq!(later_month_ends(Date::MAX, 3), []);
        assert_eq!(monthly_earliest_end(Date::MAX), Date::MAX);
        assert_eq!(m365_earliest_end(Date::MAX), Date::MAX);
        assert_eq!(add_days(Date::MIN, -30), Date::MIN);
        assert_eq!(add_days(Date::MAX, 14), Date::MAX);
    }

    #[test]
    fn days_and_years() {
        assert_eq!(add_days(date!(2026 - 12 - 20), 14), date!(2027 - 01 - 03));
        assert_eq!(add_days(date!(2026 - 01 - 15), -30), date!(2025 - 12 - 16));
        assert_eq!(add_years(date!(2026 - 11 - 26), 1), date!(2027 - 11 - 26));
        assert_eq!(add_years(date!(2028 - 02 - 29), 1), date!(2029 - 02 - 28));
        assert_eq!(add_years(date!(2027 - 02 - 28), 1), date!(2028 - 02 - 28));
    }
}
