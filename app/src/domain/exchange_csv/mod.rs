//! Mailbox figures exported from Exchange as CSV, checked row by row.
//!
//! The operator runs `Get-Mailbox | Get-MailboxStatistics … | Export-Csv` and
//! hands the file to the portal. The file is either accepted as a whole or
//! rejected with one report naming every bad line, so a half-imported file can
//! never leave the portal's figures inconsistent.
//!
//! PowerShell writes the values in the exporting machine's culture, so sizes,
//! counts and times come in English or German spelling, the delimiter may be
//! `;` (`-UseCulture` on a German system) and Windows PowerShell may encode the
//! file as UTF-16LE. All of that is accepted here; nothing else is guessed.

mod decode;
mod display_name;
mod header;
mod logon_time;
mod numbers;
mod proxy_addresses;
mod quotas;
mod records;
mod row;
mod sizes;
#[cfg(test)]
mod test_support;

pub use display_name::{clean_display_name, DISPLAY_NAME_MAX_CHARS};
pub use sizes::parse_size;

use crate::domain::quota::Thresholds;
use decode::{decode, skip_type_line};
use header::Header;
use records::{is_blank, Records};
use std::collections::HashMap;
use std::fmt;

/// Most data rows a file may have; far above any customer base of the
/// service, low enough to keep a mistaken upload from eating the server's memory.
pub const MAX_ROWS: usize = 200_000;

/// One mailbox's figures, as read from one line of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatsRow {
    /// Physical line number in the file (1-based).
    pub line: usize,
    /// Lower-cased and trimmed.
    pub primary_address: String,
    pub display_name: Option<String>,
    pub total_bytes: u64,
    pub item_count: Option<u64>,
    /// Unix seconds; the file's times are Europe/Berlin wall-clock time.
    pub last_logon: Option<i64>,
    /// `None` when the file has no quota columns; inside, `None` is `Unlimited`.
    pub quotas: Option<Thresholds>,
    /// The `smtp:` addresses from `EmailAddresses` without the primary one;
    /// `None` when the file has no such column.
    pub aliases: Option<Vec<String>>,
}

/// What is wrong where: `column` is `None` for problems of the whole line or file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineError {
    pub line: usize,
    pub column: Option<String>,
    pub problem: Problem,
}

