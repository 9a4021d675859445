//! Tests of reading a document in slices: syntax errors placed in the file, whole-document
//! failures, the limit on events, linear time at 100,000 items, and text let go while lone
//! surrogates are still named.

use super::*;

#[test]
fn syntax_errors_are_placed_in_the_file_wherever_they_are() {
    let cases = [
        (
            "{\n  \"title\": \"x\",\n  \"events\": [\n    {\"id\": 1,}\n  ]\n}",
            4,
            14,
        ),
        ("{\n  \"title\": [1,,2],\n  \"events\": []\n}", 2, 15),
        ("{\"events\": [1 2]}", 1, 15),
        ("{\"events\": []} x", 1, 16),
        ("{\"events\": [\"a\",", 1, 17),
    ];
    for (json, line, column) in cases {
        match parse_chronology(json) {
            Err(LoadError::Syntax {
                line: l, column: c, ..
            }) => assert_eq!((l, c), (line, column), "{json}"),
            other => panic!("{json}: {other:?}"),
        }
    }
    assert_eq!(
        parse_chronology("\u{feff}{\"events\": [}").unwrap_err(),
        LoadError::Syntax {
            line: 1,
            column: 13,
            message: "expected value".into()
        },
        "a byte-order mark is not counted, as editors do not show it"
    );
}

#[test]
fn beyond_what_the_viewer_holds_it_says_how_many_it_left_out() {
    let event = r#"{"id": "e", "start": "2025", "lane": "talks", "title": "T"}"#;
    let count = MAX_EVENTS + 3;
    let events: Vec<String> = (0..count)
        .map(|i| event.replace("\"e\"", &format!("\"e{i}\"")))
        .collect();
    let report = parse_chronology(&format!(
        r#"{{"format_version": 1, "events": [{}]}}"#,
        events.join(",")
    ))
    .unwrap();
    assert_eq!(report.chronology.events.len(), MAX_EVENTS);
    assert_eq!(report.counts.events_skipped, 3);
    let left_out: Vec<String> = report.errors().iter().map(ToString::to_string).collect();
    assert_eq!(
        left_out,
        [format!(
            "events[{MAX_EVENTS}]: this viewer holds at most {MAX_EVENTS} events, so the last 3 of the {count} in the file are left out, from here on"
        )]
    );
}

