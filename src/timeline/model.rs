//! The chronology as the viewer holds it once parsed and validated.
//!
//! Every value here has passed validation: dates exist, ends follow starts, lanes and
//! source references resolve, links are http(s) or mailto. Views can render these types
//! without checking again.

use serde::Serialize;

use super::date::EventDate;
use super::parse::quoted;

/// The version of the event format this crate reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// A whole chronology document: what it is, its lanes, its sources and its events.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Chronology {
    /// Always [`FORMAT_VERSION`] once parsed.
    pub format_version: u32,
    /// Title, description and provenance of the document.
    #[serde(flatten)]
    pub about: DocumentInfo,
    /// The categories events belong to, in display order.
    pub lanes: Vec<Lane>,
    /// Sources cited by events, each cited by its `id`.
    pub sources: Vec<Source>,
    /// The events, sorted by start (see [`Chronology::sort_events`]).
    pub events: Vec<TimelineEvent>,
}

/// Title, description and provenance of a chronology document.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DocumentInfo {
    /// Title shown above the timeline and in the browser tab.
    pub title: String,
    /// One or two sentences on scope and method.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// BCP 47 language tag of the event texts, like `"en"`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub language: String,
    /// Who compiled the chronology.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub publisher: String,
    /// When the document was last updated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated: Option<EventDate>,
}

/// A category of events, drawn as one lane of the timeline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Lane {
    /// Identifier events refer to, like `"exchange"`.
    pub id: String,
    /// Human label, like `"Prisoner exchanges"`.
    pub label: String,
}

impl Lane {
    /// The five lanes a document gets when it defines none.
    ///
    /// # Example
    /// ```
    /// let ids: Vec<String> = chronoline::timeline::Lane::defaults().into_iter().map(|l| l.id).collect();
    /// assert_eq!(ids, ["exchange", "talks", "frontline", "humanitarian", "other"]);
    /// ```
    pub fn defaults() -> Vec<Lane> {
        [
            ("exchange", "Prisoner exchanges"),
            ("talks", "Talks and diplomacy"),
            ("frontline", "Front line"),
            ("humanitarian", "Humanitarian"),
            ("other", "Other"),
        ]
        .into_iter()
        .map(|(id, label)| Lane {
            id: id.to_owned(),
            label: label.to_owned(),
        })
        .collect()
    }
}

/// One dated event of the chronology.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TimelineEvent {
    /// Stable identifier, used in URLs.
    pub id: String,
    /// When it started, at the precision known.
    pub start: EventDate,
    /// When it ended, for events that lasted; never before `start`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<EventDate>,
    /// The date is an estimate ("around", "circa").
    #[serde(skip_serializing_if = "is_false")]
    pub approximate: bool,
    /// The date in the words of the source ("night of 28–29 July"), shown instead of the
    /// computed form when present.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_as_reported: Option<String>,
    /// The `id` of the lane this event is drawn in.
    pub lane: String,
    /// One-line headline.
    pub title: String,
    /// Plain-text summary; never interpreted as HTML.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub summary: String,
    /// Free-form tags for filtering.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Where it happened.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    /// Numbers reported about the event, each with who claimed it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figure>,
    /// Set when the event is one side's claim, possibly disputed by another.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claim: Option<Claim>,
    /// The `id`s of the sources that report this event.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    /// How well the sources support the event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
    /// Editor's notes: caveats, corroborating reports.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

impl TimelineEvent {
    /// The first millisecond after the event's period: the end of its end date, or of its
    /// start when it has none (or when the start's period reaches further).
    pub fn end_ms(&self) -> i64 {
        self.end
            .map_or(self.start.latest_ms(), |end| end.latest_ms())
            .max(self.start.latest_ms())
    }

    /// The date in the source's words when the data gives it, otherwise the start at its
    /// precision, with the given month names (January first).
    pub fn reported_date(&self, month_names: &[&str; 12]) -> String {
        self.date_as_reported
            .clone()
            .unwrap_or_else(|| self.start.to_human(month_names))
    }
}

fn is_false(value: &bool) -> bool {
    !value
}

/// A named place, with coordinates when they are known.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Location {
    /// Place name as reported.
    pub name: String,
    /// Latitude in degrees, −90 to 90.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    /// Longitude in degrees, −180 to 180.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
}

/// A number reported about an event, and who reported it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figure {
    /// What is counted, in the source's terms: `"Ukrainian POWs returned"`.
    pub label: String,
    /// The number, or that it was not disclosed. Absent when the label says it all.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<FigureValue>,
    /// Unit of `value`, like `"people"` or `"km²"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Who gave the number: `"Russian MoD"`, `"Zelensky"`, `"both sides"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claimed_by: Option<String>,
}

