//! A file an editor opens, whatever it is: its format recognised by its content (never by its
//! name), and turned into what the one reader reads.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::chronology::{DocumentInfo, Message, Problem, ProblemEffect};

use super::acled::{import_acled, is_acled};
use super::csv_records::read_csv;
use super::icalendar::{import_icalendar, is_icalendar};
use super::spreadsheet::{import_spreadsheet, SheetHabits};
use super::timelinejs::{import_timelinejs, is_timelinejs};
use super::timelinejs_sheet::{import_timelinejs_sheet, is_timelinejs_sheet};
use super::{ImportedDocument, InputPlaces};

/// JSON files larger than this are read as the event format without looking for another
/// format first (which needs the whole document in memory twice); a TimelineJS document is
/// never nearly this large.
const LARGEST_CONVERTED_JSON: usize = 8 * 1024 * 1024;

/// The formats an opened file can be in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum InputFormat {
    /// This viewer's own JSON (see `docs/event-format.md`).
    EventFormat,
    /// TimelineJS's JSON.
    TimelineJs,
    /// This project's chronology sheet as CSV (the bundled `data/chronology.csv`).
    ChronologySheet,
    /// TimelineJS's spreadsheet template as CSV.
    TimelineJsSheet,
    /// An ACLED export (CSV).
    Acled,
    /// An iCalendar file.
    ICalendar,
}

/// An opened file, ready for the reader.
#[derive(Debug)]
pub enum OpenedDocument {
    /// Event-format JSON, to read with [`crate::chronology::ChronologyReader`] (which reads
    /// large documents in slices): the file's bytes without a byte-order mark.
    EventFormat(Vec<u8>),
    /// Another format converted: read it with [`ImportedDocument::read`].
    Imported {
        /// What the file was.
        format: InputFormat,
        /// The converted document.
        document: Box<ImportedDocument>,
    },
}

impl OpenedDocument {
    /// The format the file was recognised as.
    pub fn format(&self) -> InputFormat {
        match self {
            OpenedDocument::EventFormat(_) => InputFormat::EventFormat,
            OpenedDocument::Imported { format, .. } => *format,
        }
    }
}

/// An opened file converted for the page: what the document tools (a worker, so that the
/// importers' code and work stay off the page) send back.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub enum ConvertedFile {
    /// The file is in the event format: the page reads its own bytes.
    EventFormat,
    /// The file was converted.
    Imported {
        /// What the file was.
        format: InputFormat,
        /// The event-format document, as JSON text.
        document: String,
        /// What names the document's problems by the file's places.
        places: InputPlaces,
    },
    /// The file cannot be read at all.
    Refused(Problem),
}

impl ConvertedFile {
    /// Recognises and converts `bytes`, a file named `name` (see [`open_document`]).
    ///
    /// # Example
    /// ```
    /// use chronoline::import::{ConvertedFile, InputFormat};
    /// let csv = b"id,date,category,headline\nevt-1,2025-06,exchange,Swap\n";
    /// let ConvertedFile::Imported { format, document, places } =
    ///     ConvertedFile::of("swaps.csv", csv.to_vec()) else { panic!() };
    /// assert_eq!(format, InputFormat::ChronologySheet);
    /// let report = places.name_problems(chronoline::chronology::parse_chronology(&document).unwrap());
    /// assert_eq!(report.chronology.events[0].id, "evt-1");
    /// ```
    pub fn of(name: &str, bytes: Vec<u8>) -> ConvertedFile {
        match open_document(name, bytes) {
            Ok(OpenedDocument::EventFormat(_)) => ConvertedFile::EventFormat,
            Ok(OpenedDocument::Imported { format, document }) => ConvertedFile::Imported {
                format,
                document: document.document.to_string(),
                places: document.places,
            },
            Err(problem) => ConvertedFile::Refused(problem),
        }
    }
}

/// Whether `bytes` are read as the event format without conversion, by their size alone:
/// JSON larger than any other format's document (so the page need not send it anywhere to
/// find out).
pub fn read_without_conversion(bytes: &[u8]) -> bool {
    let first = bytes
        .iter()
        .find(|byte| !byte.is_ascii_whitespace() && !b"\xEF\xBB\xBF".contains(byte));
    matches!(first, Some(b'{' | b'[')) && bytes.len() > LARGEST_CONVERTED_JSON
}

