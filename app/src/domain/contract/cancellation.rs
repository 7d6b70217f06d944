//! The rules of a cancellation: what may be cancelled, to which ends, whether
//! the data takeover can still be ordered, and what follows. The browser
//! previews with these functions; the server checks with the same ones.

use super::timeline::{earliest_end, takeover_possible, timeline, Timeline};
use crate::domain::addons::catalogue::AddonKind;
use crate::domain::addons::dates::{is_month_end, later_month_ends, m365_earliest_end};
use crate::domain::addons::rules::{parse_date, RuleError};
use serde::{Deserialize, Serialize};
use time::Date;

/// Month ends offered after the earliest one.
pub const LATER_ENDS: usize = 11;

/// What a cancellation ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Target {
    /// The whole Exchange contract, with every add-on.
    Contract,
    /// One Microsoft 365 add-on; the contract goes on.
    Addon(AddonKind),
}

impl Target {
    pub fn as_str(self) -> &'static str {
        match self {
            Target::Contract => "contract",
            Target::Addon(kind) => kind.as_str(),
        }
    }

    /// Only the whole contract and Microsoft 365 add-ons are cancelled this way
    /// (the other add-ons are cancelled on the add-ons page).
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim() {
            "contract" => Some(Target::Contract),
            other => AddonKind::parse(other)
                .filter(|k| k.is_m365())
                .map(Target::Addon),
        }
    }

    /// The message id of its name.
    pub fn label_id(self) -> &'static str {
        match self {
            Target::Contract => "contract-whole",
            Target::Addon(kind) => kind.label_id(),
        }
    }
}

/// What the rules need to know about a customer's contract on one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facts {
    /// The day the cancellation is sent (and so received).
    pub today: Date,
    pub contract_start: Date,
    pub minimum_term_months: u32,
    /// Add-ons that are booked and not yet ended.
    pub addons: Vec<AddonKind>,
    /// The end of the whole contract, if its cancellation is already filed.
    pub contract_ends: Option<Date>,
    /// Targets whose cancellation is already filed.
    pub filed: Vec<Target>,
}

/// A cancellation as the user chose it; the end `None` means the earliest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice<'a> {
    pub target: &'a str,
    pub end: Option<&'a str>,
    pub takeover: bool,
}

/// A cancellation that passed every rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checked {
    pub target: Target,
    pub timeline: Timeline,
    pub takeover: bool,
    /// Add-ons that end with it (with the contract: all of them).
    pub ending_addons: Vec<AddonKind>,
}

fn fail<T>(field: &'static str, message_id: &'static str) -> Result<T, RuleError> {
    Err(RuleError { field, message_id })
}

/// The earliest end of `target` if cancelled on `facts.today`.
pub fn earliest(target: Target, facts: &Facts) -> Date {
    match target {
        Target::Contract => {
            earliest_end(facts.today, facts.contract_start, facts.minimum_term_months)
        }
        Target::Addon(_) => m365_earliest_end(facts.today),
    }
}

/// The ends the user can choose: the earliest, then later month ends. An
/// add-on cannot be cancelled to a day after the contract has ended.
pub fn end_choices(target: Target, facts: &Facts) -> Vec<Date> {
    let first = earliest(target, facts);
    let mut ends = vec![first];
    ends.extend(later_month_ends(first, LATER_ENDS));
    if let (Target::Addon(_), Some(contract_end)) = (target, facts.contract_ends) {
        ends.retain(|end| *end < contract_end);
    }
    ends
}

/// What `may_cancel_contract` (owners) or others (admins) can cancel now.
pub fn choosable(facts: &Facts, may_cancel_contract: bool) -> Vec<Target> {
    let contract =
        (may_cancel_contract && facts.contract_ends.is_none()).then_some(Target::Contract);
    let addons = facts
        .addons
        .iter()
        .filter(|k| k.is_m365())
        .map(|&k| Target::Addon(k));
    contract
        .into_iter()
        .chain(addons)
        .filter(|t| !facts.filed.contains(t) && !end_choices(*t, facts).is_empty())
        .collect()
}

/// Whether the data takeover can be ordered along with a cancellation to `end`.
pub fn takeover_offered(target: Target, end: Date, facts: &Facts) -> bool {
    target == Target::Contract && takeover_possible(facts.today, end)
}

