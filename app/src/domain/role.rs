//! What a user of a customer may do: owners everything, admins all but the
//! team and the contract, read-only users look but change nothing. The
//! checks live here, named for the permission, so a page and its server
//! function can never disagree about who may do what.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Role {
    Owner,
    Admin,
    ReadOnly,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Owner => "owner",
            Role::Admin => "admin",
            Role::ReadOnly => "readonly",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        match s {
            "owner" => Some(Role::Owner),
            "admin" => Some(Role::Admin),
            "readonly" => Some(Role::ReadOnly),
            _ => None,
        }
    }

    /// Book, cancel add-ons, change allow-lists and mailboxes.
    pub fn may_edit(self) -> bool {
        self != Role::ReadOnly
    }

    /// Invite, change and remove users; read the security log.
    pub fn may_manage_team(self) -> bool {
        self == Role::Owner
    }

    /// Cancel the contract itself (add-ons: [`Role::may_edit`]).
    pub fn may_cancel_contract(self) -> bool {
        self == Role::Owner
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn permissions_by_role() {
        let table = [
            (Role::Owner, true, true, true),
            (Role::Admin, true, false, false),
            (Role::ReadOnly, false, false, false),
        ];
        for (role, edit, team, contract) in table {
            assert_eq!(role.may_edit(), edit, "{role:?}");
            assert_eq!(role.may_manage_team(), team, "{role:?}");
            assert_eq!(role.may_cancel_contract(), contract, "{role:?}");
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse("Owner"), None);
    }
}
