//! Lane layout and level of detail.
//!
//! [`TrackIndex::build`] assigns each shown event a row within its lane *in time* — events
//! whose periods overlap go to different rows — so zooming never reshuffles rows. It runs
//! once per filter change. [`TrackIndex::marks`] then runs per frame: for each row it binary
//! searches the visible window and walks it in pixel buckets, so its work is proportional to
//! the screen, not to the number of events. Events closer than a mark's width merge into a
//! cluster that carries their count; every shown event is either drawn or counted.

use super::model::TimelineEvent;
use super::scale::TimeScale;
use super::time::{Moment, TimeSpan};

/// Rows a lane may use; events that fit in none share the row that frees up first (and
/// merge into clusters there when they collide on screen).
pub const MAX_ROWS_PER_LANE: usize = 3;

/// One event's place in the layout.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Placed {
    start: Moment,
    end: Moment,
    event: usize,
}

/// A lane row: events sorted by start, with the longest duration for window searches.
#[derive(Clone, Debug, Default, PartialEq)]
struct Track {
    items: Vec<Placed>,
    longest: TimeSpan,
}

/// The layout of a set of events: lane → rows → events sorted by start.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TrackIndex {
    lanes: Vec<Vec<Track>>,
}

/// What to draw at one place of one lane row.
#[derive(Clone, Debug, PartialEq)]
pub enum Mark {
    /// One event, drawn on its own.
    Event {
        /// Index into the chronology's events.
        event: usize,
        /// Lane position and row within the lane.
        lane: usize,
        row: usize,
        /// Pixel position of its start, and of its end (equal for points).
        x: f64,
        x_end: f64,
        /// Room for a label after the mark before the next mark, in pixels.
        room: f64,
        /// Its period, and where the next mark of the row starts (if any), so a view can
        /// reposition it for another scale without a new layout.
        start: Moment,
        end: Moment,
        next: Option<Moment>,
    },
    /// Several events too close to tell apart at this zoom.
    Cluster {
        lane: usize,
        row: usize,
        /// Pixel extent the cluster marker covers.
        x: f64,
        x_end: f64,
        /// How many events it stands for.
        count: usize,
        /// First and last start among them, for "zoom into the cluster".
        first: Moment,
        last: Moment,
        /// Where the cluster's extent ends (its right edge plus the gap).
        end: Moment,
        /// The first event it contains, for keyboard order.
        first_event: usize,
        /// Positions of its events in the row, for [`TrackIndex::cluster_events`].
        members: std::ops::Range<usize>,
    },
}

/// Which events a mark stands for: one event, or a cluster by its first event and its size.
/// It stays the same while the mark stands for the same events, so views can keep the
/// mark's element while the view pans.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MarkId {
    /// One event, by its position in the chronology.
    Event(usize),
    /// `count` events from the event at `first`.
    Cluster {
        /// Position of the cluster's first event.
        first: usize,
        /// How many events it stands for.
        count: usize,
    },
}

impl Mark {
    /// Lane and row of the mark.
    pub fn lane_row(&self) -> (usize, usize) {
        match *self {
            Mark::Event { lane, row, .. } | Mark::Cluster { lane, row, .. } => (lane, row),
        }
    }

    /// The moment its left edge stands for.
    pub fn start(&self) -> Moment {
        match *self {
            Mark::Event { start, .. } => start,
            Mark::Cluster { first, .. } => first,
        }
    }

    /// Which events the mark stands for; see [`MarkId`].
    pub fn id(&self) -> MarkId {
        match *self {
            Mark::Event { event, .. } => MarkId::Event(event),
            Mark::Cluster {
                first_event, count, ..
            } => MarkId::Cluster {
                first: first_event,
                count,
            },
        }
    }

    /// Left pixel edge.
    pub fn x(&self) -> f64 {
        match *self {
            Mark::Event { x, .. } | Mark::Cluster { x, .. } => x,
        }
    }
}

/// Sizes in pixels that decide when events merge and when a mark shows its label.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MarkSizes {
    /// The narrowest a cluster marker may be, including its gap. Buckets are this wide to
    /// twice this wide, depending on the zoom; an event stands alone when nothing starts
    /// within half a bucket after it. At 48 px that keeps every mark a 24 × 24 px target
    /// that no other target overlaps (WCAG 2.5.8): marks stand 24 px apart or more, and
    /// clusters, three quarters of a bucket less their gap, are 24 px wide or more.
    pub cluster: f64,
    /// From a mark's start to its label's start (the shape and the gap after it). The view
    /// hands it to CSS as `--label-offset`.
    pub label_offset: f64,
    /// The narrowest room worth showing a label in.
    pub min_label_room: f64,
}

