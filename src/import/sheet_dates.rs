//! Dates as people type them into spreadsheets — `24 February 2022`, `Feb 24, 2022`,
//! `February 2022`, `24.02.2022`, `2/24/2022` — written as the event format's dates, with
//! chrono as the calendar. A date that could be read two ways (`3/4/2022`) is not guessed.

use chrono::NaiveDate;

use crate::chronology::{shortened, Message};

/// What a sheet's date cell says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SheetDate {
    /// A date read as the event format writes it (`2022-02-24`, `2022-02`).
    Read(String),
    /// Day and month could be either way round; the reason says how to write it.
    Ambiguous(Message),
    /// Not a written-out date: left as it is, for the validator to name.
    Unknown,
}

/// Reads a date cell written the way people write dates.
///
/// # Example
/// ```
/// use chronoline::import::{sheet_date, SheetDate};
/// let read = |text| match sheet_date(text) { SheetDate::Read(date) => date, other => panic!("{other:?}") };
/// assert_eq!(read("24 February 2022"), "2022-02-24");
/// assert_eq!(read("Feb 24, 2022"), "2022-02-24");
/// assert_eq!(read("February 2022"), "2022-02");
/// assert_eq!(read("2/24/2022"), "2022-02-24");
/// assert_eq!(read("24.02.2022"), "2022-02-24");
/// assert!(matches!(sheet_date("3/4/2022"), SheetDate::Ambiguous(_)));
/// assert_eq!(sheet_date("31 February 2022"), SheetDate::Unknown);
/// ```
pub fn sheet_date(text: &str) -> SheetDate {
    let text = text.trim();
    let day = |date: NaiveDate| SheetDate::Read(date.format("%Y-%m-%d").to_string());
    // chrono reads `%Y` from any number of digits: a year is only taken when written whole.
    let whole_year = text
        .rsplit(|c: char| !c.is_ascii_digit())
        .next()
        .is_some_and(|year| year.len() == 4);
    if !whole_year {
        return SheetDate::Unknown;
    }
    let words = text.split_whitespace().count();
    let day_formats = ["%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y"];
    if words == 3 {
        for format in day_formats {
            if let Ok(date) = NaiveDate::parse_from_str(text, format) {
                return day(date);
            }
        }
    }
    if words == 1 {
        if let Ok(date) = NaiveDate::parse_from_str(text, "%d.%m.%Y") {
            return day(date);
        }
    }
    if words == 2 {
        for format in ["%d %B %Y", "%d %b %Y"] {
            if let Ok(date) = NaiveDate::parse_from_str(&format!("1 {text}"), format) {
                return SheetDate::Read(date.format("%Y-%m").to_string());
            }
        }
    }
    let numbers: Vec<u32> = text
        .split('/')
        .map(|part| part.trim().parse())
        .collect::<Result<_, _>>()
        .unwrap_or_default();
    let [first, second, year] = numbers[..] else {
        return SheetDate::Unknown;
    };
    let year = year as i32;
    let month_first = NaiveDate::from_ymd_opt(year, first, second);
    let day_first = NaiveDate::from_ymd_opt(year, second, first);
    match (month_first, day_first) {
        (Some(date), None) | (None, Some(date)) => day(date),
        (Some(date), Some(_)) if first == second => day(date),
        (Some(_), Some(_)) => SheetDate::Ambiguous(Message::AmbiguousDate {
            text: shortened(text),
            first: format!("{year:04}-{first:02}-{second:02}"),
            second: format!("{year:04}-{second:02}-{first:02}"),
        }),
        (None, None) => SheetDate::Unknown,
    }
}
