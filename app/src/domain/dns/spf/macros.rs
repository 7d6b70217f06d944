//! SPF macro strings (RFC 7208 section 7): `%{d}`, `%{ir}.%{v}._spf.%{d2}`
//! and the like, which domains and explanations may contain.

use std::net::IpAddr;

/// A parsed macro string: literal text and macros in order.
#[derive(Debug, Clone, PartialEq)]
pub struct MacroString {
    parts: Vec<Part>,
}

#[derive(Debug, Clone, PartialEq)]
enum Part {
    Literal(String),
    Macro(Macro),
}

/// `%{letter[digits][r][delimiters]}`.
#[derive(Debug, Clone, PartialEq)]
struct Macro {
    letter: char,
    /// Upper-case letter: the result is URL-escaped.
    escape: bool,
    /// Keep only this many right-hand parts.
    keep: Option<usize>,
    reverse: bool,
    delimiters: String,
}

/// A macro string that breaks the grammar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MacroError;

/// What the macros stand for during one evaluation.
#[derive(Debug, Clone)]
pub struct MacroContext<'a> {
    /// `local@domain` of the sender (`postmaster@…` when there was no local part).
    pub sender: &'a str,
    pub local_part: &'a str,
    pub sender_domain: &'a str,
    /// The domain whose record is being evaluated.
    pub domain: &'a str,
    pub ip: IpAddr,
    pub helo: &'a str,
    /// `%{p}`: the client's validated host name, or `unknown`.
    pub validated_name: &'a str,
    /// `%{r}`: the receiving host.
    pub receiver: &'a str,
    /// `%{t}`: seconds since 1970.
    pub timestamp: u64,
}

impl MacroString {
    /// Parses `text`; `c`, `r` and `t` are allowed only in explanations.
    pub fn parse(text: &str, in_explanation: bool) -> Result<MacroString, MacroError> {
        let mut parts = Vec::new();
        let mut literal = String::new();
        let mut rest = text;
        while let Some(at) = rest.find('%') {
            literal.push_str(&rest[..at]);
            let after = &rest[at + 1..];
            match after.chars().next() {
                Some('%') => literal.push('%'),
                Some('_') => literal.push(' '),
                Some('-') => literal.push_str("%20"),
                Some('{') => {
                    let end = after.find('}').ok_or(MacroError)?;
                    let parsed = Macro::parse(&after[1..end], in_explanation)?;
                    if !literal.is_empty() {
                        parts.push(Part::Literal(std::mem::take(&mut literal)));
                    }
                    parts.push(Part::Macro(parsed));
                    rest = &after[end + 1..];
                    continue;
                }
                _ => return Err(MacroError),
            }
            rest = &after[1..];
        }
        literal.push_str(rest);
        if text.bytes().any(|b| !(0x20..=0x7e).contains(&b)) {
            return Err(MacroError);
        }
        if !literal.is_empty() {
            parts.push(Part::Literal(literal));
        }
        Ok(MacroString { parts })
    }

    /// Whether the string ends as a domain-spec must: in a macro, or in
    /// `.toplabel` with an optional final dot.
    pub fn is_domain_spec(&self) -> bool {
        match self.parts.last() {
            None => false,
            Some(Part::Macro(_)) => true,
            Some(Part::Literal(text)) => {
                let text = text.strip_suffix('.').unwrap_or(text);
                match text.rsplit_once('.') {
                    Some((_, top)) => is_top_label(top),
                    None => false,
                }
            }
        }
    }

    /// The text when the string has no macros (`include:spf.example.de`).
    pub fn literal(&self) -> Option<&str> {
        match self.parts.as_slice() {
            [Part::Literal(text)] => Some(text),
            _ => None,
        }
    }

    /// Whether the macro letter occurs (so `%{p}` is validated only when used).
    pub fn uses(&self, letter: char) -> bool {
        self.parts
            .iter()
            .any(|part| matches!(part, Part::Macro(m) if m.letter == letter))
    }

    pub fn expand(&self, context: &MacroContext) -> String {
        let mut out = String::new();
        for part in &self.parts {
            match part {
                Part::Literal(text) => out.push_str(text),
                Part::Macro(m) => out.push_str(&m.expand(context)),
            }
        }
        out
    }
}

impl Macro {
    fn parse(body: &str, in_explanation: bool) -> Result<Macro, MacroError> {
        let mut chars = body.chars();
        let letter = chars.next().ok_or(MacroError)?;
        let lower = letter.to_ascii_lowercase();
        let allowed = matches!(lower, 's' | 'l' | 'o' | 'd' | 'i' | 'p' | 'h' | 'v')
            || (in_explanation && matches!(lower, 'c' | 'r' | 't'));
        if !allowed {
            return Err(MacroError);
        }
        let rest = chars.as_str();
        let digits_end = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        let keep = match &rest[..digits_end] {
            "" => None,
            digits => {
                let n: usize = digits.parse().map_err(|_| MacroError)?;
                if n == 0 || n > 128 {
                    return Err(MacroError);
                }
                Some(n)
            }
        };
        let mut rest = &rest[digits_end..];
        let reverse = match rest.strip_prefix(['r', 'R']) {
            Some(after) => {
                rest = after;
                true
            }
            None => false,
        };
        if !rest.chars().all(|c| ".-+,/_=".contains(c)) {
            return Err(MacroError);
        }
        Ok(Macro {
            letter: lower,
            escape: letter.is_ascii_uppercase(),
            keep,
            reverse,
            delimiters: rest.to_string(),
        })
    }

