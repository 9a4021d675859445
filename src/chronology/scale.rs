//! A linear time scale as a value, like d3's `scaleTime`: a visible time span mapped onto a
//! pixel width. Zooming and panning return new scales; nothing here reads the DOM — the
//! width is passed in.

use super::model::TimelineEvent;
use super::time::{Moment, TimeSpan};

/// The span a view may show and where it may go.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ViewLimits {
    /// The first moment of the data.
    pub extent_start: Moment,
    /// The last moment of the data.
    pub extent_end: Moment,
    /// The narrowest span (one hour).
    pub min_span: TimeSpan,
    /// The widest span: the whole extent with a margin.
    pub max_span: TimeSpan,
}

impl ViewLimits {
    /// Limits for data spanning `start..end`: zoom from one hour to the whole extent plus a
    /// margin; pan only while the view still overlaps the data.
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::{Moment, TimeSpan, ViewLimits};
    /// let start = Moment::from_ms(0.0);
    /// let limits = ViewLimits::for_extent(start, start + TimeSpan::from_days(10.0));
    /// assert!(limits.max_span > TimeSpan::from_days(10.0));
    /// ```
    pub fn for_extent(start: Moment, end: Moment) -> ViewLimits {
        let span = (end - start).max(TimeSpan::DAY);
        ViewLimits {
            extent_start: start,
            extent_end: start + span,
            min_span: TimeSpan::HOUR,
            max_span: span * 1.25,
        }
    }

    /// Limits for `events`: from the first start to the last end (see
    /// [`ViewLimits::for_extent`]); a day from 1970-01-01 when there are none.
    pub fn for_events(events: &[TimelineEvent]) -> ViewLimits {
        let extent = events
            .iter()
            .fold(None, |extent: Option<(Moment, Moment)>, event| {
                let (start, end) = (event.start.earliest(), event.period_end());
                Some(extent.map_or((start, end), |(first, last)| {
                    (first.min(start), last.max(end))
                }))
            });
        let (first, last) = extent.unwrap_or_default();
        ViewLimits::for_extent(first, last)
    }
}

/// A visible time span (`start..end`) drawn across `width` pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimeScale {
    start: Moment,
    end: Moment,
    width: f64,
}

/// Where a view stands, in the units the marks layer positions marks by: days since an
/// origin (the data's start) and pixels per day.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LayerPosition {
    /// The view's first moment, in days since the origin.
    pub view_start_days: f64,
    /// The view's last moment, in days since the origin.
    pub view_end_days: f64,
    /// How many pixels a day takes.
    pub px_per_day: f64,
}

impl TimeScale {
    /// A scale showing `start..end` across `width` pixels. A degenerate span or width is
    /// widened to one hour or one pixel, so the scale always maps.
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::{Moment, TimeScale};
    /// let scale = TimeScale::new(Moment::from_ms(0.0), Moment::from_ms(1000.0), 100.0);
    /// assert_eq!(scale.x_of(Moment::from_ms(500.0)), 50.0);
    /// assert_eq!(scale.moment_at(25.0), Moment::from_ms(250.0));
    /// ```
    pub fn new(start: Moment, end: Moment, width: f64) -> TimeScale {
        let start = if start.is_finite() {
            start
        } else {
            Moment::from_ms(0.0)
        };
        let end = if end.is_finite() && end > start {
            end
        } else {
            start + TimeSpan::HOUR
        };
        let width = if width.is_finite() && width >= 1.0 {
            width
        } else {
            1.0
        };
        TimeScale { start, end, width }
    }

    /// The scale that shows all of `limits`' extent with a small margin on both sides.
    pub fn fit(limits: &ViewLimits, width: f64) -> TimeScale {
        let margin = (limits.extent_end - limits.extent_start) * 0.04;
        TimeScale::new(
            limits.extent_start - margin,
            limits.extent_end + margin,
            width,
        )
    }

    /// First visible moment.
    pub fn start(&self) -> Moment {
        self.start
    }

    /// Last visible moment.
    pub fn end(&self) -> Moment {
        self.end
    }

    /// The moment in the middle of the view.
    pub fn center(&self) -> Moment {
        self.start + self.span() / 2.0
    }

    /// Width in pixels.
    pub fn width(&self) -> f64 {
        self.width
    }

    /// Visible span.
    pub fn span(&self) -> TimeSpan {
        self.end - self.start
    }

    /// Pixel position of a moment.
    pub fn x_of(&self, moment: Moment) -> f64 {
        (moment - self.start) / self.span() * self.width
    }

    /// How many pixels a span takes.
    pub fn width_of(&self, span: TimeSpan) -> f64 {
        span / self.span() * self.width
    }

    /// The moment at a pixel position (the inverse of [`TimeScale::x_of`]).
    pub fn moment_at(&self, x: f64) -> Moment {
        self.start + self.span() * (x / self.width)
    }

    /// Where this view stands for a marks layer whose positions count days from `origin`.
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::{Moment, TimeScale, TimeSpan};
    /// let origin = Moment::from_ms(0.0);
    /// let scale = TimeScale::new(origin + TimeSpan::DAY, origin + TimeSpan::from_days(11.0), 500.0);
    /// let layer = scale.layer_position(origin);
    /// assert_eq!((layer.view_start_days, layer.view_end_days, layer.px_per_day), (1.0, 11.0, 50.0));
    /// ```
    pub fn layer_position(&self, origin: Moment) -> LayerPosition {
        LayerPosition {
            view_start_days: self.start.days_since(origin),
            view_end_days: self.end.days_since(origin),
            px_per_day: self.width_of(TimeSpan::DAY),
        }
    }

