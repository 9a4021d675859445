//! A small RFC 4180 reader: comma-separated (or, as spreadsheets in many locales save them,
//! semicolon- or tab-separated), double-quoted fields that may hold separators, quotes
//! (doubled) and line breaks.

use std::fmt;

use crate::chronology::{Message, Problem, ProblemEffect};

/// A record of a CSV file with the line it starts on (1-based), for messages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvRecord {
    /// Line of the file where the record starts.
    pub line: usize,
    /// The fields, unquoted.
    pub fields: Vec<String>,
}

/// A quoted field that never ends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvError {
    /// Line where the unterminated quoted field starts.
    pub line: usize,
}

impl fmt::Display for CsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}: a quoted field is never closed with a double quote",
            self.line
        )
    }
}

/// Splits CSV text into records. The separator is the comma, semicolon or tab that the first
/// line has most of (a comma when it has none). Blank lines are skipped; a leading
/// byte-order mark is ignored; `\r\n` and `\n` both end a record.
///
/// # Errors
/// [`CsvError`] when a quoted field is never closed.
///
/// # Example
/// ```
/// use chronoline::import::read_csv;
/// let records = read_csv("id,quote\nevt-1,\"He said \"\"yes\"\", then left\"\n").unwrap();
/// assert_eq!(records[1].fields, ["evt-1", "He said \"yes\", then left"]);
/// let semicolons = read_csv("Year;Headline\n2022;\"Swap; talks\"\n").unwrap();
/// assert_eq!(semicolons[1].fields, ["2022", "Swap; talks"]);
/// ```
pub fn read_csv(text: &str) -> Result<Vec<CsvRecord>, CsvError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first_line = text.split('\n').next().unwrap_or("");
    let count = |separator: char| first_line.matches(separator).count();
    let separator = [';', '\t']
        .into_iter()
        .filter(|separator| count(*separator) > count(','))
        .max_by_key(|separator| count(*separator))
        .unwrap_or(',');
    let mut records = Vec::new();
    let mut fields: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut line = 1;
    let mut record_line = 1;
    let mut in_quotes = false;
    let mut quote_line = 0;
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => in_quotes = false,
                '\n' => {
                    line += 1;
                    field.push('\n');
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => {
                in_quotes = true;
                quote_line = line;
            }
            c if c == separator => fields.push(std::mem::take(&mut field)),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                fields.push(std::mem::take(&mut field));
                if !(fields.len() == 1 && fields[0].is_empty()) {
                    records.push(CsvRecord {
                        line: record_line,
                        fields: std::mem::take(&mut fields),
                    });
                }
                fields.clear();
                line += 1;
                record_line = line;
            }
            _ => field.push(c),
        }
    }
    if in_quotes {
        return Err(CsvError { line: quote_line });
    }
    if !field.is_empty() || !fields.is_empty() {
        fields.push(field);
        records.push(CsvRecord {
            line: record_line,
            fields,
        });
    }
    Ok(records)
}

/// A CSV file read as a sheet of one format: its data rows, and where each of the format's
/// columns is in its header. What every sheet importer reads first.
pub(super) struct Sheet {
    /// The rows after the header.
    pub rows: Vec<CsvRecord>,
    /// The format's columns, and where each is (`None`: the file lacks it).
    columns: &'static [&'static str],
    positions: Vec<Option<usize>>,
}

impl Sheet {
    /// Reads `csv` and finds the format's `columns` in its header row, in any letter case
    /// when `any_case`.
    ///
    /// # Errors
    /// A problem naming the file when a quoted field never ends or there is no header row.
    pub(super) fn read(
        csv: &str,
        columns: &'static [&'static str],
        any_case: bool,
    ) -> Result<Sheet, Problem> {
        let whole_file = |line: usize, reason: Message| Problem {
            path: format!("line {line}"),
            reason,
            effect: ProblemEffect::EventSkipped,
        };
        let mut records =
            read_csv(csv).map_err(|error| whole_file(error.line, Message::QuoteNeverClosed))?;
        if records.is_empty() {
            return Err(whole_file(1, Message::FileEmpty));
        }
        let header = records.remove(0);
        let positions = columns
            .iter()
            .map(|name| {
                header.fields.iter().position(|field| {
                    let field = field.trim();
                    field == *name || (any_case && field.eq_ignore_ascii_case(name))
                })
            })
            .collect();
        Ok(Sheet {
            rows: records,
            columns,
            positions,
        })
    }

    /// Whether the header has `column`.
    pub(super) fn has(&self, column: &str) -> bool {
        self.position(column).is_some()
    }

    /// The trimmed text of `column` in `record`; empty when the column or cell is missing.
    pub(super) fn cell<'a>(&self, record: &'a CsvRecord, column: &str) -> &'a str {
        self.position(column)
            .and_then(|position| record.fields.get(position))
            .map_or("", |text| text.trim())
    }

    fn position(&self, column: &str) -> Option<usize> {
        let index = self.columns.iter().position(|known| *known == column)?;
        self.positions[index]
    }
}

/// Whether a record is a row of empty cells (a sheet's trailing `,,,,`).
pub(super) fn is_blank(record: &CsvRecord) -> bool {
    record.fields.iter().all(|field| field.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_fields_keep_commas_quotes_and_line_breaks() {
        let records =
            read_csv("\u{feff}a,b,c\r\n1,\"x, y\",\"two\nlines\"\r\n\r\n2,,\"\"\"q\"\"\"").unwrap();
        assert_eq!(records.len(), 3);
        assert_eq!(records[1].fields, ["1", "x, y", "two\nlines"]);
        assert_eq!(records[2].line, 5);
        assert_eq!(records[2].fields, ["2", "", "\"q\""]);
    }

    #[test]
    fn an_unclosed_quote_names_its_line() {
        assert_eq!(read_csv("a,b\n1,\"open\n2,3\n"), Err(CsvError { line: 2 }));
    }
}
