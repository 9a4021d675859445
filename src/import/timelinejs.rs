//! A TimelineJS document (its JSON format: `title`, `events` of slides with `start_date`
//! objects and HTML `text`, `eras`) as an event-format document.
//!
//! Each slide becomes an event: `unique_id` its id, the date objects its dates at the
//! precision they give, `text.headline` and `text.text` (HTML) its title and summary as plain
//! text, `group` its lane, `display_date` the date as reported. Links in the text become the
//! event's sources; eras become the document's eras. What the event format has no place for
//! yet (media, backgrounds) is named as left out, as is every HTML tag and attribute dropped.

use serde_json::{json, Map, Value};

use crate::chronology::{host_of, EventDate, Message, Problem, ProblemEffect};

use super::html_text::{plain_text, PlainText};
use super::{ImportedDocument, InputLanes, PlaceNaming};

/// Where each event field comes from in a slide.
const EVENT_FIELDS: &[(&str, &str)] = &[
    ("id", "unique_id"),
    ("start", "start_date"),
    ("end", "end_date"),
    ("date_as_reported", "display_date"),
    ("lane", "group"),
    ("title", "text.headline"),
    ("summary", "text.text"),
    ("sources", "text.text"),
    ("media", "media"),
];

/// Where each event field comes from in TimelineJS's sheet.
const SHEET_EVENT_COLUMNS: &[(&str, &str)] = &[
    ("start", "Year"),
    ("end", "End Year"),
    ("date_as_reported", "Display Date"),
    ("lane", "Group"),
    ("title", "Headline"),
    ("summary", "Text"),
    ("sources", "Text"),
    ("media", "Media"),
];

/// A link's source comes from the sheet's Text column.
const SHEET_SOURCE_COLUMNS: &[(&str, &str)] = &[
    ("id", "Text"),
    ("publisher", "Text"),
    ("title", "Text"),
    ("url", "Text"),
];

/// A link's source comes from the slide's text.
const SOURCE_FIELDS: &[(&str, &str)] = &[
    ("id", "text.text"),
    ("publisher", "text.text"),
    ("title", "text.text"),
    ("url", "text.text"),
];

/// The years the viewer's calendar holds.
const YEARS: std::ops::RangeInclusive<i64> = -9999..=9999;

/// Whether `input` is a TimelineJS document rather than one in the event format: an object
/// with an `events` list, no `format_version`, and slides with `start_date` or `text`
/// objects (or a title slide, eras or a scale).
///
/// # Example
/// ```
/// use chronoline::import::is_timelinejs;
/// let timelinejs = serde_json::json!({"events": [{"start_date": {"year": 2022}}]});
/// let ours = serde_json::json!({"format_version": 1, "events": [{"start": "2022"}]});
/// assert!(is_timelinejs(&timelinejs));
/// assert!(!is_timelinejs(&ours));
/// ```
pub fn is_timelinejs(input: &Value) -> bool {
    let Some(top) = input.as_object() else {
        return false;
    };
    let Some(events) = top.get("events").and_then(Value::as_array) else {
        return false;
    };
    let slide_like = |event: &Value| {
        event.get("start_date").is_some_and(Value::is_object)
            || event.get("text").is_some_and(Value::is_object)
    };
    !top.contains_key("format_version")
        && (events.iter().any(slide_like)
            || top.get("title").is_some_and(Value::is_object)
            || top.contains_key("eras")
            || top.contains_key("scale"))
}

