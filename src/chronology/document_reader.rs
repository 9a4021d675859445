//! Reading what a document holds, item by item: its own fields and lanes here, each source
//! (`source_fields.rs`) and event (`event_fields.rs`) checked against those read before it,
//! every bad one named with its JSON path and a reason, everything valid kept; a value that
//! cannot be read drops that value, not its item. What was read becomes the chronology and
//! the report of its problems.
//!
//! [`crate::chronology::ChronologyReader`] (in `chronology_reader.rs`) walks the document and
//! hands each item to the [`DocumentReader`] here; the warnings for editors are in `quality.rs`.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use super::chronology_index::Citations;
use super::event_fields::read_event;
use super::fields::{ignored, Fields, Refusal};
use super::json_text::Unreadable;
use super::live::{LiveOptions, LIVE_POLL_SECONDS};
use super::message::{Expected, Found, Message};
use super::messages::shortened;
use super::model::{Chronology, DocumentInfo, Era, Lane, Source, TimelineEvent, FORMAT_VERSION};
use super::quality::{source_warnings, sourcing_warning};
use super::report::{
    LoadError, LoadReport, Problem, ProblemCounts, ProblemEffect, MAX_LISTED_PROBLEMS,
};
use super::source_fields::read_source;
use super::translations::{TextField, Translations};

/// The most events the viewer holds; a document with more shows the first this many of the
/// file and says how many it left out.
pub const MAX_EVENTS: usize = 200_000;

const DOCUMENT_FIELDS: &[&str] = &[
    "format_version",
    "title",
    "description",
    "language",
    "publisher",
    "updated",
    "live",
    "lanes",
    "eras",
    "sources",
    "events",
];
const LIVE_FIELDS: &[&str] = &["poll_seconds"];
const LANE_FIELDS: &[&str] = &["id", "label"];
const ERA_FIELDS: &[&str] = &["label", "start", "end"];

/// What has been read so far, and the lookups the next items are checked against (ordered
/// maps: no hash that crafted ids could make collide).
#[derive(Default)]
pub(crate) struct DocumentReader {
    problems: Vec<Problem>,
    counts: ProblemCounts,
    listed_errors: usize,
    listed_warnings: usize,
    about: DocumentInfo,
    lanes: Vec<Lane>,
    eras: Vec<Era>,
    lane_ids: BTreeSet<String>,
    pub(crate) sources: Vec<Source>,
    source_ids: BTreeMap<String, usize>,
    pub(crate) events: Vec<TimelineEvent>,
    /// The positions of each accepted event's sources, so they are not looked up again.
    citations: Citations,
    /// For each event id, the index in the document of its first event.
    event_ids: BTreeMap<String, usize>,
}

impl DocumentReader {
    /// Lists a problem, or only counts it once the list is long enough.
    pub(crate) fn push(&mut self, problem: Problem) {
        self.counts.add(problem.effect);
        let listed = if problem.effect == ProblemEffect::Warning {
            &mut self.listed_warnings
        } else {
            &mut self.listed_errors
        };
        if *listed < MAX_LISTED_PROBLEMS {
            *listed += 1;
            self.problems.push(problem);
        }
    }

    fn push_all(&mut self, problems: Vec<Problem>) {
        for problem in problems {
            self.push(problem);
        }
    }

    fn refuse(&mut self, refusal: Refusal, effect: ProblemEffect) {
        self.push(Problem {
            path: refusal.path,
            reason: refusal.reason,
            effect,
        });
    }

    pub(crate) fn note_unreadable(&mut self, unreadable: Vec<Unreadable>) {
        for value in unreadable {
            self.push(ignored(&value.path, value.reason));
        }
    }

    pub(crate) fn note_events_left_out(&mut self, total: usize, from: usize) {
        self.push(Problem {
            path: format!("events[{from}]"),
            reason: Message::TooManyEvents {
                limit: MAX_EVENTS,
                left_out: total - from,
                total,
            },
            effect: ProblemEffect::EventSkipped,
        });
        // Each left-out event counts, as a skipped event would.
        self.counts.events_skipped += total - from - 1;
    }

