//! Dates as chronologies report them: to the year, the month, the day, or the minute.
//!
//! A source often knows only "June 2025". [`EventDate`] keeps that precision instead of
//! inventing a day, so the list can print "June 2025" and the timeline can draw a soft span
//! over the whole month.

use std::fmt;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate};

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

/// A date at the precision its source gives.
///
/// The textual form is ISO 8601 truncated to the known precision, which is also how the
/// event format stores it (see `docs/event-format.md`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventDate {
    /// Only the year is known.
    Year(i32),
    /// The year and month (1–12) are known.
    Month { year: i32, month: u32 },
    /// The calendar day is known.
    Day(NaiveDate),
    /// The moment is known, with the offset it was reported in.
    Time(DateTime<FixedOffset>),
}

/// Why a string is not an [`EventDate`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// The text has none of the accepted shapes (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`,
    /// `YYYY-MM-DDTHH:MM[:SS]±HH:MM` or `…Z`).
    Shape,
    /// The shape is right but the calendar has no such date, like `2025-02-30`.
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

impl EventDate {
    /// Parses the ISO 8601 form truncated to its precision.
    ///
    /// # Errors
    /// [`DateError::Shape`] when the text is not one of the accepted shapes,
    /// [`DateError::NoSuchDate`] when it names a day the calendar lacks.
    ///
    /// # Example
    /// ```
    /// use chronoline::timeline::{DatePrecision, DateError, EventDate};
    /// assert_eq!(EventDate::parse("2026-05").unwrap().precision(), DatePrecision::Month);
    /// assert_eq!(EventDate::parse("2025-02-30"), Err(DateError::NoSuchDate));
    /// assert_eq!(EventDate::parse("June 2025"), Err(DateError::Shape));
    /// ```
    pub fn parse(text: &str) -> Result<EventDate, DateError> {
        let bytes = text.as_bytes();
        let digits = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = text.get(range)?;
            if part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        let year = digits(0..4).ok_or(DateError::Shape)? as i32;
        if !YEAR_RANGE.contains(&year) {
            return Err(DateError::Shape);
        }
        match bytes.len() {
            4 => Ok(EventDate::Year(year)),
            7 if bytes[4] == b'-' => {
                let month = digits(5..7).ok_or(DateError::Shape)?;
                if (1..=12).contains(&month) {
                    Ok(EventDate::Month { year, month })
                } else {
                    Err(DateError::NoSuchDate)
                }
            }
            10 if bytes[4] == b'-' && bytes[7] == b'-' => {
                let month = digits(5..7).ok_or(DateError::Shape)?;
                let day = digits(8..10).ok_or(DateError::Shape)?;
                NaiveDate::from_ymd_opt(year, month, day)
                    .map(EventDate::Day)
                    .ok_or(DateError::NoSuchDate)
            }
            n if n > 10 && bytes[10] == b'T' => Self::parse_time(text),
            _ => Err(DateError::Shape),
        }
    }

    fn parse_time(text: &str) -> Result<EventDate, DateError> {
        // The day part decides between "wrong shape" and "no such day".
        Self::parse(&text[..10])?;
        let normalized = text.replace('Z', "+00:00");
        DateTime::parse_from_rfc3339(&normalized)
            .or_else(|_| DateTime::parse_from_str(&normalized, "%Y-%m-%dT%H:%M%:z"))
            .map(EventDate::Time)
            .map_err(|_| DateError::Shape)
    }

    /// How precisely this date is known.
    pub fn precision(&self) -> DatePrecision {
        match self {
            EventDate::Year(_) => DatePrecision::Year,
            EventDate::Month { .. } => DatePrecision::Month,
            EventDate::Day(_) => DatePrecision::Day,
            EventDate::Time(_) => DatePrecision::Time,
        }
    }

    /// The calendar year.
    pub fn year(&self) -> i32 {
        match self {
            EventDate::Year(year) | EventDate::Month { year, .. } => *year,
            EventDate::Day(day) => day.year(),
            EventDate::Time(time) => time.year(),
        }
    }

    /// The month (1–12), when known.
    pub fn month(&self) -> Option<u32> {
        match self {
            EventDate::Year(_) => None,
            EventDate::Month { month, .. } => Some(*month),
            EventDate::Day(day) => Some(day.month()),
            EventDate::Time(time) => Some(time.month()),
        }
    }

    /// The day of the month, when known.
    pub fn day(&self) -> Option<u32> {
        match self {
            EventDate::Year(_) | EventDate::Month { .. } => None,
            EventDate::Day(day) => Some(day.day()),
            EventDate::Time(time) => Some(time.day()),
        }
    }

    /// The first millisecond (UTC, since the Unix epoch) this date may refer to.
    ///
    /// # Example
    /// ```
    /// use chronoline::timeline::EventDate;
    /// let june = EventDate::parse("2025-06").unwrap();
    /// assert_eq!(june.earliest_ms(), EventDate::parse("2025-06-01").unwrap().earliest_ms());
    /// ```
    pub fn earliest_ms(&self) -> i64 {
        match self {
            EventDate::Time(time) => time.timestamp_millis(),
            _ => day_start_ms(
                self.year(),
                self.month().unwrap_or(1),
                self.day().unwrap_or(1),
            ),
        }
    }

