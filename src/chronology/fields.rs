//! One object of a document being read, with its JSON path: its fields read as text, flags,
//! dates and lists, each value of the wrong kind named with its path and why, and the
//! refusal that leaves out the whole item when a required field cannot be read.

use serde_json::{Map, Value};

use super::date::DateError;
use super::date::EventDate;
use super::json_text::key_path;
use super::message::{Expected, Found, Message};
use super::messages::shortened;
use super::report::{Problem, ProblemEffect};
use super::translations::{TextField, Translations};

/// Whether `tag` looks like a BCP 47 language tag: letters first, then letters, digits and
/// hyphens, at most 35 characters (`en`, `uk-UA`, `sr-Latn`).
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary_ok = parts.next().is_some_and(|primary| {
        (2..=8).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_alphabetic())
    });
    primary_ok
        && tag.len() <= 35
        && parts.all(|part| {
            !part.is_empty() && part.len() <= 8 && part.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

/// A failure that leaves out the item being read; the effect is decided by the caller.
pub(super) struct Refusal {
    pub(super) path: String,
    pub(super) reason: Message,
}

impl Refusal {
    pub(super) fn new(path: &str, reason: Message) -> Refusal {
        Refusal {
            path: path.to_owned(),
            reason,
        }
    }
}

/// An object being read, with its path for messages.
pub(super) struct Fields<'a> {
    pub(super) path: &'a str,
    pub(super) map: &'a Map<String, Value>,
}

impl<'a> Fields<'a> {
    pub(super) fn of(value: &'a Value, path: &'a str) -> Result<Fields<'a>, Refusal> {
        match value {
            Value::Object(map) => Ok(Fields { path, map }),
            other => Err(Refusal::new(path, wrong_kind(other, Expected::Object))),
        }
    }

    /// The object at `path` with its fields outside `known` named, or `None` when it is not
    /// an object (named, as a value left out).
    pub(super) fn object(
        value: &'a Value,
        path: &'a str,
        known: &[&str],
        problems: &mut Vec<Problem>,
    ) -> Option<Fields<'a>> {
        match Fields::of(value, path) {
            Ok(fields) => {
                fields.report_unknown(known, problems);
                Some(fields)
            }
            Err(refusal) => {
                problems.push(ignored(&refusal.path, refusal.reason));
                None
            }
        }
    }

    pub(super) fn at(&self, key: &str) -> String {
        let step = key_path(key);
        if self.path.is_empty() {
            step.strip_prefix('.').unwrap_or(&step).to_owned()
        } else {
            format!("{}{step}", self.path)
        }
    }

    /// A present, non-null value.
    pub(super) fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|value| !value.is_null())
    }

    pub(super) fn required_text(&self, key: &str) -> Result<String, Refusal> {
        match self.get(key) {
            None => Err(Refusal::new(&self.at(key), Message::Missing)),
            Some(Value::String(text)) if text.trim().is_empty() => {
                Err(Refusal::new(&self.at(key), Message::Empty))
            }
            Some(Value::String(text)) => Ok(text.trim().to_owned()),
            Some(other) => Err(Refusal::new(
                &self.at(key),
                wrong_kind(other, Expected::Text),
            )),
        }
    }

    /// Required text that may be written in several languages: a string, or a map from
    /// language tag to string. The first text is returned; a map's texts go into
    /// `translations` as `field`'s. Entries that are not a language tag with text are
    /// reported and ignored; a map with none left is refused like a missing text.
    pub(super) fn required_texts(
        &self,
        key: &str,
        field: TextField,
        translations: &mut Translations,
        problems: &mut Vec<Problem>,
    ) -> Result<String, Refusal> {
        match self.get(key) {
            Some(Value::Object(map)) => {
                let texts = self.texts_by_language(key, map, problems);
                let Some((_, first)) = texts.first() else {
                    return Err(Refusal::new(&self.at(key), Message::NoTextInAnyLanguage));
                };
                let first = first.clone();
                translations.add(field, texts);
                Ok(first)
            }
            _ => self.required_text(key),
        }
    }

    /// Optional text that may be written in several languages, as
    /// [`Fields::required_texts`]; a value of the wrong type is reported and ignored.
    pub(super) fn optional_texts(
        &self,
        key: &str,
        field: TextField,
        translations: &mut Translations,
        problems: &mut Vec<Problem>,
    ) -> Option<String> {
        match self.get(key) {
            Some(Value::Object(map)) => {
                let texts = self.texts_by_language(key, map, problems);
                let first = texts.first().map(|(_, text)| text.clone());
                translations.add(field, texts);
                first
            }
            _ => self.optional_text(key, problems),
        }
    }

    /// The texts of a map from language tag to text, in order; other entries are reported.
    fn texts_by_language(
        &self,
        key: &str,
        map: &Map<String, Value>,
        problems: &mut Vec<Problem>,
    ) -> Vec<(String, String)> {
        let mut texts = Vec::new();
        for (language, value) in map {
            let at = format!("{}{}", self.at(key), key_path(language));
            match value {
                _ if !is_language_tag(language) => problems.push(ignored(
                    &at,
                    Message::NotALanguageTag {
                        tag: shortened(language),
                    },
                )),
                Value::String(text) if !text.trim().is_empty() => {
                    texts.push((language.clone(), text.trim().to_owned()))
                }
                Value::String(_) => problems.push(ignored(&at, Message::Empty)),
                other => problems.push(ignored(&at, wrong_kind(other, Expected::Text))),
            }
        }
        texts
    }

    /// Refuses an `end` that ends before `start` begins, naming this object's `end`.
    pub(super) fn end_not_before(&self, start: &EventDate, end: &EventDate) -> Result<(), Refusal> {
        if end.ends_before(start) {
            return Err(Refusal::new(
                &self.at("end"),
                Message::EndBeforeStart {
                    start: start.to_string(),
                    end: end.to_string(),
                },
            ));
        }
        Ok(())
    }

    pub(super) fn required_date(&self, key: &str) -> Result<EventDate, Refusal> {
        let text = self.required_text(key)?;
        EventDate::parse(&text)
            .map_err(|error| Refusal::new(&self.at(key), not_a_date(&text, error)))
    }

    /// Optional text; a value of the wrong type is reported and ignored.
    pub(super) fn optional_text(&self, key: &str, problems: &mut Vec<Problem>) -> Option<String> {
        match self.get(key)? {
            Value::String(text) if text.trim().is_empty() => None,
            Value::String(text) => Some(text.trim().to_owned()),
            other => {
                problems.push(ignored(&self.at(key), wrong_kind(other, Expected::Text)));
                None
            }
        }
    }

    pub(super) fn optional_flag(&self, key: &str, problems: &mut Vec<Problem>) -> bool {
        match self.get(key) {
            None => false,
            Some(Value::Bool(flag)) => *flag,
            Some(other) => {
                problems.push(ignored(&self.at(key), wrong_kind(other, Expected::Flag)));
                false
            }
        }
    }

    pub(super) fn optional_date(
        &self,
        key: &str,
        problems: &mut Vec<Problem>,
    ) -> Option<EventDate> {
        let text = self.optional_text(key, problems)?;
        match EventDate::parse(&text) {
            Ok(date) => Some(date),
            Err(error) => {
                problems.push(ignored(&self.at(key), not_a_date(&text, error)));
                None
            }
        }
    }

    /// Optional list; anything else is reported and read as empty.
    pub(super) fn optional_list(&self, key: &str, problems: &mut Vec<Problem>) -> &'a [Value] {
        match self.get(key) {
            None => &[],
            Some(Value::Array(items)) => items,
            Some(other) => {
                problems.push(ignored(&self.at(key), wrong_kind(other, Expected::List)));
                &[]
            }
        }
    }

    pub(super) fn report_unknown(&self, known: &[&str], problems: &mut Vec<Problem>) {
        for key in self.map.keys() {
            if !known.contains(&key.as_str()) {
                problems.push(ignored(&self.at(key), Message::UnknownField));
            }
        }
    }
}

/// A problem with a value that is left out, while the item holding it is kept.
pub(super) fn ignored(path: &str, reason: Message) -> Problem {
    Problem {
        path: path.to_owned(),
        reason,
        effect: ProblemEffect::ValueIgnored,
    }
}

/// A value of the wrong kind where `expected` belongs.
pub(super) fn wrong_kind(found: &Value, expected: Expected) -> Message {
    Message::WrongKind {
        found: Found::of(found),
        expected,
    }
}

/// Text that is not a date, and why.
pub(super) fn not_a_date(text: &str, error: DateError) -> Message {
    Message::NotADate {
        text: shortened(text),
        error,
    }
}
