//! The header line: where each known column is, and whether the columns
//! needed to read a row are all there.

use super::{LineError, Problem};
use csv::StringRecord;

/// The columns the import reads, by Exchange's property names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Column {
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

    pub(super) fn error(self, line: usize, problem: Problem) -> LineError {
        LineError {
            line,
            column: Some(self.name().to_string()),
            problem,
        }
    }
}

/// Where each known column is in the file.
pub(super) struct Header {
    positions: [Option<usize>; Column::ALL.len()],
    pub(super) width: usize,
}

impl Header {
    /// Finds the known columns; `Err` names every missing or doubled one.
    pub(super) fn read(record: &StringRecord, line: usize) -> Result<Self, Vec<LineError>> {
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

    pub(super) fn has_quotas(&self) -> bool {
        Column::QUOTAS.into_iter().any(|c| self.has(c))
    }

    pub(super) fn field<'r>(&self, record: &'r StringRecord, column: Column) -> Option<&'r str> {
        self.positions[column as usize].and_then(|index| record.get(index))
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::exchange_csv::test_support::{self, errors, places};
    use crate::domain::exchange_csv::{LineError, Problem};

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
        let errors = test_support::errors("DisplayName;ItemCount\nAnna;1\n");
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
        let errors = test_support::errors(
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
}
