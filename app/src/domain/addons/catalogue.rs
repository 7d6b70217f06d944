//! What a customer can book on top of rhönmail Exchange and which service
//! requests support carries out. The stable names travel in URLs, form
//! values, price tables and e-mails to the operators, so they never change.

use serde::{Deserialize, Serialize};

/// Most Microsoft 365 licences one booking may carry (provider's rule).
pub const M365_MAX_QUANTITY: u32 = 300;

/// A recurring add-on. The serde names are the same as [`AddonKind::as_str`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AddonKind {
    /// 25 GB of public folders, reachable via Outlook and OWA only.
    PublicFolders,
    /// One mailbox with full access to all mailboxes, set up by support.
    Impersonation,
    /// rhönarchiv, the GoBD archive (a separate product).
    Archive,
    M365BusinessBasic,
    M365BusinessStandard,
    M365AppsForBusiness,
}

impl AddonKind {
    pub const ALL: [AddonKind; 6] = [
        AddonKind::PublicFolders,
        AddonKind::Impersonation,
        AddonKind::Archive,
        AddonKind::M365BusinessBasic,
        AddonKind::M365BusinessStandard,
        AddonKind::M365AppsForBusiness,
    ];

    /// Stable name, also the key in the price list.
    pub fn as_str(self) -> &'static str {
        match self {
            AddonKind::PublicFolders => "public-folders",
            AddonKind::Impersonation => "impersonation",
            AddonKind::Archive => "archive",
            AddonKind::M365BusinessBasic => "m365-business-basic",
            AddonKind::M365BusinessStandard => "m365-business-standard",
            AddonKind::M365AppsForBusiness => "m365-apps-for-business",
        }
    }

    /// Inverse of [`AddonKind::as_str`].
    pub fn parse(s: &str) -> Option<Self> {
        AddonKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The locale message naming the add-on (`addon-public-folders`, …).
    pub fn label_id(self) -> &'static str {
        match self {
            AddonKind::PublicFolders => "addon-public-folders",
            AddonKind::Impersonation => "addon-impersonation",
            AddonKind::Archive => "addon-archive",
            AddonKind::M365BusinessBasic => "addon-m365-business-basic",
            AddonKind::M365BusinessStandard => "addon-m365-business-standard",
            AddonKind::M365AppsForBusiness => "addon-m365-apps-for-business",
        }
    }

    /// Microsoft 365 packages follow their own contract rules (30 days
    /// notice, licences per user).
    pub fn is_m365(self) -> bool {
        matches!(
            self,
            AddonKind::M365BusinessBasic
                | AddonKind::M365BusinessStandard
                | AddonKind::M365AppsForBusiness
        )
    }

    /// Public folders, the impersonation mailbox and the archive exist once
    /// per organisation; a second booking would be the same thing again.
    pub fn once_per_organisation(self) -> bool {
        !self.is_m365()
    }

    /// The quantities a single booking may have: licences for Microsoft 365,
    /// otherwise exactly one.
    pub fn quantity_range(self) -> std::ops::RangeInclusive<u32> {
        if self.is_m365() {
            1..=M365_MAX_QUANTITY
        } else {
            1..=1
        }
    }

    /// The archive is priced per Exchange mailbox, not per booking.
    pub fn billed_per_mailbox(self) -> bool {
        self == AddonKind::Archive
    }

    /// The impersonation account is a mailbox of its own and billed as one;
    /// the UI says so before the customer books.
    pub fn adds_billed_mailbox(self) -> bool {
        self == AddonKind::Impersonation
    }

    /// Only support sets it up, so booking it sends a request to the operators
    /// instead of switching something on.
    pub fn set_up_by_support(self) -> bool {
        self == AddonKind::Impersonation
    }
}

/// Everything a customer can ask for on the add-ons page. Serialised as its
/// stable name (`book:public-folders`, `pst-import`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub enum RequestKind {
    Book(AddonKind),
    Cancel(AddonKind),
    PstImport,
    PstExport,
    Restore,
    PasswordReset,
}

const BOOK_PREFIX: &str = "book:";
const CANCEL_PREFIX: &str = "cancel:";

impl RequestKind {
    /// Stable name: `book:<addon>`, `cancel:<addon>`, `pst-import`,
    /// `pst-export`, `restore`, `password-reset`.
    pub fn as_str(self) -> String {
        match self {
            RequestKind::Book(kind) => format!("{BOOK_PREFIX}{}", kind.as_str()),
            RequestKind::Cancel(kind) => format!("{CANCEL_PREFIX}{}", kind.as_str()),
            RequestKind::PstImport => "pst-import".into(),
            RequestKind::PstExport => "pst-export".into(),
            RequestKind::Restore => "restore".into(),
            RequestKind::PasswordReset => "password-reset".into(),
        }
    }

    /// Inverse of [`RequestKind::as_str`].
    pub fn parse(s: &str) -> Option<Self> {
        if let Some(addon) = s.strip_prefix(BOOK_PREFIX) {
            return AddonKind::parse(addon).map(RequestKind::Book);
        }
        if let Some(addon) = s.strip_prefix(CANCEL_PREFIX) {
            return AddonKind::parse(addon).map(RequestKind::Cancel);
        }
        match s {
            "pst-import" => Some(RequestKind::PstImport),
            "pst-export" => Some(RequestKind::PstExport),
            "restore" => Some(RequestKind::Restore),
            "password-reset" => Some(RequestKind::PasswordReset),
            _ => None,
        }
    }

