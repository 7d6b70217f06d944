//! One data line read into a [`StatsRow`]; every problem of the line is
//! reported, not just the first, so the operator can fix them in one pass.

use super::display_name::clean_display_name;
use super::header::{Column, Header};
use super::logon_time::parse_logon_time;
use super::numbers::parse_count;
use super::proxy_addresses::{parse_proxy_addresses, Proxies};
use super::sizes::parse_total_size;
use super::{LineError, Problem, StatsRow};
use crate::domain::mail_address::{MailAddress, MailAddressError};
use csv::StringRecord;
use std::collections::hash_map::{Entry, HashMap};

impl Header {
    /// One data line; `seen` maps the primary addresses read so far to their lines.
    pub(super) fn read_row(
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
}

/// Collects the errors of one line while its fields are read.
pub(super) struct LineCheck {
    line: usize,
    errors: Vec<LineError>,
}

impl LineCheck {
    pub(super) fn report(&mut self, column: Column, problem: Problem) {
        self.errors.push(column.error(self.line, problem));
    }

    /// The value, or `None` after reporting the problem.
    pub(super) fn take<T>(&mut self, column: Column, result: Result<T, Problem>) -> Option<T> {
        result.map_err(|problem| self.report(column, problem)).ok()
    }
}

fn parse_address(value: &str) -> Result<String, Problem> {
    match MailAddress::parse(value) {
        Ok(address) => Ok(address.as_str().to_string()),
        Err(MailAddressError::Empty) => Err(Problem::MissingAddress),
        Err(MailAddressError::Invalid) => Err(Problem::InvalidAddress(value.trim().to_string())),
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::exchange_csv::test_support::{self, errors, places, rows};
    use crate::domain::exchange_csv::{LineError, Problem};

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
        let rows = test_support::rows(
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
}