/// Why a line (or the file) was refused. `Display` gives a German sentence
/// meant for the operator who exported the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Neither UTF-8 nor UTF-16 with a byte order mark.
    Encoding,
    /// The file has no header line.
    NoHeader,
    /// A required column is missing from the header.
    MissingColumn(&'static str),
    /// Some but not all of the three quota columns are present.
    IncompleteQuotaColumns(&'static str),
    /// A known column appears twice in the header.
    DuplicateColumn(&'static str),
    /// A line has a different number of fields than the header.
    FieldCount {
        expected: usize,
        found: usize,
    },
    /// The CSV reader could not read the line.
    Unreadable(String),
    /// More data rows than [`MAX_ROWS`].
    TooManyRows,
    /// A field that must have a value is empty.
    EmptyValue,
    NegativeSize(String),
    InvalidSize(String),
    SizeTooLarge(String),
    /// The human-readable size does not fit the byte count next to it.
    SizeMismatch(String),
    /// `Unlimited` where a measured size is expected.
    UnlimitedSize(String),
    NegativeNumber(String),
    InvalidNumber(String),
    InvalidTime(String),
    /// Quotas out of order; both are German names of the thresholds.
    QuotaOrder {
        lower: &'static str,
        upper: &'static str,
    },
    MissingAddress,
    InvalidAddress(String),
    /// An `EmailAddresses` entry without a type prefix such as `smtp:`.
    UnknownProxyEntry(String),
    /// `EmailAddresses` (used as the primary's source) has no `SMTP:` entry.
    NoPrimaryAddress,
    /// `EmailAddresses` (used as the primary's source) has several `SMTP:` entries.
    SeveralPrimaryAddresses,
    DuplicateAddress {
        address: String,
        first_line: usize,
    },
    /// The address is not a mailbox known to the portal (raised by the import, not here).
    UnknownMailbox(String),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Encoding => f.write_str(
                "Die Datei ist weder UTF-8 noch UTF-16 mit BOM kodiert; bitte mit „Export-Csv -Encoding UTF8“ exportieren.",
            ),
            Problem::NoHeader => f.write_str("Die Datei enthält keine Kopfzeile."),
            Problem::MissingColumn(name) => write!(f, "Pflichtspalte „{name}“ fehlt."),
            Problem::IncompleteQuotaColumns(name) => write!(
                f,
                "Spalte „{name}“ fehlt; die drei Quota-Spalten müssen entweder alle oder gar nicht vorhanden sein."
            ),
            Problem::DuplicateColumn(name) => write!(f, "Spalte „{name}“ kommt mehrfach vor."),
            Problem::FieldCount { expected, found } => {
                write!(f, "Zeile hat {found} statt {expected} Felder.")
            }
            Problem::Unreadable(detail) => write!(f, "Zeile ist nicht lesbar: {detail}"),
            Problem::TooManyRows => write!(f, "Die Datei hat mehr als {MAX_ROWS} Datenzeilen."),
            Problem::EmptyValue => f.write_str("Wert fehlt."),
            Problem::NegativeSize(v) => write!(f, "Größe ist negativ: „{v}“"),
            Problem::InvalidSize(v) => write!(f, "Keine gültige Größe: „{v}“"),
            Problem::SizeTooLarge(v) => write!(f, "Größe ist zu groß: „{v}“"),
            Problem::SizeMismatch(v) => {
                write!(f, "Angezeigte Größe passt nicht zur Byte-Zahl: „{v}“")
            }
            Problem::UnlimitedSize(v) => write!(f, "Postfachgröße kann nicht unbegrenzt sein: „{v}“"),
            Problem::NegativeNumber(v) => write!(f, "Anzahl ist negativ: „{v}“"),
            Problem::InvalidNumber(v) => write!(f, "Keine gültige Anzahl: „{v}“"),
            Problem::InvalidTime(v) => write!(
                f,
                "Kein gültiger Zeitpunkt: „{v}“ (erwartet z. B. „26.11.2026 08:15:00“)"
            ),
            Problem::QuotaOrder { lower, upper } => write!(f, "{lower} liegt über der {upper}."),
            Problem::MissingAddress => f.write_str("E-Mail-Adresse fehlt."),
            Problem::InvalidAddress(v) => write!(f, "Keine gültige E-Mail-Adresse: „{v}“"),
            Problem::UnknownProxyEntry(v) => write!(
                f,
                "Unbekannter Eintrag: „{v}“ (erwartet z. B. „smtp:name@domain.de“)"
            ),
            Problem::NoPrimaryAddress => f.write_str("Keine primäre Adresse („SMTP:…“) angegeben."),
            Problem::SeveralPrimaryAddresses => {
                f.write_str("Mehr als eine primäre Adresse („SMTP:…“) angegeben.")
            }
            Problem::DuplicateAddress { address, first_line } => {
                write!(f, "Adresse „{address}“ kommt schon in Zeile {first_line} vor.")
            }
            Problem::UnknownMailbox(address) => {
                write!(f, "Postfach „{address}“ ist im Portal nicht angelegt.")
            }
        }
    }
}

impl fmt::Display for LineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.column {
            Some(column) => write!(
                f,
                "Zeile {}, Spalte {}: {}",
                self.line, column, self.problem
            ),
            None => write!(f, "Zeile {}: {}", self.line, self.problem),
        }
    }
}

impl std::error::Error for LineError {}

/// Reads the whole file.
///
/// # Errors
///
/// Every problem of every line, in file order, when any line is bad. An
/// undecodable file or a bad header gives only the errors of line 1 or the
/// header line.
pub fn parse(bytes: &[u8]) -> Result<Vec<StatsRow>, Vec<LineError>> {
    parse_limited(bytes, MAX_ROWS)
}

