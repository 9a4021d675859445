//! Exporters: the chronology on screen (its filtered events) written out in other formats —
//! the event format itself, this project's sheet, iCalendar and a Markdown brief.
//!
//! Like the importers, exporters use no web crate; the app runs all but the event format in
//! the document tools' worker, so that their code is not in the page's wasm. The event
//! format and the sheet read back in ([`crate::import`]) to the same events.

mod brief;
mod icalendar;
mod sheet_csv;

use crate::chronology::{Chronology, Figure, FigureValue};

pub use brief::markdown_brief;
pub use icalendar::icalendar;
pub use sheet_csv::chronology_sheet_csv;

/// The chronology with only the events at `shown` (positions in `chronology.events`), the
/// sources they cite and every lane: what a reader sees after filtering, as a document.
///
/// # Example
/// ```
/// use chronoline::chronology::parse_chronology;
/// use chronoline::export::filtered;
/// let chronology = parse_chronology(r#"{"format_version": 1,
///   "sources": [{"id": "s", "publisher": "AFP"}, {"id": "t", "publisher": "Reuters"}],
///   "events": [{"id": "a", "start": "2025-06", "lane": "talks", "title": "A", "sources": ["s"]},
///              {"id": "b", "start": "2025-07", "lane": "talks", "title": "B", "sources": ["t"]}]}"#)
///   .unwrap().chronology;
/// let only_b = filtered(&chronology, &[1]);
/// assert_eq!(only_b.events.len(), 1);
/// assert_eq!(only_b.sources[0].publisher, "Reuters");
/// ```
pub fn filtered(chronology: &Chronology, shown: &[usize]) -> Chronology {
    let mut cited = vec![false; chronology.sources.len()];
    let mut events = Vec::with_capacity(shown.len());
    for &position in shown {
        let Some(event) = chronology.events.get(position) else {
            continue;
        };
        for id in &event.sources {
            if let Some(index) = chronology.source_index(id) {
                cited[index] = true;
            }
        }
        events.push(event.clone());
    }
    let sources = chronology
        .sources
        .iter()
        .zip(&cited)
        .filter(|(_, cited)| **cited)
        .map(|(source, _)| source.clone())
        .collect();
    Chronology::new(
        chronology.about.clone(),
        chronology.lanes.clone(),
        sources,
        events,
    )
    .with_eras(chronology.eras.clone())
}

/// A figure's value as the exports write it: the number, or "not disclosed" (never 0).
fn figure_value(figure: &Figure) -> Option<String> {
    match figure.value? {
        FigureValue::Number(number) => Some(number.to_string()),
        FigureValue::Undisclosed => Some("not disclosed".to_owned()),
    }
}

/// The chronology as an event-format document (pretty-printed JSON), which reads back to the
/// same chronology.
pub fn event_format_json(chronology: &Chronology) -> String {
    chronology.to_event_format()
}

/// A file name for an export of a chronology titled `title`: its words in lower case joined
/// by hyphens (letters of any script kept), at most 60 characters, then `.extension`.
///
/// # Example
/// ```
/// use chronoline::export::file_name;
/// assert_eq!(file_name("Russia–Ukraine war: prisoner exchanges", "ics"), "russia-ukraine-war-prisoner-exchanges.ics");
/// assert_eq!(file_name("Обмін полоненими", "md"), "обмін-полоненими.md");
/// assert_eq!(file_name("", "csv"), "chronology.csv");
/// ```
pub fn file_name(title: &str, extension: &str) -> String {
    let lower = crate::chronology::lower_case(title);
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric()))
        .filter(|word| !word.is_empty())
        .collect();
    let mut stem = String::new();
    for word in words {
        if stem.chars().count() + word.chars().count() > 60 {
            break;
        }
        if !stem.is_empty() {
            stem.push('-');
        }
        stem.push_str(word);
    }
    if stem.is_empty() {
        stem.push_str("chronology");
    }
    format!("{stem}.{extension}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chronology::parse_chronology;

    #[test]
    fn the_event_format_export_reads_back_to_the_same_chronology() {
        let bundled = include_str!("../../data/chronology.json");
        let chronology = parse_chronology(bundled).unwrap().chronology;
        let shown: Vec<usize> = (0..chronology.events.len()).step_by(3).collect();
        let part = filtered(&chronology, &shown);
        let again = parse_chronology(&event_format_json(&part)).unwrap();
        assert_eq!(again.chronology, part);
        assert_eq!(again.chronology.events.len(), shown.len());
        assert!(again.chronology.sources.len() < chronology.sources.len());
    }
}
