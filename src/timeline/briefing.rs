//! Briefing mode: the filtered chronology as slides, one event each, driven by the keys a
//! presentation clicker sends (→/←, Space, PageDown/PageUp), Home/End, a typed slide number
//! and Enter, or a swipe — and the overview strip that shows where a slide sits.

use super::date::EventDate;
use super::model::Chronology;
use super::scale::DAY_MS;

/// What a key press or a swipe asks the presentation to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlideCommand {
    /// The next slide.
    Next,
    /// The previous slide.
    Previous,
    /// The first slide.
    First,
    /// The last slide.
    Last,
    /// Slide number `n`, counting from 1.
    GoTo(usize),
    /// Leave the presentation.
    Leave,
}

/// The most digits a slide number may have.
const MAX_TYPED_DIGITS: usize = 6;

/// Turns key presses into slide commands, remembering the digits typed before Enter.
///
/// # Example
/// ```
/// use chronoline::timeline::{SlideCommand, SlideKeys};
/// let mut keys = SlideKeys::default();
/// assert_eq!(keys.press("PageDown", false), Some(SlideCommand::Next));
/// assert_eq!(keys.press(" ", true), Some(SlideCommand::Previous));
/// assert_eq!(keys.press("1", false), None);
/// assert_eq!(keys.press("2", false), None);
/// assert_eq!(keys.typed(), "12");
/// assert_eq!(keys.press("Enter", false), Some(SlideCommand::GoTo(12)));
/// assert_eq!(keys.typed(), "");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SlideKeys {
    typed: String,
}

impl SlideKeys {
    /// The command for a key (its `KeyboardEvent.key` value; `shift` when Shift is held), or
    /// `None` when the key only edits the typed number or means nothing here.
    pub fn press(&mut self, key: &str, shift: bool) -> Option<SlideCommand> {
        let command = match key {
            "ArrowRight" | "ArrowDown" | "PageDown" | "n" | "N" => SlideCommand::Next,
            " " | "Spacebar" if shift => SlideCommand::Previous,
            " " | "Spacebar" => SlideCommand::Next,
            "ArrowLeft" | "ArrowUp" | "PageUp" | "p" | "P" => SlideCommand::Previous,
            "Home" => SlideCommand::First,
            "End" => SlideCommand::Last,
            "Escape" | "Esc" => SlideCommand::Leave,
            "Enter" => {
                let number = self.typed.parse().ok();
                self.typed.clear();
                return number.map(SlideCommand::GoTo);
            }
            "Backspace" => {
                self.typed.pop();
                return None;
            }
            digit if digit.len() == 1 && digit.as_bytes()[0].is_ascii_digit() => {
                if self.typed.len() < MAX_TYPED_DIGITS {
                    self.typed.push_str(digit);
                }
                return None;
            }
            _ => return None,
        };
        self.typed.clear();
        Some(command)
    }

    /// The digits typed so far, to show the reader what Enter will do.
    pub fn typed(&self) -> &str {
        &self.typed
    }
}

/// How many places across the overview strip marks are told apart; events closer than that
/// in the same lane share one mark, so the strip stays light for any number of events.
pub const OVERVIEW_BUCKETS: usize = 400;

/// One mark of the overview strip.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OverviewMark {
    /// Where, from 0 (the chronology's first moment) to 1 (its last).
    pub at: f64,
    /// The lane's position in the chronology's lane list.
    pub lane: usize,
}

/// Where `ms` sits across `extent` (first and last millisecond), from 0 to 1.
pub fn overview_position(ms: f64, extent: (f64, f64)) -> f64 {
    let span = extent.1 - extent.0;
    if span <= 0.0 {
        return 0.5;
    }
    ((ms - extent.0) / span).clamp(0.0, 1.0)
}