    /// The key of this request's price in the price list; a cancellation
    /// costs nothing and has none.
    pub fn price_key(self) -> Option<&'static str> {
        match self {
            RequestKind::Book(kind) => Some(kind.as_str()),
            RequestKind::Cancel(_) => None,
            RequestKind::PstImport => Some("pst-import"),
            RequestKind::PstExport => Some("pst-export"),
            RequestKind::Restore => Some("restore"),
            RequestKind::PasswordReset => Some("password-reset"),
        }
    }
}

impl From<RequestKind> for String {
    fn from(kind: RequestKind) -> String {
        kind.as_str()
    }
}

impl TryFrom<String> for RequestKind {
    type Error = String;

    fn try_from(s: String) -> Result<Self, Self::Error> {
        RequestKind::parse(&s).ok_or_else(|| format!("unknown request kind `{s}`"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::de::value::{Error as DeError, StrDeserializer, StringDeserializer};
    use serde::de::IntoDeserializer;

    #[test]
    fn addon_names_are_stable() {
        let names: Vec<&str> = AddonKind::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(
            names,
            [
                "public-folders",
                "impersonation",
                "archive",
                "m365-business-basic",
                "m365-business-standard",
                "m365-apps-for-business"
            ]
        );
    }

    #[test]
    fn addon_names_round_trip_and_unknown_is_refused() {
        for kind in AddonKind::ALL {
            assert_eq!(AddonKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(AddonKind::parse("Public-Folders"), None);
        assert_eq!(AddonKind::parse(""), None);
        assert_eq!(AddonKind::parse("m365"), None);
    }

    #[test]
    fn serde_names_equal_the_stable_names() {
        for kind in AddonKind::ALL {
            let de: StrDeserializer<DeError> = kind.as_str().into_deserializer();
            assert_eq!(AddonKind::deserialize(de), Ok(kind));
        }
    }

    #[test]
    fn label_ids_follow_the_stable_names() {
        for kind in AddonKind::ALL {
            assert_eq!(kind.label_id(), format!("addon-{}", kind.as_str()));
        }
    }

    #[test]
    fn only_the_m365_packages_are_m365_and_repeatable() {
        let m365: Vec<AddonKind> = AddonKind::ALL.into_iter().filter(|k| k.is_m365()).collect();
        assert_eq!(
            m365,
            [
                AddonKind::M365BusinessBasic,
                AddonKind::M365BusinessStandard,
                AddonKind::M365AppsForBusiness
            ]
        );
        for kind in AddonKind::ALL {
            assert_eq!(kind.once_per_organisation(), !kind.is_m365(), "{kind:?}");
        }
    }

    #[test]
    fn quantities_are_one_except_for_m365_licences() {
        assert_eq!(AddonKind::PublicFolders.quantity_range(), 1..=1);
        assert_eq!(AddonKind::Archive.quantity_range(), 1..=1);
        assert_eq!(AddonKind::M365BusinessBasic.quantity_range(), 1..=300);
    }

    #[test]
    fn billing_facts_of_the_special_add_ons() {
        assert!(AddonKind::Archive.billed_per_mailbox());
        assert!(!AddonKind::PublicFolders.billed_per_mailbox());
        assert!(AddonKind::Impersonation.adds_billed_mailbox());
        assert!(AddonKind::Impersonation.set_up_by_support());
        assert!(!AddonKind::M365BusinessBasic.set_up_by_support());
    }

    fn all_requests() -> Vec<RequestKind> {
        let mut all: Vec<RequestKind> = AddonKind::ALL.into_iter().map(RequestKind::Book).collect();
        all.extend(AddonKind::ALL.into_iter().map(RequestKind::Cancel));
        all.extend([
            RequestKind::PstImport,
            RequestKind::PstExport,
            RequestKind::Restore,
            RequestKind::PasswordReset,
        ]);
        all
    }

    #[test]
    fn request_names_are_stable() {
        assert_eq!(
            RequestKind::Book(AddonKind::PublicFolders).as_str(),
            "book:public-folders"
        );
        assert_eq!(
            RequestKind::Cancel(AddonKind::M365BusinessBasic).as_str(),
            "cancel:m365-business-basic"
        );
        assert_eq!(RequestKind::PstImport.as_str(), "pst-import");
        assert_eq!(RequestKind::PstExport.as_str(), "pst-export");
        assert_eq!(RequestKind::Restore.as_str(), "restore");
        assert_eq!(RequestKind::PasswordReset.as_str(), "password-reset");
    }

    #[test]
    fn request_names_round_trip_and_unknown_is_refused() {
        for kind in all_requests() {
            assert_eq!(RequestKind::parse(&kind.as_str()), Some(kind), "{kind:?}");
        }
        for bad in [
            "book:",
            "book:m365",
            "cancel:",
            "order:archive",
            "Restore",
            "",
        ] {
            assert_eq!(RequestKind::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn request_kinds_deserialise_from_their_names() {
        for kind in all_requests() {
            let de: StringDeserializer<DeError> = kind.as_str().into_deserializer();
            assert_eq!(RequestKind::deserialize(de), Ok(kind));
        }
        let de: StringDeserializer<DeError> = "book:nothing".to_string().into_deserializer();
        assert!(RequestKind::deserialize(de).is_err());
    }

    #[test]
    fn price_keys_name_the_priced_thing() {
        assert_eq!(
            RequestKind::Book(AddonKind::Archive).price_key(),
            Some("archive")
        );
        assert_eq!(RequestKind::Cancel(AddonKind::Archive).price_key(), None);
        assert_eq!(RequestKind::Restore.price_key(), Some("restore"));
    }
}
