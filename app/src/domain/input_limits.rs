//! How long a text the server takes from a form or a server-function call
//! may be. Pages cut what they put into URLs, but a client can call a server
//! function with anything up to the body limit; every text is checked here
//! before it reaches a query, a hash or storage, so an overlong one gets a
//! clear message instead of work (or a database error, as SQLite's LIKE
//! gives for very long patterns).

/// Passwords (current or new): as many characters as the password policy takes.
pub const PASSWORD: usize = super::password_policy::MAX_LENGTH;
/// One-time codes, recovery codes and tokens from links.
pub const CODE: usize = 128;
/// Search texts (the mailbox list).
pub const SEARCH: usize = super::mailbox_list::MAX_SEARCH_CHARS;
/// Ids, list cursors and choices from fixed lists.
pub const KEY: usize = 256;
/// Paths to continue to after a step.
pub const PATH: usize = 2048;

/// A text that is too long for its field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TooLong {
    pub field: &'static str,
    pub max_chars: usize,
}

/// `Ok` when `value` has at most `max_chars` characters.
pub fn check(field: &'static str, value: &str, max_chars: usize) -> Result<(), TooLong> {
    // Bytes first: a value within the byte count is within the character count.
    if value.len() <= max_chars || value.chars().count() <= max_chars {
        Ok(())
    } else {
        Err(TooLong { field, max_chars })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_characters_not_bytes() {
        assert_eq!(check("suche", &"ä".repeat(SEARCH), SEARCH), Ok(()));
        assert_eq!(
            check("suche", &"a".repeat(SEARCH + 1), SEARCH),
            Err(TooLong {
                field: "suche",
                max_chars: SEARCH
            })
        );
        assert_eq!(check("code", "", CODE), Ok(()));
    }
}
