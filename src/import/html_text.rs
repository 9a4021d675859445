//! HTML from another tool (TimelineJS writes its text as HTML) reduced to what the event
//! format holds: plain paragraphs, and the links in them. Nothing of it is ever rendered as
//! markup: tags become paragraph breaks or nothing, `<script>` and `<style>` go with their
//! content, and the caller is told how many tags and attributes were dropped.

/// Text read out of HTML.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlainText {
    /// The text, paragraphs separated by a blank line, white space collapsed as a browser
    /// would, character references decoded.
    pub text: String,
    /// Every `<a href>` in the text, in order, with its label.
    pub links: Vec<TextLink>,
    /// Tags dropped: every tag but `a`, `p` and `br` (which become links and breaks).
    pub dropped_tags: usize,
    /// Attributes dropped: every attribute but a link's `href`.
    pub dropped_attributes: usize,
}

/// A link found in HTML text. The address is as written; whether it may be shown is the
/// validator's to decide, as for any link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextLink {
    /// The link's text, as plain text.
    pub label: String,
    /// The `href`, character references decoded.
    pub url: String,
}

/// Elements whose content is not text for readers: dropped whole.
const DROPPED_WITH_CONTENT: [&str; 9] = [
    "script", "style", "template", "noscript", "iframe", "object", "svg", "math", "head",
];

/// Elements that end a paragraph.
const BLOCKS: [&str; 20] = [
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "blockquote",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "header",
    "footer",
    "table",
    "tr",
    "figure",
    "figcaption",
];

/// Reduces `html` to plain text and links.
///
/// # Example
/// ```
/// use chronoline::import::plain_text;
/// let plain = plain_text(
///     "<p>Talks in <b>Istanbul</b>, per <a href=\"https://example.org/a\" target=_blank>AFP</a>.</p>\
///      <script>alert(1)</script><p onclick=\"x()\">Second &amp; last.</p>",
/// );
/// assert_eq!(plain.text, "Talks in Istanbul, per AFP.\n\nSecond & last.");
/// assert_eq!(plain.links[0].url, "https://example.org/a");
/// assert_eq!(plain.links[0].label, "AFP");
/// assert_eq!((plain.dropped_tags, plain.dropped_attributes), (2, 2));
/// ```
pub fn plain_text(html: &str) -> PlainText {
    let mut reduced = Reduction::default();
    let mut rest = html;
    while let Some(at) = rest.find(['<', '&']) {
        reduced.text(&rest[..at]);
        rest = &rest[at..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
        } else if rest.starts_with('&') {
            let (decoded, length) = character_reference(rest);
            reduced.text(&decoded);
            rest = &rest[length..];
        } else if let Some((tag, length)) = Tag::read(rest) {
            rest = &rest[length..];
            if !tag.closing && DROPPED_WITH_CONTENT.contains(&tag.name.as_str()) {
                reduced.plain.dropped_tags += 1;
                reduced.plain.dropped_attributes += tag.attributes.len();
                rest = skip_element(rest, &tag.name);
            } else {
                reduced.tag(tag);
            }
        } else {
            reduced.text("<");
            rest = &rest[1..];
        }
    }
    reduced.text(rest);
    reduced.finish()
}

/// The text after the end tag of `name` (the whole rest when it never ends). Looks only
/// forward from each `</`, so a text of many such elements is read once.
fn skip_element<'a>(rest: &'a str, name: &str) -> &'a str {
    let mut from = 0;
    while let Some(at) = rest[from..].find("</") {
        let start = from + at + 2;
        let after = &rest.as_bytes()[start..];
        let named =
            after.len() >= name.len() && after[..name.len()].eq_ignore_ascii_case(name.as_bytes());
        if named && !after.get(name.len()).is_some_and(u8::is_ascii_alphanumeric) {
            return rest[start..]
                .find('>')
                .map_or("", |end| &rest[start + end + 1..]);
        }
        from = start;
    }
    ""
}

/// A start or end tag.
struct Tag {
    name: String,
    closing: bool,
    /// `(name, value)`, names lower case, values with character references decoded.
    attributes: Vec<(String, String)>,
}

