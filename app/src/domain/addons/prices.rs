//! Prices of add-ons and service requests, read from the configuration so the
//! provider can change them without a release. Prices are net; the contract
//! adds VAT, so every figure shown to a customer is net, VAT and gross.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::catalogue::AddonKind;

/// German standard VAT rate.
pub const DEFAULT_VAT_PERCENT: u32 = 19;

/// Price key of one Exchange mailbox, the contract's main item.
pub const MAILBOX_PRICE_KEY: &str = "exchange-mailbox";

/// Price keys of the service requests (add-ons use [`AddonKind::as_str`]).
pub const REQUEST_PRICE_KEYS: [&str; 4] = ["pst-import", "pst-export", "restore", "password-reset"];

/// One item's net price in euro cents: monthly, once, or both.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Price {
    pub monthly_cents: Option<u64>,
    pub once_cents: Option<u64>,
}

impl Price {
    const fn monthly(cents: u64) -> Self {
        Price {
            monthly_cents: Some(cents),
            once_cents: None,
        }
    }

    const fn once(cents: u64) -> Self {
        Price {
            monthly_cents: None,
            once_cents: Some(cents),
        }
    }
}

/// The provider's price list. Items in the configuration replace the built-in
/// price of the same key; keys it leaves out keep the built-in price, so a
/// configuration that changes one price does not make the others vanish.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PriceList {
    pub vat_percent: u32,
    pub items: BTreeMap<String, Price>,
}

impl Default for PriceList {
    fn default() -> Self {
        let items = known_keys()
            .filter_map(|key| built_in_price(key).map(|p| (key.to_string(), p)))
            .collect();
        PriceList {
            vat_percent: DEFAULT_VAT_PERCENT,
            items,
        }
    }
}

/// Every key the price list knows: the add-ons, then the service requests.
pub fn known_keys() -> impl Iterator<Item = &'static str> {
    std::iter::once(MAILBOX_PRICE_KEY)
        .chain(AddonKind::ALL.into_iter().map(AddonKind::as_str))
        .chain(REQUEST_PRICE_KEYS)
}

/// The provider's list prices (net, cents) at the time of writing.
fn built_in_price(key: &str) -> Option<Price> {
    let price = match key {
        "exchange-mailbox" => Price::monthly(590),
        "public-folders" => Price::monthly(490),
        "impersonation" => Price::monthly(690),
        // per Exchange mailbox
        "archive" => Price::monthly(250),
        // per user (licence)
        "m365-business-basic" => Price::monthly(670),
        "m365-business-standard" => Price::monthly(1380),
        "m365-apps-for-business" => Price::monthly(980),
        "pst-import" | "pst-export" => Price::once(4900),
        "restore" => Price::once(7900),
        "password-reset" => Price::once(1900),
        _ => return None,
    };
    Some(price)
}

impl PriceList {
    /// The price of one unit of `key`, from the configuration or built in.
    pub fn price(&self, key: &str) -> Option<Price> {
        self.items.get(key).copied().or_else(|| built_in_price(key))
    }

    /// Configured keys that name nothing, so the configuration loader can
    /// refuse a typo instead of silently keeping the built-in price.
    pub fn unknown_keys(&self) -> Vec<&str> {
        self.items
            .keys()
            .map(String::as_str)
            .filter(|key| !known_keys().any(|known| known == *key))
            .collect()
    }

    /// What `units` of `key` cost, net, VAT and gross; `None` if unpriced.
    pub fn quote(&self, key: &str, units: u32) -> Option<Quote> {
        let price = self.price(key)?;
        let money = |cents: u64| Money::from_net(net_cents(cents, units), self.vat_percent);
        Some(Quote {
            units,
            monthly: price.monthly_cents.map(money),
            once: price.once_cents.map(money),
        })
    }
}

/// The cost of a booking or request as the UI shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub units: u32,
    pub monthly: Option<Money>,
    pub once: Option<Money>,
}

