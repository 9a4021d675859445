//! A chronology spreadsheet (one event per row, one cited source per row, figures and
//! claims written as text) as an event-format document.
//!
//! The importer writes each cell where the event format wants it and leaves every judgement
//! to the validator: a date that does not exist, an end before the start, an unknown lane or
//! an unsafe link is refused there, by the same rule as in a hand-written document. It turns
//! text into structure only where the sheet's own habits ([`SheetHabits`]) make it
//! unambiguous; the bundled sheet's habits are [`crate::import::BUNDLED_SHEET`].

use serde_json::{json, Map, Value};

use crate::chronology::{
    shortened, Claim, DatePrecision, DocumentInfo, EventDate, Lane, Message, Problem, ProblemEffect,
};

use super::csv_records::{CsvRecord, Sheet};
use super::figures::split_figures;
use super::sheet_dates::{sheet_date, SheetDate};
use super::{ImportedDocument, PlaceNaming};

/// The columns a chronology spreadsheet may have, in the bundled sheet's order; `id`, `date`,
/// `category` and `headline` are required.
pub const SPREADSHEET_COLUMNS: [&str; 18] = [
    "id",
    "date",
    "date_precision",
    "end_date",
    "category",
    "headline",
    "summary",
    "figures",
    "location",
    "lat",
    "lon",
    "source_publisher",
    "source_title",
    "source_url",
    "source_published",
    "source_quote",
    "confidence",
    "notes",
];

/// Which column each event field is read from, the more specific first.
const EVENT_COLUMNS: &[(&str, &str)] = &[
    ("id", "id"),
    ("start", "date"),
    ("end", "end_date"),
    ("lane", "category"),
    ("title", "headline"),
    ("summary", "summary"),
    ("figures", "figures"),
    ("location.lat", "lat"),
    ("location.lon", "lon"),
    ("location", "location"),
    ("confidence", "confidence"),
    ("claim", "notes"),
    ("notes", "notes"),
];

/// Which column each source field is read from.
const SOURCE_COLUMNS: &[(&str, &str)] = &[
    ("publisher", "source_publisher"),
    ("kind", "source_publisher"),
    ("title", "source_title"),
    ("url", "source_url"),
    ("published", "source_published"),
    ("published_note", "source_published"),
    ("quote", "source_quote"),
];

/// How one spreadsheet writes what the event format has fields for: its editors' habits,
/// kept as data so that one importer reads any such sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SheetHabits {
    /// How a source title ends when the title was guessed, like
    /// `"(title inferred from URL slug)"`; the title is then marked as inferred.
    pub inferred_title_suffix: Option<&'static str>,
    /// Parts of publisher names (lower case) that mark an aggregator or a repost, so an event
    /// that rests on one alone is flagged for editors.
    pub aggregator_publishers: &'static [&'static str],
    /// Figure openings that name who claimed the figure, and the name: `("RU MoD:", "Russian
    /// MoD")`.
    pub claimant_prefixes: &'static [(&'static str, &'static str)],
    /// Claimant words in a figure's trailing `[…]` and the name they stand for: `("both",
    /// "both sides")`.
    pub claimant_aliases: &'static [(&'static str, &'static str)],
    /// Headline openings that make the event one side's claim, and the side: `("Russia
    /// claims", "Russia")`.
    pub claim_headlines: &'static [(&'static str, &'static str)],
    /// How the notes (in lower case) start when the event is contested.
    pub contested_openings: &'static [&'static str],
    /// Phrases anywhere in the notes (in lower case) that mark the event as contested.
    pub contested_phrases: &'static [&'static str],
    /// Who disputes a contested claim of each side: `("Russia", "Ukraine")`; a contested event
    /// that no side claims is disputed by "both sides".
    pub opponents: &'static [(&'static str, &'static str)],
}

impl SheetHabits {
    /// A sheet without habits: every cell is taken as written.
    pub const NONE: SheetHabits = SheetHabits {
        inferred_title_suffix: None,
        aggregator_publishers: &[],
        claimant_prefixes: &[],
        claimant_aliases: &[],
        claim_headlines: &[],
        contested_openings: &[],
        contested_phrases: &[],
        opponents: &[],
    };
}

