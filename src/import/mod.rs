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

mod bundled;
mod csv_records;
mod figures;
mod html_text;
mod open_document;
mod spreadsheet;
mod timelinejs;

use serde_json::Value;

use crate::chronology::{
    parse_chronology, LoadError, LoadReport, Problem, ProblemEffect, MAX_LISTED_PROBLEMS,
};

pub use bundled::{bundled_chronology, BUNDLED_SHEET, SEED_EVENT_ID, SEED_SOURCE_ID};
pub use csv_records::{read_csv, CsvError, CsvRecord};
pub use figures::split_figures;
pub use html_text::{plain_text, PlainText, TextLink};
pub use open_document::{open_document, InputFormat, OpenedDocument};
pub use spreadsheet::{import_spreadsheet, SheetHabits, SPREADSHEET_COLUMNS};
pub use timelinejs::{import_timelinejs, is_timelinejs};

/// An event-format document made from another format, with where each of its items came
/// from in the input.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportedDocument {
    /// The event-format document (see `docs/event-format.md`).
    pub document: Value,
    /// What the input itself got wrong or left out (a column that contradicts another, HTML
    /// that was dropped), named by the input's place, with that place's [`InputPlaces`]
    /// order.
    problems: Vec<(usize, Problem)>,
    /// How the input names its places.
    places: InputPlaces,
    /// Where in the input each of `document`'s events came from, in order: a sheet's line, or
    /// 1 + the index in the input's `events` list.
    event_origins: Vec<usize>,
    /// The same for each of `document`'s sources.
    source_origins: Vec<usize>,
    /// The input column or field each event field was read from, as `(field, column)`, the
    /// more specific first (`location.lat` before `location`).
    event_columns: Columns,
    /// The input column or field each source field was read from.
    source_columns: Columns,
}

/// `(event-format field, input column or field)` pairs.
type Columns = &'static [(&'static str, &'static str)];

/// How an input names a place in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum InputPlaces {
    /// By line and column: `line 4, column date`.
    Sheet,
    /// By JSON path in the input's `events` list: `events[3].start_date`.
    Json,
}

impl ImportedDocument {
    /// Reads the document with the viewer's one reader and validator, and names every
    /// problem by the line (and, where one field is at fault, the column) of the input.
    ///
    /// # Errors
    /// Whatever [`parse_chronology`] refuses as a whole; an importer's document is JSON with
    /// an `events` array, so in practice never.
    pub fn read(&self) -> Result<LoadReport, LoadError> {
        let mut report = parse_chronology(&self.document.to_string())?;
        for (_, problem) in &self.problems {
            report.counts.add(problem.effect);
        }
        // Every problem with the input line it names (0 for the document as a whole), so the
        // importer's own and the validator's come out in the input's order.
        let listed = self.problems.len().min(MAX_LISTED_PROBLEMS);
        let mut placed: Vec<(usize, Problem)> = self.problems[..listed].to_vec();
        placed.extend(report.problems.drain(..).map(|mut problem| {
            let line = match self.input_place(&problem.path) {
                Some((line, path)) => {
                    problem.path = path;
                    line
                }
                None => 0,
            };
            (line, problem)
        }));
        let order = crate::chronology::sorted_positions(placed.len(), &|a, b| {
            placed[a].0.cmp(&placed[b].0)
        });
        let problems = placed.into_iter().map(|(_, problem)| problem).collect();
        report.problems = crate::chronology::reordered(problems, &order);
        // As for any document: at most so many errors and as many warnings are listed.
        let (mut errors, mut warnings) = (0, 0);
        report.problems.retain(|problem| {
            let listed = match problem.effect {
                ProblemEffect::Warning => &mut warnings,
                _ => &mut errors,
            };
            *listed += 1;
            *listed <= MAX_LISTED_PROBLEMS
        });
        Ok(report)
    }

    /// Where in the input a JSON path of the document such as `events[3].location.lat` came
    /// from: its order (see `event_origins`) and its name there (`line L, column C`, or
    /// `events[I].field`); `None` for a path outside the events and sources.
    fn input_place(&self, json_path: &str) -> Option<(usize, String)> {
        let (origins, columns, rest) = if let Some(rest) = json_path.strip_prefix("events[") {
            (&self.event_origins, self.event_columns, rest)
        } else {
            let rest = json_path.strip_prefix("sources[")?;
            (&self.source_origins, self.source_columns, rest)
        };
        let (index, rest) = rest.split_once(']')?;
        let origin = *origins.get(index.parse::<usize>().ok()?)?;
        let field = rest.trim_start_matches('.');
        let column = columns.iter().find_map(|(path, column)| {
            let matches = field == *path
                || field
                    .strip_prefix(path)
                    .is_some_and(|tail| tail.starts_with(['.', '[']));
            matches.then_some(*column)
        });
        let column = column.filter(|_| !field.is_empty());
        let path = match (self.places, column) {
            (InputPlaces::Sheet, Some(column)) => format!("line {origin}, column {column}"),
            (InputPlaces::Sheet, None) => format!("line {origin}"),
            (InputPlaces::Json, Some(field)) => {
                format!("events[{}].{field}", origin.saturating_sub(1))
            }
            (InputPlaces::Json, None) => format!("events[{}]", origin.saturating_sub(1)),
        };
        Some((origin, path))
    }
}
