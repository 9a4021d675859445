//! The pure core of the viewer: the chronology model, parsing and validation, dates,
//! spreadsheet import and source links.
//!
//! Nothing here touches the browser, so all of it is tested natively with `cargo test`.
//! Views in [`crate::ui`] call into this module; this module never calls back.

mod bundled;
mod chronology_csv;
mod csv;
mod date;
mod grouping;
mod model;
mod parse;
mod text_fragment;

pub use bundled::{bundled_chronology, SEED_EVENT_ID, SEED_SOURCE_ID};
pub use chronology_csv::{chronology_from_csv, split_figures, CHRONOLOGY_COLUMNS};
pub use csv::{read_csv, CsvError, CsvRecord};
pub use date::{DateError, DatePrecision, EventDate};
pub use grouping::{group_by_year_and_month, MonthGroup, YearGroup};
pub use model::{
    Chronology, Claim, Confidence, DocumentInfo, Figure, FigureValue, Lane, Location, Quote,
    SafeUrl, Source, TimelineEvent, FORMAT_VERSION,
};
pub use parse::{
    parse_chronology, LoadError, LoadReport, Problem, ProblemEffect, EVENT_FIELDS, SOURCE_FIELDS,
};
pub use text_fragment::link_to_passage;
