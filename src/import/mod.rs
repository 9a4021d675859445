//! Importers: other formats turned into event-format documents.
//!
//! An importer only translates. It writes what its input says into an event-format document
//! (JSON, as an editor would write it) and notes which line of the input each event and
//! source came from; [`ImportedDocument::read`] then reads that document with the one reader
//! and validator every document goes through ([`parse_chronology`]), and names each problem by
//! the line and column of the input instead of a JSON path. So an imported row is accepted
//! or refused by exactly the rules a hand-written document is.
//!
//! Like the core, importers use no web crate. They may import the core; the core never
//! imports them.

mod acled;
mod bundled;
mod csv_records;
mod figures;
mod html_text;
mod icalendar;
mod open_document;
mod sheet_dates;
mod spreadsheet;
mod timelinejs;
mod timelinejs_sheet;

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::chronology::{
    parse_chronology, LoadError, LoadReport, Problem, ProblemEffect, MAX_LISTED_PROBLEMS,
};

pub use acled::{import_acled, is_acled};
pub use bundled::{bundled_chronology, BUNDLED_SHEET, SEED_EVENT_ID, SEED_SOURCE_ID};
pub use csv_records::{read_csv, CsvError, CsvRecord};
pub use figures::split_figures;
pub use html_text::{plain_text, PlainText, TextLink};
pub use icalendar::{import_icalendar, is_icalendar};
pub use open_document::{
    open_document, read_without_conversion, ConvertedFile, InputFormat, OpenedDocument,
};
pub use sheet_dates::{sheet_date, SheetDate};
pub use spreadsheet::{import_spreadsheet, SheetHabits, SPREADSHEET_COLUMNS};
pub use timelinejs::{import_timelinejs, is_timelinejs};
pub use timelinejs_sheet::{
    import_timelinejs_sheet, is_timelinejs_sheet, TIMELINEJS_SHEET_COLUMNS,
};

/// An event-format document made from another format, with where each of its items came
/// from in the input.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportedDocument {
    /// The event-format document (see `docs/event-format.md`).
    pub document: Value,
    /// Where in the input each item of `document` came from, to name its problems there.
    pub places: InputPlaces,
}

impl ImportedDocument {
    /// A document with nothing in it yet, from an input that names places as `places` says.
    fn new(naming: PlaceNaming, event_columns: Columns, source_columns: Columns) -> Self {
        let owned = |columns: Columns| {
            columns
                .iter()
                .map(|(ours, theirs)| ((*ours).to_owned(), (*theirs).to_owned()))
                .collect()
        };
        ImportedDocument {
            document: Value::Null,
            places: InputPlaces {
                problems: Vec::new(),
                naming,
                event_origins: Vec::new(),
                source_origins: Vec::new(),
                event_columns: owned(event_columns),
                source_columns: owned(source_columns),
            },
        }
    }

    /// Reads the document with the viewer's one reader and validator, and names every
    /// problem by the line (and, where one field is at fault, the column) or the JSON path
    /// of the input.
    ///
    /// # Errors
    /// Whatever [`parse_chronology`] refuses as a whole; an importer's document is JSON with
    /// an `events` array, so in practice never.
    pub fn read(&self) -> Result<LoadReport, LoadError> {
        let report = parse_chronology(&self.document.to_string())?;
        Ok(self.places.name_problems(report))
    }
}

/// `(event-format field, input column or field)` pairs.
type Columns = &'static [(&'static str, &'static str)];

/// Where each item of an imported document came from in its input, and what the importer
/// itself found wrong there: what names a problem of the document by the input's places.
/// Plain data, so that it can cross to the page from wherever the input was converted.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InputPlaces {
    /// What the input itself got wrong or left out (a column that contradicts another, HTML
    /// that was dropped), already named by the input's place, with that place's order (as in
    /// `event_origins`).
    problems: Vec<(usize, Problem)>,
    /// How the input names its places.
    naming: PlaceNaming,
    /// Where in the input each of the document's events came from, in order: a sheet's line,
    /// or 1 + the index in the input's `events` list.
    event_origins: Vec<usize>,
    /// The same for each of the document's sources.
    source_origins: Vec<usize>,
    /// The input column or field each event field was read from, as `(field, column)`, the
    /// more specific first (`location.lat` before `location`).
    event_columns: Vec<(String, String)>,
    /// The input column or field each source field was read from.
    source_columns: Vec<(String, String)>,
}

/// How an input names a place in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
enum PlaceNaming {
    /// By line and column: `line 4, column date`.
    Sheet,
    /// By JSON path in the input's `events` list: `events[3].start_date`.
    Json,
}