/// The value of a [`Figure`]: a number, or the fact that none was given.
///
/// "Undisclosed" is deliberately not zero.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FigureValue {
    /// A reported number.
    Number(f64),
    /// The parties did not disclose the number.
    Undisclosed,
}

impl Serialize for FigureValue {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            FigureValue::Number(number) if number.fract() == 0.0 && number.abs() < 9e15 => {
                serializer.serialize_i64(*number as i64)
            }
            FigureValue::Number(number) => serializer.serialize_f64(*number),
            FigureValue::Undisclosed => serializer.serialize_str("undisclosed"),
        }
    }
}

/// An event that one side asserts, and whether another disputes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Claim {
    /// Who asserts it, like `"Russia"`; absent when both sides accuse each other.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claimed_by: Option<String>,
    /// Who disputes it, like `"Ukraine"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disputed_by: Option<String>,
    /// The claim and counter-claim in a sentence.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Claim {
    /// Whether anyone disputes the claim.
    pub fn is_contested(&self) -> bool {
        self.disputed_by.is_some()
    }
}

/// How well the cited sources support an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    /// Several independent reports agree.
    High,
    /// One report, or reports that differ in detail.
    Medium,
    /// A weak or anonymous source; verify before relying on it.
    Low,
}

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
    /// What is known of the publication date when it is not a date ("unknown").
    #[serde(skip_serializing_if = "String::is_empty")]
    pub published_note: String,
    /// The passage that supports the event, verbatim.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<Quote>,
    /// The full text of the source, when the data set carries it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Whether it reports first-hand or passes on others' reporting.
    #[serde(skip_serializing_if = "SourceKind::is_original")]
    pub kind: SourceKind,
}

/// Whether a source reports first-hand or passes on others' reporting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// Its own reporting (the default).
    #[default]
    Original,
    /// An aggregator summarizing others' reports.
    Aggregator,
    /// A copy of someone else's story (a forum post, a syndication site).
    Repost,
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
    /// Returns the reason as text when the link is refused.
    ///
    /// # Example
    /// ```
    /// use chronoline::timeline::SafeUrl;
    /// assert!(SafeUrl::parse("https://example.org/a?b=c").is_ok());
    /// assert!(SafeUrl::parse("javascript:alert(1)").is_err());
    /// ```
    pub fn parse(text: &str) -> Result<SafeUrl, String> {
        let text = text.trim();
        if text.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(format!(
                "{q_text} is not a link: it contains spaces",
                q_text = quoted(text)
            ));
        }
        let lower = text.to_ascii_lowercase();
        let has_host = |rest: &str| {
            rest.split(['/', '?', '#'])
                .next()
                .is_some_and(|host| !host.is_empty())
        };
        let accepted = if let Some(rest) = lower.strip_prefix("https://") {
            has_host(rest)
        } else if let Some(rest) = lower.strip_prefix("http://") {
            has_host(rest)
        } else if let Some(rest) = lower.strip_prefix("mailto:") {
            rest.contains('@')
        } else {
            false
        };
        if accepted {
            Ok(SafeUrl(text.to_owned()))
        } else {
            Err(format!(
                "{q_text} is not an http(s) or mailto link, so it is not shown",
                q_text = quoted(text)
            ))
        }
    }

    /// The link as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Chronology {
    /// Sorts events by when they start, coarser precision first on ties, then by id, so that
    /// every view lists them in one order.
    pub fn sort_events(&mut self) {
        self.events.sort_by(|a, b| {
            (a.start.earliest_ms(), a.start.precision(), &a.id).cmp(&(
                b.start.earliest_ms(),
                b.start.precision(),
                &b.id,
            ))
        });
    }

    /// The lane with this id.
    pub fn lane(&self, id: &str) -> Option<&Lane> {
        self.lanes.iter().find(|lane| lane.id == id)
    }

    /// The position of a lane in display order, used to pick its colour and shape.
    pub fn lane_index(&self, id: &str) -> Option<usize> {
        self.lanes.iter().position(|lane| lane.id == id)
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.id == id)
    }

    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&TimelineEvent> {
        self.events.iter().find(|event| event.id == id)
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
    fn undisclosed_is_written_as_a_word_not_zero() {
        let json = serde_json::to_string(&[
            FigureValue::Undisclosed,
            FigureValue::Number(150.0),
            FigureValue::Number(1.5),
        ])
        .unwrap();
        assert_eq!(json, r#"["undisclosed",150,1.5]"#);
    }
}
