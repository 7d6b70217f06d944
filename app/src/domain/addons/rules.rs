//! The provider's rules for bookings, cancellations and support requests,
//! checked on the server before anything is stored. Inputs arrive as form
//! strings; today's date is a parameter, so every rule is tested exactly.

use super::catalogue::AddonKind;
use super::dates;
use crate::domain::mail_address::MailAddress;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use time::Date;

/// A PST export is announced this many days ahead.
pub const EXPORT_LEAD_DAYS: i64 = 14;
/// An export further ahead than this many years is surely a typo.
pub const EXPORT_MAX_YEARS: i32 = 1;
/// Backups reach this many days back.
pub const RESTORE_DAYS: i64 = 30;
/// The download link of a PST import, in characters.
pub const DOWNLOAD_URL_MAX_CHARS: usize = 2000;
/// Digits of a phone number for the password hand-over.
pub const PHONE_DIGITS: std::ops::RangeInclusive<usize> = 6..=20;
/// A phone number with its separators, in characters.
pub const MAX_PHONE_CHARS: usize = 40;

/// What the rules need to know about the customer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Context {
    pub today: Date,
    pub exchange_mailboxes: u32,
    /// Add-ons that are active.
    pub booked: Vec<AddonKind>,
    /// Primary address of the mailbox the request is about (already checked
    /// to be the customer's).
    pub mailbox_address: Option<String>,
    /// The end of the whole contract once its cancellation is filed: every
    /// add-on ends with it, and nothing new is booked.
    pub contract_ends: Option<Date>,
}

/// A broken rule: the form field and the message id of the locale files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
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
    // `[year]` would also take a sign: `-2026-11-26` is not a date anyone means.
    if !s.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
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
    if ctx.contract_ends.is_some() {
        return fail("kind", "addon-contract-cancelled");
    }
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

/// The end date of a cancellation: the earliest (`None`) or a later month
/// end. Microsoft 365 add-ons belong to the contract: they are cancelled by
/// e-mail to the provider's contract address, in the cancellation wizard
/// (`domain::contract::cancellation`).
pub fn check_cancellation(
    kind: AddonKind,
    requested_end: Option<&str>,
    ctx: &Context,
) -> Result<Date, RuleError> {
    if !ctx.booked.contains(&kind) {
        return fail("kind", "addon-not-booked");
    }
    if kind.is_m365() {
        return fail("kind", "addon-m365-cancel-in-wizard");
    }
    let earliest = dates::monthly_earliest_end(ctx.today);
    // An empty "later end" select means the earliest end, as `None` does.
    let Some(requested) = requested_end.filter(|r| !r.trim().is_empty()) else {
        return ends_before_the_contract(earliest, ctx);
    };
    let end = date_field("end", requested)?;
    if end < earliest {
        return fail("end", "addon-end-too-early");
    }
    if !dates::is_month_end(end) {
        return fail("end", "addon-end-not-month-end");
    }
    ends_before_the_contract(end, ctx)
}

/// Once the contract is cancelled, an add-on's own end must come before it:
/// at the contract's end every add-on ends anyway.
fn ends_before_the_contract(end: Date, ctx: &Context) -> Result<Date, RuleError> {
    match ctx.contract_ends {
        Some(contract_end) if end >= contract_end => fail("end", "addon-ends-with-contract"),
        _ => Ok(end),
    }
}

/// A checked PST import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
    let address = ctx.mailbox_address.as_deref().unwrap_or_default();
    if !pst_name_matches(name, address) {
        return fail("file_name", "addon-pst-name-mismatch");
    }
    let url = download_url.trim();
    if !is_download_url(url) {
        return fail("download_url", "addon-pst-url-invalid");
    }
    Ok(PstImport {
        file_name: name.to_string(),
        download_url: url.to_string(),
    })
}

/// The name without a `.pst` ending (any case) must be the mailbox's
/// primary address (any case); without a mailbox nothing matches.
fn pst_name_matches(name: &str, address: &str) -> bool {
    let name = name.to_lowercase();
    let stem = name.strip_suffix(".pst").unwrap_or(&name);
    !address.trim().is_empty() && stem == normalised_address(address)
}

/// An address as `MailAddress` writes it (trimmed, lower case), so stored and
/// typed spellings of the same mailbox compare equal.
fn normalised_address(address: &str) -> String {
    MailAddress::parse(address).map_or_else(
        |_| address.trim().to_lowercase(),
        |a| a.as_str().to_string(),
    )
}

/// An `https://` link (scheme in any case) to a named host, without spaces
/// or control characters, at most [`DOWNLOAD_URL_MAX_CHARS`] long. Support
/// downloads the file from it, so anything else is refused.
fn is_download_url(url: &str) -> bool {
    let rest = url
        .get(..8)
        .filter(|scheme| scheme.eq_ignore_ascii_case("https://"))
        .and_then(|_| url.get(8..));
    let Some(rest) = rest else {
        return false;
    };
    url.chars().count() <= DOWNLOAD_URL_MAX_CHARS
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
        && is_host_name(host_of(rest))
}

