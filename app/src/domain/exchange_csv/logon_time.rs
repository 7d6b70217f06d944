//! Last logon times in German, US or ISO spelling, read as Berlin
//! wall-clock time, which is what the exporting Exchange server shows.

use super::Problem;
use crate::domain::berlin_time;
use time::{Date, Month, PrimitiveDateTime, Time, UtcOffset};

/// Empty is "never logged on"; else Berlin wall-clock time as Unix seconds.
pub(super) fn parse_logon_time(value: &str) -> Result<Option<i64>, Problem> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    let local = parse_local_time(value).ok_or_else(|| Problem::InvalidTime(value.to_string()))?;
    Ok(Some(berlin_to_unix(local)))
}

/// `26.11.2026 08:15:00` (de-DE), `11/26/2026 8:15:00 AM` (en-US) or ISO
/// `2026-11-26T08:15:00` / `2026-11-26 08:15:00`; seconds may be left out.
fn parse_local_time(value: &str) -> Option<PrimitiveDateTime> {
    let (date, clock) = value.split_once([' ', 'T'])?;
    let clock = clock.trim();
    let (date, time) = if date.contains('.') {
        let [day, month, year] = split3(date, '.')?;
        (make_date(year, month, day)?, clock_24h(clock)?)
    } else if date.contains('/') {
        let [month, day, year] = split3(date, '/')?;
        (make_date(year, month, day)?, clock_12h(clock)?)
    } else {
        let [year, month, day] = split3(date, '-')?;
        (make_date(year, month, day)?, clock_24h(clock)?)
    };
    Some(PrimitiveDateTime::new(date, time))
}

fn split3(text: &str, separator: char) -> Option<[&str; 3]> {
    let mut parts = text.split(separator);
    let three = [parts.next()?, parts.next()?, parts.next()?];
    parts.next().is_none().then_some(three)
}

/// 1 to `max_len` ASCII digits.
fn small_number(text: &str, max_len: usize) -> Option<u8> {
    let ok = (1..=max_len).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| text.parse().ok()).flatten()
}

fn make_date(year: &str, month: &str, day: &str) -> Option<Date> {
    let year: i32 = (year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()))
        .then(|| year.parse().ok())??;
    let month = Month::try_from(small_number(month, 2)?).ok()?;
    Date::from_calendar_date(year, month, small_number(day, 2)?).ok()
}

/// `8:15`, `08:15:00`.
fn clock_24h(text: &str) -> Option<Time> {
    let mut parts = text.split(':');
    let hour = small_number(parts.next()?, 2)?;
    let minute = parts
        .next()
        .filter(|m| m.len() == 2)
        .and_then(|m| small_number(m, 2))?;
    let second = match parts.next() {
        Some(s) if s.len() == 2 => small_number(s, 2)?,
        Some(_) => return None,
        None => 0,
    };
    if parts.next().is_some() {
        return None;
    }
    Time::from_hms(hour, minute, second).ok()
}

/// `8:15:00 AM`, `12:30:00 PM`: the US clock, where 12 AM is midnight.
fn clock_12h(text: &str) -> Option<Time> {
    let (clock, meridiem) = text.rsplit_once(' ')?;
    let time = clock_24h(clock.trim())?;
    let hour = time.hour();
    if !(1..=12).contains(&hour) {
        return None;
    }
    let hour = match meridiem {
        m if m.eq_ignore_ascii_case("AM") => hour % 12,
        m if m.eq_ignore_ascii_case("PM") => hour % 12 + 12,
        _ => return None,
    };
    time.replace_hour(hour).ok()
}

