//! Reading a chronology document (event format version 1) from JSON, event by event.
//!
//! Validation never stops at the first bad event: each bad event, source or lane is left
//! out and named with its JSON path and a reason, and everything valid is kept. Only a
//! document that is not JSON at all, or has no `events` list, fails as a whole.

use std::collections::{BTreeMap, HashMap};
use std::fmt;

use serde_json::value::RawValue;
use serde_json::{Map, Value};

use super::date::{DatePrecision, EventDate};
use super::model::{
    Chronology, Claim, Confidence, DocumentInfo, Figure, FigureValue, Lane, Location, Quote,
    SafeUrl, Source, SourceKind, TimelineEvent, FORMAT_VERSION,
};
use super::passage::find_passages;

/// A chronology that loaded, with everything that was wrong in it.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadReport {
    /// The valid part of the document.
    pub chronology: Chronology,
    /// What was left out or ignored, in document order.
    pub problems: Vec<Problem>,
}

/// One thing wrong in a document, named by where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// JSON path of the offending value, like `events[12].start`.
    pub path: String,
    /// Why it is wrong, in words: `"2025-02-30" is not a date: …`.
    pub reason: String,
    /// What the viewer did about it.
    pub effect: ProblemEffect,
}

/// What the viewer did about a [`Problem`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProblemEffect {
    /// The event was left out.
    EventSkipped,
    /// The source was left out; events citing it show without it.
    SourceSkipped,
    /// The lane definition was left out.
    LaneSkipped,
    /// Only this value was ignored; its event or source is shown.
    ValueIgnored,
    /// Nothing was left out, but an editor should look: an event with no source, a quote
    /// missing from its source's text, a source without a date, an aggregator cited alone.
    Warning,
}

impl LoadReport {
    /// The problems that left something out or ignored a value (not the warnings).
    pub fn errors(&self) -> Vec<&Problem> {
        self.problems
            .iter()
            .filter(|problem| problem.effect != ProblemEffect::Warning)
            .collect()
    }

    /// The warnings for editors: nothing was left out, but something deserves a look.
    pub fn warnings(&self) -> Vec<&Problem> {
        self.problems
            .iter()
            .filter(|problem| problem.effect == ProblemEffect::Warning)
            .collect()
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.reason)
    }
}

/// Why a document could not be read at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The text is not JSON; `line` and `column` are 1-based.
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// The text is something else entirely, like an HTML page.
    NotJson { looks_like: &'static str },
    /// The JSON is valid but is not a chronology document.
    NotAChronology { reason: String },
    /// The document declares a format version this viewer does not read.
    UnsupportedVersion { found: String },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Syntax {
                line,
                column,
                message,
            } => write!(
                f,
                "The data is not valid JSON: {message} (line {line}, column {column})."
            ),
            LoadError::NotJson { looks_like } => {
                write!(f, "The data is not JSON: it looks like {looks_like}.")
            }
            LoadError::NotAChronology { reason } => {
                write!(f, "The JSON is not a chronology: {reason}.")
            }
            LoadError::UnsupportedVersion { found } => write!(
                f,
                "The document uses format_version {found}; this viewer reads version {FORMAT_VERSION}."
            ),
        }
    }
}

/// Reads a chronology document, keeping every valid event and naming every invalid one.
///
/// # Errors
/// Fails as a whole only when the text is not JSON ([`LoadError::Syntax`] with line and
/// column, or [`LoadError::NotJson`] for an HTML page), when it is not an object with an
/// `events` array, or when it declares another format version.
///
/// # Example
/// ```
/// use chronoline::timeline::parse_chronology;
/// let report = parse_chronology(r#"{
///   "format_version": 1, "title": "Swaps",
///   "events": [
///     {"id": "a", "start": "2025-06-26", "lane": "exchange", "title": "Swap"},
///     {"id": "b", "start": "2025-02-30", "lane": "exchange", "title": "Bad date"}
///   ]}"#).unwrap();
/// assert_eq!(report.chronology.events.len(), 1);
/// assert_eq!(report.errors()[0].to_string(),
///            r#"events[1].start: "2025-02-30" is not a date: the calendar has no such day"#);
/// ```
pub fn parse_chronology(json: &str) -> Result<LoadReport, LoadError> {
    let trimmed = json.trim_start_matches('\u{feff}').trim_start();
    if trimmed.is_empty() {
        return Err(LoadError::NotJson {
            looks_like: "an empty file",
        });
    }
    if trimmed.starts_with('<') {
        return Err(LoadError::NotJson {
            looks_like: "an HTML or XML page",
        });
    }
    let syntax = |error: serde_json::Error| LoadError::Syntax {
        line: error.line(),
        column: error.column(),
        message: strip_position(&error.to_string()),
    };
    if !trimmed.starts_with('{') {
        let root: Value = serde_json::from_str(trimmed).map_err(syntax)?;
        return Err(LoadError::NotAChronology {
            reason: format!("the top level is {}, not an object", describe(&root)),
        });
    }
    // The top level is split into raw fields and the events are read one at a time, so a
    // large document never exists as one tree of values (memory stays near the text's size).
    let fields: Vec<(String, &RawValue)> =
        match serde_json::from_str::<BTreeMap<String, &RawValue>>(trimmed) {
            Ok(fields) => fields.into_iter().collect(),
            // Skipping raw values names errors less well ("key must be a string" for a
            // trailing comma); the full parser's message is worth a second pass on failure.
            Err(error) => {
                return Err(syntax(
                    serde_json::from_str::<Value>(trimmed)
                        .err()
                        .unwrap_or(error),
                ))
            }
        };
    let mut root = Map::new();
    let mut raw_events = None;
    for (key, raw) in fields {
        if key == "events" {
            raw_events = Some(raw);
        } else {
            root.insert(key, serde_json::from_str(raw.get()).map_err(syntax)?);
        }
    }
    let events: Vec<&RawValue> = match raw_events {
        None => {
            return Err(LoadError::NotAChronology {
                reason: "it has no \"events\" list".into(),
            })
        }
        Some(raw) => serde_json::from_str(raw.get()).map_err(|_| {
            let value: Value = serde_json::from_str(raw.get()).unwrap_or(Value::Null);
            LoadError::NotAChronology {
                reason: format!("\"events\" is {}, not a list", describe(&value)),
            }
        })?,
    };
    let mut reader = DocumentReader::default();
    reader.read(&root, &events)
}