/// Recognises what `bytes` (a file named `name`) hold and prepares them for reading: JSON is
/// this viewer's event format or TimelineJS's; text in columns is this project's sheet. A
/// sheet's title is the file's name without its extension.
///
/// # Errors
/// A [`Problem`] naming the whole file when it is not text, or is text in columns of no
/// format the viewer reads.
///
/// # Example
/// ```
/// use chronoline::import::{open_document, InputFormat};
/// let json = br#"{"events": [{"start_date": {"year": 2022}, "text": {"headline": "x"}}]}"#;
/// assert_eq!(open_document("talks.json", json.to_vec()).unwrap().format(), InputFormat::TimelineJs);
/// let csv = b"id,date,category,headline\nevt-1,2025-06,exchange,Swap\n";
/// assert_eq!(open_document("swaps.csv", csv.to_vec()).unwrap().format(), InputFormat::ChronologySheet);
/// assert!(open_document("photo.png", vec![0x89, b'P', b'N', b'G', 0xff]).is_err());
/// ```
pub fn open_document(name: &str, mut bytes: Vec<u8>) -> Result<OpenedDocument, Problem> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    let whole_file = |reason: Message| Problem {
        path: name.to_owned(),
        reason,
        effect: ProblemEffect::EventSkipped,
    };
    let first = bytes.iter().find(|byte| !byte.is_ascii_whitespace());
    if matches!(first, Some(b'{' | b'[')) {
        if bytes.len() <= LARGEST_CONVERTED_JSON {
            if let Ok(input) = serde_json::from_slice::<Value>(&bytes) {
                if is_timelinejs(&input) {
                    let document = import_timelinejs(&input)?;
                    return Ok(OpenedDocument::Imported {
                        format: InputFormat::TimelineJs,
                        document: Box::new(document),
                    });
                }
            }
        }
        // The event format, or JSON the reader names the fault of by line and column.
        return Ok(OpenedDocument::EventFormat(bytes));
    }
    let Ok(text) = std::str::from_utf8(&bytes) else {
        return Err(whole_file(Message::FileNotText));
    };
    if is_icalendar(text) {
        let document = import_icalendar(text)?;
        return Ok(OpenedDocument::Imported {
            format: InputFormat::ICalendar,
            document: Box::new(document),
        });
    }
    let header = read_csv(text)
        .ok()
        .and_then(|records| records.into_iter().next())
        .map(|record| record.fields)
        .unwrap_or_default();
    let has = |column: &str| header.iter().any(|field| field.trim() == column);
    if ["id", "date", "category", "headline"].into_iter().all(has) {
        let about = DocumentInfo {
            title: title_of(name),
            ..DocumentInfo::default()
        };
        let document = import_spreadsheet(text, &about, &SheetHabits::NONE)?;
        return Ok(OpenedDocument::Imported {
            format: InputFormat::ChronologySheet,
            document: Box::new(document),
        });
    }
    if is_acled(&header) {
        let mut document = import_acled(text)?;
        if let Value::Object(fields) = &mut document.document {
            fields.insert("title".into(), Value::from(title_of(name)));
        }
        return Ok(OpenedDocument::Imported {
            format: InputFormat::Acled,
            document: Box::new(document),
        });
    }
    if is_timelinejs_sheet(&header) {
        let document = import_timelinejs_sheet(text)?;
        return Ok(OpenedDocument::Imported {
            format: InputFormat::TimelineJsSheet,
            document: Box::new(document),
        });
    }
    Err(whole_file(Message::UnknownFormat))
}

/// A file's name without its folder and extension, as a title.
fn title_of(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let stem = base.rsplit_once('.').map_or(base, |(stem, _)| stem);
    stem.trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_with_a_byte_order_mark_is_read_as_the_event_format() {
        let mut bytes = b"\xEF\xBB\xBF  ".to_vec();
        bytes.extend_from_slice(br#"{"format_version": 1, "events": []}"#);
        match open_document("ours.json", bytes).unwrap() {
            OpenedDocument::EventFormat(bytes) => assert!(bytes.starts_with(b"  {")),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn broken_json_goes_to_the_reader_which_names_where_it_breaks() {
        let opened = open_document("broken.json", b"{\"events\": [".to_vec()).unwrap();
        assert_eq!(opened.format(), InputFormat::EventFormat);
    }

    #[test]
    fn a_sheet_is_titled_by_its_file_and_rows_are_named_by_line() {
        let csv = "\u{feff}id,date,category,headline\r\nevt-1,2025-06-26,exchange,Swap\r\nevt-2,2025-02-30,talks,Bad\r\n";
        let OpenedDocument::Imported { format, document } =
            open_document("C:\\desk\\swaps 2025.csv", csv.as_bytes().to_vec()).unwrap()
        else {
            panic!("not imported");
        };
        assert_eq!(format, InputFormat::ChronologySheet);
        let report = document.read().unwrap();
        assert_eq!(report.chronology.about.title, "swaps 2025");
        assert_eq!(report.chronology.events.len(), 1);
        assert!(
            report
                .problems
                .iter()
                .any(|p| p.path == "line 3, column date"),
            "{:?}",
            report.problems
        );
    }

    #[test]
    fn files_of_no_known_format_are_named_with_what_would_open() {
        let refused =
            open_document("notes.txt", b"just some notes\nand more".to_vec()).unwrap_err();
        assert_eq!(refused.path, "notes.txt");
        assert_eq!(refused.reason, Message::UnknownFormat);
        assert!(refused.reason.to_string().contains("TimelineJS"));
        let binary = open_document("x.xlsx", vec![b'P', b'K', 3, 4, 0xff, 0xfe]).unwrap_err();
        assert_eq!(binary.reason, Message::FileNotText);
    }
}
