//! Dates as chronologies report them: to the year, the month, the day, or the minute.
//!
//! A source often knows only "June 2025". [`EventDate`] keeps that precision instead of
//! inventing a day, so the list can print "June 2025" and the timeline can draw a soft span
//! over the whole month.

use std::fmt;

use super::time::{Moment, MS_PER_DAY};

/// How precisely a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DatePrecision {
    /// Only the year: `"2025"`.
    Year,
    /// Year and month: `"2025-06"`.
    Month,
    /// A calendar day: `"2025-06-26"`.
    Day,
    /// A time of day with its UTC offset: `"2025-06-26T14:30+03:00"`.
    Time,
}

words!(DatePrecision {
    Year => "year",
    Month => "month",
    Day => "day",
    Time => "time",
});

/// A date at the precision its source gives, in the proleptic Gregorian calendar.
///
/// The textual form is ISO 8601 truncated to the known precision, which is also how the
/// event format stores it (see `docs/event-format.md`). Values are only made by
/// [`EventDate::parse`] and [`EventDate::from_days`], and the representation is private, so
/// every field is in range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EventDate(Repr);

/// What an [`EventDate`] holds, at its precision; only this module builds one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Repr {
    /// Only the year is known.
    Year(i32),
    /// The year and month (1–12) are known.
    Month { year: i32, month: u32 },
    /// The calendar day is known.
    Day { year: i32, month: u32, day: u32 },
    /// The moment is known, with the UTC offset it was reported in.
    Time {
        year: i32,
        month: u32,
        day: u32,
        /// Seconds since local midnight.
        second_of_day: u32,
        /// Offset from UTC in minutes, like 180 for `+03:00`.
        offset_minutes: i32,
    },
}

/// Why a string is not an [`EventDate`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// The text has none of the accepted shapes (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`,
    /// `YYYY-MM-DDTHH:MM[:SS]±HH:MM` or `…Z`).
    Shape,
    /// The shape is right but the calendar or clock has no such value, like `2025-02-30`.
    NoSuchDate,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Shape => f.write_str(
                "is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM+HH:MM)",
            ),
            DateError::NoSuchDate => f.write_str("is not a date: the calendar has no such day"),
        }
    }
}

/// The lowest and highest year accepted. Chronologies of modern conflicts live well inside.
const YEAR_RANGE: std::ops::RangeInclusive<i32> = 1000..=9999;

/// The number in `text[range]` when it is all ASCII digits.
fn digits(text: &str, range: std::ops::Range<usize>) -> Option<u32> {
    let part = text.get(range)?;
    if !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()) {
        part.parse().ok()
    } else {
        None
    }
}

/// Whether `text[index]` is the ASCII byte `expected`.
fn byte_is(text: &str, index: usize, expected: u8) -> bool {
    text.as_bytes().get(index) == Some(&expected)
}

fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 31,
    }
}

/// Days from 1970-01-01 to a valid civil date (Howard Hinnant's `days_from_civil`).
fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let year = i64::from(year) - i64::from(month <= 2);
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_from_march = i64::from((month + 9) % 12);
    let day_of_year = (153 * month_from_march + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The civil date (year, month, day) of a day count from 1970-01-01; the inverse of
/// `days_from_civil` (Howard Hinnant's `civil_from_days`).
pub(crate) fn civil_from_days(days: i64) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * month_from_march + 2) / 5 + 1) as u32;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year as i32, month, day)
}

/// The name of `month` (1–12) in `names`, January first.
pub fn month_name<'a>(names: &[&'a str; 12], month: u32) -> &'a str {
    names[(month as usize + 11) % 12]
}

/// Milliseconds since the Unix epoch at 00:00 UTC of a civil date.
pub(crate) fn day_start_ms(year: i32, month: u32, day: u32) -> i64 {
    days_from_civil(year, month, day) * MS_PER_DAY
}