/// The host of the part after `https://`: without user info and port.
fn host_of(rest: &str) -> &str {
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    match host_port.rsplit_once(':') {
        Some((host, port)) if port.bytes().all(|b| b.is_ascii_digit()) => host,
        _ => host_port,
    }
}

/// A domain name with at least two labels (umlauts allowed).
fn is_host_name(host: &str) -> bool {
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
}

/// The dates a PST export may be asked for on `today`: two weeks' notice,
/// at most a year ahead (both ends included).
pub fn export_window(today: Date) -> (Date, Date) {
    (
        dates::add_days(today, EXPORT_LEAD_DAYS),
        dates::add_years(today, EXPORT_MAX_YEARS),
    )
}

/// The dates a mailbox can be restored to on `today`: the last 30 days and
/// today (both ends included).
pub fn restore_window(today: Date) -> (Date, Date) {
    (dates::add_days(today, -RESTORE_DAYS), today)
}

/// At least two weeks ahead (and within a year).
pub fn check_pst_export(date: &str, ctx: &Context) -> Result<Date, RuleError> {
    let date = date_field("date", date)?;
    let (earliest, latest) = export_window(ctx.today);
    if date < earliest {
        return fail("date", "addon-export-too-early");
    }
    if date > latest {
        return fail("date", "addon-export-too-late");
    }
    Ok(date)
}

/// A day of the last 30, never in the future.
pub fn check_restore(date: &str, ctx: &Context) -> Result<Date, RuleError> {
    let date = date_field("date", date)?;
    let (earliest, latest) = restore_window(ctx.today);
    if date > latest {
        return fail("date", "addon-restore-future");
    }
    if date < earliest {
        return fail("date", "addon-restore-too-old");
    }
    Ok(date)
}

