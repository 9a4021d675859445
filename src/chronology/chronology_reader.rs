//! Reading a document in slices: the top level is walked by hand (`top_level.rs`), then the
//! document's fields, sources and events are read one at a time (`document_reader.rs`), so a
//! page can show progress and stay responsive while a large document loads; the text read is
//! let go as reading goes on, and lone UTF-16 surrogates are named by the path of their value.

use std::ops::Range;

use serde_json::{Map, Value};

use super::document_reader::{DocumentReader, MAX_EVENTS};
use super::json_text::{
    key_path, path_at, read_field, read_item, repair_lone_surrogates, skip_space, value_range,
    SyntaxError,
};
use super::message::{Found, Message};
use super::report::{LoadError, LoadReport, Problem, ProblemEffect};
use super::top_level::{syntax, List, TopLevel};

/// How much read text is let go at once while events are read (each time, the rest of the
/// text moves to a smaller buffer).
const RELEASE_EVERY: usize = 8 << 20;

/// Lone surrogates named with their path; the rest are counted in one line.
const SURROGATES_NAMED: usize = 50;

/// Reads a chronology document, keeping every valid event and naming every invalid one.
///
/// # Errors
/// Fails as a whole only when the text is not JSON ([`LoadError::Syntax`] with line and
/// column in the file, or [`LoadError::NotJson`] for an HTML page), when it is not an object
/// with an `events` array, or when it declares another format version.
///
/// # Example
/// ```
/// use chronoline::chronology::parse_chronology;
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
    let mut reader = ChronologyReader::new(json.as_bytes().to_vec());
    loop {
        if let Some(result) = reader.read_some(usize::MAX) {
            return result;
        }
    }
}

/// What a [`ChronologyReader`] is doing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadStage {
    /// Checking the text and finding where each event is.
    Scanning,
    /// Reading the sources.
    Sources,
    /// Reading the events.
    Events,
    /// Sorting and indexing.
    Finishing,
}

/// How far a [`ChronologyReader`] has come.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReadProgress {
    /// What it is doing.
    pub stage: ReadStage,
    /// Items of this stage done (bytes while scanning; sources or events after).
    pub done: usize,
    /// Items of this stage in all.
    pub total: usize,
}

/// Reads a chronology document a slice at a time, so that a page can show progress and
/// stay responsive: call [`ChronologyReader::read_some`] until it returns the result.
/// The work of each call is bounded by its budget (bytes of JSON), except for two steps
/// that are linear and fast: UTF-8 validation and the final sort and indexing.
///
/// # Example
/// ```
/// use chronoline::chronology::ChronologyReader;
/// let json = r#"{"events": [{"id": "a", "start": "2025", "lane": "talks", "title": "T"}]}"#;
/// let mut reader = ChronologyReader::new(json.as_bytes().to_vec());
/// let report = loop {
///     if let Some(result) = reader.read_some(16) {
///         break result.unwrap();
///     }
/// };
/// assert_eq!(report.chronology.events.len(), 1);
/// ```
pub struct ChronologyReader {
    stage: Stage,
    bytes: Vec<u8>,
    json: String,
    /// Bytes of the document before this offset are no longer held (see
    /// [`ChronologyReader::release_before`]); offsets stay those of the file.
    dropped: usize,
    repaired: Vec<usize>,
    /// Lone surrogates named so far.
    surrogates_named: usize,
    top: TopLevel,
    document: DocumentReader,
    next: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stage {
    Repair { at: usize },
    Decode,
    Scan,
    Document,
    Sources,
    Events,
    Finish,
    Done,
}

impl ChronologyReader {
    /// A reader of the document `json` (bytes as received; UTF-8 is checked here).
    pub fn new(json: Vec<u8>) -> ChronologyReader {
        ChronologyReader {
            stage: Stage::Repair { at: 0 },
            bytes: json,
            json: String::new(),
            dropped: 0,
            repaired: Vec::new(),
            surrogates_named: 0,
            top: TopLevel::starting_at(0),
            document: DocumentReader::default(),
            next: 0,
        }
    }