/// serde_json appends " at line L column C"; the position is reported separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(cut) => message[..cut].to_owned(),
        None => message.to_owned(),
    }
}

/// A value in double quotes for a message, like JSON would write it.
pub(crate) fn quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Describes a JSON value for a message: strings and numbers verbatim, others by kind.
fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(flag) => flag.to_string(),
        Value::Number(number) => number.to_string(),
        Value::String(text) => {
            let shown: String = text.chars().take(60).collect();
            let ellipsis = if text.chars().count() > 60 { "…" } else { "" };
            quoted(&(shown + ellipsis))
        }
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "an object".into(),
    }
}

const DOCUMENT_FIELDS: &[&str] = &[
    "format_version",
    "title",
    "description",
    "language",
    "publisher",
    "updated",
    "lanes",
    "sources",
    "events",
];
const LANE_FIELDS: &[&str] = &["id", "label"];
/// The fields a source object may have.
pub const SOURCE_FIELDS: &[&str] = &[
    "id",
    "publisher",
    "title",
    "title_inferred",
    "url",
    "published",
    "published_note",
    "quote",
    "text",
    "kind",
];
const QUOTE_FIELDS: &[&str] = &["exact", "prefix", "suffix"];
/// The fields an event object may have.
pub const EVENT_FIELDS: &[&str] = &[
    "id",
    "start",
    "end",
    "approximate",
    "date_as_reported",
    "lane",
    "title",
    "summary",
    "tags",
    "location",
    "figures",
    "claim",
    "sources",
    "confidence",
    "notes",
];
const LOCATION_FIELDS: &[&str] = &["name", "lat", "lon"];
const FIGURE_FIELDS: &[&str] = &["label", "value", "unit", "claimed_by"];
const CLAIM_FIELDS: &[&str] = &["claimed_by", "disputed_by", "note"];

/// A failure that leaves out the item being read; the effect is decided by the caller.
struct Refusal {
    path: String,
    reason: String,
}

impl Refusal {
    fn new(path: &str, reason: impl Into<String>) -> Refusal {
        Refusal {
            path: path.to_owned(),
            reason: reason.into(),
        }
    }
}

/// An object being read, with its path for messages.
struct Fields<'a> {
    path: &'a str,
    map: &'a Map<String, Value>,
}

