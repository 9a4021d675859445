//! An iCalendar file (RFC 5545) as an event-format document: each `VEVENT` an event — this
//! viewer's own calendar export reads back to the same events (its `X-CHRONOLINE-START` and
//! `-END` keep each date's precision), and a desk's calendar of briefings and talks opens too.
//! There, all-day events that span exactly a month or a year are read at that precision, and a
//! timed event keeps its moment in UTC.

use chrono::{Datelike, Duration, NaiveDate};
use serde_json::{json, Map, Value};

use crate::chronology::{Lane, Message, Problem, ProblemEffect};

use super::{ImportedDocument, InputLanes, PlaceNaming};

/// Which property each event field is read from.
const EVENT_PROPERTIES: &[(&str, &str)] = &[
    ("id", "UID"),
    ("start", "DTSTART"),
    ("end", "DTEND"),
    ("lane", "CATEGORIES"),
    ("title", "SUMMARY"),
    ("summary", "DESCRIPTION"),
    ("location", "LOCATION"),
];

/// Whether `text` is an iCalendar file: it begins with `BEGIN:VCALENDAR`.
pub fn is_icalendar(text: &str) -> bool {
    text.trim_start_matches('\u{feff}')
        .trim_start()
        .get(..15)
        .is_some_and(|head| head.eq_ignore_ascii_case("BEGIN:VCALENDAR"))
}

/// Converts an iCalendar file into an event-format document, problems named by line and
/// property (`line 12, column DTSTART`).
///
/// # Errors
/// A [`Problem`] for the whole file when it has no `VEVENT`.
///
/// # Example
/// ```
/// use chronoline::import::import_icalendar;
/// let ics = "BEGIN:VCALENDAR\r\nX-WR-CALNAME:Talks\r\nBEGIN:VEVENT\r\nUID:talks-1@chronoline\r\n\
///            DTSTART;VALUE=DATE:20250601\r\nDTEND;VALUE=DATE:20250701\r\nSUMMARY:Talks\\, round 2\r\n\
///            END:VEVENT\r\nEND:VCALENDAR\r\n";
/// let report = import_icalendar(ics).unwrap().read().unwrap();
/// let event = &report.chronology.events[0];
/// assert_eq!((event.id.as_str(), event.start.to_string().as_str(), event.title.as_str()),
///            ("talks-1", "2025-06", "Talks, round 2"));
/// ```
pub fn import_icalendar(text: &str) -> Result<ImportedDocument, Problem> {
    let mut imported = ImportedDocument::new(PlaceNaming::Sheet, EVENT_PROPERTIES, &[]);
    let mut title = String::new();
    let mut events = Vec::new();
    let mut lanes = InputLanes::default();
    let mut current: Option<(usize, Vec<Property>)> = None;
    for property in content_lines(text) {
        match (
            property.name.as_str(),
            property.value.to_ascii_uppercase().as_str(),
        ) {
            ("BEGIN", "VEVENT") => current = Some((property.line, Vec::new())),
            ("END", "VEVENT") => {
                if let Some((begin, properties)) = current.take() {
                    match event_of(begin, &properties, &mut lanes) {
                        Ok(event) => {
                            events.push(Value::Object(event));
                            imported.places.event_origins.push(begin);
                        }
                        Err((line, property, reason)) => imported.places.problems.push((
                            line,
                            Problem {
                                path: format!("line {line}, column {property}"),
                                reason,
                                effect: ProblemEffect::EventSkipped,
                            },
                        )),
                    }
                }
            }
            ("X-WR-CALNAME", _) if current.is_none() => title = unescaped(&property.value),
            _ => {
                if let Some((_, properties)) = current.as_mut() {
                    properties.push(property);
                }
            }
        }
    }
    if events.is_empty() && imported.places.problems.is_empty() {
        return Err(Problem {
            path: "line 1".into(),
            reason: Message::CalendarWithoutEvents,
            effect: ProblemEffect::EventSkipped,
        });
    }
    let defaults = Lane::defaults();
    imported.document = json!({
        "format_version": 1,
        "title": title,
        "lanes": if lanes.len() == 0 { json!(defaults) } else { lanes.into_json() },
        "events": events,
    });
    Ok(imported)
}

/// One content line: where it starts, its name (upper case), parameters and value.
struct Property {
    line: usize,
    name: String,
    parameters: String,
    value: String,
}

