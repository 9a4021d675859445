//! The chronology as the viewer holds it once parsed and validated: the whole document and
//! its lookups by id. An event and the values it carries are in `event.rs`, a source and
//! its values in `source.rs`; they are named here too, so the whole model is `model::…`.
//!
//! Every value here has passed validation: dates exist, ends follow starts, lanes and
//! source references resolve, links are http(s) or mailto. Views can render these types
//! without checking again.

use serde::Serialize;

use super::date::EventDate;

pub use super::event::{Claim, Confidence, Figure, FigureValue, Lane, Location, TimelineEvent};
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
    /// Lookups by id, built by [`Chronology::new`] from the lists above.
    #[serde(skip)]
    index: ChronologyIndex,
}

/// Positions by id, and the reverse citation index; derived from the lists, so two
/// chronologies with equal lists have equal indexes.
///
/// A lookup by id is a binary search over `(hash of id, position)` pairs sorted by hash, then
/// id: the search runs over a compact array (fast at 100,000 ids), copies no id, and stays
/// O(log n) even for ids an adversary made collide, because equal hashes fall back to
/// comparing the ids themselves. "Which events cite source `s`" is
/// `citing[cited_from[s]..cited_from[s + 1]]`: two vectors for any number of sources.
#[derive(Clone, Debug, Default)]
struct ChronologyIndex {
    lanes: Vec<(u32, u32)>,
    sources: Vec<(u32, u32)>,
    events: Vec<(u32, u32)>,
    cited_from: Vec<u32>,
    citing: Vec<u32>,
    /// Each event's sources that exist, as positions: `cites[cites_from[e]..cites_from[e + 1]]`.
    cites_from: Vec<u32>,
    cites: Vec<u32>,
}

/// A 32-bit FNV-1a hash of an id: fast and the same everywhere.
fn id_hash(id: &str) -> u32 {
    id.bytes().fold(0x811c_9dc5, |hash, byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    })
}

/// `(hash, position)` for positions `0..count`, sorted by hash, id, then position (so the
/// first of equal ids is found).
fn by_id<'a>(count: usize, id_at: &dyn Fn(usize) -> &'a str) -> Vec<(u32, u32)> {
    let mut pairs: Vec<(u32, u32)> = (0..count)
        .map(|at| (id_hash(id_at(at)), at as u32))
        .collect();
    pairs.sort_unstable_by(|a, b| {
        a.0.cmp(&b.0)
            .then_with(|| id_at(a.1 as usize).cmp(id_at(b.1 as usize)))
            .then(a.1.cmp(&b.1))
    });
    pairs
}

/// The first position in `sorted` (see [`by_id`]) whose id is `id`.
fn find<'a>(sorted: &[(u32, u32)], id: &str, id_at: &dyn Fn(usize) -> &'a str) -> Option<usize> {
    let hash = id_hash(id);
    let at = sorted.partition_point(|&(other, position)| {
        other < hash || (other == hash && id_at(position as usize) < id)
    });
    let (other, position) = *sorted.get(at)?;
    (other == hash && id_at(position as usize) == id).then_some(position as usize)
}

impl PartialEq for ChronologyIndex {
    fn eq(&self, _: &ChronologyIndex) -> bool {
        true
    }
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
}

/// Sorts events by (start, precision, id) without a second copy of them: the keys are
/// computed once, sorted as indices, and the events moved into place by following cycles.
/// Returns the order: the event now at `i` was at `order[i]`.
fn sort_by_start(events: &mut [TimelineEvent]) -> Vec<u32> {
    let mut order: Vec<(i64, super::date::DatePrecision, u32)> = events
        .iter()
        .enumerate()
        .map(|(index, event)| {
            (
                event.start.earliest_ms(),
                event.start.precision(),
                index as u32,
            )
        })
        .collect();
    order.sort_unstable_by(|a, b| {
        (a.0, a.1)
            .cmp(&(b.0, b.1))
            .then_with(|| events[a.2 as usize].id.cmp(&events[b.2 as usize].id))
            .then(a.2.cmp(&b.2))
    });
    // `order[i]` names the event that belongs at `i`; apply it in place.
    let order: Vec<u32> = order.into_iter().map(|(_, _, index)| index).collect();
    let mut target = order.clone();
    for start in 0..target.len() {
        let mut at = start;
        while target[at] as usize != start {
            let from = target[at] as usize;
            events.swap(at, from);
            target[at] = at as u32;
            at = from;
        }
        target[at] = at as u32;
    }
    order
}

/// Each event's cited sources as positions in the sources, in the events' order as read:
/// what a reader that already checked every citation hands to
/// [`Chronology::with_citations`], so no citation is looked up twice.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Citations {
    from: Vec<u32>,
    sources: Vec<u32>,
}

impl Default for Citations {
    fn default() -> Citations {
        Citations {
            from: vec![0],
            sources: Vec::new(),
        }
    }
}

