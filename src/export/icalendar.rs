//! An iCalendar file (RFC 5545) of a chronology: one all-day event per event of day, month
//! or year precision spanning that period, a timed event for a moment, so that a desk can
//! lay the chronology over its own calendar.

use chrono::{Datelike, Duration, NaiveDate};

use crate::chronology::{Chronology, DatePrecision, EventDate};

/// The chronology as an iCalendar file. `stamp` is when the file is made, as iCalendar
/// writes a UTC time (`20261127T101500Z`), for every event's `DTSTAMP`.
///
/// # Example
/// ```
/// use chronoline::chronology::parse_chronology;
/// use chronoline::export::icalendar;
/// let chronology = parse_chronology(r#"{"format_version": 1, "title": "Talks",
///   "events": [{"id": "a", "start": "2025-06", "lane": "talks", "title": "Talks; round 2"}]}"#)
///   .unwrap().chronology;
/// let ics = icalendar(&chronology, "20261127T101500Z");
/// assert!(ics.contains("DTSTART;VALUE=DATE:20250601\r\nDTEND;VALUE=DATE:20250701\r\n"));
/// assert!(ics.contains("SUMMARY:Talks\\; round 2\r\n"));
/// ```
pub fn icalendar(chronology: &Chronology, stamp: &str) -> String {
    let mut ics = String::new();
    let mut line = |text: String| push_folded(&mut ics, &text);
    line("BEGIN:VCALENDAR".into());
    line("VERSION:2.0".into());
    line("PRODID:-//Chronoline//Chronology export//EN".into());
    line("CALSCALE:GREGORIAN".into());
    if !chronology.about.title.is_empty() {
        line(format!("X-WR-CALNAME:{}", escaped(&chronology.about.title)));
    }
    for (position, event) in chronology.events.iter().enumerate() {
        let Some((start, end)) = span(event.start, event.end) else {
            continue;
        };
        line("BEGIN:VEVENT".into());
        line(format!("UID:{}@chronoline", escaped(&event.id)));
        line(format!("DTSTAMP:{stamp}"));
        line(start);
        if let Some(end) = end {
            line(end);
        }
        // The dates at their precision, for this viewer to read back exactly.
        line(format!("X-CHRONOLINE-START:{}", event.start));
        if let Some(end) = event.end {
            line(format!("X-CHRONOLINE-END:{end}"));
        }
        line(format!("SUMMARY:{}", escaped(&event.title)));
        let mut description = event.summary.clone();
        for figure in &event.figures {
            let value = super::figure_value(figure)
                .map(|value| format!(": {value}"))
                .unwrap_or_default();
            let who = figure
                .claimed_by
                .as_ref()
                .map(|who| format!(" ({who})"))
                .unwrap_or_default();
            description.push_str(&format!("\n{}{value}{who}", figure.label));
        }
        let mut first_url = None;
        for source in chronology.sources_of(position) {
            let url = source.url.as_ref().map(|url| url.as_str());
            first_url = first_url.or(url);
            description.push_str(&format!("\n{}", source.publisher));
            if !source.title.is_empty() {
                description.push_str(&format!(": {}", source.title));
            }
            if let Some(url) = url {
                description.push_str(&format!(" <{url}>"));
            }
        }
        let description = description.trim();
        if !description.is_empty() {
            line(format!("DESCRIPTION:{}", escaped(description)));
        }
        if let Some(place) = &event.location {
            line(format!("LOCATION:{}", escaped(&place.name)));
            if let (Some(lat), Some(lon)) = (place.lat, place.lon) {
                line(format!("GEO:{lat};{lon}"));
            }
        }
        let lane = chronology.lane_badge(event).1;
        line(format!("CATEGORIES:{}", escaped(lane)));
        if let Some(url) = first_url {
            line(format!("URL:{url}"));
        }
        line("END:VEVENT".into());
    }
    line("END:VCALENDAR".into());
    ics
}

