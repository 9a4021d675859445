//! Calendar-aligned axis ticks that adapt from decades to hours, like d3-time's ticks.
//!
//! The interval comes from a table (1 h, 3 h, 6 h, 12 h, 1 d, 2 d, a week, 1 mo, 3 mo, 6 mo,
//! 1 y, 2 y, 5 y, 10 y, …) chosen by span / wanted count. Each tick is labelled by the coarsest
//! calendar boundary it falls on, so a month axis says "2025" at January.

use super::date::{civil_from_days, day_start_ms, month_name, CalendarNames};
use super::scale::TimeScale;
use super::time::{Moment, TimeSpan};

/// The coarsest calendar boundary a tick falls on; it decides the label.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum TickLevel {
    /// A time of day: "14:00".
    Hour,
    /// A day: "26".
    Day,
    /// A month: "Jun".
    Month,
    /// A year: "2025".
    Year,
}

/// One tick of the axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    /// The moment it marks.
    pub at: Moment,
    /// The boundary it falls on.
    pub level: TickLevel,
    /// The label, like "2025", "Jun", "26" or "14:00".
    pub label: String,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Interval {
    Hours(u32),
    Days(u32),
    Week,
    Months(u32),
    Years(i32),
}

impl Interval {
    fn approx_span(self) -> TimeSpan {
        match self {
            Interval::Hours(n) => TimeSpan::HOUR * f64::from(n),
            Interval::Days(n) => TimeSpan::from_days(f64::from(n)),
            Interval::Week => TimeSpan::from_days(7.0),
            Interval::Months(n) => TimeSpan::from_days(f64::from(n) * 30.44),
            Interval::Years(n) => TimeSpan::from_days(f64::from(n) * 365.25),
        }
    }
}

const INTERVALS: [Interval; 14] = [
    Interval::Hours(1),
    Interval::Hours(3),
    Interval::Hours(6),
    Interval::Hours(12),
    Interval::Days(1),
    Interval::Days(2),
    Interval::Week,
    Interval::Months(1),
    Interval::Months(3),
    Interval::Months(6),
    Interval::Years(1),
    Interval::Years(2),
    Interval::Years(5),
    Interval::Years(10),
];

/// About `count` ticks across the scale's visible span, on calendar boundaries, with
/// labels in the given language (short month names, its way of writing years).
///
/// # Example
/// ```
/// use chronoline::chronology::{ticks, EventDate, TickLevel, TimeScale, ENGLISH_CALENDAR};
/// let from = EventDate::parse("2024-11-15").unwrap().earliest();
/// let to = EventDate::parse("2025-03-15").unwrap().earliest();
/// let axis = ticks(&TimeScale::new(from, to, 800.0), 6, &ENGLISH_CALENDAR);
/// let labels: Vec<&str> = axis.iter().map(|t| t.label.as_str()).collect();
/// assert_eq!(labels, ["Dec", "2025", "Feb", "Mar"]);
/// assert_eq!(axis[1].level, TickLevel::Year);
/// ```
pub fn ticks(scale: &TimeScale, count: usize, names: &CalendarNames) -> Vec<Tick> {
    let count = count.max(1) as f64;
    let interval = INTERVALS
        .iter()
        .copied()
        .find(|interval| scale.span() / interval.approx_span() <= count)
        .unwrap_or_else(|| {
            let years = scale.span() / Interval::Years(1).approx_span() / count;
            let magnitude = 10f64.powf(years.log10().floor());
            let step = [1.0, 2.0, 5.0, 10.0]
                .into_iter()
                .map(|m| m * magnitude)
                .find(|step| *step >= years)
                .unwrap_or(10.0 * magnitude);
            Interval::Years(step.min(1e6) as i32)
        });
    let mut result = Vec::new();
    let mut moment = first_boundary(scale.start(), interval);
    while moment <= scale.end() && result.len() < 1000 {
        if moment >= scale.start() {
            result.push(label(moment, names));
        }
        moment = next_boundary(moment, interval);
    }
    result
}

/// Year, month, day and hour (UTC) of a moment.
fn civil_of(moment: Moment) -> (i32, u32, u32, u32) {
    let days = moment.day_number();
    let (year, month, day) = civil_from_days(days);
    let hour = ((moment - moment_of(year, month, day)) / TimeSpan::HOUR).round() as u32;
    (year, month, day, hour)
}

