//! The bytes of the file as text, in the encodings PowerShell writes.

use super::Problem;
use std::borrow::Cow;

/// UTF-8 (with or without BOM) or UTF-16 with BOM, as PowerShell writes them.
pub(super) fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, Problem> {
    let text = if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        Cow::Owned(decode_utf16(rest, u16::from_le_bytes)?)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        Cow::Owned(decode_utf16(rest, u16::from_be_bytes)?)
    } else {
        let rest = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
        Cow::Borrowed(std::str::from_utf8(rest).map_err(|_| Problem::Encoding)?)
    };
    // NUL is valid UTF-8 but never part of a CSV text: it is the trace of
    // UTF-16 without BOM, or of UTF-32, read as if it were UTF-8/UTF-16.
    if text.contains('\0') {
        return Err(Problem::Encoding);
    }
    Ok(text)
}

fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, Problem> {
    if !bytes.len().is_multiple_of(2) {
        return Err(Problem::Encoding);
    }
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .map_err(|_| Problem::Encoding)
}

/// Drops the `#TYPE …` line Export-Csv writes without `-NoTypeInformation`;
/// returns the rest and how many lines were dropped (for line numbers).
pub(super) fn skip_type_line(text: &str) -> (&str, usize) {
    let is_type_line = text
        .get(..5)
        .is_some_and(|start| start.eq_ignore_ascii_case("#TYPE"));
    if !is_type_line {
        return (text, 0);
    }
    match text.find('\n') {
        Some(end) => (&text[end + 1..], 1),
        None => ("", 1),
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::exchange_csv::test_support::{rows, GERMAN_FILE};
    use crate::domain::exchange_csv::{parse, LineError, Problem};

    fn utf16le_with_bom(text: &str) -> Vec<u8> {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        bytes
    }

    #[test]
    fn utf16le_file() {
        let rows = parse(&utf16le_with_bom(GERMAN_FILE)).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].display_name.as_deref(), Some("Schmidt, Anna"));
        assert_eq!(rows[1].primary_address, "info@muster-gmbh.de");
    }

    #[test]
    fn utf8_with_bom_and_umlauts() {
        let text = "\u{feff}PrimarySmtpAddress,DisplayName,TotalItemSize\nj.mueller@rhön-beispiel.de,Jürgen Müller,0 B (0 bytes)\n";
        let rows = rows(text);
        assert_eq!(rows[0].display_name.as_deref(), Some("Jürgen Müller"));
        assert_eq!(rows[0].primary_address, "j.mueller@rhön-beispiel.de");
    }

    #[test]
    fn utf16be_file() {
        let mut bytes = vec![0xFE, 0xFF];
        bytes.extend(
            "PrimarySmtpAddress,TotalItemSize\na@muster.de,7\n"
                .encode_utf16()
                .flat_map(u16::to_be_bytes),
        );
        assert_eq!(parse(&bytes).unwrap()[0].total_bytes, 7);
    }

    #[test]
    fn undecodable_file_is_an_error_on_line_one() {
        for bytes in [
            &b"PrimarySmtpAddress,TotalItemSize\nm\xfcller@x.de,0\n"[..], // Windows-1252
            &b"P\0r\0i\0m\0"[..],                                         // UTF-16 without BOM
            &[0xFF, 0xFE, 0x41][..],                                      // odd UTF-16 length
            &[0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00][..],                    // lone surrogate
        ] {
            let errors = parse(bytes).unwrap_err();
            assert_eq!(
                errors,
                [LineError {
                    line: 1,
                    column: None,
                    problem: Problem::Encoding
                }]
            );
        }
    }
}
