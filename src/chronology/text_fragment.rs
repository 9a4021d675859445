//! Links that open a source at the quoted passage, with a URL text fragment
//! (`#:~:text=prefix-,exact,-suffix`, per the WICG "Text Fragments" specification).

use std::ops::Range;

use super::model::{Quote, SafeUrl};

/// Quotes longer than this many words are linked as `textStart,textEnd`, which survives
/// small edits in the middle of a passage.
const LONG_QUOTE_WORDS: usize = 12;
/// Words taken from each end of a long quote, and of context before a repeated one.
const EDGE_WORDS: usize = 4;
/// What starts the fragment directive inside a URL fragment.
const DIRECTIVE_DELIMITER: &str = ":~:";

/// The source link that scrolls to and highlights `quote` in browsers that support text
/// fragments; other browsers open the page at its top.
///
/// Each part is percent-encoded as the specification requires, including `-`, `,` and `&`,
/// which would otherwise be read as directive syntax. A quote of more than twelve words is
/// linked by its first and last four words (`textStart,textEnd`).
///
/// `found` is the source text and the passages already found in it (by
/// [`find_passages`](super::find_passages), once per source): when the quote occurs more than
/// once and has no prefix, the words before its first occurrence become the prefix.
///
/// An existing fragment is kept (`#section` becomes `#section:~:text=…`). When the address
/// already has a fragment directive, its other directives are kept, joined with `&`, and its
/// `text=` directives are replaced by this quote's.
///
/// # Example
/// ```
/// use chronoline::chronology::{find_passages, link_to_passage, Quote, SafeUrl};
/// let url = SafeUrl::parse("https://example.org/story").unwrap();
/// let quote = Quote { exact: "swap, at least 1,000".into(), prefix: "pledged to".into(), suffix: String::new() };
/// assert_eq!(
///     link_to_passage(&url, &quote, None),
///     "https://example.org/story#:~:text=pledged%20to-,swap%2C%20at%20least%201%2C000"
/// );
///
/// let text = "Talks, 2 June: no deal. Talks, 16 May: no deal.";
/// let passages = find_passages(text, "no deal");
/// let quote = Quote { exact: "no deal".into(), prefix: String::new(), suffix: String::new() };
/// let url = SafeUrl::parse("https://example.org/talks#:~:text=old").unwrap();
/// assert_eq!(
///     link_to_passage(&url, &quote, Some((text, &passages))),
///     "https://example.org/talks#:~:text=Talks%2C%202%20June%3A-,no%20deal"
/// );
/// ```
pub fn link_to_passage(
    url: &SafeUrl,
    quote: &Quote,
    found: Option<(&str, &[Range<usize>])>,
) -> String {
    let words: Vec<&str> = quote.exact.split_whitespace().collect();
    if words.is_empty() || url.as_str().starts_with("mailto:") {
        return url.as_str().to_owned();
    }
    let mut directive = String::from("text=");
    let prefix = if quote.prefix.trim().is_empty() {
        found
            .filter(|(_, passages)| passages.len() > 1)
            .and_then(|(text, passages)| text.get(..passages[0].start))
            .map(|before| {
                let mut words: Vec<&str> =
                    before.split_whitespace().rev().take(EDGE_WORDS).collect();
                words.reverse();
                words.join(" ")
            })
            .unwrap_or_default()
    } else {
        quote.prefix.clone()
    };
    if !prefix.trim().is_empty() {
        directive.push_str(&encode_part(&prefix));
        directive.push_str("-,");
    }
    if words.len() > LONG_QUOTE_WORDS {
        directive.push_str(&encode_part(&words[..EDGE_WORDS].join(" ")));
        directive.push(',');
        directive.push_str(&encode_part(&words[words.len() - EDGE_WORDS..].join(" ")));
    } else {
        directive.push_str(&encode_part(&words.join(" ")));
    }
    if !quote.suffix.trim().is_empty() {
        directive.push_str(",-");
        directive.push_str(&encode_part(&quote.suffix));
    }
    with_text_directive(url.as_str(), &directive)
}

/// `url` with `directive` (`text=…`) as its only text directive: the fragment before `:~:`
/// and any other directives are kept, existing `text=` directives dropped.
fn with_text_directive(url: &str, directive: &str) -> String {
    let (address, fragment) = url.split_once('#').unwrap_or((url, ""));
    let (fragment, directives) = fragment
        .split_once(DIRECTIVE_DELIMITER)
        .unwrap_or((fragment, ""));
    let mut link = format!("{address}#{fragment}{DIRECTIVE_DELIMITER}");
    for other in directives
        .split('&')
        .filter(|other| !other.is_empty() && !other.starts_with("text="))
    {
        link.push_str(other);
        link.push('&');
    }
    link.push_str(directive);
    link
}

/// Percent-encodes one part of a text directive after folding runs of white space, keeping
/// only the characters `encodeURIComponent` keeps, minus `-`.
fn encode_part(text: &str) -> String {
    let folded = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut encoded = String::with_capacity(folded.len() * 3 / 2);
    for byte in folded.bytes() {
        match byte {
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'_'
            | b'.'
            | b'!'
            | b'~'
            | b'*'
            | b'\''
            | b'('
            | b')' => encoded.push(char::from(byte)),
            other => encoded.push_str(&format!("%{other:02X}")),
        }
    }
    encoded
}

#[cfg(test)]
mod tests {
    use super::super::passage::find_passages;
    use super::*;

    fn quote(exact: &str, prefix: &str, suffix: &str) -> Quote {
        Quote {
            exact: exact.into(),
            prefix: prefix.into(),
            suffix: suffix.into(),
        }
    }

    fn url(text: &str) -> SafeUrl {
        SafeUrl::parse(text).unwrap()
    }

