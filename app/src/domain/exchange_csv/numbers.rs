//! Whole numbers in the digit grouping of either culture.

use super::Problem;

/// Sizes and counts end up in signed 64-bit database columns.
const MAX_VALUE: u64 = i64::MAX as u64;

/// Empty is "not reported", else a non-negative integer, digit groups allowed.
pub(super) fn parse_count(value: &str) -> Result<Option<u64>, Problem> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    match parse_grouped(value) {
        Ok(count) => Ok(Some(count)),
        Err(NumberError::Negative) => Err(Problem::NegativeNumber(value.to_string())),
        Err(NumberError::Invalid | NumberError::TooLarge) => {
            Err(Problem::InvalidNumber(value.to_string()))
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum NumberError {
    Invalid,
    Negative,
    TooLarge,
}

/// A non-negative integer, optionally in digit groups (`1,234,567`, `1.234.567`,
/// `1 234 567` with ordinary or non-breaking spaces, `1'234'567`). One kind of
/// separator per number, groups of three: anything else is more likely a
/// mangled value than a number.
pub(super) fn parse_grouped(text: &str) -> Result<u64, NumberError> {
    let text = text.trim();
    if text
        .strip_prefix('-')
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
    {
        return Err(NumberError::Negative);
    }
    let separator = text.chars().find(|c| !c.is_ascii_digit());
    if separator.is_some_and(|s| !matches!(s, ',' | '.' | ' ' | '\'' | '\u{a0}' | '\u{202f}')) {
        return Err(NumberError::Invalid);
    }
    let mut digits = 0u64;
    for (index, group) in text.split(separator.unwrap_or(' ')).enumerate() {
        let well_formed = match (index, separator) {
            (_, None) => !group.is_empty(),
            (0, Some(_)) => (1..=3).contains(&group.len()),
            (_, Some(_)) => group.len() == 3,
        };
        if !well_formed || !group.bytes().all(|b| b.is_ascii_digit()) {
            return Err(NumberError::Invalid);
        }
        for digit in group.bytes() {
            digits = digits
                .checked_mul(10)
                .and_then(|d| d.checked_add(u64::from(digit - b'0')))
                .filter(|d| *d <= MAX_VALUE)
                .ok_or(NumberError::TooLarge)?;
        }
    }
    Ok(digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn item_count_values() {
        assert_eq!(parse_count(""), Ok(None));
        assert_eq!(parse_count("15432"), Ok(Some(15_432)));
        assert_eq!(parse_count("15.432"), Ok(Some(15_432)));
        assert_eq!(parse_count("15\u{a0}432"), Ok(Some(15_432)));
        assert_eq!(parse_count("-3"), Err(Problem::NegativeNumber("-3".into())));
        assert_eq!(
            parse_count("viele"),
            Err(Problem::InvalidNumber("viele".into()))
        );
        assert_eq!(
            parse_count("1.5"),
            Err(Problem::InvalidNumber("1.5".into()))
        );
    }
}
