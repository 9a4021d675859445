//! Converting the project's chronology spreadsheet (`data/chronology.csv`) into the event
//! format.
//!
//! The spreadsheet keeps one cited source per row and writes figures, claims and caveats as
//! text. The conversion turns that text into structure only where the spreadsheet's own
//! conventions make it unambiguous (documented in `data/README.md`):
//! - `figures` are `;`-separated statements; a trailing `[…]` names who claimed the figure,
//!   and so do the prefixes `UA:`, `RU:`, `RU MoD:` and similar; "not disclosed" becomes
//!   [`FigureValue::Undisclosed`], never a number.
//! - A headline that starts "Russia claims" / "Russia says" / "Ukraine says" / "Zelensky:"
//!   marks the event as that side's claim; notes that call it "contested" mark it disputed.
//! - `date_precision` = `month` gives a month date; a `source_title` ending in
//!   "(title inferred from URL slug)" is flagged as inferred; an unknown `source_published`
//!   keeps its words as a note.
//! - Publishers the README lists as weak (aggregators and reposts) get `kind: "aggregator"`,
//!   so an event that rests on them alone is flagged for editors.

use std::collections::HashSet;

use super::csv::read_csv;
use super::date::{DatePrecision, EventDate};
use super::messages::quoted;
use super::model::{
    Chronology, Claim, Confidence, DocumentInfo, Figure, FigureValue, Lane, Location, Quote,
    SafeUrl, Source, SourceKind, TimelineEvent,
};
use super::report::{Problem, ProblemEffect};

/// The columns of the chronology spreadsheet, in order.
pub const CHRONOLOGY_COLUMNS: [&str; 18] = [
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

const INFERRED_TITLE: &str = "(title inferred from URL slug)";

/// Publishers `data/README.md` names as aggregators or reposts ("weak sources").
const AGGREGATORS: [&str; 6] = [
    "mezha",
    "azernews",
    "sakshi",
    "sotnews",
    "optim.biz",
    "glavnoe",
];

/// Converts the chronology spreadsheet into a [`Chronology`] with one source per row.
/// Rows that cannot be converted are left out and named, by line and column.
///
/// # Errors
/// Returns a [`Problem`] for the whole file when it is not CSV or lacks a required column.
///
/// # Example
/// ```
/// use chronoline::timeline::{chronology_from_csv, DocumentInfo};
/// let csv = "id,date,date_precision,category,headline,figures\n\
///            evt-1,2025-06,month,exchange,Swap,Numbers not disclosed [both]\n";
/// let (chronology, problems) = chronology_from_csv(csv, DocumentInfo::default()).unwrap();
/// assert!(problems.is_empty());
/// assert_eq!(chronology.events[0].start.to_string(), "2025-06");
/// assert_eq!(chronology.events[0].figures[0].claimed_by.as_deref(), Some("both sides"));
/// ```
pub fn chronology_from_csv(
    csv: &str,
    about: DocumentInfo,
) -> Result<(Chronology, Vec<Problem>), Problem> {
    let records = read_csv(csv).map_err(|error| Problem {
        path: format!("line {}", error.line),
        reason: "a quoted field is never closed with a double quote".into(),
        effect: ProblemEffect::EventSkipped,
    })?;
    let Some((header, rows)) = records.split_first() else {
        return Err(Problem {
            path: "line 1".into(),
            reason: "the file is empty".into(),
            effect: ProblemEffect::EventSkipped,
        });
    };
    let column = |name: &str| header.fields.iter().position(|field| field.trim() == name);
    for required in ["id", "date", "category", "headline"] {
        if column(required).is_none() {
            return Err(Problem {
                path: "line 1".into(),
                reason: format!(
                    "the header has no {q_required} column",
                    q_required = quoted(required)
                ),
                effect: ProblemEffect::EventSkipped,
            });
        }
    }
    let positions: Vec<Option<usize>> =
        CHRONOLOGY_COLUMNS.iter().map(|name| column(name)).collect();
    let lanes = Lane::defaults();
    let mut sources = Vec::new();
    let mut events: Vec<TimelineEvent> = Vec::new();
    let mut ids = HashSet::new();
    let mut problems = Vec::new();
    for record in rows {
        let row = Row {
            record_fields: &record.fields,
            positions: &positions,
        };
        match convert_row(&row, &ids, &lanes) {
            Ok((event, source)) => {
                if let Some(mut source) = source {
                    source.locate_quote();
                    sources.push(source);
                }
                ids.insert(event.id.clone());
                events.push(event);
            }
            Err((column, reason)) => problems.push(Problem {
                path: format!("line {}, column {column}", record.line),
                reason,
                effect: ProblemEffect::EventSkipped,
            }),
        }
    }
    Ok((Chronology::new(about, lanes, sources, events), problems))
}

struct Row<'a> {
    record_fields: &'a [String],
    positions: &'a [Option<usize>],
}

