//! Labels that must not cover each other: their widths, and moving labels
//! beside a vertical axis apart.

/// About how wide `text` is at `font_px` in a sans-serif UI font, erring
/// wide, so that labels placed by this estimate do not touch.
pub fn text_width(text: &str, font_px: f64) -> f64 {
    let ems: f64 = text
        .chars()
        .map(|c| match c {
            '.' | ',' | ' ' | ':' | 'i' | 'l' | 'j' | 'I' => 0.32,
            '0'..='9' => 0.58,
            'm' | 'w' | 'M' | 'W' => 0.9,
            'A'..='Z' => 0.72,
            _ => 0.58,
        })
        .sum();
    ems * font_px
}

/// Positions for labels that want to sit at `wanted` (centres, in pixels,
/// any order) but need `gap` pixels between centres, all between `min` and
/// `max`. Labels keep their order; a group of labels that would overlap is
/// centred on where its members want to be, so each stays as near to its
/// line as the others allow. The result is in the order of `wanted`.
pub fn spread(wanted: &[f64], gap: f64, min: f64, max: f64) -> Vec<f64> {
    let mut order: Vec<usize> = (0..wanted.len()).collect();
    order.sort_by(|a, b| wanted[*a].total_cmp(&wanted[*b]));
    // Each group: its members (in order) and the position of its first member.
    let mut groups: Vec<(Vec<usize>, f64)> = Vec::new();
    for i in order {
        groups.push((vec![i], wanted[i]));
        loop {
            let last = groups.len() - 1;
            let top = place(&groups[last].0, wanted, gap, min, max);
            groups[last].1 = top;
            let overlaps = last > 0 && {
                let (prev, prev_top) = &groups[last - 1];
                prev_top + prev.len() as f64 * gap > top + 1e-9
            };
            if !overlaps {
                break;
            }
            let (members, _) = groups.pop().expect("the group just looked at");
            groups[last - 1].0.extend(members);
        }
    }
    let mut out = vec![0.0; wanted.len()];
    for (members, top) in groups {
        for (k, i) in members.into_iter().enumerate() {
            out[i] = top + k as f64 * gap;
        }
    }
    out
}

/// Where the first of a group of labels goes: the average of where each
/// member's wish would put it, kept inside the bounds.
fn place(members: &[usize], wanted: &[f64], gap: f64, min: f64, max: f64) -> f64 {
    let n = members.len() as f64;
    let ideal = members
        .iter()
        .enumerate()
        .map(|(k, i)| wanted[*i] - k as f64 * gap)
        .sum::<f64>()
        / n;
    let highest_start = max - (n - 1.0) * gap;
    ideal.min(highest_start).max(min)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_far_apart_stay_where_they_are() {
        assert_eq!(
            spread(&[50.0, 100.0, 150.0], 15.0, 0.0, 200.0),
            vec![50.0, 100.0, 150.0]
        );
    }

    #[test]
    fn close_labels_are_pushed_apart_around_their_centre() {
        // 90 / 95 / 100 GB drawn 8 px apart: the middle one stays put
        let out = spread(&[28.0, 20.0, 12.0], 15.0, 0.0, 200.0);
        assert_eq!(out, vec![35.0, 20.0, 5.0]);
    }

    #[test]
    fn groups_at_an_edge_stay_inside() {
        let out = spread(&[0.0, 1.0, 2.0], 15.0, 6.0, 200.0);
        assert_eq!(out, vec![6.0, 21.0, 36.0]);
        let out = spread(&[200.0, 199.0], 15.0, 6.0, 200.0);
        assert_eq!(out, vec![200.0, 185.0]);
    }

    /// As a property: whatever the wishes, labels end up at least `gap`
    /// apart, in their order, inside the bounds when they fit.
    #[test]
    fn labels_end_up_apart_in_order_and_inside() {
        let mut seed = 0x9e37_79b9_u64;
        let mut next = move |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        for _ in 0..5000 {
            let count = 1 + next(6) as usize;
            let wanted: Vec<f64> = (0..count).map(|_| next(240) as f64 - 20.0).collect();
            let (gap, min, max) = (15.0, 6.0, 220.0);
            let out = spread(&wanted, gap, min, max);
            let mut order: Vec<usize> = (0..count).collect();
            order.sort_by(|a, b| wanted[*a].total_cmp(&wanted[*b]));
            for pair in order.windows(2) {
                assert!(
                    out[pair[1]] - out[pair[0]] >= gap - 1e-9,
                    "{wanted:?} → {out:?}"
                );
            }
            for y in &out {
                assert!(*y >= min - 1e-9 && *y <= max + 1e-9, "{wanted:?} → {out:?}");
            }
        }
    }

    #[test]
    fn widths_grow_with_text_and_font() {
        let w = text_width("100,0 GB", 12.0);
        assert!(w > 40.0 && w < 65.0, "{w}");
        assert!(text_width("30.10.", 12.0) < w);
        assert_eq!(text_width("1", 24.0), 2.0 * text_width("1", 12.0));
    }
}
