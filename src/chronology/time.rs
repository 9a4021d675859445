//! Time on the axis: a [`Moment`] (a point in time) and a [`TimeSpan`] (the time between
//! two moments), both in milliseconds since or between instants in UTC.
//!
//! Dates (`EventDate`) count whole milliseconds as integers, because a calendar is exact;
//! the axis counts them as floats, because a view that zooms and pans stands between
//! milliseconds. A `Moment` is where the two meet: `EventDate::earliest` gives one, and the
//! scale, the ticks, the layout and the URL state take and return them. The types keep a
//! moment from being used as a length, and a length in days from passing for milliseconds.

use std::ops::{Add, Div, Mul, Sub};

/// Milliseconds in a day, for the calendar's integer arithmetic.
pub(crate) const MS_PER_DAY: i64 = 86_400_000;

/// A point in time: milliseconds since 1970-01-01T00:00Z, fractional while zooming.
///
/// # Example
/// ```
/// use chronoline::chronology::{EventDate, Moment, TimeSpan};
/// let june = EventDate::parse("2025-06-26").unwrap().earliest();
/// let later = june + TimeSpan::DAY * 2.0;
/// assert_eq!(later.days_since(june), 2.0);
/// assert_eq!(EventDate::day_of(later).to_string(), "2025-06-28");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, PartialOrd)]
pub struct Moment(f64);

impl Moment {
    /// The moment `ms` milliseconds after 1970-01-01T00:00Z.
    pub const fn from_ms(ms: f64) -> Moment {
        Moment(ms)
    }

    /// The moment a whole number of milliseconds after 1970-01-01T00:00Z, as the calendar
    /// counts them. Exact: dates stay far inside the 2^53 ms a float counts without loss.
    pub(crate) fn from_whole_ms(ms: i64) -> Moment {
        Moment(ms as f64)
    }

    /// Milliseconds since 1970-01-01T00:00Z.
    pub const fn ms(self) -> f64 {
        self.0
    }

    /// Days (fractional) from `origin` to this moment; negative before it.
    pub fn days_since(self, origin: Moment) -> f64 {
        (self - origin).days()
    }

    /// The number of the UTC day this moment falls in, counted from 1970-01-01 (day 0).
    pub fn day_number(self) -> i64 {
        (self.0 / MS_PER_DAY as f64).floor() as i64
    }

    /// The last multiple of `step` since 1970-01-01T00:00Z at or before this moment: a
    /// point of a grid that stays put while the view pans.
    pub fn floor_to(self, step: TimeSpan) -> Moment {
        Moment((self.0 / step.0).floor() * step.0)
    }

    /// The first multiple of `step` since 1970-01-01T00:00Z at or after this moment.
    pub fn ceil_to(self, step: TimeSpan) -> Moment {
        Moment((self.0 / step.0).ceil() * step.0)
    }

    /// Orders moments, NaN included, as [`f64::total_cmp`] does.
    pub fn total_cmp(&self, other: &Moment) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0)
    }

    /// Whether this is a real moment (not NaN or infinite).
    pub fn is_finite(self) -> bool {
        self.0.is_finite()
    }

    /// The earlier of two moments.
    pub fn min(self, other: Moment) -> Moment {
        Moment(self.0.min(other.0))
    }

    /// The later of two moments.
    pub fn max(self, other: Moment) -> Moment {
        Moment(self.0.max(other.0))
    }

    /// This moment kept within `earliest..=latest`.
    pub fn clamp(self, earliest: Moment, latest: Moment) -> Moment {
        Moment(super::bounded(self.0, earliest.0, latest.0))
    }
}

/// A length of time in milliseconds (negative when it runs backwards).
#[derive(Clone, Copy, Debug, Default, PartialEq, PartialOrd)]
pub struct TimeSpan(f64);

impl TimeSpan {
    /// One minute.
    pub const MINUTE: TimeSpan = TimeSpan(60_000.0);
    /// One hour: the narrowest view.
    pub const HOUR: TimeSpan = TimeSpan(3_600_000.0);
    /// One day.
    pub const DAY: TimeSpan = TimeSpan(MS_PER_DAY as f64);

