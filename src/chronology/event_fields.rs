//! Reading one event of a document: its dates, lane and title (without which it is left
//! out), and the values it carries — tags, place, figures, the claim it may be, its sources
//! and how well they support it — each bad value named with its path and left out alone.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::event::{EventExtras, EventStanding};
use super::fields::{ignored, wrong_kind, Fields, Refusal};
use super::message::{Expected, Message};
use super::messages::{listed, shortened};
use super::model::{Claim, Confidence, Figure, FigureValue, Lane, Location, TimelineEvent};
use super::report::Problem;
use super::translations::{TextField, Translations};

/// The fields an event object may have.
pub const EVENT_FIELDS: &[&str] = &[
    "id",
    "start",
    "end",
    "approximate",
    "date_as_reported",
    "lane",
    "title",
    "summary",
    "tags",
    "location",
    "figures",
    "claim",
    "sources",
    "confidence",
    "notes",
    "media",
    "updated",
    "correction",
    "withdrawn",
];
const LOCATION_FIELDS: &[&str] = &["name", "lat", "lon"];
const FIGURE_FIELDS: &[&str] = &["label", "value", "unit", "claimed_by"];
const CLAIM_FIELDS: &[&str] = &["claimed_by", "disputed_by", "note"];

/// The event at `path`, and the positions of the sources it cites: its lane must be one of
/// `lanes` (whose ids are `lane_ids`), its sources are looked up in `source_ids`.
pub(super) fn read_event(
    value: &Value,
    path: &str,
    lanes: &[Lane],
    lane_ids: &BTreeSet<String>,
    source_ids: &BTreeMap<String, usize>,
    problems: &mut Vec<Problem>,
) -> Result<(TimelineEvent, Vec<u32>), Refusal> {
    let fields = Fields::of(value, path)?;
    let id = fields.required_text("id")?;
    if id.chars().any(|c| c.is_whitespace() || c.is_control()) || id.len() > 200 {
        return Err(Refusal::new(
            &fields.at("id"),
            Message::UnusableId { id: shortened(&id) },
        ));
    }
    let start = fields.required_date("start")?;
    let end = match fields.get("end") {
        None => None,
        Some(_) => Some(fields.required_date("end")?),
    };
    if let Some(end) = &end {
        fields.end_not_before(&start, end)?;
    }
    let lane = fields.required_text("lane")?;
    if !lane_ids.contains(&lane) {
        let known: Vec<&str> = lanes.iter().map(|l| l.id.as_str()).collect();
        return Err(Refusal::new(
            &fields.at("lane"),
            Message::UnknownLane {
                lane: shortened(&lane),
                known: listed(&known, 10),
            },
        ));
    }
    let mut translations = Translations::default();
    let title = fields.required_texts("title", TextField::Title, &mut translations, problems)?;
    fields.report_unknown(EVENT_FIELDS, problems);
    let tags = fields
        .optional_list("tags", problems)
        .iter()
        .enumerate()
        .filter_map(|(index, tag)| match tag {
            Value::String(text) if !text.trim().is_empty() => Some(text.trim().to_owned()),
            other => {
                problems.push(ignored(
                    &format!("{path}.tags[{index}]"),
                    wrong_kind(other, Expected::Tag),
                ));
                None
            }
        })
        .collect();
    let confidence = fields
        .optional_text("confidence", problems)
        .and_then(|word| match word.parse::<Confidence>() {
            Ok(confidence) => Some(confidence),
            Err(_) => {
                problems.push(ignored(
                    &fields.at("confidence"),
                    Message::NotOneOf {
                        word: shortened(&word),
                        choices: Confidence::word_list(),
                    },
                ));
                None
            }
        });
    let (sources, cited): (Vec<String>, Vec<u32>) = fields
        .optional_list("sources", problems)
        .iter()
        .enumerate()
        .filter_map(|(index, reference)| {
            let at = || format!("{path}.sources[{index}]");
            match reference {
                Value::String(id) => match source_ids.get(id) {
                    Some(&position) => Some((id.clone(), position as u32)),
                    None => {
                        problems.push(ignored(&at(), Message::UnknownSource { id: shortened(id) }));
                        None
                    }
                },
                other => {
                    problems.push(ignored(&at(), wrong_kind(other, Expected::SourceId)));
                    None
                }
            }
        })
        .unzip();
    // Read in the order the format lists the fields, so problems are named in that order.
    let approximate = fields.optional_flag("approximate", problems);
    let date_as_reported = fields.optional_text("date_as_reported", problems);
    let summary = fields
        .optional_texts("summary", TextField::Summary, &mut translations, problems)
        .unwrap_or_default();
    let location = read_location(&fields, problems);
    let media = super::media::read_media(&fields, problems);
    let figures = read_figures(&fields, &mut translations, problems);
    let claim = read_claim(&fields, problems);
    let notes = fields
        .optional_texts("notes", TextField::Notes, &mut translations, problems)
        .unwrap_or_default();
    let extras = EventExtras {
        media,
        translations,
        updated: fields.optional_date("updated", problems),
        correction: fields
            .optional_text("correction", problems)
            .unwrap_or_default(),
        standing: read_standing(&fields, problems),
    };
    let event = TimelineEvent {
        id,
        start,
        end,
        approximate,
        date_as_reported,
        lane,
        title,
        summary,
        tags,
        location,
        extras: extras.boxed(),
        figures,
        claim,
        sources,
        confidence,
        notes,
    };
    Ok((event, cited))
}

