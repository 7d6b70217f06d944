//! Where a user may be sent after logging in or switching the language: only to
//! a path on this site, never to another host (open-redirect protection).

/// Returns `target` if it is a same-site path, else `/`.
pub fn same_site_path(target: &str) -> String {
    let decoded = percent_decode(target);
    let is_safe = |s: &str| {
        s.starts_with('/')
            && !s.starts_with("//")
            && !s.contains('\\')
            && !s.chars().any(|c| c.is_control())
    };
    if is_safe(target) && is_safe(&decoded) {
        target.to_string()
    } else {
        "/".to_string()
    }
}

/// Decodes percent escapes repeatedly, so `%252F` cannot sneak past as `/`.
fn percent_decode(input: &str) -> String {
    let mut current = input.to_string();
    for _ in 0..3 {
        let bytes = current.as_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            let escaped = (bytes[i] == b'%' && i + 2 < bytes.len())
                .then(|| Some((hex_value(bytes[i + 1])? << 4) | hex_value(bytes[i + 2])?))
                .flatten();
            match escaped {
                Some(b) => {
                    out.push(b);
                    i += 3;
                }
                None => {
                    out.push(bytes[i]);
                    i += 1;
                }
            }
        }
        let next = String::from_utf8_lossy(&out).into_owned();
        if next == current {
            break;
        }
        current = next;
    }
    current
}

fn hex_value(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_local_paths() {
        assert_eq!(same_site_path("/postfaecher?q=anna"), "/postfaecher?q=anna");
        assert_eq!(same_site_path("/"), "/");
    }

    #[test]
    fn refuses_other_hosts_in_every_disguise() {
        for evil in [
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "%2F%2Fevil.example",
            "/%2Fevil.example",
            "/%5Cevil.example",
            "/%252Fevil.example",
            "javascript:alert(1)",
            "",
            "/\tevil",
        ] {
            assert_eq!(same_site_path(evil), "/", "{evil}");
        }
    }
}
