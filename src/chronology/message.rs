//! What is wrong with a value of a document, as a kind and its values: [`Message`]. Its
//! `Display` is the English sentence; the interface words each kind in the reader's language
//! (`strings::UiText::problem`), so tests can assert the kind and the wording apart.

use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::date::DateError;
use super::messages::{quoted, shortened};

/// What a JSON value was, for a message about a value of the wrong kind.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Found {
    /// `null`.
    Null,
    /// `true` or `false`.
    Flag(bool),
    /// A number, as written.
    Number(String),
    /// Text, cut to 60 characters.
    Text(String),
    /// A list.
    List,
    /// An object.
    Object,
}

impl Found {
    /// What `value` is, for a message.
    pub fn of(value: &Value) -> Found {
        match value {
            Value::Null => Found::Null,
            Value::Bool(flag) => Found::Flag(*flag),
            Value::Number(number) => Found::Number(number.to_string()),
            Value::String(text) => Found::Text(shortened(text)),
            Value::Array(_) => Found::List,
            Value::Object(_) => Found::Object,
        }
    }
}

impl fmt::Display for Found {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Found::Null => f.write_str("null"),
            Found::Flag(flag) => write!(f, "{flag}"),
            Found::Number(number) => f.write_str(number),
            Found::Text(text) => f.write_str(&quoted(text)),
            Found::List => f.write_str("a list"),
            Found::Object => f.write_str("an object"),
        }
    }
}

