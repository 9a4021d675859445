//! A cited source: publisher, title, date, the quoted words, a link to the passage and,
//! when the data set carries it, the full text with the passage highlighted.

use std::ops::Range;
use std::sync::Arc;

use leptos::prelude::*;

use crate::chronology::{link_to_passage, page_end, page_start, paragraph_start, Source};
use crate::ui::reading::copy_button::CopyButton;
use crate::ui::state::{use_text, ViewerState};

/// One source of an event.
#[component]
pub fn SourceCitation(
    /// The source to cite (its text is shared, not copied).
    source: Source,
    /// The first other events that cite it: id and a label ("26 June 2025: title").
    #[prop(optional)]
    also_cited_by: Vec<(String, String)>,
    /// How many more events cite it than are in `also_cited_by`.
    #[prop(optional)]
    also_cited_more: usize,
) -> impl IntoView {
    let text = use_text();
    let viewer = use_context::<ViewerState>();
    let others = (!also_cited_by.is_empty()).then(|| {
        let items = also_cited_by
            .into_iter()
            .map(|(id, label)| match viewer {
                // In the viewer, open the event in the detail panel; elsewhere, jump to it.
                Some(viewer) => view! {
                    <li>
                        <button type="button" class="link-button"
                            on:click=move |_| viewer.selected.set(Some(id.clone()))>
                            {label}
                        </button>
                    </li>
                }
                .into_any(),
                None => view! { <li><a href=format!("#event-{id}")>{label}</a></li> }.into_any(),
            })
            .collect_view();
        view! {
            <div class="also-cited">
                <span class="also-cited-label">{text.also_cited_by}</span>
                <ul>{items}</ul>
                {(also_cited_more > 0).then(|| view! {
                    <p class="also-cited-more" data-testid="also-cited-more">
                        {(text.also_cited_more)(also_cited_more)}
                    </p>
                })}
            </div>
        }
    });
    let link = source_link(&source).map(|href| {
        let label = if source.quote.is_some() {
            text.open_at_passage
        } else {
            text.open_source
        };
        (href, label)
    });
    let published = match (&source.published, source.published_note.is_empty()) {
        (Some(date), true) => Some(date.to_human(&text.calendar)),
        (Some(date), false) => Some(format!(
            "{} ({})",
            date.to_human(&text.calendar),
            source.published_note
        )),
        (None, false) => Some(source.published_note.clone()),
        (None, true) => None,
    };
    let quote = source.quote.as_ref().map(|quote| {
        view! {
            <blockquote class="source-quote" cite=source.url.as_ref().map(|url| url.as_str().to_owned())>
                <p>{quote.exact.clone()}</p>
            </blockquote>
        }
    });
    let full_text = source
        .text
        .clone()
        .map(|full_text| view! { <SourceText full_text passages=source.passages.clone() /> });
    view! {
        <figure class="source" data-testid="source">
            {quote}
            <figcaption>
                <span class="publisher">{source.publisher.clone()}</span>
                {(!source.title.is_empty()).then(|| view! {
                    ", " <cite>{source.title.clone()}</cite>
                })}
                {source.title_inferred.then(|| view! { " " <span class="inferred">{text.title_inferred}</span> })}
                {published.map(|date| view! { ", " {text.published} " " {date} })}
                {source.updated.as_ref().map(|date| {
                    let date = date.to_human(&text.calendar);
                    view! { ", " <span data-testid="source-updated">{text.source_updated} " " {date}</span> }
                })}
                {link.map(|(href, label)| view! {
                    <a class="source-link" href=href target="_blank" rel="noopener noreferrer"
                        data-url=source.url.as_ref().map(|url| url.as_str().to_owned())>
                        {label}
                        <span class="external" aria-hidden="true">" ↗"</span>
                    </a>
                })}
            </figcaption>
            {source.quote.as_ref().map(|quote| view! {
                <CopyButton text=quote.exact.clone() label=text.copy_quote testid="copy-quote" />
            })}
            {full_text}
            {others}
        </figure>
    }
}

