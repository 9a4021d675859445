//! Component tests in a real browser (wasm-bindgen-test in headless Chromium).
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use chronoline::chronology::{
    link_to_passage, parse_chronology, Chronology, EmbedOptions, EventFilter,
};
use chronoline::import::SEED_EVENT_ID;
use chronoline::ui::{
    ChronologyList, ChronologyViewer, EventCard, FetchFailure, LoadFailure, ProblemList,
    ViewerParts,
};
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

const BUNDLED: &str = include_str!("../data/chronology.json");

fn bundled() -> Arc<Chronology> {
    Arc::new(parse_chronology(BUNDLED).unwrap().chronology)
}

/// A fresh element in the page to mount one component into.
fn container() -> HtmlElement {
    let document = document();
    let element = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&element).unwrap();
    element.unchecked_into()
}

/// The card of event `id` of the chronology `json`, mounted in a fresh container; the card
/// stays while the second value lives.
fn card_of(json: &str, id: &str) -> (HtmlElement, impl Sized) {
    let chronology = Arc::new(parse_chronology(json).unwrap().chronology);
    let event = chronology.event(id).unwrap().clone();
    let root = container();
    let mounted = mount_to(
        root.clone(),
        move || view! { <EventCard event chronology /> },
    );
    (root, mounted)
}

/// Waits `ms` milliseconds (a `toggle` event of `<details>` is dispatched as a task).
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|node| node.unchecked_into())
        .collect()
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