impl<'a> Fields<'a> {
    fn of(value: &'a Value, path: &'a str) -> Result<Fields<'a>, Refusal> {
        match value {
            Value::Object(map) => Ok(Fields { path, map }),
            other => Err(Refusal::new(
                path,
                format!("is {}, not an object", describe(other)),
            )),
        }
    }

    fn at(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    /// A present, non-null value.
    fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|value| !value.is_null())
    }

    fn required_text(&self, key: &str) -> Result<String, Refusal> {
        match self.get(key) {
            None => Err(Refusal::new(&self.at(key), "is missing")),
            Some(Value::String(text)) if text.trim().is_empty() => {
                Err(Refusal::new(&self.at(key), "is empty"))
            }
            Some(Value::String(text)) => Ok(text.trim().to_owned()),
            Some(other) => Err(Refusal::new(
                &self.at(key),
                format!("is {}, not text", describe(other)),
            )),
        }
    }

    fn required_date(&self, key: &str) -> Result<EventDate, Refusal> {
        let text = self.required_text(key)?;
        EventDate::parse(&text)
            .map_err(|error| Refusal::new(&self.at(key), format!("{} {error}", quoted(&text))))
    }

    /// Optional text; a value of the wrong type is reported and ignored.
    fn optional_text(&self, key: &str, problems: &mut Vec<Problem>) -> Option<String> {
        match self.get(key)? {
            Value::String(text) if text.trim().is_empty() => None,
            Value::String(text) => Some(text.trim().to_owned()),
            other => {
                problems.push(ignored(
                    &self.at(key),
                    format!("is {}, not text", describe(other)),
                ));
                None
            }
        }
    }

    fn optional_flag(&self, key: &str, problems: &mut Vec<Problem>) -> bool {
        match self.get(key) {
            None => false,
            Some(Value::Bool(flag)) => *flag,
            Some(other) => {
                problems.push(ignored(
                    &self.at(key),
                    format!("is {}, not true or false", describe(other)),
                ));
                false
            }
        }
    }

    fn optional_date(&self, key: &str, problems: &mut Vec<Problem>) -> Option<EventDate> {
        let text = self.optional_text(key, problems)?;
        match EventDate::parse(&text) {
            Ok(date) => Some(date),
            Err(error) => {
                problems.push(ignored(
                    &self.at(key),
                    format!("{q_text} {error}", q_text = quoted(&text)),
                ));
                None
            }
        }
    }

    /// Optional list; anything else is reported and read as empty.
    fn optional_list(&self, key: &str, problems: &mut Vec<Problem>) -> &'a [Value] {
        match self.get(key) {
            None => &[],
            Some(Value::Array(items)) => items,
            Some(other) => {
                problems.push(ignored(
                    &self.at(key),
                    format!("is {}, not a list", describe(other)),
                ));
                &[]
            }
        }
    }

    fn report_unknown(&self, known: &[&str], problems: &mut Vec<Problem>) {
        for key in self.map.keys() {
            if !known.contains(&key.as_str()) {
                problems.push(ignored(
                    &self.at(key),
                    "is not a field of the event format, so it is ignored",
                ));
            }
        }
    }
}

fn ignored(path: &str, reason: impl Into<String>) -> Problem {
    Problem {
        path: path.to_owned(),
        reason: reason.into(),
        effect: ProblemEffect::ValueIgnored,
    }
}

#[derive(Default)]
struct DocumentReader {
    problems: Vec<Problem>,
}

impl DocumentReader {
    fn refuse(&mut self, refusal: Refusal, effect: ProblemEffect) {
        self.problems.push(Problem {
            path: refusal.path,
            reason: refusal.reason,
            effect,
        });
    }

    fn read(
        &mut self,
        root: &Map<String, Value>,
        events: &[&RawValue],
    ) -> Result<LoadReport, LoadError> {
        let document = Fields {
            path: "",
            map: root,
        };
        match document.get("format_version") {
            None => self.problems.push(ignored(
                "format_version",
                format!("is missing; read as version {FORMAT_VERSION}"),
            )),
            Some(Value::Number(n)) if n.as_u64() == Some(u64::from(FORMAT_VERSION)) => {}
            Some(other) => {
                return Err(LoadError::UnsupportedVersion {
                    found: describe(other),
                })
            }
        }
        document.report_unknown(DOCUMENT_FIELDS, &mut self.problems);
        let mut text = |key: &str| {
            document
                .optional_text(key, &mut self.problems)
                .unwrap_or_default()
        };
        let about = DocumentInfo {
            title: text("title"),
            description: text("description"),
            language: text("language"),
            publisher: text("publisher"),
            updated: document.optional_date("updated", &mut self.problems),
        };
        let lanes = self.read_lanes(document.get("lanes"));
        let source_items = document.optional_list("sources", &mut self.problems);
        let sources = self.read_sources(source_items);
        let mut chronology = Chronology {
            format_version: FORMAT_VERSION,
            about,
            lanes,
            sources,
            events: Vec::with_capacity(events.len()),
        };
        let mut first_use: HashMap<String, usize> = HashMap::new();
        for (index, raw) in events.iter().enumerate() {
            let path = format!("events[{index}]");
            // Already checked as JSON with the whole document, so this cannot fail.
            let value: Value = serde_json::from_str(raw.get()).unwrap_or(Value::Null);
            match self.read_event(&value, &path, &chronology) {
                Ok(event) => {
                    if let Some(first) = first_use.get(&event.id) {
                        let reason = format!(
                            "{} is already the id of events[{first}]; ids must be unique",
                            quoted(&event.id)
                        );
                        self.refuse(
                            Refusal::new(&format!("{path}.id"), reason),
                            ProblemEffect::EventSkipped,
                        );
                    } else {
                        first_use.insert(event.id.clone(), index);
                        self.check_sourcing(&event, &path, &chronology);
                        chronology.events.push(event);
                    }
                }
                Err(refusal) => self.refuse(refusal, ProblemEffect::EventSkipped),
            }
        }
        chronology.sort_events();
        Ok(LoadReport {
            chronology,
            problems: std::mem::take(&mut self.problems),
        })
    }

