//! Working days (Werktage) as the contract counts them: Monday to Saturday,
//! without the public holidays of Hessen, the provider's state.

use time::{Date, Duration, Month, Weekday};

/// Easter Sunday of `year` (Gregorian, anonymous algorithm).
pub fn easter_sunday(year: i32) -> Date {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    let month = if month == 3 {
        Month::March
    } else {
        Month::April
    };
    Date::from_calendar_date(year, month, day as u8).unwrap_or(Date::MIN)
}

/// The public holidays of Hessen in `year`.
pub fn hessen_holidays(year: i32) -> Vec<Date> {
    let fixed = |month: Month, day: u8| Date::from_calendar_date(year, month, day).ok();
    let easter = easter_sunday(year);
    let from_easter = |days: i64| easter.checked_add(Duration::days(days));
    [
        fixed(Month::January, 1),   // Neujahr
        from_easter(-2),            // Karfreitag
        from_easter(1),             // Ostermontag
        fixed(Month::May, 1),       // Tag der Arbeit
        from_easter(39),            // Christi Himmelfahrt
        from_easter(50),            // Pfingstmontag
        from_easter(60),            // Fronleichnam
        fixed(Month::October, 3),   // Tag der Deutschen Einheit
        fixed(Month::December, 25), // 1. Weihnachtstag
        fixed(Month::December, 26), // 2. Weihnachtstag
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// Monday to Saturday and not a Hessian public holiday.
pub fn is_working_day(d: Date) -> bool {
    d.weekday() != Weekday::Sunday && !hessen_holidays(d.year()).contains(&d)
}

/// The `n`-th working day after `d` (not counting `d` itself).
pub fn working_days_after(d: Date, n: u32) -> Date {
    let mut day = d;
    let mut counted = 0;
    while counted < n {
        match day.next_day() {
            Some(next) => day = next,
            None => return day,
        }
        if is_working_day(day) {
            counted += 1;
        }
    }
    day
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn easter_of_known_years() {
        assert_eq!(easter_sunday(2024), date!(2024 - 03 - 31));
        assert_eq!(easter_sunday(2025), date!(2025 - 04 - 20));
        assert_eq!(easter_sunday(2026), date!(2026 - 04 - 05));
        assert_eq!(easter_sunday(2027), date!(2027 - 03 - 28));
        assert_eq!(easter_sunday(2028), date!(2028 - 04 - 16));
    }

    #[test]
    fn hessen_holidays_2026_include_the_moveable_ones() {
        let h = hessen_holidays(2026);
        for d in [
            date!(2026 - 01 - 01),
            date!(2026 - 04 - 03),
            date!(2026 - 04 - 06),
            date!(2026 - 05 - 01),
            date!(2026 - 05 - 14),
            date!(2026 - 05 - 25),
            date!(2026 - 06 - 04),
            date!(2026 - 10 - 03),
            date!(2026 - 12 - 25),
            date!(2026 - 12 - 26),
        ] {
            assert!(h.contains(&d), "{d}");
        }
        assert_eq!(h.len(), 10);
        // Epiphany and Reformation Day are holidays elsewhere, not in Hessen.
        assert!(is_working_day(date!(2027 - 01 - 06)));
        assert!(is_working_day(date!(2026 - 10 - 31)));
    }

    #[test]
    fn saturdays_count_sundays_and_holidays_do_not() {
        assert!(is_working_day(date!(2026 - 11 - 28))); // Saturday
        assert!(!is_working_day(date!(2026 - 11 - 29))); // Sunday
        assert!(!is_working_day(date!(2026 - 06 - 04))); // Fronleichnam
    }

    #[test]
    fn seven_working_days_across_new_year_easter_and_corpus_christi() {
        // 1 Jan holiday, 2 Jan Sat (1), 4–8 Jan (2–6), 9 Jan Sat (7).
        assert_eq!(
            working_days_after(date!(2026 - 12 - 31), 7),
            date!(2027 - 01 - 09)
        );
        // 1, 2 Apr (1, 2), Good Friday, 4 Apr Sat (3), Sunday, Easter Monday, 7–10 Apr (4–7).
        assert_eq!(
            working_days_after(date!(2026 - 03 - 31), 7),
            date!(2026 - 04 - 10)
        );
        // 1–3 Jun (1–3), Corpus Christi, 5, 6 Jun (4, 5), Sunday, 8, 9 Jun (6, 7).
        assert_eq!(
            working_days_after(date!(2026 - 05 - 31), 7),
            date!(2026 - 06 - 09)
        );
        // Leap day end: 1–4 Mar (1–4), Sunday, 6–8 Mar (5–7).
        assert_eq!(
            working_days_after(date!(2028 - 02 - 29), 7),
            date!(2028 - 03 - 08)
        );
    }
}
