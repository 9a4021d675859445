//! How a chronology is put in order and indexed once, when it is built: its events sorted by
//! start in place, lookups by id that stay fast whatever the ids, and which events cite which
//! sources, both ways.

use super::event::{Lane, TimelineEvent};
use super::source::Source;

/// Positions by id, and the reverse citation index; derived from the lists, so two
/// chronologies with equal lists have equal indexes.
///
/// A lookup by id is a binary search over `(hash of id, position)` pairs sorted by hash, then
/// id: the search runs over a compact array (fast at 100,000 ids), copies no id, and stays
/// O(log n) even for ids an adversary made collide, because equal hashes fall back to
/// comparing the ids themselves. "Which events cite source `s`" is
/// `citing[cited_from[s]..cited_from[s + 1]]`: two vectors for any number of sources.
#[derive(Clone, Debug, Default)]
pub(super) struct ChronologyIndex {
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
    let hashes: Vec<u32> = (0..count).map(|at| id_hash(id_at(at))).collect();
    super::sorted_positions(count, &|a, b| {
        hashes[a]
            .cmp(&hashes[b])
            .then_with(|| id_at(a).cmp(id_at(b)))
    })
    .into_iter()
    .map(|at| (hashes[at as usize], at))
    .collect()
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

impl ChronologyIndex {
    /// The index of these lists, the events being in the order `order` gives (see
    /// [`sort_by_start`]); `citations`, when given, are each event's sources as read.
    pub(super) fn new(
        lanes: &[Lane],
        sources: &[Source],
        events: &[TimelineEvent],
        order: &[u32],
        citations: Option<Citations>,
    ) -> ChronologyIndex {
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
        ChronologyIndex {
            lanes: lanes_by_id,
            sources: sources_by_id,
            events: events_by_id,
            cited_from,
            citing,
            cites_from,
            cites,
        }
    }

    /// The position in `lanes` (those the index was built from) of the lane with this id.
    pub(super) fn lane(&self, lanes: &[Lane], id: &str) -> Option<usize> {
        find(&self.lanes, id, &|at| &lanes[at].id)
    }

    /// The position in `sources` (those the index was built from) of the source with this id.
    pub(super) fn source(&self, sources: &[Source], id: &str) -> Option<usize> {
        find(&self.sources, id, &|at| &sources[at].id)
    }

    /// The position in `events` (those the index was built from) of the event with this id.
    pub(super) fn event(&self, events: &[TimelineEvent], id: &str) -> Option<usize> {
        find(&self.events, id, &|at| &events[at].id)
    }

    /// The positions of the sources the event at `event` cites that exist, in its order.
    pub(super) fn sources_of(&self, event: usize) -> &[u32] {
        let range = match (self.cites_from.get(event), self.cites_from.get(event + 1)) {
            (Some(&from), Some(&to)) => from as usize..to as usize,
            _ => 0..0,
        };
        &self.cites[range]
    }

    /// The positions of the events citing the source at `source`, in time order, each once.
    pub(super) fn cited_by(&self, source: usize) -> &[u32] {
        match (self.cited_from.get(source), self.cited_from.get(source + 1)) {
            (Some(&from), Some(&to)) => &self.citing[from as usize..to as usize],
            _ => &[],
        }
    }
}

/// Sorts events by (start, precision, id) without a second copy of them: the keys are
/// computed once, sorted as indices, and the events moved into place by following cycles.
/// Returns the order: the event now at `i` was at `order[i]`.
pub(super) fn sort_by_start(events: &mut [TimelineEvent]) -> Vec<u32> {
    let keys: Vec<(i64, super::date::DatePrecision)> = events
        .iter()
        .map(|event| (event.start.earliest_ms(), event.start.precision()))
        .collect();
    let order = super::sorted_positions(events.len(), &|a, b| {
        keys[a]
            .cmp(&keys[b])
            .then_with(|| events[a].id.cmp(&events[b].id))
    });
    // `order[i]` names the event that belongs at `i`; apply it in place.
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
///
/// [`Chronology::with_citations`]: super::Chronology::with_citations
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
