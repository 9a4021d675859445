//! The chronology as the viewer holds it once parsed and validated: the whole document and
//! its lookups by id (the order and the index behind them are built in
//! `chronology_index.rs`). An event and the values it carries are in `event.rs`, a source and
//! its values in `source.rs`; they are named here too, so the whole model is `model::…`.
//!
//! Every value here has passed validation: dates exist, ends follow starts, lanes and
//! source references resolve, links are http(s) or mailto. Views can render these types
//! without checking again.

use serde::Serialize;

use super::chronology_index::{sort_by_start, ChronologyIndex, Citations};
use super::date::EventDate;
use super::live::LiveOptions;
use super::translations::Translations;

pub use super::event::{
    Claim, Confidence, Era, EventExtras, EventStanding, Figure, FigureValue, Lane, Location,
    TimelineEvent,
};
pub use super::source::{Quote, SafeUrl, Source, SourceKind};

/// The version of the event format this crate reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// A whole chronology document: what it is, its lanes, its sources and its events.
///
/// Build it with [`Chronology::new`], which sorts the events and indexes lanes, sources and
/// events by id once, so that every lookup by id — and "which events cite this source" —
/// costs the same at 100,000 events as at 10.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Chronology {
    /// Always [`FORMAT_VERSION`] once parsed.
    pub format_version: u32,
    /// Title, description and provenance of the document.
    #[serde(flatten)]
    pub about: DocumentInfo,
    /// The categories events belong to, in display order.
    pub lanes: Vec<Lane>,
    /// Sources cited by events, each cited by its `id`.
    pub sources: Vec<Source>,
    /// The events, sorted by start (see [`Chronology::new`]).
    pub events: Vec<TimelineEvent>,
    /// Named periods drawn behind the events, in the document's order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub eras: Vec<Era>,
    /// Lookups by id, built by [`Chronology::new`] from the lists above.
    #[serde(skip)]
    index: ChronologyIndex,
}

/// Title, description and provenance of a chronology document.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DocumentInfo {
    /// Title shown above the timeline and in the browser tab.
    pub title: String,
    /// One or two sentences on scope and method.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// BCP 47 language tag of the event texts, like `"en"`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub language: String,
    /// Who compiled the chronology.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub publisher: String,
    /// When the document was last updated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated: Option<EventDate>,
    /// Whether readers' pages should check the document again, and how often.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub live: Option<LiveOptions>,
    /// The title and description in every language the document gives them in, when more
    /// than one.
    #[serde(skip)]
    pub translations: Option<Box<Translations>>,
}

impl Chronology {
    /// A chronology of these parts, with its events sorted by when they start (coarser
    /// precision first on ties, then by id, so every view lists them in one order) and its
    /// lookups built. When two lanes, sources or events share an id, lookups find the first.
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::{parse_chronology, Chronology};
    /// let parsed = parse_chronology(r#"{"format_version": 1,
    ///   "sources": [{"id": "s", "publisher": "AFP"}],
    ///   "events": [{"id": "b", "start": "2025-07", "lane": "talks", "title": "B", "sources": ["s"]},
    ///              {"id": "a", "start": "2025-06-26", "lane": "talks", "title": "A", "sources": ["s"]}]}"#)
    ///   .unwrap().chronology;
    /// let c = Chronology::new(parsed.about.clone(), parsed.lanes.clone(), parsed.sources.clone(), parsed.events.clone());
    /// assert_eq!(c.events[0].id, "a");
    /// assert_eq!(c.event_index("b"), Some(1));
    /// assert_eq!(c.lane_badge(&c.events[0]), (1, "Talks and diplomacy"));
    /// assert_eq!(c.cited_by(0), [0, 1]);
    /// assert_eq!(c.sources_of(1).map(|s| s.publisher.as_str()).collect::<Vec<_>>(), ["AFP"]);
    /// ```
    pub fn new(
        about: DocumentInfo,
        lanes: Vec<Lane>,
        sources: Vec<Source>,
        events: Vec<TimelineEvent>,
    ) -> Chronology {
        Chronology::build(about, lanes, sources, events, None)
    }

    /// As [`Chronology::new`], with each event's sources already resolved (in the order the
    /// events are given).
    pub(crate) fn with_citations(
        about: DocumentInfo,
        lanes: Vec<Lane>,
        sources: Vec<Source>,
        events: Vec<TimelineEvent>,
        citations: Citations,
    ) -> Chronology {
        Chronology::build(about, lanes, sources, events, Some(citations))
    }

