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

use crate::domain::berlin_time;
use crate::domain::mail_address::{MailAddress, MailAddressError};
use crate::domain::quota::Thresholds;
use csv::StringRecord;
use std::borrow::Cow;
use std::collections::hash_map::{Entry, HashMap};
use std::fmt;
use time::{Date, Month, PrimitiveDateTime, Time, UtcOffset};

/// Most data rows a file may have; far above any customer base of the
/// service, low enough to keep a mistaken upload from eating the server's memory.
pub const MAX_ROWS: usize = 200_000;

/// Sizes and counts end up in signed 64-bit database columns.
const MAX_VALUE: u64 = i64::MAX as u64;

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

/// The records of the file with their physical line numbers.
struct Records<'t> {
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
    fn new(text: &'t str, first_line: usize) -> Self {
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
fn is_blank(record: &StringRecord) -> bool {
    record.iter().all(|field| field.trim().is_empty())
}

// ---------------------------------------------------------------------------
// Encoding and layout of the file

/// UTF-8 (with or without BOM) or UTF-16 with BOM, as PowerShell writes them.
fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, Problem> {
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
fn skip_type_line(text: &str) -> (&str, usize) {
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

// ---------------------------------------------------------------------------
// Columns

/// The columns this module reads, by Exchange's property names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    PrimarySmtpAddress,
    DisplayName,
    TotalItemSize,
    ItemCount,
    LastLogonTime,
    IssueWarningQuota,
    ProhibitSendQuota,
    ProhibitSendReceiveQuota,
    EmailAddresses,
}

impl Column {
    const ALL: [Column; 9] = [
        Column::PrimarySmtpAddress,
        Column::DisplayName,
        Column::TotalItemSize,
        Column::ItemCount,
        Column::LastLogonTime,
        Column::IssueWarningQuota,
        Column::ProhibitSendQuota,
        Column::ProhibitSendReceiveQuota,
        Column::EmailAddresses,
    ];
    const QUOTAS: [Column; 3] = [
        Column::IssueWarningQuota,
        Column::ProhibitSendQuota,
        Column::ProhibitSendReceiveQuota,
    ];

    fn name(self) -> &'static str {
        match self {
            Column::PrimarySmtpAddress => "PrimarySmtpAddress",
            Column::DisplayName => "DisplayName",
            Column::TotalItemSize => "TotalItemSize",
            Column::ItemCount => "ItemCount",
            Column::LastLogonTime => "LastLogonTime",
            Column::IssueWarningQuota => "IssueWarningQuota",
            Column::ProhibitSendQuota => "ProhibitSendQuota",
            Column::ProhibitSendReceiveQuota => "ProhibitSendReceiveQuota",
            Column::EmailAddresses => "EmailAddresses",
        }
    }

    fn error(self, line: usize, problem: Problem) -> LineError {
        LineError {
            line,
            column: Some(self.name().to_string()),
            problem,
        }
    }
}

/// Where each known column is in the file.
struct Header {
    positions: [Option<usize>; Column::ALL.len()],
    width: usize,
}

impl Header {
    /// Finds the known columns; `Err` names every missing or doubled one.
    fn read(record: &StringRecord, line: usize) -> Result<Self, Vec<LineError>> {
        let mut header = Header {
            positions: [None; Column::ALL.len()],
            width: record.len(),
        };
        let mut errors = Vec::new();
        for (index, name) in record.iter().enumerate() {
            // A BOM that survived an odd editor would otherwise hide the first name.
            let name = name.trim().trim_start_matches('\u{feff}');
            let Some(column) = Column::ALL
                .into_iter()
                .find(|c| c.name().eq_ignore_ascii_case(name))
            else {
                continue;
            };
            match &mut header.positions[column as usize] {
                Some(_) => errors.push(column.error(line, Problem::DuplicateColumn(column.name()))),
                free => *free = Some(index),
            }
        }
        if !header.has(Column::TotalItemSize) {
            errors.push(Column::TotalItemSize.error(line, Problem::MissingColumn("TotalItemSize")));
        }
        // Without PrimarySmtpAddress the primary is the `SMTP:` entry of EmailAddresses.
        if !header.has(Column::PrimarySmtpAddress) && !header.has(Column::EmailAddresses) {
            errors.push(
                Column::PrimarySmtpAddress
                    .error(line, Problem::MissingColumn("PrimarySmtpAddress")),
            );
        }
        // A missing quota column must not silently mean "Unlimited".
        if header.has_quotas() {
            for column in Column::QUOTAS.into_iter().filter(|c| !header.has(*c)) {
                errors.push(column.error(line, Problem::IncompleteQuotaColumns(column.name())));
            }
        }
        if errors.is_empty() {
            Ok(header)
        } else {
            Err(errors)
        }
    }

    fn has(&self, column: Column) -> bool {
        self.positions[column as usize].is_some()
    }

    fn has_quotas(&self) -> bool {
        Column::QUOTAS.into_iter().any(|c| self.has(c))
    }

    fn field<'r>(&self, record: &'r StringRecord, column: Column) -> Option<&'r str> {
        self.positions[column as usize].and_then(|index| record.get(index))
    }

    /// One data line; `seen` maps the primary addresses read so far to their lines.
    fn read_row(
        &self,
        line: usize,
        record: &StringRecord,
        seen: &mut HashMap<String, usize>,
    ) -> Result<StatsRow, Vec<LineError>> {
        if record.len() != self.width {
            let problem = Problem::FieldCount {
                expected: self.width,
                found: record.len(),
            };
            return Err(vec![LineError {
                line,
                column: None,
                problem,
            }]);
        }
        let mut check = LineCheck {
            line,
            errors: Vec::new(),
        };
        let field = |column| self.field(record, column);

        // Outer `None`: no such column; inner `None`: the entries had errors.
        let proxies =
            field(Column::EmailAddresses).map(|value| match parse_proxy_addresses(value) {
                Ok(proxies) => Some(proxies),
                Err(problems) => {
                    for problem in problems {
                        check.report(Column::EmailAddresses, problem);
                    }
                    None
                }
            });
        let primary = self.read_primary(
            record,
            proxies.as_ref().and_then(Option::as_ref),
            seen,
            &mut check,
        );
        let total_bytes = check.take(
            Column::TotalItemSize,
            parse_total_size(field(Column::TotalItemSize).unwrap_or("")),
        );
        let item_count = field(Column::ItemCount)
            .and_then(|v| check.take(Column::ItemCount, parse_count(v)))
            .flatten();
        let last_logon = field(Column::LastLogonTime)
            .and_then(|v| check.take(Column::LastLogonTime, parse_logon_time(v)))
            .flatten();
        let quotas = if self.has_quotas() {
            self.read_quotas(record, &mut check)
        } else {
            None
        };
        let display_name = field(Column::DisplayName).and_then(clean_display_name);

        match (primary, total_bytes) {
            // Every `None` above comes with a reported error, so an empty list means all is there.
            (Some(primary_address), Some(total_bytes)) if check.errors.is_empty() => {
                let aliases = proxies
                    .flatten()
                    .map(|p| p.aliases_besides(&primary_address));
                Ok(StatsRow {
                    line,
                    primary_address,
                    display_name,
                    total_bytes,
                    item_count,
                    last_logon,
                    quotas,
                    aliases,
                })
            }
            _ => Err(check.errors),
        }
    }

    /// The primary address from `PrimarySmtpAddress`, else from the `SMTP:`
    /// entry of `EmailAddresses`; `None` (with errors reported) when missing,
    /// invalid or already seen on an earlier line.
    fn read_primary(
        &self,
        record: &StringRecord,
        proxies: Option<&Proxies>,
        seen: &mut HashMap<String, usize>,
        check: &mut LineCheck,
    ) -> Option<String> {
        let (column, address) = match self.field(record, Column::PrimarySmtpAddress) {
            Some(value) => (Column::PrimarySmtpAddress, parse_address(value)),
            // The header guarantees EmailAddresses here: `None` means its
            // entries were bad, which is reported already.
            None => (Column::EmailAddresses, proxies?.primary()),
        };
        let address = check.take(column, address)?;
        match seen.entry(address) {
            Entry::Occupied(first) => {
                let problem = Problem::DuplicateAddress {
                    address: first.key().clone(),
                    first_line: *first.get(),
                };
                check.report(column, problem);
                None
            }
            Entry::Vacant(slot) => {
                let address = slot.key().clone();
                slot.insert(check.line);
                Some(address)
            }
        }
    }

    /// The three quotas, `None` (with errors reported) when one is bad or they are out of order.
    fn read_quotas(&self, record: &StringRecord, check: &mut LineCheck) -> Option<Thresholds> {
        let mut read = |column| {
            check.take(
                column,
                parse_quota(self.field(record, column).unwrap_or("")),
            )
        };
        let (warn, send, send_receive) = (
            read(Column::IssueWarningQuota),
            read(Column::ProhibitSendQuota),
            read(Column::ProhibitSendReceiveQuota),
        );
        let thresholds = Thresholds {
            issue_warning: warn?,
            prohibit_send: send?,
            prohibit_send_receive: send_receive?,
        };
        let mut in_order = true;
        if !at_most(thresholds.issue_warning, thresholds.prohibit_send) {
            let problem = Problem::QuotaOrder {
                lower: "Warnschwelle",
                upper: "Sendesperre",
            };
            check.report(Column::IssueWarningQuota, problem);
            in_order = false;
        }
        if !at_most(thresholds.prohibit_send, thresholds.prohibit_send_receive) {
            let problem = Problem::QuotaOrder {
                lower: "Sendesperre",
                upper: "Sende- und Empfangssperre",
            };
            check.report(Column::ProhibitSendQuota, problem);
            in_order = false;
        }
        in_order.then_some(thresholds)
    }
}

