//! A source that events cite and the values it carries: what kind of reporting it is, the
//! verbatim passage that supports the event, and a link that is safe to follow.

use std::ops::Range;
use std::sync::Arc;

use serde::Serialize;

use super::address::host_of;
use super::date::EventDate;
use super::message::Message;
use super::messages::shortened;
use super::passage::find_passages;

/// A published text that reports one or more events.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Source {
    /// Identifier events cite.
    pub id: String,
    /// Who published it, like `"Dawn (AFP)"`.
    pub publisher: String,
    /// Title as published.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// Set when the title was not shown in the copy read and had to be inferred.
    #[serde(skip_serializing_if = "is_false")]
    pub title_inferred: bool,
    /// Where to read it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<SafeUrl>,
    /// When it was published, at the precision known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<EventDate>,
    /// When the publisher last changed it (a correction, an update to a live page). Boxed:
    /// few sources carry it, and a document of 100,000 sources would otherwise pay for it in
    /// each.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated: Option<Box<EventDate>>,
    /// What is known of the publication date when it is not a date ("unknown").
    #[serde(skip_serializing_if = "String::is_empty")]
    pub published_note: String,
    /// The passage that supports the event, verbatim.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<Quote>,
    /// The full text of the source, when the data set carries it; shared, never copied per
    /// view.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<Arc<str>>,
    /// Where `quote` occurs in `text`, as byte ranges (see [`Source::locate_quote`]); found
    /// once when the source is read, used by the link, the warning and the reader.
    #[serde(skip)]
    pub passages: Arc<[Range<usize>]>,
    /// Whether it reports first-hand or passes on others' reporting.
    #[serde(skip_serializing_if = "SourceKind::is_original")]
    pub kind: SourceKind,
}

impl Source {
    /// Finds the quote in the text once and keeps the places in [`Source::passages`]
    /// (none when either is missing).
    pub fn locate_quote(&mut self) {
        self.passages = match (&self.text, &self.quote) {
            (Some(text), Some(quote)) => find_passages(text, &quote.exact).into(),
            _ => Arc::default(),
        };
    }

    /// The host of the source's address, as a URL parser reads it (never the user-info part
    /// before an `@`); `None` for mail links or without an address.
    pub fn host(&self) -> Option<String> {
        self.url.as_ref().and_then(|url| host_of(url.as_str()))
    }
}

fn is_false(value: &bool) -> bool {
    !value
}

/// Whether a source reports first-hand or passes on others' reporting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SourceKind {
    /// Its own reporting (the default).
    #[default]
    Original,
    /// An aggregator summarizing others' reports.
    Aggregator,
    /// A copy of someone else's story (a forum post, a syndication site).
    Repost,
}

words!(SourceKind {
    Original => "original",
    Aggregator => "aggregator",
    Repost => "repost",
});

/// Written as its word.
impl Serialize for SourceKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl SourceKind {
    /// Whether this is first-hand reporting.
    pub fn is_original(&self) -> bool {
        *self == SourceKind::Original
    }
}

/// A verbatim passage of a source, with optional context to find it unambiguously.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// The exact words.
    pub exact: String,
    /// Words right before the passage, to tell repeated passages apart.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub prefix: String,
    /// Words right after the passage.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub suffix: String,
}

/// A link that is safe to put in an `href`: `http:`, `https:` or `mailto:`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct SafeUrl(String);

impl SafeUrl {
    /// Accepts a URL only when its scheme is http, https or mailto and it has no spaces or
    /// control characters.
    ///
    /// # Errors
    /// Returns why the link is refused.
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::SafeUrl;
    /// assert!(SafeUrl::parse("https://example.org/a?b=c").is_ok());
    /// assert!(SafeUrl::parse("javascript:alert(1)").is_err());
    /// ```
    pub fn parse(text: &str) -> Result<SafeUrl, Message> {
        let text = text.trim();
        if text.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(Message::LinkHasSpaces {
                link: shortened(text),
            });
        }
        // The scheme in any letter case, without copying the link.
        let after = |scheme: &str| {
            text.get(..scheme.len())
                .filter(|head| head.eq_ignore_ascii_case(scheme))
                .map(|_| &text[scheme.len()..])
        };
        let has_host = |rest: &str| {
            rest.split(['/', '?', '#'])
                .next()
                .is_some_and(|host| !host.is_empty())
        };
        let accepted = if let Some(rest) = after("https://") {
            has_host(rest)
        } else if let Some(rest) = after("http://") {
            has_host(rest)
        } else if let Some(rest) = after("mailto:") {
            rest.contains('@')
        } else {
            false
        };
        if accepted {
            Ok(SafeUrl(text.to_owned()))
        } else {
            Err(Message::NotASafeLink {
                link: shortened(text),
            })
        }
    }

    /// The link as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_and_mail_links_are_safe() {
        for good in [
            "https://kyivindependent.com/a?b=1#c",
            "HTTP://example.org",
            "mailto:desk@example.org",
        ] {
            assert!(SafeUrl::parse(good).is_ok(), "{good}");
        }
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,<script>",
            "vbscript:x",
            "//example.org",
            "https://",
            "https:///path",
            "ftp://example.org",
            "https://exa mple.org",
            "mailto:nobody",
            "",
        ] {
            assert!(SafeUrl::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_source_host_is_what_a_browser_would_visit_never_the_user_info() {
        let source = |url: &str| Source {
            id: "s".into(),
            publisher: "P".into(),
            title: String::new(),
            title_inferred: false,
            url: SafeUrl::parse(url).ok(),
            published: None,
            updated: None,
            published_note: String::new(),
            quote: None,
            text: None,
            passages: Arc::default(),
            kind: SourceKind::Original,
        };
        assert_eq!(
            source("https://www.reuters.com@evil.test/world")
                .host()
                .as_deref(),
            Some("evil.test")
        );
        assert_eq!(
            source("HTTPS://Kyivindependent.com:443/a")
                .host()
                .as_deref(),
            Some("kyivindependent.com")
        );
        assert_eq!(source("mailto:desk@example.org").host(), None);
    }
}
