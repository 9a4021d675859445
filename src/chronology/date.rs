//! Dates as chronologies report them: to the year, the month, the day, or the minute.
//!
//! A source often knows only "June 2025". [`EventDate`] keeps that precision instead of
//! inventing a day, so the list can print "June 2025" and the timeline can draw a soft span
//! over the whole month.

use std::fmt;

use chrono::{Datelike, NaiveDate};

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

/// A date at the precision its source gives, in the proleptic Gregorian calendar (chrono's),
/// for any year from -9999 to 9999 — years before the common era numbered as ISO 8601 does
/// (`-0043` is 44 BCE, `0000` is 1 BCE).
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum DateError {
    /// The text has none of the accepted shapes (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`,
    /// `YYYY-MM-DDTHH:MM[:SS]±HH:MM` or `…Z`).
    Shape,
    /// The shape is right but the calendar or clock has no such value, like `2025-02-30`.
    NoSuchDate,
    /// A year beyond four digits, like a cosmological `-13800000000`: too far from our era
    /// for a calendar of days and months.
    TooFar,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Shape => f.write_str(
                "is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM+HH:MM)",
            ),
            DateError::NoSuchDate => f.write_str("is not a date: the calendar has no such day"),
            DateError::TooFar => f.write_str(
                "is too far from our era for a calendar of days and months (years -9999 to 9999)",
            ),
        }
    }
}

/// The lowest and highest year accepted: four digits, with a sign before the common era.
const YEAR_RANGE: std::ops::RangeInclusive<i32> = -9999..=9999;

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

/// Days from 0001-01-01 (chrono's day 1 of the common era) to 1970-01-01.
const UNIX_EPOCH_FROM_CE: i64 = 719_163;

/// Days from 1970-01-01 to a civil date; 0 for a date the calendar lacks (callers check
/// first).
fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    NaiveDate::from_ymd_opt(year, month, day).map_or(0, |date| {
        i64::from(date.num_days_from_ce()) - UNIX_EPOCH_FROM_CE
    })
}

/// The civil date (year, month, day) of a day count from 1970-01-01; the inverse of
/// `days_from_civil`. A count beyond the calendar's range gives its first or last day.
pub(crate) fn civil_from_days(days: i64) -> (i32, u32, u32) {
    let date = i32::try_from(days.saturating_add(UNIX_EPOCH_FROM_CE))
        .ok()
        .and_then(NaiveDate::from_num_days_from_ce_opt)
        .unwrap_or(if days < 0 {
            NaiveDate::MIN
        } else {
            NaiveDate::MAX
        });
    (date.year(), date.month(), date.day())
}

/// A year as ISO 8601 writes it: four digits, a minus sign before year 0 (`-0043`).
pub(crate) fn iso_year(year: i32) -> String {
    if year < 0 {
        format!("-{:04}", year.unsigned_abs())
    } else {
        format!("{year:04}")
    }
}

/// How one language writes dates for people: month names standing alone ("June", "червень")
/// and after a day number ("26 June", "26 червня"), short names for the axis, and the marker
/// of years before the common era.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CalendarNames {
    /// Month names standing alone, January first: "June 2025", "червень 2025".
    pub months: [&'static str; 12],
    /// Month names after a day number, January first: "26 June", "26 червня", "26 июня".
    pub day_months: [&'static str; 12],
    /// Short month names for the time axis, January first.
    pub short_months: [&'static str; 12],
    /// After the number of a year before the common era: "BCE", "до н. е.".
    pub before_common_era: &'static str,
}

/// English: "26 June 2025", "June 2025", "44 BCE".
pub const ENGLISH_CALENDAR: CalendarNames = CalendarNames {
    months: ENGLISH_MONTHS,
    day_months: ENGLISH_MONTHS,
    short_months: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    before_common_era: "BCE",
};

impl CalendarNames {
    /// A year for people: `2025`, `602`, and before the common era `44 BCE` (ISO year `-0043`).
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::ENGLISH_CALENDAR;
    /// assert_eq!(ENGLISH_CALENDAR.year(2025), "2025");
    /// assert_eq!(ENGLISH_CALENDAR.year(0), "1 BCE");
    /// assert_eq!(ENGLISH_CALENDAR.year(-43), "44 BCE");
    /// ```
    pub fn year(&self, year: i32) -> String {
        if year <= 0 {
            format!("{} {}", 1 - i64::from(year), self.before_common_era)
        } else {
            year.to_string()
        }
    }

    /// A month of a year standing alone: "June 2025", "червень 2025".
    pub fn month_of_year(&self, year: i32, month: u32) -> String {
        format!("{} {}", month_name(&self.months, month), self.year(year))
    }
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
        // A year before the common era has a minus sign; the rest is read after it.
        let (sign, text) = match text.strip_prefix('-') {
            Some(rest) => (-1, rest),
            None => (1, text),
        };
        let year_digits = text.bytes().take_while(u8::is_ascii_digit).count();
        if year_digits > 4 {
            return Err(DateError::TooFar);
        }
        let year = sign * digits(text, 0..4).ok_or(DateError::Shape)? as i32;
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
        if !month_ok || NaiveDate::from_ymd_opt(year, month, day).is_none() {
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

    /// The date for people, day-month-year in the given language:
    /// "2025", "June 2025", "26 June 2025", "26 June 2025, 14:30 UTC+03:00".
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::{EventDate, ENGLISH_CALENDAR};
    /// assert_eq!(EventDate::parse("2026-05").unwrap().to_human(&ENGLISH_CALENDAR), "May 2026");
    /// ```
    pub fn to_human(&self, names: &CalendarNames) -> String {
        let month_name = |month: u32| month_name(&names.day_months, month);
        let year_label = |year: i32| names.year(year);
        match self.0 {
            Repr::Year(year) => year_label(year),
            Repr::Month { year, month } => names.month_of_year(year, month),
            Repr::Day { year, month, day } => {
                format!("{day} {} {}", month_name(month), year_label(year))
            }
            Repr::Time {
                year,
                month,
                day,
                second_of_day,
                offset_minutes,
            } => format!(
                "{day} {} {}, {:02}:{:02} UTC{}",
                month_name(month),
                year_label(year),
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
            Repr::Year(year) => write!(f, "{}", iso_year(year)),
            Repr::Month { year, month } => write!(f, "{}-{month:02}", iso_year(year)),
            Repr::Day { year, month, day } => {
                write!(f, "{}-{month:02}-{day:02}", iso_year(year))
            }
            Repr::Time {
                year,
                month,
                day,
                second_of_day,
                offset_minutes,
            } => write!(
                f,
                "{}-{month:02}-{day:02}T{:02}:{:02}:{:02}{}",
                iso_year(year),
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

/// The English month names, January first: the interface's English words (`ui::strings`),
/// and the data formats that write dates in English (ACLED's sheets, the Markdown brief).
pub const ENGLISH_MONTHS: [&str; 12] = [
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
