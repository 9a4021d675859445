use super::*;
use crate::chronology::{parse_chronology, EventDate};

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
            let (y, m, d) = crate::chronology::date::civil_from_days(days);
            let start = if i % 17 == 0 {
                format!("{y:04}-{m:02}")
            } else {
                format!("{y:04}-{m:02}-{d:02}")
            };
            let end = if i % 11 == 0 {
                let (y2, m2, d2) =
                    crate::chronology::date::civil_from_days(days + (next() % 40) as i64);
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
        // only extra ones sit in clusters that reach past an edge of the view.
        let mut counted = std::collections::HashMap::new();
        for mark in &marks {
            let reaches_out = match mark {
                Mark::Cluster { x, x_end, .. } => *x < 0.0 || *x_end > width,
                Mark::Event { x, .. } => *x < 0.0,
            };
            for event in index.cluster_events(mark) {
                assert!(
                    counted.insert(event, (mark.x(), reaches_out)).is_none(),
                    "event {event} twice"
                );
            }
        }
        for &i in &shown {
            let e = &events[i];
            let s = e.start.earliest();
            let f = e.period_end();
            let visible = f >= scale.moment_at(-MarkSizes::default().cluster) && s <= scale.end();
            match counted.get(&i) {
                None => assert!(!visible, "visible event {i} neither drawn nor counted"),
                Some((x, reaches_out)) => {
                    assert!(
                        visible || *reaches_out,
                        "invisible event {i} counted at {x}"
                    )
                }
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
    // 48 px × span / 1000 px is between 2^12 and 2^13 minutes for both zooms: one level.
    let level = TimeSpan::MINUTE * (2f64.powi(12) / 48.0 * 1000.0);
    let a = TimeScale::new(start, start + level * 1.05, 1000.0);
    let b = TimeScale::new(start, start + level * 1.9, 1000.0);
    // A quarter of the view, so the window below stays in full view.
    let pan = level * 1.05 * 0.25;
    let panned = TimeScale::new(start + pan, start + pan + level * 1.05, 1000.0);
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
