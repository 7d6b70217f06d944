//! Ids of stored things as their own types, so that a function taking a
//! customer, a mailbox and an alert cannot be handed them in the wrong order.
//! They read as `&str` (`Deref`) wherever any id will do, e.g. in SQL binds.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        #[cfg_attr(feature = "ssr", derive(sqlx::Type), sqlx(transparent))]
        pub struct $name(String);

        impl $name {
            pub fn new(id: impl Into<String>) -> Self {
                $name(id.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::ops::Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }
    };
}

id_type!(
    /// A customer (one contract, one organisation).
    CustomerId
);
id_type!(
    /// A mailbox of a customer.
    MailboxId
);
id_type!(
    /// A stored quota alert.
    AlertId
);
id_type!(
    /// A user of the portal.
    UserId
);

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn an_id_travels_as_a_plain_string() {
        let id = MailboxId::new("m-1");
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"m-1\"");
        let back: MailboxId = serde_json::from_str("\"m-1\"").unwrap();
        assert_eq!(back, id);
        assert_eq!(&*id, "m-1");
        assert_eq!(id.to_string(), "m-1");
    }
}