    /// Warnings for an accepted event's sourcing.
    fn check_sourcing(&mut self, event: &TimelineEvent, path: &str, chronology: &Chronology) {
        let warn = |reason: String| Problem {
            path: format!("{path}.sources"),
            reason,
            effect: ProblemEffect::Warning,
        };
        let sources: Vec<&Source> = event
            .sources
            .iter()
            .filter_map(|id| chronology.source(id))
            .collect();
        if sources.is_empty() {
            self.problems
                .push(warn(format!("{} cites no source", quoted(&event.id))));
        } else if sources.iter().all(|source| !source.kind.is_original()) {
            let names: Vec<&str> = sources.iter().map(|s| s.publisher.as_str()).collect();
            self.problems.push(warn(format!(
                "{} cites only aggregators or reposts ({})",
                quoted(&event.id),
                names.join(", ")
            )));
        }
    }

    /// Warnings for the sources themselves: no date, a quote not in the source's text.
    fn check_sources(&mut self, sources: &[Source], paths: &[String]) {
        for (source, path) in sources.iter().zip(paths) {
            if source.published.is_none() {
                let known = if source.published_note.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", source.published_note)
                };
                self.problems.push(Problem {
                    path: format!("{path}.published"),
                    reason: format!("{} has no publication date{known}", quoted(&source.id)),
                    effect: ProblemEffect::Warning,
                });
            }
            if let (Some(text), Some(quote)) = (&source.text, &source.quote) {
                if find_passages(text, &quote.exact).is_empty() {
                    self.problems.push(Problem {
                        path: format!("{path}.quote"),
                        reason: format!("the quote of {} is not in its text", quoted(&source.id)),
                        effect: ProblemEffect::Warning,
                    });
                }
            }
        }
    }

    fn read_lanes(&mut self, value: Option<&Value>) -> Vec<Lane> {
        let items = match value {
            None => return Lane::defaults(),
            Some(Value::Array(items)) => items,
            Some(other) => {
                self.problems.push(ignored(
                    "lanes",
                    format!(
                        "is {}, not a list; the default lanes are used",
                        describe(other)
                    ),
                ));
                return Lane::defaults();
            }
        };
        let mut lanes: Vec<Lane> = Vec::new();
        for (index, item) in items.iter().enumerate() {
            let path = format!("lanes[{index}]");
            let lane = Fields::of(item, &path).and_then(|fields| {
                fields.report_unknown(LANE_FIELDS, &mut self.problems);
                let id = fields.required_text("id")?;
                if lanes.iter().any(|lane| lane.id == id) {
                    return Err(Refusal::new(
                        &fields.at("id"),
                        format!(
                            "{q_id} is already the id of another lane",
                            q_id = quoted(&id)
                        ),
                    ));
                }
                let label = fields.optional_text("label", &mut self.problems);
                Ok(Lane {
                    label: label.unwrap_or_else(|| id.clone()),
                    id,
                })
            });
            match lane {
                Ok(lane) => lanes.push(lane),
                Err(refusal) => self.refuse(refusal, ProblemEffect::LaneSkipped),
            }
        }
        if lanes.is_empty() {
            Lane::defaults()
        } else {
            lanes
        }
    }

    fn read_sources(&mut self, items: &[Value]) -> Vec<Source> {
        let mut sources: Vec<Source> = Vec::with_capacity(items.len());
        let mut paths = Vec::with_capacity(items.len());
        for (index, item) in items.iter().enumerate() {
            let path = format!("sources[{index}]");
            match self.read_source(item, &path, &sources) {
                Ok(source) => {
                    sources.push(source);
                    paths.push(path);
                }
                Err(refusal) => self.refuse(refusal, ProblemEffect::SourceSkipped),
            }
        }
        self.check_sources(&sources, &paths);
        sources
    }

    fn read_source(
        &mut self,
        item: &Value,
        path: &str,
        earlier: &[Source],
    ) -> Result<Source, Refusal> {
        let fields = Fields::of(item, path)?;
        fields.report_unknown(SOURCE_FIELDS, &mut self.problems);
        let id = fields.required_text("id")?;
        if earlier.iter().any(|source| source.id == id) {
            return Err(Refusal::new(
                &fields.at("id"),
                format!(
                    "{q_id} is already the id of another source",
                    q_id = quoted(&id)
                ),
            ));
        }
        let publisher = fields.required_text("publisher")?;
        let url = fields
            .optional_text("url", &mut self.problems)
            .and_then(|text| match SafeUrl::parse(&text) {
                Ok(url) => Some(url),
                Err(reason) => {
                    self.problems.push(ignored(&fields.at("url"), reason));
                    None
                }
            });
        let quote = match fields.get("quote") {
            None => None,
            Some(Value::String(exact)) if exact.trim().is_empty() => None,
            Some(Value::String(exact)) => Some(Quote {
                exact: exact.trim().to_owned(),
                prefix: String::new(),
                suffix: String::new(),
            }),
            Some(value) => {
                let quote_path = fields.at("quote");
                match Fields::of(value, &quote_path).and_then(|quote| {
                    quote.report_unknown(QUOTE_FIELDS, &mut self.problems);
                    Ok(Quote {
                        exact: quote.required_text("exact")?,
                        prefix: quote
                            .optional_text("prefix", &mut self.problems)
                            .unwrap_or_default(),
                        suffix: quote
                            .optional_text("suffix", &mut self.problems)
                            .unwrap_or_default(),
                    })
                }) {
                    Ok(quote) => Some(quote),
                    Err(refusal) => {
                        self.problems.push(ignored(&refusal.path, refusal.reason));
                        None
                    }
                }
            }
        };
        Ok(Source {
            id,
            publisher,
            title: fields
                .optional_text("title", &mut self.problems)
                .unwrap_or_default(),
            title_inferred: fields.optional_flag("title_inferred", &mut self.problems),
            url,
            published: fields.optional_date("published", &mut self.problems),
            published_note: fields
                .optional_text("published_note", &mut self.problems)
                .unwrap_or_default(),
            quote,
            text: fields.optional_text("text", &mut self.problems),
            kind: match fields.optional_text("kind", &mut self.problems).as_deref() {
                None | Some("original") => SourceKind::Original,
                Some("aggregator") => SourceKind::Aggregator,
                Some("repost") => SourceKind::Repost,
                Some(other) => {
                    self.problems.push(ignored(
                        &fields.at("kind"),
                        format!(
                            "{} is not one of original, aggregator, repost",
                            quoted(other)
                        ),
                    ));
                    SourceKind::Original
                }
            },
        })
    }

    fn read_event(
        &mut self,
        value: &Value,
        path: &str,
        chronology: &Chronology,
    ) -> Result<TimelineEvent, Refusal> {
        let fields = Fields::of(value, path)?;
        let id = fields.required_text("id")?;
        if id.chars().any(|c| c.is_whitespace() || c.is_control()) || id.len() > 200 {
            return Err(Refusal::new(
                &fields.at("id"),
                format!(
                    "{q_id} is not a usable id: ids are up to 200 characters without spaces",
                    q_id = quoted(&id)
                ),
            ));
        }
        let start = fields.required_date("start")?;
        let end = match fields.get("end") {
            None => None,
            Some(_) => Some(fields.required_date("end")?),
        };
        if let Some(end) = end {
            let ends_before = end.latest_ms() < start.earliest_ms()
                || (end.latest_ms() == start.earliest_ms()
                    && end.precision() != DatePrecision::Time);
            if ends_before {
                return Err(Refusal::new(
                    &fields.at("end"),
                    format!("\"{end}\" is before the start \"{start}\""),
                ));
            }
        }
        let lane = fields.required_text("lane")?;
        if chronology.lane(&lane).is_none() {
            let known: Vec<&str> = chronology.lanes.iter().map(|l| l.id.as_str()).collect();
            return Err(Refusal::new(
                &fields.at("lane"),
                format!(
                    "{q_lane} is not one of the document's lanes ({})",
                    known.join(", "),
                    q_lane = quoted(&lane)
                ),
            ));
        }
        let title = fields.required_text("title")?;
        fields.report_unknown(EVENT_FIELDS, &mut self.problems);
        let problems = &mut self.problems;
        let tags = fields
            .optional_list("tags", problems)
            .iter()
            .enumerate()
            .filter_map(|(index, tag)| match tag {
                Value::String(text) if !text.trim().is_empty() => Some(text.trim().to_owned()),
                other => {
                    problems.push(ignored(
                        &format!("{path}.tags[{index}]"),
                        format!("is {}, not a tag", describe(other)),
                    ));
                    None
                }
            })
            .collect();
        let confidence = match fields.optional_text("confidence", problems).as_deref() {
            None => None,
            Some("high") => Some(Confidence::High),
            Some("medium") => Some(Confidence::Medium),
            Some("low") => Some(Confidence::Low),
            Some(other) => {
                problems.push(ignored(
                    &fields.at("confidence"),
                    format!(
                        "{q_other} is not one of high, medium, low",
                        q_other = quoted(other)
                    ),
                ));
                None
            }
        };
        let sources = fields
            .optional_list("sources", problems)
            .iter()
            .enumerate()
            .filter_map(|(index, reference)| {
                let at = format!("{path}.sources[{index}]");
                match reference {
                    Value::String(id) if chronology.source(id).is_some() => Some(id.clone()),
                    Value::String(id) => {
                        problems.push(ignored(
                            &at,
                            format!("{q_id} is not the id of a source", q_id = quoted(id)),
                        ));
                        None
                    }
                    other => {
                        problems.push(ignored(
                            &at,
                            format!("is {}, not a source id", describe(other)),
                        ));
                        None
                    }
                }
            })
            .collect();
        Ok(TimelineEvent {
            id,
            start,
            end,
            approximate: fields.optional_flag("approximate", problems),
            date_as_reported: fields.optional_text("date_as_reported", problems),
            lane,
            title,
            summary: fields
                .optional_text("summary", problems)
                .unwrap_or_default(),
            tags,
            location: read_location(&fields, problems),
            figures: read_figures(&fields, problems),
            claim: read_claim(&fields, problems),
            sources,
            confidence,
            notes: fields.optional_text("notes", problems).unwrap_or_default(),
        })
    }
}