impl InputPlaces {
    /// `report` (of the imported document) with every problem named by the input's place,
    /// the importer's own problems added, all in the input's order, and at most so many of
    /// each kind listed, as for any document.
    pub fn name_problems(&self, mut report: LoadReport) -> LoadReport {
        for (_, problem) in &self.problems {
            report.counts.add(problem.effect);
        }
        // Every problem with the input place it names (0 for the document as a whole), so
        // the importer's own and the validator's come out in the input's order.
        let listed = self.problems.len().min(MAX_LISTED_PROBLEMS);
        let mut placed: Vec<(usize, Problem)> = self.problems[..listed].to_vec();
        placed.extend(report.problems.drain(..).map(|mut problem| {
            let order = match self.input_place(&problem.path) {
                Some((order, path)) => {
                    problem.path = path;
                    order
                }
                None => 0,
            };
            (order, problem)
        }));
        let order = crate::chronology::sorted_positions(placed.len(), &|a, b| {
            placed[a].0.cmp(&placed[b].0)
        });
        let problems = placed.into_iter().map(|(_, problem)| problem).collect();
        report.problems = crate::chronology::reordered(problems, &order);
        let (mut errors, mut warnings) = (0, 0);
        report.problems.retain(|problem| {
            let listed = match problem.effect {
                ProblemEffect::Warning => &mut warnings,
                _ => &mut errors,
            };
            *listed += 1;
            *listed <= MAX_LISTED_PROBLEMS
        });
        report
    }

    /// Where in the input a JSON path of the document such as `events[3].location.lat` came
    /// from: its order (see `event_origins`) and its name there (`line L, column C`, or
    /// `events[I].field`); `None` for a path outside the events and sources.
    fn input_place(&self, json_path: &str) -> Option<(usize, String)> {
        let (origins, columns, rest) = if let Some(rest) = json_path.strip_prefix("events[") {
            (&self.event_origins, &self.event_columns, rest)
        } else {
            let rest = json_path.strip_prefix("sources[")?;
            (&self.source_origins, &self.source_columns, rest)
        };
        let (index, rest) = rest.split_once(']')?;
        let origin = *origins.get(index.parse::<usize>().ok()?)?;
        let field = rest.trim_start_matches('.');
        let column = columns.iter().find_map(|(path, column)| {
            let matches = field == path
                || field
                    .strip_prefix(path.as_str())
                    .is_some_and(|tail| tail.starts_with(['.', '[']));
            matches.then_some(column.as_str())
        });
        let column = column.filter(|_| !field.is_empty());
        let item = origin.saturating_sub(1);
        let path = match (self.naming, column) {
            (PlaceNaming::Sheet, Some(column)) => format!("line {origin}, column {column}"),
            (PlaceNaming::Sheet, None) => format!("line {origin}"),
            (PlaceNaming::Json, Some(field)) => format!("events[{item}].{field}"),
            (PlaceNaming::Json, None) => format!("events[{item}]"),
        };
        Some((origin, path))
    }
}

/// The lanes an importer makes from the categories its input names (TimelineJS groups, ACLED
/// event types, calendar categories): one per label, in order of first use, found by label
/// and id in ordered maps, so a file of many categories is read in O(n log n).
#[derive(Default)]
struct InputLanes {
    /// `(id, label)` in order of first use.
    order: Vec<(String, String)>,
    by_label: BTreeMap<String, usize>,
    ids: BTreeSet<String>,
}

impl InputLanes {
    /// The id of the lane labelled `label`, made by `new_id` (given the lanes so far) the
    /// first time the label is seen.
    fn id_for(&mut self, label: &str, new_id: impl FnOnce(&InputLanes) -> String) -> String {
        if let Some(&at) = self.by_label.get(label) {
            return self.order[at].0.clone();
        }
        let id = new_id(self);
        self.by_label.insert(label.to_owned(), self.order.len());
        self.ids.insert(id.clone());
        self.order.push((id.clone(), label.to_owned()));
        id
    }

    /// How many lanes there are.
    fn len(&self) -> usize {
        self.order.len()
    }

    /// Whether a lane has this id.
    fn has_id(&self, id: &str) -> bool {
        self.ids.contains(id)
    }

    /// The lanes as the event format writes them; a lane without a label (the input named no
    /// category) is labelled "Events".
    fn into_json(self) -> Value {
        Value::Array(
            self.order
                .into_iter()
                .map(|(id, label)| {
                    let label = if label.is_empty() {
                        "Events".to_owned()
                    } else {
                        label
                    };
                    serde_json::json!({"id": id, "label": label})
                })
                .collect(),
        )
    }
}
