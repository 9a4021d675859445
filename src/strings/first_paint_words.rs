//! The words the page's first paint draws its placeholders with, in every language: the
//! viewer's own words, so each blank pill is as wide as the control that replaces it in the
//! reader's language. `cargo run --example regenerate_data` writes them beside the first
//! paint's facts (`data/chronology.first-paint-words.json`), since some are counts and dates
//! of the bundled chronology.

use serde_json::{json, Value};

use super::LANGUAGES;
use crate::chronology::{EventDate, FirstPaintFacts};

/// The first paint's words for a chronology with these `facts`, by language tag, as the JSON
/// file the build reads (ending with a newline).
///
/// # Example
/// ```
/// use chronoline::chronology::FirstPaintFacts;
/// let facts = FirstPaintFacts::of(r#"{"format_version": 1, "events": [
///   {"id": "a", "start": "2025-06-26", "lane": "talks", "title": "A"}]}"#).unwrap();
/// let words = chronoline::strings::first_paint_words(&facts);
/// assert!(words.contains(r#""showing": "Показано 1 з 1 події""#));
/// assert!(words.contains(r#""visibleRange": "25 June 2025 – 27 June 2025""#));
/// ```
pub fn first_paint_words(facts: &FirstPaintFacts) -> String {
    let day = |iso: &str| EventDate::parse(iso).ok();
    let mut by_language = serde_json::Map::new();
    for text in LANGUAGES {
        let range = match (day(&facts.fit_all[0]), day(&facts.fit_all[1])) {
            (Some(from), Some(to)) => format!(
                "{}{}{}",
                from.to_human(&text.calendar),
                text.date_range_separator,
                to.to_human(&text.calendar)
            ),
            _ => String::new(),
        };
        let words: Value = json!({
            "appName": text.app_name,
            "openFullView": text.open_full_view,
            "views": [text.view_timeline, text.view_list, text.view_sources],
            "filters": text.filters,
            "search": text.search,
            "searchPlaceholder": text.search_placeholder,
            "dateFrom": text.date_from,
            "dateTo": text.date_to,
            "contestedOnly": text.contested_only,
            "tags": text.tags,
            "showing": (text.showing_of)(facts.events, facts.events),
            "warnings": (text.warnings)(facts.warnings),
            "fileMenu": text.file_menu,
            "present": text.present,
            "printHandout": text.print_handout,
            "embed": text.embed,
            "fitAll": text.fit_all,
            "visibleRange": range,
            "updated": facts
                .updated
                .as_deref()
                .and_then(|updated| EventDate::parse(updated).ok())
                .map(|updated| format!("{} {}", text.data_updated, updated.to_human(&text.calendar))),
        });
        by_language.insert(text.language.as_str().to_owned(), words);
    }
    serde_json::to_string_pretty(&by_language).unwrap_or_default() + "\n"
}
