use serde_json::json;

use super::*;
use crate::chronology::ProblemEffect;

/// A TimelineJS document as newsrooms write them: years as strings and numbers, a missing
/// month, a time without a zone, display dates, groups, media, eras and HTML with a script.
fn newsroom_document() -> Value {
    json!({
        "title": {
            "text": {"headline": "Prisoner exchanges, 2022&ndash;2025",
                     "text": "<p>Every exchange we could <em>verify</em>.</p>"},
            "media": {"url": "https://example.org/cover.jpg"}
        },
        "eras": [{"start_date": {"year": 2022}, "end_date": {"year": 2023},
                  "text": {"headline": "First year"}}],
        "events": [
            {"start_date": {"year": "2022", "month": "9", "day": "21", "hour": "14", "minute": "30"},
             "text": {"headline": "215 Ukrainians return",
                      "text": "<p onclick=\"steal()\">Swap via <a href=\"https://www.reuters.com/world/x\" target=\"_blank\">Reuters</a>.</p><script>alert(document.cookie)</script>"},
             "group": "Exchanges", "unique_id": "swap-2022-09"},
            {"start_date": {"year": 2023},
             "end_date": {"year": 2023, "month": 6},
             "display_date": "Early 2023",
             "text": {"headline": "Talks stall"},
             "group": "Talks",
             "media": {"url": "https://www.youtube.com/watch?v=x", "caption": "Briefing"}},
            {"start_date": {"year": "twenty"}, "text": {"headline": "Unreadable year"}},
            {"start_date": {"year": 602}, "text": {"headline": "The Avar siege"}},
            {"start_date": {"year": -43, "month": 3, "day": 15}, "text": {"headline": "Ides of March"}},
            {"start_date": {"year": 13800000000i64}, "text": {"headline": "Big bang"}},
            {"start_date": {"year": 2024, "month": 2, "day": 30}, "text": {"headline": "No such day"},
             "group": "Exchanges"},
            {"start_date": {"year": 2024, "month": 5},
             "text": {"headline": "A link that must not run",
                      "text": "<a href=\"javascript:alert(1)\">click</a>"},
             "unique_id": "js-link"}
        ]
    })
}

#[test]
fn slides_become_events_at_the_precision_their_dates_give() {
    let report = import_timelinejs(&newsroom_document())
        .unwrap()
        .read()
        .unwrap();
    let chronology = &report.chronology;
    assert_eq!(chronology.about.title, "Prisoner exchanges, 2022–2025");
    assert_eq!(
        chronology.about.description,
        "Every exchange we could verify."
    );
    let ids: Vec<&str> = chronology.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        ["event-5", "event-4", "swap-2022-09", "event-2", "js-link"]
    );
    let early: Vec<String> = chronology.events[..2]
        .iter()
        .map(|e| e.start.to_string())
        .collect();
    assert_eq!(
        early,
        ["-0043-03-15", "0602"],
        "years before 1000 and before the common era"
    );
    let event = |id: &str| &chronology.events[chronology.event_index(id).unwrap()];
    let swap = event("swap-2022-09");
    assert_eq!(swap.start.to_string(), "2022-09-21");
    assert_eq!(swap.title, "215 Ukrainians return");
    assert_eq!(swap.summary, "Swap via Reuters.");
    let talks = event("event-2");
    assert_eq!(talks.start.to_string(), "2023");
    assert_eq!(
        talks.end.map(|end| end.to_string()).as_deref(),
        Some("2023-06")
    );
    assert_eq!(talks.date_as_reported.as_deref(), Some("Early 2023"));
    let media = talks.media().unwrap();
    assert_eq!(
        (media.kind, media.caption.as_str()),
        (crate::chronology::MediaKind::Video, "Briefing")
    );
    let lanes: Vec<(&str, &str)> = chronology
        .lanes
        .iter()
        .map(|lane| (lane.id.as_str(), lane.label.as_str()))
        .collect();
    assert_eq!(
        lanes,
        [
            ("exchanges", "Exchanges"),
            ("talks", "Talks"),
            ("events", "Events")
        ]
    );
    assert_eq!(swap.lane, "exchanges");
    assert_eq!(
        event("js-link").lane,
        "events",
        "slides without a group share one lane"
    );
    assert_eq!(chronology.eras.len(), 1);
    assert_eq!(chronology.eras[0].label, "First year");
    assert_eq!(
        (
            chronology.eras[0].start.to_string(),
            chronology.eras[0].end.to_string()
        ),
        ("2022".into(), "2023".into())
    );
}

