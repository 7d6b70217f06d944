//! The value axis: which unit, which range and which round tick values.

use crate::domain::format;
use crate::i18n::Lang;

/// A binary storage unit as Exchange prints sizes (1 GB = 1024³ bytes).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Unit {
    pub bytes: f64,
    pub name: &'static str,
}

const UNITS: [(&str, u32); 4] = [("KB", 1), ("MB", 2), ("GB", 3), ("TB", 4)];

/// The largest unit in which `max_bytes` is at least 1, so tick labels stay
/// short numbers (`80 GB`, not `81.920 MB`).
pub fn unit_for(max_bytes: u64) -> Unit {
    let (name, power) = UNITS
        .iter()
        .rev()
        .find(|(_, p)| max_bytes as f64 >= 1024f64.powi(*p as i32))
        .copied()
        .unwrap_or(UNITS[0]);
    Unit {
        bytes: 1024f64.powi(power as i32),
        name,
    }
}

/// Steps of 1, 2 or 5 × 10ⁿ, the smallest first, starting at `from`.
/// People read these multiples at a glance; 2,5 or 3 make them count.
pub fn nice_steps(from: f64) -> impl Iterator<Item = f64> {
    let from = if from > 0.0 { from } else { 1e-3 };
    let mut power = 10f64.powf(from.log10().floor());
    let mut factor = 0;
    std::iter::from_fn(move || {
        let step = [1.0, 2.0, 5.0][factor] * power;
        factor += 1;
        if factor == 3 {
            factor = 0;
            power *= 10.0;
        }
        Some(step)
    })
    .skip_while(move |s| *s < from * (1.0 - 1e-9))
}

/// The drawn range of values, in the display unit, with ticks every `step`
/// from `lo` to `hi`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ValueAxis {
    pub lo: f64,
    pub hi: f64,
    pub step: f64,
}

impl ValueAxis {
    pub fn from_zero(&self) -> bool {
        self.lo == 0.0
    }

    pub fn ticks(&self) -> Vec<f64> {
        let n = ((self.hi - self.lo) / self.step).round() as usize;
        (0..=n).map(|i| self.lo + i as f64 * self.step).collect()
    }

    /// Fraction digits that tell neighbouring ticks apart (`0,5`, not `0`).
    pub fn decimals(&self) -> usize {
        (-self.step.log10().floor()).max(0.0) as usize
    }
}

/// The range that shows every value in `values` (figures and thresholds,
/// in the display unit), with ticks at least `min_gap` pixels apart on a
/// plot `plot_height` pixels tall.
///
/// The range starts at 0 unless the values sit in a band high above it:
/// then the interesting part (usage creeping towards the thresholds) would
/// be squashed into a thin strip, so the axis starts at a round value a
/// little below the band instead, and the chart says so. A band thinner
/// than a tenth of the top value is drawn from 0 too: magnifying it would
/// make noise look like a trend.
pub fn value_axis(values: &[f64], plot_height: f64, min_gap: f64) -> ValueAxis {
    let low = values
        .iter()
        .copied()
        .fold(f64::INFINITY, f64::min)
        .max(0.0);
    let high = values.iter().copied().fold(0.0, f64::max);
    let high = if high > 0.0 { high } else { 1.0 };
    let low = low.min(high);
    let band = high - low;
    let from_zero = low < 0.5 * high || band < 0.1 * high;
    let wanted_low = if from_zero { 0.0 } else { low - 0.1 * band };
    // Guards against 100.0 / 5.0 landing a hair above a whole number.
    let eps = 1e-9;
    let fitting = nice_steps((high - wanted_low) / 20.0)
        .take(12)
        .map(|step| {
            let lo = ((wanted_low / step) + eps).floor().max(0.0) * step;
            let hi = ((high / step) - eps).ceil() * step;
            let hi = if hi > lo { hi } else { lo + step };
            ValueAxis { lo, hi, step }
        })
        .find(|a| a.step / (a.hi - a.lo) * plot_height >= min_gap);
    // Only a plot lower than two labels gets here: then one step from 0 to the top.
    fitting.unwrap_or_else(|| {
        let step = nice_steps(high).next().unwrap_or(high);
        ValueAxis {
            lo: 0.0,
            hi: step,
            step,
        }
    })
}

