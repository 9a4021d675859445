//! The bundled chronology: the committed JSON is exactly what the converter makes of the
//! committed spreadsheet, and it keeps what the spreadsheet says.

use std::{fs, path::Path};

use chronoline::chronology::{
    find_passages, link_to_passage, parse_chronology, DatePrecision, FigureValue, FirstPaintFacts,
    Message,
};
use chronoline::import::{bundled_chronology, SEED_EVENT_ID, SEED_SOURCE_ID};

fn data_file(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data")
        .join(name);
    fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

#[test]
fn committed_json_is_a_fresh_conversion_of_the_csv() {
    let chronology = bundled_chronology(
        &data_file("chronology.csv"),
        &data_file("seed/afp-2025-06-27-forum-post.txt"),
        &data_file("translations.csv"),
    )
    .expect("the bundled data converts without problems");
    let fresh = chronology.to_event_format();
    assert!(
        fresh == data_file("chronology.json"),
        "data/chronology.json is stale: run `cargo run --example regenerate_data`"
    );
}

/// The build draws index.html's placeholder from these facts (scripts/first-paint.mjs).
#[test]
fn the_first_paint_facts_are_about_the_committed_json() {
    let fresh = FirstPaintFacts::of(&data_file("chronology.json")).unwrap();
    assert!(
        fresh.to_json() == data_file("chronology.first-paint.json"),
        "data/chronology.first-paint.json is stale: run `cargo run --example first_paint_facts`"
    );
    assert_eq!((fresh.events, fresh.errors), (68, 0));
    assert!(
        chronoline::strings::first_paint_words(&fresh)
            == data_file("chronology.first-paint-words.json"),
        "data/chronology.first-paint-words.json is stale: run `cargo run --example first_paint_facts`"
    );
}

#[test]
fn bundled_json_loads_all_68_events_without_problems() {
    let report = parse_chronology(&data_file("chronology.json")).unwrap();
    assert!(report.errors().is_empty(), "{:?}", report.errors());
    let events = &report.chronology.events;
    assert_eq!(events.len(), 68);
    assert_eq!(events[0].start.to_string(), "2022-02-24");
    assert_eq!(events.last().map(|e| e.id.as_str()), Some("evt-067"));
    let count_in = |lane: &str| events.iter().filter(|e| e.lane == lane).count();
    assert_eq!(
        [
            count_in("exchange"),
            count_in("frontline"),
            count_in("talks"),
            count_in("humanitarian"),
            count_in("other")
        ],
        [28, 16, 12, 10, 2],
        "lane counts as in data/README.md"
    );
    assert!(events.iter().all(|event| !event.sources.is_empty()));
}

#[test]
fn month_dates_contested_claims_and_undisclosed_figures_come_through() {
    let chronology = parse_chronology(&data_file("chronology.json"))
        .unwrap()
        .chronology;
    let event = |id: &str| chronology.event(id).unwrap();

    let may_2026 = event("evt-068");
    assert_eq!(may_2026.start.precision(), DatePrecision::Month);
    assert_eq!(may_2026.start.to_string(), "2026-05");

    let contested: Vec<&str> = chronology
        .events
        .iter()
        .filter(|e| e.claim.as_ref().is_some_and(|claim| claim.is_contested()))
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(
        contested,
        ["evt-009", "evt-022", "evt-031", "evt-045", "evt-053", "evt-055", "evt-058"]
    );
    let sudzha = event("evt-019").claim.clone().unwrap();
    assert_eq!(sudzha.claimed_by.as_deref(), Some("Russia"));

    let undisclosed: Vec<&str> = chronology
        .events
        .iter()
        .filter(|e| {
            e.figures
                .iter()
                .any(|f| f.value == Some(FigureValue::Undisclosed))
        })
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(
        undisclosed,
        ["evt-032", "evt-033", "evt-035", "evt-037", "evt-040", "evt-041", "evt-042", "evt-044"]
    );
    let split_claims = &event("evt-016").figures;
    assert_eq!(split_claims[0].claimed_by.as_deref(), Some("Russian MoD"));
    assert_eq!(split_claims[1].claimed_by.as_deref(), Some("Zelensky"));
}

#[test]
fn the_seed_article_is_the_readable_source_of_the_26_june_2025_exchange() {
    let chronology = parse_chronology(&data_file("chronology.json"))
        .unwrap()
        .chronology;
    let exchange = chronology.event(SEED_EVENT_ID).unwrap();
    assert_eq!(exchange.start.to_string(), "2025-06-26");
    assert!(exchange.sources.iter().any(|id| id == SEED_SOURCE_ID));
    let seed = chronology.source(SEED_SOURCE_ID).unwrap();
    let text = seed.text.as_deref().unwrap();
    let quote = seed.quote.as_ref().unwrap();
    assert!(text.starts_with("Ukraine, Russia exchange another group of POWs"));
    assert_eq!(
        find_passages(text, &quote.exact).len(),
        2,
        "the forum post quotes the story twice"
    );
    assert!(text.ends_with("‘must be significantly increased’, he added."));
}

#[test]
fn every_source_quote_links_to_its_passage() {
    let chronology = parse_chronology(&data_file("chronology.json"))
        .unwrap()
        .chronology;
    for source in &chronology.sources {
        let (Some(url), Some(quote)) = (&source.url, &source.quote) else {
            panic!("{} lacks a link or a quote", source.id);
        };
        let found = source.text.as_deref().map(|text| (text, &*source.passages));
        let link = link_to_passage(url, quote, found);
        assert!(link.starts_with("https://"), "{link}");
        let fragment = link.split_once(":~:text=").map(|(_, f)| f).unwrap_or("");
        // [prefix-,]start[,end][,-suffix]: the only raw commas and dashes are the syntax's.
        let parts: Vec<&str> = fragment.split(',').collect();
        assert!((1..=4).contains(&parts.len()), "{link}");
        for part in parts {
            let bare = part
                .strip_suffix('-')
                .or(part.strip_prefix('-'))
                .unwrap_or(part);
            assert!(!bare.is_empty(), "{link}");
            assert!(
                !bare.contains([' ', '-', '&', '#']),
                "unencoded directive character in {link}"
            );
        }
    }
}

#[test]
fn editors_are_warned_about_the_weak_sources_the_data_readme_names() {
    let report = parse_chronology(&data_file("chronology.json")).unwrap();
    let warned: Vec<String> = report
        .warnings()
        .iter()
        .map(|w| match &w.reason {
            Message::NoPublicationDate { id, .. }
            | Message::CitesNoSource { id }
            | Message::CitesOnlyWeakSources { id, .. } => id.clone(),
            other => format!("unexpected: {other}"),
        })
        .collect();
    // data/README.md: undated sources, and rows resting on aggregators or reposts.
    assert_eq!(
        warned,
        ["src-004", "src-068", "evt-004", "evt-039", "evt-041", "evt-065", "evt-068", "evt-067"]
    );
}
