//! Where a user may be sent after logging in or switching the language: only to
//! a path on this site, never to another host (open-redirect protection).

use super::percent;

/// Returns `target` if it is a same-site path, else `/`.
pub fn same_site_path(target: &str) -> String {
    let decoded = percent::decode_repeatedly(target);
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