/// Converts a TimelineJS document into an event-format document. Read the result with
/// [`ImportedDocument::read`]: problems are named by the input's JSON path
/// (`events[3].start_date`).
///
/// # Errors
/// A [`Problem`] for the whole input when it has no `events` list.
///
/// # Example
/// ```
/// use chronoline::import::import_timelinejs;
/// let input = serde_json::json!({
///     "title": {"text": {"headline": "Talks", "text": "<p>Rounds of talks</p>"}},
///     "events": [
///         {"start_date": {"year": "2025", "month": "5", "day": "16"},
///          "text": {"headline": "Istanbul talks", "text": "<b>First</b> direct talks"},
///          "group": "Talks"},
///         {"start_date": {"year": 2025, "month": 13}, "text": {"headline": "Bad month"}}]});
/// let report = import_timelinejs(&input).unwrap().read().unwrap();
/// assert_eq!(report.chronology.about.title, "Talks");
/// let event = &report.chronology.events[0];
/// assert_eq!((event.start.to_string().as_str(), event.summary.as_str()), ("2025-05-16", "First direct talks"));
/// assert!(report.problems.iter().any(|p| p.path == "events[1].start_date"));
/// ```
pub fn import_timelinejs(input: &Value) -> Result<ImportedDocument, Problem> {
    convert_slides(input, &SlideOrigins::Json)
}

/// Where a TimelineJS document's slides came from, to name their problems there.
pub(super) enum SlideOrigins<'a> {
    /// TimelineJS's JSON: by JSON path.
    Json,
    /// TimelineJS's sheet: by line and column (see `super::timelinejs_sheet`).
    Sheet {
        /// The line of the title row (0 when there is none).
        title_line: usize,
        /// The line of each era row, in order.
        era_lines: &'a [usize],
        /// The line of each slide, in order.
        slide_lines: &'a [usize],
    },
}

impl SlideOrigins<'_> {
    /// The order of slide `index` in the input (see [`super::InputPlaces`]).
    fn order(&self, index: usize) -> usize {
        match self {
            SlideOrigins::Json => index + 1,
            SlideOrigins::Sheet { slide_lines, .. } => slide_lines.get(index).copied().unwrap_or(0),
        }
    }

    /// The order of era `index` in the input: before the events for JSON (whose eras come in
    /// a list of their own), its line for a sheet.
    fn era_order(&self, index: usize) -> usize {
        match self {
            SlideOrigins::Json => 0,
            SlideOrigins::Sheet { era_lines, .. } => era_lines.get(index).copied().unwrap_or(0),
        }
    }

    /// The input's name for `field` of era `index`.
    fn era_place(&self, index: usize, field: &str) -> String {
        match self {
            SlideOrigins::Json => format!("eras[{index}].{field}"),
            SlideOrigins::Sheet { .. } => {
                format!(
                    "line {}, column {}",
                    self.era_order(index),
                    sheet_column(field)
                )
            }
        }
    }

    /// The input's name for `field` (a path in a TimelineJS slide, such as `start_date.hour`)
    /// of slide `index`, or of the title slide when `None`.
    fn place(&self, index: Option<usize>, field: &str) -> String {
        match (self, index) {
            (SlideOrigins::Json, Some(index)) => format!("events[{index}].{field}"),
            (SlideOrigins::Json, None) => format!("title.{field}"),
            (SlideOrigins::Sheet { title_line, .. }, None) => {
                format!("line {title_line}, column {}", sheet_column(field))
            }
            (SlideOrigins::Sheet { .. }, Some(index)) => {
                format!("line {}, column {}", self.order(index), sheet_column(field))
            }
        }
    }
}

/// The TimelineJS sheet's column for a field of a slide.
pub(super) fn sheet_column(field: &str) -> &'static str {
    match field {
        "start_date.month" => "Month",
        "start_date.day" => "Day",
        "start_date.hour" => "Time",
        "end_date" | "end_date.year" => "End Year",
        "end_date.month" => "End Month",
        "end_date.day" => "End Day",
        "end_date.hour" => "End Time",
        "display_date" => "Display Date",
        "text.headline" => "Headline",
        "text.text" => "Text",
        "media" => "Media",
        "group" => "Group",
        "background" => "Background",
        _ => "Year",
    }
}