    /// The document's own fields. `has_source_list` says whether `sources` was a list (read
    /// item by item afterwards).
    pub(crate) fn read_root(
        &mut self,
        root: &Map<String, Value>,
        has_source_list: bool,
    ) -> Result<(), LoadError> {
        let document = Fields {
            path: "",
            map: root,
        };
        let mut problems = Vec::new();
        match document.get("format_version") {
            None => problems.push(ignored(
                "format_version",
                Message::VersionMissing {
                    version: FORMAT_VERSION,
                },
            )),
            Some(Value::Number(n)) if n.as_u64() == Some(u64::from(FORMAT_VERSION)) => {}
            Some(other) => {
                return Err(LoadError::UnsupportedVersion {
                    found: Found::of(other).to_string(),
                })
            }
        }
        let mut known: Vec<&str> = DOCUMENT_FIELDS.to_vec();
        if has_source_list {
            known.retain(|field| *field != "sources");
        }
        document.report_unknown(&known, &mut problems);
        let mut translations = Translations::default();
        let title = document
            .optional_texts("title", TextField::Title, &mut translations, &mut problems)
            .unwrap_or_default();
        let description = document
            .optional_texts(
                "description",
                TextField::Description,
                &mut translations,
                &mut problems,
            )
            .unwrap_or_default();
        let mut text = |key: &str| {
            document
                .optional_text(key, &mut problems)
                .unwrap_or_default()
        };
        self.about = DocumentInfo {
            title,
            description,
            language: text("language"),
            publisher: text("publisher"),
            updated: document.optional_date("updated", &mut problems),
            live: read_live(&document, &mut problems),
            translations: (!translations.is_empty()).then(|| Box::new(translations)),
        };
        if !has_source_list {
            // Anything but a list is named and read as no sources.
            document.optional_list("sources", &mut problems);
        }
        self.push_all(problems);
        self.lanes = self.read_lanes(document.get("lanes"));
        self.eras = self.read_eras(document.get("eras"));
        for lane in &self.lanes {
            self.lane_ids.insert(lane.id.clone());
        }
        Ok(())
    }

    pub(crate) fn read_source_item(&mut self, item: &Value, path: &str) {
        let mut problems = Vec::new();
        let source = read_source(item, path, &self.source_ids, &mut problems);
        self.push_all(problems);
        match source {
            Ok(mut source) => {
                source.locate_quote();
                for warning in source_warnings(&source, path) {
                    self.push(warning);
                }
                self.source_ids
                    .insert(source.id.clone(), self.sources.len());
                self.sources.push(source);
            }
            Err(refusal) => self.refuse(refusal, ProblemEffect::SourceSkipped),
        }
    }

    pub(crate) fn read_event_item(&mut self, item: &Value, path: &str, index: usize) {
        let mut problems = Vec::new();
        let event = read_event(
            item,
            path,
            &self.lanes,
            &self.lane_ids,
            &self.source_ids,
            &mut problems,
        );
        self.push_all(problems);
        match event {
            Ok((event, cited)) => {
                if let Some(first) = self.event_ids.get(&event.id) {
                    let reason = Message::DuplicateEventId {
                        id: shortened(&event.id),
                        first: *first,
                    };
                    self.refuse(
                        Refusal::new(&format!("{path}.id"), reason),
                        ProblemEffect::EventSkipped,
                    );
                } else {
                    self.event_ids.insert(event.id.clone(), index);
                    let sources = cited.iter().map(|&source| &self.sources[source as usize]);
                    if let Some(warning) = sourcing_warning(&event, path, sources) {
                        self.push(warning);
                    }
                    self.citations.add(&cited);
                    self.events.push(event);
                }
            }
            Err(refusal) => self.refuse(refusal, ProblemEffect::EventSkipped),
        }
    }

    pub(crate) fn into_report(self) -> LoadReport {
        let DocumentReader {
            problems,
            counts,
            about,
            lanes,
            eras,
            sources,
            events,
            citations,
            listed_errors: _,
            listed_warnings: _,
            lane_ids,
            source_ids,
            event_ids,
        } = self;
        // The lookups of reading go before the chronology builds its own.
        drop((lane_ids, source_ids, event_ids));
        LoadReport {
            chronology: Chronology::with_citations(about, lanes, sources, events, citations)
                .with_eras(eras),
            problems,
            counts,
        }
    }