impl Tag {
    /// The tag at the start of `text` and its length, or `None` when `<` starts no tag
    /// (`a < b`).
    fn read(text: &str) -> Option<(Tag, usize)> {
        let bytes = text.as_bytes();
        let mut at = 1;
        let closing = bytes.get(at) == Some(&b'/');
        if closing {
            at += 1;
        }
        let name_start = at;
        while bytes.get(at).is_some_and(u8::is_ascii_alphanumeric) {
            at += 1;
        }
        if at == name_start || !bytes[name_start].is_ascii_alphabetic() {
            return None;
        }
        let name = text[name_start..at].to_ascii_lowercase();
        let mut attributes = Vec::new();
        loop {
            while bytes
                .get(at)
                .is_some_and(|b| b.is_ascii_whitespace() || *b == b'/')
            {
                at += 1;
            }
            match bytes.get(at)? {
                b'>' => {
                    return Some((
                        Tag {
                            name,
                            closing,
                            attributes,
                        },
                        at + 1,
                    ))
                }
                _ => {
                    let start = at;
                    while bytes
                        .get(at)
                        .is_some_and(|b| !b.is_ascii_whitespace() && !b"=>/<".contains(b))
                    {
                        at += 1;
                    }
                    if bytes.get(at) == Some(&b'<') {
                        // `<b<b…` is text: stopping here keeps a text of many such reads linear.
                        return None;
                    }
                    let attribute = text[start..at].to_ascii_lowercase();
                    while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
                        at += 1;
                    }
                    let mut value = String::new();
                    if bytes.get(at) == Some(&b'=') {
                        at += 1;
                        while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
                            at += 1;
                        }
                        let raw = match bytes.get(at)? {
                            quote @ (b'"' | b'\'') => {
                                let end = text[at + 1..].find(*quote as char)? + at + 1;
                                let raw = &text[at + 1..end];
                                at = end + 1;
                                raw
                            }
                            _ => {
                                let start = at;
                                while bytes
                                    .get(at)
                                    .is_some_and(|b| !b.is_ascii_whitespace() && *b != b'>')
                                {
                                    at += 1;
                                }
                                &text[start..at]
                            }
                        };
                        value = decode_references(raw);
                    }
                    if start == at && value.is_empty() {
                        // A stray character such as `"`: skip it.
                        at += text[at..].chars().next().map_or(1, char::len_utf8);
                        continue;
                    }
                    attributes.push((attribute, value));
                }
            }
        }
    }
}

/// The text being built.
#[derive(Default)]
struct Reduction {
    plain: PlainText,
    /// Paragraphs so far, the last one open.
    paragraphs: Vec<String>,
    /// The open link: its `href` and where its label starts in the open paragraph.
    open_link: Option<(String, usize)>,
}

impl Reduction {
    /// Adds text, collapsing white space as a browser does.
    fn text(&mut self, text: &str) {
        if self.paragraphs.is_empty() {
            self.paragraphs.push(String::new());
        }
        let Some(paragraph) = self.paragraphs.last_mut() else {
            return;
        };
        for c in text.chars() {
            if c.is_whitespace() && c != '\u{a0}' {
                if !paragraph.is_empty() && !paragraph.ends_with([' ', '\n']) {
                    paragraph.push(' ');
                }
            } else {
                paragraph.push(if c == '\u{a0}' { ' ' } else { c });
            }
        }
    }

    fn tag(&mut self, tag: Tag) {
        match tag.name.as_str() {
            "a" => {
                self.plain.dropped_attributes += tag
                    .attributes
                    .iter()
                    .filter(|(name, _)| tag.closing || name != "href")
                    .count();
                self.close_link();
                if !tag.closing {
                    if let Some((_, href)) = tag.attributes.into_iter().find(|(n, _)| n == "href") {
                        let start = self.paragraphs.last().map_or(0, String::len);
                        self.open_link = Some((href, start));
                    }
                }
                return;
            }
            "br" => {
                if let Some(paragraph) = self.paragraphs.last_mut() {
                    let kept = paragraph.trim_end().len();
                    paragraph.truncate(kept);
                    paragraph.push('\n');
                }
            }
            "p" => self.break_paragraph(),
            name => {
                self.plain.dropped_tags += usize::from(!tag.closing);
                if BLOCKS.contains(&name) {
                    self.break_paragraph();
                }
            }
        }
        self.plain.dropped_attributes += tag.attributes.len();
    }

    fn break_paragraph(&mut self) {
        self.close_link();
        if self
            .paragraphs
            .last()
            .is_some_and(|last| !last.trim().is_empty())
        {
            self.paragraphs.push(String::new());
        }
    }

