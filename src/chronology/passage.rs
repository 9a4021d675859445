//! Finding a quoted passage in a source text the way a reader would: tolerant of the
//! differences real copy has — curly or straight quotes and apostrophes, kinds of dashes,
//! runs of white space and line breaks, letter case.

use std::ops::Range;

use memchr::memmem;

/// The comparable form of a character: typographic quotes, apostrophes and dashes become
/// their ASCII forms, letters lower case.
///
/// Letters are lowered by [`super::lower_letter`] (Latin, Greek, Cyrillic), one character
/// for one, so every folded character stands for exactly one original character.
fn fold_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '«' | '»' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => '-',
        c => super::lower_letter(c),
    }
}

/// One character of the folded text and the original character it stands for.
#[derive(Clone, Copy)]
struct FoldedChar {
    folded: char,
    /// Byte offset of the original character (for a space: of the first character of the
    /// white space run it stands for).
    start: usize,
    /// Length in bytes of that original character.
    len: usize,
}

/// Walks a text in its folded form: each run of white space becomes one space, white space
/// before the first and after the last other character is dropped, and every other
/// character is [`fold_char`]ed.
///
/// The folded text is never stored with its origins: [`find_passages`] keeps only the folded
/// `String` and walks the original again, in step, to map its matches back.
struct Folding<'a> {
    chars: std::str::CharIndices<'a>,
    /// Whether a character other than white space has been yielded.
    started: bool,
    /// A character read past a white space run, yielded after the space.
    queued: Option<FoldedChar>,
}

impl<'a> Folding<'a> {
    fn new(text: &'a str) -> Self {
        Folding {
            chars: text.char_indices(),
            started: false,
            queued: None,
        }
    }
}

impl Iterator for Folding<'_> {
    type Item = FoldedChar;

    fn next(&mut self) -> Option<FoldedChar> {
        if let Some(queued) = self.queued.take() {
            return Some(queued);
        }
        let mut space: Option<FoldedChar> = None;
        for (start, c) in self.chars.by_ref() {
            if c.is_whitespace() {
                space.get_or_insert(FoldedChar {
                    folded: ' ',
                    start,
                    len: c.len_utf8(),
                });
                continue;
            }
            let folded = FoldedChar {
                folded: fold_char(c),
                start,
                len: c.len_utf8(),
            };
            match space {
                Some(space) if self.started => {
                    self.queued = Some(folded);
                    return Some(space);
                }
                _ => {
                    self.started = true;
                    return Some(folded);
                }
            }
        }
        None
    }
}

/// The folded form of a whole text.
fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    folded.extend(Folding::new(text).map(|c| c.folded));
    folded
}

/// Every place `quote` occurs in `text`, as byte ranges of `text`, without overlaps, in order.
/// Quotes, dashes, white space and case may differ between the two.
///
/// Both texts are folded (typographic quotes, apostrophes and dashes to ASCII, runs of white
/// space to one space, lower case) and the folded quote is searched for in the folded text.
/// A range starts at the first and ends after the last original character of a match, so it
/// never takes in white space around the passage.
///
/// # Complexity
/// Linear: O(`text.len()` + `quote.len()`) time, whatever the two texts contain (the search is
/// [`memchr::memmem`], whose worst case is linear), and one folded copy of `text` — about its
/// size in bytes — besides the result.
///
/// # Example
/// ```
/// use chronoline::chronology::find_passages;
/// let text = "He said: ‘The swap  is done’ — twice.\nHe said: 'the swap is done' - twice.";
/// let found = find_passages(text, "'The swap is done' - twice");
/// assert_eq!(found.len(), 2);
/// assert_eq!(&text[found[0].clone()], "‘The swap  is done’ — twice");
/// assert_eq!(&text[found[1].clone()], "'the swap is done' - twice");
/// ```
pub fn find_passages(text: &str, quote: &str) -> Vec<Range<usize>> {
    let needle = fold(quote);
    if needle.is_empty() {
        return Vec::new();
    }
    let haystack = fold(text);
    let finder = memmem::Finder::new(needle.as_bytes());
    // The original text is walked once, in step with the folded text: `at` is the folded
    // byte offset of the next character the walk yields. Matches come in order and do not
    // overlap, so the walk never goes back.
    let mut walk = Folding::new(text);
    let mut at = 0;
    let mut found = Vec::new();
    for match_start in finder.find_iter(haystack.as_bytes()) {
        let match_end = match_start + needle.len();
        let mut start = None;
        for c in walk.by_ref() {
            let here = at;
            at += c.folded.len_utf8();
            if here == match_start {
                start = Some(c.start);
            }
            if at == match_end {
                if let Some(start) = start {
                    found.push(start..c.start + c.len);
                }
                break;
            }
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

    #[test]
    fn letters_whose_lower_case_changes_length_map_back_exactly() {
        // 'İ' (2 bytes) folds to 'i' (1 byte).
        let text = "Çağrı: KİLİS, Kilis and ȺB.";
        let found = find_passages(text, "kilis");
        assert_eq!(found.len(), 2);
        assert_eq!(&text[found[0].clone()], "KİLİS");
        assert_eq!(&text[found[1].clone()], "Kilis");
        // A capital outside Latin-1, Latin Extended-A, Greek and Cyrillic keeps its case.
        assert_eq!(find_passages(text, "ȺB").len(), 1);
        assert!(find_passages(text, "ⱥb").is_empty());
        let found = find_passages("İİ İ", "i̇i");
        assert!(
            found.is_empty(),
            "the combining dot of İ's lower case is not kept"
        );
        assert_eq!(find_passages("xİİ İ", "ii i"), vec![1..8]);
    }

    #[test]
    fn a_range_ends_at_the_last_character_not_at_white_space_after_it() {
        let text = "  one \n\t two  \n three  ";
        let found = find_passages(text, "one two");
        assert_eq!(&text[found[0].clone()], "one \n\t two");
        let found = find_passages(text, "two three");
        assert_eq!(&text[found[0].clone()], "two  \n three");
        assert_eq!(find_passages(text, " three "), vec![16..21]);
    }

    #[test]
    fn a_five_megabyte_text_and_an_unlucky_quote_take_linear_time() {
        let text = "a".repeat(5 * 1024 * 1024);
        let mut quote = "a".repeat(1_999);
        quote.push('b');
        assert!(find_passages(&text, &quote).is_empty());
        let mut ending = text.clone();
        ending.push('B');
        assert_eq!(
            find_passages(&ending, &quote),
            vec![ending.len() - 2_000..ending.len()]
        );
    }
}
