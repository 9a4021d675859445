//! TimelineJS's spreadsheet template, as CSV (what a Google Sheet "published to the web as
//! CSV" returns): one slide per row, a row of type `title` for the title slide and rows of
//! type `era` for eras. Each row becomes the TimelineJS slide it stands for and is converted
//! as TimelineJS's JSON is ([`super::timelinejs`]), its problems named by line and column.

use serde_json::{json, Map, Value};

use crate::chronology::Problem;

use super::csv_records::{is_blank, Sheet};
use super::timelinejs::{convert_slides, SlideOrigins};
use super::ImportedDocument;

/// The template's columns, in its order.
pub const TIMELINEJS_SHEET_COLUMNS: [&str; 18] = [
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
];

/// Whether a CSV header row is TimelineJS's template: it has a `Year` and a `Headline`
/// column (in any letter case).
pub fn is_timelinejs_sheet(header: &[String]) -> bool {
    let has = |name: &str| {
        header
            .iter()
            .any(|field| field.trim().eq_ignore_ascii_case(name))
    };
    has("Year") && has("Headline")
}

/// Converts TimelineJS's sheet into an event-format document. Read the result with
/// [`ImportedDocument::read`]: problems are named by line and column.
///
/// # Errors
/// A [`Problem`] for the whole file when a quoted field never ends or it has no header.
///
/// # Example
/// ```
/// use chronoline::import::import_timelinejs_sheet;
/// let csv = "Year,Month,Day,Time,Headline,Text,Type,Group\n\
///            ,,,,Talks and swaps,<p>Since 2022</p>,title,\n\
///            2025,5,16,14:30,Istanbul talks,<b>First</b> in three years,,Talks\n\
///            2025,2,30,,No such day,,,Talks\n";
/// let report = import_timelinejs_sheet(csv).unwrap().read().unwrap();
/// assert_eq!(report.chronology.about.title, "Talks and swaps");
/// assert_eq!(report.chronology.events[0].summary, "First in three years");
/// assert!(report.problems.iter().any(|p| p.path == "line 4, column Year"));
/// assert!(report.problems.iter().any(|p| p.path == "line 3, column Time"));
/// ```
pub fn import_timelinejs_sheet(csv: &str) -> Result<ImportedDocument, Problem> {
    let sheet = Sheet::read(csv, &TIMELINEJS_SHEET_COLUMNS, true)?;
    let mut title = Value::Null;
    let mut title_line = 0;
    let mut eras = Vec::new();
    let mut era_lines = Vec::new();
    let mut slides = Vec::new();
    let mut slide_lines = Vec::new();
    for record in &sheet.rows {
        if is_blank(record) {
            continue;
        }
        let row = |name: &str| sheet.cell(record, name);
        let slide = slide_of(&row);
        match row("Type").to_ascii_lowercase().as_str() {
            "title" if title.is_null() => {
                title = slide;
                title_line = record.line;
            }
            "era" => {
                eras.push(slide);
                era_lines.push(record.line);
            }
            _ => {
                slides.push(slide);
                slide_lines.push(record.line);
            }
        }
    }
    let mut document = json!({ "events": slides });
    if !title.is_null() {
        document["title"] = title;
    }
    if !eras.is_empty() {
        document["eras"] = Value::Array(eras);
    }
    let origins = SlideOrigins::Sheet {
        title_line,
        era_lines: &era_lines,
        slide_lines: &slide_lines,
    };
    convert_slides(&document, &origins)
}

/// The TimelineJS slide a row stands for.
fn slide_of<'a>(cell: &dyn Fn(&str) -> &'a str) -> Value {
    let mut slide = Map::new();
    let mut put = |key: &str, value: Value| {
        if !value.is_null() && value != json!({}) {
            slide.insert(key.to_owned(), value);
        }
    };
    let text = |name: &str| {
        Some(cell(name))
            .filter(|text| !text.is_empty())
            .map(Value::from)
    };
    let date = |prefix: &str| {
        let mut date = Map::new();
        for (field, column) in [("year", "Year"), ("month", "Month"), ("day", "Day")] {
            if let Some(value) = text(&format!("{prefix}{column}")) {
                date.insert(field.to_owned(), value);
            }
        }
        let time = cell(&format!("{prefix}Time"));
        if !time.is_empty() {
            match clock_time(time) {
                Some((hour, minute)) => {
                    date.insert("hour".to_owned(), json!(hour));
                    date.insert("minute".to_owned(), json!(minute));
                }
                None => {
                    date.insert("hour".to_owned(), Value::from(time));
                }
            }
        }
        Value::Object(date)
    };
    put("start_date", date(""));
    put("end_date", date("End "));
    put("display_date", text("Display Date").unwrap_or_default());
    let mut words = Map::new();
    for (field, column) in [("headline", "Headline"), ("text", "Text")] {
        if let Some(value) = text(column) {
            words.insert(field.to_owned(), value);
        }
    }
    put("text", Value::Object(words));
    if let Some(url) = text("Media") {
        let mut media = json!({ "url": url });
        for (field, column) in [
            ("credit", "Media Credit"),
            ("caption", "Media Caption"),
            ("thumbnail", "Media Thumbnail"),
        ] {
            if let Some(value) = text(column) {
                media[field] = value;
            }
        }
        put("media", media);
    }
    put("group", text("Group").unwrap_or_default());
    put("background", text("Background").unwrap_or_default());
    Value::Object(slide)
}

