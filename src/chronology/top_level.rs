//! The walk over a document's top level, a slice at a time: where each of the document's
//! fields is, and each item of its `sources` and `events` lists, found without building any
//! value (serde_json finds each value's extent, checking its syntax); a syntax error is placed
//! by line and column in the file.

use std::ops::Range;

use super::json_text::{skip_space, value_range, SyntaxError};
use super::report::LoadError;

/// What the walk over the top level has found, and where it is.
pub(super) struct TopLevel {
    scan: Scan,
    /// The document's fields, each with the range of its value, but for `sources` and `events`
    /// when they are lists.
    pub(super) root_fields: Vec<(String, Range<usize>)>,
    /// The range of each item of `sources`, when it is a list.
    pub(super) source_items: Option<Vec<Range<usize>>>,
    /// The range of each item of `events`, when it is a list.
    pub(super) event_items: Option<Vec<Range<usize>>>,
    /// The range of `events` when it is not a list.
    pub(super) events_value: Option<Range<usize>>,
}

/// Where the top-level walk is: the document's fields one by one, and the `sources` and
/// `events` lists item by item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Scan {
    Key { at: usize, first: bool },
    AfterField { at: usize },
    Item { list: List, at: usize, first: bool },
    AfterItem { list: List, at: usize },
    Done,
}

/// The lists of a document read item by item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum List {
    Sources,
    Events,
}

impl TopLevel {
    /// A walk from `at`, right after the document's opening brace.
    pub(super) fn starting_at(at: usize) -> TopLevel {
        TopLevel {
            scan: Scan::Key { at, first: true },
            root_fields: Vec::new(),
            source_items: None,
            event_items: None,
            events_value: None,
        }
    }

    /// The offset the walk has come to, `end` once it is done.
    pub(super) fn at(&self, end: usize) -> usize {
        match self.scan {
            Scan::Key { at, .. }
            | Scan::AfterField { at }
            | Scan::Item { at, .. }
            | Scan::AfterItem { at, .. } => at,
            Scan::Done => end,
        }
    }

    /// Walks the top level for about `budget` bytes: the fields' values are skipped (checked
    /// for syntax only) and the items of `sources` and `events` are noted one by one.
    ///
    /// Returns whether the whole document has been walked.
    pub(super) fn scan(&mut self, json: &str, budget: usize) -> Result<bool, LoadError> {
        let bytes = json.as_bytes();
        let start = self.at(json.len());
        let fail = |offset: usize, message: &str| {
            Err(syntax(
                json,
                &SyntaxError {
                    offset,
                    message: message.to_owned(),
                },
            ))
        };
        loop {
            let scan = self.scan;
            match scan {
                Scan::Done => return Ok(true),
                Scan::Key { at, .. }
                | Scan::AfterField { at }
                | Scan::Item { at, .. }
                | Scan::AfterItem { at, .. }
                    if at.saturating_sub(start) > budget =>
                {
                    return Ok(false);
                }
                Scan::Key { at, first } => {
                    let at = skip_space(json, at);
                    match bytes.get(at) {
                        Some(b'}') if first => self.scan = end_of_document(json, at + 1)?,
                        Some(b'}') => return fail(at, "trailing comma"),
                        Some(b'"') => {
                            let key_range =
                                value_range(json, at).map_err(|error| syntax(json, &error))?;
                            let key: String = serde_json::from_str(&json[key_range.clone()])
                                .map_err(|_| {
                                    syntax(
                                        json,
                                        &SyntaxError {
                                            offset: at,
                                            message: "a key that cannot be read".into(),
                                        },
                                    )
                                })?;
                            let colon = skip_space(json, key_range.end);
                            if bytes.get(colon) != Some(&b':') {
                                return fail(colon, "expected `:`");
                            }
                            let value_at = skip_space(json, colon + 1);
                            let list = match key.as_str() {
                                "sources" => Some(List::Sources),
                                "events" => Some(List::Events),
                                _ => None,
                            };
                            match list {
                                Some(list) if bytes.get(value_at) == Some(&b'[') => {
                                    // A repeated key counts once, as its last value.
                                    match list {
                                        List::Sources => self.source_items = Some(Vec::new()),
                                        List::Events => {
                                            self.event_items = Some(Vec::new());
                                            self.events_value = None;
                                        }
                                    }
                                    self.root_fields.retain(|(name, _)| *name != key);
                                    self.scan = Scan::Item {
                                        list,
                                        at: value_at + 1,
                                        first: true,
                                    };
                                }
                                _ => {
                                    let range = value_range(json, value_at)
                                        .map_err(|error| syntax(json, &error))?;
                                    match list {
                                        Some(List::Events) => {
                                            self.event_items = None;
                                            self.events_value = Some(range.clone());
                                        }
                                        Some(List::Sources) => self.source_items = None,
                                        None => {}
                                    }
                                    self.root_fields.retain(|(name, _)| *name != key);
                                    self.scan = Scan::AfterField { at: range.end };
                                    self.root_fields.push((key, range));
                                }
                            }
                        }
                        Some(_) => return fail(at, "key must be a string"),
                        None => return fail(at, "EOF while parsing an object"),
                    }
                }
                Scan::AfterField { at } => {
                    let at = skip_space(json, at);
                    match bytes.get(at) {
                        Some(b',') => {
                            self.scan = Scan::Key {
                                at: at + 1,
                                first: false,
                            }
                        }
                        Some(b'}') => self.scan = end_of_document(json, at + 1)?,
                        Some(_) => return fail(at, "expected `,` or `}`"),
                        None => return fail(at, "EOF while parsing an object"),
                    }
                }
                Scan::Item { list, at, first } => {
                    let at = skip_space(json, at);
                    match bytes.get(at) {
                        Some(b']') if first => self.scan = Scan::AfterField { at: at + 1 },
                        Some(b']') => return fail(at, "trailing comma"),
                        None => return fail(at, "EOF while parsing a list"),
                        Some(_) => {
                            let range =
                                value_range(json, at).map_err(|error| syntax(json, &error))?;
                            let items = match list {
                                List::Sources => &mut self.source_items,
                                List::Events => &mut self.event_items,
                            };
                            self.scan = Scan::AfterItem {
                                list,
                                at: range.end,
                            };
                            items.get_or_insert_with(Vec::new).push(range);
                        }
                    }
                }
                Scan::AfterItem { list, at } => {
                    let at = skip_space(json, at);
                    match bytes.get(at) {
                        Some(b',') => {
                            self.scan = Scan::Item {
                                list,
                                at: at + 1,
                                first: false,
                            }
                        }
                        Some(b']') => self.scan = Scan::AfterField { at: at + 1 },
                        Some(_) => return fail(at, "expected `,` or `]`"),
                        None => return fail(at, "EOF while parsing a list"),
                    }
                }
            }
        }
    }
}

/// After the closing brace: only white space may follow.
fn end_of_document(json: &str, at: usize) -> Result<Scan, LoadError> {
    let end = skip_space(json, at);
    if end < json.len() {
        return Err(syntax(
            json,
            &SyntaxError {
                offset: end,
                message: "trailing characters".into(),
            },
        ));
    }
    Ok(Scan::Done)
}

/// A syntax error in `json` as the load error, placed by line and column.
pub(super) fn syntax(json: &str, error: &SyntaxError) -> LoadError {
    let (line, column) = error.line_and_column(json);
    LoadError::Syntax {
        line,
        column,
        message: error.message.clone(),
    }
}
