//! Sizes as Exchange prints them, in English or German spelling.

use super::numbers::{parse_grouped, NumberError};
use super::Problem;

/// A mailbox always has a measured size: `Unlimited` here means a mangled file.
pub(super) fn parse_total_size(value: &str) -> Result<u64, Problem> {
    parse_size(value)?.ok_or_else(|| Problem::UnlimitedSize(value.trim().to_string()))
}

/// Quota cells are never empty in an Exchange export, so empty is not read as Unlimited.
pub(super) fn parse_quota(value: &str) -> Result<Option<u64>, Problem> {
    parse_size(value)
}

/// A size as Exchange prints it; `Ok(None)` is `Unlimited`.
///
/// Accepts `1.234 GB (1,325,124,567 bytes)`, the German `1,234 GB (1.325.124.567 Bytes)`
/// and a plain byte count. The byte count in parentheses is the value; the
/// human-readable part before it must agree with it, as a check against a
/// file mangled by a spreadsheet or by hand.
///
/// # Errors
///
/// Empty, negative, non-numeric or too large values, and a shown size that
/// does not fit the byte count.
pub fn parse_size(value: &str) -> Result<Option<u64>, Problem> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Problem::EmptyValue);
    }
    if value.eq_ignore_ascii_case("unlimited") || value.eq_ignore_ascii_case("unbegrenzt") {
        return Ok(None);
    }
    if value.starts_with('-') {
        return Err(Problem::NegativeSize(value.to_string()));
    }
    let problem = |error| match error {
        NumberError::Negative => Problem::NegativeSize(value.to_string()),
        NumberError::Invalid => Problem::InvalidSize(value.to_string()),
        NumberError::TooLarge => Problem::SizeTooLarge(value.to_string()),
    };
    let Some((shown, rest)) = value.split_once('(') else {
        return parse_grouped(value).map(Some).map_err(problem);
    };
    let inner = rest
        .trim_end()
        .strip_suffix(')')
        .ok_or_else(|| problem(NumberError::Invalid))?;
    let bytes = parse_grouped(strip_bytes_word(inner)).map_err(problem)?;
    match shown_matches(shown.trim(), bytes) {
        Some(true) => Ok(Some(bytes)),
        Some(false) => Err(Problem::SizeMismatch(value.to_string())),
        None => Err(problem(NumberError::Invalid)),
    }
}

/// `1,325,124,567 bytes` → `1,325,124,567` (English and German spelling).
fn strip_bytes_word(inner: &str) -> &str {
    let inner = inner.trim();
    let number = inner.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let word = &inner[number.len()..];
    if word.eq_ignore_ascii_case("bytes") || word.eq_ignore_ascii_case("byte") {
        number.trim_end()
    } else {
        inner
    }
}

/// Whether a shown size like `1.234 GB` is within 1 % (or one unit of its last
/// digit) of `bytes`; `None` when it is not a size at all.
fn shown_matches(shown: &str, bytes: u64) -> Option<bool> {
    let number = shown.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let factor = unit_factor(&shown[number.len()..])?;
    let readings = shown_readings(number.trim());
    if readings.is_empty() {
        return None;
    }
    let exact = bytes as f64;
    let tolerance = exact * 0.01;
    Some(
        readings
            .iter()
            .any(|(value, step)| (value * factor - exact).abs() <= tolerance.max(step * factor)),
    )
}

/// Exchange's units are binary multiples despite their decimal names.
fn unit_factor(unit: &str) -> Option<f64> {
    let power = ["B", "KB", "MB", "GB", "TB"]
        .iter()
        .position(|u| u.eq_ignore_ascii_case(unit))?;
    Some(1024f64.powi(power as i32))
}

/// The possible values of a shown number with the step of its last digit.
///
/// `1,023` is 1.023 in German but 1023 in English, so each of "no decimal
/// separator", `.` and `,` is tried; the byte count decides which fits.
fn shown_readings(number: &str) -> Vec<(f64, f64)> {
    [None, Some('.'), Some(',')]
        .into_iter()
        .filter_map(|decimal| shown_reading(number, decimal))
        .collect()
}