/// Converts a TimelineJS document (from its JSON, or built from its sheet) whose slides came
/// from `origins`.
pub(super) fn convert_slides(
    input: &Value,
    origins: &SlideOrigins,
) -> Result<ImportedDocument, Problem> {
    let Some(slides) = input.get("events").and_then(Value::as_array) else {
        return Err(Problem {
            path: "events".into(),
            reason: Message::TimelineWithoutEvents,
            effect: ProblemEffect::EventSkipped,
        });
    };
    let mut imported = match origins {
        SlideOrigins::Json => ImportedDocument::new(PlaceNaming::Json, EVENT_FIELDS, SOURCE_FIELDS),
        SlideOrigins::Sheet { .. } => ImportedDocument::new(
            PlaceNaming::Sheet,
            SHEET_EVENT_COLUMNS,
            SHEET_SOURCE_COLUMNS,
        ),
    };
    let mut note = |order: usize, path: String, reason: Message, effect: ProblemEffect| {
        imported.places.problems.push((
            order,
            Problem {
                path,
                reason,
                effect,
            },
        ));
    };
    let mut about = Map::new();
    if let Some(title) = input.get("title") {
        let place = |field: &str| origins.place(None, field);
        let headline = html_field(
            title,
            "/text/headline",
            &place("text.headline"),
            0,
            &mut note,
        );
        let text = html_field(title, "/text/text", &place("text.text"), 0, &mut note);
        about.insert("title".into(), Value::from(headline.text));
        about.insert("description".into(), Value::from(text.text));
        left_out(title, &["media", "background"], &place, 0, &mut note);
    }
    let mut eras = Vec::new();
    let listed_eras = input.get("eras").and_then(Value::as_array);
    for (index, era) in listed_eras.into_iter().flatten().enumerate() {
        let place = |field: &str| origins.era_place(index, field);
        let order = origins.era_order(index);
        let label = html_field(
            era,
            "/text/headline",
            &place("text.headline"),
            order,
            &mut note,
        );
        let date = |field: &str| match era.get(field).filter(|date| !date.is_null()) {
            None => Err((field.to_owned(), Message::EraWithoutDates)),
            Some(date) => date_text(date)
                .map(|(text, _)| text)
                .map_err(|reason| (field.to_owned(), reason)),
        };
        let checked = date("start_date").and_then(|start| {
            let end = date("end_date")?;
            let (Ok(first), Ok(last)) = (EventDate::parse(&start), EventDate::parse(&end)) else {
                return Err((
                    "start_date".into(),
                    Message::NotAPeriod {
                        start: start.clone(),
                        end: end.clone(),
                    },
                ));
            };
            if last.ends_before(&first) {
                return Err((
                    "end_date".into(),
                    Message::EndBeforeStart {
                        start: start.clone(),
                        end: end.clone(),
                    },
                ));
            }
            Ok((start, end))
        });
        match checked {
            Ok(_) if label.text.is_empty() => note(
                order,
                place("text.headline"),
                Message::EraWithoutHeadline,
                ProblemEffect::ValueIgnored,
            ),
            Ok((start, end)) => {
                eras.push(
                    json!({"label": label.text.replace('\n', " "), "start": start, "end": end}),
                );
            }
            Err((field, reason)) => note(order, place(&field), reason, ProblemEffect::ValueIgnored),
        }
    }
    if !eras.is_empty() {
        about.insert("eras".into(), Value::Array(eras));
    }
    let mut lanes = InputLanes::default();
    let mut events = Vec::new();
    let mut sources = Vec::new();
    for (index, slide) in slides.iter().enumerate() {
        let order = origins.order(index);
        let at = |field: &str| origins.place(Some(index), field);
        let mut event = Map::new();
        let id = text_of(slide.get("unique_id")).unwrap_or_else(|| format!("event-{order}"));
        event.insert("id".into(), Value::from(id.clone()));
        let mut dated = true;
        for (ours, theirs) in [("start", "start_date"), ("end", "end_date")] {
            let Some(date) = slide.get(theirs).filter(|date| !date.is_null()) else {
                continue;
            };
            match date_text(date) {
                Ok((text, time)) => {
                    event.insert(ours.into(), Value::from(text));
                    if let Some(time) = time {
                        note(
                            order,
                            at(&format!("{theirs}.hour")),
                            Message::TimeWithoutZone { time },
                            ProblemEffect::ValueIgnored,
                        );
                    }
                }
                Err(reason) if ours == "start" => {
                    note(order, at(theirs), reason, ProblemEffect::EventSkipped);
                    dated = false;
                }
                Err(reason) => note(order, at(theirs), reason, ProblemEffect::ValueIgnored),
            }
        }
        if !dated {
            continue;
        }
        let display = slide
            .get("display_date")
            .or_else(|| slide.pointer("/start_date/display_date"));
        if let Some(display) = text_of(display).map(|text| plain_text(&text).text) {
            event.insert("date_as_reported".into(), Value::from(display));
        }
        let group = text_of(slide.get("group")).map(|group| plain_text(&group).text);
        event.insert("lane".into(), Value::from(lane_id(&mut lanes, group)));
        let headline = html_field(
            slide,
            "/text/headline",
            &at("text.headline"),
            order,
            &mut note,
        );
        let text = html_field(slide, "/text/text", &at("text.text"), order, &mut note);
        event.insert(
            "title".into(),
            Value::from(headline.text.replace('\n', " ")),
        );
        if !text.text.is_empty() {
            event.insert("summary".into(), Value::from(text.text));
        }
        let mut cited = Vec::new();
        for link in headline.links.into_iter().chain(text.links) {
            let source_id = format!("{id}-link-{}", cited.len() + 1);
            let publisher = host_of(&link.url).unwrap_or_else(|| link.label.clone());
            let mut source = json!({"id": source_id, "publisher": publisher, "url": link.url});
            if !link.label.is_empty() {
                source["title"] = Value::from(link.label);
            }
            sources.push(source);
            imported.places.source_origins.push(order);
            cited.push(Value::from(source_id));
        }
        if !cited.is_empty() {
            event.insert("sources".into(), Value::Array(cited));
        }
        if let Some(media) = slide.get("media").filter(|media| !media.is_null()) {
            event.insert("media".into(), media_of(media));
        }
        left_out(slide, &["background"], &at, order, &mut note);
        events.push(Value::Object(event));
        imported.places.event_origins.push(order);
    }
    about.insert("format_version".into(), json!(1));
    about.insert("lanes".into(), lanes.into_json());
    about.insert("sources".into(), Value::Array(sources));
    about.insert("events".into(), Value::Array(events));
    imported.document = Value::Object(about);
    Ok(imported)
}

