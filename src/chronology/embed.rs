//! Embedding the viewer in another site's page: the options an embed's URL carries (embed
//! mode, theme, the Pym.js frame id) — validated, so nothing from the URL reaches the page
//! unchecked —, the `<iframe>` snippet for a view, and the height messages host pages listen
//! for.
//!
//! `?embed=1&theme=dark&accent=c0392b&background=fffaf0&text=222&font=Georgia,serif`

use super::url_state::{percent_encode, query_pairs, ViewState};

/// Light or dark, when an embed sets it instead of following the reader's system setting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColorScheme {
    /// Dark text on a light background.
    Light,
    /// Light text on a dark background.
    Dark,
}

// `"light"` or `"dark"`, as in the URL and the CSS `color-scheme` property.
words!(ColorScheme {
    Light => "light",
    Dark => "dark",
});

/// A colour written in hex — `#rgb` or `#rrggbb`, the `#` optional as in Datawrapper's
/// URLs — kept as lowercase `#rrggbb`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HexColor(String);

impl HexColor {
    /// Reads a hex colour; anything else (names, `rgb()`, CSS with more in it) is `None`.
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::HexColor;
    /// assert_eq!(HexColor::parse("#C03").unwrap().as_str(), "#cc0033");
    /// assert_eq!(HexColor::parse("1d4ed8").unwrap().as_str(), "#1d4ed8");
    /// assert_eq!(HexColor::parse("red;background:url(x)"), None);
    /// ```
    pub fn parse(text: &str) -> Option<HexColor> {
        let digits = text.trim().trim_start_matches('#');
        if !digits.bytes().all(|byte| byte.is_ascii_hexdigit()) {
            return None;
        }
        let digits = digits.to_ascii_lowercase();
        let full = match digits.len() {
            3 => digits.chars().flat_map(|digit| [digit, digit]).collect(),
            6 => digits,
            _ => return None,
        };
        Some(HexColor(format!("#{full}")))
    }

    /// The colour as CSS: `#rrggbb`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The CSS generic font families, written without quotes.
const GENERIC_FAMILIES: [&str; 10] = [
    "serif",
    "sans-serif",
    "monospace",
    "cursive",
    "fantasy",
    "system-ui",
    "ui-serif",
    "ui-sans-serif",
    "ui-monospace",
    "ui-rounded",
];

/// A list of font family names, such as `Georgia, serif`: at most four names of letters,
/// digits, spaces and hyphens, so it can be written into CSS without escaping.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FontStack(Vec<String>);

impl FontStack {
    /// Reads a comma-separated list of family names; `None` when any name has other
    /// characters (quotes, semicolons, parentheses…), is longer than 40 characters, or there
    /// are more than four.
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::FontStack;
    /// let font = FontStack::parse("Source Serif 4, Georgia, serif").unwrap();
    /// assert_eq!(font.css(), r#""Source Serif 4", "Georgia", serif"#);
    /// assert_eq!(FontStack::parse("x; } body { display: none"), None);
    /// ```
    pub fn parse(text: &str) -> Option<FontStack> {
        let families: Vec<String> = text
            .split(',')
            .map(|family| family.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect();
        let valid = |family: &String| {
            !family.is_empty()
                && family.chars().count() <= 40
                && family
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == ' ' || c == '-')
        };
        (families.len() <= 4 && families.iter().all(valid)).then_some(FontStack(families))
    }

    /// The list as a CSS `font-family` value, family names quoted, generic names not.
    pub fn css(&self) -> String {
        let names: Vec<String> = self
            .0
            .iter()
            .map(|family| {
                if GENERIC_FAMILIES.contains(&family.as_str()) {
                    family.clone()
                } else {
                    format!("\"{family}\"")
                }
            })
            .collect();
        names.join(", ")
    }

    /// The list as it is written in the URL: `Georgia,serif`.
    pub fn as_query(&self) -> String {
        self.0.join(",")
    }
}

/// The look an embed asks for in its URL; whatever it does not set follows the stylesheet
/// (and the reader's light or dark setting).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedTheme {
    /// `theme=light|dark`.
    pub scheme: Option<ColorScheme>,
    /// `accent=`: links, buttons and highlights.
    pub accent: Option<HexColor>,
    /// `background=`: the page behind the timeline.
    pub background: Option<HexColor>,
    /// `text=`: body text.
    pub text: Option<HexColor>,
    /// `font=`: the body font.
    pub font: Option<FontStack>,
}

