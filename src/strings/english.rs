//! The interface in English.

use super::{counted, grouped_with, live_news_with, megabytes_with, wait_with, UiText};
use crate::chronology::{Language, ENGLISH_CALENDAR};

/// English.
pub const ENGLISH: UiText = UiText {
    language: Language::English,
    own_name: "English",
    language_menu: "Language",
    app_name: "Chronoline",
    calendar: ENGLISH_CALENDAR,
    number,
    megabytes,
    loading: "Loading the chronology…",
    load_failed: "The chronology could not be loaded",
    retry: "Try again",
    failed_url: "Address:",
    failed_file: "File:",
    open_file: "Open file…",
    open_file_hint: "Open a chronology from this computer: this viewer's JSON, TimelineJS's JSON \
        or spreadsheet template, an ACLED export, or a sheet saved as CSV. The file is read \
        here and never uploaded; you can also drop it on the page.",
    drop_to_open: "Drop the file to open it",
    opening_file: |name| format!("Opening {name}…"),
    file_menu: "File",
    paste_item: "Paste text…",
    paste_heading: "Paste a chronology",
    paste_hint: "This viewer's JSON, TimelineJS's JSON, or rows copied from a sheet with their \
        header row (TimelineJS's template, an ACLED export or this project's sheet). It is read \
        here and never uploaded.",
    paste_open: "Open",
    cancel: "Cancel",
    pasted_text: "pasted text",
    pasted_here: "Pasted into this page",
    embed_local_file: "This chronology was opened in this browser, so it has no address an \
        article could load. Export it as JSON (File → Export chronology), publish the file \
        where this viewer may load it, open the viewer with ?data= and its address, then embed.",
    media_credit: |credit| format!("Credit: {credit}"),
    media_video: "Video",
    media_audio: "Audio",
    media_document: "Document",
    media_link: "Link",
    export_json: "Export chronology (JSON)",
    export_csv: "Export spreadsheet (CSV)",
    export_ics: "Export calendar (iCalendar)",
    export_md: "Export brief (Markdown)",
    sheet_template: "Empty sheet template (CSV)",
    exporting: "Exporting…",
    export_failed: |reason| format!("Could not export: {reason}."),
    http_status: "The server answered with HTTP",
    network_failure: "The request did not reach the server:",
    not_a_response: "the answer is not a response",
    response_unreadable: "the response cannot be read",
    file_unreadable: "the browser could not read the file",
    tools_unavailable: "this page cannot convert files",
    tools_could_not_start: "the document tools could not start",
    tools_no_answer: "the document tools gave no answer",
    tools_failed: |reason| format!("the document tools failed: {reason}"),
    tools_timed_out: |seconds| format!("the document tools took longer than {seconds} seconds"),
    download_failed: "the browser could not make the file",
    load_error: |error| error.to_string(),
    data_refusal: |refusal| refusal.to_string(),
    redirected_there: "(the address redirected there)",
    address_error: |error| error.to_string(),
    problem: |message| message.to_string(),
    timed_out: |seconds| {
        format!("Nothing arrived from the server for {seconds} seconds, so the request was stopped.")
    },
    too_large: |size, limit| match size {
        Some(size) => format!(
            "The chronology is {} and this page accepts at most {}.",
            megabytes(size),
            megabytes(limit)
        ),
        None => format!(
            "The chronology is larger than the {} this page accepts.",
            megabytes(limit)
        ),
    },
    received: |received, expected| match expected {
        Some(expected) => format!("Received {} of {}", megabytes(received), megabytes(expected)),
        None => format!("Received {}", megabytes(received)),
    },
    reading: |stage, done, total| match stage {
        0 => "Checking the data…".to_owned(),
        1 => format!("Reading sources: {} of {}", number(done as u64), number(total as u64)),
        2 => format!("Reading events: {} of {}", number(done as u64), number(total as u64)),
        _ => format!("Arranging {} events…", number(total as u64)),
    },
    data_from: "Chronology loaded from",
    not_published_here: "not published by this site",
    opened_from_file: "Opened from the file",
    events_skipped: |n| plural(n, "event could not be shown", "events could not be shown"),
    values_ignored: |n| plural(n, "value was ignored", "values were ignored"),
    warnings: |n| plural(n, "warning for editors", "warnings for editors"),
    items_skipped: |n| {
        plural(
            n,
            "source or lane was left out",
            "sources or lanes were left out",
        )
    },
    event_count: |n| plural(n, "event", "events"),
    years_nav: "Years",
    newest_first: "Newest first",
    month_unknown: "Month not known",
    approximately: "approx.",
    date_range_separator: " – ",
    undisclosed: "undisclosed",
    according_to: "according to",
    location: "Location:",
    claim_by: "Claimed by",
    disputed_by: "disputed by",
    contested: "Contested",
    confidence_medium: "Medium confidence",
    confidence_low: "Low confidence — verify before use",
    sources_count: |n| format!("Sources ({n})"),
    open_at_passage: "Open at the quoted passage",
    open_source: "Open the source",
    title_inferred: "(title inferred from the address)",
    published: "published",
    source_updated: "updated",
    read_source_text: "Read the source text",
    notes: "Editor's notes:",
    no_events: "This chronology has no events to show.",
    showing_of: |shown, total| format!("Showing {shown} of {total} events"),
    view_label: "View",
    view_timeline: "Timeline",
    view_list: "List",
    filters: "Filters",
    search: "Search",
    search_placeholder: "Search titles, places, tags, sources",
    date_from: "From",
    date_to: "To",
    lanes: "Lanes",
    tags: "Tags",
    clear_filters: "Clear filters",
    timeline_label: "Timeline",
    timeline_help: "Arrow keys move between events, Enter opens one. Plus and minus zoom, Home and End go to the first and last event.",
    pan_earlier: "Earlier",
    pan_later: "Later",
    zoom_in: "Zoom in",
    zoom_out: "Zoom out",
    fit_all: "Fit all",
    cluster_label: |count, from, to| {
        if from == to {
            format!("{count} events, {from}. Zoom in")
        } else {
            format!("{count} events, {from} to {to}. Zoom in")
        }
    },
    close: "Close",
    today: "Today",
    show_more: |n| format!("Show {n} more"),
    nothing_matches: "No event matches these filters.",
    more_problems: |n| plural(n, "more problem is not listed", "more problems are not listed"),
    contested_only: "Contested claims only",
    view_sources: "Sources",
    filter_publisher: "Publisher",
    source_count: |n| plural(n, "source", "sources"),
    cited_by: |n| plural(n, "event cites it", "events cite it"),
    also_cited_by: "Also cited for:",
    also_cited_more: |n| format!("and {} more", number(n as u64)),
    text_earlier: "Show the text before",
    text_later: "Show more of the text",
    cite: "Cite this event",
    copy_quote: "Copy quote",
    copied: "Copied",
    copy_failed: "Could not copy: the text is selected below, copy it by hand",
    passage_count: |n| {
        if n == 1 {
            "passage highlighted".to_owned()
        } else {
            format!("passage appears {n} times")
        }
    },
    open_full_view: "Open the full timeline ↗",
    wheel_hint: "Click the timeline, or hold Ctrl (⌘ on a Mac) while scrolling, to zoom",
    embed: "Embed",
    embed_heading: "Embed this view",
    embed_help: "Paste the code into your article. It shows exactly this view: the data, filters, \
                 selected event and visible range.",
    embed_height: "Height in pixels",
    embed_theme: "Colours",
    theme_auto: "Follow the reader's setting",
    theme_light: "Light",
    theme_dark: "Dark",
    embed_fixed: "Fixed height",
    embed_responsive: "Resizes to its content (adds a small script)",
    copy_code: "Copy code",
    present: "Present",
    print_handout: "Print handout",
    slide_counter: |n, total| format!("{n} / {total}"),
    presentation_label: "Presentation",
    previous_slide: "Previous",
    next_slide: "Next",
    leave_presentation: "Leave (Esc)",
    full_screen: "Full screen",
    presenter_view: "Presenter view",
    autoplay_playing: "playing — any key or touch pauses",
    autoplay_paused: "paused",
    go_to_slide: "Go to slide",
    presentation_help: "→, Space or Page Down: next. ←, Shift+Space or Page Up: previous. \
                        Home, End: first, last. A number and Enter: that slide. Esc: leave.",
    sources_heading: "Sources",
    overview_label: "Where this event sits in the chronology",
    now_showing: "Now showing",
    up_next: "Up next",
    last_slide: "This is the last slide.",
    elapsed: "Elapsed",
    no_notes: "No editor's notes for this event.",
    handout_events: |shown, total| {
        if shown == total {
            plural(total, "event", "events")
        } else {
            format!("{shown} of {total} events (filtered)")
        }
    },
    handout_span: |from, to| format!("from {from} to {to}"),
    data_updated: "Data updated",
    live_news: |added, corrected, withdrawn, removed| {
        let new_events = if added > 0 {
            plural(added, "new event", "new events")
        } else {
            String::new()
        };
        live_news_with(
            new_events,
            [(corrected, "{n} corrected"), (withdrawn, "{n} withdrawn"), (removed, "{n} removed")],
        )
    },
    live_show: "Show",
    live_retrying: |seconds| {
        format!("Could not check for updates; trying again in {}", wait(seconds))
    },
    live_every: |seconds| format!("Live: checks for updates every {}", wait(seconds)),
    new_event: "New",
    corrected: "Corrected",
    updated_on: |date| format!("Updated {date}"),
    withdrawn: "Withdrawn",
    removed_from_data: "Removed from the data since this page opened",
    show_withdrawn: "Show withdrawn",
    what_changed: "What changed",
    before_change: "Before",
    after_change: "Now",
    field_name: |field| match field {
        "start" => "Date",
        "end" => "End",
        "lane" => "Category",
        "title" => "Title",
        "summary" => "Summary",
        "location" => "Place",
        "figures" => "Figures",
        "claim" => "Claim",
        "sources" => "Sources",
        "confidence" => "Confidence",
        "notes" => "Notes",
        "correction" => "Correction",
        _ => "Other",
    },
    compiled_by: "Compiled by",
    printed_from: "Printed from",
};

/// 1234567 → "1,234,567".
fn number(count: u64) -> String {
    grouped_with(count, ',')
}

/// 12,345,678 bytes → "11.8 MB".
fn megabytes(bytes: u64) -> String {
    format!("{} MB", megabytes_with(bytes, '.'))
}

/// "1 event", "2 events": English has one singular and one plural form.
fn plural(count: usize, one: &str, other: &str) -> String {
    counted(Language::English, count, number, [one, other, other])
}

/// A wait in seconds, in this language's units.
fn wait(seconds: u32) -> String {
    wait_with(seconds, ["s", "min", "h"])
}