    fn close_link(&mut self) {
        let Some((url, start)) = self.open_link.take() else {
            return;
        };
        let paragraph = self.paragraphs.last().map_or("", String::as_str);
        let label = paragraph.get(start..).unwrap_or("").trim().to_owned();
        self.plain.links.push(TextLink { label, url });
    }

    fn finish(mut self) -> PlainText {
        self.close_link();
        let paragraphs: Vec<&str> = self
            .paragraphs
            .iter()
            .map(|paragraph| paragraph.trim())
            .filter(|paragraph| !paragraph.is_empty())
            .collect();
        self.plain.text = paragraphs.join("\n\n");
        self.plain
    }
}

/// `text` with its character references decoded.
fn decode_references(text: &str) -> String {
    let mut decoded = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        decoded.push_str(&rest[..at]);
        let (character, length) = character_reference(&rest[at..]);
        decoded.push_str(&character);
        rest = &rest[at + length..];
    }
    decoded.push_str(rest);
    decoded
}

/// The character reference at the start of `text` (which starts with `&`) and its length;
/// an `&` that starts none stands for itself.
fn character_reference(text: &str) -> (String, usize) {
    let Some(end) = text[1..]
        .find(';')
        .map(|end| end + 1)
        .filter(|end| *end <= 12)
    else {
        return ("&".into(), 1);
    };
    let name = &text[1..end];
    let named = match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some('\u{a0}'),
        "ndash" => Some('–'),
        "mdash" => Some('—'),
        "hellip" => Some('…'),
        "lsquo" => Some('‘'),
        "rsquo" => Some('’'),
        "ldquo" => Some('“'),
        "rdquo" => Some('”'),
        "laquo" => Some('«'),
        "raquo" => Some('»'),
        _ => None,
    };
    let numeric = || {
        let number = name.strip_prefix('#')?;
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        Some(
            char::from_u32(code)
                .filter(|c| *c != '\0')
                .unwrap_or('\u{fffd}'),
        )
    };
    match named.or_else(numeric) {
        Some(c) => (c.to_string(), end + 1),
        None => ("&".into(), 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_handlers_and_styles_never_survive_as_markup_or_text() {
        let plain = plain_text(
            "<img src=x onerror=\"alert(1)\">Before<SCRIPT type='text/javascript'>alert('<p>x</p>')\
             </script > after<style>p{color:red}</style><iframe src=\"https://evil.test\"></iframe>.",
        );
        assert_eq!(plain.text, "Before after.");
        assert!(plain.links.is_empty());
        assert_eq!(plain.dropped_tags, 4, "img, script, style, iframe");
        assert_eq!(plain.dropped_attributes, 4, "src, onerror, type, src");
    }

    #[test]
    fn paragraphs_breaks_and_white_space_read_as_a_browser_shows_them() {
        let plain = plain_text(
            "  First   line<br>second\n line<p>Para&nbsp;two</p><ul><li>one</li><li>two</li></ul>",
        );
        assert_eq!(
            plain.text,
            "First line\nsecond line\n\nPara two\n\none\n\ntwo"
        );
    }

    #[test]
    fn links_keep_their_label_and_address_whatever_their_scheme() {
        let plain = plain_text(
            "See <a href='javascript:alert(1)'>this</a> and <A HREF=https://a.test/?x=1&amp;y=2>that \
             <i>report</i></A>; <a name=anchor>no link</a>",
        );
        assert_eq!(plain.text, "See this and that report; no link");
        assert_eq!(
            plain.links,
            [
                TextLink {
                    label: "this".into(),
                    url: "javascript:alert(1)".into()
                },
                TextLink {
                    label: "that report".into(),
                    url: "https://a.test/?x=1&y=2".into()
                },
            ]
        );
    }

    #[test]
    fn what_is_not_markup_stays_text() {
        let plain = plain_text("5 < 6 & 7 > 3, AT&T, &#x41;&#66;&bogus; <!-- hidden --> x");
        assert_eq!(plain.text, "5 < 6 & 7 > 3, AT&T, AB&bogus; x");
        assert_eq!(plain_text("<b>unclosed").text, "unclosed");
        assert_eq!(plain_text("a <b").text, "a <b");
        assert_eq!(plain_text("<script>never ends").text, "");
        assert_eq!(plain_text("x<b<b<b y").text, "x<b<b<b y");
        assert_eq!(plain_text("<script>a</scriptx>b</SCRIPT>c").text, "c");
    }
}
