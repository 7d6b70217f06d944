//! Shorthands for the tests that read whole files.

use super::{parse, LineError, StatsRow};

pub(super) const GIB: u64 = 1024 * 1024 * 1024;

fn parse_str(text: &str) -> Result<Vec<StatsRow>, Vec<LineError>> {
    parse(text.as_bytes())
}

pub(super) fn errors(text: &str) -> Vec<LineError> {
    parse_str(text).expect_err("file should be refused")
}

pub(super) fn rows(text: &str) -> Vec<StatsRow> {
    match parse_str(text) {
        Ok(rows) => rows,
        Err(errors) => panic!(
            "unexpected errors: {:#?}",
            errors.iter().map(ToString::to_string).collect::<Vec<_>>()
        ),
    }
}

/// (line, column) of each error, for compact assertions.
pub(super) fn places(errors: &[LineError]) -> Vec<(usize, Option<&str>)> {
    errors
        .iter()
        .map(|e| (e.line, e.column.as_deref()))
        .collect()
}

pub(super) const GERMAN_FILE: &str = "#TYPE Selected.Microsoft.Exchange.Data.Mapi.MailboxStatistics\r\n\
\"DisplayName\";\"PrimarySmtpAddress\";\"ItemCount\";\"TotalItemSize\";\"LastLogonTime\";\"IssueWarningQuota\";\"ProhibitSendQuota\";\"ProhibitSendReceiveQuota\";\"Database\"\r\n\
\"Schmidt, Anna\";\"Anna.Schmidt@Muster-GmbH.de\";\"15.432\";\"1,234 GB (1.325.124.567 Bytes)\";\"26.11.2026 08:15:00\";\"90 GB (96.636.764.160 Bytes)\";\"95 GB (102.005.473.280 Bytes)\";\"100 GB (107.374.182.400 Bytes)\";\"DB01\"\r\n\
\r\n\
\"Info\";\"info@muster-gmbh.de\";\"0\";\"0 B (0 Bytes)\";\"\";\"Unbegrenzt\";\"Unbegrenzt\";\"Unbegrenzt\";\"DB01\"\r\n";
