//! Filtering events by lane, text, date range and tags.

use std::collections::BTreeSet;

use super::date::EventDate;
use super::model::{Chronology, EventStanding, TimelineEvent};

/// What the reader chose to see. The default shows everything.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EventFilter {
    /// Lane ids switched off.
    pub hidden_lanes: BTreeSet<String>,
    /// Words to find in title, summary, location, tags or source publisher (case-insensitive;
    /// every word must occur).
    pub text: String,
    /// Only events that end on or after this date.
    pub from: Option<EventDate>,
    /// Only events that start on or before this date.
    pub to: Option<EventDate>,
    /// Only events with at least one of these tags.
    pub tags: BTreeSet<String>,
    /// Only events that are a claim disputed by another side.
    pub contested_only: bool,
    /// Withdrawn events too (they are left out unless the reader asks for them).
    pub show_withdrawn: bool,
}

impl EventFilter {
    /// Whether the filter shows everything.
    pub fn is_empty(&self) -> bool {
        *self == EventFilter::default()
    }

    /// The indices of the events this filter shows, in the chronology's order.
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::{parse_chronology, EventFilter};
    /// let chronology = parse_chronology(r#"{"format_version": 1, "events": [
    ///   {"id": "a", "start": "2025-06-26", "lane": "exchange", "title": "Swap near Sumy"},
    ///   {"id": "b", "start": "2025-07-01", "lane": "talks", "title": "Talks in Istanbul"}]}"#)
    ///   .unwrap().chronology;
    /// let filter = EventFilter { text: "sumy".into(), ..EventFilter::default() };
    /// assert_eq!(filter.apply(&chronology), [0]);
    /// ```
    pub fn apply(&self, chronology: &Chronology) -> Vec<usize> {
        let words: Vec<String> = self
            .text
            .split_whitespace()
            .map(super::lower_case)
            .collect();
        let from = self.from.map(|date| date.earliest_ms());
        let to = self.to.map(|date| date.latest_ms());
        chronology
            .events
            .iter()
            .enumerate()
            .filter(|(index, event)| {
                !self.hidden_lanes.contains(&event.lane)
                    && (self.show_withdrawn
                        || !matches!(event.standing(), EventStanding::Withdrawn { .. }))
                    && (!self.contested_only
                        || event
                            .claim
                            .as_ref()
                            .is_some_and(|claim| claim.is_contested()))
                    && from.is_none_or(|from| event.end_ms() > from)
                    && to.is_none_or(|to| event.start.earliest_ms() < to)
                    && (self.tags.is_empty() || event.tags.iter().any(|t| self.tags.contains(t)))
                    && (words.is_empty() || matches_words(*index, event, chronology, &words))
            })
            .map(|(index, _)| index)
            .collect()
    }
}

/// Whether every word (lower case) occurs in one of the event's searchable texts.
fn matches_words(
    position: usize,
    event: &TimelineEvent,
    chronology: &Chronology,
    words: &[String],
) -> bool {
    let publishers = || {
        chronology
            .sources_of(position)
            .map(|source| source.publisher.as_str())
    };
    words.iter().all(|word| {
        let found = |text: &str| contains_folded(text, word);
        found(&event.title)
            || found(&event.summary)
            || event
                .location
                .as_ref()
                .is_some_and(|place| found(&place.name))
            || event.tags.iter().any(|tag| found(tag))
            || publishers().any(found)
    })
}

/// Whether `text` contains `word` (already lower case) in any letter case. ASCII text is
/// searched in place; other text is lower-cased first.
fn contains_folded(text: &str, word: &str) -> bool {
    let (text_bytes, word_bytes) = (text.as_bytes(), word.as_bytes());
    let Some(&first) = word_bytes.first() else {
        return true;
    };
    if !(text.is_ascii() && word.is_ascii()) {
        return super::lower_case(text).contains(word);
    }
    if word_bytes.len() > text_bytes.len() {
        return false;
    }
    let last_start = text_bytes.len() - word_bytes.len();
    memchr::memchr2_iter(
        first,
        first.to_ascii_uppercase(),
        &text_bytes[..=last_start],
    )
    .any(|at| text_bytes[at..at + word_bytes.len()].eq_ignore_ascii_case(word_bytes))
}

