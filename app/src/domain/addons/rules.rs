//! The provider's rules for bookings, cancellations and support requests,
//! checked on the server before anything is stored. Inputs arrive as form
//! strings; today's date is a parameter, so every rule is tested exactly.

use super::catalogue::AddonKind;
use super::dates;
use crate::domain::mail_address::MailAddress;
use std::collections::BTreeMap;
use time::{Date, Duration};

/// A PST export is announced this many days ahead.
pub const EXPORT_LEAD_DAYS: i64 = 14;
/// An export further ahead than this is surely a typo.
pub const EXPORT_MAX_DAYS: i64 = 366;
/// Backups reach this many days back.
pub const RESTORE_DAYS: i64 = 30;

/// What the rules need to know about the customer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    pub today: Date,
    pub exchange_mailboxes: u32,
    /// Add-ons that are active.
    pub booked: Vec<AddonKind>,
    /// Primary address of the mailbox the request is about (already checked
    /// to be the customer's).
    pub mailbox_address: Option<String>,
}

/// A broken rule: the form field and the message id of the locale files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleError {
    pub field: &'static str,
    pub message_id: &'static str,
}

fn fail<T>(field: &'static str, message_id: &'static str) -> Result<T, RuleError> {
    Err(RuleError { field, message_id })
}

/// `YYYY-MM-DD` (date inputs) or `TT.MM.JJJJ` (typed by hand).
pub fn parse_date(input: &str) -> Option<Date> {
    let s = input.trim();
    let iso = time::macros::format_description!("[year]-[month]-[day]");
    let german = time::macros::format_description!("[day].[month].[year]");
    Date::parse(s, &iso)
        .or_else(|_| Date::parse(s, &german))
        .ok()
}

fn date_field(field: &'static str, input: &str) -> Result<Date, RuleError> {
    parse_date(input).map_or_else(|| fail(field, "addon-date-invalid"), Ok)
}

pub fn check_booking(
    kind: AddonKind,
    quantity: u32,
    confirmed_full_access: bool,
    ctx: &Context,
) -> Result<(), RuleError> {
    if kind.once_per_organisation() && ctx.booked.contains(&kind) {
        return fail("kind", "addon-already-booked");
    }
    if kind.is_m365() && ctx.exchange_mailboxes == 0 {
        return fail("kind", "addon-needs-mailbox");
    }
    if !kind.quantity_range().contains(&quantity) {
        return fail("quantity", "addon-quantity-invalid");
    }
    if kind == AddonKind::Impersonation && !confirmed_full_access {
        return fail("confirm_full_access", "addon-impersonation-confirm");
    }
    Ok(())
}

/// The end date of a cancellation: the earliest (`None`) or a later month end.
pub fn check_cancellation(
    kind: AddonKind,
    requested_end: Option<&str>,
    ctx: &Context,
) -> Result<Date, RuleError> {
    if !ctx.booked.contains(&kind) {
        return fail("kind", "addon-not-booked");
    }
    let earliest = if kind.is_m365() {
        dates::m365_earliest_end(ctx.today)
    } else {
        dates::monthly_earliest_end(ctx.today)
    };
    let Some(requested) = requested_end else {
        return Ok(earliest);
    };
    let end = date_field("end", requested)?;
    if end < earliest {
        return fail("end", "addon-end-too-early");
    }
    if !dates::is_month_end(end) {
        return fail("end", "addon-end-not-month-end");
    }
    Ok(end)
}

/// A checked PST import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PstImport {
    pub file_name: String,
    pub download_url: String,
}

/// The file must be named like the target mailbox's primary address
/// (`.pst` optional), and be offered over HTTPS.
pub fn check_pst_import(
    file_name: &str,
    download_url: &str,
    ctx: &Context,
) -> Result<PstImport, RuleError> {
    let name = file_name.trim();
    let stem = name
        .strip_suffix(".pst")
        .or_else(|| name.strip_suffix(".PST"))
        .unwrap_or(name);
    let address = ctx.mailbox_address.as_deref().unwrap_or_default();
    if address.is_empty() || !stem.eq_ignore_ascii_case(address) {
        return fail("file_name", "addon-pst-name-mismatch");
    }
    let url = download_url.trim();
    let host_present = url
        .strip_prefix("https://")
        .is_some_and(|rest| rest.split('/').next().is_some_and(|h| h.contains('.')));
    if !host_present || url.len() > 2000 || url.chars().any(char::is_whitespace) {
        return fail("download_url", "addon-pst-url-invalid");
    }
    Ok(PstImport {
        file_name: name.to_string(),
        download_url: url.to_string(),
    })
}