impl Row<'_> {
    /// The trimmed text of a column; empty when the column or cell is missing.
    fn get(&self, name: &str) -> &str {
        CHRONOLOGY_COLUMNS
            .iter()
            .position(|column| *column == name)
            .and_then(|index| self.positions[index])
            .and_then(|position| self.record_fields.get(position))
            .map_or("", |text| text.trim())
    }
}

fn precision_name(precision: DatePrecision) -> &'static str {
    match precision {
        DatePrecision::Year => "year",
        DatePrecision::Month => "month",
        DatePrecision::Day => "day",
        DatePrecision::Time => "time",
    }
}

type RowError = (&'static str, String);

fn convert_row(
    row: &Row,
    earlier_ids: &HashSet<String>,
    lanes: &[Lane],
) -> Result<(TimelineEvent, Option<Source>), RowError> {
    let id = row.get("id");
    if id.is_empty() || id.contains(char::is_whitespace) {
        return Err((
            "id",
            format!("{q_id} is not a usable id", q_id = quoted(id)),
        ));
    }
    if earlier_ids.contains(id) {
        return Err((
            "id",
            format!(
                "{q_id} is already the id of an earlier row",
                q_id = quoted(id)
            ),
        ));
    }
    let date = |column: &'static str| -> Result<Option<EventDate>, RowError> {
        let text = row.get(column);
        if text.is_empty() {
            return Ok(None);
        }
        EventDate::parse(text)
            .map(Some)
            .map_err(|error| (column, format!("{q_text} {error}", q_text = quoted(text))))
    };
    let start = date("date")?.ok_or(("date", "is empty".to_owned()))?;
    let precision = row.get("date_precision");
    let precision_matches = match precision {
        "" => true,
        "year" | "month" | "day" | "time" => precision == precision_name(start.precision()),
        other => {
            return Err((
                "date_precision",
                format!(
                    "{q_other} is not year, month, day or time",
                    q_other = quoted(other)
                ),
            ))
        }
    };
    if !precision_matches {
        return Err((
            "date_precision",
            format!(
                "{q_precision} does not match the date \"{start}\"",
                q_precision = quoted(precision)
            ),
        ));
    }
    let end = date("end_date")?;
    if end.is_some_and(|end| end.earliest_ms() < start.earliest_ms()) {
        return Err(("end_date", format!("is before the date \"{start}\"")));
    }
    let lane = row.get("category");
    if !lanes.iter().any(|known| known.id == lane) {
        return Err((
            "category",
            format!("{q_lane} is not one of the lanes", q_lane = quoted(lane)),
        ));
    }
    let title = row.get("headline");
    if title.is_empty() {
        return Err(("headline", "is empty".to_owned()));
    }
    let confidence = match row.get("confidence") {
        "" => None,
        word => Some(word.parse::<Confidence>().map_err(|_| {
            (
                "confidence",
                format!("{} is not one of {}", quoted(word), Confidence::word_list()),
            )
        })?),
    };
    let location = match row.get("location") {
        "" => None,
        name => {
            let degrees = |column: &'static str, limit: f64| -> Result<Option<f64>, RowError> {
                match row.get(column) {
                    "" => Ok(None),
                    text => match text.parse::<f64>() {
                        Ok(value) if value.abs() <= limit => Ok(Some(value)),
                        _ => Err((
                            column,
                            format!("{q_text} is not a coordinate", q_text = quoted(text)),
                        )),
                    },
                }
            };
            Some(Location {
                name: name.to_owned(),
                lat: degrees("lat", 90.0)?,
                lon: degrees("lon", 180.0)?,
            })
        }
    };
    let source = convert_source(row, id)?;
    let notes = row.get("notes");
    let event = TimelineEvent {
        id: id.to_owned(),
        start,
        end,
        approximate: false,
        date_as_reported: None,
        lane: lane.to_owned(),
        title: title.to_owned(),
        summary: row.get("summary").to_owned(),
        tags: Vec::new(),
        location,
        figures: split_figures(row.get("figures")),
        claim: claim_of(title, notes),
        sources: source.iter().map(|source| source.id.clone()).collect(),
        confidence,
        notes: notes.to_owned(),
    };
    Ok((event, source))
}