impl EventDate {
    /// Parses the ISO 8601 form truncated to its precision.
    ///
    /// # Errors
    /// [`DateError::Shape`] when the text is not one of the accepted shapes,
    /// [`DateError::NoSuchDate`] when it names a day or time the calendar lacks.
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::{DatePrecision, DateError, EventDate};
    /// assert_eq!(EventDate::parse("2026-05").unwrap().precision(), DatePrecision::Month);
    /// assert_eq!(EventDate::parse("2025-02-30"), Err(DateError::NoSuchDate));
    /// assert_eq!(EventDate::parse("June 2025"), Err(DateError::Shape));
    /// ```
    pub fn parse(text: &str) -> Result<EventDate, DateError> {
        let year = digits(text, 0..4).ok_or(DateError::Shape)? as i32;
        if !YEAR_RANGE.contains(&year) {
            return Err(DateError::Shape);
        }
        if text.len() == 4 {
            return Ok(EventDate(Repr::Year(year)));
        }
        if !byte_is(text, 4, b'-') {
            return Err(DateError::Shape);
        }
        let month = digits(text, 5..7).ok_or(DateError::Shape)?;
        let month_ok = (1..=12).contains(&month);
        if text.len() == 7 {
            return if month_ok {
                Ok(EventDate(Repr::Month { year, month }))
            } else {
                Err(DateError::NoSuchDate)
            };
        }
        if !byte_is(text, 7, b'-') {
            return Err(DateError::Shape);
        }
        let day = digits(text, 8..10).ok_or(DateError::Shape)?;
        let time = if text.len() == 10 {
            None
        } else if byte_is(text, 10, b'T') {
            Some(parse_time_of_day(&text[11..])?)
        } else {
            return Err(DateError::Shape);
        };
        if !month_ok || day == 0 || day > days_in_month(year, month) {
            return Err(DateError::NoSuchDate);
        }
        Ok(EventDate(match time {
            None => Repr::Day { year, month, day },
            Some((second_of_day, offset_minutes)) => Repr::Time {
                year,
                month,
                day,
                second_of_day,
                offset_minutes,
            },
        }))
    }

    /// The calendar day `days` after 1970-01-01 (before it when negative).
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::EventDate;
    /// assert_eq!(EventDate::from_days(20_265).to_string(), "2025-06-26");
    /// ```
    pub fn from_days(days: i64) -> EventDate {
        let (year, month, day) = civil_from_days(days);
        EventDate(Repr::Day { year, month, day })
    }

    /// The calendar day (UTC) a moment falls in.
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::{EventDate, TimeSpan};
    /// let noon = EventDate::parse("2025-06-26").unwrap().earliest() + TimeSpan::HOUR * 12.0;
    /// assert_eq!(EventDate::day_of(noon).to_string(), "2025-06-26");
    /// ```
    pub fn day_of(moment: Moment) -> EventDate {
        EventDate::from_days(moment.day_number())
    }

    /// How precisely this date is known.
    pub fn precision(&self) -> DatePrecision {
        match self.0 {
            Repr::Year(_) => DatePrecision::Year,
            Repr::Month { .. } => DatePrecision::Month,
            Repr::Day { .. } => DatePrecision::Day,
            Repr::Time { .. } => DatePrecision::Time,
        }
    }

    /// The calendar year.
    pub fn year(&self) -> i32 {
        match self.0 {
            Repr::Year(year)
            | Repr::Month { year, .. }
            | Repr::Day { year, .. }
            | Repr::Time { year, .. } => year,
        }
    }

    /// The month (1–12), when known.
    pub fn month(&self) -> Option<u32> {
        match self.0 {
            Repr::Year(_) => None,
            Repr::Month { month, .. } | Repr::Day { month, .. } | Repr::Time { month, .. } => {
                Some(month)
            }
        }
    }

    /// The day of the month, when known.
    pub fn day(&self) -> Option<u32> {
        match self.0 {
            Repr::Year(_) | Repr::Month { .. } => None,
            Repr::Day { day, .. } | Repr::Time { day, .. } => Some(day),
        }
    }

    /// The first millisecond (UTC, since the Unix epoch) this date may refer to.
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::EventDate;
    /// let june = EventDate::parse("2025-06").unwrap();
    /// assert_eq!(june.earliest_ms(), EventDate::parse("2025-06-01").unwrap().earliest_ms());
    /// ```
    pub fn earliest_ms(&self) -> i64 {
        let start = day_start_ms(
            self.year(),
            self.month().unwrap_or(1),
            self.day().unwrap_or(1),
        );
        match self.0 {
            Repr::Time {
                second_of_day,
                offset_minutes,
                ..
            } => start + i64::from(second_of_day) * 1000 - i64::from(offset_minutes) * 60_000,
            _ => start,
        }
    }

    /// The first moment this date may refer to, on the time axis (see [`Moment`]).
    pub fn earliest(&self) -> Moment {
        Moment::from_whole_ms(self.earliest_ms())
    }

    /// The first moment after everything this date may refer to, on the time axis.
    pub fn latest(&self) -> Moment {
        Moment::from_whole_ms(self.latest_ms())
    }

    /// The first millisecond after everything this date may refer to: the end of the day,
    /// month or year; for a time, the same instant.
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::EventDate;
    /// let june = EventDate::parse("2025-06").unwrap();
    /// assert_eq!(june.latest_ms(), EventDate::parse("2025-07-01").unwrap().earliest_ms());
    /// ```
    pub fn latest_ms(&self) -> i64 {
        match self.0 {
            Repr::Year(year) => day_start_ms(year + 1, 1, 1),
            Repr::Month { year, month: 12 } => day_start_ms(year + 1, 1, 1),
            Repr::Month { year, month } => day_start_ms(year, month + 1, 1),
            Repr::Day { .. } => self.earliest_ms() + MS_PER_DAY,
            Repr::Time { .. } => self.earliest_ms(),
        }
    }

