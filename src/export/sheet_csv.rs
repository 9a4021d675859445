//! This project's sheet (the columns of `data/chronology.csv`, see
//! [`crate::import::SPREADSHEET_COLUMNS`]) written from a chronology: one row per event with
//! its first source, and a row for each further source that repeats only the event's id,
//! which the sheet importer reads as another source of the event above. Figures are written
//! as text when that reads back to the same figures, else as the event format's JSON list.

use crate::chronology::{Chronology, DatePrecision, Source, TimelineEvent};
use crate::import::{split_figures, SheetHabits, SPREADSHEET_COLUMNS};

/// The chronology as CSV in this project's sheet: ids, dates, lanes, titles, summaries,
/// figures, places, sources, confidence and notes read back as they were.
pub fn chronology_sheet_csv(chronology: &Chronology) -> String {
    let mut csv = SPREADSHEET_COLUMNS.join(",") + "\r\n";
    for (position, event) in chronology.events.iter().enumerate() {
        let mut sources = chronology.sources_of(position);
        let row = event_row(event, sources.next());
        push_row(&mut csv, &row);
        for source in sources {
            let mut more = vec![String::new(); SPREADSHEET_COLUMNS.len()];
            more[0] = event.id.clone();
            source_cells(&mut more, source);
            push_row(&mut csv, &more);
        }
    }
    csv
}

/// The cells of an event's row, in [`SPREADSHEET_COLUMNS`] order.
fn event_row(event: &TimelineEvent, source: Option<&Source>) -> Vec<String> {
    let mut row = vec![String::new(); SPREADSHEET_COLUMNS.len()];
    let mut set = |column: &str, value: String| {
        if let Some(index) = SPREADSHEET_COLUMNS.iter().position(|name| *name == column) {
            row[index] = value;
        }
    };
    set("id", event.id.clone());
    set("date", event.start.to_string());
    set(
        "date_precision",
        match event.start.precision() {
            DatePrecision::Year => "year",
            DatePrecision::Month => "month",
            DatePrecision::Day => "day",
            DatePrecision::Time => "time",
        }
        .to_owned(),
    );
    set(
        "end_date",
        event.end.map(|end| end.to_string()).unwrap_or_default(),
    );
    set("category", event.lane.clone());
    set("headline", event.title.clone());
    set("summary", event.summary.clone());
    let figures: Vec<String> = event
        .figures
        .iter()
        .map(|figure| {
            let value = super::figure_value(figure)
                .map(|value| format!(": {value}"))
                .unwrap_or_default();
            let claimant = figure
                .claimed_by
                .as_ref()
                .map(|who| format!(" [{who}]"))
                .unwrap_or_default();
            format!("{}{value}{claimant}", figure.label)
        })
        .collect();
    // The text form when it reads back to the same figures, else the event format's list.
    let text = figures.join("; ");
    let reads_back = split_figures(&text, &SheetHabits::NONE) == event.figures;
    set(
        "figures",
        if reads_back {
            text
        } else {
            serde_json::to_string(&event.figures).unwrap_or_default()
        },
    );
    if let Some(place) = &event.location {
        set("location", place.name.clone());
        set(
            "lat",
            place.lat.map(|lat| lat.to_string()).unwrap_or_default(),
        );
        set(
            "lon",
            place.lon.map(|lon| lon.to_string()).unwrap_or_default(),
        );
    }
    set(
        "confidence",
        event
            .confidence
            .map(|c| c.as_str().to_owned())
            .unwrap_or_default(),
    );
    set("notes", event.notes.clone());
    if let Some(source) = source {
        source_cells(&mut row, source);
    }
    row
}

/// Writes a source's cells into a row.
fn source_cells(row: &mut [String], source: &Source) {
    let mut set = |column: &str, value: String| {
        if let Some(index) = SPREADSHEET_COLUMNS.iter().position(|name| *name == column) {
            row[index] = value;
        }
    };
    set("source_publisher", source.publisher.clone());
    set("source_title", source.title.clone());
    set(
        "source_url",
        source
            .url
            .as_ref()
            .map(|url| url.as_str().to_owned())
            .unwrap_or_default(),
    );
    set(
        "source_published",
        source
            .published
            .map(|date| date.to_string())
            .unwrap_or_default(),
    );
    set(
        "source_quote",
        source
            .quote
            .as_ref()
            .map(|quote| quote.exact.clone())
            .unwrap_or_default(),
    );
}

/// Appends a row, quoting fields that hold a comma, a quote or a line break, and fields a
/// spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) prefixed with `'`.
fn push_row(csv: &mut String, row: &[String]) {
    for (index, field) in row.iter().enumerate() {
        if index > 0 {
            csv.push(',');
        }
        let formula = field.starts_with(['=', '+', '@'])
            || (field.starts_with('-')
                && field.len() > 1
                && !field[1..].starts_with(|c: char| c.is_ascii_digit()));
        let field = if formula {
            format!("'{field}")
        } else {
            field.clone()
        };
        if field.contains([',', '"', '\n', '\r']) {
            csv.push('"');
            csv.push_str(&field.replace('"', "\"\""));
            csv.push('"');
        } else {
            csv.push_str(&field);
        }
    }
    csv.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chronology::parse_chronology;
    use crate::chronology::DocumentInfo;
    use crate::import::{import_spreadsheet, SheetHabits};

    #[test]
    fn the_sheet_export_reads_back_to_the_same_events_and_sources() {
        let bundled = include_str!("../../data/chronology.json");
        let chronology = parse_chronology(bundled).unwrap().chronology;
        let csv = chronology_sheet_csv(&chronology);
        let again = import_spreadsheet(&csv, &DocumentInfo::default(), &SheetHabits::NONE)
            .unwrap()
            .read()
            .unwrap();
        assert_eq!(again.errors().len(), 0, "{:?}", again.errors());
        let again = again.chronology;
        assert_eq!(again.events.len(), chronology.events.len());
        for (position, (before, after)) in chronology.events.iter().zip(&again.events).enumerate() {
            assert_eq!(before.id, after.id);
            assert_eq!(before.start, after.start, "{}", before.id);
            assert_eq!(before.end, after.end, "{}", before.id);
            assert_eq!(before.lane, after.lane);
            assert_eq!(before.title, after.title);
            assert_eq!(before.summary, after.summary);
            assert_eq!(before.location, after.location, "{}", before.id);
            assert_eq!(before.confidence, after.confidence);
            assert_eq!(before.notes, after.notes);
            assert_eq!(before.figures, after.figures, "{}", before.id);
            let publishers =
                |c: &Chronology, p: usize| -> Vec<(String, Option<String>, Option<String>)> {
                    c.sources_of(p)
                        .map(|s| {
                            (
                                s.publisher.clone(),
                                s.url.as_ref().map(|u| u.as_str().to_owned()),
                                s.quote.as_ref().map(|q| q.exact.clone()),
                            )
                        })
                        .collect()
                };
            assert_eq!(
                publishers(&chronology, position),
                publishers(&again, position),
                "{}",
                before.id
            );
        }
    }

    #[test]
    fn cells_that_a_spreadsheet_would_run_are_written_as_text() {
        let mut csv = String::new();
        push_row(
            &mut csv,
            &[
                "=HYPERLINK(\"x\")".into(),
                "-5".into(),
                "-cmd".into(),
                "a,b".into(),
            ],
        );
        assert_eq!(csv, "\"'=HYPERLINK(\"\"x\"\")\",-5,'-cmd,\"a,b\"\r\n");
    }
}