/// The data takeover's one-off price for all mailboxes of a customer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TakeoverCost {
    pub mailboxes: u32,
    pub each: Money,
    pub total: Money,
}

impl PriceList {
    /// The takeover (a PST export per mailbox) for `mailboxes`, if priced.
    pub fn takeover(&self, mailboxes: u32) -> Option<TakeoverCost> {
        Some(TakeoverCost {
            mailboxes,
            each: self.quote(TAKEOVER_PRICE_KEY, 1)?.once?,
            total: self.quote(TAKEOVER_PRICE_KEY, mailboxes)?.once?,
        })
    }
}

impl TakeoverCost {
    /// "Kosten: 250 Postfächer × 49,00 € = 12.250,00 € netto, 14.577,50 € brutto."
    pub fn describe(&self, lang: crate::i18n::Lang) -> String {
        use crate::domain::format::{euro, integer};
        let mailboxes = i64::from(self.mailboxes);
        lang.t_with(
            "takeover-cost",
            &[
                ("count", mailboxes.into()),
                ("mailboxes", integer(lang, mailboxes).into()),
                ("each", euro(lang, self.each.net_cents).into()),
                ("net", euro(lang, self.total.net_cents).into()),
                ("gross", euro(lang, self.total.gross_cents).into()),
            ],
        )
    }
}

/// The price list entry the data takeover is charged by: one PST export per mailbox.
pub const TAKEOVER_PRICE_KEY: &str = "pst-export";

/// An amount in euro cents, split into net, VAT and gross.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Money {
    pub net_cents: u64,
    pub vat_cents: u64,
    pub gross_cents: u64,
}

impl Money {
    pub fn from_net(net: u64, vat_percent: u32) -> Self {
        Money {
            net_cents: net,
            vat_cents: vat_cents(net, vat_percent),
            gross_cents: gross_cents(net, vat_percent),
        }
    }
}

/// Net amount of `units` at `unit_cents` each (saturating: a price that
/// overflows is a configuration error, not a reason to panic).
pub fn net_cents(unit_cents: u64, units: u32) -> u64 {
    unit_cents.saturating_mul(u64::from(units))
}

/// VAT on a net amount, rounded half up to the cent (kaufmännisch).
pub fn vat_cents(net: u64, vat_percent: u32) -> u64 {
    let hundredths = u128::from(net) * u128::from(vat_percent);
    let cents = (hundredths + 50) / 100;
    u64::try_from(cents).unwrap_or(u64::MAX)
}

