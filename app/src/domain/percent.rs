//! Percent-encoding for URL query values and its (defensive) decoding.

/// Encodes everything but RFC 3986's unreserved characters.
pub fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Decodes percent escapes repeatedly, so `%252F` cannot pass for `/`.
pub fn decode_repeatedly(input: &str) -> String {
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
    fn encodes_all_but_unreserved() {
        assert_eq!(
            encode("/postfaecher?q=a b&x=1"),
            "%2Fpostfaecher%3Fq%3Da%20b%26x%3D1"
        );
        assert_eq!(
            encode("rhönmail Kundenportal"),
            "rh%C3%B6nmail%20Kundenportal"
        );
    }

    #[test]
    fn decodes_until_stable() {
        assert_eq!(decode_repeatedly("%252F%2Fx"), "//x");
        assert_eq!(decode_repeatedly("%zz%"), "%zz%");
        assert_eq!(decode_repeatedly(&encode("/a b?c")), "/a b?c");
    }
}