/// How support hands the new password over.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
            if phone.chars().count() > MAX_PHONE_CHARS {
                return fail("phone", "addon-phone-invalid");
            }
            let digits = phone.chars().filter(char::is_ascii_digit).count();
            let allowed = phone
                .chars()
                .all(|c| c.is_ascii_digit() || " +-/()".contains(c));
            if !allowed || !PHONE_DIGITS.contains(&digits) {
                return fail("phone", "addon-phone-invalid");
            }
            Ok(PasswordDelivery::Phone(phone.to_string()))
        }
        "link" => {
            let address = MailAddress::parse(alt_email)
                .map_or_else(|_| fail("alt_email", "addon-alt-email-invalid"), Ok)?;
            // The link must not go to the mailbox that is locked out.
            let target = ctx.mailbox_address.as_deref().map(normalised_address);
            if target.as_deref() == Some(address.as_str()) {
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
            contract_ends: None,
        }
    }

    #[test]
    fn after_the_contract_is_cancelled_nothing_is_booked_and_add_ons_end_with_it() {
        let c = Context {
            booked: vec![AddonKind::Archive],
            contract_ends: Some(date!(2027 - 03 - 31)),
            ..ctx()
        };
        assert_eq!(
            err(check_booking(AddonKind::PublicFolders, 1, false, &c)),
            "addon-contract-cancelled"
        );
        // Earliest end (31 Dec 2026) still before the contract's end: allowed.
        assert_eq!(
            check_cancellation(AddonKind::Archive, None, &c),
            Ok(date!(2026 - 12 - 31))
        );
        assert_eq!(
            err(check_cancellation(
                AddonKind::Archive,
                Some("2027-03-31"),
                &c
            )),
            "addon-ends-with-contract"
        );
        let ending_now = Context {
            contract_ends: Some(date!(2026 - 12 - 31)),
            ..c
        };
        assert_eq!(
            err(check_cancellation(AddonKind::Archive, None, &ending_now)),
            "addon-ends-with-contract"
        );
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
        // Microsoft 365 goes with the contract: cancelled in the wizard.
        assert_eq!(
            err(check_cancellation(
                AddonKind::M365BusinessStandard,
                None,
                &c
            )),
            "addon-m365-cancel-in-wizard"
        );
        c.today = date!(2026 - 12 - 02);
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

    #[test]
    fn dates_with_signs_or_short_parts_are_refused() {
        for bad in [
            "+2026-11-26",
            "-2026-11-26",
            "2026-11-26T10:00",
            "26.11.26",
            "26-11-2026",
            "29.02.2027",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
        assert_eq!(parse_date("29.02.2028"), Some(date!(2028 - 02 - 29)));
    }

    #[test]
    fn export_boundaries_on_both_sides() {
        let c = ctx();
        // 26 Nov + 14 days = 10 Dec; one year = 26 Nov 2027.
        assert_eq!(
            export_window(c.today),
            (date!(2026 - 12 - 10), date!(2027 - 11 - 26))
        );
        assert_eq!(
            check_pst_export("10.12.2026", &c),
            Ok(date!(2026 - 12 - 10))
        );
        assert_eq!(
            check_pst_export("2027-11-26", &c),
            Ok(date!(2027 - 11 - 26))
        );
        assert_eq!(
            err(check_pst_export("2027-11-27", &c)),
            "addon-export-too-late"
        );
        assert_eq!(err(check_pst_export("", &c)), "addon-date-invalid");
        assert_eq!(check_pst_export("", &c).unwrap_err().field, "date");
    }

    #[test]
    fn export_notice_across_new_year_and_from_a_leap_day() {
        let mut c = ctx();
        c.today = date!(2026 - 12 - 20);
        assert!(check_pst_export("2027-01-03", &c).is_ok());
        assert_eq!(
            err(check_pst_export("2027-01-02", &c)),
            "addon-export-too-early"
        );
        c.today = date!(2028 - 02 - 29);
        assert!(check_pst_export("2029-02-28", &c).is_ok());
        assert_eq!(
            err(check_pst_export("2029-03-01", &c)),
            "addon-export-too-late"
        );
    }

    #[test]
    fn restore_boundaries_across_new_year() {
        let mut c = ctx();
        c.today = date!(2027 - 01 - 15);
        // 15 Jan − 30 days = 16 Dec.
        assert_eq!(
            restore_window(c.today),
            (date!(2026 - 12 - 16), date!(2027 - 01 - 15))
        );
        assert!(check_restore("16.12.2026", &c).is_ok());
        assert_eq!(
            err(check_restore("15.12.2026", &c)),
            "addon-restore-too-old"
        );
        assert_eq!(err(check_restore("2027-01-16", &c)), "addon-restore-future");
        assert_eq!(err(check_restore("gestern", &c)), "addon-date-invalid");
    }

    #[test]
    fn booking_boundaries() {
        let mut c = ctx();
        c.exchange_mailboxes = 1;
        assert!(check_booking(AddonKind::M365BusinessStandard, 1, false, &c).is_ok());
        // Only Microsoft 365 needs an Exchange mailbox (contract rules).
        c.exchange_mailboxes = 0;
        assert!(check_booking(AddonKind::Archive, 1, false, &c).is_ok());
        let e = check_booking(AddonKind::M365BusinessBasic, 1, false, &c).unwrap_err();
        assert_eq!((e.field, e.message_id), ("kind", "addon-needs-mailbox"));
        c.booked = vec![AddonKind::Archive];
        assert_eq!(
            err(check_booking(AddonKind::Archive, 1, false, &c)),
            "addon-already-booked"
        );
        let e = check_booking(AddonKind::Impersonation, 1, false, &ctx()).unwrap_err();
        assert_eq!(e.field, "confirm_full_access");
    }

    #[test]
    fn cancellation_end_choices() {
        let mut c = ctx();
        c.today = date!(2026 - 12 - 01);
        c.booked = vec![AddonKind::PublicFolders, AddonKind::M365AppsForBusiness];
        // Others: the end of the month after the month of receipt.
        assert_eq!(
            check_cancellation(AddonKind::PublicFolders, None, &c),
            Ok(date!(2027 - 01 - 31))
        );
        // A blank choice is the earliest end.
        assert_eq!(
            check_cancellation(AddonKind::PublicFolders, Some(" "), &c),
            Ok(date!(2027 - 01 - 31))
        );
        assert_eq!(
            check_cancellation(AddonKind::PublicFolders, Some("31.01.2027"), &c),
            Ok(date!(2027 - 01 - 31))
        );
        assert_eq!(
            check_cancellation(AddonKind::PublicFolders, Some("2027-02-28"), &c),
            Ok(date!(2027 - 02 - 28))
        );
        assert_eq!(
            err(check_cancellation(
                AddonKind::M365AppsForBusiness,
                Some("2026-12-31"),
                &c
            )),
            "addon-m365-cancel-in-wizard"
        );
        assert_eq!(
            err(check_cancellation(
                AddonKind::PublicFolders,
                Some("2027-01-30"),
                &c
            )),
            "addon-end-too-early"
        );
        assert_eq!(
            err(check_cancellation(
                AddonKind::PublicFolders,
                Some("bald"),
                &c
            )),
            "addon-date-invalid"
        );
        assert_eq!(
            err(check_cancellation(AddonKind::Impersonation, None, &c)),
            "addon-not-booked"
        );
    }

    #[test]
    fn pst_file_name_in_any_case_with_or_without_ending() {
        let c = ctx();
        let url = "https://dateien.muster-gmbh.de/a.pst";
        for good in [
            "anna.berg@muster-gmbh.de",
            "anna.berg@muster-gmbh.de.PST",
            "\tANNA.BERG@MUSTER-GMBH.DE.Pst ",
        ] {
            assert!(check_pst_import(good, url, &c).is_ok(), "{good}");
        }
        for bad in [
            "",
            ".pst",
            "anna.berg@muster-gmbh.de.pst.pst",
            "anna.berg@muster-gmbh.de.ost",
            "C:\\Export\\anna.berg@muster-gmbh.de.pst",
            "berg@muster-gmbh.de.pst",
        ] {
            assert_eq!(
                err(check_pst_import(bad, url, &c)),
                "addon-pst-name-mismatch",
                "{bad}"
            );
        }
        let mut none = ctx();
        none.mailbox_address = None;
        assert_eq!(
            err(check_pst_import("anna.berg@muster-gmbh.de", url, &none)),
            "addon-pst-name-mismatch"
        );
    }

    #[test]
    fn pst_download_url_boundaries() {
        let c = ctx();
        let name = "anna.berg@muster-gmbh.de.pst";
        let prefix = "https://dateien.muster-gmbh.de/";
        let longest = format!("{prefix}{}", "ä".repeat(2000 - prefix.len()));
        assert_eq!(longest.chars().count(), 2000);
        let checked = check_pst_import(name, &format!(" {longest} "), &c);
        assert_eq!(checked.map(|p| p.download_url), Ok(longest.clone()));
        assert_eq!(
            err(check_pst_import(name, &format!("{longest}x"), &c)),
            "addon-pst-url-invalid"
        );
        for good in [
            "HTTPS://Dateien.Muster-GmbH.de/a.pst",
            "https://dateien.muster-gmbh.de:8443/a.pst?token=1",
            "https://kunde@cloud.rhön-beispiel.de/s/abc",
        ] {
            assert!(check_pst_import(name, good, &c).is_ok(), "{good}");
        }
        for bad in [
            "",
            "dateien.muster-gmbh.de/a.pst",
            "https://localhost/a.pst",
            "https://.../a.pst",
            "https://?a.b",
            "https://-x.de/a",
            "https://x.de/a\u{0}b",
            "https://x.de/a\tb",
        ] {
            let e = check_pst_import(name, bad, &c).unwrap_err();
            assert_eq!(
                (e.field, e.message_id),
                ("download_url", "addon-pst-url-invalid"),
                "{bad}"
            );
        }
    }

    #[test]
    fn phone_digit_boundaries() {
        let c = ctx();
        let phone = |p: &str| check_password_reset("phone", p, "", &c);
        // Separators count too: no megabyte of dashes around six digits.
        assert_eq!(
            err(phone(&format!("0661 123456{}", " -".repeat(20)))),
            "addon-phone-invalid"
        );
        assert!(phone("066 112").is_ok());
        assert_eq!(err(phone("066 11")), "addon-phone-invalid");
        assert!(phone(&"1".repeat(20)).is_ok());
        assert_eq!(err(phone(&"1".repeat(21))), "addon-phone-invalid");
        assert_eq!(
            phone(" 0661/123-456 "),
            Ok(PasswordDelivery::Phone("0661/123-456".into()))
        );
        assert_eq!(err(phone("")), "addon-phone-invalid");
        assert_eq!(err(phone("0661 123456 #2")), "addon-phone-invalid");
    }

    #[test]
    fn reset_link_never_goes_to_the_same_mailbox() {
        let mut c = ctx();
        c.mailbox_address = Some("Info@Rhön-Beispiel.de".into());
        assert_eq!(
            err(check_password_reset(
                "link",
                "",
                " INFO@rhön-beispiel.de ",
                &c
            )),
            "addon-alt-email-same-mailbox"
        );
        assert_eq!(
            check_password_reset("link", "", "Info@Privat.de", &c),
            Ok(PasswordDelivery::Link("info@privat.de".into()))
        );
        let e = check_password_reset("link", "", "", &c).unwrap_err();
        assert_eq!(
            (e.field, e.message_id),
            ("alt_email", "addon-alt-email-invalid")
        );
        assert_eq!(
            err(check_password_reset("Phone", "0661 123456", "", &c)),
            "addon-delivery-invalid"
        );
    }

    #[test]
    fn password_delivery_details_for_the_support_mail() {
        let details = PasswordDelivery::Phone("0661 123456".into()).details();
        assert_eq!(details.get("delivery").map(String::as_str), Some("Telefon"));
        assert_eq!(
            details.get("phone").map(String::as_str),
            Some("0661 123456")
        );
        let details = PasswordDelivery::Link("a@b.de".into()).details();
        assert_eq!(details.get("alt_email").map(String::as_str), Some("a@b.de"));
    }
}