    /// A span of `ms` milliseconds.
    pub const fn from_ms(ms: f64) -> TimeSpan {
        TimeSpan(ms)
    }

    /// A span of `days` days.
    pub fn from_days(days: f64) -> TimeSpan {
        TimeSpan::DAY * days
    }

    /// Its length in milliseconds.
    pub const fn ms(self) -> f64 {
        self.0
    }

    /// Its length in (fractional) days.
    pub fn days(self) -> f64 {
        self.0 / MS_PER_DAY as f64
    }

    /// The shorter of two spans.
    pub fn min(self, other: TimeSpan) -> TimeSpan {
        TimeSpan(self.0.min(other.0))
    }

    /// The longer of two spans.
    pub fn max(self, other: TimeSpan) -> TimeSpan {
        TimeSpan(self.0.max(other.0))
    }

    /// This span kept within `shortest..=longest`.
    pub fn clamp(self, shortest: TimeSpan, longest: TimeSpan) -> TimeSpan {
        TimeSpan(super::bounded(self.0, shortest.0, longest.0))
    }
}

impl Sub for Moment {
    type Output = TimeSpan;
    fn sub(self, earlier: Moment) -> TimeSpan {
        TimeSpan(self.0 - earlier.0)
    }
}

impl Add<TimeSpan> for Moment {
    type Output = Moment;
    fn add(self, span: TimeSpan) -> Moment {
        Moment(self.0 + span.0)
    }
}

impl Sub<TimeSpan> for Moment {
    type Output = Moment;
    fn sub(self, span: TimeSpan) -> Moment {
        Moment(self.0 - span.0)
    }
}

impl Add for TimeSpan {
    type Output = TimeSpan;
    fn add(self, other: TimeSpan) -> TimeSpan {
        TimeSpan(self.0 + other.0)
    }
}

impl Sub for TimeSpan {
    type Output = TimeSpan;
    fn sub(self, other: TimeSpan) -> TimeSpan {
        TimeSpan(self.0 - other.0)
    }
}

impl Mul<f64> for TimeSpan {
    type Output = TimeSpan;
    fn mul(self, factor: f64) -> TimeSpan {
        TimeSpan(self.0 * factor)
    }
}

impl Div<f64> for TimeSpan {
    type Output = TimeSpan;
    fn div(self, divisor: f64) -> TimeSpan {
        TimeSpan(self.0 / divisor)
    }
}

/// How many times one span fits in another.
impl Div for TimeSpan {
    type Output = f64;
    fn div(self, other: TimeSpan) -> f64 {
        self.0 / other.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moments_and_spans_add_up() {
        let start = Moment::from_ms(1_000.0);
        let end = start + TimeSpan::HOUR * 2.0;
        assert_eq!(end - start, TimeSpan::from_ms(7_200_000.0));
        assert_eq!(end - TimeSpan::HOUR, Moment::from_ms(3_601_000.0));
        assert_eq!((end - start) / TimeSpan::HOUR, 2.0);
        assert_eq!(TimeSpan::from_days(1.5).days(), 1.5);
        assert_eq!(TimeSpan::DAY / 24.0, TimeSpan::HOUR);
        assert_eq!(
            Moment::from_ms(-1.0).day_number(),
            -1,
            "the day before 1970-01-01"
        );
        assert_eq!(Moment::from_ms(0.0).day_number(), 0);
        assert_eq!(start.clamp(end, end + TimeSpan::DAY), end);
        assert!(start < end && start.min(end) == start && start.max(end) == end);
        let hour = TimeSpan::HOUR;
        let half_past = Moment::from_ms(0.0) + hour * 5.5;
        assert_eq!(half_past.floor_to(hour), Moment::from_ms(0.0) + hour * 5.0);
        assert_eq!(half_past.ceil_to(hour), Moment::from_ms(0.0) + hour * 6.0);
        assert_eq!(
            Moment::from_ms(-1.0).floor_to(TimeSpan::DAY).ms(),
            -86_400_000.0
        );
    }
}