    /// How far reading has come.
    pub fn progress(&self) -> ReadProgress {
        let (stage, done, total) = match self.stage {
            Stage::Repair { at } => (ReadStage::Scanning, at / 2, self.bytes.len()),
            Stage::Decode => (ReadStage::Scanning, self.bytes.len() / 2, self.bytes.len()),
            Stage::Scan => {
                let at = self.top.at(self.json.len());
                (
                    ReadStage::Scanning,
                    (self.json.len() + at) / 2,
                    self.json.len(),
                )
            }
            Stage::Document | Stage::Sources => (
                ReadStage::Sources,
                self.next,
                self.top.source_items.as_ref().map_or(0, Vec::len),
            ),
            Stage::Events => (
                ReadStage::Events,
                self.next,
                self.top.event_items.as_ref().map_or(0, Vec::len),
            ),
            Stage::Finish | Stage::Done => {
                let events = self.top.event_items.as_ref().map_or(0, Vec::len);
                (ReadStage::Finishing, events, events)
            }
        };
        ReadProgress { stage, done, total }
    }

    /// Reads on for about `budget` bytes of JSON; returns the result once reading is done.
    ///
    /// # Errors
    /// As [`parse_chronology`].
    pub fn read_some(&mut self, budget: usize) -> Option<Result<LoadReport, LoadError>> {
        let budget = budget.max(1);
        let result = match self.stage {
            Stage::Repair { at } => {
                let to = at.saturating_add(budget.saturating_mul(16));
                let next = repair_lone_surrogates(&mut self.bytes, at, to, &mut self.repaired);
                self.stage = if next >= self.bytes.len() {
                    Stage::Decode
                } else {
                    Stage::Repair { at: next }
                };
                Ok(())
            }
            Stage::Decode => self.decode(),
            Stage::Scan => self.scan(budget.saturating_mul(4)),
            Stage::Document => self.read_document(),
            Stage::Sources => {
                self.read_items(List::Sources, budget);
                Ok(())
            }
            Stage::Events => {
                self.read_items(List::Events, budget);
                Ok(())
            }
            Stage::Finish => return Some(Ok(self.finish())),
            Stage::Done => Err(LoadError::NotJson {
                looks_like: "a document that was already read",
            }),
        };
        match result {
            Ok(()) => None,
            Err(error) => {
                self.stage = Stage::Done;
                Some(Err(error))
            }
        }
    }

    fn decode(&mut self) -> Result<(), LoadError> {
        let bytes = std::mem::take(&mut self.bytes);
        let json = String::from_utf8(bytes).map_err(|_| LoadError::NotJson {
            looks_like: "binary data, not UTF-8 text",
        })?;
        // A byte-order mark and white space before the document are not part of it.
        let lead = json.len() - json.trim_start_matches('\u{feff}').trim_start().len();
        if json[lead..].is_empty() {
            return Err(LoadError::NotJson {
                looks_like: "an empty file",
            });
        }
        if json[lead..].starts_with('<') {
            return Err(LoadError::NotJson {
                looks_like: "an HTML or XML page",
            });
        }
        if !json[lead..].starts_with('{') {
            let range = value_range(&json, lead).map_err(|error| syntax(&json, &error))?;
            let end = skip_space(&json, range.end);
            if end < json.len() {
                let error = SyntaxError {
                    offset: end,
                    message: "trailing characters".into(),
                };
                return Err(syntax(&json, &error));
            }
            let root: Value = serde_json::from_str(&json[range]).unwrap_or(Value::Null);
            return Err(LoadError::NotAChronology {
                reason: Message::TopLevelNotObject {
                    found: Found::of(&root),
                },
            });
        }
        self.top = TopLevel::starting_at(lead + 1);
        self.json = json;
        self.stage = Stage::Scan;
        Ok(())
    }

    /// Walks the top level for about `budget` bytes (see [`TopLevel::scan`]), then goes on to
    /// the document's own fields.
    fn scan(&mut self, budget: usize) -> Result<(), LoadError> {
        if self.top.scan(&self.json, budget)? {
            self.stage = Stage::Document;
        }
        Ok(())
    }

    /// The document's own fields: version, title, lanes.
    fn read_document(&mut self) -> Result<(), LoadError> {
        if self.top.event_items.is_none() {
            let reason = match &self.top.events_value {
                None => Message::NoEventsList,
                Some(range) => {
                    let mut unreadable = Vec::new();
                    let value = read_field(&self.json[range.clone()], "events", &mut unreadable);
                    Message::EventsNotList {
                        found: Found::of(&value),
                    }
                }
            };
            return Err(LoadError::NotAChronology { reason });
        }
        let mut unreadable = Vec::new();
        let root: Map<String, Value> = self
            .top
            .root_fields
            .iter()
            .map(|(key, range)| {
                let path = key_path(key);
                let value = read_field(&self.json[range.clone()], &path[1..], &mut unreadable);
                (key.clone(), value)
            })
            .collect();
        self.document.note_unreadable(unreadable);
        self.document
            .read_root(&root, self.top.source_items.is_some())?;
        self.next = 0;
        self.stage = Stage::Sources;
        Ok(())
    }

