//! A cited source: publisher, title, date, the quoted words, a link to the passage and,
//! when the data set carries it, the full text with the passage highlighted.

use leptos::prelude::*;

use super::copy_button::CopyButton;
use super::state::{use_text, ViewerState};
use crate::timeline::{find_passages, link_to_passage, Source};

/// One source of an event.
#[component]
pub fn SourceCitation(
    /// The source to cite.
    source: Source,
    /// Other events that cite it: id and a label ("26 June 2025: title").
    #[prop(optional)]
    also_cited_by: Vec<(String, String)>,
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
            </div>
        }
    });
    let link = source.url.as_ref().map(|url| match &source.quote {
        Some(quote) => (
            link_to_passage(url, quote, source.text.as_deref()),
            text.open_at_passage,
        ),
        None => (url.as_str().to_owned(), text.open_source),
    });
    let published = match (&source.published, source.published_note.is_empty()) {
        (Some(date), true) => Some(date.to_human(&text.months)),
        (Some(date), false) => Some(format!(
            "{} ({})",
            date.to_human(&text.months),
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
    let full_text = source.text.clone().map(|full_text| {
        let passages = source
            .quote
            .as_ref()
            .map(|quote| find_passages(&full_text, &quote.exact))
            .unwrap_or_default();
        let count = passages.len();
        let paragraphs = highlighted_paragraphs(&full_text, &passages);
        view! {
            <details class="source-text" on:toggle=move |event| {
                // Bring the first highlighted passage into view when the reader opens.
                let details = event_target::<web_sys::HtmlDetailsElement>(&event);
                if details.open() {
                    if let Ok(Some(mark)) = details.query_selector("mark") {
                        mark.scroll_into_view();
                    }
                }
            }>
                <summary>
                    {text.read_source_text}
                    {(count > 0).then(|| view! {
                        <span class="passage-count">" · " {(text.passage_count)(count)}</span>
                    })}
                </summary>
                <div class="source-text-body">{paragraphs}</div>
            </details>
        }
    });
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

/// The text as paragraphs (split at blank lines), with each found passage wrapped in
/// `<mark>` — as text nodes, never as HTML.
fn highlighted_paragraphs(full_text: &str, passages: &[std::ops::Range<usize>]) -> impl IntoView {
    let mut paragraphs = Vec::new();
    let mut offset = 0;
    for paragraph in full_text.split("\n\n") {
        let range = offset..offset + paragraph.len();
        offset = range.end + 2;
        let mut pieces = Vec::new();
        let mut at = range.start;
        for passage in passages
            .iter()
            .filter(|p| p.start < range.end && p.end > range.start)
        {
            let start = passage.start.max(range.start);
            let end = passage.end.min(range.end);
            pieces.push(view! { {full_text[at..start].to_owned()} }.into_any());
            pieces.push(view! { <mark>{full_text[start..end].to_owned()}</mark> }.into_any());
            at = end;
        }
        pieces.push(view! { {full_text[at..range.end].to_owned()} }.into_any());
        paragraphs.push(view! { <p>{pieces}</p> });
    }
    paragraphs
}