/// The address that opens the source, at the quoted passage when there is a quote.
pub(crate) fn source_link(source: &Source) -> Option<String> {
    let url = source.url.as_ref()?;
    Some(match &source.quote {
        Some(quote) => link_to_passage(
            url,
            quote,
            source
                .text
                .as_deref()
                .map(|text| (text, source.passages.as_ref())),
        ),
        None => url.as_str().to_owned(),
    })
}

/// The full text behind a disclosure, built only once opened, and then a page at a time
/// around the first highlighted passage, so a text of megabytes or of a million paragraphs
/// never floods the page.
#[component]
fn SourceText(full_text: Arc<str>, passages: Arc<[Range<usize>]>) -> impl IntoView {
    let text = use_text();
    let count = passages.len();
    let opened = RwSignal::new(false);
    // The first page is the one around the first passage.
    let start = passages
        .first()
        .map_or(0, |passage| paragraph_start(&full_text, passage.start));
    let shown = RwSignal::new(start..page_end(&full_text, start));
    let length = full_text.len();
    let body = {
        let full_text = full_text.clone();
        move || {
            opened.get().then(|| {
                let window = shown.get();
                highlighted_paragraphs(&full_text, &passages, window)
            })
        }
    };
    let earlier = {
        let full_text = full_text.clone();
        move |_| shown.update(|window| window.start = page_start(&full_text, window.start))
    };
    let later = move |_| shown.update(|window| window.end = page_end(&full_text, window.end));
    view! {
        <details class="source-text" on:toggle=move |event| {
            let details = event_target::<web_sys::HtmlDetailsElement>(&event);
            if details.open() {
                opened.set(true);
                // Bring the first highlighted passage into view when the reader opens.
                request_animation_frame(move || {
                    if let Ok(Some(mark)) = details.query_selector("mark") {
                        mark.scroll_into_view();
                    }
                });
            }
        }>
            <summary>
                {text.read_source_text}
                {(count > 0).then(|| view! {
                    <span class="passage-count">" · " {(text.passage_count)(count)}</span>
                })}
            </summary>
            <button type="button" class="link-button text-page" data-testid="text-earlier"
                hidden=move || shown.with(|window| window.start == 0) on:click=earlier>
                {text.text_earlier}
            </button>
            // It scrolls, so it takes the focus: keys scroll it (WCAG 2.1.1).
            <div class="source-text-body" tabindex="0" role="region"
                aria-label=text.read_source_text>{body}</div>
            <button type="button" class="link-button text-page" data-testid="text-later"
                hidden=move || shown.with(|window| window.end >= length) on:click=later>
                {text.text_later}
            </button>
        </details>
    }
}

/// The text of `window` as paragraphs (split at blank lines), with each found passage
/// wrapped in `<mark>` — as text nodes, never as HTML.
fn highlighted_paragraphs(
    full_text: &str,
    passages: &[Range<usize>],
    window: Range<usize>,
) -> impl IntoView {
    let first = passages.partition_point(|passage| passage.end <= window.start);
    let mut passages = passages[first..].iter().peekable();
    let mut paragraphs = Vec::new();
    let mut offset = window.start;
    for paragraph in full_text[window.clone()].split("\n\n") {
        let range = offset..offset + paragraph.len();
        offset = range.end + 2;
        let mut pieces = Vec::new();
        let mut at = range.start;
        while let Some(passage) = passages.peek() {
            if passage.start >= range.end {
                break;
            }
            let start = passage.start.max(range.start);
            let end = passage.end.min(range.end);
            pieces.push(view! { {full_text[at..start].to_owned()} }.into_any());
            pieces.push(view! { <mark>{full_text[start..end].to_owned()}</mark> }.into_any());
            at = end;
            if passage.end > range.end {
                break;
            }
            passages.next();
        }
        pieces.push(view! { {full_text[at..range.end].to_owned()} }.into_any());
        paragraphs.push(view! { <p>{pieces}</p> });
    }
    paragraphs
}
