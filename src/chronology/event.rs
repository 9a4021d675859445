//! One event of a chronology and the values it carries: its lane, place, figures (a number
//! or "undisclosed"), the claim it may be, and how well its sources support it.

use serde::Serialize;

use super::date::{CalendarNames, EventDate};
use super::media::Media;
use super::time::Moment;
use super::translations::Translations;

/// A named period drawn behind the events — "First year of the full-scale invasion" — as a
/// band on the timeline and the overview strip and a note in the list (TimelineJS's eras).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Era {
    /// What the period is called.
    pub label: String,
    /// When it begins.
    pub start: EventDate,
    /// When it ends (not before `start`).
    pub end: EventDate,
    /// The label in other languages, when the document gives several.
    #[serde(skip)]
    pub translations: Option<Box<Translations>>,
}

/// A category of events, drawn as one lane of the timeline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Lane {
    /// Identifier events refer to, like `"exchange"`.
    pub id: String,
    /// Human label, like `"Prisoner exchanges"`.
    pub label: String,
    /// The label in other languages, when the document gives several.
    #[serde(skip)]
    pub translations: Option<Box<Translations>>,
}

impl Lane {
    /// The five lanes a document gets when it defines none.
    ///
    /// # Example
    /// ```
    /// let ids: Vec<String> = chronoline::chronology::Lane::defaults().into_iter().map(|l| l.id).collect();
    /// assert_eq!(ids, ["exchange", "talks", "frontline", "humanitarian", "other"]);
    /// ```
    pub fn defaults() -> Vec<Lane> {
        [
            ("exchange", "Prisoner exchanges"),
            ("talks", "Talks and diplomacy"),
            ("frontline", "Front line"),
            ("humanitarian", "Humanitarian"),
            ("other", "Other"),
        ]
        .into_iter()
        .map(|(id, label)| Lane {
            translations: None,
            id: id.to_owned(),
            label: label.to_owned(),
        })
        .collect()
    }
}

/// One dated event of the chronology.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TimelineEvent {
    /// Stable identifier, used in URLs.
    pub id: String,
    /// When it started, at the precision known.
    pub start: EventDate,
    /// When it ended, for events that lasted; never before `start`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<EventDate>,
    /// The date is an estimate ("around", "circa").
    #[serde(skip_serializing_if = "is_false")]
    pub approximate: bool,
    /// The date in the words of the source ("night of 28–29 July"), shown instead of the
    /// computed form when present.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_as_reported: Option<String>,
    /// The `id` of the lane this event is drawn in.
    pub lane: String,
    /// One-line headline.
    pub title: String,
    /// Plain-text summary; never interpreted as HTML.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub summary: String,
    /// Free-form tags for filtering.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Where it happened.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    /// What few events carry: a media item, texts in other languages, a record of
    /// corrections, a withdrawal ([`EventExtras`]). Boxed together: most events have none,
    /// and each would otherwise cost every event of a 100,000-event chronology its own
    /// pointer or more. Written as its fields (`media`, `updated`, `correction`, `withdrawn`).
    #[serde(flatten)]
    pub extras: Option<Box<EventExtras>>,
    /// Numbers reported about the event, each with who claimed it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figure>,
    /// Set when the event is one side's claim, possibly disputed by another.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claim: Option<Claim>,
    /// The `id`s of the sources that report this event.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    /// How well the sources support the event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
    /// Editor's notes: caveats, corroborating reports.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

/// What few events carry, boxed together in [`TimelineEvent::extras`].
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct EventExtras {
    /// A picture, recording or document that shows the event, by link.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub media: Option<Media>,
    /// The title, summary, notes and figure labels in every language the document gives
    /// them in, when it gives more than one (see [`Translations`]).
    #[serde(skip)]
    pub translations: Translations,
    /// When the editors last changed the event (`updated`), usually a date and time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated: Option<EventDate>,
    /// What the editors corrected, in their words (`correction`): "The first report said
    /// 1,200."
    #[serde(skip_serializing_if = "String::is_empty")]
    pub correction: String,
    /// Whether the event still stands: withdrawn by its editors, or gone from the data.
    #[serde(
        rename = "withdrawn",
        skip_serializing_if = "EventStanding::is_not_withdrawn"
    )]
    pub standing: EventStanding,
}

/// Whether an event still stands.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum EventStanding {
    /// As published.
    #[default]
    Current,
    /// The editors withdrew it (`"withdrawn": true`, or the reason as text); it stays in the
    /// data so that readers who saw it learn it no longer stands.
    Withdrawn {
        /// Why, in the editors' words (empty when they gave none).
        reason: String,
    },
    /// It was in the data when the page opened and a live update no longer has it. Never
    /// read from a document: the viewer marks it so that it is not dropped silently.
    Removed,
}

impl EventStanding {
    fn is_not_withdrawn(&self) -> bool {
        !matches!(self, EventStanding::Withdrawn { .. })
    }
}

/// Written as the format's `withdrawn`: the reason, or `true` when there is none.
impl Serialize for EventStanding {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            EventStanding::Withdrawn { reason } if !reason.is_empty() => {
                serializer.serialize_str(reason)
            }
            EventStanding::Withdrawn { .. } => serializer.serialize_bool(true),
            EventStanding::Current | EventStanding::Removed => serializer.serialize_none(),
        }
    }
}

