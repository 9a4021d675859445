//! The sources index: every source with the events that cite it.

use super::model::Chronology;

/// One source and the events that cite it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceEntry {
    /// Index into the chronology's sources.
    pub source: usize,
    /// Indices into the chronology's events, in time order.
    pub cited_by: Vec<usize>,
}

/// Every source whose publisher contains `publisher` (any case; empty matches all), sorted by
/// publisher then id, each with the events that cite it.
///
/// # Example
/// ```
/// use chronoline::chronology::{parse_chronology, sources_index};
/// let chronology = parse_chronology(r#"{"format_version": 1,
///   "sources": [{"id": "b", "publisher": "Reuters"}, {"id": "a", "publisher": "AFP"}],
///   "events": [{"id": "e", "start": "2025-06-26", "lane": "talks", "title": "T", "sources": ["a", "b"]}]}"#)
///   .unwrap().chronology;
/// let index = sources_index(&chronology, "");
/// assert_eq!(chronology.sources[index[0].source].publisher, "AFP");
/// assert_eq!(index[0].cited_by, [0]);
/// assert_eq!(sources_index(&chronology, "reut").len(), 1);
/// ```
pub fn sources_index(chronology: &Chronology, publisher: &str) -> Vec<SourceEntry> {
    let wanted = super::lower_case(publisher.trim());
    let entries: Vec<SourceEntry> = chronology
        .sources
        .iter()
        .enumerate()
        .filter(|(_, source)| {
            wanted.is_empty() || super::lower_case(&source.publisher).contains(&wanted)
        })
        .map(|(source, _)| SourceEntry {
            source,
            cited_by: chronology
                .cited_by(source)
                .iter()
                .map(|&event| event as usize)
                .collect(),
        })
        .collect();
    let keys: Vec<(String, &str)> = entries
        .iter()
        .map(|entry| {
            let source = &chronology.sources[entry.source];
            (super::lower_case(&source.publisher), source.id.as_str())
        })
        .collect();
    let order = super::sorted_positions(entries.len(), &|a, b| keys[a].cmp(&keys[b]));
    super::reordered(entries, &order)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chronology::parse_chronology;

    #[test]
    fn each_source_lists_its_citing_events_in_time_order_and_uncited_ones_stay() {
        let chronology = parse_chronology(
            r#"{"format_version": 1,
              "sources": [{"id": "s", "publisher": "Kyiv Independent"}, {"id": "u", "publisher": "Unused"}],
              "events": [
                {"id": "late", "start": "2025-07-01", "lane": "talks", "title": "T", "sources": ["s"]},
                {"id": "early", "start": "2025-06-01", "lane": "talks", "title": "T", "sources": ["s", "s"]}]}"#,
        )
        .unwrap()
        .chronology;
        let index = sources_index(&chronology, "");
        assert_eq!(index.len(), 2);
        let cited: Vec<&str> = index[0]
            .cited_by
            .iter()
            .map(|&i| chronology.events[i].id.as_str())
            .collect();
        assert_eq!(cited, ["early", "late"]);
        assert!(index[1].cited_by.is_empty());
        assert!(sources_index(&chronology, "KYIV").len() == 1);
        assert!(sources_index(&chronology, "nobody").is_empty());
    }
}