    /// The same visible span across another width, as when the window is resized.
    pub fn with_width(&self, width: f64) -> TimeScale {
        TimeScale::new(self.start, self.end, width)
    }

    /// Zooms by `factor` (> 1 zooms in) keeping the moment under `anchor_x` in place, within
    /// `limits`.
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::{Moment, TimeScale, TimeSpan, ViewLimits};
    /// let start = Moment::from_ms(0.0);
    /// let end = start + TimeSpan::from_days(100.0);
    /// let limits = ViewLimits::for_extent(start, end);
    /// let scale = TimeScale::new(start, end, 1000.0);
    /// let zoomed = scale.zoomed(2.0, 250.0, &limits);
    /// assert_eq!(zoomed.span(), TimeSpan::from_days(50.0));
    /// assert!((zoomed.moment_at(250.0) - scale.moment_at(250.0)).ms().abs() < 1.0);
    /// ```
    pub fn zoomed(&self, factor: f64, anchor_x: f64, limits: &ViewLimits) -> TimeScale {
        if !factor.is_finite() || factor <= 0.0 {
            return *self;
        }
        let anchor = self.moment_at(anchor_x);
        let span = (self.span() / factor).clamp(limits.min_span, limits.max_span);
        let start = anchor - span * (anchor_x / self.width);
        TimeScale::new(start, start + span, self.width).clamped(limits)
    }

    /// Moves the view by `dx` pixels (positive shows later times), within `limits`.
    pub fn panned(&self, dx: f64, limits: &ViewLimits) -> TimeScale {
        let shift = if dx.is_finite() {
            self.span() * (dx / self.width)
        } else {
            TimeSpan::default()
        };
        TimeScale::new(self.start + shift, self.end + shift, self.width).clamped(limits)
    }

    /// Shows `start..end`, clamped to `limits` (as when restoring a view from a URL).
    pub fn showing(&self, start: Moment, end: Moment, limits: &ViewLimits) -> TimeScale {
        let span = (end - start).clamp(limits.min_span, limits.max_span);
        let center = if start.is_finite() && end.is_finite() {
            start + (end - start) / 2.0
        } else {
            self.center()
        };
        TimeScale::new(center - span / 2.0, center + span / 2.0, self.width).clamped(limits)
    }

    /// Keeps the span within the zoom limits and the view's centre within the data.
    fn clamped(&self, limits: &ViewLimits) -> TimeScale {
        let span = self.span().clamp(limits.min_span, limits.max_span);
        let center = self.center().clamp(limits.extent_start, limits.extent_end);
        TimeScale {
            start: center - span / 2.0,
            end: center + span / 2.0,
            width: self.width,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(n: f64) -> Moment {
        Moment::from_ms(0.0) + TimeSpan::from_days(n)
    }

    fn limits() -> ViewLimits {
        ViewLimits::for_extent(day(0.0), day(1000.0))
    }

    #[test]
    fn zoom_keeps_the_anchor_in_place_and_respects_limits() {
        let limits = limits();
        let scale = TimeScale::fit(&limits, 800.0);
        for anchor in [0.0, 123.0, 400.0, 799.0] {
            let zoomed = scale.zoomed(3.0, anchor, &limits);
            assert!(
                (zoomed.moment_at(anchor) - scale.moment_at(anchor))
                    .ms()
                    .abs()
                    < 1.0
            );
        }
        let mut deep = scale;
        for _ in 0..100 {
            deep = deep.zoomed(2.0, 400.0, &limits);
        }
        assert_eq!(deep.span(), TimeSpan::HOUR, "never narrower than an hour");
        let mut wide = scale;
        for _ in 0..100 {
            wide = wide.zoomed(0.5, 400.0, &limits);
        }
        assert_eq!(wide.span(), limits.max_span, "never wider than the extent");
    }

    #[test]
    fn pan_moves_by_pixels_and_stops_at_the_data() {
        let limits = limits();
        let scale = TimeScale::new(day(100.0), day(200.0), 1000.0);
        let moved = scale.panned(100.0, &limits);
        assert!((moved.start() - day(110.0)).ms().abs() < 1.0);
        let far = scale.panned(1e9, &limits);
        assert!((far.center() - day(1000.0)).ms().abs() < 1.0);
        let back = scale.panned(-1e9, &limits);
        assert!((back.center() - day(0.0)).ms().abs() < 1.0);
    }

    #[test]
    fn limits_run_from_the_first_start_to_the_last_end() {
        let events = crate::chronology::parse_chronology(
            r#"{"format_version": 1, "events": [
              {"id": "b", "start": "2025-06", "lane": "talks", "title": "June"},
              {"id": "a", "start": "2025-01-10", "lane": "talks", "title": "January"}]}"#,
        )
        .unwrap()
        .chronology
        .events;
        let limits = ViewLimits::for_events(&events);
        let at = |text| {
            crate::chronology::EventDate::parse(text)
                .unwrap()
                .earliest()
        };
        assert_eq!(limits.extent_start, at("2025-01-10"));
        assert_eq!(limits.extent_end, at("2025-07-01"), "the end of June");
        assert_eq!(ViewLimits::for_events(&[]).extent_start, Moment::default());
    }

    #[test]
    fn degenerate_input_still_maps() {
        let scale = TimeScale::new(
            Moment::from_ms(f64::NAN),
            Moment::from_ms(f64::NEG_INFINITY),
            0.0,
        );
        assert!(scale.x_of(day(0.0)).is_finite());
        assert_eq!(scale.zoomed(f64::NAN, 0.0, &limits()), scale);
        let restored = scale.showing(day(5.0), day(5.0), &limits());
        assert_eq!(restored.span(), TimeSpan::HOUR);
    }
}