/// Converts a chronology spreadsheet into an event-format document with one source per row
/// that names one. Read the result with [`ImportedDocument::read`]: rows the validator
/// refuses are left out and named by line and column, like rows the importer cannot place.
///
/// # Errors
/// A [`Problem`] for the whole file when it is not CSV, is empty, or lacks a required column.
///
/// # Example
/// ```
/// use chronoline::import::{import_spreadsheet, BUNDLED_SHEET};
/// use chronoline::chronology::DocumentInfo;
/// let csv = "id,date,date_precision,category,headline,figures\n\
///            evt-1,2025-06,month,exchange,Swap,Numbers not disclosed [both]\n\
///            evt-2,2025-02-30,day,exchange,Bad date,\n";
/// let imported = import_spreadsheet(csv, &DocumentInfo::default(), &BUNDLED_SHEET).unwrap();
/// let report = imported.read().unwrap();
/// let event = &report.chronology.events[0];
/// assert_eq!(event.start.to_string(), "2025-06");
/// assert_eq!(event.figures[0].claimed_by.as_deref(), Some("both sides"));
/// assert_eq!(report.errors()[0].to_string(),
///            r#"line 3, column date: "2025-02-30" is not a date: the calendar has no such day"#);
/// ```
pub fn import_spreadsheet(
    csv: &str,
    about: &DocumentInfo,
    habits: &SheetHabits,
) -> Result<ImportedDocument, Problem> {
    let sheet = Sheet::read(csv, &SPREADSHEET_COLUMNS, false)?;
    if let Some(missing) = ["id", "date", "category", "headline"]
        .into_iter()
        .find(|name| !sheet.has(name))
    {
        return Err(Problem {
            path: "line 1".into(),
            reason: Message::SheetMissingColumn {
                column: missing.to_string(),
            },
            effect: ProblemEffect::EventSkipped,
        });
    }
    let mut imported = ImportedDocument::new(PlaceNaming::Sheet, EVENT_COLUMNS, SOURCE_COLUMNS);
    let mut sources = Vec::new();
    let mut events = Vec::new();
    for record in &sheet.rows {
        let row = Row {
            sheet: &sheet,
            record,
        };
        let ambiguous = ["date", "end_date"]
            .into_iter()
            .find_map(|column| row.date(column).err().map(|reason| (column, reason)));
        if let Some((column, reason)) = ambiguous.or_else(|| check_precision(&row).err()) {
            imported.places.problems.push((
                record.line,
                Problem {
                    path: format!("line {}, column {column}", record.line),
                    reason,
                    effect: ProblemEffect::EventSkipped,
                },
            ));
            continue;
        }
        // A row with only the id of the event above and a source adds that source to it.
        let continues = ["date", "category", "headline"]
            .iter()
            .all(|column| row.get(column).is_empty())
            && !row.get("id").is_empty()
            && events.last().and_then(|event: &Value| event["id"].as_str()) == Some(row.get("id"));
        if continues {
            if let (Some(mut source), Some(Value::Object(event))) =
                (source_of(&row, habits), events.last_mut())
            {
                let cited = event.entry("sources").or_insert_with(|| json!([]));
                let count = cited.as_array().map_or(0, Vec::len);
                let id = format!(
                    "{}-{}",
                    source["id"].as_str().unwrap_or_default(),
                    count + 1
                );
                source.insert("id".into(), json!(id));
                if let Value::Array(cited) = cited {
                    cited.push(json!(id));
                }
                sources.push(Value::Object(source));
                imported.places.source_origins.push(record.line);
            }
            continue;
        }
        let mut event = event_of(&row, habits);
        if let Some(source) = source_of(&row, habits) {
            event.insert("sources".into(), json!([source["id"]]));
            sources.push(Value::Object(source));
            imported.places.source_origins.push(record.line);
        }
        events.push(Value::Object(event));
        imported.places.event_origins.push(record.line);
    }
    let mut document = serde_json::to_value(about).unwrap_or_default();
    if let Value::Object(fields) = &mut document {
        fields.insert("format_version".into(), json!(1));
        fields.insert("lanes".into(), json!(Lane::defaults()));
        fields.insert("sources".into(), Value::Array(sources));
        fields.insert("events".into(), Value::Array(events));
    }
    imported.document = document;
    Ok(imported)
}