#[test]
fn eras_without_dates_or_ending_before_they_start_are_named_and_left_out() {
    let input = json!({
        "eras": [
            {"start_date": {"year": 2022}, "text": {"headline": "No end"}},
            {"start_date": {"year": 2024}, "end_date": {"year": 2023}, "text": {"headline": "Backwards"}},
            {"start_date": {"year": 2022}, "end_date": {"year": 2022, "month": 6}, "text": {"headline": "<i>Spring</i>"}}
        ],
        "events": [{"start_date": {"year": 2022}, "text": {"headline": "x"}}]
    });
    let report = import_timelinejs(&input).unwrap().read().unwrap();
    assert_eq!(report.chronology.eras.len(), 1);
    assert_eq!(report.chronology.eras[0].label, "Spring");
    let paths: Vec<&str> = report.problems.iter().map(|p| p.path.as_str()).collect();
    assert!(paths.contains(&"eras[0].end_date"), "{paths:?}");
    assert!(paths.contains(&"eras[1].end_date"), "{paths:?}");
}

#[test]
fn links_become_sources_and_unsafe_ones_are_refused_by_the_one_validator() {
    let report = import_timelinejs(&newsroom_document())
        .unwrap()
        .read()
        .unwrap();
    let chronology = &report.chronology;
    let swap = chronology.event_index("swap-2022-09").unwrap();
    let swap_sources: Vec<_> = chronology.sources_of(swap).collect();
    assert_eq!(swap_sources.len(), 1);
    assert_eq!(swap_sources[0].publisher, "www.reuters.com");
    assert_eq!(swap_sources[0].title, "Reuters");
    assert_eq!(
        swap_sources[0].url.as_ref().map(|url| url.as_str()),
        Some("https://www.reuters.com/world/x")
    );
    let js = chronology.event_index("js-link").unwrap();
    assert!(chronology.sources_of(js).all(|source| source.url.is_none()));
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.path == "events[7].text.text" && p.reason.to_string().contains("javascript")),
        "{:#?}",
        report.problems
    );
}

#[test]
fn every_problem_is_named_by_the_input_path_in_input_order() {
    let report = import_timelinejs(&newsroom_document())
        .unwrap()
        .read()
        .unwrap();
    let named: Vec<(&str, String, ProblemEffect)> = report
        .problems
        .iter()
        .map(|p| (p.path.as_str(), p.reason.to_string(), p.effect))
        .collect();
    let find = |path: &str| {
        named
            .iter()
            .find(|(p, _, _)| *p == path)
            .unwrap_or_else(|| panic!("nothing at {path}: {named:#?}"))
    };
    assert!(find("title.text.text")
        .1
        .starts_with("1 tag of HTML was dropped"));
    assert_eq!(find("title.media").2, ProblemEffect::ValueIgnored);
    assert!(
        named.iter().all(|(path, _, _)| !path.starts_with("eras")),
        "the era is read"
    );
    assert!(find("events[0].start_date.hour")
        .1
        .contains("14:30 has no time zone"));
    assert!(find("events[0].text.text")
        .1
        .contains("1 tag and 2 attributes"));
    let events_media = |path: &&str| path.starts_with("events[") && path.contains(".media");
    assert!(
        !named.iter().any(|(path, _, _)| events_media(path)),
        "an event's media is read"
    );
    assert!(find("events[2].start_date")
        .1
        .contains("\"twenty\" is not a whole number"));
    assert_eq!(find("events[2].start_date").2, ProblemEffect::EventSkipped);
    assert!(find("events[5].start_date")
        .1
        .contains("too far for a human calendar"));
    assert!(find("events[6].start_date").1.contains("no such day"));
    let orders: Vec<usize> = report
        .problems
        .iter()
        .filter_map(|p| {
            p.path
                .strip_prefix("events[")?
                .split(']')
                .next()?
                .parse()
                .ok()
        })
        .collect();
    assert!(
        orders.windows(2).all(|pair| pair[0] <= pair[1]),
        "{orders:?}"
    );
}

#[test]
fn only_timelinejs_documents_are_taken_for_timelinejs() {
    assert!(is_timelinejs(&newsroom_document()));
    assert!(is_timelinejs(
        &json!({"title": {"text": {"headline": "x"}}, "events": []})
    ));
    assert!(!is_timelinejs(
        &json!({"events": [{"id": "a", "start": "2025", "title": "x"}]})
    ));
    assert!(!is_timelinejs(
        &json!({"format_version": 1, "events": [{"start_date": {}}]})
    ));
    assert!(!is_timelinejs(&json!([{"start_date": {"year": 2020}}])));
    let refused = import_timelinejs(&json!({"title": {}})).unwrap_err();
    assert_eq!(refused.path, "events");
}
