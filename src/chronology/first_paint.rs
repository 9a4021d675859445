//! What the page can draw of a chronology before the app has loaded. The build draws the
//! bundled chronology's title, description and a placeholder of the viewer into index.html
//! (`scripts/first-paint.mjs`), so that the first paint already has them; the placeholder's
//! boxes must be the boxes the app then draws. Some of what decides them only reading the
//! document tells: how many events show, whether a problem list comes first, how many rows
//! each lane takes, the tags, the span "fit all" shows. [`FirstPaintFacts`] are those facts;
//! `cargo run --example first_paint_facts` writes them beside the document, and the build
//! uses them only for the document they were made from.

use serde::Serialize;

use super::{
    all_tags, lane_class, parse_chronology, EventDate, EventFilter, LoadError, TimeScale,
    TrackIndex, ViewLimits,
};

/// The facts about a chronology document that the page's first paint needs.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FirstPaintFacts {
    /// [`document_hash`] of the document the facts are about.
    pub document: String,
    /// How many events the viewer shows.
    pub events: usize,
    /// Problems that leave out an event, a source or a lane, or ignore a value.
    pub errors: usize,
    /// Warnings for editors.
    pub warnings: usize,
    /// The lanes, in the document's order.
    pub lanes: Vec<FirstPaintLane>,
    /// The tags the filters offer, in their order.
    pub tags: Vec<String>,
    /// The first and the last day the timeline shows at "fit all" (ISO 8601 dates).
    pub fit_all: [String; 2],
    /// When the document was last updated, as it says (the page writes it under the
    /// description).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
}

/// A lane as the timeline draws it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FirstPaintLane {
    /// Its label.
    pub label: String,
    /// Its look (colour and shape): the class `lane_class` gives it.
    pub class: &'static str,
    /// How many rows of marks it takes with no filter.
    pub rows: usize,
}

impl FirstPaintFacts {
    /// Reads `document` (a chronology in the event format) and notes the facts, as the app
    /// would see them on opening it with no filter.
    ///
    /// # Errors
    /// The [`LoadError`] of a document that cannot be read at all.
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::FirstPaintFacts;
    /// let facts = FirstPaintFacts::of(r#"{"format_version": 1, "title": "Talks",
    ///   "lanes": [{"id": "talks", "label": "Talks"}],
    ///   "events": [
    ///     {"id": "a", "start": "2025-06-26", "lane": "talks", "title": "A", "sources": []},
    ///     {"id": "b", "start": "2025-06-26", "lane": "talks", "title": "B", "sources": []}]}"#)
    ///     .unwrap();
    /// assert_eq!(facts.events, 2);
    /// assert_eq!((facts.lanes[0].label.as_str(), facts.lanes[0].rows), ("Talks", 2));
    /// // The day and a small margin on either side.
    /// assert_eq!(facts.fit_all, ["2025-06-25".to_owned(), "2025-06-27".to_owned()]);
    /// ```
    pub fn of(document: &str) -> Result<FirstPaintFacts, LoadError> {
        let report = parse_chronology(document)?;
        let chronology = &report.chronology;
        let shown = EventFilter::default().apply(chronology);
        let layout = TrackIndex::build(
            &chronology.events,
            &shown,
            |event| chronology.lane_index(&event.lane).unwrap_or(0),
            chronology.lanes.len(),
        );
        let lanes = chronology
            .lanes
            .iter()
            .enumerate()
            .map(|(index, lane)| FirstPaintLane {
                label: lane.label.clone(),
                class: lane_class(index),
                rows: layout.rows_in_lane(index),
            })
            .collect();
        // The width does not change the span, only how it is drawn.
        let fit = TimeScale::fit(&ViewLimits::for_events(&chronology.events), 1000.0);
        let day = |moment| EventDate::day_of(moment).to_string();
        let counts = report.counts;
        Ok(FirstPaintFacts {
            document: document_hash(document.as_bytes()),
            events: shown.len(),
            errors: counts.total() - counts.warnings,
            warnings: counts.warnings,
            lanes,
            tags: all_tags(chronology),
            fit_all: [day(fit.start()), day(fit.end())],
            updated: chronology.about.updated.map(|updated| updated.to_string()),
        })
    }

    /// The facts as the JSON file the build reads, ending with a newline.
    pub fn to_json(&self) -> String {
        let json = serde_json::to_string_pretty(self).unwrap_or_default();
        json + "\n"
    }
}

/// Names a document by its bytes: FNV-1a, 64 bits, in hexadecimal. The build computes the
/// same of the file it copies and ignores facts about any other. (A check that the facts
/// are current, not a defence: nothing is trusted on it.)
///
/// # Example
/// ```
/// use chronoline::chronology::document_hash;
/// assert_eq!(document_hash(b""), "fnv1a64:cbf29ce484222325");
/// assert_eq!(document_hash(b"a"), "fnv1a64:af63dc4c8601ec8c");
/// ```
pub fn document_hash(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("fnv1a64:{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chronology::{LANE_GEOMETRY, MAX_ROWS_PER_LANE};

    /// The placeholder draws lanes with the timeline's sizes: style/first_paint.css names
    /// them as custom properties, and has a class for every number of rows a lane can take.
    #[test]
    fn the_placeholder_stylesheet_has_the_timeline_sizes() {
        let css = include_str!("../../style/first_paint.css");
        for (property, value) in [
            ("--first-paint-axis", LANE_GEOMETRY.axis),
            ("--first-paint-lane-label", LANE_GEOMETRY.label),
            ("--first-paint-row", LANE_GEOMETRY.row),
            ("--first-paint-lane-padding", LANE_GEOMETRY.padding),
        ] {
            assert!(
                css.contains(&format!("{property}: {value}px;")),
                "{property}"
            );
        }
        for rows in 1..=MAX_ROWS_PER_LANE {
            assert!(
                css.contains(&format!(
                    ".first-paint-lane.rows-{rows} {{ --rows: {rows}; }}"
                )),
                "rows-{rows}"
            );
        }
        assert!(!css.contains(&format!("rows-{}", MAX_ROWS_PER_LANE + 1)));
    }

    #[test]
    fn problems_are_counted_apart_from_warnings() {
        let facts = FirstPaintFacts::of(
            r#"{"format_version": 1, "events": [
              {"id": "a", "start": "2025-02-30", "lane": "talks", "title": "A"},
              {"id": "b", "start": "2025-03-01", "lane": "talks", "title": "B"}]}"#,
        )
        .unwrap();
        assert_eq!(facts.events, 1);
        assert!(facts.errors >= 1, "{facts:?}");
        assert!(facts.warnings >= 1, "an event without sources: {facts:?}");
    }
}
