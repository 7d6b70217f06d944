//! Escaping text for HTML where no template does it: leptos_meta writes a
//! page's `<title>` into the document as it is given, and a display name
//! from the usage import may contain `</title>` followed by markup.

/// `text` with the five characters that HTML gives a meaning replaced by
/// their character references; safe inside element content and quoted
/// attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_becomes_text() {
        assert_eq!(
            escape(r#"</title><meta http-equiv="refresh" content="0;url=http://127.0.0.2/x">"#),
            "&lt;/title&gt;&lt;meta http-equiv=&quot;refresh&quot; content=&quot;0;url=http://127.0.0.2/x&quot;&gt;"
        );
        assert_eq!(
            escape("Müller & Söhne 'Vertrieb'"),
            "Müller &amp; Söhne &#39;Vertrieb&#39;"
        );
    }

    #[test]
    fn plain_text_is_unchanged_and_escaping_is_not_undone() {
        assert_eq!(escape("Postfach – Anna Schmidt"), "Postfach – Anna Schmidt");
        assert_eq!(escape("&amp;"), "&amp;amp;");
    }
}
