//! What a new portal password must satisfy. Length is what makes a password
//! strong (NIST SP 800-63B); composition rules only annoy. How hard it is to
//! guess is judged on the server (`password_strength`).

pub const MIN_LENGTH: usize = 12;
pub const MAX_LENGTH: usize = 256;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordProblem {
    TooShort,
    TooLong,
    Mismatch,
    /// Long enough, but easy to guess.
    Weak(Weakness),
}

impl PasswordProblem {
    /// The id of the message that explains the refusal.
    pub fn message_id(self) -> &'static str {
        match self {
            PasswordProblem::TooShort => "password-too-short",
            PasswordProblem::TooLong => "password-too-long",
            PasswordProblem::Mismatch => "password-mismatch",
            PasswordProblem::Weak(weakness) => weakness.message_id(),
        }
    }
}

/// Why a password is refused; each has its own message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weakness {
    /// One of the most common passwords, or a small change of one.
    Common,
    /// Built around the company's name.
    CompanyName,
    /// Built around the user's address.
    OwnAddress,
    /// Built around the product's name.
    ProductName,
    /// Keyboard rows such as "qwertz" or "asdf".
    KeyboardPattern,
    /// Repeats such as "aaaa" or "abcabc".
    Repeats,
    /// Sequences such as "abcd" or "4567".
    Sequence,
    /// Years and dates.
    Dates,
    /// A single word or name with a few additions.
    SingleWord,
    /// Too short and plain to hold out, without one clear cause.
    TooGuessable,
}

impl Weakness {
    /// The id of the message that explains the refusal.
    pub fn message_id(self) -> &'static str {
        match self {
            Weakness::Common => "password-common",
            Weakness::CompanyName => "password-company-name",
            Weakness::OwnAddress => "password-own-address",
            Weakness::ProductName => "password-product-name",
            Weakness::KeyboardPattern => "password-keyboard",
            Weakness::Repeats => "password-repeats",
            Weakness::Sequence => "password-sequence",
            Weakness::Dates => "password-dates",
            Weakness::SingleWord => "password-single-word",
            Weakness::TooGuessable => "password-guessable",
        }
    }
}

/// Checks the length, counted in characters (what the user sees), not bytes.
pub fn check_length(password: &str) -> Result<(), PasswordProblem> {
    let length = password.chars().count();
    if length < MIN_LENGTH {
        return Err(PasswordProblem::TooShort);
    }
    if length > MAX_LENGTH {
        return Err(PasswordProblem::TooLong);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_characters_not_bytes() {
        // 12 characters, 15 bytes
        assert_eq!(check_length("äöüäöü123456"), Ok(()));
        assert_eq!(check_length("äöüäöü12345"), Err(PasswordProblem::TooShort));
    }

    #[test]
    fn accepts_up_to_the_maximum() {
        assert_eq!(check_length(&"x".repeat(MAX_LENGTH)), Ok(()));
        assert_eq!(
            check_length(&"x".repeat(MAX_LENGTH + 1)),
            Err(PasswordProblem::TooLong)
        );
    }
}
