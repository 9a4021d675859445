//! A plain-text citation of an event, for pasting into notes, briefs and articles.

use super::date::CalendarNames;
use super::model::{Chronology, TimelineEvent};

/// The event's date and title, each source (publisher, title, date, address) and a
/// permalink, one per line, dates written in the given language.
///
/// # Example
/// ```
/// use chronoline::chronology::{cite_event, parse_chronology, ENGLISH_CALENDAR};
/// let chronology = parse_chronology(r#"{"format_version": 1,
///   "sources": [{"id": "s", "publisher": "AFP", "title": "Swap", "url": "https://example.org/a", "published": "2025-06-27"}],
///   "events": [{"id": "e", "start": "2025-06-26", "lane": "exchange", "title": "Exchange", "sources": ["s"]}]}"#)
///   .unwrap().chronology;
/// let text = cite_event(&chronology.events[0], &chronology, "https://viewer.example/?event=e", &ENGLISH_CALENDAR);
/// assert_eq!(text, "26 June 2025 — Exchange\nAFP, “Swap”, 27 June 2025, https://example.org/a\nhttps://viewer.example/?event=e");
/// ```
pub fn cite_event(
    event: &TimelineEvent,
    chronology: &Chronology,
    permalink: &str,
    names: &CalendarNames,
) -> String {
    let date = event.reported_date(names);
    let mut lines = vec![format!("{date} — {}", event.title)];
    for source in event.sources.iter().filter_map(|id| chronology.source(id)) {
        let mut line = source.publisher.clone();
        if !source.title.is_empty() {
            line.push_str(&format!(", “{}”", source.title));
        }
        if let Some(published) = source.published {
            line.push_str(&format!(", {}", published.to_human(names)));
        }
        if let Some(url) = &source.url {
            line.push_str(&format!(", {}", url.as_str()));
        }
        lines.push(line);
    }
    lines.push(permalink.to_owned());
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chronology::date::ENGLISH_CALENDAR;
    use crate::chronology::parse_chronology;

    #[test]
    fn every_source_is_cited_and_missing_parts_are_left_out() {
        let chronology = parse_chronology(
            r#"{"format_version": 1,
              "sources": [{"id": "a", "publisher": "Dawn (AFP)"},
                          {"id": "b", "publisher": "Kyiv Independent", "title": "Swap", "published": "2025-06"}],
              "events": [{"id": "e", "start": "2025-06", "date_as_reported": "late June 2025",
                          "lane": "exchange", "title": "Swap", "sources": ["a", "b"]}]}"#,
        )
        .unwrap()
        .chronology;
        assert_eq!(
            cite_event(&chronology.events[0], &chronology, "https://v/?event=e", &ENGLISH_CALENDAR),
            "late June 2025 — Swap\nDawn (AFP)\nKyiv Independent, “Swap”, June 2025\nhttps://v/?event=e"
        );
    }
}