/// `a ≤ b` where `None` is Unlimited, i.e. larger than any size.
fn at_most(a: Option<u64>, b: Option<u64>) -> bool {
    match (a, b) {
        (_, None) => true,
        (None, Some(_)) => false,
        (Some(a), Some(b)) => a <= b,
    }
}

/// Collects the errors of one line while its fields are read.
struct LineCheck {
    line: usize,
    errors: Vec<LineError>,
}

impl LineCheck {
    fn report(&mut self, column: Column, problem: Problem) {
        self.errors.push(column.error(self.line, problem));
    }

    /// The value, or `None` after reporting the problem.
    fn take<T>(&mut self, column: Column, result: Result<T, Problem>) -> Option<T> {
        result.map_err(|problem| self.report(column, problem)).ok()
    }
}

// ---------------------------------------------------------------------------
// Field values

fn parse_address(value: &str) -> Result<String, Problem> {
    match MailAddress::parse(value) {
        Ok(address) => Ok(address.as_str().to_string()),
        Err(MailAddressError::Empty) => Err(Problem::MissingAddress),
        Err(MailAddressError::Invalid) => Err(Problem::InvalidAddress(value.trim().to_string())),
    }
}

/// A mailbox always has a measured size: `Unlimited` here means a mangled file.
fn parse_total_size(value: &str) -> Result<u64, Problem> {
    parse_size(value)?.ok_or_else(|| Problem::UnlimitedSize(value.trim().to_string()))
}

