//! How a lane looks: lane `N` of a document takes look `N % LANE_LOOKS`, a colour and a
//! shape, given by the class [`lane_class`] names. The looks themselves are the one table in
//! `style/lanes.css`; this module holds their number, and its test checks the two agree.

/// How many lane looks (colour and shape pairs) `style/lanes.css` defines; lanes beyond
/// repeat them.
pub const LANE_LOOKS: usize = 6;

/// The class that gives the lane at `index` (its position in the document) its colour and
/// shape.
///
/// # Example
/// ```
/// use chronoline::chronology::lane_class;
/// assert_eq!(lane_class(1), "lane-1");
/// assert_eq!(lane_class(7), "lane-1");
/// ```
pub fn lane_class(index: usize) -> &'static str {
    const CLASSES: [&str; LANE_LOOKS] =
        ["lane-0", "lane-1", "lane-2", "lane-3", "lane-4", "lane-5"];
    CLASSES[index % LANE_LOOKS]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stylesheet_has_one_look_per_class_each_with_a_colour_and_a_shape() {
        let css = include_str!("../../style/lanes.css");
        let rows: Vec<&str> = css
            .lines()
            .filter(|line| line.starts_with(".lane-") && line.contains('{'))
            .collect();
        assert_eq!(rows.len(), LANE_LOOKS);
        for (index, row) in rows.iter().enumerate() {
            assert!(
                row.starts_with(&format!(".{} {{", lane_class(index))),
                "{row}"
            );
            assert!(
                row.contains(&format!("--lane-color: var(--lane-{index});")),
                "{row}"
            );
            assert!(
                row.contains("--lane-clip:") && row.contains("--lane-radius:"),
                "{row}"
            );
        }
        let tokens = include_str!("../../style/tokens.css");
        for index in 0..LANE_LOOKS {
            assert!(
                tokens.contains(&format!("--lane-{index}: light-dark(")),
                "token {index}"
            );
        }
        assert!(
            !tokens.contains(&format!("--lane-{LANE_LOOKS}:")),
            "a token no class uses"
        );
    }
}