    #[test]
    fn long_quotes_become_start_and_end() {
        let link = link_to_passage(
            &url("https://example.org/a"),
            &quote(
                "The vast majority of the defenders released today had been held captive for more than three years",
                "",
                "",
            ),
            None,
        );
        assert_eq!(
            link,
            "https://example.org/a#:~:text=The%20vast%20majority%20of,more%20than%20three%20years"
        );
    }

    #[test]
    fn a_repeated_quote_gets_the_words_before_it_as_prefix() {
        let text = "Kyiv, 27 June. Neither side said how many. Later: neither side said how many.";
        let link = link_to_passage(
            &url("https://example.org/a"),
            &quote("Neither side said how many", "", ""),
            Some((text, &find_passages(text, "Neither side said how many"))),
        );
        assert_eq!(link, "https://example.org/a#:~:text=Kyiv%2C%2027%20June.-,Neither%20side%20said%20how%20many");
        let unique = link_to_passage(
            &url("https://example.org/a"),
            &quote("Later", "", ""),
            Some((text, &find_passages(text, "Later"))),
        );
        assert_eq!(unique, "https://example.org/a#:~:text=Later");
    }

    #[test]
    fn ukrainian_text_is_percent_encoded_as_utf8() {
        let link = link_to_passage(
            &url("https://example.org/a"),
            &quote("Обмін полоненими", "", ""),
            None,
        );
        assert_eq!(
            link,
            "https://example.org/a#:~:text=%D0%9E%D0%B1%D0%BC%D1%96%D0%BD%20%D0%BF%D0%BE%D0%BB%D0%BE%D0%BD%D0%B5%D0%BD%D0%B8%D0%BC%D0%B8"
        );
    }

    #[test]
    fn directive_syntax_characters_are_encoded() {
        let link = link_to_passage(
            &url("https://example.org/a"),
            &quote("Russia-Ukraine talks & a 1,000-for-1,000 swap", "", ""),
            None,
        );
        assert_eq!(
            link,
            "https://example.org/a#:~:text=Russia%2DUkraine%20talks%20%26%20a%201%2C000%2Dfor%2D1%2C000%20swap"
        );
    }

    #[test]
    fn unicode_and_typographic_quotes_are_utf8_encoded() {
        let link = link_to_passage(
            &url("https://example.org/a"),
            &quote("“special military operation” — 50 km²", "", ""),
            None,
        );
        assert_eq!(
            link,
            "https://example.org/a#:~:text=%E2%80%9Cspecial%20military%20operation%E2%80%9D%20%E2%80%94%2050%20km%C2%B2"
        );
    }

    #[test]
    fn context_becomes_prefix_and_suffix_and_white_space_folds() {
        let link = link_to_passage(
            &url("https://example.org/a#top"),
            &quote(" held  captive\nfor ", "released today", "three years"),
            None,
        );
        assert_eq!(
            link,
            "https://example.org/a#top:~:text=released%20today-,held%20captive%20for,-three%20years"
        );
    }

    #[test]
    fn mail_links_and_empty_quotes_stay_plain() {
        assert_eq!(
            link_to_passage(&url("mailto:desk@example.org"), &quote("x", "", ""), None),
            "mailto:desk@example.org"
        );
        assert_eq!(
            link_to_passage(&url("https://example.org/a"), &quote("  ", "", ""), None),
            "https://example.org/a"
        );
    }

    #[test]
    fn an_existing_text_directive_is_replaced_and_other_directives_kept() {
        let q = quote("swap is done", "", "");
        let link = |address: &str| link_to_passage(&url(address), &q, None);
        assert_eq!(
            link("https://example.org/a#:~:text=old%20words"),
            "https://example.org/a#:~:text=swap%20is%20done"
        );
        assert_eq!(
            link("https://example.org/a#top:~:text=old&text=older,-x"),
            "https://example.org/a#top:~:text=swap%20is%20done"
        );
        assert_eq!(
            link("https://example.org/a#top:~:note=1&text=old&selector=x"),
            "https://example.org/a#top:~:note=1&selector=x&text=swap%20is%20done"
        );
        assert_eq!(
            link("https://example.org/a#:~:"),
            "https://example.org/a#:~:text=swap%20is%20done"
        );
        assert_eq!(
            link("https://example.org/a?x=1#"),
            "https://example.org/a?x=1#:~:text=swap%20is%20done"
        );
    }

    #[test]
    fn a_plain_fragment_is_kept_before_the_directive() {
        assert_eq!(
            link_to_passage(
                &url("https://example.org/a?b=c#section-2"),
                &quote("swap", "", ""),
                None
            ),
            "https://example.org/a?b=c#section-2:~:text=swap"
        );
    }

    #[test]
    fn passages_found_once_give_the_prefix_without_searching_again() {
        let text = "Kyiv, 27 June. Neither side said how many. Later: neither side said how many.";
        // Ranges as the caller found them; a range that does not fit the text is ignored.
        let passages = [15..41, 50..76];
        let q = quote("Neither side said how many", "", "");
        assert_eq!(
            link_to_passage(&url("https://example.org/a"), &q, Some((text, &passages))),
            "https://example.org/a#:~:text=Kyiv%2C%2027%20June.-,Neither%20side%20said%20how%20many"
        );
        let wrong = [500..526, 600..626];
        assert_eq!(
            link_to_passage(&url("https://example.org/a"), &q, Some((text, &wrong))),
            "https://example.org/a#:~:text=Neither%20side%20said%20how%20many"
        );
        let once = &passages[..1];
        assert_eq!(
            link_to_passage(&url("https://example.org/a"), &q, Some((text, once))),
            "https://example.org/a#:~:text=Neither%20side%20said%20how%20many"
        );
    }
}
