//! Pages of a long source text, so that a reader shows a megabyte of text, or a million short
//! paragraphs, a page at a time.

/// Bytes of text on a page, about.
pub const TEXT_PAGE_BYTES: usize = 64 * 1024;

/// Paragraphs on a page, at most.
pub const TEXT_PAGE_PARAGRAPHS: usize = 200;

/// Where the page that starts at byte `from` ends: after about [`TEXT_PAGE_BYTES`] or
/// [`TEXT_PAGE_PARAGRAPHS`] paragraphs (a paragraph ends at a blank line), at the end of a
/// paragraph — or, in a paragraph far longer than a page, at a line break or space.
///
/// # Example
/// ```
/// use chronoline::chronology::{page_end, TEXT_PAGE_PARAGRAPHS};
/// let text = "a\n\n".repeat(1000);
/// let end = page_end(&text, 0);
/// assert_eq!(text[..end].split("\n\n").count(), TEXT_PAGE_PARAGRAPHS);
/// assert_eq!(page_end("short", 0), 5);
/// ```
pub fn page_end(text: &str, from: usize) -> usize {
    let from = floor_boundary(text, from);
    let mut end = from;
    for _ in 0..TEXT_PAGE_PARAGRAPHS {
        match memchr::memmem::find(&text.as_bytes()[end..], b"\n\n") {
            Some(blank) if end + blank - from > 2 * TEXT_PAGE_BYTES => {
                return cut_near(text, from + TEXT_PAGE_BYTES)
            }
            Some(blank) => {
                end += blank;
                if end - from >= TEXT_PAGE_BYTES {
                    return end;
                }
                end += 2;
            }
            None if text.len() - from > 2 * TEXT_PAGE_BYTES => {
                return cut_near(text, from + TEXT_PAGE_BYTES)
            }
            None => return text.len(),
        }
    }
    end - 2
}

/// Where the page that ends at byte `to` starts: as [`page_end`], backwards.
///
/// # Example
/// ```
/// use chronoline::chronology::{page_start, page_end};
/// let text = "one\n\ntwo\n\nthree";
/// assert_eq!(page_start(text, text.len()), 0);
/// assert_eq!(page_start(text, 4), 0);
/// ```
pub fn page_start(text: &str, to: usize) -> usize {
    start_before(text, to, TEXT_PAGE_PARAGRAPHS)
}

/// The start of the paragraph that holds byte `at` (in a paragraph far longer than a page, a
/// line break or space about a page before it), where a page around `at` begins.
///
/// # Example
/// ```
/// use chronoline::chronology::paragraph_start;
/// let text = "one\n\ntwo three\n\nfour";
/// assert_eq!(paragraph_start(text, text.find("three").unwrap()), 5);
/// ```
pub fn paragraph_start(text: &str, at: usize) -> usize {
    start_before(text, at, 1)
}

fn start_before(text: &str, to: usize, paragraphs: usize) -> usize {
    let to = floor_boundary(text, to);
    let mut start = to;
    for _ in 0..paragraphs {
        match memchr::memmem::rfind(&text.as_bytes()[..start], b"\n\n") {
            Some(blank) if to - blank > 2 * TEXT_PAGE_BYTES => {
                return cut_near(text, to.saturating_sub(TEXT_PAGE_BYTES))
            }
            Some(blank) => {
                start = blank;
                if to - start >= TEXT_PAGE_BYTES {
                    return start + 2;
                }
            }
            None if to > 2 * TEXT_PAGE_BYTES => {
                return cut_near(text, to.saturating_sub(TEXT_PAGE_BYTES))
            }
            None => return 0,
        }
    }
    start + 2
}

/// The first line break or space at or after `at` (or `at` itself at a character boundary).
fn cut_near(text: &str, at: usize) -> usize {
    let at = floor_boundary(text, at);
    let window = &text.as_bytes()[at..(at + 4096).min(text.len())];
    match window
        .iter()
        .position(|&byte| byte == b'\n' || byte == b' ')
    {
        Some(offset) => at + offset,
        None => at,
    }
}

fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_million_short_paragraphs_come_two_hundred_at_a_time() {
        let text = "Short paragraph.\n\n".repeat(1_000_000);
        let mut from = 0;
        for _ in 0..3 {
            let end = page_end(&text, from);
            assert_eq!(text[from..end].split("\n\n").count(), TEXT_PAGE_PARAGRAPHS);
            assert!(text[..end].ends_with("paragraph."));
            from = end;
        }
        let start = page_start(&text, from);
        assert_eq!(
            text[start..from].split("\n\n").count(),
            TEXT_PAGE_PARAGRAPHS
        );
        let middle = from + 5;
        assert_eq!(paragraph_start(&text, middle), from + 2);
    }

    #[test]
    fn one_endless_paragraph_is_cut_at_a_space_near_a_page() {
        let text = "word ".repeat(400_000);
        let end = page_end(&text, 0);
        assert!((TEXT_PAGE_BYTES..TEXT_PAGE_BYTES + 8).contains(&end));
        assert_eq!(&text[end..end + 1], " ");
        let start = page_start(&text, text.len());
        assert!(text.len() - start <= TEXT_PAGE_BYTES + 8);
    }

    #[test]
    fn pages_never_split_a_character() {
        let text = "ї".repeat(200_000);
        let end = page_end(&text, 1);
        assert!(text.is_char_boundary(end));
        assert!(text.is_char_boundary(page_start(&text, 3)));
    }

    #[test]
    fn a_short_text_is_one_page() {
        let text = "One.\n\nTwo.\n\nThree.";
        assert_eq!(page_end(text, 0), text.len());
        assert_eq!(page_start(text, text.len()), 0);
        assert_eq!(page_end("", 0), 0);
        assert_eq!(page_start("", 0), 0);
    }
}