fn text(element: &Element) -> String {
    element.text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
fn the_list_shows_all_68_bundled_events_by_year_and_month() {
    let root = container();
    let chronology = bundled();
    let shown = Arc::new((0..chronology.events.len()).collect::<Vec<_>>());
    let _mounted = mount_to(
        root.clone(),
        move || view! { <ChronologyList chronology shown /> },
    );
    assert_eq!(all(&root, "[data-testid=event-card]").len(), 68);
    let years: Vec<String> = all(&root, ".year-heading").iter().map(text).collect();
    assert_eq!(years, ["2022", "2024", "2025", "2026"]);
    assert_eq!(text(&one(&root, "[data-testid=event-count]")), "68 events");
    let first_month = text(&one(&root, ".month-heading"));
    assert_eq!(first_month, "February 2022");
    let may_2026 = one(&root, "#event-evt-068 time");
    assert_eq!(text(&may_2026), "May 2026");
    assert_eq!(
        may_2026.get_attribute("datetime").as_deref(),
        Some("2026-05")
    );
}

#[wasm_bindgen_test]
fn the_list_shows_only_the_filtered_events() {
    let root = container();
    let chronology = bundled();
    let filter = EventFilter {
        text: "Mariupol".into(),
        ..EventFilter::default()
    };
    let shown = Arc::new(filter.apply(&chronology));
    let expected: Vec<String> = shown
        .iter()
        .map(|&i| format!("event-{}", chronology.events[i].id))
        .collect();
    assert!(expected.len() > 1 && expected.len() < 68);
    let _mounted = mount_to(
        root.clone(),
        move || view! { <ChronologyList chronology shown /> },
    );
    let ids: Vec<String> = all(&root, "[data-testid=event-card]")
        .iter()
        .map(|card| card.id())
        .collect();
    assert_eq!(ids, expected);
    assert_eq!(
        text(&one(&root, "[data-testid=event-count]")),
        format!("{} events", expected.len())
    );
}

#[wasm_bindgen_test]
async fn opening_an_event_shows_its_sources_with_passage_links() {
    let root = container();
    let chronology = bundled();
    let event = chronology.event(SEED_EVENT_ID).unwrap().clone();
    let expected_links: Vec<String> = event
        .sources
        .iter()
        .filter_map(|id| chronology.source(id))
        .map(|source| {
            link_to_passage(
                source.url.as_ref().unwrap(),
                source.quote.as_ref().unwrap(),
                source.text.as_deref().map(|text| (text, &*source.passages)),
            )
        })
        .collect();
    let _mounted = mount_to(
        root.clone(),
        move || view! { <EventCard event chronology /> },
    );

    let toggle = one(&root, ".sources-toggle");
    assert_eq!(text(&toggle), "Sources (2)");
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(one(&root, ".sources").has_attribute("hidden"));

    toggle.unchecked_ref::<HtmlElement>().click();
    leptos::task::tick().await;
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(!one(&root, ".sources").has_attribute("hidden"));

    let links = all(&root, "a.source-link");
    let hrefs: Vec<String> = links
        .iter()
        .filter_map(|a| a.get_attribute("href"))
        .collect();
    assert_eq!(hrefs, expected_links);
    for link in &links {
        assert_eq!(
            link.get_attribute("rel").as_deref(),
            Some("noopener noreferrer")
        );
        assert_eq!(link.get_attribute("target").as_deref(), Some("_blank"));
        assert!(link.get_attribute("href").unwrap().contains("#:~:text="));
    }
    let quotes: Vec<String> = all(&root, ".source-quote").iter().map(text).collect();
    assert_eq!(
        quotes[1],
        "The vast majority of the defenders released today had been held captive for more than three years"
    );
    // The full text is built when the reader opens it.
    assert!(all(&root, ".source-text mark").is_empty());
    one(&root, ".source-text summary")
        .unchecked_ref::<HtmlElement>()
        .click();
    for _ in 0..20 {
        leptos::task::tick().await;
        if !all(&root, ".source-text mark").is_empty() {
            break;
        }
        sleep(10).await;
    }
    let highlighted: Vec<String> = all(&root, ".source-text mark").iter().map(text).collect();
    assert_eq!(
        highlighted,
        [quotes[1].clone(), quotes[1].clone()],
        "both copies in the post"
    );
    assert_eq!(
        text(&one(&root, ".passage-count")),
        " · passage appears 2 times"
    );
}

#[wasm_bindgen_test]
fn figures_say_undisclosed_and_who_claimed_them() {
    let root = container();
    let chronology = bundled();
    let event = chronology.event(SEED_EVENT_ID).unwrap().clone();
    let _mounted = mount_to(
        root.clone(),
        move || view! { <EventCard event chronology /> },
    );
    let figures: Vec<String> = all(&root, ".figure").iter().map(text).collect();
    assert_eq!(
        figures,
        [
            "Numbers not disclosedundisclosedaccording to both sides",
            "ages of freed Ukrainians 24–62according to Ukraine"
        ]
    );
}

#[wasm_bindgen_test]
async fn a_source_lists_the_other_events_that_cite_it() {
    let (root, _mounted) = card_of(
        r#"{"format_version": 1,
            "sources": [{"id": "s", "publisher": "AFP", "url": "https://example.org/a", "quote": "q"}],
            "events": [
              {"id": "a", "start": "2025-06-26", "lane": "exchange", "title": "Swap", "sources": ["s"]},
              {"id": "b", "start": "2025-06-27", "lane": "frontline", "title": "Fortifications", "sources": ["s"]},
              {"id": "c", "start": "2025-06-28", "lane": "talks", "title": "Unrelated"}]}"#,
        "a",
    );
    // Sources are built when the reader opens them.
    assert!(all(&root, ".also-cited").is_empty());
    one(&root, ".sources-toggle")
        .unchecked_ref::<HtmlElement>()
        .click();
    leptos::task::tick().await;
    let links = all(&root, ".also-cited a");
    let labels: Vec<String> = links.iter().map(text).collect();
    assert_eq!(labels, ["27 June 2025: Fortifications"]);
    assert_eq!(links[0].get_attribute("href").as_deref(), Some("#event-b"));
}

#[wasm_bindgen_test]
fn contested_claims_are_labelled() {
    let root = container();
    let chronology = bundled();
    let event = chronology.event("evt-053").unwrap().clone();
    let _mounted = mount_to(
        root.clone(),
        move || view! { <EventCard event chronology /> },
    );
    let claim = one(&root, "[data-testid=claim]");
    assert!(claim.class_list().contains("contested"));
    assert_eq!(
        text(&claim),
        "Claimed by Russia · disputed by Ukraine — Contested."
    );
}