/// Checks a cancellation against every rule. Refusals name the form field
/// and a message that says what to do.
pub fn check(
    choice: &Choice,
    facts: &Facts,
    may_cancel_contract: bool,
) -> Result<Checked, RuleError> {
    let Some(target) = Target::parse(choice.target) else {
        return fail("target", "cancel-target-unknown");
    };
    if target == Target::Contract && !may_cancel_contract {
        return fail("target", "cancel-contract-owner-only");
    }
    if facts.filed.contains(&target) {
        return fail("target", "cancel-already-filed");
    }
    if let Target::Addon(kind) = target {
        if !facts.addons.contains(&kind) {
            return fail("target", "cancel-target-unknown");
        }
    }
    let choices = end_choices(target, facts);
    let Some(&first) = choices.first() else {
        return fail("target", "cancel-addon-ends-with-contract");
    };
    let end = match choice.end.map(str::trim).filter(|e| !e.is_empty()) {
        None => first,
        Some(text) => {
            let Some(end) = parse_date(text) else {
                return fail("end", "cancel-end-invalid");
            };
            if end < first {
                return fail("end", "cancel-end-too-early");
            }
            if !is_month_end(end) {
                return fail("end", "cancel-end-not-month-end");
            }
            if !choices.contains(&end) {
                return fail("end", "cancel-end-too-late");
            }
            end
        }
    };
    if choice.takeover && !takeover_offered(target, end, facts) {
        return fail(
            "takeover",
            if target == Target::Contract {
                "cancel-takeover-too-late"
            } else {
                "cancel-takeover-contract-only"
            },
        );
    }
    let ending_addons = match target {
        Target::Contract => facts.addons.clone(),
        Target::Addon(kind) => vec![kind],
    };
    Ok(Checked {
        target,
        timeline: timeline(end),
        takeover: choice.takeover,
        ending_addons,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn facts(today: Date) -> Facts {
        Facts {
            today,
            contract_start: date!(2024 - 03 - 01),
            minimum_term_months: 1,
            addons: vec![AddonKind::Archive, AddonKind::M365BusinessBasic],
            contract_ends: None,
            filed: vec![],
        }
    }

    fn choice<'a>(target: &'a str, end: Option<&'a str>, takeover: bool) -> Choice<'a> {
        Choice {
            target,
            end,
            takeover,
        }
    }

    #[test]
    fn the_earliest_end_is_taken_when_none_is_chosen() {
        let f = facts(date!(2026 - 11 - 27));
        let c = check(&choice("contract", None, false), &f, true).unwrap();
        assert_eq!(c.timeline.end, date!(2026 - 12 - 31));
        assert_eq!(c.timeline.deletion_on, date!(2027 - 01 - 01));
        // The contract takes every add-on with it, Microsoft 365 included.
        assert_eq!(
            c.ending_addons,
            [AddonKind::Archive, AddonKind::M365BusinessBasic]
        );
    }

    #[test]
    fn a_later_month_end_can_be_chosen_but_no_other_day() {
        let f = facts(date!(2026 - 11 - 27));
        let later = check(&choice("contract", Some("2027-02-28"), false), &f, true).unwrap();
        assert_eq!(later.timeline.end, date!(2027 - 02 - 28));
        // German notation is understood as well.
        let german = check(&choice("contract", Some("31.03.2027"), false), &f, true).unwrap();
        assert_eq!(german.timeline.end, date!(2027 - 03 - 31));
        let err = |end| {
            check(&choice("contract", Some(end), false), &f, true)
                .unwrap_err()
                .message_id
        };
        assert_eq!(err("2026-11-30"), "cancel-end-too-early");
        assert_eq!(err("2027-02-27"), "cancel-end-not-month-end");
        assert_eq!(err("31.02.2027"), "cancel-end-invalid");
        assert_eq!(err("bald"), "cancel-end-invalid");
        // Twelve ends are offered: December 2026 to November 2027.
        assert_eq!(err("2027-12-31"), "cancel-end-too-late");
        assert!(check(&choice("contract", Some("2027-11-30"), false), &f, true).is_ok());
    }

    #[test]
    fn the_minimum_term_holds_the_end_back() {
        let mut f = facts(date!(2026 - 11 - 27));
        f.contract_start = date!(2026 - 06 - 01);
        f.minimum_term_months = 12;
        assert_eq!(earliest(Target::Contract, &f), date!(2027 - 05 - 31));
        // Microsoft 365 add-ons have their own notice, whatever the contract's term.
        assert_eq!(
            earliest(Target::Addon(AddonKind::M365BusinessBasic), &f),
            date!(2026 - 12 - 31)
        );
    }

    #[test]
    fn the_takeover_is_offered_until_thirty_days_before_the_end() {
        // 30 Nov 2026 → end 31 Dec; last order day is 1 Dec.
        let f = facts(date!(2026 - 11 - 30));
        assert!(
            check(&choice("contract", None, true), &f, true)
                .unwrap()
                .takeover
        );
        // 31 Jan 2027 → end 28 Feb 2027; last order day was 29 Jan: too late
        // for the earliest end, in time for the end of March.
        let f = facts(date!(2027 - 01 - 31));
        assert!(!takeover_offered(
            Target::Contract,
            date!(2027 - 02 - 28),
            &f
        ));
        assert_eq!(
            check(&choice("contract", None, true), &f, true)
                .unwrap_err()
                .message_id,
            "cancel-takeover-too-late"
        );
        assert!(takeover_offered(
            Target::Contract,
            date!(2027 - 03 - 31),
            &f
        ));
        // Leap year: 31 Jan 2028 → end 29 Feb; last order day 30 Jan.
        let f = facts(date!(2028 - 01 - 30));
        assert!(takeover_offered(
            Target::Contract,
            date!(2028 - 02 - 29),
            &f
        ));
        let f = facts(date!(2028 - 01 - 31));
        assert!(!takeover_offered(
            Target::Contract,
            date!(2028 - 02 - 29),
            &f
        ));
    }

    #[test]
    fn an_add_on_has_no_takeover_of_its_own() {
        let f = facts(date!(2026 - 11 - 27));
        let e = check(&choice("m365-business-basic", None, true), &f, false).unwrap_err();
        assert_eq!(e.message_id, "cancel-takeover-contract-only");
        let c = check(&choice("m365-business-basic", None, false), &f, false).unwrap();
        assert_eq!(c.ending_addons, [AddonKind::M365BusinessBasic]);
    }

    #[test]
    fn only_owners_cancel_the_contract_and_admins_the_add_ons() {
        let f = facts(date!(2026 - 11 - 27));
        assert_eq!(
            choosable(&f, true),
            [
                Target::Contract,
                Target::Addon(AddonKind::M365BusinessBasic)
            ]
        );
        assert_eq!(
            choosable(&f, false),
            [Target::Addon(AddonKind::M365BusinessBasic)]
        );
        let e = check(&choice("contract", None, false), &f, false).unwrap_err();
        assert_eq!(e.message_id, "cancel-contract-owner-only");
    }

    #[test]
    fn unknown_unbooked_and_non_m365_targets_are_refused() {
        let f = facts(date!(2026 - 11 - 27));
        for target in ["", "everything", "archive", "m365-business-standard"] {
            let e = check(&choice(target, None, false), &f, true).unwrap_err();
            assert_eq!(e.message_id, "cancel-target-unknown", "{target}");
        }
    }

    #[test]
    fn a_filed_cancellation_is_not_filed_twice() {
        let mut f = facts(date!(2026 - 11 - 27));
        f.filed = vec![Target::Contract];
        f.contract_ends = Some(date!(2026 - 12 - 31));
        let e = check(&choice("contract", None, false), &f, true).unwrap_err();
        assert_eq!(e.message_id, "cancel-already-filed");
        assert!(!choosable(&f, true).contains(&Target::Contract));
    }

    #[test]
    fn an_add_on_ends_before_a_cancelled_contract_or_with_it() {
        let mut f = facts(date!(2026 - 11 - 27));
        f.contract_ends = Some(date!(2027 - 03 - 31));
        let m365 = Target::Addon(AddonKind::M365BusinessBasic);
        assert_eq!(
            end_choices(m365, &f),
            [
                date!(2026 - 12 - 31),
                date!(2027 - 01 - 31),
                date!(2027 - 02 - 28)
            ]
        );
        let e = check(
            &choice("m365-business-basic", Some("2027-03-31"), false),
            &f,
            false,
        )
        .unwrap_err();
        assert_eq!(e.message_id, "cancel-end-too-late");
        // Ending with the contract anyway, it is not offered at all.
        f.contract_ends = Some(date!(2026 - 12 - 31));
        assert!(end_choices(m365, &f).is_empty());
        assert!(choosable(&f, false).is_empty());
        let e = check(&choice("m365-business-basic", None, false), &f, false).unwrap_err();
        assert_eq!(e.message_id, "cancel-addon-ends-with-contract");
    }
}