    /// Whether this date, as the end of a period beginning at `start`, is over before the
    /// start: a day, month or year that ends where `start` begins is (its last moment comes
    /// before); a moment may equal the start.
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::EventDate;
    /// let date = |text| EventDate::parse(text).unwrap();
    /// assert!(date("2023").ends_before(&date("2024")));
    /// assert!(!date("2025-06").ends_before(&date("2025-06-15")), "a month may end a period begun in it");
    /// assert!(!date("2025-06-26T10:00Z").ends_before(&date("2025-06-26T10:00Z")));
    /// ```
    pub fn ends_before(&self, start: &EventDate) -> bool {
        self.latest_ms() < start.earliest_ms()
            || (self.latest_ms() == start.earliest_ms() && self.precision() != DatePrecision::Time)
    }

    /// The date for people, day-month-year with the given month names:
    /// "2025", "June 2025", "26 June 2025", "26 June 2025, 14:30 UTC+03:00".
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::EventDate;
    /// let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
    ///              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    /// assert_eq!(EventDate::parse("2026-05").unwrap().to_human(&names), "May 2026");
    /// ```
    pub fn to_human(&self, month_names: &[&str; 12]) -> String {
        let month_name = |month: u32| month_name(month_names, month);
        match self.0 {
            Repr::Year(year) => year.to_string(),
            Repr::Month { year, month } => format!("{} {year}", month_name(month)),
            Repr::Day { year, month, day } => {
                format!("{day} {} {year}", month_name(month))
            }
            Repr::Time {
                year,
                month,
                day,
                second_of_day,
                offset_minutes,
            } => format!(
                "{day} {} {year}, {:02}:{:02} UTC{}",
                month_name(month),
                second_of_day / 3600,
                second_of_day / 60 % 60,
                Offset(offset_minutes)
            ),
        }
    }
}

/// Parses `HH:MM[:SS[.fraction]]` followed by `Z` or `±HH:MM` into seconds since midnight
/// and the offset in minutes. Fractions of a second are accepted and dropped.
fn parse_time_of_day(text: &str) -> Result<(u32, i32), DateError> {
    let hour = digits(text, 0..2).ok_or(DateError::Shape)?;
    if !byte_is(text, 2, b':') {
        return Err(DateError::Shape);
    }
    let minute = digits(text, 3..5).ok_or(DateError::Shape)?;
    let mut rest = &text[5.min(text.len())..];
    let mut second = 0;
    if let Some(after_colon) = rest.strip_prefix(':') {
        second = digits(after_colon, 0..2).ok_or(DateError::Shape)?;
        rest = &after_colon[2..];
        if let Some(fraction) = rest.strip_prefix('.') {
            let length = fraction.bytes().take_while(u8::is_ascii_digit).count();
            if length == 0 {
                return Err(DateError::Shape);
            }
            rest = &fraction[length..];
        }
    }
    let offset_minutes = match rest.as_bytes().first() {
        Some(b'Z') if rest.len() == 1 => 0,
        Some(sign @ (b'+' | b'-')) if rest.len() == 6 && byte_is(rest, 3, b':') => {
            let hours = digits(rest, 1..3).ok_or(DateError::Shape)?;
            let minutes = digits(rest, 4..6).ok_or(DateError::Shape)?;
            if hours > 23 || minutes > 59 {
                return Err(DateError::NoSuchDate);
            }
            let magnitude = (hours * 60 + minutes) as i32;
            if *sign == b'-' {
                -magnitude
            } else {
                magnitude
            }
        }
        _ => return Err(DateError::Shape),
    };
    if hour > 23 || minute > 59 || second > 59 {
        return Err(DateError::NoSuchDate);
    }
    Ok((hour * 3600 + minute * 60 + second, offset_minutes))
}

/// A UTC offset written as `+03:00`.
struct Offset(i32);

impl fmt::Display for Offset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { '-' } else { '+' };
        let minutes = self.0.unsigned_abs();
        write!(f, "{sign}{:02}:{:02}", minutes / 60, minutes % 60)
    }
}

impl fmt::Display for EventDate {
    /// The ISO 8601 form at this date's precision, as stored in the event format.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Repr::Year(year) => write!(f, "{year:04}"),
            Repr::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            Repr::Day { year, month, day } => write!(f, "{year:04}-{month:02}-{day:02}"),
            Repr::Time {
                year,
                month,
                day,
                second_of_day,
                offset_minutes,
            } => write!(
                f,
                "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}{}",
                second_of_day / 3600,
                second_of_day / 60 % 60,
                second_of_day % 60,
                Offset(offset_minutes)
            ),
        }
    }
}

impl serde::Serialize for EventDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// English month names, for the core's tests (the interface's own are in `ui::strings`).
#[cfg(test)]
pub(crate) const TEST_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

#[cfg(test)]
mod tests;