fn convert_source(row: &Row, event_id: &str) -> Result<Option<Source>, RowError> {
    let publisher = row.get("source_publisher");
    let url = row.get("source_url");
    if publisher.is_empty() && url.is_empty() {
        return Ok(None);
    }
    let url = match url {
        "" => None,
        text => Some(SafeUrl::parse(text).map_err(|reason| ("source_url", reason))?),
    };
    let raw_title = row.get("source_title");
    let (title, title_inferred) = match raw_title.strip_suffix(INFERRED_TITLE) {
        Some(title) => (title.trim_end().to_owned(), true),
        None => (raw_title.to_owned(), false),
    };
    let published_text = row.get("source_published");
    let first_word = published_text.split_whitespace().next().unwrap_or("");
    let (published, published_note) = match EventDate::parse(first_word) {
        Ok(date) => (
            Some(date),
            published_text[first_word.len()..].trim().to_owned(),
        ),
        Err(_) => (None, published_text.to_owned()),
    };
    let exact = row.get("source_quote");
    let id = match event_id.strip_prefix("evt-") {
        Some(number) => format!("src-{number}"),
        None => format!("src-{event_id}"),
    };
    Ok(Some(Source {
        id,
        publisher: if publisher.is_empty() {
            "Unknown publisher".to_owned()
        } else {
            publisher.to_owned()
        },
        title,
        title_inferred,
        url,
        published,
        published_note,
        quote: (!exact.is_empty()).then(|| Quote {
            exact: exact.to_owned(),
            prefix: String::new(),
            suffix: String::new(),
        }),
        text: None,
        passages: Default::default(),
        kind: if AGGREGATORS
            .iter()
            .any(|name| publisher.to_lowercase().contains(name))
        {
            SourceKind::Aggregator
        } else {
            SourceKind::Original
        },
    }))
}

/// Who a figure's leading prefix names as its source.
const CLAIMANT_PREFIXES: [(&str, &str); 12] = [
    ("UA:", "Ukraine"),
    ("RU:", "Russia"),
    ("RU MoD:", "Russian MoD"),
    ("RU/proxy:", "Russia/proxy authorities"),
    ("Russian MoD claim:", "Russian MoD"),
    ("Russian claim:", "Russia"),
    ("Russian claims:", "Russia"),
    ("Ukrainian claim:", "Ukraine"),
    ("Ukraine ombudsman:", "Ukraine ombudsman"),
    ("ISW estimate:", "ISW"),
    ("US estimate:", "US"),
    ("DeepState:", "DeepState"),
];

