//! The name a user gives a passkey ("Laptop Büro"), so that the list says
//! which device each one is on.

/// Longest name, in characters.
pub const MAX_CHARS: usize = 60;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameProblem {
    Missing,
    TooLong,
}

impl NameProblem {
    pub fn message_id(self) -> &'static str {
        match self {
            NameProblem::Missing => "passkey-name-missing",
            NameProblem::TooLong => "passkey-name-too-long",
        }
    }
}

/// The name as stored: control characters removed (they would break the
/// list and the mails that name it), inner spaces kept, ends trimmed.
pub fn parse(raw: &str) -> Result<String, NameProblem> {
    let cleaned: String = raw.chars().filter(|c| !c.is_control()).collect();
    let name = cleaned.trim();
    if name.is_empty() {
        return Err(NameProblem::Missing);
    }
    if name.chars().count() > MAX_CHARS {
        return Err(NameProblem::TooLong);
    }
    Ok(name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_and_drops_control_characters() {
        assert_eq!(
            parse("  Laptop\u{0007} Büro \n").as_deref(),
            Ok("Laptop Büro")
        );
    }

    #[test]
    fn refuses_empty_and_long_names() {
        assert_eq!(parse(" \t "), Err(NameProblem::Missing));
        assert_eq!(
            parse(&"ä".repeat(MAX_CHARS)).map(|n| n.len()),
            Ok(2 * MAX_CHARS)
        );
        assert_eq!(parse(&"ä".repeat(MAX_CHARS + 1)), Err(NameProblem::TooLong));
    }
}