/// At least two weeks ahead (and within a year).
pub fn check_pst_export(date: &str, ctx: &Context) -> Result<Date, RuleError> {
    let date = date_field("date", date)?;
    if date < ctx.today + Duration::days(EXPORT_LEAD_DAYS) {
        return fail("date", "addon-export-too-early");
    }
    if date > ctx.today + Duration::days(EXPORT_MAX_DAYS) {
        return fail("date", "addon-export-too-late");
    }
    Ok(date)
}

/// A day of the last 30, never in the future.
pub fn check_restore(date: &str, ctx: &Context) -> Result<Date, RuleError> {
    let date = date_field("date", date)?;
    if date > ctx.today {
        return fail("date", "addon-restore-future");
    }
    if date < ctx.today - Duration::days(RESTORE_DAYS) {
        return fail("date", "addon-restore-too-old");
    }
    Ok(date)
}

/// How support hands the new password over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PasswordDelivery {
    Phone(String),
    Link(String),
}

impl PasswordDelivery {
    /// The request's details as stored and mailed.
    pub fn details(&self) -> BTreeMap<String, String> {
        let (delivery, key, value) = match self {
            PasswordDelivery::Phone(p) => ("Telefon", "phone", p),
            PasswordDelivery::Link(a) => ("Einmal-Link", "alt_email", a),
        };
        BTreeMap::from([
            ("delivery".to_string(), delivery.to_string()),
            (key.to_string(), value.clone()),
        ])
    }
}