#[wasm_bindgen_test]
async fn a_withdrawn_and_corrected_event_says_so_on_its_card() {
    let (root, _mounted) = card_of(
        r#"{"format_version": 1,
            "sources": [{"id": "s", "publisher": "AFP", "published": "2025-06-26", "updated": "2025-06-28"}],
            "events": [
            {"id": "a", "start": "2025-06-26", "lane": "talks", "title": "Talks in Istanbul",
             "withdrawn": "Duplicate of b", "updated": "2025-06-27T14:05+03:00",
             "correction": "<b>The first report</b> said 1,200.", "sources": ["s"]}]}"#,
        "a",
    );
    assert!(one(&root, ".event-card").class_list().contains("withdrawn"));
    assert_eq!(
        text(&one(&root, "[data-testid=withdrawn]")),
        "Withdrawn: Duplicate of b"
    );
    assert_eq!(
        text(&one(&root, "[data-testid=event-updated]")),
        "Updated 27 June 2025, 14:05 UTC+03:00. <b>The first report</b> said 1,200."
    );
    assert!(all(&root, "b").is_empty(), "the correction is text");
    assert!(
        all(&root, "[data-testid=what-changed]").is_empty(),
        "only in the panel, after a live update"
    );
    one(&root, ".sources-toggle")
        .unchecked_ref::<HtmlElement>()
        .click();
    sleep(0).await;
    assert_eq!(
        text(&one(&root, "[data-testid=source-updated]")),
        "updated 28 June 2025"
    );
}

#[wasm_bindgen_test]
async fn event_text_is_shown_as_text_and_unsafe_links_are_dropped() {
    let (root, _mounted) = card_of(
        r#"{"format_version": 1,
            "sources": [{"id": "s", "publisher": "<b>P</b>", "url": "javascript:alert(1)", "quote": "q"}],
            "events": [{"id": "x", "start": "2025-01-02", "lane": "other",
                        "title": "<img src=x onerror=alert(1)>", "summary": "<script>alert(2)</script>",
                        "sources": ["s"]}]}"#,
        "x",
    );
    assert!(all(&root, "img, script, b").is_empty());
    assert_eq!(
        text(&one(&root, ".event-title")),
        "<img src=x onerror=alert(1)>"
    );
    assert_eq!(text(&one(&root, ".summary")), "<script>alert(2)</script>");
    one(&root, ".sources-toggle")
        .unchecked_ref::<HtmlElement>()
        .click();
    leptos::task::tick().await;
    assert!(all(&root, "img, script, b").is_empty());
    assert!(
        all(&root, "a").is_empty(),
        "a javascript: URL never becomes a link"
    );
    assert_eq!(text(&one(&root, ".publisher")), "<b>P</b>");
}

#[wasm_bindgen_test]
fn problems_are_listed_with_their_paths() {
    let report = parse_chronology(
        r#"{"format_version": 1, "events": [
            {"id": "a", "start": "2025-06-26", "lane": "exchange", "title": "Good"},
            {"id": "b", "start": "2025-02-30", "lane": "exchange", "title": "Bad"}]}"#,
    )
    .unwrap();
    let root = container();
    let problems = report.problems.clone();
    let counts = report.counts;
    let _mounted = mount_to(
        root.clone(),
        move || view! { <ProblemList problems counts /> },
    );
    let list = one(&root, "[data-testid=problem-list]");
    assert!(
        list.has_attribute("open"),
        "skipped events are shown without a click"
    );
    assert_eq!(
        text(&one(&root, "summary")),
        "1 event could not be shown; 1 warning for editors"
    );
    let items: Vec<String> = all(&root, "li").iter().map(text).collect();
    assert_eq!(
        items,
        [
            r#"events[0].sources: "a" cites no source"#,
            r#"events[1].start: "2025-02-30" is not a date: the calendar has no such day"#
        ]
    );
}