    /// The document's eras; one that cannot be read is left out and named.
    fn read_eras(&mut self, value: Option<&Value>) -> Vec<Era> {
        let items = match value {
            None | Some(Value::Null) => return Vec::new(),
            Some(Value::Array(items)) => items,
            Some(other) => {
                self.push(ignored(
                    "eras",
                    Message::ErasNotList {
                        found: Found::of(other),
                    },
                ));
                return Vec::new();
            }
        };
        let mut eras = Vec::new();
        for (index, item) in items.iter().enumerate() {
            let path = format!("eras[{index}]");
            let mut problems = Vec::new();
            let era = Fields::of(item, &path).and_then(|fields| {
                fields.report_unknown(ERA_FIELDS, &mut problems);
                let mut translations = Translations::default();
                let label = fields.required_texts(
                    "label",
                    TextField::Label,
                    &mut translations,
                    &mut problems,
                )?;
                let start = fields.required_date("start")?;
                let end = fields.required_date("end")?;
                fields.end_not_before(&start, &end)?;
                Ok(Era {
                    label,
                    start,
                    end,
                    translations: (!translations.is_empty()).then(|| Box::new(translations)),
                })
            });
            self.push_all(problems);
            match era {
                Ok(era) => eras.push(era),
                Err(refusal) => self.refuse(refusal, ProblemEffect::ValueIgnored),
            }
        }
        eras
    }

    fn read_lanes(&mut self, value: Option<&Value>) -> Vec<Lane> {
        let items = match value {
            None => return Lane::defaults(),
            Some(Value::Array(items)) => items,
            Some(other) => {
                self.push(ignored(
                    "lanes",
                    Message::LanesNotList {
                        found: Found::of(other),
                    },
                ));
                return Lane::defaults();
            }
        };
        let mut lanes: Vec<Lane> = Vec::new();
        let mut ids = BTreeSet::new();
        for (index, item) in items.iter().enumerate() {
            let path = format!("lanes[{index}]");
            let mut problems = Vec::new();
            let lane = Fields::of(item, &path).and_then(|fields| {
                fields.report_unknown(LANE_FIELDS, &mut problems);
                let id = fields.required_text("id")?;
                if ids.contains(&id) {
                    return Err(Refusal::new(
                        &fields.at("id"),
                        Message::DuplicateLaneId { id: shortened(&id) },
                    ));
                }
                let mut translations = Translations::default();
                let label = fields.optional_texts(
                    "label",
                    TextField::Label,
                    &mut translations,
                    &mut problems,
                );
                Ok(Lane {
                    label: label.unwrap_or_else(|| id.clone()),
                    id,
                    translations: (!translations.is_empty()).then(|| Box::new(translations)),
                })
            });
            self.push_all(problems);
            match lane {
                Ok(lane) => {
                    ids.insert(lane.id.clone());
                    lanes.push(lane);
                }
                Err(refusal) => self.refuse(refusal, ProblemEffect::LaneSkipped),
            }
        }
        if lanes.is_empty() {
            Lane::defaults()
        } else {
            lanes
        }
    }
}

/// The document's `live` option: `{"poll_seconds": 60}`, the seconds within
/// [`LIVE_POLL_SECONDS`]; anything else is named and read as no option.
fn read_live(document: &Fields, problems: &mut Vec<Problem>) -> Option<LiveOptions> {
    let value = document.get("live")?;
    let path = document.at("live");
    let live = Fields::object(value, &path, LIVE_FIELDS, problems)?;
    let seconds = live.get("poll_seconds")?;
    let poll_seconds = seconds
        .as_u64()
        .and_then(|seconds| u32::try_from(seconds).ok())
        .filter(|seconds| LIVE_POLL_SECONDS.contains(seconds));
    if poll_seconds.is_none() {
        problems.push(ignored(
            &live.at("poll_seconds"),
            Message::WrongKind {
                found: Found::of(seconds),
                expected: Expected::PollSeconds,
            },
        ));
    }
    Some(LiveOptions {
        poll_seconds: poll_seconds?,
    })
}

#[cfg(test)]
mod tests;