pub fn check_password_reset(
    delivery: &str,
    phone: &str,
    alt_email: &str,
    ctx: &Context,
) -> Result<PasswordDelivery, RuleError> {
    match delivery {
        "phone" => {
            let phone = phone.trim();
            let digits = phone.chars().filter(char::is_ascii_digit).count();
            let allowed = phone
                .chars()
                .all(|c| c.is_ascii_digit() || " +-/()".contains(c));
            if !allowed || !(6..=20).contains(&digits) {
                return fail("phone", "addon-phone-invalid");
            }
            Ok(PasswordDelivery::Phone(phone.to_string()))
        }
        "link" => {
            let address = MailAddress::parse(alt_email)
                .map_or_else(|_| fail("alt_email", "addon-alt-email-invalid"), Ok)?;
            let target = ctx.mailbox_address.as_deref().unwrap_or_default();
            if address.as_str().eq_ignore_ascii_case(target) {
                return fail("alt_email", "addon-alt-email-same-mailbox");
            }
            Ok(PasswordDelivery::Link(address.as_str().to_string()))
        }
        _ => fail("delivery", "addon-delivery-invalid"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn ctx() -> Context {
        Context {
            today: date!(2026 - 11 - 26),
            exchange_mailboxes: 3,
            booked: vec![],
            mailbox_address: Some("anna.berg@muster-gmbh.de".into()),
        }
    }

    fn err<T: std::fmt::Debug>(r: Result<T, RuleError>) -> &'static str {
        r.unwrap_err().message_id
    }

    #[test]
    fn dates_in_both_notations_and_nothing_else() {
        assert_eq!(parse_date("2026-12-10"), Some(date!(2026 - 12 - 10)));
        assert_eq!(parse_date(" 10.12.2026 "), Some(date!(2026 - 12 - 10)));
        for bad in ["31.02.2027", "2026-13-01", "morgen", "", "10/12/2026"] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn export_needs_two_weeks_notice() {
        let c = ctx();
        assert_eq!(
            check_pst_export("2026-12-10", &c),
            Ok(date!(2026 - 12 - 10))
        );
        assert_eq!(
            err(check_pst_export("2026-12-09", &c)),
            "addon-export-too-early"
        );
        assert_eq!(
            err(check_pst_export("2026-11-26", &c)),
            "addon-export-too-early"
        );
        assert_eq!(
            err(check_pst_export("2027-11-28", &c)),
            "addon-export-too-late"
        );
        assert_eq!(
            err(check_pst_export("10.13.2026", &c)),
            "addon-date-invalid"
        );
    }

    #[test]
    fn restore_reaches_30_days_back_and_not_into_the_future() {
        let c = ctx();
        assert!(check_restore("2026-10-27", &c).is_ok());
        assert!(check_restore("2026-11-26", &c).is_ok());
        assert_eq!(
            err(check_restore("2026-10-26", &c)),
            "addon-restore-too-old"
        );
        assert_eq!(err(check_restore("2026-11-27", &c)), "addon-restore-future");
    }

    #[test]
    fn bookings_follow_the_rules() {
        let mut c = ctx();
        assert!(check_booking(AddonKind::PublicFolders, 1, false, &c).is_ok());
        assert_eq!(
            err(check_booking(AddonKind::Impersonation, 1, false, &c)),
            "addon-impersonation-confirm"
        );
        assert!(check_booking(AddonKind::Impersonation, 1, true, &c).is_ok());
        assert!(check_booking(AddonKind::M365BusinessBasic, 300, false, &c).is_ok());
        assert_eq!(
            err(check_booking(AddonKind::M365BusinessBasic, 0, false, &c)),
            "addon-quantity-invalid"
        );
        assert_eq!(
            err(check_booking(AddonKind::M365BusinessBasic, 301, false, &c)),
            "addon-quantity-invalid"
        );
        assert_eq!(
            err(check_booking(AddonKind::PublicFolders, 2, false, &c)),
            "addon-quantity-invalid"
        );
        c.booked = vec![
            AddonKind::PublicFolders,
            AddonKind::Impersonation,
            AddonKind::M365BusinessBasic,
        ];
        assert_eq!(
            err(check_booking(AddonKind::PublicFolders, 1, false, &c)),
            "addon-already-booked"
        );
        assert_eq!(
            err(check_booking(AddonKind::Impersonation, 1, true, &c)),
            "addon-already-booked"
        );
        // More Microsoft 365 licences are a new booking, not a duplicate.
        assert!(check_booking(AddonKind::M365BusinessBasic, 5, false, &c).is_ok());
        c.exchange_mailboxes = 0;
        assert_eq!(
            err(check_booking(AddonKind::M365AppsForBusiness, 1, false, &c)),
            "addon-needs-mailbox"
        );
    }

    #[test]
    fn cancellations_end_on_an_allowed_month_end() {
        let mut c = ctx();
        assert_eq!(
            err(check_cancellation(AddonKind::Archive, None, &c)),
            "addon-not-booked"
        );
        c.booked = vec![AddonKind::Archive, AddonKind::M365BusinessStandard];
        assert_eq!(
            check_cancellation(AddonKind::Archive, None, &c),
            Ok(date!(2026 - 12 - 31))
        );
        assert_eq!(
            check_cancellation(AddonKind::M365BusinessStandard, None, &c),
            Ok(date!(2026 - 12 - 31))
        );
        c.today = date!(2026 - 12 - 02);
        assert_eq!(
            check_cancellation(AddonKind::M365BusinessStandard, None, &c),
            Ok(date!(2027 - 01 - 31))
        );
        assert_eq!(
            check_cancellation(AddonKind::Archive, Some("2027-03-31"), &c),
            Ok(date!(2027 - 03 - 31))
        );
        assert_eq!(
            err(check_cancellation(
                AddonKind::Archive,
                Some("2026-12-31"),
                &c
            )),
            "addon-end-too-early"
        );
        assert_eq!(
            err(check_cancellation(
                AddonKind::Archive,
                Some("2027-03-15"),
                &c
            )),
            "addon-end-not-month-end"
        );
    }

    #[test]
    fn pst_import_file_must_be_named_like_the_mailbox() {
        let c = ctx();
        let url = "https://dateien.muster-gmbh.de/a.pst";
        assert!(check_pst_import("anna.berg@muster-gmbh.de.pst", url, &c).is_ok());
        assert!(check_pst_import(" Anna.Berg@Muster-GmbH.de ", url, &c).is_ok());
        assert_eq!(
            err(check_pst_import("export.pst", url, &c)),
            "addon-pst-name-mismatch"
        );
        assert_eq!(
            err(check_pst_import(
                "anna.berg@muster-gmbh.de.pst.zip",
                url,
                &c
            )),
            "addon-pst-name-mismatch"
        );
        for bad in [
            "http://dateien.muster-gmbh.de/a.pst",
            "https://",
            "ftp://x.de/a",
            "https://a b.de/x",
        ] {
            assert_eq!(
                err(check_pst_import("anna.berg@muster-gmbh.de", bad, &c)),
                "addon-pst-url-invalid",
                "{bad}"
            );
        }
    }

    #[test]
    fn password_reset_by_phone_or_link_to_another_address() {
        let c = ctx();
        assert_eq!(
            check_password_reset("phone", "", "+49 (661) 123-456", &c)
                .unwrap_err()
                .message_id,
            "addon-phone-invalid"
        );
        assert!(check_password_reset("phone", "+49 (661) 123-456", "", &c).is_ok());
        assert_eq!(
            err(check_password_reset("phone", "12345", "", &c)),
            "addon-phone-invalid"
        );
        assert_eq!(
            err(check_password_reset("phone", "0661 abc 12", "", &c)),
            "addon-phone-invalid"
        );
        assert_eq!(
            check_password_reset("link", "", "anna@privat.de", &c),
            Ok(PasswordDelivery::Link("anna@privat.de".into()))
        );
        assert_eq!(
            err(check_password_reset(
                "link",
                "",
                "Anna.Berg@muster-gmbh.de",
                &c
            )),
            "addon-alt-email-same-mailbox"
        );
        assert_eq!(
            err(check_password_reset("link", "", "kein", &c)),
            "addon-alt-email-invalid"
        );
        assert_eq!(
            err(check_password_reset("fax", "", "", &c)),
            "addon-delivery-invalid"
        );
    }
}
