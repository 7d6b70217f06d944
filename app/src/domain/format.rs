//! Numbers, sizes and dates the way each UI language writes them:
//! German `12.345`, `1,5 GB`, `26.11.2026`; English `12,345`, `1.5 GB`, `26 Nov 2026`.

use crate::domain::berlin_time;
use crate::i18n::Lang;
use time::{Date, OffsetDateTime};

fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::De => ('.', ','),
        Lang::En => (',', '.'),
    }
}

/// An integer with thousands separators.
pub fn integer(lang: Lang, value: i64) -> String {
    let (group, _) = separators(lang);
    let digits = value.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if value < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(group);
        }
        out.push(c);
    }
    out
}

/// A decimal with one fractional digit, e.g. `1,5`.
pub fn decimal1(lang: Lang, value: f64) -> String {
    let (_, point) = separators(lang);
    let tenths = (value * 10.0).round() as i64;
    let whole = integer(lang, tenths / 10);
    let whole = if tenths < 0 && tenths / 10 == 0 {
        format!("-{whole}")
    } else {
        whole
    };
    format!("{whole}{point}{}", (tenths % 10).abs())
}

const UNITS: [&str; 5] = ["KB", "MB", "GB", "TB", "PB"];

/// A storage size in Exchange's binary units (1 GB = 1024³ bytes), as Exchange
/// itself prints them, so the portal's figures match the admin tools.
pub fn bytes(lang: Lang, value: u64) -> String {
    if value < 1024 {
        return format!("{} B", integer(lang, value as i64));
    }
    let mut size = value as f64 / 1024.0;
    let mut unit = 0;
    while size >= 1024.0 && unit < UNITS.len() - 1 {
        size /= 1024.0;
        unit += 1;
    }
    format!("{} {}", decimal1(lang, size), UNITS[unit])
}

/// A whole percentage, e.g. `87 %` (German puts a space before the sign).
pub fn percent(lang: Lang, ratio: f64) -> String {
    let value = (ratio * 100.0).round() as i64;
    match lang {
        Lang::De => format!("{} %", integer(lang, value)),
        Lang::En => format!("{}%", integer(lang, value)),
    }
}

/// An amount of euro cents, e.g. `1.475,00 €` / `€1,475.00`.
pub fn euro(lang: Lang, cents: u64) -> String {
    let euros = integer(lang, (cents / 100) as i64);
    match lang {
        Lang::De => format!("{euros},{:02} €", cents % 100),
        Lang::En => format!("€{euros}.{:02}", cents % 100),
    }
}

const EN_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A calendar date.
pub fn date(lang: Lang, d: Date) -> String {
    match lang {
        Lang::De => format!("{:02}.{:02}.{}", d.day(), u8::from(d.month()), d.year()),
        Lang::En => format!(
            "{} {} {}",
            d.day(),
            EN_MONTHS[u8::from(d.month()) as usize - 1],
            d.year()
        ),
    }
}

/// Date and time of an instant, in Berlin time.
pub fn date_time(lang: Lang, instant: OffsetDateTime) -> String {
    let local = berlin_time::to_berlin(instant);
    let day = date(lang, local.date());
    match lang {
        Lang::De => format!("{day}, {:02}:{:02} Uhr", local.hour(), local.minute()),
        Lang::En => format!("{day}, {:02}:{:02}", local.hour(), local.minute()),
    }
}

/// Date and time of a Unix timestamp, or `None` if it is out of range.
pub fn unix_date_time(lang: Lang, seconds: i64) -> Option<String> {
    OffsetDateTime::from_unix_timestamp(seconds)
        .ok()
        .map(|t| date_time(lang, t))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn integers_are_grouped_per_language() {
        assert_eq!(integer(Lang::De, 1_325_124_567), "1.325.124.567");
        assert_eq!(integer(Lang::En, 1_325_124_567), "1,325,124,567");
        assert_eq!(integer(Lang::De, 999), "999");
        assert_eq!(integer(Lang::De, -1234), "-1.234");
        assert_eq!(integer(Lang::De, 0), "0");
    }

    #[test]
    fn sizes_use_exchange_binary_units() {
        assert_eq!(bytes(Lang::De, 0), "0 B");
        assert_eq!(bytes(Lang::De, 1023), "1.023 B");
        assert_eq!(bytes(Lang::De, 1536), "1,5 KB");
        assert_eq!(bytes(Lang::En, 1536), "1.5 KB");
        // Exchange prints this as "1.234 GB (1,325,124,567 bytes)".
        assert_eq!(bytes(Lang::De, 1_325_124_567), "1,2 GB");
        assert_eq!(bytes(Lang::De, 100 * 1024 * 1024 * 1024), "100,0 GB");
        assert_eq!(bytes(Lang::En, 5 * 1024_u64.pow(4)), "5.0 TB");
    }

    #[test]
    fn percent_follows_language_typography() {
        assert_eq!(percent(Lang::De, 0.873), "87 %");
        assert_eq!(percent(Lang::En, 0.873), "87%");
    }

    #[test]
    fn dates_per_language() {
        assert_eq!(date(Lang::De, date!(2026 - 11 - 26)), "26.11.2026");
        assert_eq!(date(Lang::De, date!(2026 - 01 - 05)), "05.01.2026");
        assert_eq!(date(Lang::En, date!(2026 - 11 - 26)), "26 Nov 2026");
    }

    #[test]
    fn date_time_is_shown_in_berlin_time() {
        assert_eq!(
            date_time(Lang::De, datetime!(2026-11-26 17:05 UTC)),
            "26.11.2026, 18:05 Uhr"
        );
        assert_eq!(
            date_time(Lang::En, datetime!(2026-07-01 06:30 UTC)),
            "1 Jul 2026, 08:30"
        );
    }

    #[test]
    fn euro_amounts_have_cents_and_grouped_thousands() {
        assert_eq!(euro(Lang::De, 147_500), "1.475,00 €");
        assert_eq!(euro(Lang::En, 147_505), "€1,475.05");
        assert_eq!(euro(Lang::De, 9), "0,09 €");
    }
}
