//! Grouping events by year and month for the chronological list, and where in it each era
//! begins.

use super::model::{Era, TimelineEvent};
use super::url_state::EventOrder;

/// The events of one year, by month.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearGroup {
    /// The calendar year.
    pub year: i32,
    /// Months in order; events known only to the year come first, with `month: None`.
    pub months: Vec<MonthGroup>,
}

/// The events of one month (or of a year, for events known only to the year).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthGroup {
    /// The month 1–12, or `None` for events dated only to the year.
    pub month: Option<u32>,
    /// Indices into the events, in time order.
    pub events: Vec<usize>,
}

/// Groups the events at `shown` (indices into `events`, in time order) into years and months.
///
/// # Example
/// ```
/// use chronoline::chronology::{group_by_year_and_month, parse_chronology};
/// let report = parse_chronology(r#"{"format_version": 1, "events": [
///   {"id": "a", "start": "2025-06-26", "lane": "exchange", "title": "A"},
///   {"id": "b", "start": "2025-06", "lane": "talks", "title": "B"},
///   {"id": "c", "start": "2026-01-02", "lane": "talks", "title": "C"}]}"#).unwrap();
/// let groups = group_by_year_and_month(&report.chronology.events, &[0, 1, 2]);
/// assert_eq!(groups.len(), 2);
/// assert_eq!(groups[0].months[0].month, Some(6));
/// assert_eq!(groups[0].months[0].events.len(), 2);
/// ```
pub fn group_by_year_and_month(events: &[TimelineEvent], shown: &[usize]) -> Vec<YearGroup> {
    let mut years: Vec<YearGroup> = Vec::new();
    for (index, event) in shown.iter().filter_map(|&i| Some((i, events.get(i)?))) {
        let (year, month) = (event.start.year(), event.start.month());
        if years.last().is_none_or(|group| group.year != year) {
            years.push(YearGroup {
                year,
                months: Vec::new(),
            });
        }
        let Some(year_group) = years.last_mut() else {
            continue;
        };
        match year_group.months.last_mut() {
            Some(group) if group.month == month => group.events.push(index),
            _ => year_group.months.push(MonthGroup {
                month,
                events: vec![index],
            }),
        }
    }
    years
}
/// Where the list notes each era: `(event, era)` pairs, `event` the first listed of the
/// events at `shown` (indices into `events`, in time order) that start within the era — the
/// earliest, or when the list is newest first the latest — and `era` its index in `eras`; an
/// era with no such event is not noted. In the eras' order; each found by two binary
/// searches, so a long list costs its eras times log n.
///
/// # Example
/// ```
/// use chronoline::chronology::{era_openings, parse_chronology, EventOrder};
/// let chronology = parse_chronology(r#"{"format_version": 1,
///   "eras": [{"label": "Summer talks", "start": "2025-06", "end": "2025-08"},
///            {"label": "Nothing then", "start": "2030", "end": "2031"}],
///   "events": [{"id": "a", "start": "2025-05-01", "lane": "talks", "title": "A"},
///              {"id": "b", "start": "2025-06-20", "lane": "talks", "title": "B"}]}"#)
///   .unwrap().chronology;
/// let eras = &chronology.eras;
/// assert_eq!(era_openings(&chronology.events, &[0, 1], eras, EventOrder::Oldest), [(1, 0)]);
/// assert_eq!(era_openings(&chronology.events, &[0, 1], eras, EventOrder::Newest), [(1, 0)]);
/// ```
pub fn era_openings(
    events: &[TimelineEvent],
    shown: &[usize],
    eras: &[Era],
    order: EventOrder,
) -> Vec<(usize, usize)> {
    let start_of = |index: usize| {
        events
            .get(index)
            .map_or(i64::MAX, |e| e.start.earliest_ms())
    };
    eras.iter()
        .enumerate()
        .filter_map(|(era_index, era)| {
            let from = shown.partition_point(|&index| start_of(index) < era.start.earliest_ms());
            let to = shown.partition_point(|&index| start_of(index) < era.end.latest_ms());
            // The era's first event in the list's order: its earliest, or newest first its
            // latest.
            let listed_first = match order {
                EventOrder::Oldest => from,
                EventOrder::Newest => to.checked_sub(1)?,
            };
            (from < to).then(|| (shown[listed_first], era_index))
        })
        .collect()
}
