//! One object of a document being read, with its JSON path: its fields read as text, flags,
//! dates and lists, each value of the wrong kind named with its path and why, and the
//! refusal that leaves out the whole item when a required field cannot be read.

use serde_json::{Map, Value};

use super::date::EventDate;
use super::json_text::key_path;
use super::messages::{describe, quoted};
use super::report::{Problem, ProblemEffect};

/// A failure that leaves out the item being read; the effect is decided by the caller.
pub(super) struct Refusal {
    pub(super) path: String,
    pub(super) reason: String,
}

impl Refusal {
    pub(super) fn new(path: &str, reason: impl Into<String>) -> Refusal {
        Refusal {
            path: path.to_owned(),
            reason: reason.into(),
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
            other => Err(Refusal::new(
                path,
                format!("is {}, not an object", describe(other)),
            )),
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
            None => Err(Refusal::new(&self.at(key), "is missing")),
            Some(Value::String(text)) if text.trim().is_empty() => {
                Err(Refusal::new(&self.at(key), "is empty"))
            }
            Some(Value::String(text)) => Ok(text.trim().to_owned()),
            Some(other) => Err(Refusal::new(
                &self.at(key),
                format!("is {}, not text", describe(other)),
            )),
        }
    }

    pub(super) fn required_date(&self, key: &str) -> Result<EventDate, Refusal> {
        let text = self.required_text(key)?;
        EventDate::parse(&text)
            .map_err(|error| Refusal::new(&self.at(key), format!("{} {error}", quoted(&text))))
    }

    /// Optional text; a value of the wrong type is reported and ignored.
    pub(super) fn optional_text(&self, key: &str, problems: &mut Vec<Problem>) -> Option<String> {
        match self.get(key)? {
            Value::String(text) if text.trim().is_empty() => None,
            Value::String(text) => Some(text.trim().to_owned()),
            other => {
                problems.push(ignored(
                    &self.at(key),
                    format!("is {}, not text", describe(other)),
                ));
                None
            }
        }
    }

    pub(super) fn optional_flag(&self, key: &str, problems: &mut Vec<Problem>) -> bool {
        match self.get(key) {
            None => false,
            Some(Value::Bool(flag)) => *flag,
            Some(other) => {
                problems.push(ignored(
                    &self.at(key),
                    format!("is {}, not true or false", describe(other)),
                ));
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
                problems.push(ignored(
                    &self.at(key),
                    format!("{q_text} {error}", q_text = quoted(&text)),
                ));
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
                problems.push(ignored(
                    &self.at(key),
                    format!("is {}, not a list", describe(other)),
                ));
                &[]
            }
        }
    }

    pub(super) fn report_unknown(&self, known: &[&str], problems: &mut Vec<Problem>) {
        for key in self.map.keys() {
            if !known.contains(&key.as_str()) {
                problems.push(ignored(
                    &self.at(key),
                    "is not a field of the event format, so it is ignored",
                ));
            }
        }
    }
}

/// A problem with a value that is left out, while the item holding it is kept.
pub(super) fn ignored(path: &str, reason: impl Into<String>) -> Problem {
    Problem {
        path: path.to_owned(),
        reason: reason.into(),
        effect: ProblemEffect::ValueIgnored,
    }
}