    fn expand(&self, context: &MacroContext) -> String {
        let value = match self.letter {
            's' => context.sender.to_string(),
            'l' => context.local_part.to_string(),
            'o' => context.sender_domain.to_string(),
            'd' => context.domain.to_string(),
            'i' => dotted_address(context.ip),
            'p' => context.validated_name.to_string(),
            'h' => context.helo.to_string(),
            'v' => match context.ip {
                IpAddr::V4(_) => "in-addr".to_string(),
                IpAddr::V6(_) => "ip6".to_string(),
            },
            'c' => context.ip.to_string(),
            'r' => context.receiver.to_string(),
            't' => context.timestamp.to_string(),
            _ => String::new(),
        };
        let delimiters = if self.delimiters.is_empty() {
            "."
        } else {
            &self.delimiters
        };
        let mut labels: Vec<&str> = value.split(|c| delimiters.contains(c)).collect();
        if self.reverse {
            labels.reverse();
        }
        if let Some(keep) = self.keep {
            let skip = labels.len().saturating_sub(keep);
            labels.drain(..skip);
        }
        let joined = labels.join(".");
        if self.escape {
            url_escape(&joined)
        } else {
            joined
        }
    }
}

/// `%{i}`: IPv4 dotted, IPv6 as 32 dot-separated nibbles.
pub(super) fn dotted_address(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => v6
            .octets()
            .iter()
            .flat_map(|byte| [byte >> 4, byte & 0xf])
            .map(|nibble| format!("{nibble:x}"))
            .collect::<Vec<_>>()
            .join("."),
    }
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
fn url_escape(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// RFC 7208's toplabel: letters, digits and inner hyphens, not all digits.
fn is_top_label(label: &str) -> bool {
    !label.is_empty()
        && label
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && !label.starts_with('-')
        && !label.ends_with('-')
        && !label.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The examples of RFC 7208 section 7.4.
    #[test]
    fn expands_the_examples_of_the_rfc() {
        let context = MacroContext {
            sender: "strong-bad@email.example.com",
            local_part: "strong-bad",
            sender_domain: "email.example.com",
            domain: "email.example.com",
            ip: "192.0.2.3".parse().unwrap(),
            helo: "mx.example.org",
            validated_name: "unknown",
            receiver: "unknown",
            timestamp: 0,
        };
        let expand = |text: &str| MacroString::parse(text, false).unwrap().expand(&context);
        assert_eq!(expand("%{s}"), "strong-bad@email.example.com");
        assert_eq!(expand("%{o}"), "email.example.com");
        assert_eq!(expand("%{d4}"), "email.example.com");
        assert_eq!(expand("%{d3}"), "email.example.com");
        assert_eq!(expand("%{d2}"), "example.com");
        assert_eq!(expand("%{d1}"), "com");
        assert_eq!(expand("%{dr}"), "com.example.email");
        assert_eq!(expand("%{d2r}"), "example.email");
        assert_eq!(expand("%{l}"), "strong-bad");
        assert_eq!(expand("%{l-}"), "strong.bad");
        assert_eq!(expand("%{lr}"), "strong-bad");
        assert_eq!(expand("%{lr-}"), "bad.strong");
        assert_eq!(expand("%{l1r-}"), "strong");
        assert_eq!(
            expand("%{ir}.%{v}._spf.%{d2}"),
            "3.2.0.192.in-addr._spf.example.com"
        );
        assert_eq!(
            expand("%{lr-}.lp._spf.%{d2}"),
            "bad.strong.lp._spf.example.com"
        );
        assert_eq!(expand("%{S}"), "strong-bad%40email.example.com");

        let v6 = MacroContext {
            ip: "2001:db8::cb01".parse().unwrap(),
            ..context
        };
        assert_eq!(
            MacroString::parse("%{ir}.%{v}._spf.%{d2}", false)
                .unwrap()
                .expand(&v6),
            "1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6._spf.example.com"
        );
    }

    #[test]
    fn rejects_broken_macros() {
        for text in ["%{x}", "%{d0}", "%{d", "%a", "%{c}", "%{d2q}"] {
            assert!(MacroString::parse(text, false).is_err(), "{text}");
        }
        assert!(MacroString::parse("%{c} %{r} %{t}", true).is_ok());
    }
}