/// The event a `VEVENT` (beginning on line `begin`) describes, or the line and property that
/// keep it from being one.
fn event_of(
    begin: usize,
    properties: &[Property],
    lanes: &mut InputLanes,
) -> Result<Map<String, Value>, (usize, &'static str, Message)> {
    let find = |name: &str| properties.iter().find(|property| property.name == name);
    let get = |name: &str| find(name).map(|p| (p.parameters.as_str(), p.value.as_str()));
    let Some(start_property) = find("DTSTART") else {
        return Err((begin, "DTSTART", Message::EventWithoutStart));
    };
    let start_text = start_property.value.as_str();
    let start = calendar_value(&start_property.parameters, start_text).ok_or_else(|| {
        let reason = Message::NotACalendarDate {
            text: crate::chronology::shortened(start_text),
        };
        (start_property.line, "DTSTART", reason)
    })?;
    let end = get("DTEND").and_then(|(parameters, text)| calendar_value(parameters, text));
    let mut event = Map::new();
    let uid = get("UID")
        .map(|(_, uid)| unescaped(uid))
        .unwrap_or_default();
    let id = uid.strip_suffix("@chronoline").unwrap_or(&uid);
    let id: String = id.chars().filter(|c| !c.is_whitespace()).collect();
    event.insert(
        "id".into(),
        json!(if id.is_empty() {
            format!("event-{}", start_text)
        } else {
            id
        }),
    );
    let (start, end) = match get("X-CHRONOLINE-START") {
        // This viewer's own export: the dates at their precision.
        Some((_, exact)) => (
            exact.to_owned(),
            get("X-CHRONOLINE-END").map(|(_, end)| end.to_owned()),
        ),
        None => dates_of(start, end),
    };
    event.insert("start".into(), json!(start));
    if let Some(end) = end {
        event.insert("end".into(), json!(end));
    }
    let category = get("CATEGORIES")
        .map(|(_, text)| unescaped(text))
        .unwrap_or_default();
    // A default lane by its label or id; any other category a lane of its own.
    let lane = match Lane::defaults()
        .into_iter()
        .find(|lane| lane.label == category || lane.id == category)
    {
        Some(lane) => lanes.id_for(&lane.label, |_| lane.id.clone()),
        None => lanes.id_for(&category, |lanes| format!("calendar-{}", lanes.len() + 1)),
    };
    event.insert("lane".into(), json!(lane));
    event.insert(
        "title".into(),
        json!(get("SUMMARY")
            .map(|(_, text)| unescaped(text))
            .unwrap_or_default()),
    );
    if let Some((_, description)) = get("DESCRIPTION") {
        event.insert("summary".into(), json!(unescaped(description)));
    }
    if let Some((_, place)) = get("LOCATION") {
        let mut location = json!({ "name": unescaped(place) });
        if let Some((lat, lon)) = get("GEO").and_then(|(_, geo)| geo.split_once(';')) {
            if let (Ok(lat), Ok(lon)) = (
                serde_json::from_str::<serde_json::Number>(lat.trim()),
                serde_json::from_str::<serde_json::Number>(lon.trim()),
            ) {
                location["lat"] = Value::Number(lat);
                location["lon"] = Value::Number(lon);
            }
        }
        event.insert("location".into(), location);
    }
    Ok(event)
}

/// A `DTSTART`/`DTEND` value: a day, or a moment in UTC (`…Z`) as the event format writes it.
enum CalendarValue {
    Day(NaiveDate),
    Moment(String),
}

fn calendar_value(parameters: &str, text: &str) -> Option<CalendarValue> {
    let text = text.trim();
    let day = |digits: &str| NaiveDate::parse_from_str(digits.get(..8)?, "%Y%m%d").ok();
    if parameters.to_ascii_uppercase().contains("VALUE=DATE") && text.len() == 8 {
        return day(text).map(CalendarValue::Day);
    }
    let (date, time) = text.split_once('T')?;
    let time = time.strip_suffix('Z')?;
    let date = day(date)?;
    let (hour, minute, second) = (
        time.get(..2)?,
        time.get(2..4)?,
        time.get(4..6).unwrap_or("00"),
    );
    Some(CalendarValue::Moment(format!(
        "{}T{hour}:{minute}:{second}Z",
        date.format("%Y-%m-%d")
    )))
}