/// One row of the sheet, with where each known column is.
struct Row<'a> {
    sheet: &'a Sheet,
    record: &'a CsvRecord,
}

impl<'a> Row<'a> {
    /// The trimmed text of a column; empty when the column or cell is missing. A `'` before
    /// `=`, `+`, `-` or `@` (which spreadsheets and this viewer's export write so that a cell
    /// is not run as a formula) is not part of the text.
    fn get(&self, name: &str) -> &'a str {
        let text = self.sheet.cell(self.record, name);
        match text.strip_prefix('\'') {
            Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
            _ => text,
        }
    }

    /// A date column as the event format writes dates: as written when it is one already, or
    /// read from the way people write dates (`24 February 2022`); `None` when empty.
    ///
    /// # Errors
    /// Why a date that reads two ways (`3/4/2022`) is not guessed.
    fn date(&self, name: &str) -> Result<Option<String>, Message> {
        let text = self.get(name);
        if text.is_empty() {
            return Ok(None);
        }
        if EventDate::parse(text).is_ok() {
            return Ok(Some(text.to_owned()));
        }
        match sheet_date(text) {
            SheetDate::Read(date) => Ok(Some(date)),
            SheetDate::Ambiguous(reason) => Err(reason),
            SheetDate::Unknown => Ok(Some(text.to_owned())),
        }
    }

    /// The cell as a JSON string, or `None` when it is empty.
    fn text(&self, name: &str) -> Option<Value> {
        Some(self.get(name))
            .filter(|text| !text.is_empty())
            .map(Value::from)
    }
}

/// The `date_precision` column, when given, must name the precision the date is written
/// in: a sheet that says "day" beside "2025-06" does not know which it means.
fn check_precision(row: &Row) -> Result<(), (&'static str, Message)> {
    let precision = row.get("date_precision");
    if precision.is_empty() {
        return Ok(());
    }
    let Ok(named) = precision.parse::<DatePrecision>() else {
        return Err((
            "date_precision",
            Message::NotAPrecision {
                precision: shortened(precision),
                choices: DatePrecision::word_list(),
            },
        ));
    };
    let date = row.date("date").ok().flatten().unwrap_or_default();
    match EventDate::parse(&date) {
        Ok(date) if date.precision() != named => Err((
            "date_precision",
            Message::PrecisionMismatch {
                precision: shortened(precision),
                date: date.to_string(),
            },
        )),
        _ => Ok(()),
    }
}

/// The event-format fields of a row's event; every cell as written, except what the sheet's
/// habits turn into structure (figures, claim).
fn event_of(row: &Row, habits: &SheetHabits) -> Map<String, Value> {
    let mut event = Map::new();
    let mut put = |field: &str, value: Option<Value>| {
        if let Some(value) = value {
            event.insert(field.to_owned(), value);
        }
    };
    put("id", row.text("id"));
    put("start", row.date("date").ok().flatten().map(Value::from));
    put("end", row.date("end_date").ok().flatten().map(Value::from));
    put("lane", row.text("category"));
    put("title", row.text("headline"));
    put("summary", row.text("summary"));
    // Figures as text ("label [who claimed it]"), or as the event format writes them (a JSON
    // list, which this viewer's export writes when the text would lose something).
    let cell = row.get("figures");
    match serde_json::from_str::<Value>(cell) {
        Ok(Value::Array(figures)) if cell.starts_with('[') => {
            put("figures", Some(Value::Array(figures)))
        }
        _ => {
            let figures = split_figures(cell, habits);
            put("figures", (!figures.is_empty()).then(|| json!(figures)));
        }
    }
    put(
        "location",
        row.text("location").map(|name| {
            let degrees = |column| {
                let text = row.get(column);
                // serde_json's number reader, not `str::parse::<f64>`: the float parser
                // it would bring is about 20 KB of wasm.
                match serde_json::from_str::<serde_json::Number>(text) {
                    Ok(number) => Value::Number(number),
                    Err(_) if text.is_empty() => Value::Null,
                    Err(_) => json!(text),
                }
            };
            let mut location = json!({"name": name, "lat": degrees("lat"), "lon": degrees("lon")});
            if let Value::Object(fields) = &mut location {
                fields.retain(|_, value| !value.is_null());
            }
            location
        }),
    );
    put(
        "claim",
        claim_of(row.get("headline"), row.get("notes"), habits).map(|claim| json!(claim)),
    );
    put("confidence", row.text("confidence"));
    put("notes", row.text("notes"));
    event
}