    /// Reads on through the items of `list` for about `budget` bytes; at the end of the
    /// sources moves on to the events, at the end of the events to finishing.
    fn read_items(&mut self, list: List, budget: usize) {
        let name = match list {
            List::Sources => "sources",
            List::Events => "events",
        };
        let mut spent = 0;
        while spent < budget {
            let items = match list {
                List::Sources => self.top.source_items.as_deref(),
                List::Events => self.top.event_items.as_deref(),
            }
            .unwrap_or_default();
            if list == List::Events
                && self.document.events.len() >= MAX_EVENTS
                && self.next < items.len()
            {
                self.document.note_events_left_out(items.len(), self.next);
                self.next = items.len();
            }
            let Some(range) = items.get(self.next).cloned() else {
                self.next = 0;
                match list {
                    List::Sources => {
                        self.stage = Stage::Events;
                        // What comes before the first event has been read: let it go.
                        if let Some(first) = self.top.event_items.as_deref().and_then(<[_]>::first)
                        {
                            self.release_before(first.start);
                        }
                    }
                    List::Events => self.stage = Stage::Finish,
                }
                return;
            };
            spent += range.len() + 64;
            let path = format!("{name}[{}]", self.next);
            let mut unreadable = Vec::new();
            let value = read_item(self.text(range.clone()), &path, &mut unreadable);
            self.document.note_unreadable(unreadable);
            match list {
                List::Sources => self.document.read_source_item(&value, &path),
                List::Events => {
                    self.document.read_event_item(&value, &path, self.next);
                    // Events read turn into the chronology: let their text go as they do.
                    if range.end - self.dropped >= RELEASE_EVERY {
                        self.release_before(range.end);
                    }
                }
            }
            self.next += 1;
        }
    }

    fn finish(&mut self) -> LoadReport {
        self.stage = Stage::Done;
        self.note_surrogates(usize::MAX);
        let more = self.repaired.len().saturating_sub(SURROGATES_NAMED);
        if more > 0 {
            self.document.push(Problem {
                path: "(document)".into(),
                reason: Message::MoreLoneSurrogates { count: more },
                effect: ProblemEffect::Warning,
            });
        }
        let document = std::mem::take(&mut self.document);
        self.json = String::new();
        document.into_report()
    }

    /// The text of the document at `range` (which must not have been released).
    fn text(&self, range: Range<usize>) -> &str {
        &self.json[range.start - self.dropped..range.end - self.dropped]
    }

    /// Names the lone surrogates repaired before `offset` (up to [`SURROGATES_NAMED`] in
    /// all) with the paths of the values holding them.
    fn note_surrogates(&mut self, offset: usize) {
        while self.surrogates_named < self.repaired.len().min(SURROGATES_NAMED) {
            let at = self.repaired[self.surrogates_named];
            if at >= offset {
                return;
            }
            let path = self.path_of(at);
            self.document.push(Problem {
                path,
                reason: Message::LoneSurrogate,
                effect: ProblemEffect::Warning,
            });
            self.surrogates_named += 1;
        }
    }

    /// Lets go of the document's text before `offset` once everything there has been read
    /// (the document's fields and sources, and the events as they are read): a large
    /// document is then not held whole beside the chronology read from it.
    fn release_before(&mut self, offset: usize) {
        if offset <= self.dropped {
            return;
        }
        self.note_surrogates(offset);
        self.json.drain(..offset - self.dropped);
        self.json.shrink_to_fit();
        self.dropped = offset;
    }

    /// The JSON path of the innermost value holding the byte at `offset`.
    fn path_of(&self, offset: usize) -> String {
        let find = |items: &Option<Vec<Range<usize>>>, name: &str| {
            let items = items.as_deref()?;
            let after = items.partition_point(|range| range.start <= offset);
            let index = after.checked_sub(1)?;
            let range = items[index].clone();
            range.contains(&offset).then(|| {
                path_at(
                    self.text(range.clone()),
                    range.start,
                    format!("{name}[{index}]"),
                    offset,
                )
            })
        };
        find(&self.top.event_items, "events")
            .or_else(|| find(&self.top.source_items, "sources"))
            .or_else(|| {
                self.top.root_fields.iter().find_map(|(key, range)| {
                    range.contains(&offset).then(|| {
                        let path = key_path(key)[1..].to_owned();
                        path_at(self.text(range.clone()), range.start, path, offset)
                    })
                })
            })
            .unwrap_or_else(|| "(document)".into())
    }
}

#[cfg(test)]
mod tests;