    fn build(
        about: DocumentInfo,
        lanes: Vec<Lane>,
        sources: Vec<Source>,
        mut events: Vec<TimelineEvent>,
        citations: Option<Citations>,
    ) -> Chronology {
        let order = sort_by_start(&mut events);
        let index = ChronologyIndex::new(&lanes, &sources, &events, &order, citations);
        Chronology {
            format_version: FORMAT_VERSION,
            about,
            lanes,
            sources,
            events,
            eras: Vec::new(),
            index,
        }
    }

    /// This chronology with these eras.
    pub fn with_eras(mut self, eras: Vec<Era>) -> Chronology {
        self.eras = eras;
        self
    }

    /// The lane with this id.
    pub fn lane(&self, id: &str) -> Option<&Lane> {
        self.lanes.get(self.lane_index(id)?)
    }

    /// The position of a lane in display order, used to pick its colour and shape.
    pub fn lane_index(&self, id: &str) -> Option<usize> {
        self.index.lane(&self.lanes, id)
    }

    /// How an event's lane is shown: its position (which picks colour and shape) and its
    /// label — the first lane and the bare id for a lane the chronology does not define.
    pub fn lane_badge<'a>(&'a self, event: &'a TimelineEvent) -> (usize, &'a str) {
        match self.lane_index(&event.lane) {
            Some(index) => (index, self.lanes[index].label.as_str()),
            None => (0, event.lane.as_str()),
        }
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.get(self.source_index(id)?)
    }

    /// The position of the source with this id in [`Chronology::sources`].
    pub fn source_index(&self, id: &str) -> Option<usize> {
        self.index.source(&self.sources, id)
    }

    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&TimelineEvent> {
        self.events.get(self.event_index(id)?)
    }

    /// The event a link's `event=` names: the event with that id, or for `latest` (when no
    /// event has that id) the most recent event — the last to start.
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::parse_chronology;
    /// let chronology = parse_chronology(r#"{"format_version": 1, "events": [
    ///   {"id": "b", "start": "2025-07-01", "lane": "talks", "title": "B"},
    ///   {"id": "a", "start": "2025-06-26", "lane": "talks", "title": "A"}]}"#).unwrap().chronology;
    /// assert_eq!(chronology.linked_event("latest").map(|e| e.id.as_str()), Some("b"));
    /// assert_eq!(chronology.linked_event("a").map(|e| e.id.as_str()), Some("a"));
    /// assert!(chronology.linked_event("nope").is_none());
    /// ```
    pub fn linked_event(&self, id: &str) -> Option<&TimelineEvent> {
        match self.event(id) {
            None if id == super::url_state::LATEST_EVENT => self.events.last(),
            found => found,
        }
    }

    /// The position of the event with this id in [`Chronology::events`].
    pub fn event_index(&self, id: &str) -> Option<usize> {
        self.index.event(&self.events, id)
    }

    /// The sources the event at `event` (a position in [`Chronology::events`]) cites, in its
    /// order, without ids that name no source.
    pub fn sources_of(&self, event: usize) -> impl Iterator<Item = &Source> + '_ {
        self.index
            .sources_of(event)
            .iter()
            .filter_map(|&source| self.sources.get(source as usize))
    }

    /// The events citing the source at `source` (a position in [`Chronology::sources`]), as
    /// positions in [`Chronology::events`], in time order, each once.
    pub fn cited_by(&self, source: usize) -> &[u32] {
        self.index.cited_by(source)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_sort_by_start_then_precision_then_id_in_place() {
        let starts = [
            "2025-06-26",
            "2025",
            "2025-06",
            "2024-12-31",
            "2025-06-26",
            "2025-06",
        ];
        let events: Vec<TimelineEvent> = (0..60)
            .map(|i| TimelineEvent {
                id: format!("e{}", (i * 37) % 60),
                start: EventDate::parse(starts[i % starts.len()]).unwrap(),
                end: None,
                approximate: false,
                date_as_reported: None,
                lane: "talks".into(),
                title: "T".into(),
                summary: String::new(),
                tags: Vec::new(),
                location: None,
                extras: None,
                figures: Vec::new(),
                claim: None,
                sources: Vec::new(),
                confidence: None,
                notes: String::new(),
            })
            .collect();
        let mut expected = events.clone();
        expected.sort_by(|a, b| {
            (a.start.earliest_ms(), a.start.precision(), &a.id).cmp(&(
                b.start.earliest_ms(),
                b.start.precision(),
                &b.id,
            ))
        });
        let chronology = Chronology::new(
            DocumentInfo::default(),
            Lane::defaults(),
            Vec::new(),
            events,
        );
        assert_eq!(chronology.events, expected);
        assert_eq!(chronology.event_index(&expected[17].id), Some(17));
    }
}