/// Berlin wall-clock time to Unix seconds.
///
/// The right offset (+02:00 in summer, +01:00 in winter) is the one
/// [`berlin_time::offset_at`] reports for the instant it yields. In the
/// autumn hour that occurs twice, the earlier (summer time) instant is taken;
/// a spring time that never occurs (02:00–03:00) is read with winter time,
/// i.e. as the moment after clocks jumped forward.
fn berlin_to_unix(local: PrimitiveDateTime) -> i64 {
    let hours = |h| UtcOffset::from_hms(h, 0, 0).expect("whole hours are valid offsets");
    let (summer, winter) = (hours(2), hours(1));
    [summer, winter]
        .into_iter()
        .map(|offset| local.assume_offset(offset))
        .find(|instant| berlin_time::offset_at(*instant) == instant.offset())
        .unwrap_or_else(|| local.assume_offset(winter))
        .unix_timestamp()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logon_time_german_winter_and_summer() {
        // 26.11.2026 is winter time (UTC+1): 07:15 UTC.
        assert_eq!(
            parse_logon_time("26.11.2026 08:15:00"),
            Ok(Some(1_795_677_300))
        );
        // 01.07.2026 is summer time (UTC+2): 06:15 UTC.
        assert_eq!(
            parse_logon_time("01.07.2026 08:15:00"),
            Ok(Some(1_782_886_500))
        );
        assert_eq!(parse_logon_time("1.7.2026 08:15"), Ok(Some(1_782_886_500)));
    }

    #[test]
    fn logon_time_us_with_am_pm() {
        assert_eq!(
            parse_logon_time("11/26/2026 8:15:00 AM"),
            Ok(Some(1_795_677_300))
        );
        assert_eq!(
            parse_logon_time("7/1/2026 8:15:00 AM"),
            Ok(Some(1_782_886_500))
        );
        // 8:15 PM is 20:15 Berlin, 19:15 UTC in winter.
        assert_eq!(
            parse_logon_time("11/26/2026 8:15:00 PM"),
            Ok(Some(1_795_720_500))
        );
        // 12 PM is noon, 12 AM midnight.
        assert_eq!(
            parse_logon_time("11/26/2026 12:15:00 PM"),
            parse_logon_time("26.11.2026 12:15:00")
        );
        assert_eq!(
            parse_logon_time("11/26/2026 12:15:00 AM"),
            parse_logon_time("26.11.2026 00:15:00")
        );
    }

    #[test]
    fn logon_time_iso() {
        assert_eq!(
            parse_logon_time("2026-11-26T08:15:00"),
            Ok(Some(1_795_677_300))
        );
        assert_eq!(
            parse_logon_time("2026-11-26 08:15:00"),
            Ok(Some(1_795_677_300))
        );
        assert_eq!(
            parse_logon_time("2026-07-01T08:15:00"),
            Ok(Some(1_782_886_500))
        );
    }

    #[test]
    fn logon_time_around_the_switches() {
        // 03:30 on 29.03.2026 is summer time already: 01:30 UTC.
        assert_eq!(
            parse_logon_time("29.03.2026 03:30:00"),
            Ok(Some(1_774_747_800))
        );
        // 02:30 does not exist that day; read as 03:30 summer time.
        assert_eq!(
            parse_logon_time("29.03.2026 02:30:00"),
            Ok(Some(1_774_747_800))
        );
        // 02:30 on 25.10.2026 happens twice; the earlier one (summer time, 00:30 UTC) is taken.
        assert_eq!(
            parse_logon_time("25.10.2026 02:30:00"),
            Ok(Some(1_792_888_200))
        );
    }

    #[test]
    fn logon_time_empty_and_invalid() {
        assert_eq!(parse_logon_time("  "), Ok(None));
        for value in [
            "gestern",
            "31.02.2026 08:00:00",
            "26.11.2026",
            "11/26/2026 8:15:00",     // US format without AM/PM is ambiguous
            "11/26/2026 13:15:00 PM", // no 13 on a 12-hour clock
            "26.11.2026 25:00:00",
            "2026-11-26T08:15:00Z",
            "26.11.26 08:15:00",
        ] {
            assert_eq!(
                parse_logon_time(value),
                Err(Problem::InvalidTime(value.into())),
                "{value}"
            );
        }
    }
}