fn shown_reading(number: &str, decimal: Option<char>) -> Option<(f64, f64)> {
    let (whole, fraction) = match decimal {
        None => (number, ""),
        Some(separator) => number.split_once(separator)?,
    };
    if decimal.is_some() && (fraction.is_empty() || !fraction.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    let whole = parse_grouped(whole).ok()? as f64;
    let step = 10f64.powi(-(fraction.len() as i32));
    let fraction = if fraction.is_empty() {
        0.0
    } else {
        fraction.parse::<f64>().ok()? * step
    };
    Some((whole + fraction, step))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::exchange_csv::test_support::GIB;

    fn size(value: &str) -> Result<Option<u64>, Problem> {
        parse_size(value)
    }

    #[test]
    fn size_in_english_format() {
        assert_eq!(
            size("1.234 GB (1,325,124,567 bytes)"),
            Ok(Some(1_325_124_567))
        );
        assert_eq!(size("99 GB (106,300,440,576 bytes)"), Ok(Some(99 * GIB)));
        assert_eq!(size("512 KB (524,288 bytes)"), Ok(Some(524_288)));
        assert_eq!(
            size("1.5 TB (1,649,267,441,664 bytes)"),
            Ok(Some(1_649_267_441_664))
        );
    }

    #[test]
    fn size_in_german_format() {
        assert_eq!(
            size("1,234 GB (1.325.124.567 Bytes)"),
            Ok(Some(1_325_124_567))
        );
        assert_eq!(size("99 GB (106.300.440.576 Bytes)"), Ok(Some(99 * GIB)));
    }

    #[test]
    fn size_zero() {
        assert_eq!(size("0 B (0 bytes)"), Ok(Some(0)));
        assert_eq!(size("0 B (0 Bytes)"), Ok(Some(0)));
    }

    #[test]
    fn size_unlimited_in_both_languages() {
        for value in [
            "Unlimited",
            "unlimited",
            "UNLIMITED",
            " Unbegrenzt ",
            "unbegrenzt",
        ] {
            assert_eq!(size(value), Ok(None), "{value}");
        }
    }

    #[test]
    fn size_with_space_like_and_apostrophe_groups() {
        assert_eq!(
            size("1.234 GB (1\u{a0}325\u{a0}124\u{a0}567 bytes)"),
            Ok(Some(1_325_124_567))
        );
        assert_eq!(
            size("1,234 GB (1\u{202f}325\u{202f}124\u{202f}567 Bytes)"),
            Ok(Some(1_325_124_567))
        );
        assert_eq!(
            size("1.234 GB (1 325 124 567 bytes)"),
            Ok(Some(1_325_124_567))
        );
        assert_eq!(
            size("1.234 GB (1'325'124'567 bytes)"),
            Ok(Some(1_325_124_567))
        );
    }

    #[test]
    fn size_as_plain_byte_count() {
        assert_eq!(size("1325124567"), Ok(Some(1_325_124_567)));
        assert_eq!(size(" 42 "), Ok(Some(42)));
        assert_eq!(size("1,325,124,567"), Ok(Some(1_325_124_567)));
    }

    #[test]
    fn size_shown_number_may_be_read_as_grouped_or_decimal() {
        // 1023 KB: Exchange may print the four digits grouped.
        assert_eq!(size("1,023 KB (1,047,552 bytes)"), Ok(Some(1_047_552)));
        assert_eq!(size("1.023 KB (1,047 bytes)"), Ok(Some(1_047)));
    }

    #[test]
    fn size_negative_is_refused() {
        assert_eq!(
            size("-5 B (-5 bytes)"),
            Err(Problem::NegativeSize("-5 B (-5 bytes)".into()))
        );
        assert_eq!(size("-5"), Err(Problem::NegativeSize("-5".into())));
        assert_eq!(
            size("5 B (-5 bytes)"),
            Err(Problem::NegativeSize("5 B (-5 bytes)".into()))
        );
        assert_eq!(
            Problem::NegativeSize("-5 B (-5 bytes)".into()).to_string(),
            "Größe ist negativ: „-5 B (-5 bytes)“"
        );
    }

    #[test]
    fn size_garbage_is_refused() {
        for value in [
            "abc",
            "1.234 GB",                        // no exact byte count
            "12 XB (12 bytes)",                // unknown unit
            "1.234 GB (1,325,124,567 bytes",   // unclosed parenthesis
            "1.234 GB (1,325,124,567 apples)", // not bytes
            "1,325.124,567",                   // mixed separators
            "1,32,5124",                       // groups not of three
            "12 GB (twelve bytes)",
            "(1,325,124,567 bytes)", // nothing shown
            "1e9",
        ] {
            assert_eq!(
                size(value),
                Err(Problem::InvalidSize(value.into())),
                "{value}"
            );
        }
        assert_eq!(size("   "), Err(Problem::EmptyValue));
    }

    #[test]
    fn size_overflow_is_refused() {
        assert_eq!(
            size("99999999999999999999999"),
            Err(Problem::SizeTooLarge("99999999999999999999999".into()))
        );
        // Above i64::MAX: the database could not store it.
        assert_eq!(
            size("9223372036854775808"),
            Err(Problem::SizeTooLarge("9223372036854775808".into()))
        );
        assert_eq!(size("9223372036854775807"), Ok(Some(i64::MAX as u64)));
    }

    #[test]
    fn size_shown_must_match_bytes() {
        for value in [
            "5 GB (1,325,124,567 bytes)",
            "1.234 MB (1,325,124,567 bytes)",
            "1,5 GB (1.325.124.567 Bytes)",
        ] {
            assert_eq!(
                size(value),
                Err(Problem::SizeMismatch(value.into())),
                "{value}"
            );
        }
        // Within one unit of the last shown digit: 1.233 GB vs 1.2341 GB is fine, 1.2 GB too.
        assert_eq!(
            size("1.233 GB (1,325,124,567 bytes)"),
            Ok(Some(1_325_124_567))
        );
        assert_eq!(
            size("1.2 GB (1,325,124,567 bytes)"),
            Ok(Some(1_325_124_567))
        );
        // Off by 3 of the last digit and by more than 1 %.
        assert!(matches!(
            size("1.27 GB (1,325,124,567 bytes)"),
            Err(Problem::SizeMismatch(_))
        ));
    }
}