impl Default for MarkSizes {
    fn default() -> Self {
        MarkSizes {
            cluster: 48.0,
            label_offset: 18.0,
            min_label_room: 36.0,
        }
    }
}

impl MarkSizes {
    /// Whether a mark with `room` pixels before the next one (or its own width, for a bar)
    /// has room to show its label.
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::MarkSizes;
    /// assert!(MarkSizes::default().shows_label(120.0));
    /// assert!(!MarkSizes::default().shows_label(40.0), "the shape takes 18 of the 40 px");
    /// ```
    pub fn shows_label(&self, room: f64) -> bool {
        room - self.label_offset > self.min_label_room
    }
}

impl TrackIndex {
    /// Lays out `shown` (indices into `events`, any order); `lane_of` gives an event's lane
    /// position, `lane_count` how many lanes there are.
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::{parse_chronology, TrackIndex};
    /// let events = parse_chronology(r#"{"format_version": 1, "events": [
    ///   {"id": "a", "start": "2025-06-26", "lane": "exchange", "title": "A"},
    ///   {"id": "b", "start": "2025-06-26", "lane": "exchange", "title": "B"},
    ///   {"id": "c", "start": "2025-06-27", "lane": "exchange", "title": "C"}]}"#)
    ///   .unwrap().chronology.events;
    /// let index = TrackIndex::build(&events, &[0, 1, 2], |_| 0, 1);
    /// assert_eq!(index.rows_in_lane(0), 2, "the two events of 26 June overlap");
    /// ```
    pub fn build(
        events: &[TimelineEvent],
        shown: &[usize],
        lane_of: impl Fn(&TimelineEvent) -> usize,
        lane_count: usize,
    ) -> TrackIndex {
        let placements: Vec<Placed> = shown
            .iter()
            .filter_map(|&event| {
                let item = events.get(event)?;
                let start = item.start.earliest();
                let end = item.period_end();
                Some(Placed { start, end, event })
            })
            .collect();
        let by_start = super::sorted_positions(placements.len(), &|a, b| {
            let (a, b) = (&placements[a], &placements[b]);
            a.start.total_cmp(&b.start).then(a.event.cmp(&b.event))
        });
        let mut lanes: Vec<Vec<Track>> = vec![Vec::new(); lane_count.max(1)];
        for placed in by_start.into_iter().map(|at| placements[at as usize]) {
            let Some(event) = events.get(placed.event) else {
                continue;
            };
            let lane = lane_of(event).min(lanes.len() - 1);
            let rows = &mut lanes[lane];
            let free = rows.iter().position(|track| {
                track
                    .items
                    .last()
                    .is_none_or(|last| last.end <= placed.start)
            });
            let row = match free {
                Some(row) => row,
                None if rows.len() < MAX_ROWS_PER_LANE => {
                    rows.push(Track::default());
                    rows.len() - 1
                }
                None => (0..rows.len())
                    .min_by(|&a, &b| {
                        let end = |row: usize| {
                            rows[row].items.last().map_or(Moment::default(), |p| p.end)
                        };
                        end(a).total_cmp(&end(b))
                    })
                    .unwrap_or(0),
            };
            let track = &mut rows[row];
            track.longest = track.longest.max(placed.end - placed.start);
            track.items.push(placed);
        }
        TrackIndex { lanes }
    }

    /// How many rows a lane uses (at least one).
    pub fn rows_in_lane(&self, lane: usize) -> usize {
        self.lanes.get(lane).map_or(1, |rows| rows.len().max(1))
    }

    /// How many events the layout holds.
    pub fn len(&self) -> usize {
        self.lanes
            .iter()
            .flatten()
            .map(|track| track.items.len())
            .sum()
    }