/// Why a value of a document is wrong, or what an editor should look at: a kind and its
/// values. Values that quote the document are cut to 60 characters.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Message {
    /// The document is not a JSON object.
    TopLevelNotObject { found: Found },
    /// The document has no `events`.
    NoEventsList,
    /// `events` is not a list.
    EventsNotList { found: Found },
    /// A lone UTF-16 surrogate was read as U+FFFD.
    LoneSurrogate,
    /// More lone surrogates than are named one by one.
    MoreLoneSurrogates { count: usize },
    /// The document has more events than the viewer holds.
    TooManyEvents {
        limit: usize,
        left_out: usize,
        total: usize,
    },
    /// `format_version` is missing.
    VersionMissing { version: u32 },
    /// A number too large for a float.
    NumberTooLarge { number: String },
    /// A value nested deeper than the reader goes.
    TooDeep,
    /// A value the JSON reader could not read, in its words.
    Unreadable { detail: String },
    /// A field that is not part of the format.
    UnknownField,
    /// Required text is missing.
    Missing,
    /// Required text is blank.
    Empty,
    /// A value of the wrong kind, where `expected` says what belongs there.
    WrongKind { found: Found, expected: Expected },
    /// A list of texts by language without any text.
    NoTextInAnyLanguage,
    /// A key of a list of texts by language that is not a language tag.
    NotALanguageTag { tag: String },
    /// Text that is not a date.
    NotADate { text: String, error: DateError },
    /// `eras` is not a list.
    ErasNotList { found: Found },
    /// `lanes` is not a list.
    LanesNotList { found: Found },
    /// An end before its start.
    EndBeforeStart { start: String, end: String },
    /// An event id used before, by the event at `first`.
    DuplicateEventId { id: String, first: usize },
    /// A lane id used before.
    DuplicateLaneId { id: String },
    /// A source id used before.
    DuplicateSourceId { id: String },
    /// An id too long or with spaces.
    UnusableId { id: String },
    /// A lane the document does not define; `known` lists some that it does.
    UnknownLane { lane: String, known: String },
    /// A word that is not one of the format's (`choices`).
    NotOneOf { word: String, choices: String },
    /// A reference to a source that does not exist.
    UnknownSource { id: String },
    /// A latitude or longitude out of range.
    OutOfDegrees { number: String, limit: i32 },
    /// A claim with nothing in it.
    EmptyClaim,
    /// A link with spaces in it.
    LinkHasSpaces { link: String },
    /// A link that is not http(s) or mailto.
    NotASafeLink { link: String },
    /// A media link that is not http(s).
    MediaNotHttp { link: String },
    /// A media kind that is not one of the format's.
    UnknownMediaKind { word: String, choices: String },
    /// A media kind that is not a word.
    MediaKindNotWord { found: Found },
    /// An image without alt text.
    ImageWithoutAlt,
    /// Warning: an event that cites no source.
    CitesNoSource { id: String },
    /// Warning: an event that cites only aggregators or reposts (their publishers).
    CitesOnlyWeakSources { id: String, publishers: String },
    /// Warning: a source without a publication date, with what its note says.
    NoPublicationDate { id: String, note: String },
    /// Warning: a quote that is not in its source's text.
    QuoteNotInText { id: String },
    /// Importers: a sheet without a column its format needs.
    SheetMissingColumn { column: String },
    /// Importers: a file that is not text.
    FileNotText,
    /// Importers: a file in no format the viewer reads.
    UnknownFormat,
    /// Importers: a CSV quoted field that never ends.
    QuoteNeverClosed,
    /// Importers: an empty file.
    FileEmpty,
    /// Importers: an iCalendar file without events.
    CalendarWithoutEvents,
    /// Importers: an iCalendar event without a start.
    EventWithoutStart,
    /// Importers: an iCalendar date that cannot be read.
    NotACalendarDate { text: String },
    /// Importers: a TimelineJS document without events.
    TimelineWithoutEvents,
    /// Importers: a TimelineJS era without dates.
    EraWithoutDates,
    /// Importers: a TimelineJS era without a headline.
    EraWithoutHeadline,
    /// Importers: two dates that do not make a period.
    NotAPeriod { start: String, end: String },
    /// Importers: a time without a time zone, so the event is placed on its day.
    TimeWithoutZone { time: String },
    /// Importers: HTML tags and attributes dropped from a text.
    HtmlDropped { tags: usize, attributes: usize },
    /// Importers: a field of the input the viewer does not show yet.
    NotShownYet { field: String },
    /// Importers: a part of a date that is not a whole number.
    NotAWholeNumber { part: String, text: String },
    /// Importers: a TimelineJS date that is not an object.
    DateNotAnObject,
    /// Importers: a date without a year.
    DateWithoutYear,
    /// Importers: a date with a day but no month.
    DayWithoutMonth,
    /// Importers: a year too far for a calendar of days and months.
    YearTooFar { year: i64 },
    /// Importers: a year outside −9999…9999.
    YearOutOfRange { year: i64 },
    /// Importers: a date precision that is not one of the format's.
    NotAPrecision { precision: String, choices: String },
    /// Importers: a date precision that does not match the date written.
    PrecisionMismatch { precision: String, date: String },
    /// Importers: an ACLED `time_precision` that is not 1, 2 or 3.
    NotAnAcledPrecision { value: String },
    /// Importers: an ACLED date that cannot be read.
    NotAnAcledDate { text: String },
    /// Importers: a typed date that reads two ways; `first` and `second` are both readings.
    AmbiguousDate {
        text: String,
        first: String,
        second: String,
    },
}