/// Splits the spreadsheet's figures text into figures, each with its claimant.
///
/// # Example
/// ```
/// use chronoline::timeline::{split_figures, FigureValue};
/// let figures = split_figures("RU MoD: 150 for 150; UA: 189 returned [Zelensky]");
/// assert_eq!(figures[0].label, "150 for 150");
/// assert_eq!(figures[0].claimed_by.as_deref(), Some("Russian MoD"));
/// assert_eq!(figures[0].value, Some(FigureValue::Number(150.0)));
/// assert_eq!(figures[1].claimed_by.as_deref(), Some("Zelensky"));
/// ```
pub fn split_figures(text: &str) -> Vec<Figure> {
    split_top_level(text, ';')
        .into_iter()
        .filter(|part| !part.is_empty())
        .map(|statement| {
            let mut label = statement;
            let mut claimed_by = None;
            if let Some(open) = label.rfind('[').filter(|_| label.ends_with(']')) {
                let inside = &label[open + 1..label.len() - 1];
                if !inside.contains(';') {
                    claimed_by = Some(match inside {
                        "both" | "both sides" => "both sides".to_owned(),
                        named => named.to_owned(),
                    });
                    label = label[..open].trim_end();
                }
            }
            for (prefix, claimant) in CLAIMANT_PREFIXES {
                if let Some(rest) = label.strip_prefix(prefix) {
                    label = rest.trim_start();
                    claimed_by.get_or_insert_with(|| claimant.to_owned());
                    break;
                }
            }
            let lower = label.to_lowercase();
            let value = if lower.contains("not disclosed") || lower.contains("undisclosed") {
                Some(FigureValue::Undisclosed)
            } else {
                swap_size(label).map(FigureValue::Number)
            };
            Figure {
                label: label.to_owned(),
                value,
                unit: value
                    .filter(|value| matches!(value, FigureValue::Number(_)))
                    .map(|_| "each side".to_owned()),
                claimed_by,
            }
        })
        .collect()
}

/// The `N` of a statement that starts "N for N" (an even swap), like "1,000 for 1,000".
fn swap_size(label: &str) -> Option<f64> {
    let mut words = label.split_whitespace();
    let left = words.next()?;
    let (Some("for"), Some(right)) = (words.next(), words.next()) else {
        return None;
    };
    let right = right.trim_end_matches([',', ':', '.']);
    let number = |word: &str| -> Option<f64> {
        if word.starts_with(|c: char| c.is_ascii_digit()) {
            word.replace(',', "").parse().ok()
        } else {
            None
        }
    };
    number(left).filter(|n| Some(*n) == number(right))
}

/// Splits on `separator` outside brackets and parentheses, trimming each part.
fn split_top_level(text: &str, separator: char) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (index, c) in text.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            c if c == separator && depth <= 0 => {
                parts.push(text[start..index].trim());
                start = index + c.len_utf8();
            }
            _ => {}
        }
    }
    parts.push(text[start..].trim());
    parts
}