/// The event format's start and end for a calendar span: an all-day span of exactly a month
/// or a year is that month or year; of one day, that day; longer, its first and last days.
fn dates_of(start: CalendarValue, end: Option<CalendarValue>) -> (String, Option<String>) {
    match (start, end) {
        (CalendarValue::Day(first), Some(CalendarValue::Day(after))) => {
            let last = after - Duration::days(1);
            let next_month = |date: NaiveDate| {
                NaiveDate::from_ymd_opt(
                    date.year() + i32::from(date.month() == 12),
                    date.month() % 12 + 1,
                    1,
                )
            };
            if first.day() == 1
                && first.month() == 1
                && NaiveDate::from_ymd_opt(first.year() + 1, 1, 1) == Some(after)
            {
                (first.format("%Y").to_string(), None)
            } else if first.day() == 1 && next_month(first) == Some(after) {
                (first.format("%Y-%m").to_string(), None)
            } else if last <= first {
                (first.format("%Y-%m-%d").to_string(), None)
            } else {
                (
                    first.format("%Y-%m-%d").to_string(),
                    Some(last.format("%Y-%m-%d").to_string()),
                )
            }
        }
        (CalendarValue::Day(first), _) => (first.format("%Y-%m-%d").to_string(), None),
        (CalendarValue::Moment(moment), Some(CalendarValue::Moment(end))) => (moment, Some(end)),
        (CalendarValue::Moment(moment), _) => (moment, None),
    }
}

/// The content lines of an iCalendar file, unfolded.
fn content_lines(text: &str) -> Vec<Property> {
    let mut lines: Vec<(usize, String)> = Vec::new();
    for (index, line) in text.trim_start_matches('\u{feff}').split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        match (line.strip_prefix([' ', '\t']), lines.last_mut()) {
            (Some(more), Some((_, last))) => last.push_str(more),
            _ if line.is_empty() => {}
            _ => lines.push((index + 1, line.to_owned())),
        }
    }
    lines
        .into_iter()
        .filter_map(|(line, content)| {
            let (head, value) = content.split_once(':')?;
            let (name, parameters) = head.split_once(';').unwrap_or((head, ""));
            Some(Property {
                line,
                name: name.to_ascii_uppercase(),
                parameters: parameters.to_owned(),
                value: value.to_owned(),
            })
        })
        .collect()
}

/// A text value with iCalendar's escapes undone.
fn unescaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chronology::parse_chronology;
    use crate::export::icalendar;

    #[test]
    fn this_viewers_calendar_export_reads_back_to_the_same_events() {
        let bundled = include_str!("../../data/chronology.json");
        let chronology = parse_chronology(bundled).unwrap().chronology;
        let ics = icalendar(&chronology, "20261127T101500Z");
        let again = import_icalendar(&ics).unwrap().read().unwrap();
        assert!(again.errors().is_empty(), "{:?}", again.errors());
        let again = again.chronology;
        assert_eq!(again.about.title, chronology.about.title);
        assert_eq!(again.events.len(), chronology.events.len());
        for (before, after) in chronology.events.iter().zip(&again.events) {
            assert_eq!(before.id, after.id);
            assert_eq!(before.start, after.start, "{}", before.id);
            assert_eq!(before.end, after.end, "{}", before.id);
            assert_eq!(before.lane, after.lane, "{}", before.id);
            assert_eq!(before.title, after.title);
            assert_eq!(
                before.location.as_ref().map(|l| &l.name),
                after.location.as_ref().map(|l| &l.name)
            );
        }
    }

    #[test]
    fn a_desks_calendar_opens_with_folded_lines_and_a_bad_date_named() {
        let ics = "\u{feff}BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:abc-123\r\nDTSTART:20250616T090000Z\r\n\
                   DTEND:20250616T110000Z\r\nSUMMARY:Briefing on the exchange near Su\r\n my\r\nEND:VEVENT\r\n\
                   BEGIN:VEVENT\r\nUID:bad\r\nDTSTART:next Tuesday\r\nSUMMARY:Bad\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        let report = import_icalendar(ics).unwrap().read().unwrap();
        let event = &report.chronology.events[0];
        assert_eq!(event.title, "Briefing on the exchange near Sumy");
        assert_eq!(event.start.to_string(), "2025-06-16T09:00:00+00:00");
        assert_eq!(event.lane, "calendar-1");
        assert_eq!(report.errors()[0].path, "line 11, column DTSTART");
        assert!(import_icalendar("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n").is_err());
    }
}