fn parse_limited(bytes: &[u8], max_rows: usize) -> Result<Vec<StatsRow>, Vec<LineError>> {
    let text = decode(bytes).map_err(|problem| {
        vec![LineError {
            line: 1,
            column: None,
            problem,
        }]
    })?;
    let (text, skipped_lines) = skip_type_line(&text);
    let mut records = Records::new(text, skipped_lines + 1);

    let (header_line, header) = loop {
        match records.next() {
            None => {
                return Err(vec![LineError {
                    line: skipped_lines + 1,
                    column: None,
                    problem: Problem::NoHeader,
                }])
            }
            Some((_, Ok(record))) if is_blank(&record) => continue,
            Some((line, Ok(record))) => break (line, record),
            Some((line, Err(problem))) => {
                return Err(vec![LineError {
                    line,
                    column: None,
                    problem,
                }])
            }
        }
    };
    let header = Header::read(&header, header_line)?;

    let mut rows = Vec::new();
    let mut errors = Vec::new();
    let mut seen = HashMap::new();
    let mut row_count = 0;
    for (line, record) in records {
        let record = match record {
            Ok(record) if is_blank(&record) => continue,
            Ok(record) => record,
            Err(problem) => {
                errors.push(LineError {
                    line,
                    column: None,
                    problem,
                });
                continue;
            }
        };
        row_count += 1;
        if row_count > max_rows {
            // Stop reading: the file is refused anyway and may be huge.
            errors.push(LineError {
                line,
                column: None,
                problem: Problem::TooManyRows,
            });
            break;
        }
        match header.read_row(line, &record, &mut seen) {
            Ok(row) => rows.push(row),
            Err(mut line_errors) => errors.append(&mut line_errors),
        }
    }
    if errors.is_empty() {
        Ok(rows)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use test_support::{errors, rows, GERMAN_FILE, GIB};

    #[test]
    fn german_file_with_type_line_and_semicolons() {
        let rows = rows(GERMAN_FILE);
        assert_eq!(rows.len(), 2);
        let anna = &rows[0];
        assert_eq!(anna.line, 3, "header is line 2 after the #TYPE line");
        assert_eq!(anna.primary_address, "anna.schmidt@muster-gmbh.de");
        assert_eq!(anna.display_name.as_deref(), Some("Schmidt, Anna"));
        assert_eq!(anna.item_count, Some(15_432));
        assert_eq!(anna.total_bytes, 1_325_124_567);
        assert_eq!(anna.last_logon, Some(1_795_677_300));
        assert_eq!(
            anna.quotas,
            Some(Thresholds {
                issue_warning: Some(90 * GIB),
                prohibit_send: Some(95 * GIB),
                prohibit_send_receive: Some(100 * GIB)
            })
        );
        assert_eq!(anna.aliases, None);
        let info = &rows[1];
        assert_eq!(info.line, 5, "the empty line 4 still counts");
        assert_eq!(
            (info.total_bytes, info.item_count, info.last_logon),
            (0, Some(0), None)
        );
        assert_eq!(
            info.quotas,
            Some(Thresholds {
                issue_warning: None,
                prohibit_send: None,
                prohibit_send_receive: None
            })
        );
    }

    #[test]
    fn english_file_with_commas_and_lower_case_headers() {
        let rows = rows(
            "primarysmtpaddress,totalitemsize,itemcount,lastlogontime\n\
             anna@muster.de,\"1.234 GB (1,325,124,567 bytes)\",\"15,432\",11/26/2026 8:15:00 AM\n",
        );
        assert_eq!(rows.len(), 1);
        assert_eq!(
            (rows[0].line, rows[0].total_bytes, rows[0].item_count),
            (2, 1_325_124_567, Some(15_432))
        );
        assert_eq!(rows[0].last_logon, Some(1_795_677_300));
        assert_eq!(
            (rows[0].quotas, rows[0].display_name.as_deref()),
            (None, None)
        );
    }

    #[test]
    fn empty_file_has_no_header() {
        assert_eq!(errors("")[0].problem, Problem::NoHeader);
        assert_eq!(
            errors("#TYPE x\n\n")[0],
            LineError {
                line: 2,
                column: None,
                problem: Problem::NoHeader
            }
        );
        assert_eq!(rows("PrimarySmtpAddress,TotalItemSize\n"), []);
    }

    #[test]
    fn too_many_rows() {
        let text =
            "PrimarySmtpAddress,TotalItemSize\na@muster.de,0\nb@muster.de,0\nc@muster.de,0\n";
        assert_eq!(parse_limited(text.as_bytes(), 3).map(|r| r.len()), Ok(3));
        let errors = parse_limited(text.as_bytes(), 2).unwrap_err();
        assert_eq!(
            errors,
            [LineError {
                line: 4,
                column: None,
                problem: Problem::TooManyRows
            }]
        );
    }

    #[test]
    fn ten_thousand_rows_parse_quickly() {
        let mut text = String::from(
            "PrimarySmtpAddress,DisplayName,TotalItemSize,ItemCount,LastLogonTime,IssueWarningQuota,ProhibitSendQuota,ProhibitSendReceiveQuota,EmailAddresses\n",
        );
        for i in 0..10_000 {
            text.push_str(&format!(
                "user{i}@muster.de,User {i},\"1.234 GB (1,325,124,567 bytes)\",15432,26.11.2026 08:15:00,\
                 Unlimited,Unlimited,Unlimited,\"SMTP:user{i}@muster.de;smtp:u{i}@muster.de\"\n"
            ));
        }
        let started = std::time::Instant::now();
        let rows = parse(text.as_bytes()).unwrap();
        let elapsed = started.elapsed();
        assert_eq!(rows.len(), 10_000);
        // Generous for an unoptimised test build on a busy machine; catches quadratic behaviour.
        assert!(elapsed.as_millis() < 2_000, "took {elapsed:?}");
    }
}