/// Quota cells are never empty in an Exchange export, so empty is not read as Unlimited.
fn parse_quota(value: &str) -> Result<Option<u64>, Problem> {
    parse_size(value)
}

/// Empty is "not reported", else a non-negative integer, digit groups allowed.
fn parse_count(value: &str) -> Result<Option<u64>, Problem> {
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NumberError {
    Invalid,
    Negative,
    TooLarge,
}

/// A non-negative integer, optionally in digit groups (`1,234,567`, `1.234.567`,
/// `1 234 567` with ordinary or non-breaking spaces, `1'234'567`). One kind of
/// separator per number, groups of three: anything else is more likely a
/// mangled value than a number.
fn parse_grouped(text: &str) -> Result<u64, NumberError> {
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

/// Empty is "never logged on"; else Berlin wall-clock time as Unix seconds.
fn parse_logon_time(value: &str) -> Result<Option<i64>, Problem> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    let local = parse_local_time(value).ok_or_else(|| Problem::InvalidTime(value.to_string()))?;
    Ok(Some(berlin_to_unix(local)))
}

/// `26.11.2026 08:15:00` (de-DE), `11/26/2026 8:15:00 AM` (en-US) or ISO
/// `2026-11-26T08:15:00` / `2026-11-26 08:15:00`; seconds may be left out.
fn parse_local_time(value: &str) -> Option<PrimitiveDateTime> {
    let (date, clock) = value.split_once([' ', 'T'])?;
    let clock = clock.trim();
    let (date, time) = if date.contains('.') {
        let [day, month, year] = split3(date, '.')?;
        (make_date(year, month, day)?, clock_24h(clock)?)
    } else if date.contains('/') {
        let [month, day, year] = split3(date, '/')?;
        (make_date(year, month, day)?, clock_12h(clock)?)
    } else {
        let [year, month, day] = split3(date, '-')?;
        (make_date(year, month, day)?, clock_24h(clock)?)
    };
    Some(PrimitiveDateTime::new(date, time))
}

fn split3(text: &str, separator: char) -> Option<[&str; 3]> {
    let mut parts = text.split(separator);
    let three = [parts.next()?, parts.next()?, parts.next()?];
    parts.next().is_none().then_some(three)
}

/// 1 to `max_len` ASCII digits.
fn small_number(text: &str, max_len: usize) -> Option<u8> {
    let ok = (1..=max_len).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| text.parse().ok()).flatten()
}

fn make_date(year: &str, month: &str, day: &str) -> Option<Date> {
    let year: i32 = (year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()))
        .then(|| year.parse().ok())??;
    let month = Month::try_from(small_number(month, 2)?).ok()?;
    Date::from_calendar_date(year, month, small_number(day, 2)?).ok()
}

/// `8:15`, `08:15:00`.
fn clock_24h(text: &str) -> Option<Time> {
    let mut parts = text.split(':');
    let hour = small_number(parts.next()?, 2)?;
    let minute = parts
        .next()
        .filter(|m| m.len() == 2)
        .and_then(|m| small_number(m, 2))?;
    let second = match parts.next() {
        Some(s) if s.len() == 2 => small_number(s, 2)?,
        Some(_) => return None,
        None => 0,
    };
    if parts.next().is_some() {
        return None;
    }
    Time::from_hms(hour, minute, second).ok()
}