/// `DTSTART` and, for a period, `DTEND` (the day after it ends, as all-day events end) of an
/// event; `None` for a date the calendar cannot hold.
fn span(start: EventDate, end: Option<EventDate>) -> Option<(String, Option<String>)> {
    if start.precision() == DatePrecision::Time {
        let moment = |date: EventDate| utc(date.earliest_ms());
        let start_line = format!("DTSTART:{}", moment(start)?);
        let end_line = match end {
            Some(end) => Some(format!("DTEND:{}", moment(end)?)),
            None => None,
        };
        return Some((start_line, end_line));
    }
    let first = day_of(start.earliest_ms())?;
    // `latest_ms` is where the period ends (exclusive): its last day is the one before.
    let last = day_of(end.unwrap_or(start).latest_ms() - 1)?;
    let after = last + Duration::days(1);
    let day = |date: NaiveDate| format!("{:04}{:02}{:02}", date.year(), date.month(), date.day());
    Some((
        format!("DTSTART;VALUE=DATE:{}", day(first)),
        Some(format!("DTEND;VALUE=DATE:{}", day(after))),
    ))
}

/// The calendar day of a millisecond time (UTC).
fn day_of(ms: i64) -> Option<NaiveDate> {
    let days = ms.div_euclid(86_400_000);
    NaiveDate::from_ymd_opt(1970, 1, 1)?.checked_add_signed(Duration::days(days))
}

/// A millisecond time as iCalendar's UTC form.
fn utc(ms: i64) -> Option<String> {
    let date = day_of(ms)?;
    let second = ms.rem_euclid(86_400_000) / 1000;
    Some(format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        date.year(),
        date.month(),
        date.day(),
        second / 3600,
        second / 60 % 60,
        second % 60
    ))
}

/// Text with iCalendar's escapes: backslash, semicolon, comma and line breaks.
fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line folded at 75 octets (never inside a character), ending in CRLF.
fn push_folded(ics: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            ics.push_str("\r\n ");
            width = 1;
        }
        ics.push(c);
        width += c.len_utf8();
    }
    ics.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chronology::parse_chronology;

    #[test]
    fn periods_moments_and_long_lines_are_written_as_calendars_read_them() {
        let chronology = parse_chronology(
            r#"{"format_version": 1, "title": "Swaps",
              "sources": [{"id": "s", "publisher": "AFP", "title": "Kyiv, Moscow swap", "url": "https://example.org/a"}],
              "events": [
                {"id": "day", "start": "2025-06-26", "lane": "exchange", "title": "Swap", "sources": ["s"],
                 "figures": [{"label": "returned", "value": 189, "claimed_by": "Zelensky"}],
                 "location": {"name": "Sumy, Ukraine", "lat": 50.9, "lon": 34.8}},
                {"id": "span", "start": "2025-06-15", "end": "2025-07", "lane": "talks", "title": "Talks"},
                {"id": "year", "start": "2024", "lane": "other", "title": "A year"},
                {"id": "moment", "start": "2025-06-26T14:30+03:00", "lane": "other",
                 "title": "Обмін полоненими: дуже довга назва, що не вміщається в один рядок календаря"}]}"#,
        )
        .unwrap()
        .chronology;
        let ics = icalendar(&chronology, "20261127T101500Z");
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 4);
        assert!(ics.contains("UID:day@chronoline\r\nDTSTAMP:20261127T101500Z\r\nDTSTART;VALUE=DATE:20250626\r\nDTEND;VALUE=DATE:20250627\r\n"));
        assert!(
            ics.contains("DTSTART;VALUE=DATE:20250615\r\nDTEND;VALUE=DATE:20250801\r\n"),
            "to the end of July"
        );
        assert!(ics.contains("DTSTART;VALUE=DATE:20240101\r\nDTEND;VALUE=DATE:20250101\r\n"));
        assert!(
            ics.contains("DTSTART:20250626T113000Z\r\n"),
            "the moment in UTC"
        );
        assert!(ics.contains("LOCATION:Sumy\\, Ukraine\r\nGEO:50.9;34.8\r\n"));
        assert!(ics.contains("URL:https://example.org/a\r\n"));
        assert!(ics.contains("returned: 189 (Zelensky)"));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
        }
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains("SUMMARY:Обмін полоненими: дуже довга назва\\, що не вміщається в один рядок календаря\r\n"));
    }
}