impl EventExtras {
    /// These extras, boxed, or `None` when they hold nothing.
    pub(crate) fn boxed(self) -> Option<Box<EventExtras>> {
        let holds_nothing = self.media.is_none()
            && self.translations.is_empty()
            && self.updated.is_none()
            && self.correction.is_empty()
            && self.standing == EventStanding::Current;
        (!holds_nothing).then(|| Box::new(self))
    }
}

impl TimelineEvent {
    /// The event's picture, recording or document, if it has one.
    pub fn media(&self) -> Option<&Media> {
        self.extras.as_ref()?.media.as_ref()
    }

    /// When the editors last changed the event, if they said.
    pub fn updated(&self) -> Option<EventDate> {
        self.extras.as_ref()?.updated
    }

    /// What the editors corrected, in their words (empty when they said nothing).
    pub fn correction(&self) -> &str {
        self.extras
            .as_ref()
            .map_or("", |extras| extras.correction.as_str())
    }

    /// Whether the event still stands.
    pub fn standing(&self) -> &EventStanding {
        const CURRENT: &EventStanding = &EventStanding::Current;
        self.extras
            .as_ref()
            .map_or(CURRENT, |extras| &extras.standing)
    }

    /// Sets whether the event still stands, boxing extras only when it needs them.
    pub fn set_standing(&mut self, standing: EventStanding) {
        let mut extras = self.extras.take().map(|extras| *extras).unwrap_or_default();
        extras.standing = standing;
        self.extras = extras.boxed();
    }

    /// The event's texts in other languages, when the document gives several.
    pub fn translations(&self) -> Option<&Translations> {
        self.extras
            .as_ref()
            .map(|extras| &extras.translations)
            .filter(|translations| !translations.is_empty())
    }

    /// The first millisecond after the event's period: the end of its end date, or of its
    /// start when it has none (or when the start's period reaches further).
    pub fn end_ms(&self) -> i64 {
        self.end
            .map_or(self.start.latest_ms(), |end| end.latest_ms())
            .max(self.start.latest_ms())
    }

    /// [`TimelineEvent::end_ms`] on the time axis.
    pub fn period_end(&self) -> Moment {
        self.end
            .map_or(self.start.latest(), |end| end.latest())
            .max(self.start.latest())
    }

    /// The date in the source's words when the data gives it, otherwise the start at its
    /// precision, written in the given language.
    pub fn reported_date(&self, names: &CalendarNames) -> String {
        self.date_as_reported
            .clone()
            .unwrap_or_else(|| self.start.to_human(names))
    }
}

fn is_false(value: &bool) -> bool {
    !value
}

/// A named place, with coordinates when they are known.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Location {
    /// Place name as reported.
    pub name: String,
    /// Latitude in degrees, −90 to 90.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    /// Longitude in degrees, −180 to 180.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
}

/// A number reported about an event, and who reported it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figure {
    /// What is counted, in the source's terms: `"Ukrainian POWs returned"`.
    pub label: String,
    /// The number, or that it was not disclosed. Absent when the label says it all.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<FigureValue>,
    /// Unit of `value`, like `"people"` or `"km²"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Who gave the number: `"Russian MoD"`, `"Zelensky"`, `"both sides"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claimed_by: Option<String>,
}

/// The value of a [`Figure`]: a number, or the fact that none was given.
///
/// "Undisclosed" is deliberately not zero.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FigureValue {
    /// A reported number.
    Number(f64),
    /// The parties did not disclose the number.
    Undisclosed,
}

impl Serialize for FigureValue {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            FigureValue::Number(number) if number.fract() == 0.0 && number.abs() < 9e15 => {
                serializer.serialize_i64(*number as i64)
            }
            FigureValue::Number(number) => serializer.serialize_f64(*number),
            FigureValue::Undisclosed => serializer.serialize_str("undisclosed"),
        }
    }
}

/// An event that one side asserts, and whether another disputes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Claim {
    /// Who asserts it, like `"Russia"`; absent when both sides accuse each other.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claimed_by: Option<String>,
    /// Who disputes it, like `"Ukraine"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disputed_by: Option<String>,
    /// The claim and counter-claim in a sentence.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Claim {
    /// Whether anyone disputes the claim.
    pub fn is_contested(&self) -> bool {
        self.disputed_by.is_some()
    }
}

/// How well the cited sources support an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confidence {
    /// Several independent reports agree.
    High,
    /// One report, or reports that differ in detail.
    Medium,
    /// A weak or anonymous source; verify before relying on it.
    Low,
}

words!(Confidence {
    High => "high",
    Medium => "medium",
    Low => "low",
});

/// Written as its word.
impl Serialize for Confidence {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undisclosed_is_written_as_a_word_not_zero() {
        let json = serde_json::to_string(&[
            FigureValue::Undisclosed,
            FigureValue::Number(150.0),
            FigureValue::Number(1.5),
        ])
        .unwrap();
        assert_eq!(json, r#"["undisclosed",150,1.5]"#);
    }
}