/// `8:15:00 AM`, `12:30:00 PM`: the US clock, where 12 AM is midnight.
fn clock_12h(text: &str) -> Option<Time> {
    let (clock, meridiem) = text.rsplit_once(' ')?;
    let time = clock_24h(clock.trim())?;
    let hour = time.hour();
    if !(1..=12).contains(&hour) {
        return None;
    }
    let hour = match meridiem {
        m if m.eq_ignore_ascii_case("AM") => hour % 12,
        m if m.eq_ignore_ascii_case("PM") => hour % 12 + 12,
        _ => return None,
    };
    time.replace_hour(hour).ok()
}

/// Berlin wall-clock time to Unix seconds.
///
/// The right offset (+02:00 in summer, +01:00 in winter) is the one
/// [`berlin_time::offset_at`] reports for the instant it yields. In the
/// autumn hour that occurs twice, the earlier (summer time) instant is taken;
/// a spring time that never occurs (02:00–03:00) is read with winter time,
/// i.e. as the moment after clocks jumped forward.
fn berlin_to_unix(local: PrimitiveDateTime) -> i64 {
    let hours = |h| UtcOffset::from_hms(h, 0, 0).expect("whole hours are valid offsets");
    let (summer, winter) = (hours(2), hours(1));
    [summer, winter]
        .into_iter()
        .map(|offset| local.assume_offset(offset))
        .find(|instant| berlin_time::offset_at(*instant) == instant.offset())
        .unwrap_or_else(|| local.assume_offset(winter))
        .unix_timestamp()
}

// ---------------------------------------------------------------------------
// EmailAddresses

/// The SMTP entries of an `EmailAddresses` field.
#[derive(Debug, Default)]
struct Proxies {
    /// `SMTP:` (upper case) entries; Exchange has exactly one.
    primaries: Vec<String>,
    /// `smtp:` entries, in file order.
    aliases: Vec<String>,
}

impl Proxies {
    fn primary(&self) -> Result<String, Problem> {
        match self.primaries.as_slice() {
            [only] => Ok(only.clone()),
            [] => Err(Problem::NoPrimaryAddress),
            _ => Err(Problem::SeveralPrimaryAddresses),
        }
    }

    fn aliases_besides(self, primary: &str) -> Vec<String> {
        let mut aliases: Vec<String> = Vec::with_capacity(self.aliases.len());
        for alias in self.aliases {
            if alias != primary && !aliases.contains(&alias) {
                aliases.push(alias);
            }
        }
        aliases
    }
}

/// `SMTP:a@x.de;smtp:b@x.de`, `{SMTP:a@x.de, smtp:b@x.de}`, … Entries of other
/// types (`X500:`, `SIP:`, `SPO:` …) are skipped; every bad entry is reported.
fn parse_proxy_addresses(value: &str) -> Result<Proxies, Vec<Problem>> {
    let list = value.trim().trim_start_matches('{').trim_end_matches('}');
    let mut proxies = Proxies::default();
    let mut problems = Vec::new();
    for entry in proxy_entries(list) {
        match entry.split_once(':') {
            Some((prefix, address)) if prefix.eq_ignore_ascii_case("smtp") => {
                match MailAddress::parse(address) {
                    // Exchange marks the primary address by the upper-case prefix.
                    Ok(address) if prefix == "SMTP" => {
                        proxies.primaries.push(address.as_str().to_string())
                    }
                    Ok(address) => proxies.aliases.push(address.as_str().to_string()),
                    Err(_) => problems.push(Problem::InvalidAddress(entry.to_string())),
                }
            }
            Some((prefix, _)) if is_proxy_prefix(prefix) => {}
            _ => problems.push(Problem::UnknownProxyEntry(entry.to_string())),
        }
    }
    if problems.is_empty() {
        Ok(proxies)
    } else {
        Err(problems)
    }
}

/// Splits at `;`, `,` and whitespace. X500 addresses contain spaces and X400
/// ones semicolons, so a piece without a `type:` prefix after such an entry
/// belongs to it; after an SMTP entry it is an entry of its own (and an error).
fn proxy_entries(list: &str) -> Vec<&str> {
    let mut entries = Vec::new();
    let mut current: Option<(usize, usize)> = None;
    for (start, end) in token_ranges(list) {
        current = match current {
            Some((first, _)) if continues(&list[first..], &list[start..end]) => Some((first, end)),
            previous => {
                entries.extend(previous.map(|(s, e)| &list[s..e]));
                Some((start, end))
            }
        };
    }
    entries.extend(current.map(|(s, e)| &list[s..e]));
    entries
}

/// Whether `token` is a further piece of `entry`: SMTP addresses never contain
/// separators, so only other types can continue.
fn continues(entry: &str, token: &str) -> bool {
    let smtp = entry
        .get(..5)
        .is_some_and(|prefix| prefix.eq_ignore_ascii_case("smtp:"));
    !smtp && !starts_with_proxy_prefix(token)
}