    /// The first millisecond after everything this date may refer to: the end of the day,
    /// month or year; for a time, the same instant.
    ///
    /// # Example
    /// ```
    /// use chronoline::timeline::EventDate;
    /// let june = EventDate::parse("2025-06").unwrap();
    /// assert_eq!(june.latest_ms(), EventDate::parse("2025-07-01").unwrap().earliest_ms());
    /// ```
    pub fn latest_ms(&self) -> i64 {
        const DAY_MS: i64 = 86_400_000;
        match self {
            EventDate::Year(year) => day_start_ms(year + 1, 1, 1),
            EventDate::Month { year, month } if *month == 12 => day_start_ms(year + 1, 1, 1),
            EventDate::Month { year, month } => day_start_ms(*year, month + 1, 1),
            EventDate::Day(_) => self.earliest_ms() + DAY_MS,
            EventDate::Time(time) => time.timestamp_millis(),
        }
    }

    /// The date for people, with English-style day-month-year order and the given month names:
    /// "2025", "June 2025", "26 June 2025", "26 June 2025, 14:30 UTC+03:00".
    ///
    /// # Example
    /// ```
    /// use chronoline::timeline::EventDate;
    /// let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
    ///              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    /// assert_eq!(EventDate::parse("2026-05").unwrap().to_human(&names), "May 2026");
    /// ```
    pub fn to_human(&self, month_names: &[&str; 12]) -> String {
        let month_name = |month: u32| month_names[(month as usize + 11) % 12];
        match self {
            EventDate::Year(year) => year.to_string(),
            EventDate::Month { year, month } => format!("{} {year}", month_name(*month)),
            EventDate::Day(day) => {
                format!("{} {} {}", day.day(), month_name(day.month()), day.year())
            }
            EventDate::Time(time) => format!(
                "{} {} {}, {} UTC{}",
                time.day(),
                month_name(time.month()),
                time.year(),
                time.format("%H:%M"),
                time.format("%:z")
            ),
        }
    }
}

/// Milliseconds since the Unix epoch at 00:00 UTC of a valid calendar day.
fn day_start_ms(year: i32, month: u32, day: u32) -> i64 {
    NaiveDate::from_ymd_opt(year, month, day)
        .and_then(|date| date.and_hms_opt(0, 0, 0))
        .map_or(0, |moment| moment.and_utc().timestamp_millis())
}

impl fmt::Display for EventDate {
    /// The ISO 8601 form at this date's precision, as stored in the event format.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EventDate::Year(year) => write!(f, "{year:04}"),
            EventDate::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            EventDate::Day(day) => write!(f, "{}", day.format("%Y-%m-%d")),
            EventDate::Time(time) => write!(f, "{}", time.format("%Y-%m-%dT%H:%M:%S%:z")),
        }
    }
}

impl serde::Serialize for EventDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MONTHS: [&str; 12] = [
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

    #[test]
    fn each_precision_parses_and_prints_back() {
        for text in ["2025", "2025-06", "2025-06-26", "2025-06-26T14:30:00+03:00"] {
            let date = EventDate::parse(text).expect(text);
            assert_eq!(date.to_string(), text);
        }
        assert_eq!(
            EventDate::parse("2025-06-26T14:30+03:00").map(|d| d.precision()),
            Ok(DatePrecision::Time)
        );
        assert_eq!(
            EventDate::parse("2025-06-26T11:30:00Z").map(|d| d.earliest_ms()),
            EventDate::parse("2025-06-26T14:30+03:00").map(|d| d.earliest_ms())
        );
    }

    #[test]
    fn impossible_days_are_not_dates() {
        assert_eq!(EventDate::parse("2025-02-30"), Err(DateError::NoSuchDate));
        assert_eq!(EventDate::parse("2025-13"), Err(DateError::NoSuchDate));
        assert_eq!(EventDate::parse("2025-02-29"), Err(DateError::NoSuchDate));
        assert!(EventDate::parse("2024-02-29").is_ok());
        assert_eq!(
            EventDate::parse("2025-02-30T10:00+00:00"),
            Err(DateError::NoSuchDate)
        );
    }

    #[test]
    fn other_shapes_are_rejected_without_panicking() {
        for text in [
            "",
            "25",
            "June 2025",
            "2025/06/26",
            "2025-6-26",
            "2025-06-26T25:00+00:00",
            "2025-06-26T10:00",
            "０２０２５",
            "2025-06-2é",
            "2025-ü",
            "+2025-01",
        ] {
            assert_eq!(EventDate::parse(text), Err(DateError::Shape), "{text:?}");
        }
    }

    #[test]
    fn bounds_cover_the_whole_period_at_its_precision() {
        let day_ms = 86_400_000;
        let may = EventDate::parse("2026-05").unwrap();
        assert_eq!(may.latest_ms() - may.earliest_ms(), 31 * day_ms);
        let december = EventDate::parse("2025-12").unwrap();
        assert_eq!(
            december.latest_ms(),
            EventDate::parse("2026").unwrap().earliest_ms()
        );
        let day = EventDate::parse("2022-02-24").unwrap();
        assert_eq!(day.earliest_ms(), 1_645_660_800_000);
        assert_eq!(day.latest_ms() - day.earliest_ms(), day_ms);
        let leap_year = EventDate::parse("2024").unwrap();
        assert_eq!(
            leap_year.latest_ms() - leap_year.earliest_ms(),
            366 * day_ms
        );
    }

    #[test]
    fn human_form_says_only_what_is_known() {
        let human = |text: &str| EventDate::parse(text).unwrap().to_human(&MONTHS);
        assert_eq!(human("2025"), "2025");
        assert_eq!(human("2026-05"), "May 2026");
        assert_eq!(human("2025-06-26"), "26 June 2025");
        assert_eq!(
            human("2025-06-26T14:30+03:00"),
            "26 June 2025, 14:30 UTC+03:00"
        );
    }
}
