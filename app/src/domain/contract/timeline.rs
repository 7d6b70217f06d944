//! What happens when if the contract is cancelled on a given day: the
//! earliest end (one month's notice to the end of a month, not before the
//! minimum term), and the dates that follow from the end.

use super::working_days::working_days_after;
use crate::domain::addons::dates::{last_day_of_month, monthly_earliest_end};
use serde::{Deserialize, Serialize};
use time::{Date, Duration};

/// The data takeover must be ordered at least this many days before the end.
pub const TAKEOVER_LEAD_DAYS: i64 = 30;
/// Backups are gone at the latest this many days after the end.
pub const BACKUP_DAYS: i64 = 14;
/// The export is provided within this many working days after the end.
pub const EXPORT_WORKING_DAYS: u32 = 7;
/// The customer can download and check the export this many days.
pub const DOWNLOAD_DAYS: i64 = 10;

/// The mailboxes are provided at the latest this many months after signing.
pub const PROVISIONING_MONTHS: u32 = 3;

/// The same calendar day `months` later; a day the later month lacks
/// becomes its last day (30 Nov + 3 months = 28 Feb).
pub fn add_months(d: Date, months: u32) -> Date {
    let index = d.year() as i64 * 12 + i64::from(u8::from(d.month()) - 1) + i64::from(months);
    let (year, month) = (
        index.div_euclid(12) as i32,
        (index.rem_euclid(12) + 1) as u8,
    );
    let Ok(month) = time::Month::try_from(month) else {
        return d;
    };
    let day = d.day().min(month.length(year));
    Date::from_calendar_date(year, month, day).unwrap_or(d)
}

/// Whether mailboxes first provided on `provided` were provided in time for
/// a contract signed on `signed`: not before signing, at the latest three
/// months after it.
pub fn provisioning_in_time(signed: Date, provided: Date) -> bool {
    signed <= provided && provided <= add_months(signed, PROVISIONING_MONTHS)
}

/// The contract starts on the first day of the month of first provisioning.
pub fn contract_start(first_provided: Date) -> Date {
    first_provided.replace_day(1).unwrap_or(first_provided)
}

/// The last day of the minimum term of `months` months from `start`.
pub fn minimum_term_end(start: Date, months: u32) -> Date {
    let mut end = last_day_of_month(start);
    for _ in 1..months {
        end = last_day_of_month(end + Duration::days(1));
    }
    end
}

/// The earliest end of a cancellation received on `received`.
pub fn earliest_end(received: Date, start: Date, minimum_term_months: u32) -> Date {
    monthly_earliest_end(received).max(minimum_term_end(start, minimum_term_months.max(1)))
}

/// The dates that follow from the contract ending on `end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timeline {
    pub end: Date,
    /// Last day to order the data takeover (PST export).
    pub takeover_order_by: Date,
    /// All data is deleted on this day.
    pub deletion_on: Date,
    /// Backups are gone at the latest on this day.
    pub backups_gone_by: Date,
    /// The ordered export is ready at the latest on this day.
    pub export_ready_by: Date,
    /// …and can be downloaded until this day.
    pub export_available_until: Date,
}

pub fn timeline(end: Date) -> Timeline {
    let export_ready_by = working_days_after(end, EXPORT_WORKING_DAYS);
    Timeline {
        end,
        takeover_order_by: end - Duration::days(TAKEOVER_LEAD_DAYS),
        deletion_on: end + Duration::days(1),
        backups_gone_by: end + Duration::days(BACKUP_DAYS),
        export_ready_by,
        export_available_until: export_ready_by + Duration::days(DOWNLOAD_DAYS),
    }
}

