//! Month-end arithmetic for cancellations, with the day of receipt as a
//! parameter: Microsoft 365 add-ons end with 30 days' notice to the end of a
//! month, the other add-ons with one month's notice to the end of a month.

use time::{Date, Duration};

/// The last day of `d`'s month.
pub fn last_day_of_month(d: Date) -> Date {
    let days = d.month().length(d.year());
    d.replace_day(days).unwrap_or(d)
}

/// The last day of the month after `d`'s month.
fn next_month_end(d: Date) -> Date {
    last_day_of_month(last_day_of_month(d) + Duration::days(1))
}

pub fn is_month_end(d: Date) -> bool {
    last_day_of_month(d) == d
}

/// 30 days to the end of a month: the first month end at least 30 days
/// after the day the cancellation is received.
pub fn m365_earliest_end(received: Date) -> Date {
    let mut end = last_day_of_month(received);
    while end - received < Duration::days(30) {
        end = next_month_end(end);
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
        end = next_month_end(end);
        ends.push(end);
    }
    ends
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
}
