//! What a key does on the focused timeline: move between events in time (←/→, Home/End),
//! to the nearest event of the lane above or below (↑/↓), or zoom (+/−). Pure, so every key
//! is unit-tested; the view only performs the command.

use super::model::Chronology;

/// What the view does for a key.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum TimelineCommand {
    /// Zoom around the middle by this factor (> 1 zooms in).
    Zoom(f64),
    /// Move to the event at this position in the chronology's events.
    Select(usize),
    /// The key is the timeline's, but there is nowhere to go (↑ in the top lane).
    Stay,
}

/// The command for `key` when the event at `current` (a position in the chronology's events)
/// holds the focus, among the `shown` events (positions, in time order); `None` for keys the
/// timeline leaves to the page.
///
/// # Example
/// ```
/// use chronoline::chronology::{parse_chronology, timeline_key, TimelineCommand};
/// let chronology = parse_chronology(r#"{"events": [
///   {"id": "a", "start": "2025-01", "lane": "talks", "title": "A"},
///   {"id": "b", "start": "2025-02", "lane": "talks", "title": "B"}]}"#).unwrap().chronology;
/// let shown = [0, 1];
/// assert_eq!(timeline_key("ArrowRight", &chronology, &shown, Some(0)), Some(TimelineCommand::Select(1)));
/// assert_eq!(timeline_key("+", &chronology, &shown, None), Some(TimelineCommand::Zoom(2.0)));
/// assert_eq!(timeline_key("a", &chronology, &shown, None), None);
/// ```
pub fn timeline_key(
    key: &str,
    chronology: &Chronology,
    shown: &[usize],
    current: Option<usize>,
) -> Option<TimelineCommand> {
    let position = current.and_then(|event| shown.binary_search(&event).ok());
    let select = |event: Option<&usize>| {
        event.map_or(TimelineCommand::Stay, |&event| {
            TimelineCommand::Select(event)
        })
    };
    Some(match key {
        "+" | "=" => TimelineCommand::Zoom(2.0),
        "-" | "_" => TimelineCommand::Zoom(0.5),
        "Home" => select(shown.first()),
        "End" => select(shown.last()),
        "ArrowRight" => select(match position {
            Some(position) => shown.get(position + 1),
            None => shown.first(),
        }),
        "ArrowLeft" => select(match position {
            Some(position) => shown.get(position.saturating_sub(1)),
            None => shown.first(),
        }),
        "ArrowUp" | "ArrowDown" => {
            let step = if key == "ArrowUp" { -1 } else { 1 };
            // From the focused event, while it is shown.
            let from = position.map(|position| shown[position]);
            let nearest = from.and_then(|from| nearest_in_next_lane(chronology, shown, from, step));
            nearest.map_or(TimelineCommand::Stay, TimelineCommand::Select)
        }
        _ => return None,
    })
}

