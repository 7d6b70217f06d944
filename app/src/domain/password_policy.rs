//! What a new portal password must satisfy. Length is what makes a password
//! strong (NIST SP 800-63B); composition rules only annoy.

pub const MIN_LENGTH: usize = 12;
pub const MAX_LENGTH: usize = 256;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordProblem {
    TooShort,
    TooLong,
    Mismatch,
}

/// Checks a new password and its repetition.
pub fn check_new_password(password: &str, repeated: &str) -> Result<(), PasswordProblem> {
    let length = password.chars().count();
    if length < MIN_LENGTH {
        return Err(PasswordProblem::TooShort);
    }
    if length > MAX_LENGTH {
        return Err(PasswordProblem::TooLong);
    }
    if password != repeated {
        return Err(PasswordProblem::Mismatch);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_characters_not_bytes() {
        // 12 characters, 15 bytes
        assert_eq!(check_new_password("äöüäöü123456", "äöüäöü123456"), Ok(()));
        assert_eq!(
            check_new_password("äöüäöü12345", "äöüäöü12345"),
            Err(PasswordProblem::TooShort)
        );
    }

    #[test]
    fn refuses_too_long_and_mismatched() {
        let long = "x".repeat(MAX_LENGTH + 1);
        assert_eq!(
            check_new_password(&long, &long),
            Err(PasswordProblem::TooLong)
        );
        assert_eq!(
            check_new_password("korrekt-pferd-batterie", "korrekt-pferd-batteri"),
            Err(PasswordProblem::Mismatch)
        );
    }
}