/// What belongs where a value of the wrong kind was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Expected {
    /// An object.
    Object,
    /// Text.
    Text,
    /// `true` or `false`.
    Flag,
    /// A list.
    List,
    /// A tag (text).
    Tag,
    /// A source id (text).
    SourceId,
    /// A number of degrees.
    Degrees,
    /// A number or "undisclosed".
    FigureValue,
    /// `true` or the reason as text (`withdrawn`).
    Withdrawal,
    /// A whole number of seconds within [`LIVE_POLL_SECONDS`](super::LIVE_POLL_SECONDS).
    PollSeconds,
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Expected::Object => "an object",
            Expected::Text => "text",
            Expected::Flag => "true or false",
            Expected::List => "a list",
            Expected::Tag => "a tag",
            Expected::SourceId => "a source id",
            Expected::Degrees => "a number of degrees",
            Expected::FigureValue => "a number or \"undisclosed\"",
            Expected::Withdrawal => "true or the reason as text",
            Expected::PollSeconds => "a whole number of seconds from 5 to 86400",
        })
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Message::TopLevelNotObject { found } => {
                write!(f, "the top level is {found}, not an object")
            }
            Message::NoEventsList => f.write_str("it has no \"events\" list"),
            Message::EventsNotList { found } => write!(f, "\"events\" is {found}, not a list"),
            Message::LoneSurrogate => f.write_str(
                "holds a lone UTF-16 surrogate, often a cut emoji; it is read as \u{fffd}",
            ),
            Message::MoreLoneSurrogates { count } => write!(
                f,
                "{count} more lone UTF-16 surrogates were read as \u{fffd}, as above"
            ),
            Message::TooManyEvents {
                limit,
                left_out,
                total,
            } => write!(
                f,
                "this viewer holds at most {limit} events, so the last {left_out} of the \
                 {total} in the file are left out, from here on"
            ),
            Message::VersionMissing { version } => {
                write!(f, "is missing; read as version {version}")
            }
            Message::NumberTooLarge { number } => write!(
                f,
                "{number} is a number too large to read, so it is ignored"
            ),
            Message::TooDeep => f.write_str("nests more than 128 levels deep, so it is ignored"),
            Message::Unreadable { detail } => {
                write!(f, "cannot be read ({detail}), so it is ignored")
            }
            Message::UnknownField => {
                f.write_str("is not a field of the event format, so it is ignored")
            }
            Message::Missing => f.write_str("is missing"),
            Message::Empty => f.write_str("is empty"),
            Message::WrongKind { found, expected } => write!(f, "is {found}, not {expected}"),
            Message::NoTextInAnyLanguage => f.write_str("has no text in any language"),
            Message::NotALanguageTag { tag } => write!(
                f,
                "{} is not a language tag such as \"en\" or \"uk\"",
                quoted(tag)
            ),
            Message::NotADate { text, error } => write!(f, "{} {error}", quoted(text)),
            Message::ErasNotList { found } => {
                write!(f, "is {found}, not a list, so no eras are shown")
            }
            Message::LanesNotList { found } => {
                write!(f, "is {found}, not a list; the default lanes are used")
            }
            Message::EndBeforeStart { start, end } => {
                write!(f, "\"{end}\" is before the start \"{start}\"")
            }
            Message::DuplicateEventId { id, first } => write!(
                f,
                "{} is already the id of events[{first}]; ids must be unique",
                quoted(id)
            ),
            Message::DuplicateLaneId { id } => {
                write!(f, "{} is already the id of another lane", quoted(id))
            }
            Message::DuplicateSourceId { id } => {
                write!(f, "{} is already the id of another source", quoted(id))
            }
            Message::UnusableId { id } => write!(
                f,
                "{} is not a usable id: ids are up to 200 characters without spaces",
                quoted(id)
            ),
            Message::UnknownLane { lane, known } => write!(
                f,
                "{} is not one of the document's lanes ({known})",
                quoted(lane)
            ),
            Message::NotOneOf { word, choices } => {
                write!(f, "{} is not one of {choices}", quoted(word))
            }
            Message::UnknownSource { id } => {
                write!(f, "{} is not the id of a source", quoted(id))
            }
            Message::OutOfDegrees { number, limit } => {
                write!(f, "{number} is outside −{limit}…{limit} degrees")
            }
            Message::EmptyClaim => f.write_str("names no claimant, disputer or note"),
            Message::LinkHasSpaces { link } => {
                write!(f, "{} is not a link: it contains spaces", quoted(link))
            }
            Message::NotASafeLink { link } => write!(
                f,
                "{} is not an http(s) or mailto link, so it is not shown",
                quoted(link)
            ),
            Message::MediaNotHttp { link } => write!(
                f,
                "{} is not an http(s) link, so it is not shown",
                quoted(link)
            ),
            Message::UnknownMediaKind { word, choices } => write!(
                f,
                "{} is not one of {choices}; read from the link",
                quoted(word)
            ),
            Message::MediaKindNotWord { found } => {
                write!(f, "is {found}, not a kind of media; read from the link")
            }
            Message::ImageWithoutAlt => f.write_str(
                "the image has no alt text: say what it shows for readers who cannot see it",
            ),
            Message::CitesNoSource { id } => write!(f, "{} cites no source", quoted(id)),
            Message::CitesOnlyWeakSources { id, publishers } => write!(
                f,
                "{} cites only aggregators or reposts ({publishers})",
                quoted(id)
            ),
            Message::NoPublicationDate { id, note } if note.is_empty() => {
                write!(f, "{} has no publication date", quoted(id))
            }
            Message::NoPublicationDate { id, note } => {
                write!(f, "{} has no publication date ({note})", quoted(id))
            }
            Message::QuoteNotInText { id } => {
                write!(f, "the quote of {} is not in its text", quoted(id))
            }
            Message::SheetMissingColumn { column } => {
                write!(f, "the header has no \"{column}\" column")
            }
            Message::FileNotText => f.write_str(
                "is not a text file: open a JSON document or a CSV sheet saved as UTF-8",
            ),
            Message::UnknownFormat => f.write_str(
                "is in no format this viewer reads: it opens this viewer's JSON, TimelineJS's \
                 JSON, iCalendar files, and sheets saved as CSV: TimelineJS's template (Year, \
                 Month, Day, Headline …), an ACLED export (event_id_cnty, event_date …) or one \
                 with the columns id, date, category and headline",
            ),
            Message::QuoteNeverClosed => {
                f.write_str("a quoted field is never closed with a double quote")
            }
            Message::FileEmpty => f.write_str("the file is empty"),
            Message::CalendarWithoutEvents => f.write_str("the calendar has no events (VEVENT)"),
            Message::EventWithoutStart => f.write_str("the event has no DTSTART"),
            Message::NotACalendarDate { text } => {
                write!(f, "{} is not an iCalendar date or UTC time", quoted(text))
            }
            Message::TimelineWithoutEvents => {
                f.write_str("a TimelineJS document needs an \"events\" list")
            }
            Message::EraWithoutDates => f.write_str("an era needs a start and an end date"),
            Message::EraWithoutHeadline => f.write_str("an era needs a headline to be shown"),
            Message::NotAPeriod { start, end } => {
                write!(f, "\"{start}\" to \"{end}\" is not a period")
            }
            Message::TimeWithoutZone { time } => write!(
                f,
                "the time {time} has no time zone, so the event is placed on its day"
            ),
            Message::HtmlDropped { tags, attributes } => {
                let counted = |n: usize, word: &str| match n {
                    0 => None,
                    1 => Some(format!("1 {word}")),
                    n => Some(format!("{n} {word}s")),
                };
                let dropped: Vec<String> =
                    [counted(*tags, "tag"), counted(*attributes, "attribute")]
                        .into_iter()
                        .flatten()
                        .collect();
                let verb = if tags + attributes == 1 {
                    "was"
                } else {
                    "were"
                };
                write!(
                    f,
                    "{} of HTML {verb} dropped: only text, paragraphs and links are kept",
                    dropped.join(" and ")
                )
            }
            Message::NotShownYet { field } => {
                write!(f, "{field} is not shown by this viewer yet; left out")
            }
            Message::NotAWholeNumber { part, text } => {
                write!(f, "{part} {} is not a whole number", quoted(text))
            }
            Message::DateNotAnObject => {
                f.write_str("a date is an object with a year, such as {\"year\": 2022}")
            }
            Message::DateWithoutYear => f.write_str("the date has no year"),
            Message::DayWithoutMonth => f.write_str("the date has a day but no month"),
            Message::YearTooFar { year } => write!(
                f,
                "the year {year} is too far for a human calendar of days and months"
            ),
            Message::YearOutOfRange { year } => write!(
                f,
                "the year {year} is outside the years this viewer shows (-9999 to 9999)"
            ),
            Message::NotAPrecision { precision, choices } => {
                write!(f, "{} is not {choices}", quoted(precision))
            }
            Message::PrecisionMismatch { precision, date } => write!(
                f,
                "{} does not match the date {}",
                quoted(precision),
                quoted(date)
            ),
            Message::NotAnAcledPrecision { value } => {
                write!(f, "time_precision {} is not 1, 2 or 3", quoted(value))
            }
            Message::NotAnAcledDate { text } => write!(
                f,
                "{} is not a date (expected 2024-02-24 or 24 February 2024)",
                quoted(text)
            ),
            Message::AmbiguousDate {
                text,
                first,
                second,
            } => write!(
                f,
                "{} could be {first} or {second}: write it as YYYY-MM-DD",
                quoted(text)
            ),
        }
    }
}
