//! Finding a quoted passage in a source text the way a reader would: tolerant of the
//! differences real copy has — curly or straight quotes and apostrophes, kinds of dashes,
//! runs of white space and line breaks, letter case.

use std::ops::Range;

/// One character of the normalized text and where it came from in the original.
struct Folded {
    text: Vec<char>,
    /// For each folded character, the byte range of the original text it stands for.
    origin: Vec<Range<usize>>,
}

/// The comparable form of a character: typographic quotes, apostrophes and dashes become
/// their ASCII forms, letters lower case.
fn fold_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '«' | '»' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => '-',
        c => c.to_lowercase().next().unwrap_or(c),
    }
}

fn fold(text: &str) -> Folded {
    let mut folded = Folded {
        text: Vec::with_capacity(text.len()),
        origin: Vec::with_capacity(text.len()),
    };
    let mut in_space = false;
    for (start, c) in text.char_indices() {
        let end = start + c.len_utf8();
        if c.is_whitespace() {
            if in_space {
                if let Some(last) = folded.origin.last_mut() {
                    last.end = end;
                }
            } else if !folded.text.is_empty() {
                folded.text.push(' ');
                folded.origin.push(start..end);
            }
            in_space = true;
            continue;
        }
        in_space = false;
        folded.text.push(fold_char(c));
        folded.origin.push(start..end);
    }
    if folded.text.last() == Some(&' ') {
        folded.text.pop();
        folded.origin.pop();
    }
    folded
}

/// Every place `quote` occurs in `text`, as byte ranges of `text`, without overlaps, in order.
/// Quotes, dashes, white space and case may differ between the two.
///
/// # Example
/// ```
/// use chronoline::timeline::find_passages;
/// let text = "He said: ‘The swap  is done’ — twice.\nHe said: 'the swap is done' - twice.";
/// let found = find_passages(text, "'The swap is done' - twice");
/// assert_eq!(found.len(), 2);
/// assert_eq!(&text[found[0].clone()], "‘The swap  is done’ — twice");
/// ```
pub fn find_passages(text: &str, quote: &str) -> Vec<Range<usize>> {
    let needle = fold(quote).text;
    if needle.is_empty() {
        return Vec::new();
    }
    let haystack = fold(text);
    let mut found = Vec::new();
    let mut at = 0;
    while at + needle.len() <= haystack.text.len() {
        if haystack.text[at..at + needle.len()] == needle[..] {
            let start = haystack.origin[at].start;
            let end = haystack.origin[at + needle.len() - 1].end;
            found.push(start..end);
            at += needle.len();
        } else {
            at += 1;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typography_white_space_and_case_do_not_hide_a_passage() {
        let text = "Zelensky: “We  are bringing\nour people home” – said on X.";
        for quote in [
            "\"We are bringing our people home\" - said",
            "“we are bringing our people home” — SAID",
            "We are bringing our people home",
        ] {
            let found = find_passages(text, quote);
            assert_eq!(found.len(), 1, "{quote}");
        }
        let found = find_passages(text, "We are bringing our people home");
        assert_eq!(&text[found[0].clone()], "We  are bringing\nour people home");
    }

    #[test]
    fn every_occurrence_is_found_and_none_twice() {
        assert_eq!(find_passages("abab ab", "ab").len(), 3);
        assert_eq!(find_passages("aaaa", "aa"), vec![0..2, 2..4]);
        assert!(find_passages("text", "").is_empty());
        assert!(find_passages("text", "   ").is_empty());
        assert!(find_passages("", "x").is_empty());
    }

    #[test]
    fn cyrillic_text_matches_regardless_of_case() {
        let text = "Україна повернула 150 захисників. УКРАЇНА ПОВЕРНУЛА 150 ЗАХИСНИКІВ.";
        let found = find_passages(text, "україна повернула 150 захисників");
        assert_eq!(found.len(), 2);
        assert_eq!(&text[found[1].clone()], "УКРАЇНА ПОВЕРНУЛА 150 ЗАХИСНИКІВ");
    }
}