/// The start of a calendar day (UTC).
fn moment_of(year: i32, month: u32, day: u32) -> Moment {
    Moment::from_whole_ms(day_start_ms(year, month, day))
}

/// The first boundary of `interval` at or before `moment`.
fn first_boundary(moment: Moment, interval: Interval) -> Moment {
    let (year, month, _, _) = civil_of(moment);
    match interval {
        Interval::Hours(n) => moment.floor_to(TimeSpan::HOUR * f64::from(n)),
        Interval::Days(_) | Interval::Week => moment_of(year, month, 1),
        Interval::Months(n) => moment_of(year, month - (month - 1) % n, 1),
        Interval::Years(n) => moment_of(year - year.rem_euclid(n), 1, 1),
    }
}

/// The boundary after `moment`, which is itself a boundary of `interval`.
fn next_boundary(moment: Moment, interval: Interval) -> Moment {
    let (year, month, day, _) = civil_of(moment);
    let next_month = |year: i32, month: u32, add: u32| {
        let index = month - 1 + add;
        moment_of(year + (index / 12) as i32, index % 12 + 1, 1)
    };
    match interval {
        Interval::Hours(n) => moment + TimeSpan::HOUR * f64::from(n),
        // Days restart at each month so the month boundary is always a tick.
        Interval::Days(n) => {
            let candidate = moment + TimeSpan::from_days(f64::from(n));
            candidate.min(next_month(year, month, 1))
        }
        Interval::Week => {
            let candidate = if day >= 22 {
                next_month(year, month, 1)
            } else {
                moment_of(year, month, day + 7)
            };
            candidate.min(next_month(year, month, 1))
        }
        Interval::Months(n) => next_month(year, month, n),
        Interval::Years(n) => moment_of(year.saturating_add(n), 1, 1),
    }
}

fn label(at: Moment, names: &CalendarNames) -> Tick {
    let (year, month, day, hour) = civil_of(at);
    let (level, label) = if hour != 0 {
        (TickLevel::Hour, format!("{hour:02}:00"))
    } else if day != 1 {
        (TickLevel::Day, day.to_string())
    } else if month != 1 {
        (
            TickLevel::Month,
            month_name(&names.short_months, month).to_owned(),
        )
    } else {
        (TickLevel::Year, names.year(year))
    };
    Tick { at, level, label }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chronology::{EventDate, ENGLISH_CALENDAR};

    fn at(date: &str) -> Moment {
        EventDate::parse(date).unwrap().earliest()
    }

    fn labels(from: &str, to: &str, count: usize) -> Vec<String> {
        ticks(
            &TimeScale::new(at(from), at(to), 1000.0),
            count,
            &ENGLISH_CALENDAR,
        )
        .into_iter()
        .map(|tick| tick.label)
        .collect()
    }

    #[test]
    fn intervals_adapt_from_years_to_hours() {
        assert_eq!(
            labels("2022-01-01", "2026-06-01", 6),
            ["2022", "2023", "2024", "2025", "2026"]
        );
        assert_eq!(
            labels("2025-05-20", "2025-07-10", 8),
            ["22", "Jun", "8", "15", "22", "Jul", "8"]
        );
        assert_eq!(
            labels("2025-06-26", "2025-06-27", 4),
            ["26", "06:00", "12:00", "18:00", "27"]
        );
        assert_eq!(
            labels("1900", "2100", 5).first().map(String::as_str),
            Some("1900")
        );
    }

    #[test]
    fn ticks_are_inside_the_view_and_increasing() {
        for (from, to, count) in [
            ("2022-02-24", "2026-05-15", 10),
            ("2025-06-01", "2025-06-30", 12),
            ("2024-12-30T20:00Z", "2025-01-02T04:00Z", 20),
        ] {
            let scale = TimeScale::new(at(from), at(to), 1000.0);
            let axis = ticks(&scale, count, &ENGLISH_CALENDAR);
            assert!(!axis.is_empty());
            assert!(axis.len() <= count * 2 + 2, "{from}..{to}: {}", axis.len());
            assert!(axis.windows(2).all(|w| w[0].at < w[1].at));
            assert!(axis
                .iter()
                .all(|t| t.at >= scale.start() && t.at <= scale.end()));
        }
    }
}