    /// Whether the layout holds no event.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The events a cluster mark stands for, as indices into the chronology's events.
    pub fn cluster_events(&self, mark: &Mark) -> Vec<usize> {
        match mark {
            Mark::Event { event, .. } => vec![*event],
            Mark::Cluster {
                lane, row, members, ..
            } => self
                .lanes
                .get(*lane)
                .and_then(|rows| rows.get(*row))
                .and_then(|track| track.items.get(members.clone()))
                .map_or_else(Vec::new, |items| items.iter().map(|p| p.event).collect()),
        }
    }

    /// The marks to draw for the visible part of `scale`: single events where there is room,
    /// clusters where there is not. Marks are ordered by lane, row, then position.
    pub fn marks(&self, scale: &TimeScale, sizes: MarkSizes) -> Vec<Mark> {
        let mut marks = Vec::new();
        let bucket = bucket_span(scale.span() * (sizes.cluster / scale.width()));
        let view_start = scale.moment_at(-sizes.cluster);
        let view_end = scale.moment_at(scale.width());
        for (lane, rows) in self.lanes.iter().enumerate() {
            for (row, track) in rows.iter().enumerate() {
                track.marks(lane, row, scale, bucket, view_start, view_end, &mut marks);
            }
        }
        marks
    }
}

/// Pixels between a cluster marker and the next mark: half a 24 px target, so the next
/// mark's target, centred on its start, does not reach under the cluster (style/timeline.css
/// draws clusters this much short of their end).
const CLUSTER_GAP: f64 = 12.0;

/// The level-of-detail bucket for a wanted width: a power-of-two number of minutes at least
/// as long, so grouping only changes when the zoom crosses a power of two.
fn bucket_span(wanted: TimeSpan) -> TimeSpan {
    let levels = super::bounded(
        (wanted / TimeSpan::MINUTE).max(1.0).log2().ceil(),
        0.0,
        40.0,
    );
    TimeSpan::MINUTE * levels.exp2()
}

impl Track {
    /// The first item at or after `index` whose start is at or after `moment`.
    fn first_starting_at(&self, index: usize, moment: Moment) -> usize {
        index + self.items[index..].partition_point(|item| item.start < moment)
    }

    #[allow(clippy::too_many_arguments)]
    fn marks(
        &self,
        lane: usize,
        row: usize,
        scale: &TimeScale,
        bucket: TimeSpan,
        view_start: Moment,
        view_end: Moment,
        marks: &mut Vec<Mark>,
    ) {
        // Only items that started at most `longest` before the view can still reach into it.
        let mut index = self.first_starting_at(0, view_start - self.longest);
        let first_mark = marks.len();
        while index < self.items.len() && self.items[index].start <= view_end {
            let item = self.items[index];
            if item.end < view_start {
                index += 1;
                continue;
            }
            let x = scale.x_of(item.start);
            let x_end = scale.x_of(item.end).max(x);
            // An event stands alone when nothing else starts within half a bucket of it (or
            // before it ends): far enough that the targets do not meet. Buckets are
            // quantized, so this only changes between levels.
            let single_end = item.end.max(item.start + bucket / 2.0);
            let next = self.first_starting_at(index + 1, single_end);
            if next == index + 1 {
                marks.push(Mark::Event {
                    event: item.event,
                    lane,
                    row,
                    x,
                    x_end,
                    room: 0.0,
                    start: item.start,
                    end: item.end,
                    next: None,
                });
                index = next;
                continue;
            }
            // A cluster runs from its first event to a bucket boundary, so the groups after it
            // start on the grid and stay the same while the view pans.
            let end = (item.start + bucket * 0.75).ceil_to(bucket);
            let next = self.first_starting_at(index + 1, end).max(index + 2);
            marks.push(Mark::Cluster {
                lane,
                row,
                x,
                x_end: scale.x_of(end) - CLUSTER_GAP,
                count: next - index,
                first: item.start,
                last: self.items[next - 1].start,
                end,
                first_event: item.event,
                members: index..next,
            });
            index = next;
        }
        // Room for labels: up to the next mark of the row, or the edge of the view.
        for position in first_mark..marks.len() {
            let next = marks.get(position + 1).map(|next| (next.x(), next.start()));
            if let Mark::Event {
                x,
                room,
                next: next_start,
                ..
            } = &mut marks[position]
            {
                *room = (next.map_or(scale.width(), |(x, _)| x) - *x).max(0.0);
                *next_start = next.map(|(_, start)| start);
            }
        }
    }
}

#[cfg(test)]
mod tests;