/// `value` with `decimals` fraction digits, grouped as the language writes numbers.
pub fn number(lang: Lang, value: f64, decimals: usize) -> String {
    let scale = 10i64.pow(decimals as u32);
    let scaled = (value * scale as f64).round() as i64;
    let whole = format::integer(lang, scaled / scale);
    if decimals == 0 {
        return whole;
    }
    let point = match lang {
        Lang::De => ',',
        Lang::En => '.',
    };
    let fraction = (scaled % scale).abs();
    format!("{whole}{point}{fraction:0decimals$}")
}

#[cfg(test)]
mod tests {
    use super::*;

    const GB: u64 = 1024 * 1024 * 1024;

    #[test]
    fn units_keep_numbers_short() {
        assert_eq!(unit_for(100 * GB).name, "GB");
        assert_eq!(unit_for(GB).name, "GB");
        assert_eq!(unit_for(GB - 1).name, "MB");
        assert_eq!(unit_for(3 * 1024 * GB).name, "TB");
        assert_eq!(unit_for(0).name, "KB");
    }

    #[test]
    fn steps_are_one_two_five_times_a_power_of_ten() {
        let steps: Vec<f64> = nice_steps(0.3).take(6).collect();
        assert_eq!(steps, vec![0.5, 1.0, 2.0, 5.0, 10.0, 20.0]);
        assert_eq!(nice_steps(5.0).next(), Some(5.0));
        assert_eq!(nice_steps(5.1).next(), Some(10.0));
    }

    #[test]
    fn a_band_near_the_thresholds_does_not_start_at_zero() {
        // 78 → 92 GB with thresholds 90/95/100 GB
        let axis = value_axis(&[78.0, 92.0, 90.0, 95.0, 100.0], 220.0, 32.0);
        assert_eq!(
            axis,
            ValueAxis {
                lo: 75.0,
                hi: 100.0,
                step: 5.0
            }
        );
        assert!(!axis.from_zero());
    }

    #[test]
    fn small_usage_far_below_the_limit_starts_at_zero() {
        let axis = value_axis(&[2.0, 2.0, 49.0, 49.5, 50.0], 220.0, 32.0);
        assert_eq!(
            axis,
            ValueAxis {
                lo: 0.0,
                hi: 50.0,
                step: 10.0
            }
        );
    }

    #[test]
    fn flat_usage_without_limits_starts_at_zero() {
        let axis = value_axis(&[2.0, 2.0], 220.0, 32.0);
        assert!(axis.from_zero());
        assert!(axis.hi >= 2.0);
        let empty = value_axis(&[0.0, 0.0], 220.0, 32.0);
        assert!(empty.hi > empty.lo);
    }

    /// Many ranges, as a property: every value is inside, ticks are round,
    /// at least `min_gap` apart, their labels all differ.
    #[test]
    fn ranges_contain_everything_and_ticks_never_collide() {
        let mut seed = 0x2545_f491_u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % 10_000) as f64 / 100.0
        };
        for _ in 0..2000 {
            let scale = [0.01, 1.0, 10.0, 1000.0][(next() as usize) % 4];
            let values: Vec<f64> = (0..5).map(|_| next() * scale).collect();
            let height = 120.0 + next() * 2.0;
            let axis = value_axis(&values, height, 32.0);
            for v in &values {
                assert!(
                    axis.lo <= *v + 1e-9 && *v <= axis.hi + 1e-9,
                    "{v} in {axis:?}"
                );
            }
            let ticks = axis.ticks();
            assert!(ticks.len() >= 2, "{axis:?}");
            assert!(axis.step / (axis.hi - axis.lo) * height >= 32.0 - 1e-9);
            let labels: Vec<String> = ticks
                .iter()
                .map(|t| number(Lang::De, *t, axis.decimals()))
                .collect();
            let mut unique = labels.clone();
            unique.dedup();
            assert_eq!(unique, labels, "{axis:?}");
            let mantissa = axis.step / 10f64.powf(axis.step.log10().floor());
            assert!(
                [1.0, 2.0, 5.0].iter().any(|m| (m - mantissa).abs() < 1e-6),
                "{}",
                axis.step
            );
        }
    }

    #[test]
    fn numbers_are_written_the_german_way() {
        assert_eq!(number(Lang::De, 95.0, 0), "95");
        assert_eq!(number(Lang::De, 2.5, 1), "2,5");
        assert_eq!(number(Lang::De, 1500.0, 0), "1.500");
        assert_eq!(number(Lang::De, 0.05, 2), "0,05");
        assert_eq!(number(Lang::En, 1500.5, 1), "1,500.5");
    }
}