/// The marks of the overview strip for the `shown` events (indices into the chronology's
/// events), at most one per lane in each of [`OVERVIEW_BUCKETS`] places, in time order.
///
/// # Example
/// ```
/// use chronoline::timeline::{overview_marks, parse_chronology, EventDate};
/// let chronology = parse_chronology(r#"{
///   "format_version": 1, "title": "Swaps",
///   "events": [
///     {"id": "b", "start": "2025-12-31", "lane": "exchange", "title": "Later"},
///     {"id": "a", "start": "2025-01-01", "lane": "exchange", "title": "Earlier"},
///     {"id": "c", "start": "2025-01-01", "lane": "exchange", "title": "Same day"}
///   ]}"#).unwrap().chronology;
/// let ms = |text: &str| EventDate::parse(text).unwrap().earliest_ms() as f64;
/// let marks = overview_marks(&chronology, &[0, 1, 2], (ms("2025-01-01"), ms("2025-12-31")));
/// let places: Vec<f64> = marks.iter().map(|mark| mark.at).collect();
/// assert_eq!(places, [0.0, 1.0]);
/// ```
pub fn overview_marks(
    chronology: &Chronology,
    shown: &[usize],
    extent: (f64, f64),
) -> Vec<OverviewMark> {
    let mut taken = std::collections::BTreeSet::new();
    let mut marks = Vec::new();
    for &index in shown {
        let Some(event) = chronology.events.get(index) else {
            continue;
        };
        let at = overview_position(event.start.earliest_ms() as f64, extent);
        let lane = chronology.lane_index(&event.lane).unwrap_or(0);
        let bucket = (at * OVERVIEW_BUCKETS as f64).round() as usize;
        if taken.insert((bucket, lane)) {
            marks.push(OverviewMark { at, lane });
        }
    }
    marks.sort_by(|a, b| a.at.total_cmp(&b.at));
    marks
}

/// The years to label on the overview strip, with where each begins (0 to 1): every year
/// inside `extent`, or every second, fifth… year so that there are at most `max_labels`.
///
/// # Example
/// ```
/// use chronoline::timeline::{overview_years, EventDate};
/// let ms = |text: &str| EventDate::parse(text).unwrap().earliest_ms() as f64;
/// let years = overview_years((ms("2022-02-24"), ms("2026-05-08")), 10);
/// let labels: Vec<i32> = years.iter().map(|(year, _)| *year).collect();
/// assert_eq!(labels, [2023, 2024, 2025, 2026]);
/// ```
pub fn overview_years(extent: (f64, f64), max_labels: usize) -> Vec<(i32, f64)> {
    let year_of = |ms: f64| EventDate::from_days((ms / DAY_MS).floor() as i64).year();
    let (first, last) = (year_of(extent.0) + 1, year_of(extent.1));
    let count = usize::try_from(last - first + 1).unwrap_or(0);
    let step = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]
        .into_iter()
        .find(|step| count.div_ceil(*step) <= max_labels.max(1))
        .unwrap_or(1000);
    (first..=last)
        .filter(|year| year.rem_euclid(step as i32) == 0 || step == 1)
        .filter_map(|year| {
            let start = EventDate::parse(&format!("{year:04}")).ok()?.earliest_ms() as f64;
            Some((year, overview_position(start, extent)))
        })
        .collect()
}

/// How far a finger must travel sideways for a swipe, in CSS pixels.
const SWIPE_DISTANCE: f64 = 50.0;

/// The command of a swipe that moved `dx`, `dy` pixels: to the left is the next slide, to
/// the right the previous one; short or mostly vertical moves are not swipes.
///
/// # Example
/// ```
/// use chronoline::timeline::{swipe_command, SlideCommand};
/// assert_eq!(swipe_command(-120.0, 10.0), Some(SlideCommand::Next));
/// assert_eq!(swipe_command(80.0, -5.0), Some(SlideCommand::Previous));
/// assert_eq!(swipe_command(30.0, 0.0), None);
/// assert_eq!(swipe_command(-90.0, 200.0), None);
/// ```
pub fn swipe_command(dx: f64, dy: f64) -> Option<SlideCommand> {
    if dx.abs() < SWIPE_DISTANCE || dx.abs() < dy.abs() * 1.5 {
        return None;
    }
    Some(if dx < 0.0 {
        SlideCommand::Next
    } else {
        SlideCommand::Previous
    })
}

/// The slide a command leads to in a deck of `count` slides, from slide `current` (both
/// counting from 0). Numbers past either end go to that end; `Leave` and an empty deck give
/// `None`.
///
/// # Example
/// ```
/// use chronoline::timeline::{slide_after, SlideCommand};
/// assert_eq!(slide_after(SlideCommand::Next, 3, 68), Some(4));
/// assert_eq!(slide_after(SlideCommand::Next, 67, 68), Some(67));
/// assert_eq!(slide_after(SlideCommand::GoTo(12), 0, 68), Some(11));
/// assert_eq!(slide_after(SlideCommand::GoTo(500), 0, 68), Some(67));
/// assert_eq!(slide_after(SlideCommand::Leave, 5, 68), None);
/// ```
pub fn slide_after(command: SlideCommand, current: usize, count: usize) -> Option<usize> {
    let last = count.checked_sub(1)?;
    let current = current.min(last);
    match command {
        SlideCommand::Next => Some((current + 1).min(last)),
        SlideCommand::Previous => Some(current.saturating_sub(1)),
        SlideCommand::First => Some(0),
        SlideCommand::Last => Some(last),
        SlideCommand::GoTo(number) => Some(number.saturating_sub(1).min(last)),
        SlideCommand::Leave => None,
    }
}