/// `14:30`, `14:30:00`, `2:30 PM` as (hour, minute); `None` for anything else.
fn clock_time(text: &str) -> Option<(u32, u32)> {
    let upper = text.trim().to_ascii_uppercase();
    let (clock, meridiem) = match upper
        .strip_suffix("PM")
        .or_else(|| upper.strip_suffix("AM"))
    {
        Some(clock) => (clock.trim(), Some(upper.ends_with("PM"))),
        None => (upper.as_str(), None),
    };
    let mut parts = clock.split(':');
    let hour: u32 = parts.next()?.trim().parse().ok()?;
    let minute: u32 = parts
        .next()
        .map_or(Some(0), |minute| minute.trim().parse().ok())?;
    let hour = match meridiem {
        Some(pm) if (1..=12).contains(&hour) => hour % 12 + if pm { 12 } else { 0 },
        Some(_) => return None,
        None => hour,
    };
    (hour < 24 && minute < 60).then_some((hour, minute))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_template_with_a_title_an_era_empty_rows_and_semicolons_reads_like_its_json() {
        let csv = "\u{feff}Year;Month;Day;Time;End Year;End Month;End Day;End Time;Display Date;\
                   Headline;Text;Media;Media Credit;Media Caption;Media Thumbnail;Type;Group;Background\r\n\
                   ;;;;;;;;;Exchanges;<p>All of them</p>;;;;;title;;\r\n\
                   2022;;;;2023;;;;;First year;;;;;;era;;\r\n\
                   ;;;;;;;;;;;;;;;;;\r\n\
                   2022;9;21;2:30 PM;;;;;;\"215 return; 55 to Russia\";\"Swap, <a href='https://a.test/x'>report</a>\";\
                   https://img.test/p.jpg;AFP;Freed;;;Exchanges;#ffffff\r\n\
                   2023;;;;2023;6;;;Early 2023;Talks stall;;;;;;;Talks;\r\n\
                   twenty;;;;;;;;;Unreadable year;;;;;;;;\r\n";
        let report = import_timelinejs_sheet(csv).unwrap().read().unwrap();
        let chronology = &report.chronology;
        assert_eq!(chronology.about.title, "Exchanges");
        assert_eq!(chronology.about.description, "All of them");
        let titles: Vec<&str> = chronology.events.iter().map(|e| e.title.as_str()).collect();
        assert_eq!(titles, ["215 return; 55 to Russia", "Talks stall"]);
        let swap = &chronology.events[0];
        assert_eq!(swap.start.to_string(), "2022-09-21");
        assert_eq!(swap.summary, "Swap, report");
        assert_eq!(
            chronology.events[1].end.map(|d| d.to_string()).as_deref(),
            Some("2023-06")
        );
        let paths: Vec<&str> = report.problems.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(chronology.eras[0].label, "First year");
        for expected in [
            "line 5, column Time",
            "line 5, column Media",
            "line 5, column Background",
            "line 7, column Year",
        ] {
            assert!(paths.contains(&expected), "{expected} in {paths:?}");
        }
        let time = report
            .problems
            .iter()
            .find(|p| p.path == "line 5, column Time")
            .unwrap();
        assert_eq!(
            time.reason,
            crate::chronology::Message::TimeWithoutZone {
                time: "14:30".into()
            }
        );
        assert!(is_timelinejs_sheet(&["year".into(), " Headline ".into()]));
        assert!(!is_timelinejs_sheet(&[
            "id".into(),
            "date".into(),
            "headline".into()
        ]));
    }

    #[test]
    fn clock_times_read_in_both_conventions() {
        assert_eq!(clock_time("14:30"), Some((14, 30)));
        assert_eq!(clock_time("14:30:15"), Some((14, 30)));
        assert_eq!(clock_time("12:05 am"), Some((0, 5)));
        assert_eq!(clock_time("2 PM"), Some((14, 0)));
        assert_eq!(clock_time("25:00"), None);
        assert_eq!(clock_time("noon"), None);
    }
}
