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
    /// within half a bucket after it.
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
            cluster: 34.0,
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
    /// use chronoline::timeline::MarkSizes;
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
    /// use chronoline::timeline::{parse_chronology, TrackIndex};
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
        let mut order: Vec<Placed> = shown
            .iter()
            .filter_map(|&event| {
                let item = events.get(event)?;
                let start = item.start.earliest();
                let end = item.period_end();
                Some(Placed { start, end, event })
            })
            .collect();
        order.sort_by(|a, b| a.start.total_cmp(&b.start).then(a.event.cmp(&b.event)));
        let mut lanes: Vec<Vec<Track>> = vec![Vec::new(); lane_count.max(1)];
        for placed in order {
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

/// Pixels between a cluster marker and the next mark.
const CLUSTER_GAP: f64 = 4.0;

/// The level-of-detail bucket for a wanted width: a power-of-two number of minutes at least
/// as long, so grouping only changes when the zoom crosses a power of two.
fn bucket_span(wanted: TimeSpan) -> TimeSpan {
    let levels = (wanted / TimeSpan::MINUTE)
        .max(1.0)
        .log2()
        .ceil()
        .clamp(0.0, 40.0);
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
            // before it ends). Buckets are quantized, so this only changes between levels.
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
mod tests {
    use super::*;
    use crate::timeline::{parse_chronology, EventDate};

    /// A deterministic pseudo-random chronology: `count` events over about four years in
    /// five lanes, some ranges, some months.
    fn synthetic(count: usize, seed: u64) -> Vec<TimelineEvent> {
        let mut state = seed;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let lanes = ["exchange", "talks", "frontline", "humanitarian", "other"];
        let events: Vec<String> = (0..count)
            .map(|i| {
                let day = next() % 1500;
                let days = EventDate::parse("2022-01-01")
                    .unwrap()
                    .earliest()
                    .day_number()
                    + day as i64;
                let (y, m, d) = crate::timeline::date::civil_from_days(days);
                let start = if i % 17 == 0 {
                    format!("{y:04}-{m:02}")
                } else {
                    format!("{y:04}-{m:02}-{d:02}")
                };
                let end = if i % 11 == 0 {
                    let (y2, m2, d2) =
                        crate::timeline::date::civil_from_days(days + (next() % 40) as i64);
                    format!(r#", "end": "{y2:04}-{m2:02}-{d2:02}""#)
                } else {
                    String::new()
                };
                format!(
                    r#"{{"id": "e{i}", "start": "{start}"{end}, "lane": "{}", "title": "T"}}"#,
                    lanes[(next() % 5) as usize]
                )
            })
            .collect();
        let json = format!(
            r#"{{"format_version": 1, "events": [{}]}}"#,
            events.join(",")
        );
        let report = parse_chronology(&json).unwrap();
        assert!(report.errors().is_empty());
        report.chronology.events
    }

    fn lane_of(event: &TimelineEvent) -> usize {
        ["exchange", "talks", "frontline", "humanitarian", "other"]
            .iter()
            .position(|lane| *lane == event.lane)
            .unwrap()
    }

    #[test]
    fn rows_do_not_depend_on_zoom_and_overlapping_events_get_different_rows() {
        let events = synthetic(400, 7);
        let shown: Vec<usize> = (0..events.len()).collect();
        let index = TrackIndex::build(&events, &shown, lane_of, 5);
        assert_eq!(index.len(), 400);
        assert_eq!(index, TrackIndex::build(&events, &shown, lane_of, 5));
        // Dense enough that some lanes fill all their rows.
        let events = synthetic(5000, 7);
        let shown: Vec<usize> = (0..events.len()).collect();
        let index = TrackIndex::build(&events, &shown, lane_of, 5);
        let mut overlaps = 0;
        for rows in &index.lanes {
            assert!(rows.len() <= MAX_ROWS_PER_LANE);
            for track in rows {
                assert!(track.items.windows(2).all(|w| w[0].start <= w[1].start));
                for pair in track.items.windows(2) {
                    let (before, item) = (&pair[0], &pair[1]);
                    if item.start >= before.end {
                        continue;
                    }
                    // An event shares a row with one it overlaps only when every row of its
                    // lane was busy when it began.
                    overlaps += 1;
                    assert_eq!(rows.len(), MAX_ROWS_PER_LANE);
                    for other in rows {
                        assert!(
                            other.items.iter().any(|busy| busy.event != item.event
                                && busy.start <= item.start
                                && busy.end > item.start),
                            "event {} overlaps in its row while another row was free",
                            item.event
                        );
                    }
                }
            }
        }
        assert!(overlaps > 0, "the data is dense enough to fill some lane");
    }

    #[test]
    fn every_shown_event_is_drawn_or_counted_once_and_marks_never_overlap() {
        let events = synthetic(5000, 42);
        let shown: Vec<usize> = (0..events.len()).step_by(2).collect();
        let index = TrackIndex::build(&events, &shown, lane_of, 5);
        let start = EventDate::parse("2021-12-01").unwrap().earliest();
        let end = EventDate::parse("2026-03-01").unwrap().earliest();
        for (width, zoom) in [
            (1440.0, 1.0),
            (360.0, 1.0),
            (1024.0, 40.0),
            (1024.0, 2000.0),
        ] {
            let span = (end - start) / zoom;
            let scale = TimeScale::new(start, start + span, width);
            let marks = index.marks(&scale, MarkSizes::default());
            // Every event whose period touches the view is drawn or counted, none twice; the
            // only extra ones sit in clusters that begin off-screen to the left.
            let mut counted = std::collections::HashMap::new();
            for mark in &marks {
                for event in index.cluster_events(mark) {
                    assert!(
                        counted.insert(event, mark.x()).is_none(),
                        "event {event} twice"
                    );
                }
            }
            for &i in &shown {
                let e = &events[i];
                let s = e.start.earliest();
                let f = e.period_end();
                let visible =
                    f >= scale.moment_at(-MarkSizes::default().cluster) && s <= scale.end();
                match counted.get(&i) {
                    None => assert!(!visible, "visible event {i} neither drawn nor counted"),
                    Some(x) => assert!(visible || *x < 0.0, "invisible event {i} counted at {x}"),
                }
            }
            // No overlap: within a row, each mark ends before the next begins.
            for pair in marks.windows(2) {
                if pair[0].lane_row() == pair[1].lane_row() {
                    let end = match pair[0] {
                        Mark::Event { x, x_end, .. } => x_end.max(x + 1.0),
                        Mark::Cluster { x_end, .. } => x_end,
                    };
                    assert!(end <= pair[1].x(), "{:?} overlaps {:?}", pair[0], pair[1]);
                }
            }
            // Bounded by the screen, not by the number of events.
            let rows: usize = (0..5).map(|lane| index.rows_in_lane(lane)).sum();
            assert!(
                marks.len() <= rows * (width as usize / 18 + 3),
                "{} marks",
                marks.len()
            );
        }
    }

    #[test]
    fn grouping_stays_the_same_while_panning_and_within_a_zoom_level() {
        let events = synthetic(3000, 11);
        let shown: Vec<usize> = (0..events.len()).collect();
        let index = TrackIndex::build(&events, &shown, lane_of, 5);
        let start = EventDate::parse("2023-01-01").unwrap().earliest();
        // The groups that start inside a window of time both views show in full.
        let keys =
            |scale: &TimeScale, from: Moment, to: Moment| -> std::collections::BTreeSet<MarkId> {
                index
                    .marks(scale, MarkSizes::default())
                    .iter()
                    .filter(|m| m.start() >= from && m.start() <= to)
                    .map(Mark::id)
                    .collect()
            };
        // 34 px × span / 1000 px is between 2^12 and 2^13 minutes for both zooms: one level.
        let level = TimeSpan::MINUTE * (2f64.powi(12) / 34.0 * 1000.0);
        let a = TimeScale::new(start, start + level * 1.05, 1000.0);
        let b = TimeScale::new(start, start + level * 1.9, 1000.0);
        let month = TimeSpan::from_days(30.0);
        let panned = TimeScale::new(start + month, start + month + level * 1.05, 1000.0);
        let (from, to) = (start + a.span() * 0.4, start + a.span() * 0.8);
        let at_a = keys(&a, from, to);
        assert!(at_a.len() > 10);
        assert_eq!(
            at_a,
            keys(&b, from, to),
            "zooming within a level keeps every group"
        );
        assert_eq!(at_a, keys(&panned, from, to), "panning keeps every group");
        let c = TimeScale::new(start, start + level * 2.2, 1000.0);
        assert_ne!(at_a, keys(&c, from, to), "the next level regroups");
        assert_eq!(bucket_span(TimeSpan::MINUTE * 5.0), TimeSpan::MINUTE * 8.0);
        assert_eq!(bucket_span(TimeSpan::default()), TimeSpan::MINUTE);
    }

    #[test]
    fn a_lone_event_is_drawn_and_a_dense_day_is_a_cluster() {
        let events = synthetic(50, 3);
        let shown: Vec<usize> = (0..events.len()).collect();
        let index = TrackIndex::build(&events, &shown, |_| 0, 1);
        let wide = TimeScale::new(Moment::from_ms(0.0), Moment::from_ms(3e12), 300.0);
        let marks = index.marks(&wide, MarkSizes::default());
        assert!(marks
            .iter()
            .any(|m| matches!(m, Mark::Cluster { count, .. } if *count > 1)));
        let first = &events[index.lanes[0][0].items[0].event];
        let at = first.start.earliest();
        let close = TimeScale::new(at - TimeSpan::DAY, at + TimeSpan::DAY, 1000.0);
        assert!(index
            .marks(&close, MarkSizes::default())
            .iter()
            .any(|m| matches!(m, Mark::Event { event, .. } if events[*event].id == first.id)));
    }
}