/// Time since the briefing started, as `m:ss` or `h:mm:ss`.
///
/// # Example
/// ```
/// use chronoline::timeline::elapsed_clock;
/// assert_eq!(elapsed_clock(65), "1:05");
/// assert_eq!(elapsed_clock(3_725), "1:02:05");
/// ```
pub fn elapsed_clock(seconds: u64) -> String {
    let (hours, minutes, seconds) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if hours > 0 {
        format!("{hours}:{minutes:02}:{seconds:02}")
    } else {
        format!("{minutes}:{seconds:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clicker_keys_page_through_and_typed_numbers_jump() {
        let mut keys = SlideKeys::default();
        let pressed: Vec<_> = [
            "ArrowRight",
            "ArrowLeft",
            "PageUp",
            "Home",
            "End",
            "Escape",
            "x",
        ]
        .iter()
        .map(|key| keys.press(key, false))
        .collect();
        assert_eq!(
            pressed,
            [
                Some(SlideCommand::Next),
                Some(SlideCommand::Previous),
                Some(SlideCommand::Previous),
                Some(SlideCommand::First),
                Some(SlideCommand::Last),
                Some(SlideCommand::Leave),
                None
            ]
        );
        // Backspace corrects the number; Enter with nothing typed does nothing.
        for key in ["4", "7", "Backspace", "2"] {
            assert_eq!(keys.press(key, false), None);
        }
        assert_eq!(keys.press("Enter", false), Some(SlideCommand::GoTo(42)));
        assert_eq!(keys.press("Enter", false), None);
        // Another command drops a half-typed number.
        keys.press("9", false);
        assert_eq!(keys.press("PageDown", false), Some(SlideCommand::Next));
        assert_eq!(keys.typed(), "");
        // Numbers stay short.
        for _ in 0..20 {
            keys.press("9", false);
        }
        assert_eq!(keys.typed().len(), MAX_TYPED_DIGITS);
    }

    #[test]
    fn the_overview_stays_light_and_labels_few_years() {
        let mut chronology =
            crate::timeline::parse_chronology(include_str!("../../data/chronology.json"))
                .unwrap()
                .chronology;
        let template = chronology.events[0].clone();
        chronology.events = (0..5000)
            .map(|n| {
                let mut event = template.clone();
                event.id = format!("e{n}");
                event
            })
            .collect();
        let shown: Vec<usize> = (0..5000).collect();
        let start = template.start.earliest_ms() as f64;
        let marks = overview_marks(&chronology, &shown, (start - 1e10, start + 1e10));
        assert_eq!(marks.len(), 1);
        assert!((marks[0].at - 0.5).abs() < 1e-9);

        let ms = |text: &str| EventDate::parse(text).unwrap().earliest_ms() as f64;
        let years = overview_years((ms("1899-06"), ms("2025-06")), 8);
        let labels: Vec<i32> = years.iter().map(|(year, _)| *year).collect();
        assert_eq!(labels, [1900, 1920, 1940, 1960, 1980, 2000, 2020]);
        assert!(years.windows(2).all(|pair| pair[0].1 < pair[1].1));
        assert_eq!(overview_position(5.0, (5.0, 5.0)), 0.5);
    }

    #[test]
    fn commands_stay_inside_the_deck() {
        assert_eq!(slide_after(SlideCommand::Previous, 0, 10), Some(0));
        assert_eq!(slide_after(SlideCommand::Last, 0, 10), Some(9));
        assert_eq!(slide_after(SlideCommand::First, 7, 10), Some(0));
        assert_eq!(slide_after(SlideCommand::GoTo(0), 5, 10), Some(0));
        assert_eq!(slide_after(SlideCommand::Next, 50, 10), Some(9));
        assert_eq!(slide_after(SlideCommand::Next, 0, 0), None);
    }
}