#[wasm_bindgen_test]
fn a_document_with_thousands_of_bad_events_lists_the_first_200() {
    let events: Vec<String> = (0..1000)
        .map(|i| {
            format!(r#"{{"id": "e{i}", "start": "2025-02-30", "lane": "talks", "title": "T"}}"#)
        })
        .collect();
    let report = parse_chronology(&format!(
        r#"{{"format_version": 1, "events": [{}]}}"#,
        events.join(",")
    ))
    .unwrap();
    assert_eq!(
        report.problems.len(),
        500,
        "the report lists 500 and counts the rest"
    );
    assert_eq!(report.counts.events_skipped, 1000);
    let root = container();
    let problems = report.problems.clone();
    let counts = report.counts;
    let _mounted = mount_to(
        root.clone(),
        move || view! { <ProblemList problems counts /> },
    );
    assert_eq!(all(&root, "li").len(), 200);
    assert_eq!(
        text(&one(&root, "summary")),
        "1,000 events could not be shown"
    );
    assert_eq!(
        text(&one(&root, ".problems-more")),
        "800 more problems are not listed"
    );
}

#[wasm_bindgen_test]
async fn a_failed_fetch_says_what_failed_and_retries() {
    let root = container();
    let retries = RwSignal::new(0);
    let failure = FetchFailure::Http {
        url: "https://example.org/missing.json".into(),
        status: 404,
        status_text: "Not Found".into(),
    };
    let on_retry = Callback::new(move |()| retries.update(|n| *n += 1));
    let _mounted = mount_to(
        root.clone(),
        move || view! { <LoadFailure failure on_retry /> },
    );
    assert_eq!(
        text(&one(&root, ".failure-reason")),
        "The server answered with HTTP 404 Not Found."
    );
    assert_eq!(
        text(&one(&root, ".failure-url code")),
        "https://example.org/missing.json"
    );
    one(&root, "button").unchecked_ref::<HtmlElement>().click();
    leptos::task::tick().await;
    assert_eq!(retries.get_untracked(), 1);
}

#[wasm_bindgen_test]
async fn the_embed_dialog_writes_the_iframe_for_the_current_view_but_not_inside_an_embed() {
    let root = container();
    let _mounted = mount_to(root.clone(), move || {
        provide_context(ViewerParts::all());
        let chronology = bundled();
        view! { <ChronologyViewer chronology /> }
    });
    one(&root, "[data-testid=embed-button]")
        .unchecked_ref::<HtmlElement>()
        .click();
    leptos::task::tick().await;
    assert!(one(&root, "[data-testid=embed-dialog]").has_attribute("open"));
    let code = one(&root, "[data-testid=embed-code-fixed]")
        .unchecked_into::<web_sys::HtmlTextAreaElement>()
        .value();
    assert!(code.starts_with("<iframe src=\"http"), "{code}");
    assert!(
        code.contains("embed=1\" title=\"Russia–Ukraine war"),
        "{code}"
    );
    assert!(code.contains("height=\"600\" loading=\"lazy\""), "{code}");

    let embedded = container();
    let _mounted_embed = mount_to(embedded.clone(), move || {
        provide_context(EmbedOptions {
            embedded: true,
            ..EmbedOptions::default()
        });
        provide_context(ViewerParts::all());
        let chronology = bundled();
        view! { <ChronologyViewer chronology /> }
    });
    assert!(all(&embedded, "[data-testid=timeline-plot]").len() == 1);
    assert!(all(&embedded, "[data-testid=embed-button]").is_empty());
}

#[wasm_bindgen_test]
async fn present_pages_through_the_shown_events_with_keys_and_escape_leaves() {
    let root = container();
    let _mounted = mount_to(root.clone(), move || {
        provide_context(ViewerParts::all());
        let chronology = bundled();
        view! { <ChronologyViewer chronology /> }
    });
    one(&root, "[data-testid=present]")
        .unchecked_ref::<HtmlElement>()
        .click();
    leptos::task::tick().await;
    let counter = || text(&one(&root, "[data-testid=slide-counter]"));
    let slide_event = || {
        one(&root, "[data-testid=slide]")
            .get_attribute("data-event")
            .unwrap_or_default()
    };
    assert_eq!(counter(), "1 / 68");
    assert_eq!(slide_event(), "evt-001");
    let press = |key: &str| {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(key);
        init.set_bubbles(true);
        init.set_cancelable(true);
        let event =
            web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        web_sys::window().unwrap().dispatch_event(&event).unwrap();
    };
    press("PageDown");
    leptos::task::tick().await;
    assert_eq!(counter(), "2 / 68");
    assert_eq!(slide_event(), "evt-002");
    for key in ["4", "2", "Enter"] {
        press(key);
    }
    leptos::task::tick().await;
    assert_eq!(counter(), "42 / 68");
    press("Escape");
    leptos::task::tick().await;
    assert!(all(&root, "[data-testid=slide-show]").is_empty());
    let panel_title = one(&root, "[data-testid=detail-panel] .event-title");
    assert_eq!(
        text(&panel_title),
        bundled().events[41].title,
        "the same event, open on the timeline"
    );
}

#[wasm_bindgen_test]
async fn the_readers_viewer_has_no_editor_or_presenter_tools() {
    let root = container();
    let _mounted = mount_to(root.clone(), move || {
        let chronology = bundled();
        view! { <ChronologyViewer chronology /> }
    });
    assert_eq!(all(&root, "[data-testid=timeline-plot]").len(), 1);
    assert_eq!(all(&root, "[data-testid=view-list]").len(), 1);
    assert!(all(&root, "[data-testid=view-sources]").is_empty());
    assert!(all(&root, "[data-testid=present]").is_empty());
    assert!(all(&root, "[data-testid=embed-button]").is_empty());
}
