//! What changed between two versions of a chronology — the one a reader has open and the one
//! a live update fetched: events added, events changed (each changed field with its old and
//! new text, so a reader can see a corrected figure side by side), withdrawn, removed. Events are
//! matched by id through the chronologies' own indices, so a diff of 100,000 events costs a
//! lookup per event, not a scan.

use super::model::{Chronology, EventStanding, FigureValue, TimelineEvent};

/// The difference between two versions of a chronology, by event id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChronologyDiff {
    /// Ids of the events only the newer version has, in its time order.
    pub added: Vec<String>,
    /// The events both have that differ, in the newer version's time order.
    pub changed: Vec<EventChange>,
    /// Ids of the events the newer version withdraws that stood in the older, in its time
    /// order.
    pub withdrawn: Vec<String>,
    /// Ids of the events only the older version has, in its time order.
    pub removed: Vec<String>,
}

/// One event that differs between two versions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventChange {
    /// The event's id.
    pub id: String,
    /// Each field that differs, in the format's order.
    pub fields: Vec<FieldChange>,
}

/// One field of an event, before and after, as text a reader can compare.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldChange {
    /// The event-format name of the field: `title`, `figures`, …
    pub field: &'static str,
    /// The field in the older version (empty when it had none).
    pub before: String,
    /// The field in the newer version (empty when it has none).
    pub after: String,
}

impl ChronologyDiff {
    /// What changed from `older` to `newer`.
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::{parse_chronology, ChronologyDiff};
    /// let read = |json: &str| parse_chronology(json).unwrap().chronology;
    /// let older = read(r#"{"format_version": 1, "events": [
    ///   {"id": "a", "start": "2025-06-11", "lane": "exchange", "title": "Bodies returned",
    ///    "figures": [{"label": "To Ukraine", "value": 1200}]},
    ///   {"id": "b", "start": "2025-06-12", "lane": "exchange", "title": "Swap"}]}"#);
    /// let newer = read(r#"{"format_version": 1, "events": [
    ///   {"id": "a", "start": "2025-06-11", "lane": "exchange", "title": "Bodies returned",
    ///    "figures": [{"label": "To Ukraine", "value": 1212}]},
    ///   {"id": "c", "start": "2025-06-14", "lane": "exchange", "title": "Another swap"}]}"#);
    /// let diff = ChronologyDiff::between(&older, &newer);
    /// assert_eq!(diff.added, ["c"]);
    /// assert_eq!(diff.removed, ["b"]);
    /// assert_eq!(diff.changed[0].id, "a");
    /// assert_eq!(diff.changed[0].fields[0].field, "figures");
    /// assert_eq!(diff.changed[0].fields[0].before, "To Ukraine: 1200");
    /// assert_eq!(diff.changed[0].fields[0].after, "To Ukraine: 1212");
    /// ```
    pub fn between(older: &Chronology, newer: &Chronology) -> ChronologyDiff {
        let mut diff = ChronologyDiff::default();
        for event in &newer.events {
            match older.event(&event.id) {
                None => diff.added.push(event.id.clone()),
                Some(before) => {
                    if matches!(event.standing(), EventStanding::Withdrawn { .. })
                        && !matches!(before.standing(), EventStanding::Withdrawn { .. })
                    {
                        diff.withdrawn.push(event.id.clone());
                    }
                    // Most events are unchanged: compared as values first, written out as
                    // text only when they differ.
                    if before == event {
                        continue;
                    }
                    let fields = changed_fields(before, event);
                    if !fields.is_empty() {
                        diff.changed.push(EventChange {
                            id: event.id.clone(),
                            fields,
                        });
                    }
                }
            }
        }
        diff.removed = older
            .events
            .iter()
            .filter(|event| newer.event(&event.id).is_none())
            .map(|event| event.id.clone())
            .collect();
        diff
    }

    /// Whether the two versions have the same events.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.changed.is_empty()
            && self.withdrawn.is_empty()
            && self.removed.is_empty()
    }
}

