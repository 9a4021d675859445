//! Links that open a source at the quoted passage, with a URL text fragment
//! (`#:~:text=prefix-,exact,-suffix`, per the WICG "Text Fragments" specification).

use super::model::{Quote, SafeUrl};

/// The source link that scrolls to and highlights `quote` in browsers that support text
/// fragments; other browsers open the page at its top.
///
/// Each part is percent-encoded as the specification requires, including `-`, `,` and `&`,
/// which would otherwise be read as directive syntax. An existing `#fragment` is kept.
///
/// # Example
/// ```
/// use chronoline::timeline::{link_to_passage, Quote, SafeUrl};
/// let url = SafeUrl::parse("https://example.org/story").unwrap();
/// let quote = Quote { exact: "swap, at least 1,000".into(), prefix: "pledged to".into(), suffix: String::new() };
/// assert_eq!(
///     link_to_passage(&url, &quote),
///     "https://example.org/story#:~:text=pledged%20to-,swap%2C%20at%20least%201%2C000"
/// );
/// ```
pub fn link_to_passage(url: &SafeUrl, quote: &Quote) -> String {
    let exact = encode_part(&quote.exact);
    if exact.is_empty() || url.as_str().starts_with("mailto:") {
        return url.as_str().to_owned();
    }
    let mut directive = String::from(":~:text=");
    if !quote.prefix.trim().is_empty() {
        directive.push_str(&encode_part(&quote.prefix));
        directive.push_str("-,");
    }
    directive.push_str(&exact);
    if !quote.suffix.trim().is_empty() {
        directive.push_str(",-");
        directive.push_str(&encode_part(&quote.suffix));
    }
    let separator = if url.as_str().contains('#') { "" } else { "#" };
    format!("{}{separator}{directive}", url.as_str())
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
    fn directive_syntax_characters_are_encoded() {
        let link = link_to_passage(
            &url("https://example.org/a"),
            &quote("Russia-Ukraine talks & a 1,000-for-1,000 swap", "", ""),
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
        );
        assert_eq!(
            link,
            "https://example.org/a#top:~:text=released%20today-,held%20captive%20for,-three%20years"
        );
    }

    #[test]
    fn mail_links_and_empty_quotes_stay_plain() {
        assert_eq!(
            link_to_passage(&url("mailto:desk@example.org"), &quote("x", "", "")),
            "mailto:desk@example.org"
        );
        assert_eq!(
            link_to_passage(&url("https://example.org/a"), &quote("  ", "", "")),
            "https://example.org/a"
        );
    }
}
