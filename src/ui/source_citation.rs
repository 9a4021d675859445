//! A cited source: publisher, title, date, the quoted words, a link to the passage and,
//! when the data set carries it, the full text with the passage highlighted.

use leptos::prelude::*;

use super::copy_button::CopyButton;
use super::state::use_text;
use crate::timeline::{find_passages, link_to_passage, Source};

/// One source of an event.
#[component]
pub fn SourceCitation(
    /// The source to cite.
    source: Source,
) -> impl IntoView {
    let text = use_text();
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
            <details class="source-text">
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