/// Byte ranges of the pieces between separators.
fn token_ranges(list: &str) -> Vec<(usize, usize)> {
    let is_separator = |c: char| c == ';' || c == ',' || c.is_whitespace();
    let mut ranges = Vec::new();
    let mut start = None;
    for (index, c) in list.char_indices() {
        match (is_separator(c), start) {
            (true, Some(s)) => {
                ranges.push((s, index));
                start = None;
            }
            (false, None) => start = Some(index),
            _ => {}
        }
    }
    ranges.extend(start.map(|s| (s, list.len())));
    ranges
}

fn starts_with_proxy_prefix(token: &str) -> bool {
    token
        .split_once(':')
        .is_some_and(|(prefix, _)| is_proxy_prefix(prefix))
}

/// Proxy types are short alphanumeric words: SMTP, X500, X400, SIP, EUM, SPO …
fn is_proxy_prefix(prefix: &str) -> bool {
    (1..=16).contains(&prefix.len()) && prefix.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// Exchange allows display names of up to 256 characters.
pub const DISPLAY_NAME_MAX_CHARS: usize = 256;

/// A display name as the portal shows and mails it: control characters
/// (line breaks, tabs) become spaces, so a name cannot add lines to a mail;
/// bidirectional overrides and isolates are dropped, so a name cannot
/// reorder the text around it; runs of spaces collapse; at most
/// [`DISPLAY_NAME_MAX_CHARS`] characters. `None` when nothing is left.
pub fn clean_display_name(raw: &str) -> Option<String> {
    let is_bidi_control =
        |c: char| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}');
    let mut cleaned = String::with_capacity(raw.len().min(4 * DISPLAY_NAME_MAX_CHARS));
    let mut chars = 0;
    for c in raw.chars().filter(|c| !is_bidi_control(*c)) {
        let c = if c.is_control() { ' ' } else { c };
        if c.is_whitespace() && (cleaned.is_empty() || cleaned.ends_with(' ')) {
            continue;
        }
        if chars == DISPLAY_NAME_MAX_CHARS {
            break;
        }
        cleaned.push(if c.is_whitespace() { ' ' } else { c });
        chars += 1;
    }
    let cleaned = cleaned.trim_end();
    (!cleaned.is_empty()).then(|| cleaned.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const GIB: u64 = 1024 * 1024 * 1024;

    fn size(value: &str) -> Result<Option<u64>, Problem> {
        parse_size(value)
    }

    fn parse_str(text: &str) -> Result<Vec<StatsRow>, Vec<LineError>> {
        parse(text.as_bytes())
    }

    fn errors(text: &str) -> Vec<LineError> {
        parse_str(text).expect_err("file should be refused")
    }

    fn rows(text: &str) -> Vec<StatsRow> {
        match parse_str(text) {
            Ok(rows) => rows,
            Err(errors) => panic!(
                "unexpected errors: {:#?}",
                errors.iter().map(ToString::to_string).collect::<Vec<_>>()
            ),
        }
    }

    /// (line, column) of each error, for compact assertions.
    fn places(errors: &[LineError]) -> Vec<(usize, Option<&str>)> {
        errors
            .iter()
            .map(|e| (e.line, e.column.as_deref()))
            .collect()
    }

    // --- sizes ------------------------------------------------------------

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

    // --- other values -----------------------------------------------------

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

    #[test]
    fn logon_time_german_winter_and_summer() {
        // 26.11.2026 is winter time (UTC+1): 07:15 UTC.
        assert_eq!(
            parse_logon_time("26.11.2026 08:15:00"),
            Ok(Some(1_795_677_300))
        );
        // 01.07.2026 is summer time (UTC+2): 06:15 UTC.
        assert_eq!(
            parse_logon_time("01.07.2026 08:15:00"),
            Ok(Some(1_782_886_500))
        );
        assert_eq!(parse_logon_time("1.7.2026 08:15"), Ok(Some(1_782_886_500)));
    }

    #[test]
    fn logon_time_us_with_am_pm() {
        assert_eq!(
            parse_logon_time("11/26/2026 8:15:00 AM"),
            Ok(Some(1_795_677_300))
        );
        assert_eq!(
            parse_logon_time("7/1/2026 8:15:00 AM"),
            Ok(Some(1_782_886_500))
        );
        // 8:15 PM is 20:15 Berlin, 19:15 UTC in winter.
        assert_eq!(
            parse_logon_time("11/26/2026 8:15:00 PM"),
            Ok(Some(1_795_720_500))
        );
        // 12 PM is noon, 12 AM midnight.
        assert_eq!(
            parse_logon_time("11/26/2026 12:15:00 PM"),
            parse_logon_time("26.11.2026 12:15:00")
        );
        assert_eq!(
            parse_logon_time("11/26/2026 12:15:00 AM"),
            parse_logon_time("26.11.2026 00:15:00")
        );
    }

    #[test]
    fn logon_time_iso() {
        assert_eq!(
            parse_logon_time("2026-11-26T08:15:00"),
            Ok(Some(1_795_677_300))
        );
        assert_eq!(
            parse_logon_time("2026-11-26 08:15:00"),
            Ok(Some(1_795_677_300))
        );
        assert_eq!(
            parse_logon_time("2026-07-01T08:15:00"),
            Ok(Some(1_782_886_500))
        );
    }

    #[test]
    fn logon_time_around_the_switches() {
        // 03:30 on 29.03.2026 is summer time already: 01:30 UTC.
        assert_eq!(
            parse_logon_time("29.03.2026 03:30:00"),
            Ok(Some(1_774_747_800))
        );
        // 02:30 does not exist that day; read as 03:30 summer time.
        assert_eq!(
            parse_logon_time("29.03.2026 02:30:00"),
            Ok(Some(1_774_747_800))
        );
        // 02:30 on 25.10.2026 happens twice; the earlier one (summer time, 00:30 UTC) is taken.
        assert_eq!(
            parse_logon_time("25.10.2026 02:30:00"),
            Ok(Some(1_792_888_200))
        );
    }

    #[test]
    fn logon_time_empty_and_invalid() {
        assert_eq!(parse_logon_time("  "), Ok(None));
        for value in [
            "gestern",
            "31.02.2026 08:00:00",
            "26.11.2026",
            "11/26/2026 8:15:00",     // US format without AM/PM is ambiguous
            "11/26/2026 13:15:00 PM", // no 13 on a 12-hour clock
            "26.11.2026 25:00:00",
            "2026-11-26T08:15:00Z",
            "26.11.26 08:15:00",
        ] {
            assert_eq!(
                parse_logon_time(value),
                Err(Problem::InvalidTime(value.into())),
                "{value}"
            );
        }
    }

    #[test]
    fn proxy_addresses_in_braces_with_other_types() {
        let proxies = parse_proxy_addresses(
            "{SMTP:Anna@Muster.de, smtp:a.schmidt@muster.de, X500:/o=ExchangeLabs/ou=Exchange Administrative Group \
             (FYDIBOHF23SPDLT)/cn=Recipients/cn=abc, SIP:anna@muster.de, SPO:SPO_1234@SPO_5678}",
        )
        .unwrap();
        assert_eq!(proxies.primaries, ["anna@muster.de"]);
        assert_eq!(proxies.aliases, ["a.schmidt@muster.de"]);
    }

    #[test]
    fn proxy_addresses_separated_by_semicolons_or_spaces() {
        let proxies =
            parse_proxy_addresses("SMTP:anna@muster.de;smtp:info@muster.de smtp:Kontakt@Muster.de")
                .unwrap();
        assert_eq!(proxies.primary(), Ok("anna@muster.de".to_string()));
        assert_eq!(
            proxies.aliases_besides("anna@muster.de"),
            ["info@muster.de", "kontakt@muster.de"]
        );
        // X400 addresses contain semicolons and must not leave stray pieces.
        assert!(parse_proxy_addresses(
            "X400:C=DE;A= ;P=Muster;O=Exchange;S=Schmidt;G=Anna;,smtp:a@muster.de"
        )
        .is_ok());
    }

    #[test]
    fn proxy_address_pieces_after_smtp_are_entries_of_their_own() {
        assert_eq!(
            parse_proxy_addresses("SMTP:a@muster.de b@muster.de").unwrap_err(),
            [Problem::UnknownProxyEntry("b@muster.de".into())]
        );
    }

    #[test]
    fn proxy_addresses_report_every_bad_entry() {
        let problems = parse_proxy_addresses("SMTP:anna@muster.de;smtp:kaputt;smtp:auch@kaputt;Microsoft.Exchange.Data.ProxyAddressCollection")
            .unwrap_err();
        assert_eq!(
            problems,
            [
                Problem::InvalidAddress("smtp:kaputt".into()),
                Problem::InvalidAddress("smtp:auch@kaputt".into()),
                Problem::UnknownProxyEntry("Microsoft.Exchange.Data.ProxyAddressCollection".into()),
            ]
        );
    }

    // --- whole files --------------------------------------------------------

    const GERMAN_FILE: &str = "#TYPE Selected.Microsoft.Exchange.Data.Mapi.MailboxStatistics\r\n\
\"DisplayName\";\"PrimarySmtpAddress\";\"ItemCount\";\"TotalItemSize\";\"LastLogonTime\";\"IssueWarningQuota\";\"ProhibitSendQuota\";\"ProhibitSendReceiveQuota\";\"Database\"\r\n\
\"Schmidt, Anna\";\"Anna.Schmidt@Muster-GmbH.de\";\"15.432\";\"1,234 GB (1.325.124.567 Bytes)\";\"26.11.2026 08:15:00\";\"90 GB (96.636.764.160 Bytes)\";\"95 GB (102.005.473.280 Bytes)\";\"100 GB (107.374.182.400 Bytes)\";\"DB01\"\r\n\
\r\n\
\"Info\";\"info@muster-gmbh.de\";\"0\";\"0 B (0 Bytes)\";\"\";\"Unbegrenzt\";\"Unbegrenzt\";\"Unbegrenzt\";\"DB01\"\r\n";

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

    #[test]
    fn three_bad_lines_give_three_errors_in_place() {
        let errors = errors(
            "PrimarySmtpAddress,TotalItemSize,ItemCount,LastLogonTime\n\
             a@muster.de,0 B (0 bytes),1,\n\
             b@muster.de,\"-5 B (-5 bytes)\",2,\n\
             c@muster.de,0 B (0 bytes),3,\n\
             kein-at-zeichen,0 B (0 bytes),4,\n\
             e@muster.de,0 B (0 bytes),5,\n\
             f@muster.de,0 B (0 bytes),6,gestern\n",
        );
        assert_eq!(
            places(&errors),
            [
                (3, Some("TotalItemSize")),
                (5, Some("PrimarySmtpAddress")),
                (7, Some("LastLogonTime"))
            ]
        );
        assert_eq!(
            errors[0].to_string(),
            "Zeile 3, Spalte TotalItemSize: Größe ist negativ: „-5 B (-5 bytes)“"
        );
        assert_eq!(
            errors[1].problem,
            Problem::InvalidAddress("kein-at-zeichen".into())
        );
        assert_eq!(errors[2].problem, Problem::InvalidTime("gestern".into()));
    }

    #[test]
    fn a_line_reports_all_its_problems() {
        let errors = errors(
            "PrimarySmtpAddress,TotalItemSize,ItemCount,LastLogonTime\n\
             ,Unlimited,-1,morgen\n",
        );
        assert_eq!(
            places(&errors),
            [
                (2, Some("PrimarySmtpAddress")),
                (2, Some("TotalItemSize")),
                (2, Some("ItemCount")),
                (2, Some("LastLogonTime")),
            ]
        );
        assert_eq!(errors[0].problem, Problem::MissingAddress);
        assert_eq!(
            errors[1].problem,
            Problem::UnlimitedSize("Unlimited".into())
        );
    }

    #[test]
    fn missing_required_columns_are_named_on_the_header_line() {
        let errors = errors("#TYPE x\nPrimarySmtpAddress,ItemCount\na@muster.de,1\n");
        assert_eq!(
            errors,
            [LineError {
                line: 2,
                column: Some("TotalItemSize".into()),
                problem: Problem::MissingColumn("TotalItemSize")
            }]
        );
        let errors = super::tests::errors("DisplayName;ItemCount\nAnna;1\n");
        assert_eq!(
            places(&errors),
            [(1, Some("TotalItemSize")), (1, Some("PrimarySmtpAddress"))]
        );
        assert_eq!(
            errors[0].to_string(),
            "Zeile 1, Spalte TotalItemSize: Pflichtspalte „TotalItemSize“ fehlt."
        );
    }

    #[test]
    fn doubled_or_partial_quota_columns_are_refused() {
        let errors = errors("PrimarySmtpAddress,TotalItemSize,TotalItemSize\na@muster.de,0,0\n");
        assert_eq!(errors[0].problem, Problem::DuplicateColumn("TotalItemSize"));
        let errors = super::tests::errors(
            "PrimarySmtpAddress,TotalItemSize,ProhibitSendQuota\na@muster.de,0,Unlimited\n",
        );
        assert_eq!(
            places(&errors),
            [
                (1, Some("IssueWarningQuota")),
                (1, Some("ProhibitSendReceiveQuota"))
            ]
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
    fn duplicate_address_names_the_first_line() {
        let errors = errors(
            "PrimarySmtpAddress,TotalItemSize\n\
             x@muster.de,0\n\
             anna@muster.de,0\n\
             y@muster.de,0\n\
             Anna@Muster.de ,0\n",
        );
        assert_eq!(places(&errors), [(5, Some("PrimarySmtpAddress"))]);
        assert_eq!(
            errors[0].problem,
            Problem::DuplicateAddress {
                address: "anna@muster.de".into(),
                first_line: 3
            }
        );
        assert!(
            errors[0]
                .to_string()
                .ends_with("kommt schon in Zeile 3 vor."),
            "{}",
            errors[0]
        );
    }

    const QUOTA_HEADER: &str = "PrimarySmtpAddress,TotalItemSize,IssueWarningQuota,ProhibitSendQuota,ProhibitSendReceiveQuota\n";

    #[test]
    fn quotas_must_be_in_order() {
        let errors = errors(&format!(
            "{QUOTA_HEADER}\
             a@muster.de,0,96 GB (103079215104 bytes),95 GB (102005473280 bytes),100 GB (107374182400 bytes)\n\
             b@muster.de,0,90 GB (96636764160 bytes),Unlimited,100 GB (107374182400 bytes)\n\
             c@muster.de,0,Unlimited,95 GB (102005473280 bytes),Unlimited\n\
             d@muster.de,0,90 GB (96636764160 bytes),95 GB (102005473280 bytes),Unlimited\n\
             e@muster.de,0,,Unlimited,Unlimited\n"
        ));
        assert_eq!(
            places(&errors),
            [
                (2, Some("IssueWarningQuota")),
                (3, Some("ProhibitSendQuota")),
                (4, Some("IssueWarningQuota")),
                (6, Some("IssueWarningQuota")),
            ]
        );
        assert_eq!(
            errors[0].problem.to_string(),
            "Warnschwelle liegt über der Sendesperre."
        );
        assert_eq!(
            errors[1].problem.to_string(),
            "Sendesperre liegt über der Sende- und Empfangssperre."
        );
        assert_eq!(errors[3].problem, Problem::EmptyValue);
    }

    #[test]
    fn quotas_in_order_are_kept() {
        let rows = rows(&format!(
            "{QUOTA_HEADER}a@muster.de,0,90 GB (96636764160 bytes),90 GB (96636764160 bytes),Unlimited\n"
        ));
        assert_eq!(
            rows[0].quotas,
            Some(Thresholds {
                issue_warning: Some(90 * GIB),
                prohibit_send: Some(90 * GIB),
                prohibit_send_receive: None
            })
        );
    }

    #[test]
    fn email_addresses_give_aliases_and_the_primary() {
        let rows = rows(
            "PrimarySmtpAddress,TotalItemSize,EmailAddresses\n\
             anna@muster.de,0,\"{SMTP:Anna@Muster.de, smtp:AS@muster.de, smtp:anna@muster.de, X500:/o=ExchangeLabs/cn=x}\"\n\
             info@muster.de,0,\n",
        );
        assert_eq!(rows[0].aliases, Some(vec!["as@muster.de".to_string()]));
        assert_eq!(rows[1].aliases, Some(vec![]));

        // Without PrimarySmtpAddress the SMTP: entry is the primary.
        let rows = super::tests::rows(
            "EmailAddresses;TotalItemSize\n\
             \"smtp:alias@muster.de;SMTP:Chef@Muster.de;SIP:chef@muster.de\";0\n",
        );
        assert_eq!(rows[0].primary_address, "chef@muster.de");
        assert_eq!(rows[0].aliases, Some(vec!["alias@muster.de".to_string()]));
    }

    #[test]
    fn email_addresses_errors() {
        let errors = errors(
            "EmailAddresses;TotalItemSize\n\
             smtp:nur-alias@muster.de;0\n\
             \"SMTP:a@muster.de;SMTP:b@muster.de\";0\n\
             \"SMTP:c@muster.de;smtp:kaputt@\";0\n",
        );
        assert_eq!(
            places(&errors),
            [
                (2, Some("EmailAddresses")),
                (3, Some("EmailAddresses")),
                (4, Some("EmailAddresses"))
            ]
        );
        assert_eq!(errors[0].problem, Problem::NoPrimaryAddress);
        assert_eq!(errors[1].problem, Problem::SeveralPrimaryAddresses);
        assert_eq!(
            errors[2].problem,
            Problem::InvalidAddress("smtp:kaputt@".into())
        );
    }

    #[test]
    fn short_lines_and_blank_lines() {
        let errors = errors(
            "PrimarySmtpAddress;TotalItemSize;ItemCount\n\
             ;;\n\
             \n\
             a@muster.de;0\n",
        );
        assert_eq!(
            errors,
            [LineError {
                line: 4,
                column: None,
                problem: Problem::FieldCount {
                    expected: 3,
                    found: 2
                }
            }]
        );
    }

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

    #[test]
    fn display_names_lose_line_breaks_overrides_and_excess() {
        assert_eq!(
            clean_display_name("  Anna\r\nBcc: boss@example.org\tX  ").as_deref(),
            Some("Anna Bcc: boss@example.org X")
        );
        assert_eq!(
            clean_display_name("Rechnung\u{202E}fdp.exe\u{2066}").as_deref(),
            Some("Rechnungfdp.exe")
        );
        assert_eq!(clean_display_name(" \u{202E}\r\n "), None);
        assert_eq!(
            clean_display_name("Müller, Jürgen (Vertrieb) – 日本").as_deref(),
            Some("Müller, Jürgen (Vertrieb) – 日本")
        );
        let long = "ä".repeat(DISPLAY_NAME_MAX_CHARS + 50);
        assert_eq!(
            clean_display_name(&long).map(|n| n.chars().count()),
            Some(DISPLAY_NAME_MAX_CHARS)
        );
        // Markup stays as it is: pages and titles escape it where it is shown.
        assert_eq!(
            clean_display_name("</title><b>").as_deref(),
            Some("</title><b>")
        );
    }
}
