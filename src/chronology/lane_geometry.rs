//! Where the timeline's lanes and rows sit vertically, and how far a cluster opens when it is
//! clicked: plain values the view positions its elements with, tested here.

use super::time::{Moment, TimeSpan};

/// The timeline's vertical bands, in CSS pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LaneGeometry {
    /// The axis labels band at the top.
    pub axis: f64,
    /// A lane's label band, above its rows.
    pub label: f64,
    /// One row of marks.
    pub row: f64,
    /// Space below a lane's last row.
    pub padding: f64,
    /// The band under the lanes where era labels sit, in a chronology that has eras.
    pub era_labels: f64,
}

/// The sizes the timeline is drawn with.
pub const LANE_GEOMETRY: LaneGeometry = LaneGeometry {
    axis: 28.0,
    label: 22.0,
    row: 30.0,
    padding: 6.0,
    era_labels: 22.0,
};

impl LaneGeometry {
    /// The height of a lane of `rows` rows.
    pub fn lane_height(&self, rows: usize) -> f64 {
        self.label + rows as f64 * self.row + self.padding
    }

    /// Where each lane starts (`None` for a hidden lane, which takes no room) and the height
    /// of the whole plot, for lanes given as (hidden, rows).
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::LANE_GEOMETRY;
    /// let (tops, height) = LANE_GEOMETRY.lane_tops([(false, 2), (true, 3), (false, 1)]);
    /// assert_eq!(tops, [Some(28.0), None, Some(28.0 + 22.0 + 60.0 + 6.0)]);
    /// assert_eq!(height, 28.0 + (22.0 + 60.0 + 6.0) + (22.0 + 30.0 + 6.0));
    /// ```
    pub fn lane_tops(
        &self,
        lanes: impl IntoIterator<Item = (bool, usize)>,
    ) -> (Vec<Option<f64>>, f64) {
        let mut y = self.axis;
        let tops = lanes
            .into_iter()
            .map(|(hidden, rows)| {
                (!hidden).then(|| {
                    let top = y;
                    y += self.lane_height(rows);
                    top
                })
            })
            .collect();
        (tops, y)
    }

    /// The top of row `row` of a lane that starts at `lane_top`.
    pub fn row_top(&self, lane_top: f64, row: usize) -> f64 {
        lane_top + self.label + row as f64 * self.row
    }
}

/// The span a clicked cluster opens to: its events from the first start to the last, at
/// least a day, with 15 % of that span as margin on either side (and a day more after the
/// last, so a one-day event there is whole).
///
/// # Example
/// ```
/// use chronoline::chronology::{cluster_zoom_span, Moment, TimeSpan};
/// let day = |n| Moment::from_ms(0.0) + TimeSpan::from_days(n);
/// assert_eq!(cluster_zoom_span(day(0.0), day(10.0)), (day(-1.5), day(12.5)));
/// ```
pub fn cluster_zoom_span(first: Moment, last: Moment) -> (Moment, Moment) {
    let span = (last - first).max(TimeSpan::DAY);
    let margin = span * 0.15;
    (first - margin, last + span.min(TimeSpan::DAY) + margin)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_lanes_take_no_room_and_rows_stack() {
        let (tops, height) = LANE_GEOMETRY.lane_tops([(true, 1), (true, 3)]);
        assert_eq!((tops, height), (vec![None, None], LANE_GEOMETRY.axis));
        let (tops, _) = LANE_GEOMETRY.lane_tops([(false, 3), (false, 0)]);
        let second = tops[1].unwrap();
        assert_eq!(second, LANE_GEOMETRY.axis + LANE_GEOMETRY.lane_height(3));
        // The last row of the first lane ends where its padding begins.
        let last_row = LANE_GEOMETRY.row_top(tops[0].unwrap(), 2);
        assert_eq!(last_row + LANE_GEOMETRY.row + LANE_GEOMETRY.padding, second);
    }

    #[test]
    fn a_cluster_of_one_day_opens_to_a_few_days_around_it() {
        let days = TimeSpan::from_days;
        let day = Moment::from_ms(0.0) + days(20_000.0);
        let (start, end) = cluster_zoom_span(day, day);
        assert!(start < day && end > day + TimeSpan::DAY);
        assert!((end - start) < days(3.0));
        let (start, end) = cluster_zoom_span(day, day + days(100.0));
        assert_eq!(start, day - days(15.0));
        assert_eq!(end, day + days(100.0) + TimeSpan::DAY + days(15.0));
    }
}