impl EmbedTheme {
    /// The CSS custom properties the theme sets, as `(name, value)` pairs.
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::{EmbedOptions};
    /// let options = EmbedOptions::from_query("?accent=c0392b&font=Georgia,serif&text=nope");
    /// assert_eq!(
    ///     options.theme.custom_properties(),
    ///     vec![
    ///         ("--color-accent", "#c0392b".to_owned()),
    ///         ("--font-body", "\"Georgia\", serif".to_owned()),
    ///     ]
    /// );
    /// ```
    pub fn custom_properties(&self) -> Vec<(&'static str, String)> {
        let mut properties = Vec::new();
        let colours = [
            ("--color-accent", &self.accent),
            ("--color-bg", &self.background),
            ("--color-text", &self.text),
        ];
        for (name, colour) in colours {
            if let Some(colour) = colour {
                properties.push((name, colour.as_str().to_owned()));
            }
        }
        if let Some(font) = &self.font {
            properties.push(("--font-body", font.css()));
        }
        properties
    }

    /// The theme as URL query pairs, in a fixed order.
    fn query_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if let Some(scheme) = self.scheme {
            pairs.push(("theme", scheme.as_str().to_owned()));
        }
        let colours = [
            ("accent", &self.accent),
            ("background", &self.background),
            ("text", &self.text),
        ];
        for (key, colour) in colours {
            if let Some(colour) = colour {
                pairs.push((key, colour.as_str().trim_start_matches('#').to_owned()));
            }
        }
        if let Some(font) = &self.font {
            pairs.push(("font", font.as_query()));
        }
        pairs
    }
}

/// What a page's URL says about being embedded.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    /// `embed=1`: laid out as a guest in another page (no page chrome, no history entries,
    /// the wheel zooms only with focus or a modifier key, height reported to the host).
    pub embedded: bool,
    /// The theme, applied embedded or not (so an editor can preview it in the full app).
    pub theme: EmbedTheme,
    /// `childId=`: the frame's id given by a Pym.js host, used in its height messages.
    /// Letters, digits, `-` and `_` only.
    pub frame_id: Option<String>,
}

impl EmbedOptions {
    /// Reads the embed options from a query string; invalid values are ignored.
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::{ColorScheme, EmbedOptions};
    /// let options = EmbedOptions::from_query("?embed=1&theme=dark&background=%23000&childId=tl-1");
    /// assert!(options.embedded);
    /// assert_eq!(options.theme.scheme, Some(ColorScheme::Dark));
    /// assert_eq!(options.theme.background.unwrap().as_str(), "#000000");
    /// assert_eq!(options.frame_id.as_deref(), Some("tl-1"));
    /// ```
    pub fn from_query(query: &str) -> EmbedOptions {
        let mut options = EmbedOptions::default();
        let theme = &mut options.theme;
        for (key, value) in query_pairs(query) {
            match key {
                "embed" => options.embedded = value == "1",
                "theme" => {
                    if let Ok(scheme) = value.parse() {
                        theme.scheme = Some(scheme);
                    }
                }
                "accent" => theme.accent = HexColor::parse(&value),
                "background" => theme.background = HexColor::parse(&value),
                "text" => theme.text = HexColor::parse(&value),
                "font" => theme.font = FontStack::parse(&value),
                "childId" if is_frame_id(&value) => options.frame_id = Some(value),
                _ => {}
            }
        }
        options
    }
}

/// Whether `id` is safe to echo in a message: 1–64 letters, digits, `-` or `_`.
fn is_frame_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_')
}

/// The page an article embeds, beside the app: the reader's build, which leaves out the
/// editor's and presenter's tools and so downloads less.
pub const READER_PAGE: &str = "embed.html";

/// The folder of a page's address: everything up to its last `/`
/// (`https://example.org/tl/embed.html` → `https://example.org/tl/`).
///
/// # Example
/// ```
/// use chronoline::chronology::page_folder;
/// assert_eq!(page_folder("https://example.org/tl/embed.html"), "https://example.org/tl/");
/// assert_eq!(page_folder("https://example.org/tl/"), "https://example.org/tl/");
/// ```
pub fn page_folder(address: &str) -> &str {
    address
        .rfind('/')
        .map_or(address, |slash| &address[..=slash])
}