/// All tags used by the chronology's events, sorted.
pub fn all_tags(chronology: &Chronology) -> Vec<String> {
    let tags: Vec<&String> = chronology
        .events
        .iter()
        .flat_map(|event| &event.tags)
        .collect();
    let mut sorted = super::reordered(
        tags.clone(),
        &super::sorted_positions(tags.len(), &|a, b| tags[a].cmp(tags[b])),
    );
    sorted.dedup();
    sorted.into_iter().cloned().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chronology::parse_chronology;

    fn chronology() -> Chronology {
        parse_chronology(
            r#"{"format_version": 1,
              "sources": [{"id": "s", "publisher": "Kyiv Independent"}],
              "events": [
                {"id": "a", "start": "2025-06-26", "lane": "exchange", "title": "Swap", "tags": ["Istanbul"]},
                {"id": "b", "start": "2025-07", "lane": "talks", "title": "Talks", "summary": "In ISTANBUL",
                 "claim": {"claimed_by": "Russia", "disputed_by": "Ukraine"}},
                {"id": "c", "start": "2024-01-03", "end": "2025-01-05", "lane": "frontline", "title": "Siege",
                 "location": "Харків", "sources": ["s"]},
                {"id": "d", "start": "2026", "lane": "other", "title": "Later", "tags": ["other-tag"]}]}"#,
        )
        .unwrap()
        .chronology
    }

    fn ids(chronology: &Chronology, filter: &EventFilter) -> Vec<String> {
        filter
            .apply(chronology)
            .into_iter()
            .map(|i| chronology.events[i].id.clone())
            .collect()
    }

    #[test]
    fn each_criterion_narrows_the_set() {
        let chronology = chronology();
        let all = EventFilter::default();
        assert!(all.is_empty());
        assert_eq!(ids(&chronology, &all), ["c", "a", "b", "d"]);
        let lanes = EventFilter {
            hidden_lanes: ["talks".to_owned(), "other".to_owned()].into(),
            ..all.clone()
        };
        assert_eq!(ids(&chronology, &lanes), ["c", "a"]);
        let text = EventFilter {
            text: "istanbul".into(),
            ..all.clone()
        };
        assert_eq!(
            ids(&chronology, &text),
            ["a", "b"],
            "tags and summary, any case"
        );
        let cyrillic = EventFilter {
            text: "харків kyiv".into(),
            ..all.clone()
        };
        assert_eq!(ids(&chronology, &cyrillic), ["c"], "location and publisher");
        let range = EventFilter {
            from: EventDate::parse("2025-01").ok(),
            to: EventDate::parse("2025-06-26").ok(),
            ..all.clone()
        };
        assert_eq!(
            ids(&chronology, &range),
            ["c", "a"],
            "ranges overlap the window"
        );
        let tags = EventFilter {
            tags: ["other-tag".to_owned()].into(),
            ..all.clone()
        };
        assert_eq!(ids(&chronology, &tags), ["d"]);
        assert_eq!(all_tags(&chronology), ["Istanbul", "other-tag"]);
        let contested = EventFilter {
            contested_only: true,
            ..all
        };
        assert_eq!(ids(&chronology, &contested), ["b"]);
    }

    #[test]
    fn withdrawn_events_are_left_out_until_asked_for_and_removed_ones_stay() {
        let mut chronology = parse_chronology(
            r#"{"format_version": 1, "events": [
              {"id": "a", "start": "2025-06-01", "lane": "talks", "title": "A", "withdrawn": true},
              {"id": "b", "start": "2025-06-02", "lane": "talks", "title": "B", "withdrawn": "Duplicate"},
              {"id": "c", "start": "2025-06-03", "lane": "talks", "title": "C", "withdrawn": false},
              {"id": "d", "start": "2025-06-04", "lane": "talks", "title": "D"}]}"#,
        )
        .unwrap()
        .chronology;
        chronology.events[3].set_standing(EventStanding::Removed);
        assert_eq!(ids(&chronology, &EventFilter::default()), ["c", "d"]);
        let all = EventFilter {
            show_withdrawn: true,
            ..EventFilter::default()
        };
        assert_eq!(ids(&chronology, &all), ["a", "b", "c", "d"]);
    }

    #[test]
    fn search_ignores_letter_case_in_any_script() {
        assert!(contains_folded("Talks in ISTANBUL", "istanbul"));
        assert!(contains_folded("Обмін полоненими у ХАРКОВІ", "харкові"));
        assert!(contains_folded("x", ""));
        assert!(!contains_folded("abc", "abcd"));
        assert!(!contains_folded("Sumy", "sumy region"));
        assert!(contains_folded("aaab", "aab"));
    }
}
