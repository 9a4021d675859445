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
    /// A problem an importer found in its input, in its own words (English); see
    /// `docs/accessibility.md`, known limits.
    Input { reason: String },
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
        })
    }
}

impl Message {
    /// An importer's reason in its own (English) words.
    pub fn input(reason: impl Into<String>) -> Message {
        Message::Input {
            reason: reason.into(),
        }
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
            Message::Input { reason } => f.write_str(reason),
        }
    }
}