/// A field of the event format, and how an event's value of it reads as text.
type FieldText = (&'static str, fn(&TimelineEvent) -> String);

/// The fields of an event that differ between two versions, as text.
fn changed_fields(before: &TimelineEvent, after: &TimelineEvent) -> Vec<FieldChange> {
    let fields: [FieldText; 12] = [
        ("start", |event| event.start.to_string()),
        ("end", |event| {
            event.end.map(|end| end.to_string()).unwrap_or_default()
        }),
        ("lane", |event| event.lane.clone()),
        ("title", |event| event.title.clone()),
        ("summary", |event| event.summary.clone()),
        ("location", |event| {
            event
                .location
                .as_ref()
                .map(|location| location.name.clone())
                .unwrap_or_default()
        }),
        ("figures", figures_text),
        ("claim", |event| {
            event
                .claim
                .as_ref()
                .map(|claim| {
                    let part = |text: &Option<String>| text.clone().unwrap_or_default();
                    format!(
                        "{} / {} / {}",
                        part(&claim.claimed_by),
                        part(&claim.disputed_by),
                        claim.note
                    )
                })
                .unwrap_or_default()
        }),
        ("sources", |event| event.sources.join(", ")),
        ("confidence", |event| {
            event
                .confidence
                .map(|confidence| confidence.as_str().to_owned())
                .unwrap_or_default()
        }),
        ("notes", |event| event.notes.clone()),
        ("correction", |event| event.correction().to_owned()),
    ];
    fields
        .into_iter()
        .filter_map(|(field, text)| {
            let (before, after) = (text(before), text(after));
            (before != after).then_some(FieldChange {
                field,
                before,
                after,
            })
        })
        .collect()
}

/// An event's figures as one line: `label: value unit (claimed by)`, separated by `; `.
fn figures_text(event: &TimelineEvent) -> String {
    event
        .figures
        .iter()
        .map(|figure| {
            let mut line = figure.label.clone();
            match figure.value {
                // Whole numbers as integers; others by serde_json's shortest float printing,
                // already in the binary, not core's.
                Some(FigureValue::Number(number))
                    if number.fract() == 0.0 && number.abs() < 9e15 =>
                {
                    line.push_str(&format!(": {}", number as i64));
                }
                Some(FigureValue::Number(number)) => {
                    if let Some(number) = serde_json::Number::from_f64(number) {
                        line.push_str(&format!(": {number}"));
                    }
                }
                Some(FigureValue::Undisclosed) => line.push_str(": undisclosed"),
                None => {}
            }
            if let Some(unit) = &figure.unit {
                line.push_str(&format!(" {unit}"));
            }
            if let Some(claimant) = &figure.claimed_by {
                line.push_str(&format!(" ({claimant})"));
            }
            line
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chronology::parse_chronology;

    fn read(events: &str) -> Chronology {
        parse_chronology(&format!(r#"{{"format_version": 1, "events": [{events}]}}"#))
            .unwrap()
            .chronology
    }

    #[test]
    fn the_same_document_has_no_difference() {
        let events = r#"{"id": "a", "start": "2025-06-26", "lane": "talks", "title": "A",
            "figures": [{"label": "POWs", "value": "undisclosed", "claimed_by": "both"}]}"#;
        assert!(ChronologyDiff::between(&read(events), &read(events)).is_empty());
    }

    #[test]
    fn every_changed_field_is_named_with_both_texts_in_the_format_s_order() {
        let older = read(
            r#"{"id": "a", "start": "2025-06-26", "lane": "talks", "title": "Talks",
                "confidence": "low", "notes": "unconfirmed"}"#,
        );
        let newer = read(
            r#"{"id": "a", "start": "2025-06-27", "lane": "talks", "title": "Talks resume",
                "confidence": "high", "notes": "unconfirmed"}"#,
        );
        let diff = ChronologyDiff::between(&older, &newer);
        let named: Vec<(&str, &str, &str)> = diff.changed[0]
            .fields
            .iter()
            .map(|change| (change.field, change.before.as_str(), change.after.as_str()))
            .collect();
        assert_eq!(
            named,
            [
                ("start", "2025-06-26", "2025-06-27"),
                ("title", "Talks", "Talks resume"),
                ("confidence", "low", "high"),
            ]
        );
    }

    #[test]
    fn a_withdrawal_is_named_once_with_its_reason_kept() {
        let older = read(r#"{"id": "a", "start": "2025-06-26", "lane": "talks", "title": "A"}"#);
        let newer = read(
            r#"{"id": "a", "start": "2025-06-26", "lane": "talks", "title": "A",
                "withdrawn": "Duplicate of b"}"#,
        );
        let diff = ChronologyDiff::between(&older, &newer);
        assert_eq!(diff.withdrawn, ["a"]);
        assert!(diff.changed.is_empty(), "{:?}", diff.changed);
        assert_eq!(
            newer.events[0].standing(),
            &EventStanding::Withdrawn {
                reason: "Duplicate of b".into()
            }
        );
        assert!(ChronologyDiff::between(&newer, &newer).is_empty());
    }

    #[test]
    fn thousands_of_events_are_matched_by_id_whatever_their_order() {
        let event = |i: usize, title: &str| {
            format!(
                r#"{{"id": "e{i}", "start": "2025-01-01", "lane": "talks", "title": "{title}"}}"#
            )
        };
        let older: Vec<String> = (0..5000).map(|i| event(i, "T")).collect();
        let mut newer: Vec<String> = (1..5001)
            .map(|i| event(i, if i == 2500 { "Corrected" } else { "T" }))
            .collect();
        newer.reverse();
        let diff = ChronologyDiff::between(&read(&older.join(",")), &read(&newer.join(",")));
        assert_eq!(diff.added, ["e5000"]);
        assert_eq!(diff.removed, ["e0"]);
        assert_eq!(diff.changed.len(), 1);
        assert_eq!(diff.changed[0].id, "e2500");
    }
}