/// The HTML at `pointer` in `slide` as plain text, noting at `path` how much HTML was dropped.
fn html_field(
    slide: &Value,
    pointer: &str,
    path: &str,
    order: usize,
    note: &mut impl FnMut(usize, String, Message, ProblemEffect),
) -> PlainText {
    let Some(html) = text_of(slide.pointer(pointer)) else {
        return PlainText::default();
    };
    let plain = plain_text(&html);
    let (tags, attributes) = (plain.dropped_tags, plain.dropped_attributes);
    if tags + attributes > 0 {
        note(
            order,
            path.to_owned(),
            Message::HtmlDropped { tags, attributes },
            ProblemEffect::Warning,
        );
    }
    plain
}

/// Notes what a slide has that the event format has no place for yet; `place` names a
/// field of the slide.
fn left_out(
    slide: &Value,
    fields: &[&str],
    place: &dyn Fn(&str) -> String,
    order: usize,
    note: &mut impl FnMut(usize, String, Message, ProblemEffect),
) {
    for &field in fields {
        if slide.get(field).is_some_and(|value| !value.is_null()) {
            note(
                order,
                place(field),
                Message::NotShownYet {
                    field: field.to_owned(),
                },
                ProblemEffect::ValueIgnored,
            );
        }
    }
}