/// The shown event in the nearest lane above (`step` −1) or below (+1) that has one, closest
/// in time to the event at `from`.
fn nearest_in_next_lane(
    chronology: &Chronology,
    shown: &[usize],
    from: usize,
    step: isize,
) -> Option<usize> {
    let event = chronology.events.get(from)?;
    let at = event.start.earliest_ms();
    let mut lane = chronology.lane_index(&event.lane)? as isize + step;
    while lane >= 0 && (lane as usize) < chronology.lanes.len() {
        let lane_id = &chronology.lanes[lane as usize].id;
        let nearest = shown
            .iter()
            .copied()
            .filter(|&i| chronology.events[i].lane == *lane_id)
            .min_by_key(|&i| (chronology.events[i].start.earliest_ms() - at).abs());
        if nearest.is_some() {
            return nearest;
        }
        lane += step;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chronology::parse_chronology;

    fn chronology() -> Chronology {
        parse_chronology(
            r#"{"events": [
              {"id": "x1", "start": "2025-01-01", "lane": "exchange", "title": "T"},
              {"id": "t1", "start": "2025-01-10", "lane": "talks", "title": "T"},
              {"id": "x2", "start": "2025-02-01", "lane": "exchange", "title": "T"},
              {"id": "h1", "start": "2025-02-03", "lane": "humanitarian", "title": "T"},
              {"id": "t2", "start": "2025-03-01", "lane": "talks", "title": "T"}]}"#,
        )
        .unwrap()
        .chronology
    }

    fn key(c: &Chronology, key: &str, shown: &[usize], from: &str) -> Option<TimelineCommand> {
        timeline_key(key, c, shown, c.event_index(from))
    }

    fn to(c: &Chronology, id: &str) -> Option<TimelineCommand> {
        c.event_index(id).map(TimelineCommand::Select)
    }

    #[test]
    fn left_and_right_step_through_time_and_stop_at_the_ends() {
        let c = chronology();
        let all: Vec<usize> = (0..c.events.len()).collect();
        assert_eq!(key(&c, "ArrowRight", &all, "x1"), to(&c, "t1"));
        assert_eq!(key(&c, "ArrowLeft", &all, "x2"), to(&c, "t1"));
        assert_eq!(key(&c, "ArrowLeft", &all, "x1"), to(&c, "x1"));
        assert_eq!(
            key(&c, "ArrowRight", &all, "t2"),
            Some(TimelineCommand::Stay)
        );
        assert_eq!(timeline_key("ArrowRight", &c, &all, None), to(&c, "x1"));
        assert_eq!(key(&c, "Home", &all, "t2"), to(&c, "x1"));
        assert_eq!(key(&c, "End", &all, "x1"), to(&c, "t2"));
        assert_eq!(
            timeline_key("End", &c, &[], None),
            Some(TimelineCommand::Stay)
        );
    }

    #[test]
    fn filtered_out_events_are_skipped() {
        let c = chronology();
        let no_talks: Vec<usize> = (0..c.events.len())
            .filter(|&i| c.events[i].lane != "talks")
            .collect();
        assert_eq!(key(&c, "ArrowRight", &no_talks, "x1"), to(&c, "x2"));
        // An event that is no longer shown starts over from the first.
        assert_eq!(key(&c, "ArrowRight", &no_talks, "t1"), to(&c, "x1"));
        assert_eq!(
            key(&c, "ArrowDown", &no_talks, "t1"),
            Some(TimelineCommand::Stay)
        );
    }

    #[test]
    fn up_and_down_go_to_the_nearest_event_of_the_next_lane_that_has_one() {
        let c = chronology();
        let all: Vec<usize> = (0..c.events.len()).collect();
        assert_eq!(key(&c, "ArrowDown", &all, "x2"), to(&c, "t1"));
        assert_eq!(key(&c, "ArrowUp", &all, "t2"), to(&c, "x2"));
        // The front line is empty: down from talks goes on to humanitarian.
        assert_eq!(key(&c, "ArrowDown", &all, "t1"), to(&c, "h1"));
        assert_eq!(key(&c, "ArrowUp", &all, "x1"), Some(TimelineCommand::Stay));
        assert_eq!(
            key(&c, "ArrowDown", &all, "h1"),
            Some(TimelineCommand::Stay)
        );
        assert_eq!(
            timeline_key("ArrowDown", &c, &all, None),
            Some(TimelineCommand::Stay)
        );
    }

    #[test]
    fn plus_and_minus_zoom_and_other_keys_are_the_page_s() {
        let c = chronology();
        for (pressed, factor) in [("+", 2.0), ("=", 2.0), ("-", 0.5), ("_", 0.5)] {
            assert_eq!(
                timeline_key(pressed, &c, &[], None),
                Some(TimelineCommand::Zoom(factor))
            );
        }
        for other in ["a", "Enter", "Tab", " ", "PageDown"] {
            assert_eq!(timeline_key(other, &c, &[0], Some(0)), None, "{other}");
        }
    }
}
