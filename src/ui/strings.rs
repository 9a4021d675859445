//! Every user-visible string of the interface, in one place so the UI can be translated.
//!
//! Event texts come from the data and are shown as they are; these are only the words the
//! viewer itself says. A translation is another `UiText` value; counted phrases are functions, so
//! each language applies its own plural rules.

/// The words of the interface in one language.
pub struct UiText {
    /// Name of the application, shown before a chronology has loaded.
    pub app_name: &'static str,
    /// Month names, January first.
    pub months: [&'static str; 12],
    /// Shown while the chronology is fetched.
    pub loading: &'static str,
    /// Heading of the failure panel.
    pub load_failed: &'static str,
    /// Label of the retry button.
    pub retry: &'static str,
    /// Before the URL that failed.
    pub failed_url: &'static str,
    /// Before the name of a file that could not be opened.
    pub failed_file: &'static str,
    /// The button that opens a file from this computer.
    pub open_file: &'static str,
    /// What the open button opens, and that nothing is uploaded.
    pub open_file_hint: &'static str,
    /// Over the page while a file is dragged over it.
    pub drop_to_open: &'static str,
    /// While an opened file is read: its name.
    pub opening_file: fn(&str) -> String,
    /// The File menu (open, export).
    pub file_menu: &'static str,
    /// The File menu's item that opens the paste dialog.
    pub paste_item: &'static str,
    /// The paste dialog's heading, hint and buttons.
    pub paste_heading: &'static str,
    pub paste_hint: &'static str,
    pub paste_open: &'static str,
    pub cancel: &'static str,
    /// What pasted text is called while it is read and when it fails.
    pub pasted_text: &'static str,
    /// Where a pasted chronology came from, on its origin line.
    pub pasted_here: &'static str,
    /// In the embed dialog, for a chronology opened or pasted in this browser.
    pub embed_local_file: &'static str,
    /// Beside an image or link: who made it.
    pub media_credit: fn(&str) -> String,
    /// The kind of a media link, on its card.
    pub media_video: &'static str,
    pub media_audio: &'static str,
    pub media_document: &'static str,
    pub media_link: &'static str,
    /// Export formats, in the menu.
    pub export_json: &'static str,
    pub export_csv: &'static str,
    pub export_ics: &'static str,
    pub export_md: &'static str,
    /// The link to the sheet template, in the export menu.
    pub sheet_template: &'static str,
    /// While an export is written.
    pub exporting: &'static str,
    /// An export failed: why.
    pub export_failed: fn(&str) -> String,
    /// The server answered with an HTTP error: status code and text follow.
    pub http_status: &'static str,
    /// The request did not reach a server.
    pub network_failure: &'static str,
    /// Nothing arrived for this many seconds.
    pub timed_out: fn(u32) -> String,
    /// The document is larger than the limit: its size when known, and the limit (bytes).
    pub too_large: fn(Option<u64>, u64) -> String,
    /// While downloading: bytes received, and expected when known.
    pub received: fn(u64, Option<u64>) -> String,
    /// While reading: what (0 checking, 1 sources, 2 events, 3 sorting), done, total.
    pub reading: fn(u8, usize, usize) -> String,
    /// Before where a chronology that is not the page's own came from.
    pub data_from: &'static str,
    /// After the address of a chronology from another site.
    pub not_published_here: &'static str,
    /// Before the name of a file the editor opened.
    pub opened_from_file: &'static str,
    /// Summary of skipped events, for a count.
    pub events_skipped: fn(usize) -> String,
    /// Summary of ignored values, for a count.
    pub values_ignored: fn(usize) -> String,
    /// Summary of warnings for editors, for a count.
    pub warnings: fn(usize) -> String,
    /// Summary of skipped sources or lanes, for a count.
    pub items_skipped: fn(usize) -> String,
    /// Event count above the list.
    pub event_count: fn(usize) -> String,
    /// Label of the list of years.
    pub years_nav: &'static str,
    /// Heading for events dated only to the year.
    pub month_unknown: &'static str,
    /// Marks an approximate date.
    pub approximately: &'static str,
    /// Between the start and end of a range.
    pub date_range_separator: &'static str,
    /// A figure whose number the parties did not disclose.
    pub undisclosed: &'static str,
    /// Before who claimed a figure.
    pub according_to: &'static str,
    /// Label before the place.
    pub location: &'static str,
    /// Before who made a claim.
    pub claim_by: &'static str,
    /// Before who disputes a claim.
    pub disputed_by: &'static str,
    /// A claim disputed without a single claimant.
    pub contested: &'static str,
    /// Confidence labels.
    pub confidence_medium: &'static str,
    /// Confidence labels.
    pub confidence_low: &'static str,
    /// Label of the sources toggle, for a count.
    pub sources_count: fn(usize) -> String,
    /// Link text that opens a source at the quoted passage.
    pub open_at_passage: &'static str,
    /// Link text when there is no quote to jump to.
    pub open_source: &'static str,
    /// Marks a title inferred by the data set's editors.
    pub title_inferred: &'static str,
    /// Before the publication date.
    pub published: &'static str,
    /// Disclosure that shows the full source text.
    pub read_source_text: &'static str,
    /// Editor's notes heading.
    pub notes: &'static str,
    /// Shown when the document has no valid events.
    pub no_events: &'static str,
    /// Short month names for the axis, January first.
    pub short_months: [&'static str; 12],
    /// "Showing 12 of 68 events".
    pub showing_of: fn(usize, usize) -> String,
    /// Label of the view switch, and its two choices.
    pub view_label: &'static str,
    pub view_timeline: &'static str,
    pub view_list: &'static str,
    /// Label of the filter controls.
    pub filters: &'static str,
    /// Label and placeholder of the search box.
    pub search: &'static str,
    pub search_placeholder: &'static str,
    /// Labels of the date range inputs.
    pub date_from: &'static str,
    pub date_to: &'static str,
    /// Label of the lane toggles.
    pub lanes: &'static str,
    /// Label of the tag toggles.
    pub tags: &'static str,
    /// Clears every filter.
    pub clear_filters: &'static str,
    /// Accessible name of the timeline.
    pub timeline_label: &'static str,
    /// How to use the timeline with keys, read by screen readers.
    pub timeline_help: &'static str,
    /// Zoom buttons.
    pub zoom_in: &'static str,
    pub zoom_out: &'static str,
    pub fit_all: &'static str,
    /// A cluster marker: count and date range.
    pub cluster_label: fn(usize, &str, &str) -> String,
    /// Closes the detail panel.
    pub close: &'static str,
    /// Marks "today" on the axis.
    pub today: &'static str,
    /// More of a long list.
    pub show_more: fn(usize) -> String,
    /// Shown when the filters hide every event.
    pub nothing_matches: &'static str,
    /// After a shortened problem list: how many more there are.
    pub more_problems: fn(usize) -> String,
    /// How often the quoted passage occurs in a source text.
    pub passage_count: fn(usize) -> String,
    /// The filter that keeps only disputed claims.
    pub contested_only: &'static str,
    /// The sources view: its name, its publisher filter, counts.
    pub view_sources: &'static str,
    pub filter_publisher: &'static str,
    pub source_count: fn(usize) -> String,
    pub cited_by: fn(usize) -> String,
    /// Before the other events that cite a source.
    pub also_cited_by: &'static str,
    /// After the first events citing a source, how many more there are.
    pub also_cited_more: fn(usize) -> String,
    /// Button that shows the part of a long source text before what is shown.
    pub text_earlier: &'static str,
    /// Button that shows more of a long source text.
    pub text_later: &'static str,
    /// Copies a citation of the event.
    pub cite: &'static str,
    /// Copies a source's quoted passage.
    pub copy_quote: &'static str,
    /// After a successful copy.
    pub copied: &'static str,
    /// When the clipboard refused: the text is shown selected instead.
    pub copy_failed: &'static str,
    /// In an embed: opens the same view in the full app.
    pub open_full_view: &'static str,
    /// In an embed: the wheel scrolls the article until the timeline has focus.
    pub wheel_hint: &'static str,
    /// The embed dialog: its button, heading, explanation and fields.
    pub embed: &'static str,
    pub embed_heading: &'static str,
    pub embed_help: &'static str,
    pub embed_height: &'static str,
    pub embed_theme: &'static str,
    pub theme_auto: &'static str,
    pub theme_light: &'static str,
    pub theme_dark: &'static str,
    pub embed_fixed: &'static str,
    pub embed_responsive: &'static str,
    pub copy_code: &'static str,
    /// Briefing: the controls that start a presentation and print the handout.
    pub present: &'static str,
    pub print_handout: &'static str,
    /// A slide's position: "12 / 68".
    pub slide_counter: fn(usize, usize) -> String,
    /// Names the presentation for assistive technology.
    pub presentation_label: &'static str,
    pub previous_slide: &'static str,
    pub next_slide: &'static str,
    pub leave_presentation: &'static str,
    pub full_screen: &'static str,
    pub presenter_view: &'static str,
    /// Shown while a slide number is typed, before Enter.
    pub go_to_slide: &'static str,
    /// How to move through the slides, for assistive technology and the presenter.
    pub presentation_help: &'static str,
    /// Heading of a slide's sources.
    pub sources_heading: &'static str,
    /// Labels the overview strip.
    pub overview_label: &'static str,
    /// Presenter view: its parts.
    pub now_showing: &'static str,
    pub up_next: &'static str,
    pub last_slide: &'static str,
    pub elapsed: &'static str,
    pub no_notes: &'static str,
    /// The handout's heading lines: events shown of total, and the data's date span.
    pub handout_events: fn(usize, usize) -> String,
    pub handout_span: fn(&str, &str) -> String,
    pub data_updated: &'static str,
    pub compiled_by: &'static str,
    pub printed_from: &'static str,
}

/// English.
pub const ENGLISH: UiText = UiText {
    app_name: "Chronoline",
    months: crate::chronology::ENGLISH_MONTHS,
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
        1 => format!("Reading sources: {} of {}", grouped(done as u64), grouped(total as u64)),
        2 => format!("Reading events: {} of {}", grouped(done as u64), grouped(total as u64)),
        _ => format!("Arranging {} events…", grouped(total as u64)),
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
    read_source_text: "Read the source text",
    notes: "Editor's notes:",
    no_events: "This chronology has no events to show.",
    short_months: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
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
    also_cited_more: |n| format!("and {} more", grouped(n as u64)),
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
    compiled_by: "Compiled by",
    printed_from: "Printed from",
};

/// Bytes in megabytes of 1,048,576 bytes, as limits are set: 12,345,678 → "11.8 MB".
fn megabytes(bytes: u64) -> String {
    let tenths = bytes.saturating_mul(10).saturating_add(524_288) / 1_048_576;
    format!("{}.{} MB", tenths / 10, tenths % 10)
}

/// 1234567 → "1,234,567".
pub fn grouped(number: u64) -> String {
    let digits = number.to_string();
    let mut text = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            text.push(',');
        }
        text.push(digit);
    }
    text
}

/// "1 event", "2 events": English has one singular and one plural form.
fn plural(count: usize, one: &str, other: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { other })
}