/// The source a row cites, when it names a publisher or a link. Its id follows the event's:
/// `evt-042` cites `src-042`.
fn source_of(row: &Row, habits: &SheetHabits) -> Option<Map<String, Value>> {
    let publisher = row.get("source_publisher");
    let url = row.get("source_url");
    if publisher.is_empty() && url.is_empty() {
        return None;
    }
    let event_id = row.get("id");
    let mut source = Map::new();
    let id = match event_id.strip_prefix("evt-") {
        Some(number) => format!("src-{number}"),
        None => format!("src-{event_id}"),
    };
    source.insert("id".into(), json!(id));
    let publisher_name = if publisher.is_empty() {
        "Unknown publisher"
    } else {
        publisher
    };
    source.insert("publisher".into(), json!(publisher_name));
    let raw_title = row.get("source_title");
    let inferred = habits
        .inferred_title_suffix
        .and_then(|suffix| raw_title.strip_suffix(suffix));
    source.insert(
        "title".into(),
        json!(inferred.unwrap_or(raw_title).trim_end()),
    );
    if inferred.is_some() {
        source.insert("title_inferred".into(), json!(true));
    }
    if !url.is_empty() {
        source.insert("url".into(), json!(url));
    }
    let published_text = row.get("source_published");
    let first_word = published_text.split_whitespace().next().unwrap_or("");
    let note = match (sheet_date(published_text), EventDate::parse(first_word)) {
        (SheetDate::Read(date), _) => {
            source.insert("published".into(), json!(date));
            ""
        }
        (_, Ok(_)) => {
            source.insert("published".into(), json!(first_word));
            published_text[first_word.len()..].trim()
        }
        (_, Err(_)) => published_text,
    };
    if !note.is_empty() {
        source.insert("published_note".into(), json!(note));
    }
    if let Some(exact) = row.text("source_quote") {
        source.insert("quote".into(), json!({ "exact": exact }));
    }
    let lower = crate::chronology::lower_case(publisher);
    if habits
        .aggregator_publishers
        .iter()
        .any(|name| lower.contains(name))
    {
        source.insert("kind".into(), json!("aggregator"));
    }
    Some(source)
}

/// A claim, from the sheet's habits: a headline that opens as one side's claim, notes that
/// call the event contested.
fn claim_of(headline: &str, notes: &str, habits: &SheetHabits) -> Option<Claim> {
    let claimed_by = habits
        .claim_headlines
        .iter()
        .find(|(opening, _)| headline.starts_with(opening))
        .map(|(_, side)| *side);
    let lower_notes = crate::chronology::lower_case(notes);
    let contested = habits
        .contested_openings
        .iter()
        .any(|opening| lower_notes.starts_with(opening))
        || habits
            .contested_phrases
            .iter()
            .any(|phrase| lower_notes.contains(phrase));
    if claimed_by.is_none() && !contested {
        return None;
    }
    let disputed_by = match (contested, claimed_by) {
        (false, _) => None,
        (true, Some(side)) => habits
            .opponents
            .iter()
            .find(|(claimant, _)| *claimant == side)
            .map(|(_, opponent)| *opponent),
        (true, None) => Some("both sides"),
    };
    let first_sentence = notes.split_inclusive(". ").next().unwrap_or("").trim();
    Some(Claim {
        claimed_by: claimed_by.map(str::to_owned),
        disputed_by: disputed_by.map(str::to_owned),
        note: if contested {
            first_sentence.to_owned()
        } else {
            String::new()
        },
    })
}

#[cfg(test)]
mod tests;
