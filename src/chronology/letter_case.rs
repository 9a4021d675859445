//! Lower case for search and host names without the standard library's Unicode case tables
//! (about 11 KB of wasm): the scripts of the chronologies this viewer shows — Latin (ASCII,
//! Latin-1 and Latin Extended-A), Greek and Cyrillic — by arithmetic on code points. Other
//! letters are left as they are.

/// `c` in lower case, for the letters of Latin, Greek and Cyrillic; any other character
/// unchanged. `İ`, whose lower case is `i` and a combining dot, lowers to `i`.
///
/// # Example
/// ```
/// use chronoline::chronology::lower_letter;
/// assert_eq!(lower_letter('Q'), 'q');
/// assert_eq!(lower_letter('Ї'), 'ї');
/// assert_eq!(lower_letter('Ґ'), 'ґ');
/// assert_eq!(lower_letter('Ω'), 'ω');
/// assert_eq!(lower_letter('中'), '中');
/// ```
pub fn lower_letter(c: char) -> char {
    let code = c as u32;
    let lowered = match code {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB => code + 0x20,
        0x410..=0x42F => code + 0x20,
        0x400..=0x40F => code + 0x50,
        0x388..=0x38A => code + 0x25,
        0x386 => 0x3AC,
        0x38C => 0x3CC,
        0x38E..=0x38F => code + 0x3F,
        // Pairs where the capital is the even code point.
        0x100..=0x12F
        | 0x132..=0x137
        | 0x14A..=0x177
        | 0x460..=0x481
        | 0x48A..=0x4BF
        | 0x4D0..=0x52F
            if code % 2 == 0 =>
        {
            code + 1
        }
        // Pairs where the capital is the odd code point.
        0x139..=0x148 | 0x179..=0x17E | 0x4C1..=0x4CE if code % 2 == 1 => code + 1,
        0x130 => 0x69,
        0x178 => 0xFF,
        0x4C0 => 0x4CF,
        _ => code,
    };
    char::from_u32(lowered).unwrap_or(c)
}

/// `text` in lower case by [`lower_letter`]; ASCII text without a copy of the tables.
pub fn lower_case(text: &str) -> String {
    if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        text.chars().map(lower_letter).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character of the blocks named above (but for Greek's archaic and Coptic letters)
    /// lowers as the standard library does, to its first character where it gives two.
    #[test]
    fn lowers_latin_greek_and_cyrillic_as_the_standard_library_does() {
        let covered = |code: u32| {
            matches!(code, 0..=0x17F | 0x370..=0x3FF | 0x400..=0x52F)
                && !matches!(code, 0x3CF | 0x3D2..=0x3FF | 0x370..=0x385)
        };
        let mut checked = 0;
        for code in 0..0x530 {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            let Some(one) = c.to_lowercase().next() else {
                continue;
            };
            if covered(code) {
                assert_eq!(lower_letter(c), one, "U+{code:04X} {c}");
                checked += 1;
            }
        }
        assert!(checked > 700, "{checked}");
    }

    #[test]
    fn lowers_words_of_the_three_languages() {
        assert_eq!(lower_case("Prisoner EXCHANGE"), "prisoner exchange");
        assert_eq!(
            lower_case("ОБМІН Полоненими в Ґданську"),
            "обмін полоненими в ґданську"
        );
        assert_eq!(lower_case("ОБМЕН Пленными, ЁЖ"), "обмен пленными, ёж");
        assert_eq!(lower_case("Zürich ÉTÉ Łódź"), "zürich été łódź");
    }
}