fn read_location(event: &Fields, problems: &mut Vec<Problem>) -> Option<Location> {
    let path = event.at("location");
    match event.get("location")? {
        Value::String(name) if name.trim().is_empty() => None,
        Value::String(name) => Some(Location {
            name: name.trim().to_owned(),
            lat: None,
            lon: None,
        }),
        value => {
            let fields = match Fields::of(value, &path) {
                Ok(fields) => fields,
                Err(refusal) => {
                    problems.push(ignored(&refusal.path, refusal.reason));
                    return None;
                }
            };
            fields.report_unknown(LOCATION_FIELDS, problems);
            let name = match fields.required_text("name") {
                Ok(name) => name,
                Err(refusal) => {
                    problems.push(ignored(&refusal.path, refusal.reason));
                    return None;
                }
            };
            let mut coordinate = |key: &str, limit: f64| match fields.get(key) {
                None => None,
                Some(Value::Number(n)) => match n.as_f64() {
                    Some(degrees) if degrees.abs() <= limit => Some(degrees),
                    _ => {
                        problems.push(ignored(
                            &fields.at(key),
                            format!("{n} is outside −{0}…{0} degrees", limit as i32),
                        ));
                        None
                    }
                },
                Some(other) => {
                    problems.push(ignored(
                        &fields.at(key),
                        format!("is {}, not a number of degrees", describe(other)),
                    ));
                    None
                }
            };
            let lat = coordinate("lat", 90.0);
            let lon = coordinate("lon", 180.0);
            let (lat, lon) = match (lat, lon) {
                (Some(lat), Some(lon)) => (Some(lat), Some(lon)),
                _ => (None, None),
            };
            Some(Location { name, lat, lon })
        }
    }
}

