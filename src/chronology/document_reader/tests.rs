//! Tests of reading a document's fields, lanes, sources and events: what is kept, what is
//! named and how, warnings for editors, limits on messages, and that no input panics.

use super::*;
use crate::chronology::{
    parse_chronology, ChronologyReader, Claim, Confidence, EventStanding, FigureValue, ReadStage,
};

fn event(fields: &str) -> String {
    format!(r#"{{"id": "e", "start": "2025-06-26", "lane": "exchange", "title": "T"{fields}}}"#)
}

fn load(events: &[String]) -> LoadReport {
    let json = format!(
        r#"{{"format_version": 1, "title": "Test", "sources": [
                {{"id": "s1", "publisher": "AFP", "url": "https://example.org/a"}}],
              "events": [{}]}}"#,
        events.join(",")
    );
    parse_chronology(&json).expect("document loads")
}

fn problem_lines(report: &LoadReport) -> Vec<String> {
    report
        .errors()
        .into_iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn a_valid_event_reads_every_field() {
    let report = load(&[event(
        r#", "end": "2025-06-27", "approximate": true, "date_as_reported": "26–27 June",
                "summary": "S", "tags": ["Istanbul"], "confidence": "medium", "notes": "N",
                "location": {"name": "Chernihiv region", "lat": 51.5, "lon": 31.3},
                "figures": [{"label": "POWs", "value": "undisclosed", "claimed_by": "both"},
                            {"label": "Bodies", "value": 1212, "unit": "bodies"}],
                "claim": {"claimed_by": "Russia", "disputed_by": "Ukraine", "note": "denied"},
                "sources": ["s1"]"#,
    )]);
    assert_eq!(problem_lines(&report), Vec::<String>::new());
    let event = &report.chronology.events[0];
    assert_eq!(
        event.end.map(|d| d.to_string()).as_deref(),
        Some("2025-06-27")
    );
    assert!(event.approximate);
    assert_eq!(event.figures[0].value, Some(FigureValue::Undisclosed));
    assert_eq!(event.figures[1].value, Some(FigureValue::Number(1212.0)));
    assert_eq!(event.location.as_ref().and_then(|l| l.lat), Some(51.5));
    assert!(event.claim.as_ref().is_some_and(Claim::is_contested));
    assert_eq!(event.sources, ["s1"]);
    assert_eq!(event.confidence, Some(Confidence::Medium));
}

#[test]
fn corrections_and_withdrawals_are_read_kept_and_written_back() {
    let report = load(&[event(
        r#", "updated": "2025-06-27T14:05+03:00",
                "correction": "The first report said 1,200 bodies.", "withdrawn": "Duplicate of e2""#,
    )]);
    assert_eq!(problem_lines(&report), Vec::<String>::new());
    let read = &report.chronology.events[0];
    assert_eq!(
        read.updated().map(|date| date.to_string()).as_deref(),
        Some("2025-06-27T14:05:00+03:00")
    );
    assert_eq!(read.correction(), "The first report said 1,200 bodies.");
    assert_eq!(
        read.standing(),
        &EventStanding::Withdrawn {
            reason: "Duplicate of e2".into()
        }
    );
    let written = report.chronology.to_event_format();
    assert!(
        written.contains(r#""withdrawn": "Duplicate of e2""#),
        "{written}"
    );
    assert_eq!(
        parse_chronology(&written).unwrap().chronology,
        report.chronology
    );
    let bare = load(&[event(r#", "withdrawn": true"#)]);
    assert!(bare
        .chronology
        .to_event_format()
        .contains(r#""withdrawn": true"#));
}

#[test]
fn a_bad_withdrawal_or_update_is_named_and_the_event_kept_standing() {
    let report = load(&[event(r#", "withdrawn": 1, "updated": "2025-02-30""#)]);
    let lines = problem_lines(&report);
    assert_eq!(report.chronology.events.len(), 1);
    assert_eq!(
        report.chronology.events[0].standing(),
        &EventStanding::Current
    );
    assert!(
        lines.iter().any(|line| line.contains("events[0].withdrawn")
            && line.contains("true or the reason as text")),
        "{lines:?}"
    );
    assert!(
        lines.iter().any(|line| line.contains("events[0].updated")),
        "{lines:?}"
    );
}

#[test]
fn a_live_document_says_how_often_to_check_it_within_bounds() {
    let read = |live: &str| {
        parse_chronology(&format!(
            r#"{{"format_version": 1, "live": {live}, "events": []}}"#
        ))
        .unwrap()
    };
    assert_eq!(
        read(r#"{"poll_seconds": 60}"#).chronology.about.live,
        Some(LiveOptions { poll_seconds: 60 })
    );
    for bad in [
        r#"{"poll_seconds": 1}"#,
        r#"{"poll_seconds": "60"}"#,
        "60",
        r#"{"poll_seconds": 6.5}"#,
    ] {
        let report = read(bad);
        assert_eq!(report.chronology.about.live, None, "{bad}");
        let named: Vec<String> = report.problems.iter().map(ToString::to_string).collect();
        assert!(
            named.iter().any(|line| line.starts_with("live")),
            "{bad}: {named:?}"
        );
    }
    let written = read(r#"{"poll_seconds": 60}"#).chronology.to_event_format();
    assert!(written.contains(r#""poll_seconds": 60"#), "{written}");
}

#[test]
fn bad_events_are_named_and_good_ones_kept() {
    let report = load(&[
        event(""),
        r#"{"id": "b", "start": "2025-02-30", "lane": "exchange", "title": "T"}"#.into(),
        r#"{"id": "c", "start": "2025-06-01", "lane": "weather", "title": "T"}"#.into(),
        r#"{"id": "e", "start": "2025-06-02", "lane": "talks", "title": "T"}"#.into(),
        r#"{"id": "f", "start": "2025-06-05", "end": "2025-06-04", "lane": "talks", "title": "T"}"#
            .into(),
        r#"{"id": "g", "start": "2025-06-05", "lane": "talks"}"#.into(),
        r#"{"id": "h", "start": 2025, "lane": "talks", "title": "T"}"#.into(),
        r#""not an event""#.into(),
        r#"{"id": "ok", "start": "2025-06", "lane": "talks", "title": "Month only"}"#.into(),
    ]);
    assert_eq!(
        problem_lines(&report),
        [
            r#"events[1].start: "2025-02-30" is not a date: the calendar has no such day"#,
            r#"events[2].lane: "weather" is not one of the document's lanes (exchange, talks, frontline, humanitarian, other)"#,
            r#"events[3].id: "e" is already the id of events[0]; ids must be unique"#,
            r#"events[4].end: "2025-06-04" is before the start "2025-06-05""#,
            "events[5].title: is missing",
            "events[6].start: is 2025, not text",
            r#"events[7]: is "not an event", not an object"#,
        ]
    );
    assert!(report
        .errors()
        .iter()
        .all(|p| p.effect == ProblemEffect::EventSkipped));
    let ids: Vec<&str> = report
        .chronology
        .events
        .iter()
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(ids, ["ok", "e"], "valid events kept, sorted by start");
}

#[test]
fn unsafe_links_and_stray_values_are_ignored_not_fatal() {
    let json = r#"{"format_version": 1, "title": "T", "colour": "red",
          "sources": [
            {"id": "s1", "publisher": "P", "url": "javascript:alert(1)", "quote": {"exact": "q", "prefix": "p"}},
            {"id": "s1", "publisher": "Q"},
            {"id": "s3"}],
          "events": [{"id": "a", "start": "2025", "lane": "other", "title": "T", "titel": "typo",
                      "sources": ["s1", "nope"], "confidence": "sure",
                      "location": {"name": "X", "lat": 123, "lon": 1},
                      "figures": [{"label": "n", "value": "0?"}, {"value": 3}]}]}"#;
    let report = parse_chronology(json).unwrap();
    assert_eq!(
        problem_lines(&report),
        [
            "colour: is not a field of the event format, so it is ignored",
            r#"sources[0].url: "javascript:alert(1)" is not an http(s) or mailto link, so it is not shown"#,
            r#"sources[1].id: "s1" is already the id of another source"#,
            "sources[2].publisher: is missing",
            "events[0].titel: is not a field of the event format, so it is ignored",
            r#"events[0].confidence: "sure" is not one of high, medium, low"#,
            r#"events[0].sources[1]: "nope" is not the id of a source"#,
            "events[0].location.lat: 123 is outside −90…90 degrees",
            r#"events[0].figures[0].value: is "0?", not a number or "undisclosed""#,
            "events[0].figures[1].label: is missing",
        ]
    );
    let source = &report.chronology.sources[0];
    assert_eq!(source.url, None);
    assert_eq!(source.quote.as_ref().map(|q| q.prefix.as_str()), Some("p"));
    let event = &report.chronology.events[0];
    assert_eq!(event.sources, ["s1"]);
    assert_eq!(
        event.location.as_ref().map(|l| (l.lat, l.lon)),
        Some((None, None))
    );
}

#[test]
fn missing_lanes_give_the_defaults_and_bad_lanes_are_named() {
    let report = parse_chronology(
        r#"{"format_version": 1, "lanes": [{"id": "a", "label": "A"}, {"label": "no id"}, {"id": "a"}],
                "events": []}"#,
    )
    .unwrap();
    assert_eq!(report.chronology.lanes.len(), 1);
    assert_eq!(
        problem_lines(&report),
        [
            "lanes[1].id: is missing",
            r#"lanes[2].id: "a" is already the id of another lane"#
        ]
    );
    let defaults = parse_chronology(r#"{"format_version": 1, "events": []}"#).unwrap();
    assert_eq!(defaults.chronology.lanes, Lane::defaults());
}

#[test]
fn editors_are_warned_about_weak_sourcing_without_losing_anything() {
    let report = parse_chronology(
        r#"{"format_version": 1,
              "sources": [
                {"id": "dated", "publisher": "AFP", "published": "2025-06-27"},
                {"id": "undated", "publisher": "Kyiv Independent", "published_note": "unknown"},
                {"id": "agg", "publisher": "Mezha", "kind": "aggregator", "published": "2025-06"},
                {"id": "text", "publisher": "AP", "published": "2025", "text": "Ten were freed.",
                 "quote": "Twelve were freed"},
                {"id": "odd", "publisher": "X", "published": "2025", "kind": "blog"}],
              "events": [
                {"id": "none", "start": "2025-06-26", "lane": "exchange", "title": "T"},
                {"id": "weak", "start": "2025-06-26", "lane": "exchange", "title": "T", "sources": ["agg"]},
                {"id": "ok", "start": "2025-06-26", "lane": "exchange", "title": "T", "sources": ["agg", "dated"]}]}"#,
    )
    .unwrap();
    assert_eq!(
        report.chronology.events.len(),
        3,
        "warnings leave everything in"
    );
    let warnings: Vec<String> = report.warnings().iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        [
            r#"sources[1].published: "undated" has no publication date (unknown)"#,
            r#"sources[3].quote: the quote of "text" is not in its text"#,
            r#"events[0].sources: "none" cites no source"#,
            r#"events[1].sources: "weak" cites only aggregators or reposts (Mezha)"#,
        ]
    );
    assert_eq!(
        problem_lines(&report),
        [r#"sources[4].kind: "blog" is not one of original, aggregator, repost"#]
    );
}

#[test]
fn serialized_documents_read_back_identically() {
    let report = load(&[
        event(r#", "figures": [{"label": "POWs", "value": "undisclosed"}], "sources": ["s1"]"#),
        r#"{"id": "t", "start": "2025-06-26T14:30:00+03:00", "lane": "talks", "title": "Timed"}"#
            .into(),
    ]);
    let written = serde_json::to_string(&report.chronology).unwrap();
    let reread = parse_chronology(&written).unwrap();
    assert_eq!(reread.errors(), Vec::<&Problem>::new());
    assert_eq!(reread.chronology, report.chronology);
}

#[test]
fn an_unreadable_value_drops_that_value_not_its_event() {
    let deep = format!("{}1{}", "[".repeat(300), "]".repeat(300));
    let json = format!(
        r#"{{"format_version": 1, "title": "Cut \ud83d", "description": {deep},
              "sources": [{{"id": "s", "publisher": "AFP \ud83d", "title": 1e400}}],
              "events": [
                {{"id": "a", "start": "2025-06-26", "lane": "exchange", "title": "Swap \udc00",
                  "sources": ["s"], "notes": {deep},
                  "figures": [{{"label": "POWs", "value": 1e400}}, {{"label": "bodies", "value": 6}}]}}]}}"#
    );
    let report = parse_chronology(&json).unwrap();
    let chronology = &report.chronology;
    assert_eq!(chronology.about.title, "Cut \u{fffd}");
    assert_eq!(chronology.sources[0].publisher, "AFP \u{fffd}");
    let event = &chronology.events[0];
    assert_eq!(event.title, "Swap \u{fffd}");
    assert_eq!(event.notes, "");
    assert_eq!(event.figures.len(), 2);
    assert_eq!(event.figures[0].value, None);
    assert_eq!(event.figures[1].value, Some(FigureValue::Number(6.0)));
    assert_eq!(
        problem_lines(&report),
        [
            "description: nests more than 128 levels deep, so it is ignored",
            "sources[0].title: 1e400 is a number too large to read, so it is ignored",
            "events[0].figures[0].value: 1e400 is a number too large to read, so it is ignored",
            "events[0].notes: nests more than 128 levels deep, so it is ignored",
        ]
    );
    let surrogates: Vec<String> = report
        .warnings()
        .iter()
        .filter(|warning| warning.reason == Message::LoneSurrogate)
        .map(|warning| warning.path.clone())
        .collect();
    assert_eq!(
        surrogates,
        ["title", "sources[0].publisher", "events[0].title"]
    );
}

#[test]
fn messages_quote_at_most_60_characters_and_10_ids() {
    let lanes: Vec<String> = (0..2000)
        .map(|i| format!(r#"{{"id": "lane-{i}"}}"#))
        .collect();
    let long = "x".repeat(5000);
    let json = format!(
        r#"{{"format_version": 1, "lanes": [{}], "events": [
                {{"id": "a", "start": "2025", "lane": "nope", "title": "T"}},
                {{"id": "b", "start": "{long}", "lane": "lane-1", "title": "T"}},
                {{"id": "{long}", "start": "2025", "lane": "lane-1", "title": "T"}}]}}"#,
        lanes.join(",")
    );
    let report = parse_chronology(&json).unwrap();
    let lines = problem_lines(&report);
    assert_eq!(
        lines[0],
        r#"events[0].lane: "nope" is not one of the document's lanes (lane-0, lane-1, lane-2, lane-3, lane-4, lane-5, lane-6, lane-7, lane-8, lane-9 … and 1990 more)"#
    );
    assert!(lines.iter().all(|line| line.len() < 300), "{lines:?}");
    assert!(lines[1].contains(&format!("\"{}…\"", "x".repeat(60))));
}

#[test]
fn thousands_of_problems_are_counted_and_the_first_listed() {
    let events: Vec<String> = (0..3000)
        .map(|i| {
            format!(r#"{{"id": "e{i}", "start": "2025-02-30", "lane": "talks", "title": "T"}}"#)
        })
        .collect();
    let report = parse_chronology(&format!(
        r#"{{"format_version": 1, "events": [{}]}}"#,
        events.join(",")
    ))
    .unwrap();
    assert_eq!(report.errors().len(), MAX_LISTED_PROBLEMS);
    assert_eq!(report.counts.events_skipped, 3000);
    assert_eq!(report.counts.total(), 3000);
}

#[test]
fn reading_in_small_slices_gives_the_same_report_and_moves_forward() {
    let json = serde_json::to_string(
        &load(&[event(r#", "sources": ["s1"]"#), event(r#", "id": "f""#)]).chronology,
    )
    .unwrap();
    let whole = parse_chronology(&json).unwrap();
    let mut reader = ChronologyReader::new(json.into_bytes());
    let mut stages = Vec::new();
    let sliced = loop {
        if let Some(result) = reader.read_some(1) {
            break result.unwrap();
        }
        let progress = reader.progress();
        assert!(progress.done <= progress.total, "{progress:?}");
        stages.push(progress.stage);
    };
    assert_eq!(sliced, whole);
    for stage in [ReadStage::Scanning, ReadStage::Sources, ReadStage::Events] {
        assert!(stages.contains(&stage), "{stage:?} in {stages:?}");
    }
}

#[test]
fn citations_resolved_while_reading_index_like_a_fresh_lookup() {
    let report = parse_chronology(
        r#"{"format_version": 1,
              "sources": [{"id": "a", "publisher": "A"}, {"id": "b", "publisher": "B"}],
              "events": [
                {"id": "late", "start": "2025-07", "lane": "talks", "title": "T", "sources": ["b", "a", "b"]},
                {"id": "bad", "start": "2025-07", "lane": "nope", "title": "T", "sources": ["a"]},
                {"id": "early", "start": "2024", "lane": "talks", "title": "T", "sources": ["nope", "a"]},
                {"id": "mid", "start": "2025-01-02", "lane": "talks", "title": "T"}]}"#,
    )
    .unwrap();
    let read = &report.chronology;
    let fresh = Chronology::new(
        read.about.clone(),
        read.lanes.clone(),
        read.sources.clone(),
        read.events.clone(),
    );
    for source in 0..read.sources.len() {
        assert_eq!(read.cited_by(source), fresh.cited_by(source));
    }
    for event in 0..read.events.len() {
        let ids = |c: &Chronology| {
            c.sources_of(event)
                .map(|s| s.id.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(read), ids(&fresh));
    }
    let late = read.event_index("late").unwrap();
    assert_eq!(
        read.sources_of(late)
            .map(|s| s.id.as_str())
            .collect::<Vec<_>>(),
        ["b", "a", "b"]
    );
    assert_eq!(read.cited_by(0).len(), 2, "early and late cite a");
}

#[test]
fn no_input_makes_it_panic() {
    // A crude fuzz over truncations and byte flips of a valid document.
    let valid = serde_json::to_string(&load(&[event(r#", "end": "2025-07""#)]).chronology).unwrap();
    for cut in 0..valid.len() {
        if valid.is_char_boundary(cut) {
            let _ = parse_chronology(&valid[..cut]);
        }
    }
    for (index, replacement) in (0..valid.len()).zip(['"', '1', '-', ']', 'x'].iter().cycle()) {
        if valid.is_char_boundary(index) && valid.is_char_boundary(index + 1) {
            let mut mutated = valid.clone();
            mutated.replace_range(index..index + 1, &replacement.to_string());
            let _ = parse_chronology(&mutated);
        }
    }
}

#[test]
fn eras_are_read_in_order_and_a_bad_one_is_named_and_left_out() {
    let report = parse_chronology(
        r#"{"format_version": 1,
          "eras": [
            {"label": "First year", "start": "2022-02-24", "end": "2023-02-24"},
            {"label": "Backwards", "start": "2024", "end": "2023"},
            {"start": "2024", "end": "2025"},
            {"label": "Talks", "start": "2025-05", "end": "2025-07", "colour": "red"}],
          "events": [{"id": "a", "start": "2025-06", "lane": "talks", "title": "A"}]}"#,
    )
    .unwrap();
    let labels: Vec<&str> = report
        .chronology
        .eras
        .iter()
        .map(|era| era.label.as_str())
        .collect();
    assert_eq!(labels, ["First year", "Talks"]);
    let named: Vec<(&str, ProblemEffect)> = report
        .problems
        .iter()
        .map(|p| (p.path.as_str(), p.effect))
        .collect();
    assert!(
        named.contains(&("eras[1].end", ProblemEffect::ValueIgnored)),
        "{named:?}"
    );
    assert!(
        named.contains(&("eras[2].label", ProblemEffect::ValueIgnored)),
        "{named:?}"
    );
    assert!(
        named
            .iter()
            .any(|(path, _)| path.starts_with("eras[3].colour")),
        "{named:?}"
    );
    let not_a_list = parse_chronology(r#"{"format_version": 1, "eras": 3, "events": []}"#).unwrap();
    assert_eq!(not_a_list.problems[0].path, "eras");
}

/// Problems carry a kind and its values; the English sentence is their `Display`, and the
/// views word the same kind in other languages (`strings`).
#[test]
fn problems_are_a_kind_with_values_worded_apart() {
    use crate::chronology::{DateError, Expected, Found, Message};
    let report = load(&[
        r#"{"id": "a", "start": "2025-02-30", "lane": "exchange", "title": "T"}"#.to_owned(),
        event(r#", "tags": [3], "sources": ["nope"]"#),
    ]);
    let reasons: Vec<(&str, &Message)> = report
        .problems
        .iter()
        .map(|problem| (problem.path.as_str(), &problem.reason))
        .collect();
    assert_eq!(
        reasons,
        [
            (
                "sources[0].published",
                &Message::NoPublicationDate {
                    id: "s1".into(),
                    note: String::new()
                }
            ),
            (
                "events[0].start",
                &Message::NotADate {
                    text: "2025-02-30".into(),
                    error: DateError::NoSuchDate
                }
            ),
            (
                "events[1].tags[0]",
                &Message::WrongKind {
                    found: Found::Number("3".into()),
                    expected: Expected::Tag
                }
            ),
            (
                "events[1].sources[0]",
                &Message::UnknownSource { id: "nope".into() }
            ),
            (
                "events[1].sources",
                &Message::CitesNoSource { id: "e".into() }
            ),
        ]
    );
    assert_eq!(
        report.problems[1].to_string(),
        r#"events[0].start: "2025-02-30" is not a date: the calendar has no such day"#
    );
    assert_eq!(reasons[2].1.to_string(), "is 3, not a tag");
}
