//! The three quota columns of a line: each a size or Unlimited, and in
//! ascending order, as Exchange enforces them.

use super::header::{Column, Header};
use super::row::LineCheck;
use super::sizes::parse_quota;
use super::Problem;
use crate::domain::quota::Thresholds;
use csv::StringRecord;

impl Header {
    /// The three quotas, `None` (with errors reported) when one is bad or they are out of order.
    pub(super) fn read_quotas(
        &self,
        record: &StringRecord,
        check: &mut LineCheck,
    ) -> Option<Thresholds> {
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

#[cfg(test)]
mod tests {
    use crate::domain::exchange_csv::test_support::{errors, places, rows, GIB};
    use crate::domain::exchange_csv::Problem;
    use crate::domain::quota::Thresholds;

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
}