impl Citations {
    /// Adds the next event's cited sources.
    pub(crate) fn add(&mut self, sources: &[u32]) {
        self.sources.extend_from_slice(sources);
        self.from.push(self.sources.len() as u32);
    }

    fn of(&self, event: usize) -> &[u32] {
        match (self.from.get(event), self.from.get(event + 1)) {
            (Some(&from), Some(&to)) => &self.sources[from as usize..to as usize],
            _ => &[],
        }
    }
}

impl Chronology {
    /// A chronology of these parts, with its events sorted by when they start (coarser
    /// precision first on ties, then by id, so every view lists them in one order) and its
    /// lookups built. When two lanes, sources or events share an id, lookups find the first.
    ///
    /// # Example
    /// ```
    /// use chronoline::timeline::{parse_chronology, Chronology};
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
        let lanes_by_id = by_id(lanes.len(), &|at| &lanes[at].id);
        let sources_by_id = by_id(sources.len(), &|at| &sources[at].id);
        let events_by_id = by_id(events.len(), &|at| &events[at].id);
        // Each event's sources as positions, then counted per source, then laid out.
        let mut cited: Vec<(u32, u32)> = Vec::new();
        let mut cites_from = Vec::with_capacity(events.len() + 1);
        cites_from.push(0u32);
        for (position, event) in events.iter().enumerate() {
            match &citations {
                Some(citations) => {
                    let read_at = order[position] as usize;
                    for &source in citations.of(read_at) {
                        cited.push((source, position as u32));
                    }
                }
                None => {
                    for id in &event.sources {
                        if let Some(source) = find(&sources_by_id, id, &|at| &sources[at].id) {
                            cited.push((source as u32, position as u32));
                        }
                    }
                }
            }
            cites_from.push(cited.len() as u32);
        }
        let cites: Vec<u32> = cited.iter().map(|&(source, _)| source).collect();
        let mut cited_from = vec![0u32; sources.len() + 1];
        for &(source, _) in &cited {
            cited_from[source as usize + 1] += 1;
        }
        for source in 0..sources.len() {
            cited_from[source + 1] += cited_from[source];
        }
        let mut next = cited_from.clone();
        let mut citing = vec![0u32; cited.len()];
        for (source, event) in cited {
            let slot = &mut next[source as usize];
            // Events come in order, so a repeated citation is the last one added.
            if *slot > cited_from[source as usize] && citing[*slot as usize - 1] == event {
                continue;
            }
            citing[*slot as usize] = event;
            *slot += 1;
        }
        // Repeated citations left gaps at the end of their source's run: close them.
        let mut write = 0usize;
        for source in 0..sources.len() {
            let (from, to) = (cited_from[source] as usize, next[source] as usize);
            cited_from[source] = write as u32;
            citing.copy_within(from..to, write);
            write += to - from;
        }
        cited_from[sources.len()] = write as u32;
        citing.truncate(write);
        Chronology {
            format_version: FORMAT_VERSION,
            about,
            lanes,
            sources,
            events,
            index: ChronologyIndex {
                lanes: lanes_by_id,
                sources: sources_by_id,
                events: events_by_id,
                cited_from,
                citing,
                cites_from,
                cites,
            },
        }
    }

    /// The lane with this id.
    pub fn lane(&self, id: &str) -> Option<&Lane> {
        self.lanes.get(self.lane_index(id)?)
    }

    /// The position of a lane in display order, used to pick its colour and shape.
    pub fn lane_index(&self, id: &str) -> Option<usize> {
        find(&self.index.lanes, id, &|at| &self.lanes[at].id)
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
        find(&self.index.sources, id, &|at| &self.sources[at].id)
    }

    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&TimelineEvent> {
        self.events.get(self.event_index(id)?)
    }

    /// The position of the event with this id in [`Chronology::events`].
    pub fn event_index(&self, id: &str) -> Option<usize> {
        find(&self.index.events, id, &|at| &self.events[at].id)
    }

    /// The sources the event at `event` (a position in [`Chronology::events`]) cites, in its
    /// order, without ids that name no source.
    pub fn sources_of(&self, event: usize) -> impl Iterator<Item = &Source> + '_ {
        let index = &self.index;
        let range = match (index.cites_from.get(event), index.cites_from.get(event + 1)) {
            (Some(&from), Some(&to)) => from as usize..to as usize,
            _ => 0..0,
        };
        index.cites[range]
            .iter()
            .filter_map(|&source| self.sources.get(source as usize))
    }

    /// The events citing the source at `source` (a position in [`Chronology::sources`]), as
    /// positions in [`Chronology::events`], in time order, each once.
    pub fn cited_by(&self, source: usize) -> &[u32] {
        match (
            self.index.cited_from.get(source),
            self.index.cited_from.get(source + 1),
        ) {
            (Some(&from), Some(&to)) => &self.index.citing[from as usize..to as usize],
            _ => &[],
        }
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