/// `withdrawn`: `true`, or the reason as text; `false` or nothing is an event that stands.
fn read_standing(event: &Fields, problems: &mut Vec<Problem>) -> EventStanding {
    match event.get("withdrawn") {
        None | Some(Value::Bool(false)) => EventStanding::Current,
        Some(Value::Bool(true)) => EventStanding::Withdrawn {
            reason: String::new(),
        },
        Some(Value::String(reason)) => EventStanding::Withdrawn {
            reason: reason.trim().to_owned(),
        },
        Some(other) => {
            problems.push(ignored(
                &event.at("withdrawn"),
                wrong_kind(other, Expected::Withdrawal),
            ));
            EventStanding::Current
        }
    }
}

fn read_location(event: &Fields, problems: &mut Vec<Problem>) -> Option<Location> {
    let value = event.get("location")?;
    let path = event.at("location");
    match value {
        Value::String(name) if name.trim().is_empty() => None,
        Value::String(name) => Some(Location {
            name: name.trim().to_owned(),
            lat: None,
            lon: None,
        }),
        value => {
            let fields = Fields::object(value, &path, LOCATION_FIELDS, problems)?;
            let name = match fields.required_text("name") {
                Ok(name) => name,
                Err(refusal) => {
                    problems.push(ignored(&refusal.path, refusal.reason));
                    return None;
                }
            };
            let mut coordinate = |key: &str, limit: f64| match fields.get(key) {
                None => None,
                Some(Value::Number(n)) => match n.as_f64() {
                    Some(degrees) if degrees.abs() <= limit => Some(degrees),
                    _ => {
                        problems.push(ignored(
                            &fields.at(key),
                            Message::OutOfDegrees {
                                number: n.to_string(),
                                limit: limit as i32,
                            },
                        ));
                        None
                    }
                },
                Some(other) => {
                    problems.push(ignored(
                        &fields.at(key),
                        wrong_kind(other, Expected::Degrees),
                    ));
                    None
                }
            };
            let lat = coordinate("lat", 90.0);
            let lon = coordinate("lon", 180.0);
            let (lat, lon) = match (lat, lon) {
                (Some(lat), Some(lon)) => (Some(lat), Some(lon)),
                _ => (None, None),
            };
            Some(Location { name, lat, lon })
        }
    }
}

fn read_figures(
    event: &Fields,
    translations: &mut Translations,
    problems: &mut Vec<Problem>,
) -> Vec<Figure> {
    let items = event.optional_list("figures", problems);
    let mut figures = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        let path = format!("{}.figures[{index}]", event.path);
        let figure = Fields::of(item, &path).and_then(|fields| {
            fields.report_unknown(FIGURE_FIELDS, problems);
            // Kept only if the figure is: a refused figure's place goes to the next one.
            let mut label_texts = Translations::default();
            let label = fields.required_texts(
                "label",
                TextField::FigureLabel(figures.len()),
                &mut label_texts,
                problems,
            )?;
            let value = match fields.get("value") {
                None => None,
                Some(Value::Number(n)) => n.as_f64().map(FigureValue::Number),
                Some(Value::String(word)) if word.trim() == "undisclosed" => {
                    Some(FigureValue::Undisclosed)
                }
                Some(other) => {
                    return Err(Refusal::new(
                        &fields.at("value"),
                        wrong_kind(other, Expected::FigureValue),
                    ))
                }
            };
            let figure = Figure {
                label,
                value,
                unit: fields.optional_text("unit", problems),
                claimed_by: fields.optional_text("claimed_by", problems),
            };
            Ok((figure, label_texts))
        });
        match figure {
            Ok((figure, label_texts)) => {
                translations.append(label_texts);
                figures.push(figure);
            }
            Err(refusal) => problems.push(ignored(&refusal.path, refusal.reason)),
        }
    }
    figures
}

fn read_claim(event: &Fields, problems: &mut Vec<Problem>) -> Option<Claim> {
    let value = event.get("claim")?;
    let path = event.at("claim");
    let fields = Fields::object(value, &path, CLAIM_FIELDS, problems)?;
    let claim = Claim {
        claimed_by: fields.optional_text("claimed_by", problems),
        disputed_by: fields.optional_text("disputed_by", problems),
        note: fields.optional_text("note", problems).unwrap_or_default(),
    };
    if claim.claimed_by.is_none() && claim.disputed_by.is_none() && claim.note.is_empty() {
        problems.push(ignored(&path, Message::EmptyClaim));
        return None;
    }
    Some(claim)
}
