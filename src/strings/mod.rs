//! Every user-visible string of the interface, in one place per language: English, Ukrainian
//! and Russian.
//!
//! Event texts come from the data and are shown as they are; these are only the words the
//! viewer itself says. A translation is another `UiText` value; counted phrases are functions, so
//! each language applies its own plural rules ([`Language::plural`]).

mod english;
mod first_paint_words;
mod russian;
mod ukrainian;

use crate::chronology::{
    AddressError, CalendarNames, DataRefusal, Language, LoadError, Message, PluralForm,
};

pub use english::ENGLISH;
pub use first_paint_words::first_paint_words;
pub use russian::RUSSIAN;
pub use ukrainian::UKRAINIAN;

/// Every language of the interface, in the order the language menu lists them.
pub const LANGUAGES: [&UiText; 3] = [&ENGLISH, &UKRAINIAN, &RUSSIAN];

/// The words of the interface in a language.
pub fn ui_text(language: Language) -> &'static UiText {
    match language {
        Language::English => &ENGLISH,
        Language::Ukrainian => &UKRAINIAN,
        Language::Russian => &RUSSIAN,
    }
}

/// The words of the interface in one language.
pub struct UiText {
    /// Which language these words are in; its tag goes on `<html lang>` and in `?lang=`.
    pub language: Language,
    /// This language's name in itself, for the language menu: "English", "Українська".
    pub own_name: &'static str,
    /// Label of the language menu.
    pub language_menu: &'static str,
    /// Name of the application, shown before a chronology has loaded.
    pub app_name: &'static str,
    /// How dates are written: month names alone and after a day, short names, "BCE".
    pub calendar: CalendarNames,
    /// A whole number with this language's digit grouping: "1,234,567", "1 234 567".
    pub number: fn(u64) -> String,
    /// A size in megabytes: "11.8 MB", "11,8 МБ".
    pub megabytes: fn(u64) -> String,
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
    /// Why a request or a file failed in the browser, after `network_failure` or an
    /// open failure.
    pub not_a_response: &'static str,
    pub response_unreadable: &'static str,
    pub file_unreadable: &'static str,
    /// The document tools (the worker that converts opened files): unavailable, no answer,
    /// failed with a reason, too slow (seconds).
    pub tools_unavailable: &'static str,
    pub tools_could_not_start: &'static str,
    pub tools_no_answer: &'static str,
    pub tools_failed: fn(&str) -> String,
    pub tools_timed_out: fn(u32) -> String,
    /// The browser could not make the exported file.
    pub download_failed: &'static str,
    /// Why a document could not be read at all, in words.
    pub load_error: fn(&LoadError) -> String,
    /// Why the page does not load a chronology from an address, in words.
    pub data_refusal: fn(&DataRefusal) -> String,
    /// After `data_refusal` when the refused address is where the data's address redirected.
    pub redirected_there: &'static str,
    /// Why an address cannot be used, in words (inside `data_refusal`).
    pub address_error: fn(&AddressError) -> String,
    /// What is wrong with a value of a document, or what an editor should look at, in words
    /// (the problem list; the path before it is the document's own).
    pub problem: fn(&Message) -> String,
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
    /// The switch that lists the latest events first.
    pub newest_first: &'static str,
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
    /// Before the date a source was last changed.
    pub source_updated: &'static str,
    /// Disclosure that shows the full source text.
    pub read_source_text: &'static str,
    /// Editor's notes heading.
    pub notes: &'static str,
    /// Shown when the document has no valid events.
    pub no_events: &'static str,
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
    /// Buttons that move the visible time span earlier and later, without dragging.
    pub pan_earlier: &'static str,
    pub pan_later: &'static str,
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
    /// A presentation playing by itself (`autoplay=`), and once a key or touch paused it.
    pub autoplay_playing: &'static str,
    pub autoplay_paused: &'static str,
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
    /// Live updates: what arrived ("3 new events · 1 corrected · 1 withdrawn · 1 removed"),
    /// the announcement's action, the quiet line while checks fail (the wait, in seconds),
    /// and how often the page checks.
    pub live_news: fn(usize, usize, usize, usize) -> String,
    pub live_show: &'static str,
    pub live_retrying: fn(u32) -> String,
    pub live_every: fn(u32) -> String,
    /// Marks on an event: arrived, corrected, updated on a date, withdrawn, gone from the data.
    pub new_event: &'static str,
    pub corrected: &'static str,
    pub updated_on: fn(&str) -> String,
    pub withdrawn: &'static str,
    pub removed_from_data: &'static str,
    /// The filter that brings withdrawn events back.
    pub show_withdrawn: &'static str,
    /// A corrected event's fields, then and now.
    pub what_changed: &'static str,
    pub before_change: &'static str,
    pub after_change: &'static str,
    /// The name of an event-format field (`figures` → "Figures").
    pub field_name: fn(&str) -> &'static str,
    pub compiled_by: &'static str,
    pub printed_from: &'static str,
}

/// The news of one live update, its parts joined with " · ": `added` counted by `new_events`,
/// the others named by their word and count, each only when there is some.
pub(crate) fn live_news_with(new_events: String, counts: [(usize, &str); 3]) -> String {
    let mut parts = Vec::new();
    if !new_events.is_empty() {
        parts.push(new_events);
    }
    for (count, word) in counts {
        if count > 0 {
            parts.push(word.replace("{n}", &count.to_string()));
        }
    }
    parts.join(" · ")
}

/// A wait in seconds, in the largest unit that keeps it readable: `[seconds, minutes, hours]`
/// are the units' words after the number ("45 s", "2 min", "3 h").
pub(crate) fn wait_with(seconds: u32, [s, min, h]: [&str; 3]) -> String {
    if seconds < 90 {
        format!("{seconds} {s}")
    } else if seconds < 90 * 60 {
        format!("{} {min}", (seconds + 30) / 60)
    } else {
        format!("{} {h}", (seconds + 1800) / 3600)
    }
}

/// A whole number with `separator` between groups of three digits: 1234567 → "1,234,567".
pub(crate) fn grouped_with(number: u64, separator: char) -> String {
    let digits = number.to_string();
    let mut text = String::with_capacity(digits.len() + digits.len() / 3 * 2);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            text.push(separator);
        }
        text.push(digit);
    }
    text
}

/// Bytes in megabytes of 1,048,576 bytes, as limits are set, to one decimal written with
/// `decimal_mark`: 12,345,678 → "11.8".
pub(crate) fn megabytes_with(bytes: u64, decimal_mark: char) -> String {
    let tenths = bytes.saturating_mul(10).saturating_add(524_288) / 1_048_576;
    format!("{}{decimal_mark}{}", tenths / 10, tenths % 10)
}

/// "21 подія", "22 події", "25 подій": the count and the form of the word its language
/// uses after it (`one`, `few`, `many`).
pub(crate) fn counted(
    language: Language,
    count: usize,
    number: fn(u64) -> String,
    [one, few, many]: [&str; 3],
) -> String {
    let word = match language.plural(count as u64) {
        PluralForm::One => one,
        PluralForm::Few => few,
        PluralForm::Many => many,
    };
    format!("{} {word}", number(count as u64))
}

#[cfg(test)]
mod tests;
