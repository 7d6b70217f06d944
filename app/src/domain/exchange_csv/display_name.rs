//! Display names made safe to show on pages and to put into mails.

/// Exchange allows display names of up to 256 characters.
pub const DISPLAY_NAME_MAX_CHARS: usize = 256;

/// A display name as the portal shows and mails it: control characters
/// (line breaks, tabs) become spaces, so a name cannot add lines to a mail;
/// bidirectional overrides and isolates are dropped, so a name cannot
/// reorder the text around it; runs of spaces collapse; at most
/// [`DISPLAY_NAME_MAX_CHARS`] characters. `None` when nothing is left.
pub fn clean_display_name(raw: &str) -> Option<String> {
    let is_bidi_control =
        |c: char| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}');
    let mut cleaned = String::with_capacity(raw.len().min(4 * DISPLAY_NAME_MAX_CHARS));
    let mut chars = 0;
    for c in raw.chars().filter(|c| !is_bidi_control(*c)) {
        let c = if c.is_control() { ' ' } else { c };
        if c.is_whitespace() && (cleaned.is_empty() || cleaned.ends_with(' ')) {
            continue;
        }
        if chars == DISPLAY_NAME_MAX_CHARS {
            break;
        }
        cleaned.push(if c.is_whitespace() { ' ' } else { c });
        chars += 1;
    }
    let cleaned = cleaned.trim_end();
    (!cleaned.is_empty()).then(|| cleaned.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_lose_line_breaks_overrides_and_excess() {
        assert_eq!(
            clean_display_name("  Anna\r\nBcc: boss@example.org\tX  ").as_deref(),
            Some("Anna Bcc: boss@example.org X")
        );
        assert_eq!(
            clean_display_name("Rechnung\u{202E}fdp.exe\u{2066}").as_deref(),
            Some("Rechnungfdp.exe")
        );
        assert_eq!(clean_display_name(" \u{202E}\r\n "), None);
        assert_eq!(
            clean_display_name("Müller, Jürgen (Vertrieb) – 日本").as_deref(),
            Some("Müller, Jürgen (Vertrieb) – 日本")
        );
        let long = "ä".repeat(DISPLAY_NAME_MAX_CHARS + 50);
        assert_eq!(
            clean_display_name(&long).map(|n| n.chars().count()),
            Some(DISPLAY_NAME_MAX_CHARS)
        );
        // Markup stays as it is: pages and titles escape it where it is shown.
        assert_eq!(
            clean_display_name("</title><b>").as_deref(),
            Some("</title><b>")
        );
    }
}