/// A slide's media object as the event format's: its link (which the validator checks: an
/// embed code instead of a link is named and dropped), caption and credit as plain text, and
/// its alt text.
fn media_of(media: &Value) -> Value {
    let text = |key: &str| text_of(media.get(key)).map(|html| plain_text(&html).text);
    let mut converted = Map::new();
    converted.insert(
        "url".into(),
        Value::from(text_of(media.get("url")).unwrap_or_default()),
    );
    for (ours, theirs) in [("caption", "caption"), ("credit", "credit"), ("alt", "alt")] {
        if let Some(value) = text(theirs).filter(|value| !value.is_empty()) {
            converted.insert(ours.into(), Value::from(value));
        }
    }
    Value::Object(converted)
}

/// A string, or a number written as text; `None` for anything else or an empty string.
fn text_of(value: Option<&Value>) -> Option<String> {
    let text = match value? {
        Value::String(text) => text.trim().to_owned(),
        Value::Number(number) => number.to_string(),
        _ => return None,
    };
    (!text.is_empty()).then_some(text)
}

/// The lane id for a slide's group, adding the group as a lane the first time (its id a slug
/// of its label); slides without a group share one lane.
fn lane_id(lanes: &mut InputLanes, group: Option<String>) -> String {
    let label = group.unwrap_or_default();
    lanes.id_for(&label, |lanes| {
        let slug: String = crate::chronology::lower_case(&label)
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '-' })
            .collect();
        let slug = slug
            .split('-')
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        let base = if slug.is_empty() {
            "events".to_owned()
        } else {
            slug
        };
        let mut id = base.clone();
        let mut n = 1;
        while lanes.has_id(&id) {
            n += 1;
            id = format!("{base}-{n}");
        }
        id
    })
}

/// A TimelineJS date object as an event-format date at the precision it gives, and the time
/// of day it gives (which has no time zone) when it gives one.
fn date_text(date: &Value) -> Result<(String, Option<String>), Message> {
    // Whole numbers by integer parsing: `str::parse::<f64>` would bring the float parser
    // (about 20 KB of wasm) for years written as text.
    let part = |name: &str| -> Result<Option<i64>, Message> {
        let Some(text) = text_of(date.get(name)) else {
            return Ok(None);
        };
        let whole = match date.get(name) {
            Some(Value::Number(number)) => number.as_i64(),
            _ => text.parse::<i64>().ok(),
        };
        whole.map(Some).ok_or_else(|| Message::NotAWholeNumber {
            part: name.to_owned(),
            text: crate::chronology::shortened(&text),
        })
    };
    if !date.is_object() {
        return Err(Message::DateNotAnObject);
    }
    let Some(year) = part("year")? else {
        return Err(Message::DateWithoutYear);
    };
    if !YEARS.contains(&year) {
        let reason = if year.abs() >= 1_000_000 {
            Message::YearTooFar { year }
        } else {
            Message::YearOutOfRange { year }
        };
        return Err(reason);
    }
    // ISO 8601's form, as the event format writes years: `-0043` before the common era.
    let year_text = if year < 0 {
        format!("-{:04}", year.unsigned_abs())
    } else {
        format!("{year:04}")
    };
    let (month, day) = (part("month")?, part("day")?);
    let text = match (month, day) {
        (None, None) => year_text,
        (Some(month), None) => format!("{year_text}-{month:02}"),
        (Some(month), Some(day)) => format!("{year_text}-{month:02}-{day:02}"),
        (None, Some(_)) => return Err(Message::DayWithoutMonth),
    };
    let time = text_of(date.get("hour"))
        .filter(|_| day.is_some())
        .map(|hour| match (part("hour"), part("minute")) {
            (Ok(Some(hour)), Ok(minute)) => format!("{hour:02}:{:02}", minute.unwrap_or(0)),
            _ => hour,
        });
    Ok((text, time))
}

#[cfg(test)]
mod tests;