#[test]
fn a_hundred_thousand_sources_and_events_read_in_linear_time() {
    // Duplicate checks and citation lookups go through indexes: with scans this takes
    // minutes; the assertion is on the result, the size is what would expose a scan.
    let count = 100_000;
    let sources: Vec<String> = (0..count)
        .map(|i| format!(r#"{{"id": "s{i}", "publisher": "P", "published": "2025"}}"#))
        .collect();
    let events: Vec<String> = (0..count)
        .map(|i| {
            format!(r#"{{"id": "e{i}", "start": "2025", "lane": "talks", "title": "T", "sources": ["s{i}"]}}"#)
        })
        .collect();
    let json = format!(
        r#"{{"format_version": 1, "sources": [{}], "events": [{}]}}"#,
        sources.join(","),
        events.join(",")
    );
    let report = parse_chronology(&json).unwrap();
    assert_eq!(report.chronology.events.len(), count);
    assert_eq!(report.counts.total(), 0);
    let chronology = &report.chronology;
    let index = chronology.source_index("s99999").unwrap();
    let citing = chronology.cited_by(index);
    assert_eq!(chronology.events[citing[0] as usize].id, "e99999");
}

#[test]
fn whole_document_failures_say_what_and_where() {
    let syntax = parse_chronology("{\n  \"events\": [\n    {\"id\": 1,}\n  ]\n}").unwrap_err();
    assert!(
        matches!(
            syntax,
            LoadError::Syntax {
                line: 3,
                column: 14,
                ..
            }
        ),
        "{syntax:?}"
    );
    assert_eq!(
        syntax.to_string(),
        "The data is not valid JSON: trailing comma (line 3, column 14)."
    );
    assert_eq!(
        parse_chronology("<!doctype html><p>Not found").unwrap_err(),
        LoadError::NotJson {
            looks_like: "an HTML or XML page"
        }
    );
    assert_eq!(
        parse_chronology("[1, 2]").unwrap_err().to_string(),
        "The JSON is not a chronology: the top level is a list, not an object."
    );
    assert_eq!(
        parse_chronology(r#"{"title": "x"}"#)
            .unwrap_err()
            .to_string(),
        "The JSON is not a chronology: it has no \"events\" list."
    );
    assert_eq!(
        parse_chronology(r#"{"format_version": 2, "events": []}"#)
            .unwrap_err()
            .to_string(),
        "The document uses format_version 2; this viewer reads version 1."
    );
}

fn read_in_slices(json: String, budget: usize) -> LoadReport {
    let mut reader = ChronologyReader::new(json.into_bytes());
    loop {
        if let Some(result) = reader.read_some(budget) {
            break result.unwrap();
        }
    }
}

#[test]
fn what_was_read_before_the_events_is_let_go_and_its_surrogates_still_named() {
    let sources = r#""sources": [{"id": "s", "publisher": "P \ud83d"}]"#;
    let events = r#""events": [{"id": "a", "start": "2025", "lane": "talks",
                         "title": "T \udc00", "sources": ["s"]}]"#;
    for (order, json) in [
        (
            "sources first",
            format!(r#"{{"title": "x\ud83d", {sources}, {events}}}"#),
        ),
        (
            "events first",
            format!(r#"{{"title": "x\ud83d", {events}, {sources}}}"#),
        ),
    ] {
        let report = read_in_slices(json, 8);
        let mut paths: Vec<&str> = report
            .warnings()
            .iter()
            .filter(|warning| warning.reason == Message::LoneSurrogate)
            .map(|warning| warning.path.as_str())
            .collect();
        paths.sort_unstable();
        assert_eq!(
            paths,
            ["events[0].title", "sources[0].publisher", "title"],
            "{order}"
        );
        let event = &report.chronology.events[0];
        assert_eq!(event.title, "T \u{fffd}", "{order}");
        assert_eq!(event.sources, ["s"], "{order}");
        assert_eq!(report.chronology.sources[0].publisher, "P \u{fffd}");
    }
}

#[test]
fn past_fifty_lone_surrogates_the_rest_are_counted() {
    let events: Vec<String> = (0..60)
        .map(|i| {
            format!(r#"{{"id": "e{i}", "start": "2025", "lane": "talks", "title": "\ud83d"}}"#)
        })
        .collect();
    let json = format!(
        r#"{{"sources": [{{"id": "s", "publisher": "\udc00"}}], "events": [{}]}}"#,
        events.join(",")
    );
    let report = read_in_slices(json, 64);
    let surrogates: Vec<String> = report
        .warnings()
        .iter()
        .filter(|warning| {
            matches!(
                warning.reason,
                Message::LoneSurrogate | Message::MoreLoneSurrogates { .. }
            )
        })
        .map(ToString::to_string)
        .collect();
    assert_eq!(surrogates.len(), SURROGATES_NAMED + 1);
    assert!(surrogates[0].starts_with("sources[0].publisher: "));
    assert_eq!(
        surrogates[SURROGATES_NAMED],
        "(document): 11 more lone UTF-16 surrogates were read as \u{fffd}, as above"
    );
}

#[test]
fn text_let_go_while_reading_events_leaves_nothing_unread_or_unnamed() {
    let count = 40_000;
    let events: Vec<String> = (0..count)
        .map(|i| {
            let mark = if i == 10 || i == count - 5 { r"\ud83d" } else { "" };
            format!(
                r#"{{"id": "e{i}", "start": "2025", "lane": "talks", "title": "Event {i}{mark}", "sources": ["s"], "summary": "{}"}}"#,
                "s".repeat(200)
            )
        })
        .collect();
    let json = format!(
        r#"{{"sources": [{{"id": "s", "publisher": "P", "published": "2025"}}],
                "events": [{}], "title": "after\udc00"}}"#,
        events.join(",")
    );
    assert!(
        json.len() > RELEASE_EVERY,
        "the text is let go at least once"
    );
    let report = read_in_slices(json, 1 << 20);
    assert_eq!(report.chronology.events.len(), count);
    let surrogates: Vec<&str> = report
        .warnings()
        .iter()
        .filter(|warning| warning.reason == Message::LoneSurrogate)
        .map(|warning| warning.path.as_str())
        .collect();
    let last = format!("events[{}].title", count - 5);
    assert_eq!(surrogates, ["events[10].title", last.as_str(), "title"]);
    assert_eq!(report.chronology.about.title, "after\u{fffd}");
}
