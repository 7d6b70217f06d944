//! The records of the file, each with the physical line it starts on, so
//! that every report names the line the operator sees in an editor.

use super::Problem;
use csv::StringRecord;

/// The records of the file with their physical line numbers.
pub(super) struct Records<'t> {
    text: &'t str,
    reader: csv::Reader<&'t [u8]>,
    /// Lines are counted up to this byte offset …
    counted_to: usize,
    /// … where this line starts or continues.
    line: usize,
}

impl Iterator for Records<'_> {
    type Item = (usize, Result<StringRecord, Problem>);

    /// The next record and the line it starts on.
    fn next(&mut self) -> Option<Self::Item> {
        let mut record = StringRecord::new();
        let result = self.reader.read_record(&mut record);
        let position = match &result {
            Ok(_) => record.position(),
            Err(e) => e.position(),
        };
        let line = self.line_at(position.map_or(self.counted_to, |p| p.byte() as usize));
        match result {
            Ok(false) => None,
            Ok(true) => Some((line, Ok(record))),
            Err(e) => Some((line, Err(Problem::Unreadable(e.to_string())))),
        }
    }
}

impl<'t> Records<'t> {
    pub(super) fn new(text: &'t str, first_line: usize) -> Self {
        let reader = csv::ReaderBuilder::new()
            .has_headers(false)
            // Lines of the wrong width are reported by us, with their line number.
            .flexible(true)
            .delimiter(detect_delimiter(text))
            .from_reader(text.as_bytes());
        Records {
            text,
            reader,
            counted_to: 0,
            line: first_line,
        }
    }

    /// The line of the first character at or after `byte` that is not a line break.
    ///
    /// The csv crate reports where it began reading, which is before the
    /// previous line's break and any empty lines, and counts lines
    /// unreliably with CRLF; so lines are counted here from the byte offset.
    /// Offsets only grow, which keeps the counting linear.
    fn line_at(&mut self, byte: usize) -> usize {
        let bytes = self.text.as_bytes();
        let from = byte.clamp(self.counted_to, bytes.len());
        let start = from
            + bytes[from..]
                .iter()
                .take_while(|b| matches!(b, b'\r' | b'\n'))
                .count();
        self.line += bytes[self.counted_to..start]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        self.counted_to = start;
        self.line
    }
}

/// Empty lines, and lines of nothing but delimiters as spreadsheets leave them, are ignored.
pub(super) fn is_blank(record: &StringRecord) -> bool {
    record.iter().all(|field| field.trim().is_empty())
}

/// `;` when the header line has more semicolons than commas outside quotes
/// (German `-UseCulture` export), else `,`.
fn detect_delimiter(text: &str) -> u8 {
    let header = text
        .lines()
        .find(|line| !line.trim().is_empty())
        .unwrap_or("");
    let (mut commas, mut semicolons, mut quoted) = (0, 0, false);
    for c in header.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => commas += 1,
            ';' if !quoted => semicolons += 1,
            _ => {}
        }
    }
    if semicolons > commas {
        b';'
    } else {
        b','
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::exchange_csv::test_support::{errors, places, rows};

    #[test]
    fn crlf_and_empty_lines_keep_physical_line_numbers() {
        let errors = errors("\r\nPrimarySmtpAddress,TotalItemSize\r\n\r\n\r\na@muster.de,x\r\n\r\nb@muster.de,y\r\n   \r\nc@muster.de,z");
        assert_eq!(
            places(&errors),
            [
                (5, Some("TotalItemSize")),
                (7, Some("TotalItemSize")),
                (9, Some("TotalItemSize"))
            ]
        );
    }

    #[test]
    fn quoted_field_spanning_lines_keeps_physical_line_numbers() {
        let rows = rows("PrimarySmtpAddress,DisplayName,TotalItemSize\na@muster.de,\"Zwei\nZeilen\",0\nb@muster.de,B,0\n");
        assert_eq!(rows.iter().map(|r| r.line).collect::<Vec<_>>(), [2, 4]);
    }
}