/// Reads a claim from the spreadsheet's wording conventions; see the module docs.
fn claim_of(headline: &str, notes: &str) -> Option<Claim> {
    let claimed_by = if headline.starts_with("Russia claims") || headline.starts_with("Russia says")
    {
        Some("Russia")
    } else if headline.starts_with("Ukraine says") || headline.starts_with("Zelensky:") {
        Some("Ukraine")
    } else {
        None
    };
    let lower_notes = notes.to_lowercase();
    let contested = lower_notes.starts_with("contested")
        || lower_notes.contains("contested by")
        || lower_notes.contains("responsibility contested");
    if claimed_by.is_none() && !contested {
        return None;
    }
    let disputed_by = match (contested, claimed_by) {
        (false, _) => None,
        (true, Some("Russia")) => Some("Ukraine"),
        (true, Some(_)) => Some("Russia"),
        (true, None) => Some("both sides"),
    };
    let first_sentence = notes
        .split_inclusive(". ")
        .next()
        .unwrap_or("")
        .trim()
        .to_owned();
    Some(Claim {
        claimed_by: claimed_by.map(str::to_owned),
        disputed_by: disputed_by.map(str::to_owned),
        note: if contested {
            first_sentence
        } else {
            String::new()
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_keep_their_claimants_and_undisclosed_is_not_zero() {
        let figures =
            split_figures("Numbers not disclosed [both]; ages of freed Ukrainians 24–62 [Ukraine]");
        assert_eq!(figures.len(), 2);
        assert_eq!(figures[0].value, Some(FigureValue::Undisclosed));
        assert_eq!(figures[0].claimed_by.as_deref(), Some("both sides"));
        assert_eq!(figures[1].label, "ages of freed Ukrainians 24–62");
        assert_eq!(figures[1].value, None);

        let nested = split_figures(
            "UA: 215 freed (Kyiv Independent: 205 Ukrainians + 10 foreigners; some outlets: 215); 200 exchanged [Ukraine]",
        );
        assert_eq!(
            nested.len(),
            2,
            "semicolons inside parentheses do not split"
        );
        assert_eq!(nested[0].claimed_by.as_deref(), Some("Ukraine"));

        let bracket_with_list =
            split_figures("115 for 115 [both sides; UAE: 230 captives released]");
        assert_eq!(
            bracket_with_list[0].label,
            "115 for 115 [both sides; UAE: 230 captives released]"
        );
        assert_eq!(bracket_with_list[0].value, Some(FigureValue::Number(115.0)));
        assert!(split_figures("").is_empty());
        assert_eq!(split_figures("1,000 for 999")[0].value, None);
    }

    #[test]
    fn headlines_and_notes_mark_claims() {
        let contested = claim_of(
            "Russia claims Kupiansk; Ukraine says city still in its hands",
            "Contested. Russian version: https://example.org",
        )
        .unwrap();
        assert_eq!(contested.claimed_by.as_deref(), Some("Russia"));
        assert_eq!(contested.disputed_by.as_deref(), Some("Ukraine"));
        assert_eq!(contested.note, "Contested.");

        let mutual = claim_of(
            "Blast at Olenivka prison",
            "Responsibility contested: Ukraine blames Russia; Russia blames Ukraine. Other",
        )
        .unwrap();
        assert_eq!(mutual.claimed_by, None);
        assert_eq!(mutual.disputed_by.as_deref(), Some("both sides"));

        let one_sided =
            claim_of("Russia says it has retaken Sudzha", "Claim by Russian MoD").unwrap();
        assert!(!one_sided.is_contested());
        assert_eq!(
            claim_of("Bomb strikes theatre", "casualties (contested/unknown)"),
            None
        );
    }

    #[test]
    fn bad_rows_are_named_by_line_and_column() {
        let csv = "id,date,date_precision,end_date,category,headline,source_publisher,source_url\n\
                   evt-1,2025-02-30,day,,exchange,A,,\n\
                   evt-2,2025-06,day,,exchange,B,,\n\
                   evt-3,2025-06-02,day,2025-06-01,talks,C,,\n\
                   evt-4,2025-06-02,day,,weather,D,,\n\
                   evt-5,2025-06-02,day,,talks,E,P,javascript:x\n\
                   evt-6,2025-06-02,day,,talks,F,P,https://example.org\n";
        let (chronology, problems) = chronology_from_csv(csv, DocumentInfo::default()).unwrap();
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            lines,
            [
                r#"line 2, column date: "2025-02-30" is not a date: the calendar has no such day"#,
                r#"line 3, column date_precision: "day" does not match the date "2025-06""#,
                r#"line 4, column end_date: is before the date "2025-06-02""#,
                r#"line 5, column category: "weather" is not one of the lanes"#,
                r#"line 6, column source_url: "javascript:x" is not an http(s) or mailto link, so it is not shown"#,
            ]
        );
        assert_eq!(chronology.events.len(), 1);
        assert_eq!(chronology.sources[0].id, "src-6");
        assert!(chronology_from_csv("date,headline\n", DocumentInfo::default()).is_err());
    }
}
