//! A linear time scale as a value, like d3's `scaleTime`: a visible time span mapped onto a
//! pixel width. Zooming and panning return new scales; nothing here reads the DOM — the
//! width is passed in.

/// One hour in milliseconds: the narrowest view.
pub const HOUR_MS: f64 = 3_600_000.0;
/// One day in milliseconds.
pub const DAY_MS: f64 = 86_400_000.0;

/// The span a view may show and where it may go.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ViewLimits {
    /// The first millisecond of the data.
    pub extent_start: f64,
    /// The last millisecond of the data.
    pub extent_end: f64,
    /// The narrowest span (one hour).
    pub min_span: f64,
    /// The widest span: the whole extent with a margin.
    pub max_span: f64,
}

impl ViewLimits {
    /// Limits for data spanning `start..end` (ms): zoom from one hour to the whole extent
    /// plus a margin; pan only while the view still overlaps the data.
    ///
    /// # Example
    /// ```
    /// use chronoline::timeline::{ViewLimits, DAY_MS};
    /// let limits = ViewLimits::for_extent(0.0, 10.0 * DAY_MS);
    /// assert!(limits.max_span > 10.0 * DAY_MS);
    /// ```
    pub fn for_extent(start: f64, end: f64) -> ViewLimits {
        let span = (end - start).max(DAY_MS);
        ViewLimits {
            extent_start: start,
            extent_end: start + span,
            min_span: HOUR_MS,
            max_span: span * 1.25,
        }
    }
}

/// A visible time span (`start..end`, ms since the Unix epoch) drawn across `width` pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimeScale {
    start: f64,
    end: f64,
    width: f64,
}

impl TimeScale {
    /// A scale showing `start..end` across `width` pixels. A degenerate span or width is
    /// widened to one hour or one pixel, so the scale always maps.
    ///
    /// # Example
    /// ```
    /// use chronoline::timeline::TimeScale;
    /// let scale = TimeScale::new(0.0, 1000.0, 100.0);
    /// assert_eq!(scale.x_of(500.0), 50.0);
    /// assert_eq!(scale.ms_at(25.0), 250.0);
    /// ```
    pub fn new(start: f64, end: f64, width: f64) -> TimeScale {
        let start = if start.is_finite() { start } else { 0.0 };
        let end = if end.is_finite() && end > start {
            end
        } else {
            start + HOUR_MS
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
        let span = limits.extent_end - limits.extent_start;
        let margin = span * 0.04;
        TimeScale::new(
            limits.extent_start - margin,
            limits.extent_end + margin,
            width,
        )
    }

    /// First visible millisecond.
    pub fn start(&self) -> f64 {
        self.start
    }

    /// Last visible millisecond.
    pub fn end(&self) -> f64 {
        self.end
    }

    /// Width in pixels.
    pub fn width(&self) -> f64 {
        self.width
    }

    /// Visible span in milliseconds.
    pub fn span(&self) -> f64 {
        self.end - self.start
    }

    /// Pixel position of a moment.
    pub fn x_of(&self, ms: f64) -> f64 {
        (ms - self.start) / self.span() * self.width
    }

    /// The moment at a pixel position (the inverse of [`TimeScale::x_of`]).
    pub fn ms_at(&self, x: f64) -> f64 {
        self.start + x / self.width * self.span()
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
    /// use chronoline::timeline::{TimeScale, ViewLimits, DAY_MS};
    /// let limits = ViewLimits::for_extent(0.0, 100.0 * DAY_MS);
    /// let scale = TimeScale::new(0.0, 100.0 * DAY_MS, 1000.0);
    /// let zoomed = scale.zoomed(2.0, 250.0, &limits);
    /// assert_eq!(zoomed.span(), 50.0 * DAY_MS);
    /// assert!((zoomed.ms_at(250.0) - scale.ms_at(250.0)).abs() < 1.0);
    /// ```
    pub fn zoomed(&self, factor: f64, anchor_x: f64, limits: &ViewLimits) -> TimeScale {
        if !factor.is_finite() || factor <= 0.0 {
            return *self;
        }
        let anchor_ms = self.ms_at(anchor_x);
        let span = (self.span() / factor).clamp(limits.min_span, limits.max_span);
        let start = anchor_ms - anchor_x / self.width * span;
        TimeScale::new(start, start + span, self.width).clamped(limits)
    }

    /// Moves the view by `dx` pixels (positive shows later times), within `limits`.
    pub fn panned(&self, dx: f64, limits: &ViewLimits) -> TimeScale {
        let shift = if dx.is_finite() {
            dx / self.width * self.span()
        } else {
            0.0
        };
        TimeScale::new(self.start + shift, self.end + shift, self.width).clamped(limits)
    }

    /// Shows `start..end`, clamped to `limits` (as when restoring a view from a URL).
    pub fn showing(&self, start: f64, end: f64, limits: &ViewLimits) -> TimeScale {
        let span = (end - start).clamp(limits.min_span, limits.max_span);
        let center = if start.is_finite() && end.is_finite() {
            (start + end) / 2.0
        } else {
            self.start + self.span() / 2.0
        };
        TimeScale::new(center - span / 2.0, center + span / 2.0, self.width).clamped(limits)
    }

    /// Keeps the span within the zoom limits and the view's centre within the data.
    fn clamped(&self, limits: &ViewLimits) -> TimeScale {
        let span = self.span().clamp(limits.min_span, limits.max_span);
        let center = (self.start + self.span() / 2.0).clamp(limits.extent_start, limits.extent_end);
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

    fn limits() -> ViewLimits {
        ViewLimits::for_extent(0.0, 1000.0 * DAY_MS)
    }

    #[test]
    fn zoom_keeps_the_anchor_in_place_and_respects_limits() {
        let limits = limits();
        let scale = TimeScale::fit(&limits, 800.0);
        for anchor in [0.0, 123.0, 400.0, 799.0] {
            let zoomed = scale.zoomed(3.0, anchor, &limits);
            assert!((zoomed.ms_at(anchor) - scale.ms_at(anchor)).abs() < 1.0);
        }
        let mut deep = scale;
        for _ in 0..100 {
            deep = deep.zoomed(2.0, 400.0, &limits);
        }
        assert_eq!(deep.span(), HOUR_MS, "never narrower than an hour");
        let mut wide = scale;
        for _ in 0..100 {
            wide = wide.zoomed(0.5, 400.0, &limits);
        }
        assert_eq!(wide.span(), limits.max_span, "never wider than the extent");
    }

    #[test]
    fn pan_moves_by_pixels_and_stops_at_the_data() {
        let limits = limits();
        let scale = TimeScale::new(100.0 * DAY_MS, 200.0 * DAY_MS, 1000.0);
        let moved = scale.panned(100.0, &limits);
        assert!((moved.start() - 110.0 * DAY_MS).abs() < 1.0);
        let far = scale.panned(1e9, &limits);
        assert!((far.start() + far.span() / 2.0 - 1000.0 * DAY_MS).abs() < 1.0);
        let back = scale.panned(-1e9, &limits);
        assert!((back.start() + back.span() / 2.0).abs() < 1.0);
    }

    #[test]
    fn degenerate_input_still_maps() {
        let scale = TimeScale::new(f64::NAN, f64::NEG_INFINITY, 0.0);
        assert!(scale.x_of(0.0).is_finite());
        assert_eq!(scale.zoomed(f64::NAN, 0.0, &limits()), scale);
        let restored = scale.showing(5.0 * DAY_MS, 5.0 * DAY_MS, &limits());
        assert_eq!(restored.span(), HOUR_MS);
    }
}