/// Net plus VAT.
pub fn gross_cents(net: u64, vat_percent: u32) -> u64 {
    net.saturating_add(vat_cents(net, vat_percent))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::de::value::{Error as DeError, MapDeserializer};

    #[test]
    fn every_known_key_has_a_built_in_price() {
        let list = PriceList::default();
        assert_eq!(list.vat_percent, 19);
        assert_eq!(list.items.len(), 11);
        for key in known_keys() {
            assert!(list.price(key).is_some(), "{key}");
        }
        assert!(list.unknown_keys().is_empty());
    }

    #[test]
    fn built_in_prices_are_the_list_prices() {
        let list = PriceList::default();
        let monthly = |key| list.price(key).and_then(|p| p.monthly_cents);
        let once = |key| list.price(key).and_then(|p| p.once_cents);
        assert_eq!(monthly("exchange-mailbox"), Some(590));
        assert_eq!(monthly("public-folders"), Some(490));
        assert_eq!(monthly("impersonation"), Some(690));
        assert_eq!(monthly("archive"), Some(250));
        assert_eq!(monthly("m365-business-basic"), Some(670));
        assert_eq!(monthly("m365-business-standard"), Some(1380));
        assert_eq!(monthly("m365-apps-for-business"), Some(980));
        assert_eq!(once("pst-import"), Some(4900));
        assert_eq!(once("pst-export"), Some(4900));
        assert_eq!(once("restore"), Some(7900));
        assert_eq!(once("password-reset"), Some(1900));
        assert_eq!(once("public-folders"), None);
        assert_eq!(monthly("restore"), None);
    }

    #[test]
    fn configured_items_replace_only_their_own_key() {
        let mut items = BTreeMap::new();
        items.insert("restore".to_string(), Price::once(9900));
        let list = PriceList {
            vat_percent: 19,
            items,
        };
        assert_eq!(list.price("restore"), Some(Price::once(9900)));
        assert_eq!(list.price("pst-import"), Some(Price::once(4900)));
        assert_eq!(list.price("nothing"), None);
    }

    #[test]
    fn unknown_configured_keys_are_reported() {
        let mut list = PriceList::default();
        list.items.insert("pst-imprt".into(), Price::once(1));
        assert_eq!(list.unknown_keys(), ["pst-imprt"]);
    }

    #[test]
    fn empty_configuration_means_the_defaults() {
        let empty = MapDeserializer::<_, DeError>::new(std::iter::empty::<(&str, u32)>());
        assert_eq!(PriceList::deserialize(empty), Ok(PriceList::default()));
    }

    #[test]
    fn unknown_configuration_fields_are_refused() {
        let typo = MapDeserializer::<_, DeError>::new([("vat_percnt", 7u32)].into_iter());
        assert!(PriceList::deserialize(typo).is_err());
        let typo = MapDeserializer::<_, DeError>::new([("monthly", 7u64)].into_iter());
        assert!(Price::deserialize(typo).is_err());
    }

    #[test]
    fn vat_rounds_half_up_to_the_cent() {
        // 2,50 € × 19 % = 0,475 € → 0,48 €
        assert_eq!(vat_cents(250, 19), 48);
        // 4,90 € × 19 % = 0,931 € → 0,93 €
        assert_eq!(vat_cents(490, 19), 93);
        // 0,50 € × 19 % = 0,095 € → 0,10 €
        assert_eq!(vat_cents(50, 19), 10);
        // 0,49 € × 19 % = 0,0931 € → 0,09 €
        assert_eq!(vat_cents(49, 19), 9);
        assert_eq!(vat_cents(0, 19), 0);
        assert_eq!(vat_cents(1000, 0), 0);
        assert_eq!(vat_cents(1000, 7), 70);
    }

    #[test]
    fn gross_is_net_plus_rounded_vat() {
        assert_eq!(gross_cents(250, 19), 298);
        assert_eq!(gross_cents(4900, 19), 5831);
        assert_eq!(gross_cents(7900, 19), 9401);
        assert_eq!(gross_cents(1900, 19), 2261);
    }

    #[test]
    fn huge_amounts_saturate_instead_of_panicking() {
        assert_eq!(net_cents(u64::MAX, 2), u64::MAX);
        assert_eq!(vat_cents(u64::MAX, 100), u64::MAX);
        assert_eq!(gross_cents(u64::MAX, 19), u64::MAX);
    }

    #[test]
    fn quote_multiplies_before_adding_vat() {
        let list = PriceList::default();
        // 10 × 6,70 € = 67,00 €; VAT 12,73 €; gross 79,73 €
        let quote = list.quote("m365-business-basic", 10);
        let expected = Money {
            net_cents: 6700,
            vat_cents: 1273,
            gross_cents: 7973,
        };
        assert_eq!(quote.map(|q| q.monthly), Some(Some(expected)));
        assert_eq!(quote.map(|q| q.once), Some(None));
        assert_eq!(list.quote("nothing", 1), None);
    }

    #[test]
    fn quote_of_a_one_off_request() {
        let quote = PriceList::default().quote("restore", 1);
        let expected = Money {
            net_cents: 7900,
            vat_cents: 1501,
            gross_cents: 9401,
        };
        assert_eq!(quote.and_then(|q| q.once), Some(expected));
        assert_eq!(quote.and_then(|q| q.monthly), None);
    }
}
