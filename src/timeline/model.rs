//! The chronology as the viewer holds it once parsed and validated. An event and the values
//! it carries are in `event.rs`, named here too, so the whole model is `model::…`.
//!
//! Every value here has passed validation: dates exist, ends follow starts, lanes and
//! source references resolve, links are http(s) or mailto. Views can render these types
//! without checking again.

use std::ops::Range;
use std::sync::Arc;

use serde::Serialize;

use super::address::host_of;
use super::date::EventDate;
use super::messages::quoted;
use super::passage::find_passages;

pub use super::event::{Claim, Confidence, Figure, FigureValue, Lane, Location, TimelineEvent};

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

/// A published text that reports one or more events.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Source {
    /// Identifier events cite.
    pub id: String,
    /// Who published it, like `"Dawn (AFP)"`.
    pub publisher: String,
    /// Title as published.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// Set when the title was not shown in the copy read and had to be inferred.
    #[serde(skip_serializing_if = "is_false")]
    pub title_inferred: bool,
    /// Where to read it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<SafeUrl>,
    /// When it was published, at the precision known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<EventDate>,
    /// What is known of the publication date when it is not a date ("unknown").
    #[serde(skip_serializing_if = "String::is_empty")]
    pub published_note: String,
    /// The passage that supports the event, verbatim.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<Quote>,
    /// The full text of the source, when the data set carries it; shared, never copied per
    /// view.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<Arc<str>>,
    /// Where `quote` occurs in `text`, as byte ranges (see [`Source::locate_quote`]); found
    /// once when the source is read, used by the link, the warning and the reader.
    #[serde(skip)]
    pub passages: Arc<[Range<usize>]>,
    /// Whether it reports first-hand or passes on others' reporting.
    #[serde(skip_serializing_if = "SourceKind::is_original")]
    pub kind: SourceKind,
}

fn is_false(value: &bool) -> bool {
    !value
}

/// Whether a source reports first-hand or passes on others' reporting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SourceKind {
    /// Its own reporting (the default).
    #[default]
    Original,
    /// An aggregator summarizing others' reports.
    Aggregator,
    /// A copy of someone else's story (a forum post, a syndication site).
    Repost,
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

impl Source {
    /// Finds the quote in the text once and keeps the places in [`Source::passages`]
    /// (none when either is missing).
    pub fn locate_quote(&mut self) {
        self.passages = match (&self.text, &self.quote) {
            (Some(text), Some(quote)) => find_passages(text, &quote.exact).into(),
            _ => Arc::default(),
        };
    }

    /// The host of the source's address, as a URL parser reads it (never the user-info part
    /// before an `@`); `None` for mail links or without an address.
    pub fn host(&self) -> Option<String> {
        self.url.as_ref().and_then(|url| host_of(url.as_str()))
    }
}

words!(SourceKind {
    Original => "original",
    Aggregator => "aggregator",
    Repost => "repost",
});

/// Written as its word.
impl Serialize for SourceKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl SourceKind {
    /// Whether this is first-hand reporting.
    pub fn is_original(&self) -> bool {
        *self == SourceKind::Original
    }
}

/// A verbatim passage of a source, with optional context to find it unambiguously.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// The exact words.
    pub exact: String,
    /// Words right before the passage, to tell repeated passages apart.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub prefix: String,
    /// Words right after the passage.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub suffix: String,
}

/// A link that is safe to put in an `href`: `http:`, `https:` or `mailto:`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct SafeUrl(String);

impl SafeUrl {
    /// Accepts a URL only when its scheme is http, https or mailto and it has no spaces or
    /// control characters.
    ///
    /// # Errors
    /// Returns the reason as text when the link is refused.
    ///
    /// # Example
    /// ```
    /// use chronoline::timeline::SafeUrl;
    /// assert!(SafeUrl::parse("https://example.org/a?b=c").is_ok());
    /// assert!(SafeUrl::parse("javascript:alert(1)").is_err());
    /// ```
    pub fn parse(text: &str) -> Result<SafeUrl, String> {
        let text = text.trim();
        if text.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(format!(
                "{q_text} is not a link: it contains spaces",
                q_text = quoted(text)
            ));
        }
        // The scheme in any letter case, without copying the link.
        let after = |scheme: &str| {
            text.get(..scheme.len())
                .filter(|head| head.eq_ignore_ascii_case(scheme))
                .map(|_| &text[scheme.len()..])
        };
        let has_host = |rest: &str| {
            rest.split(['/', '?', '#'])
                .next()
                .is_some_and(|host| !host.is_empty())
        };
        let accepted = if let Some(rest) = after("https://") {
            has_host(rest)
        } else if let Some(rest) = after("http://") {
            has_host(rest)
        } else if let Some(rest) = after("mailto:") {
            rest.contains('@')
        } else {
            false
        };
        if accepted {
            Ok(SafeUrl(text.to_owned()))
        } else {
            Err(format!(
                "{q_text} is not an http(s) or mailto link, so it is not shown",
                q_text = quoted(text)
            ))
        }
    }

    /// The link as text.
    pub fn as_str(&self) -> &str {
        &self.0
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
    fn only_web_and_mail_links_are_safe() {
        for good in [
            "https://kyivindependent.com/a?b=1#c",
            "HTTP://example.org",
            "mailto:desk@example.org",
        ] {
            assert!(SafeUrl::parse(good).is_ok(), "{good}");
        }
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,<script>",
            "vbscript:x",
            "//example.org",
            "https://",
            "https:///path",
            "ftp://example.org",
            "https://exa mple.org",
            "mailto:nobody",
            "",
        ] {
            assert!(SafeUrl::parse(bad).is_err(), "{bad}");
        }
    }

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

    #[test]
    fn a_source_host_is_what_a_browser_would_visit_never_the_user_info() {
        let source = |url: &str| Source {
            id: "s".into(),
            publisher: "P".into(),
            title: String::new(),
            title_inferred: false,
            url: SafeUrl::parse(url).ok(),
            published: None,
            published_note: String::new(),
            quote: None,
            text: None,
            passages: Arc::default(),
            kind: SourceKind::Original,
        };
        assert_eq!(
            source("https://www.reuters.com@evil.test/world")
                .host()
                .as_deref(),
            Some("evil.test")
        );
        assert_eq!(
            source("HTTPS://Kyivindependent.com:443/a")
                .host()
                .as_deref(),
            Some("kyivindependent.com")
        );
        assert_eq!(source("mailto:desk@example.org").host(), None);
    }
}
