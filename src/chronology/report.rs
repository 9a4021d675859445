//! What reading a document found: the chronology that loaded, every problem named by its
//! JSON path, how many of each kind, and why a document could not be read at all.

use std::fmt;

use super::message::Message;
use super::model::{Chronology, FORMAT_VERSION};

/// How many problems of each kind (errors, warnings) a report lists; the rest are counted.
pub const MAX_LISTED_PROBLEMS: usize = 500;

/// A chronology that loaded, with everything that was wrong in it.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadReport {
    /// The valid part of the document.
    pub chronology: Chronology,
    /// What was left out or ignored, in document order: at most [`MAX_LISTED_PROBLEMS`]
    /// errors and as many warnings.
    pub problems: Vec<Problem>,
    /// How many problems of each kind there were, listed or not.
    pub counts: ProblemCounts,
}

/// How many problems of each kind a document had, including those not listed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ProblemCounts {
    /// Events left out.
    pub events_skipped: usize,
    /// Sources and lanes left out.
    pub items_skipped: usize,
    /// Values ignored.
    pub values_ignored: usize,
    /// Warnings for editors.
    pub warnings: usize,
}

impl ProblemCounts {
    pub(crate) fn add(&mut self, effect: ProblemEffect) {
        match effect {
            ProblemEffect::EventSkipped => self.events_skipped += 1,
            ProblemEffect::SourceSkipped | ProblemEffect::LaneSkipped => self.items_skipped += 1,
            ProblemEffect::ValueIgnored => self.values_ignored += 1,
            ProblemEffect::Warning => self.warnings += 1,
        }
    }

    /// All problems, listed or not.
    pub fn total(&self) -> usize {
        self.events_skipped + self.items_skipped + self.values_ignored + self.warnings
    }
}

/// One thing wrong in a document, named by where it is.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Problem {
    /// JSON path of the offending value, like `events[12].start`.
    pub path: String,
    /// Why it is wrong: a kind and its values, worded in English by `Display`
    /// (`"2025-02-30" is not a date: …`) and in the reader's language by the views.
    pub reason: Message,
    /// What the viewer did about it.
    pub effect: ProblemEffect,
}

/// What the viewer did about a [`Problem`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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
    NotAChronology { reason: Message },
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
