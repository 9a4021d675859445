//! Tests of embedding: the options an embed's URL carries, the embed URL and snippet, and
//! the height messages.

use super::*;
use crate::chronology::{EventFilter, ViewMode};

#[test]
fn colours_are_hex_or_nothing() {
    for good in ["#abc", "ABC", "#1d4ed8", " 1D4ED8 "] {
        assert!(HexColor::parse(good).is_some(), "{good}");
    }
    for bad in [
        "",
        "#",
        "red",
        "#12",
        "#1234",
        "#12345",
        "#1234567",
        "#ggg",
        "rgb(0,0,0)",
        "#fff;color:red",
        "#fff)",
        "javascript:alert(1)",
    ] {
        assert_eq!(HexColor::parse(bad), None, "{bad}");
    }
}

#[test]
fn fonts_are_plain_family_names_or_nothing() {
    assert_eq!(
        FontStack::parse("  Noto   Sans ,ui-sans-serif").map(|f| f.css()),
        Some("\"Noto Sans\", ui-sans-serif".to_owned())
    );
    assert_eq!(
        FontStack::parse("PT Serif,serif").map(|f| f.as_query()),
        Some("PT Serif,serif".to_owned())
    );
    for bad in [
        "",
        "Georgia,",
        "\"Georgia\"",
        "Georgia;color:red",
        "url(x)",
        "a,b,c,d,e",
        "a}b",
        &"x".repeat(41),
    ] {
        assert_eq!(FontStack::parse(bad), None, "{bad}");
    }
}

#[test]
fn invalid_options_are_ignored_and_valid_ones_kept() {
    let options = EmbedOptions::from_query(
        "?embed=yes&theme=blue&accent=%23zzz&background=fff&font=a%3Bb&childId=%3Cx%3E",
    );
    assert_eq!(
        options,
        EmbedOptions {
            theme: EmbedTheme {
                background: HexColor::parse("#ffffff"),
                ..EmbedTheme::default()
            },
            ..EmbedOptions::default()
        }
    );
}

#[test]
fn the_embed_url_carries_the_view_and_the_theme_back() {
    let view = ViewState {
        data: Some("https://example.org/c.json?v=2".into()),
        selected: Some("evt-007".into()),
        filter: EventFilter {
            text: "Sumy".into(),
            hidden_lanes: ["talks".to_owned()].into(),
            ..EventFilter::default()
        },
        range: Some((
            crate::chronology::Moment::from_ms(1_748_736_000_000.0),
            crate::chronology::Moment::from_ms(1_751_328_000_000.0),
        )),
        mode: ViewMode::List,
        ..ViewState::default()
    };
    let theme = EmbedTheme {
        scheme: Some(ColorScheme::Dark),
        accent: HexColor::parse("c0392b"),
        background: HexColor::parse("111"),
        text: HexColor::parse("eee"),
        font: FontStack::parse("Georgia, serif"),
    };
    let url = embed_url("http://127.0.0.1:8080/", &view, &theme);
    let query = url.split_once('?').map_or("", |(_, query)| query);
    assert_eq!(ViewState::from_query(query), view);
    let options = EmbedOptions::from_query(query);
    assert!(options.embedded);
    assert_eq!(options.theme, theme);
}

#[test]
fn the_snippet_escapes_what_it_quotes() {
    let view = ViewState {
        filter: EventFilter {
            text: "\"><script>".into(),
            ..EventFilter::default()
        },
        ..ViewState::default()
    };
    let snippet = embed_snippet(
        "https://news.example/tl/index.html",
        &view,
        &EmbedTheme::default(),
        "<b>\"War\" & 'peace'</b>",
        640,
    );
    assert!(!snippet.fixed.contains("<script>") && !snippet.fixed.contains("<b>"));
    assert!(snippet
        .fixed
        .contains("title=\"&lt;b&gt;&quot;War&quot; &amp; &#39;peace&#39;&lt;/b&gt;\""));
    assert!(snippet
        .fixed
        .contains("/tl/embed.html?q=%22%3E%3Cscript%3E&amp;embed=1\""));
    assert!(snippet.fixed.contains("height=\"640\" loading=\"lazy\""));
    assert!(snippet
        .responsive
        .contains("src=\"https://news.example/tl/chronoline-embed.js\""));
    assert!(snippet
        .responsive
        .starts_with(&snippet.fixed[..snippet.fixed.len() - 10]));
}

#[test]
fn height_messages_are_valid_json_with_the_rounded_height() {
    let messages = height_messages(1234.01, None);
    let datawrapper: serde_json::Value = serde_json::from_str(&messages.datawrapper).unwrap();
    assert_eq!(datawrapper["datawrapper-height"]["chronoline"], 1235);
    let amp: serde_json::Value = serde_json::from_str(&messages.amp).unwrap();
    assert_eq!(amp["height"], 1235);
    assert_eq!(amp["sentinel"], "amp");
    assert_eq!(messages.pym, None);
    assert_eq!(height_messages(10.0, Some("a\"b")).pym, None);
}