/// Whether a data takeover ordered on `today` is still in time for `end`.
pub fn takeover_possible(today: Date, end: Date) -> bool {
    today <= end - Duration::days(TAKEOVER_LEAD_DAYS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn provisioning_is_due_within_three_months_of_signing() {
        // 12 Feb 2024 + 3 months = 12 May 2024.
        assert!(provisioning_in_time(
            date!(2024 - 02 - 12),
            date!(2024 - 02 - 12)
        ));
        assert!(provisioning_in_time(
            date!(2024 - 02 - 12),
            date!(2024 - 05 - 12)
        ));
        assert!(!provisioning_in_time(
            date!(2024 - 02 - 12),
            date!(2024 - 05 - 13)
        ));
        assert!(!provisioning_in_time(
            date!(2024 - 02 - 12),
            date!(2024 - 02 - 11)
        ));
        // Signed on 30 Nov: February has no 30th, its last day is the limit.
        assert_eq!(add_months(date!(2026 - 11 - 30), 3), date!(2027 - 02 - 28));
        assert_eq!(add_months(date!(2027 - 11 - 30), 3), date!(2028 - 02 - 29));
        // Across New Year, and from a 31st into a 30-day month.
        assert_eq!(add_months(date!(2026 - 10 - 15), 3), date!(2027 - 01 - 15));
        assert_eq!(add_months(date!(2028 - 01 - 31), 3), date!(2028 - 04 - 30));
    }

    #[test]
    fn the_contract_starts_on_the_first_of_the_provisioning_month() {
        assert_eq!(contract_start(date!(2024 - 02 - 29)), date!(2024 - 02 - 01));
        assert_eq!(contract_start(date!(2026 - 11 - 01)), date!(2026 - 11 - 01));
    }

    #[test]
    fn earliest_end_is_one_month_to_a_month_end() {
        let start = date!(2024 - 03 - 01);
        assert_eq!(
            earliest_end(date!(2026 - 11 - 26), start, 1),
            date!(2026 - 12 - 31)
        );
        // Received on the last day of a month.
        assert_eq!(
            earliest_end(date!(2026 - 11 - 30), start, 1),
            date!(2026 - 12 - 31)
        );
        // New Year: received on 31 December.
        assert_eq!(
            earliest_end(date!(2026 - 12 - 31), start, 1),
            date!(2027 - 01 - 31)
        );
        // Into February of a common and a leap year.
        assert_eq!(
            earliest_end(date!(2027 - 01 - 31), start, 1),
            date!(2027 - 02 - 28)
        );
        assert_eq!(
            earliest_end(date!(2028 - 01 - 15), start, 1),
            date!(2028 - 02 - 29)
        );
        // Into a 30-day month.
        assert_eq!(
            earliest_end(date!(2026 - 03 - 01), start, 1),
            date!(2026 - 04 - 30)
        );
    }

    #[test]
    fn never_before_the_minimum_term() {
        assert_eq!(
            minimum_term_end(date!(2026 - 11 - 01), 1),
            date!(2026 - 11 - 30)
        );
        assert_eq!(
            minimum_term_end(date!(2026 - 01 - 01), 12),
            date!(2026 - 12 - 31)
        );
        assert_eq!(
            minimum_term_end(date!(2027 - 12 - 01), 3),
            date!(2028 - 02 - 29)
        );
        // Twelve months agreed from January: a cancellation in March ends in December.
        assert_eq!(
            earliest_end(date!(2026 - 03 - 10), date!(2026 - 01 - 01), 12),
            date!(2026 - 12 - 31)
        );
        // Cancelled in the first month of a one-month term: end of the next month.
        assert_eq!(
            earliest_end(date!(2026 - 11 - 05), date!(2026 - 11 - 01), 1),
            date!(2026 - 12 - 31)
        );
    }

    #[test]
    fn the_dates_after_an_end_on_new_years_eve() {
        let t = timeline(date!(2026 - 12 - 31));
        assert_eq!(t.takeover_order_by, date!(2026 - 12 - 01));
        assert_eq!(t.deletion_on, date!(2027 - 01 - 01));
        assert_eq!(t.backups_gone_by, date!(2027 - 01 - 14));
        // 1 Jan is a holiday; Saturdays count: 2, 4, 5, 6, 7, 8, 9 January.
        assert_eq!(t.export_ready_by, date!(2027 - 01 - 09));
        assert_eq!(t.export_available_until, date!(2027 - 01 - 19));
    }

    #[test]
    fn the_takeover_can_be_ordered_until_30_days_before_the_end() {
        let end = date!(2026 - 12 - 31);
        assert!(takeover_possible(date!(2026 - 12 - 01), end));
        assert!(!takeover_possible(date!(2026 - 12 - 02), end));
    }
}
