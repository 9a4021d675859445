//! Numbers written for CSS and for people without the float formatter: a fixed number of
//! decimals by integer arithmetic. (Rust's float formatting costs several kilobytes of wasm;
//! every number the views write has a known precision.)

/// `value` rounded to `places` decimals (at most 9) and written without trailing zeros:
/// `decimal(2.5, 1)` is `"2.5"`, `decimal(3.0, 6)` is `"3"`, `decimal(-0.04, 1)` is `"0"`.
/// Not-a-number and infinities are written `"0"`; values beyond ±9·10¹⁸ / 10^`places` (what
/// a 64-bit integer holds) are clamped.
///
/// # Example
/// ```
/// use chronoline::chronology::decimal;
/// assert_eq!(decimal(12.345678, 6), "12.345678");
/// assert_eq!(decimal(-1.25, 1), "-1.3");
/// assert_eq!(decimal(0.1 + 0.2, 9), "0.3");
/// assert_eq!(decimal(18.0, 2), "18");
/// ```
pub fn decimal(value: f64, places: u32) -> String {
    let places = places.min(9);
    let scale = 10_i64.pow(places);
    let limit = 9e18 / scale as f64;
    let value = if value.is_finite() {
        bounded(value, -limit, limit)
    } else {
        0.0
    };
    // Rounds half away from zero, as `f64::round` does.
    let scaled = (value * scale as f64).round() as i64;
    if scaled == 0 {
        return "0".to_owned();
    }
    let sign = if scaled < 0 { "-" } else { "" };
    let magnitude = scaled.unsigned_abs();
    let whole = magnitude / scale as u64;
    let mut fraction = magnitude % scale as u64;
    if fraction == 0 {
        return format!("{sign}{whole}");
    }
    let mut digits = places as usize;
    while fraction % 10 == 0 {
        fraction /= 10;
        digits -= 1;
    }
    format!("{sign}{whole}.{fraction:0digits$}")
}

/// `value` kept within `low..=high`, without `f64::clamp`'s check that `low <= high`
/// (whose panic message brings the float formatter into the wasm). Not-a-number becomes `low`.
///
/// # Example
/// ```
/// use chronoline::chronology::bounded;
/// assert_eq!(bounded(7.5, 0.0, 5.0), 5.0);
/// assert_eq!(bounded(-1.0, 0.0, 5.0), 0.0);
/// assert_eq!(bounded(f64::NAN, 0.0, 5.0), 0.0);
/// ```
pub fn bounded(value: f64, low: f64, high: f64) -> f64 {
    value.max(low).min(high)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_round_and_trim_like_the_float_formatter() {
        for (value, places) in [
            (0.0, 6),
            (1.5, 1),
            (123.456_789_123, 6),
            (-0.000_000_4, 6),
            (-7.25, 2),
            (99.999_96, 4),
            (1e6 / 3.0, 9),
            (20_265.041_666_666_67, 6),
        ] {
            let ours: f64 = decimal(value, places).parse().unwrap();
            let formatted: f64 = format!("{value:.places$}", places = places as usize)
                .parse()
                .unwrap();
            assert!(
                (ours - formatted).abs() < 1e-9,
                "{value} to {places}: {ours} vs {formatted}"
            );
        }
        assert_eq!(decimal(0.05, 2), "0.05");
        assert_eq!(decimal(10.0, 1), "10");
        assert_eq!(decimal(f64::NAN, 3), "0");
        assert_eq!(decimal(f64::INFINITY, 3), "0");
        assert_eq!(decimal(-3.0, 0), "-3");
        assert_eq!(
            decimal(1_750_000_000_123.4, 0),
            "1750000000123",
            "milliseconds since 1970"
        );
        assert_eq!(decimal(1e300, 9), "9000000000");
    }
}