/// The address of the embedded view: the reader's page ([`READER_PAGE`]) beside `app_url`
/// (the viewer's page, without a query), with the view's state, `embed=1` and the theme.
///
/// # Example
/// ```
/// use chronoline::chronology::{embed_url, EmbedTheme, ViewState};
/// let view = ViewState { selected: Some("evt-042".into()), ..ViewState::default() };
/// assert_eq!(
///     embed_url("https://example.org/timeline/", &view, &EmbedTheme::default()),
///     "https://example.org/timeline/embed.html?event=evt-042&embed=1"
/// );
/// ```
pub fn embed_url(app_url: &str, view: &ViewState, theme: &EmbedTheme) -> String {
    let mut url = format!("{}{READER_PAGE}{}", page_folder(app_url), view.to_query());
    let mut separator = if url.contains('?') { '&' } else { '?' };
    let pairs = std::iter::once(("embed", "1".to_owned())).chain(theme.query_pairs());
    for (key, value) in pairs {
        url.push(separator);
        url.push_str(key);
        url.push('=');
        url.push_str(&percent_encode(&value));
        separator = '&';
    }
    url
}

/// The HTML a site pastes to embed a view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedSnippet {
    /// An `<iframe>` of a fixed height.
    pub fixed: String,
    /// The same `<iframe>` with the resize script, which keeps it as tall as its content.
    pub responsive: String,
}

/// The snippet that embeds `view` of the viewer at `app_url`, titled `title`, `height`
/// pixels tall (until the resize script or the host's own listener adjusts it).
///
/// # Example
/// ```
/// use chronoline::chronology::{embed_snippet, EmbedTheme, ViewState};
/// let snippet = embed_snippet(
///     "https://example.org/tl/", &ViewState::default(), &EmbedTheme::default(), "Talks & swaps", 500,
/// );
/// assert!(snippet.fixed.starts_with(r#"<iframe src="https://example.org/tl/embed.html?embed=1" title="Talks &amp; swaps""#));
/// assert!(snippet.responsive.ends_with(r#"<script src="https://example.org/tl/chronoline-embed.js" async></script>"#));
/// ```
pub fn embed_snippet(
    app_url: &str,
    view: &ViewState,
    theme: &EmbedTheme,
    title: &str,
    height: u32,
) -> EmbedSnippet {
    let src = embed_url(app_url, view, theme);
    let iframe = |extra: &str| {
        format!(
            "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{height}\" loading=\"lazy\" \
             allow=\"clipboard-write; fullscreen\" style=\"border:0;width:100%\"{extra}></iframe>",
            escape_html(&src),
            escape_html(title),
        )
    };
    let base = page_folder(app_url);
    EmbedSnippet {
        fixed: iframe(""),
        responsive: format!(
            "{}\n<script src=\"{}chronoline-embed.js\" async></script>",
            iframe(" data-chronoline-embed"),
            escape_html(base)
        ),
    }
}

/// `text` safe inside an HTML attribute or element.
fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            other => escaped.push(other),
        }
    }
    escaped
}

/// The messages that tell a host page how tall the embedded page is, in the dialects hosts
/// already listen for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeightMessages {
    /// Datawrapper's `{"datawrapper-height": {"<id>": height}}`, as JSON (posted as an object).
    pub datawrapper: String,
    /// AMP's `{"sentinel": "amp", "type": "embed-size", "height": height}`, as JSON.
    pub amp: String,
    /// Pym.js's `pymxPYMx<id>xPYMxheightxPYMx<height>` string, when a Pym host gave an id.
    pub pym: Option<String>,
}

/// The height messages for content `height` pixels tall (rounded up), from the frame a Pym
/// host named `frame_id`, if any.
///
/// # Example
/// ```
/// use chronoline::chronology::height_messages;
/// let messages = height_messages(480.2, Some("tl-1"));
/// assert_eq!(messages.datawrapper, r#"{"datawrapper-height":{"tl-1":481}}"#);
/// assert_eq!(messages.amp, r#"{"sentinel":"amp","type":"embed-size","height":481}"#);
/// assert_eq!(messages.pym.as_deref(), Some("pymxPYMxtl-1xPYMxheightxPYMx481"));
/// ```
pub fn height_messages(height: f64, frame_id: Option<&str>) -> HeightMessages {
    let height = height.max(0.0).ceil() as u64;
    let frame_id = frame_id.filter(|id| is_frame_id(id));
    HeightMessages {
        datawrapper: format!(
            "{{\"datawrapper-height\":{{\"{}\":{height}}}}}",
            frame_id.unwrap_or("chronoline")
        ),
        amp: format!("{{\"sentinel\":\"amp\",\"type\":\"embed-size\",\"height\":{height}}}"),
        pym: frame_id.map(|id| format!("pymxPYMx{id}xPYMxheightxPYMx{height}")),
    }
}

#[cfg(test)]
mod tests;