fn read_figures(event: &Fields, problems: &mut Vec<Problem>) -> Vec<Figure> {
    let items = event.optional_list("figures", problems);
    let mut figures = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        let path = format!("{}.figures[{index}]", event.path);
        let figure = Fields::of(item, &path).and_then(|fields| {
            fields.report_unknown(FIGURE_FIELDS, problems);
            let label = fields.required_text("label")?;
            let value = match fields.get("value") {
                None => None,
                Some(Value::Number(n)) => n.as_f64().map(FigureValue::Number),
                Some(Value::String(word)) if word.trim() == "undisclosed" => {
                    Some(FigureValue::Undisclosed)
                }
                Some(other) => {
                    return Err(Refusal::new(
                        &fields.at("value"),
                        format!("is {}, not a number or \"undisclosed\"", describe(other)),
                    ))
                }
            };
            Ok(Figure {
                label,
                value,
                unit: fields.optional_text("unit", problems),
                claimed_by: fields.optional_text("claimed_by", problems),
            })
        });
        match figure {
            Ok(figure) => figures.push(figure),
            Err(refusal) => problems.push(ignored(&refusal.path, refusal.reason)),
        }
    }
    figures
}

fn read_claim(event: &Fields, problems: &mut Vec<Problem>) -> Option<Claim> {
    let path = event.at("claim");
    let fields = match Fields::of(event.get("claim")?, &path) {
        Ok(fields) => fields,
        Err(refusal) => {
            problems.push(ignored(&refusal.path, refusal.reason));
            return None;
        }
    };
    fields.report_unknown(CLAIM_FIELDS, problems);
    let claim = Claim {
        claimed_by: fields.optional_text("claimed_by", problems),
        disputed_by: fields.optional_text("disputed_by", problems),
        note: fields.optional_text("note", problems).unwrap_or_default(),
    };
    if claim.claimed_by.is_none() && claim.disputed_by.is_none() && claim.note.is_empty() {
        problems.push(ignored(&path, "names no claimant, disputer or note"));
        return None;
    }
    Some(claim)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(fields: &str) -> String {
        format!(r#"{{"id": "e", "start": "2025-06-26", "lane": "exchange", "title": "T"{fields}}}"#)
    }

    fn load(events: &[String]) -> LoadReport {
        let json = format!(
            r#"{{"format_version": 1, "title": "Test", "sources": [
                {{"id": "s1", "publisher": "AFP", "url": "https://example.org/a"}}],
              "events": [{}]}}"#,
            events.join(",")
        );
        parse_chronology(&json).expect("document loads")
    }

    fn problem_lines(report: &LoadReport) -> Vec<String> {
        report
            .errors()
            .into_iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn a_valid_event_reads_every_field() {
        let report = load(&[event(
            r#", "end": "2025-06-27", "approximate": true, "date_as_reported": "26–27 June",
                "summary": "S", "tags": ["Istanbul"], "confidence": "medium", "notes": "N",
                "location": {"name": "Chernihiv region", "lat": 51.5, "lon": 31.3},
                "figures": [{"label": "POWs", "value": "undisclosed", "claimed_by": "both"},
                            {"label": "Bodies", "value": 1212, "unit": "bodies"}],
                "claim": {"claimed_by": "Russia", "disputed_by": "Ukraine", "note": "denied"},
                "sources": ["s1"]"#,
        )]);
        assert_eq!(problem_lines(&report), Vec::<String>::new());
        let event = &report.chronology.events[0];
        assert_eq!(
            event.end.map(|d| d.to_string()).as_deref(),
            Some("2025-06-27")
        );
        assert!(event.approximate);
        assert_eq!(event.figures[0].value, Some(FigureValue::Undisclosed));
        assert_eq!(event.figures[1].value, Some(FigureValue::Number(1212.0)));
        assert_eq!(event.location.as_ref().and_then(|l| l.lat), Some(51.5));
        assert!(event.claim.as_ref().is_some_and(Claim::is_contested));
        assert_eq!(event.sources, ["s1"]);
        assert_eq!(event.confidence, Some(Confidence::Medium));
    }

    #[test]
    fn bad_events_are_named_and_good_ones_kept() {
        let report = load(&[
            event(""),
            r#"{"id": "b", "start": "2025-02-30", "lane": "exchange", "title": "T"}"#.into(),
            r#"{"id": "c", "start": "2025-06-01", "lane": "weather", "title": "T"}"#.into(),
            r#"{"id": "e", "start": "2025-06-02", "lane": "talks", "title": "T"}"#.into(),
            r#"{"id": "f", "start": "2025-06-05", "end": "2025-06-04", "lane": "talks", "title": "T"}"#.into(),
            r#"{"id": "g", "start": "2025-06-05", "lane": "talks"}"#.into(),
            r#"{"id": "h", "start": 2025, "lane": "talks", "title": "T"}"#.into(),
            r#""not an event""#.into(),
            r#"{"id": "ok", "start": "2025-06", "lane": "talks", "title": "Month only"}"#.into(),
        ]);
        assert_eq!(
            problem_lines(&report),
            [
                r#"events[1].start: "2025-02-30" is not a date: the calendar has no such day"#,
                r#"events[2].lane: "weather" is not one of the document's lanes (exchange, talks, frontline, humanitarian, other)"#,
                r#"events[3].id: "e" is already the id of events[0]; ids must be unique"#,
                r#"events[4].end: "2025-06-04" is before the start "2025-06-05""#,
                "events[5].title: is missing",
                "events[6].start: is 2025, not text",
                r#"events[7]: is "not an event", not an object"#,
            ]
        );
        assert!(report
            .errors()
            .iter()
            .all(|p| p.effect == ProblemEffect::EventSkipped));
        let ids: Vec<&str> = report
            .chronology
            .events
            .iter()
            .map(|e| e.id.as_str())
            .collect();
        assert_eq!(ids, ["ok", "e"], "valid events kept, sorted by start");
    }

    #[test]
    fn unsafe_links_and_stray_values_are_ignored_not_fatal() {
        let json = r#"{"format_version": 1, "title": "T", "colour": "red",
          "sources": [
            {"id": "s1", "publisher": "P", "url": "javascript:alert(1)", "quote": {"exact": "q", "prefix": "p"}},
            {"id": "s1", "publisher": "Q"},
            {"id": "s3"}],
          "events": [{"id": "a", "start": "2025", "lane": "other", "title": "T", "titel": "typo",
                      "sources": ["s1", "nope"], "confidence": "sure",
                      "location": {"name": "X", "lat": 123, "lon": 1},
                      "figures": [{"label": "n", "value": "0?"}, {"value": 3}]}]}"#;
        let report = parse_chronology(json).unwrap();
        assert_eq!(
            problem_lines(&report),
            [
                "colour: is not a field of the event format, so it is ignored",
                r#"sources[0].url: "javascript:alert(1)" is not an http(s) or mailto link, so it is not shown"#,
                r#"sources[1].id: "s1" is already the id of another source"#,
                "sources[2].publisher: is missing",
                "events[0].titel: is not a field of the event format, so it is ignored",
                r#"events[0].confidence: "sure" is not one of high, medium, low"#,
                r#"events[0].sources[1]: "nope" is not the id of a source"#,
                "events[0].location.lat: 123 is outside −90…90 degrees",
                r#"events[0].figures[0].value: is "0?", not a number or "undisclosed""#,
                "events[0].figures[1].label: is missing",
            ]
        );
        let source = &report.chronology.sources[0];
        assert_eq!(source.url, None);
        assert_eq!(source.quote.as_ref().map(|q| q.prefix.as_str()), Some("p"));
        let event = &report.chronology.events[0];
        assert_eq!(event.sources, ["s1"]);
        assert_eq!(
            event.location.as_ref().map(|l| (l.lat, l.lon)),
            Some((None, None))
        );
    }

    #[test]
    fn whole_document_failures_say_what_and_where() {
        let syntax = parse_chronology("{\n  \"events\": [\n    {\"id\": 1,}\n  ]\n}").unwrap_err();
        assert!(
            matches!(
                syntax,
                LoadError::Syntax {
                    line: 3,
                    column: 14,
                    ..
                }
            ),
            "{syntax:?}"
        );
        assert_eq!(
            syntax.to_string(),
            "The data is not valid JSON: trailing comma (line 3, column 14)."
        );
        assert_eq!(
            parse_chronology("<!doctype html><p>Not found").unwrap_err(),
            LoadError::NotJson {
                looks_like: "an HTML or XML page"
            }
        );
        assert_eq!(
            parse_chronology("[1, 2]").unwrap_err().to_string(),
            "The JSON is not a chronology: the top level is a list, not an object."
        );
        assert_eq!(
            parse_chronology(r#"{"title": "x"}"#)
                .unwrap_err()
                .to_string(),
            "The JSON is not a chronology: it has no \"events\" list."
        );
        assert_eq!(
            parse_chronology(r#"{"format_version": 2, "events": []}"#)
                .unwrap_err()
                .to_string(),
            "The document uses format_version 2; this viewer reads version 1."
        );
    }

    #[test]
    fn missing_lanes_give_the_defaults_and_bad_lanes_are_named() {
        let report = parse_chronology(
            r#"{"format_version": 1, "lanes": [{"id": "a", "label": "A"}, {"label": "no id"}, {"id": "a"}],
                "events": []}"#,
        )
        .unwrap();
        assert_eq!(report.chronology.lanes.len(), 1);
        assert_eq!(
            problem_lines(&report),
            [
                "lanes[1].id: is missing",
                r#"lanes[2].id: "a" is already the id of another lane"#
            ]
        );
        let defaults = parse_chronology(r#"{"format_version": 1, "events": []}"#).unwrap();
        assert_eq!(defaults.chronology.lanes, Lane::defaults());
    }

    #[test]
    fn editors_are_warned_about_weak_sourcing_without_losing_anything() {
        let report = parse_chronology(
            r#"{"format_version": 1,
              "sources": [
                {"id": "dated", "publisher": "AFP", "published": "2025-06-27"},
                {"id": "undated", "publisher": "Kyiv Independent", "published_note": "unknown"},
                {"id": "agg", "publisher": "Mezha", "kind": "aggregator", "published": "2025-06"},
                {"id": "text", "publisher": "AP", "published": "2025", "text": "Ten were freed.",
                 "quote": "Twelve were freed"},
                {"id": "odd", "publisher": "X", "published": "2025", "kind": "blog"}],
              "events": [
                {"id": "none", "start": "2025-06-26", "lane": "exchange", "title": "T"},
                {"id": "weak", "start": "2025-06-26", "lane": "exchange", "title": "T", "sources": ["agg"]},
                {"id": "ok", "start": "2025-06-26", "lane": "exchange", "title": "T", "sources": ["agg", "dated"]}]}"#,
        )
        .unwrap();
        assert_eq!(
            report.chronology.events.len(),
            3,
            "warnings leave everything in"
        );
        let warnings: Vec<String> = report.warnings().iter().map(ToString::to_string).collect();
        assert_eq!(
            warnings,
            [
                r#"sources[1].published: "undated" has no publication date (unknown)"#,
                r#"sources[3].quote: the quote of "text" is not in its text"#,
                r#"events[0].sources: "none" cites no source"#,
                r#"events[1].sources: "weak" cites only aggregators or reposts (Mezha)"#,
            ]
        );
        assert_eq!(
            problem_lines(&report),
            [r#"sources[4].kind: "blog" is not one of original, aggregator, repost"#]
        );
    }

    #[test]
    fn serialized_documents_read_back_identically() {
        let report = load(&[
            event(r#", "figures": [{"label": "POWs", "value": "undisclosed"}], "sources": ["s1"]"#),
            r#"{"id": "t", "start": "2025-06-26T14:30:00+03:00", "lane": "talks", "title": "Timed"}"#.into(),
        ]);
        let written = serde_json::to_string(&report.chronology).unwrap();
        let reread = parse_chronology(&written).unwrap();
        assert_eq!(reread.errors(), Vec::<&Problem>::new());
        assert_eq!(reread.chronology, report.chronology);
    }

    #[test]
    fn no_input_makes_it_panic() {
        // A crude fuzz over truncations and byte flips of a valid document.
        let valid =
            serde_json::to_string(&load(&[event(r#", "end": "2025-07""#)]).chronology).unwrap();
        for cut in 0..valid.len() {
            if valid.is_char_boundary(cut) {
                let _ = parse_chronology(&valid[..cut]);
            }
        }
        for (index, replacement) in (0..valid.len()).zip(['"', '1', '-', ']', 'x'].iter().cycle()) {
            if valid.is_char_boundary(index) && valid.is_char_boundary(index + 1) {
                let mut mutated = valid.clone();
                mutated.replace_range(index..index + 1, &replacement.to_string());
                let _ = parse_chronology(&mutated);
            }
        }
    }
}
