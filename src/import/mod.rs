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
mod spreadsheet;

use serde_json::Value;

use crate::chronology::{
    parse_chronology, LoadError, LoadReport, Problem, ProblemEffect, MAX_LISTED_PROBLEMS,
};

pub use bundled::{bundled_chronology, BUNDLED_SHEET, SEED_EVENT_ID, SEED_SOURCE_ID};
pub use csv_records::{read_csv, CsvError, CsvRecord};
pub use figures::split_figures;
pub use spreadsheet::{import_spreadsheet, SheetHabits, SPREADSHEET_COLUMNS};

/// An event-format document made from another format, with where each of its items came
/// from in the input.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportedDocument {
    /// The event-format document (see `docs/event-format.md`).
    pub document: Value,
    /// What the input itself got wrong before there was an event to check (a column that
    /// contradicts another), named by line and column, with that line; those rows are not
    /// in `document`.
    problems: Vec<(usize, Problem)>,
    /// The input line each of `document`'s events came from, in order.
    event_lines: Vec<usize>,
    /// The input line each of `document`'s sources came from, in order.
    source_lines: Vec<usize>,
    /// The input column each event field was read from, as `(field, column)`, the more
    /// specific first (`location.lat` before `location`).
    event_columns: Columns,
    /// The input column each source field was read from.
    source_columns: Columns,
}

/// `(event-format field, input column)` pairs.
type Columns = &'static [(&'static str, &'static str)];

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

    /// The input line of a JSON path such as `events[3].location.lat`, and the path as the
    /// input names it (`line L, column C`); `None` for a path outside the events and sources.
    fn input_place(&self, json_path: &str) -> Option<(usize, String)> {
        let (lines, columns, rest) = if let Some(rest) = json_path.strip_prefix("events[") {
            (&self.event_lines, self.event_columns, rest)
        } else {
            let rest = json_path.strip_prefix("sources[")?;
            (&self.source_lines, self.source_columns, rest)
        };
        let (index, rest) = rest.split_once(']')?;
        let line = lines.get(index.parse::<usize>().ok()?)?;
        let field = rest.trim_start_matches('.');
        let column = columns.iter().find_map(|(path, column)| {
            let matches = field == *path
                || field
                    .strip_prefix(path)
                    .is_some_and(|tail| tail.starts_with(['.', '[']));
            matches.then_some(*column)
        });
        let path = match column {
            Some(column) if !field.is_empty() => format!("line {line}, column {column}"),
            _ => format!("line {line}"),
        };
        Some((*line, path))
    }
}
